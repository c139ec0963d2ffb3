#!/usr/bin/env python3
"""Runs `bench/scale` twice on a small corpus in a temporary folder: the first run generates
the corpus, the second must reuse it. Checks that scale.json has the documented shape, that
every figure is a number, that the filter-only queries' counts match the planted facts (0
mismatches) and that both targets are judged. Usage: SCALE BUILD_DIR."""

import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_support import fail, number  # noqa: E402

DOCS = 500
INDEX_KEYS = ["wall_s", "cpu_s", "mb_per_s", "docs_per_s", "peak_rss_mb", "index_mb",
              "size_ratio", "peak_disk_mb"]
QUERY_KEYS = ["p50_ms", "p95_ms", "p99_ms", "max_ms"]


def run(scale, build, out, work):
    proc = subprocess.run([sys.executable, scale, "--docs", str(DOCS), "--runs", "1", "--build",
                           build, "--out", out, "--work", work], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    print(proc.stdout)
    if proc.returncode != 0:
        fail(f"bench/scale exited with {proc.returncode}")
    return proc.stdout


def main():
    scale, build = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="ombud-scale-") as tmp:
        out, work = os.path.join(tmp, "results"), os.path.join(tmp, "work")
        first = run(scale, build, out, work)
        if "generating" not in first or "reusing" in first:
            fail("the first run did not generate its corpus")
        second = run(scale, build, out, work)
        if "reusing the corpus" not in second or "generating" in second:
            fail("the second run did not reuse the corpus of the first")
        for name in ["scale.json", "scale.md"]:
            if not os.path.isfile(os.path.join(out, name)):
                fail(f"bench/scale wrote no {name}")
        with open(os.path.join(out, "scale.json"), encoding="utf-8") as f:
            result = json.load(f)

    if result.get("docs") != DOCS:
        fail(f"docs is {result.get('docs')!r}, expected {DOCS}")
    if result.get("generation", {}).get("reused") is not True:
        fail("scale.json does not say the second run reused the corpus")
    for key in ["machine", "date", "command"]:
        if not isinstance(result.get(key), str) or not result[key]:
            fail(f"{key} is missing")
    for key in ["corpus_mb", "load_avg_before_index", "load_avg_after_queries"]:
        number(result.get(key), key)
    for key in INDEX_KEYS:
        number(result.get("index", {}).get(key), f"index.{key}")
    ombud = result.get("query", {}).get("ombud")
    if not isinstance(ombud, dict) or set(result["query"]) != {"ombud"}:
        fail(f"query should hold ombud alone: {result.get('query')!r}")
    for key in QUERY_KEYS:
        number(ombud.get(key), f"query.ombud.{key}")
    if not ombud["by_class"]:
        fail("query.ombud.by_class is empty")
    for key in ["wall_s", "cpu_s", "peak_rss_mb"]:
        number(result.get("query_run", {}).get(key), f"query_run.{key}")
    if not result.get("checked_queries"):
        fail("no filter-only query was checked against the planted facts")
    if result.get("mismatches") != 0:
        fail(f"mismatches is {result.get('mismatches')!r}: ombud disagrees with the facts")
    targets = result.get("targets", [])
    if len(targets) != 2 or any(not isinstance(t.get("met"), bool) for t in targets):
        fail(f"targets should judge indexing wall time and p99: {targets!r}")
    print("check_scale_run: scale.json has the expected shape, the corpus was reused and 0 "
          "mismatches")


if __name__ == "__main__":
    main()
