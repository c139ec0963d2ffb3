"""The tools a benchmark script needs, built in one build folder, and the line that describes
the machine and the build in every report."""

import os
import platform
import sqlite3
import subprocess

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Every binary a script may ask for: its CMake target and where it lands in the build folder.
BINARIES = {
    "ombud-index": ("ombud-index", "indexer/ombud-index"),
    "ombud-search": ("ombud-search", "query/ombud-search"),
    "ombud-gen": ("ombud-gen", "corpus/ombud-gen"),
    "xapian-index": ("ombud-bench-xapian-index", "bench/ombud-bench-xapian-index"),
    "fts5-load": ("ombud-bench-fts5-load", "bench/ombud-bench-fts5-load"),
    "query": ("ombud-bench-query", "bench/ombud-bench-query"),
}


def build(build_dir, names, prog):
    """Configures build_dir if it has never been (no build type: bench/README.md says how to
    measure a RelWithDebInfo build), builds only the targets of `names`, and returns each
    name's binary path. `prog` names the script in error messages."""
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", SOURCE, "-B", build_dir], check=True,
                       stdout=subprocess.DEVNULL)
    targets = [BINARIES[name][0] for name in names]
    subprocess.run(["cmake", "--build", build_dir, "-j2", "--target"] + targets, check=True,
                   stdout=subprocess.DEVNULL)
    out = {name: os.path.join(build_dir, BINARIES[name][1]) for name in names}
    for path in out.values():
        if not os.access(path, os.X_OK):
            raise SystemExit(f"{prog}: {path}: not built")
    return out


def build_type(build_dir):
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip() or "none"
    except OSError:
        pass
    return "unknown"


def machine(build_dir):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    xapian = subprocess.run(["xapian-config", "--version"], capture_output=True,
                            text=True).stdout.strip().split()[-1:] or ["?"]
    return (f"{cpu}, {os.cpu_count()} cores, {mem_gib:.0f} GiB, Linux {platform.release()}; "
            f"Xapian {xapian[0]}, SQLite {sqlite3.sqlite_version}; ombud built "
            f"{build_type(build_dir)}")
