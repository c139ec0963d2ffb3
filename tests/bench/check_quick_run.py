#!/usr/bin/env python3
"""Runs `bench/run --quick` into a temporary folder and checks what it wrote: latest.json has the
documented shape, every figure is a number, and mismatches is 0. Usage: RUN BUILD_DIR."""

import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_support import fail, number  # noqa: E402

INDEX_KEYS = ["mb_per_s", "docs_per_s", "peak_rss_mb", "size_ratio", "wall_s", "cpu_s"]
QUERY_KEYS = ["p50_ms", "p95_ms", "p99_ms", "max_ms"]


def main():
    run, build = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="ombud-bench-") as tmp:
        out, work = os.path.join(tmp, "results"), os.path.join(tmp, "work")
        proc = subprocess.run([sys.executable, run, "--quick", "--build", build, "--out", out,
                               "--work", work], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        print(proc.stdout)
        for name in ["latest.json", "latest.md", "latency.png"]:
            if not os.path.isfile(os.path.join(out, name)):
                fail(f"bench/run wrote no {name}")
        with open(os.path.join(out, "latest.json"), encoding="utf-8") as f:
            result = json.load(f)

    if not isinstance(result.get("machine"), str) or not result["machine"]:
        fail("machine is missing")
    if result.get("docs") != 2000:
        fail(f"docs is {result.get('docs')!r}, expected 2000 for --quick")
    number(result.get("corpus_mb"), "corpus_mb")
    for engine in ["ombud", "scriptindex", "xapian", "fts5"]:
        figures = result.get("index", {}).get(engine)
        if not isinstance(figures, dict):
            fail(f"index.{engine} is missing")
        for key in INDEX_KEYS:
            number(figures.get(key), f"index.{engine}.{key}")
    for engine in ["ombud", "xapian", "fts5"]:
        figures = result.get("query", {}).get(engine)
        if not isinstance(figures, dict):
            fail(f"query.{engine} is missing")
        for key in QUERY_KEYS:
            number(figures.get(key), f"query.{engine}.{key}")
        if not figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]:
            fail(f"query.{engine}: percentiles out of order: {figures}")
    if result.get("mismatches") != 0:
        fail(f"mismatches is {result.get('mismatches')!r}: the engines disagree (listed above)")
    if proc.returncode != 0:
        fail(f"bench/run exited with {proc.returncode}")
    print("check_quick_run: latest.json has the expected shape and 0 mismatches")


if __name__ == "__main__":
    main()
