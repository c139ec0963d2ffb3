"""Running one indexer and measuring it: wall and CPU seconds and peak RSS, from /usr/bin/time
when the machine has it, else from wait4()'s rusage of the child (the same kernel figures); and
ombud-search as a whole process, under hyperfine."""

import json
import os
import shlex
import shutil
import subprocess
import tempfile
import threading
import time

TIME_BIN = "/usr/bin/time"
# The whole-process figure: a broad query (in about 80% of the decisions) with four facets and
# the default snippets, as a user runs it; and the same with --count, the process's floor.
WHOLE_PROCESS_QUERY = "contacted"
WHOLE_PROCESS_FACETS = "council,outcome,category,year"


def ombud_index_command(index_bin, db_path, corpus_dir, jobs=None):
    """ombud-index as every benchmark runs it (bench/run's "ombud" rows and bench/scale), so that
    a change to how ombud indexes is measured the same way everywhere. Into the benchmark's empty
    database ombud-index makes a bulk load (worker threads write chunk databases, merged by
    compaction, its time counted with the rest); --compact is then already done, and is kept so
    that a --no-bulk comparison run is compacted too. jobs=None: ombud's default (one worker per
    core). ombud-index reads every .txt under corpus_dir."""
    cmd = [index_bin, "--db", db_path]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    return cmd + ["-q", "--compact", corpus_dir]


def path_bytes(path):
    """Bytes on disk of a file, or of every file under a folder."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    return total


class PeakBytes:
    """The most bytes seen under a database and its siblings (PATH.compacting,
    PATH.before-compaction: compaction copies the database beside itself), sampled every
    `interval` seconds while the block runs: how much disk indexing needs at its peak. A
    sample can miss a peak shorter than the interval."""

    def __init__(self, db_path, interval=1.0):
        self.db_path, self.interval, self.peak = db_path, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _bytes(self):
        parent, name = os.path.split(self.db_path.rstrip("/"))
        total = 0
        for entry in os.listdir(parent or "."):
            if entry == name or entry.startswith(name + "."):
                try:
                    total += path_bytes(os.path.join(parent, entry))
                except OSError:
                    pass  # renamed or removed between listing and reading
        return total

    def _sample(self):
        while True:
            self.peak = max(self.peak, self._bytes())
            if self._stop.wait(self.interval):
                return

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._bytes())


def _fail(cmd, rc, log):
    raise SystemExit(f"bench: {' '.join(cmd)} exited with {rc}; its output:\n{log}")


def run_measured(cmd, log_path):
    """Runs cmd (output to log_path); returns wall_s, cpu_s, peak_rss_mb."""
    if os.access(TIME_BIN, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as t, open(log_path, "w") as log:
            rc = subprocess.run([TIME_BIN, "-f", "%e %U %S %M", "-o", t.name] + cmd,
                                stdout=log, stderr=subprocess.STDOUT).returncode
            fields = t.read().split()
        if rc != 0:
            _fail(cmd, rc, open(log_path).read())
        wall, user, sys_, rss_kb = (float(x) for x in fields[-4:])
        return wall, user + sys_, rss_kb / 1024
    with open(log_path, "w") as log:
        start = time.monotonic()
        child = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        _fail(cmd, child.returncode, open(log_path).read())
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def index_figures(cmd, db_path, log_path, corpus_bytes, docs):
    """Runs an indexer into db_path (removed first) and returns the report's figures."""
    if os.path.isdir(db_path):
        shutil.rmtree(db_path)
    elif os.path.exists(db_path):
        os.remove(db_path)
    wall, cpu, rss = run_measured(cmd, log_path)
    size = path_bytes(db_path)
    mb = corpus_bytes / 1e6
    return {
        "mb_per_s": round(mb / wall, 2) if wall > 0 else None,
        "docs_per_s": round(docs / wall, 1) if wall > 0 else None,
        "peak_rss_mb": round(rss, 1),
        "size_ratio": round(size / corpus_bytes, 3),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "mb_per_cpu_s": round(mb / cpu, 2) if cpu > 0 else None,
        "index_mb": round(size / 1e6, 1),
    }


def whole_process(search_bin, db_path, json_path, query=WHOLE_PROCESS_QUERY,
                  facets=WHOLE_PROCESS_FACETS, runs=30):
    """ombud-search's wall time as a user pays it (process start, opening the database, ICU and
    the stemmer, the facet column file, the search, printing), from hyperfine: the broad query
    with four facets and default snippets, and with --count. None without hyperfine."""
    hyperfine = shutil.which("hyperfine")
    if not hyperfine:
        print("bench: no hyperfine (scripts/setup installs it): no whole-process figure")
        return None
    commands = {
        "facets": [search_bin, "--db", db_path, "--facets", facets, query],
        "count": [search_bin, "--db", db_path, "--count", query],
    }
    # -N: no shell between hyperfine and the process, so that its start-up is not counted.
    cmd = [hyperfine, "-N", "--warmup", "3", "--runs", str(runs), "--export-json", json_path]
    cmd += [shlex.join(c) for c in commands.values()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(json_path, encoding="utf-8") as f:
        results = json.load(f)["results"]
    out = {"query": query, "facet_fields": facets, "runs": runs}
    for name, r in zip(commands, results):
        out[name] = {"median_ms": round(r["median"] * 1000, 2), "mean_ms": round(r["mean"] * 1000, 2),
                     "min_ms": round(r["min"] * 1000, 2), "user_ms": round(r["user"] * 1000, 2),
                     "system_ms": round(r["system"] * 1000, 2), "command": r["command"]}
    return out
