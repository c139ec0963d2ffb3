"""Running one indexer and measuring it: wall and CPU seconds and peak RSS, from /usr/bin/time
when the machine has it, else from wait4()'s rusage of the child (the same kernel figures); and
ombud-search as a whole process, under hyperfine."""

import json
import os
import shlex
import shutil
import subprocess
import tempfile
import time

TIME_BIN = "/usr/bin/time"


def path_bytes(path):
    """Bytes on disk of a file, or of every file under a folder."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    return total


def _fail(cmd, rc, log):
    raise SystemExit(f"bench/run: {' '.join(cmd)} exited with {rc}; its output:\n{log}")


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


def whole_process(search_bin, db_path, query, facets, json_path, runs=30):
    """ombud-search's wall time as a user pays it (process start, opening the database, ICU and
    the stemmer, the facet column file, the search, printing), from hyperfine: the broad query
    with four facets and default snippets, and with --count. None without hyperfine."""
    hyperfine = shutil.which("hyperfine")
    if not hyperfine:
        print("bench/run: no hyperfine (scripts/setup installs it): no whole-process figure")
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
