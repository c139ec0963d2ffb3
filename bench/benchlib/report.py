"""From raw measurements to the report: latency percentiles, the agreement check, the targets,
latest.json, latest.md and the chart."""

import json
import math
import os
import subprocess

QUERY_ENGINES = ["ombud", "xapian", "fts5"]
INDEX_ENGINES = ["ombud", "scriptindex", "xapian", "fts5"]


def percentile(values, p):
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def latency_summary(ms):
    r = lambda x: None if x is None else round(x, 3)
    return {"p50_ms": r(percentile(ms, 50)), "p95_ms": r(percentile(ms, 95)),
            "p99_ms": r(percentile(ms, 99)), "max_ms": r(max(ms) if ms else None), "n": len(ms)}


def load_results(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
    return rows


def check_agreement(rows, queries, facts):
    """Every disagreement on a query: total counts between engines (and with the generator's
    facts for filter-only queries), and facet counts between the engines that count them."""
    by_id = {}
    for row in rows:
        by_id.setdefault(row["id"], {})[row["engine"]] = row
    problems = []
    for q in queries:
        engines = by_id.get(q.id, {})
        # xapian-top10 reports Xapian's estimate by design: it is timed, not checked.
        counts = {name: (row["count"] if "error" not in row else f"error: {row['error']}")
                  for name, row in engines.items() if name != "xapian-top10"}
        truth = q.truth(facts)
        if truth is not None:
            counts["facts"] = truth
        if len(set(map(str, counts.values()))) > 1:
            problems.append({"id": q.id, "query": q.ombud, "kind": "count", "counts": counts})
            continue
        faceted = {name: row.get("facets", {}) for name, row in engines.items()
                   if name in ("ombud", "fts5") and "error" not in row}
        if len(faceted) == 2:
            a, b = faceted["ombud"], faceted["fts5"]
            diffs = {}
            for facet in sorted(set(a) | set(b)):
                fa, fb = a.get(facet, {}), b.get(facet, {})
                delta = {v: [fa.get(v, 0), fb.get(v, 0)] for v in sorted(set(fa) | set(fb))
                         if fa.get(v, 0) != fb.get(v, 0)}
                if delta:
                    diffs[facet] = delta
            if diffs:
                problems.append({"id": q.id, "query": q.ombud, "kind": "facets",
                                 "facets (ombud, fts5)": diffs})
    return problems


def query_summary(rows):
    """Per engine: overall percentiles of each query's best time, and the same per class."""
    out = {}
    for row in rows:
        if "error" in row or not row["ms"]:
            continue
        engine = out.setdefault(row["engine"], {"all": [], "classes": {}})
        best = min(row["ms"])
        engine["all"].append(best)
        engine["classes"].setdefault(row["class"], []).append(best)
    summary = {}
    for name, data in out.items():
        s = latency_summary(data["all"])
        s["by_class"] = {c: latency_summary(v) for c, v in sorted(data["classes"].items())}
        summary[name] = s
    return summary


def slowest(rows, queries, engine="ombud", n=10):
    """The n queries `engine` took longest over, with every engine's best time beside them."""
    text = {q.id: q.ombud for q in queries}
    best = {}
    for row in rows:
        if "error" not in row and row["ms"]:
            entry = best.setdefault(row["id"], {"id": row["id"], "query": text.get(row["id"]),
                                                "class": row["class"]})
            entry[row["engine"]] = round(min(row["ms"]), 3)
            if row["engine"] == engine:
                entry["count"] = row["count"]
    ranked = sorted((e for e in best.values() if engine in e), key=lambda e: -e[engine])
    return ranked[:n]


# Queries with fewer matches than this leave facet counting too little time to measure.
FACET_MIN_MATCHES = 1000


def parts_summary(rows):
    """ombud's snippets and facet counting on their own (ombud-bench-query --parts-out): the
    median snippet time per hit shown and the median text length, the same for MSet::snippet,
    how many snippets were the same; facet counting in ns per match and facet, from the columns
    and from ValueCountMatchSpy, the median over queries with enough matches."""
    if not rows:
        return {}
    ours = [u for r in rows for u in r["snippet_us"]]
    xapians = [u for r in rows for u in r["xapian_snippet_us"]]
    sizes = [b for r in rows for b in r["snippet_bytes"]]
    r1 = lambda x: None if x is None else round(x, 1)
    out = {
        "hits": len(ours),
        "snippet_us_p50": r1(percentile(ours, 50)),
        "snippet_us_p95": r1(percentile(ours, 95)),
        "xapian_snippet_us_p50": r1(percentile(xapians, 50)),
        "hit_text_bytes_p50": r1(percentile(sizes, 50)),
        "snippets_same": sum(r["snippets_same"] for r in rows),
    }
    for name, key in [("columns", "facets_columns_ms"), ("spies", "facets_spies_ms")]:
        ns = [(r[key] - r["no_facets_ms"]) * 1e6 / (r["matches"] * 4) for r in rows
              if r["matches"] >= FACET_MIN_MATCHES]
        out[f"facet_ns_{name}_p50"] = r1(percentile(ns, 50))
    out["facet_queries"] = sum(1 for r in rows if r["matches"] >= FACET_MIN_MATCHES)
    return out


def _ratio(a, b):
    return None if not a or not b else a / b


def targets(index, query, parts=None, whole=None):
    """Each target of the briefs: the measured figure, the target, met or missed."""
    o, si, xp = index.get("ombud", {}), index.get("scriptindex", {}), index.get("xapian", {})
    qo, qf, qx = query.get("ombud", {}), query.get("fts5", {}), query.get("xapian", {})
    parts = parts or {}
    whole_facets = (whole or {}).get("facets", {})
    rows = [
        ("indexing MB/s", o.get("mb_per_s"), ">=", 8),
        ("indexing vs scriptindex (x)", _ratio(o.get("mb_per_s"), si.get("mb_per_s")), ">=", 7),
        ("indexing vs plain Xapian (x)", _ratio(o.get("mb_per_s"), xp.get("mb_per_s")), ">=", 2.5),
        ("indexing peak RSS MB", o.get("peak_rss_mb"), "<=", 500),
        ("index size / corpus", o.get("size_ratio"), "<=", 1.5),
        ("faceted search p50 ms", qo.get("p50_ms"), "<=", 5),
        ("faceted search p99 ms", qo.get("p99_ms"), "<=", 50),
        ("faceted search vs FTS5, p50 (x)", _ratio(qf.get("p50_ms"), qo.get("p50_ms")), ">=", 5),
        ("faceted search vs FTS5, p99 (x)", _ratio(qf.get("p99_ms"), qo.get("p99_ms")), ">=", 5),
        ("faceted search vs FTS5, p50 (x, issue 14)", _ratio(qf.get("p50_ms"), qo.get("p50_ms")),
         ">=", 1.5),
        ("faceted search p50 / bare Xapian exact-count p50 (x)",
         _ratio(qo.get("p50_ms"), qx.get("p50_ms")), "<=", 2),
        ("snippet µs per hit shown, median", parts.get("snippet_us_p50"), "<=", 50),
        ("snippets as MSet::snippet's (of hits shown)",
         _ratio(parts.get("snippets_same"), parts.get("hits")), ">=", 1),
        ("whole process ms, broad query + 4 facets, median (the goal is at 100,000)",
         whole_facets.get("median_ms"), "<=", 25),
    ]
    out = []
    for name, measured, op, target in rows:
        met = None if measured is None else (measured >= target if op == ">=" else
                                             measured <= target)
        out.append({"target": name, "measured": None if measured is None else round(measured, 2),
                    "goal": f"{op} {target}", "met": met})
    return out


def _fmt(x):
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.3g}" if abs(x) < 10 else f"{x:,.1f}"
    return str(x)


def whole_process_lines(whole):
    """The whole-process table (hyperfine's figures for ombud-search), as markdown lines; none
    when it was not measured."""
    if not whole:
        return []
    f, c = whole["facets"], whole["count"]
    rows = [(f"ombud-search --facets {whole['facet_fields']} {whole['query']}", f),
            (f"ombud-search --count {whole['query']}", c)]
    return ["", f"### Whole process (hyperfine, {whole['runs']} runs after 3 warm-ups)", "",
            "| command | median ms | mean ms | min ms | user + system ms |",
            "| --- | --- | --- | --- | --- |"] + [
        f"| `{cmd}` | {_fmt(t['median_ms'])} | {_fmt(t['mean_ms'])} | {_fmt(t['min_ms'])} | "
        f"{_fmt(t['user_ms'] + t['system_ms'])} |" for cmd, t in rows]


def markdown(result):
    lines = [f"# ombud benchmark: {result['docs']:,} documents, {result['corpus_mb']} MB",
             "", f"Machine: {result['machine']}  ", f"Run: {result['date']}, "
             f"`{result['command']}`; corpus seed 42; files in the page cache; indexing: "
             f"fastest of {result.get('index_runs', 1)} round(s). \"load before\" "
             "is the machine's 1-minute load average as each indexer started: on a shared 2-core "
             "machine, read the figures as ratios.", "",
             "## Indexing", "",
             "| indexer | wall s | CPU s | MB/s | MB per CPU s | docs/s | peak RSS MB | index / corpus "
             "| load before |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    labels = {"ombud": "ombud-index (default jobs)", "ombud_jobs1": "ombud-index --jobs 1",
              "scriptindex": "omega scriptindex", "xapian": "plain Xapian (STEM_SOME)",
              "fts5": "SQLite FTS5"}
    for name in ["ombud", "ombud_jobs1", "scriptindex", "xapian", "fts5"]:
        i = result["index"].get(name)
        if i:
            lines.append(f"| {labels[name]} | {_fmt(i['wall_s'])} | {_fmt(i['cpu_s'])} | "
                         f"{_fmt(i['mb_per_s'])} | {_fmt(i.get('mb_per_cpu_s'))} | "
                         f"{_fmt(i['docs_per_s'])} | "
                         f"{_fmt(i['peak_rss_mb'])} | {_fmt(i['size_ratio'])} | "
                         f"{_fmt(i.get('load_avg_before'))} |")
    q = result["query"]
    lines += ["", f"## Queries ({result['queries']} queries, best of {result['runs']} runs "
              "after a warm-up, in-process)", "",
              "| engine | job | p50 ms | p95 ms | p99 ms | max ms |", "| --- | --- | --- | --- | --- | --- |"]
    jobs = {"ombud": "top 10 + snippets + exact counts for 4 facets",
            "xapian": "top 10 + exact total, no facets",
            "xapian-top10": "top 10, total estimated",
            "fts5": "bm25 top 10 + snippets + GROUP BY counts for 4 facets"}
    for name in ["ombud", "xapian", "xapian-top10", "fts5"]:
        s = q.get(name)
        if s:
            lines.append(f"| {name} | {jobs[name]} | {_fmt(s['p50_ms'])} | {_fmt(s['p95_ms'])} | "
                         f"{_fmt(s['p99_ms'])} | {_fmt(s['max_ms'])} |")
    classes = sorted({c for s in q.values() for c in s.get("by_class", {})})
    engines = [e for e in ["ombud", "xapian", "fts5"] if e in q]
    lines += ["", "### p50 / p99 ms by query class", "",
              "| class | queries | " + " | ".join(engines) + " |",
              "| --- | --- | " + " | ".join("---" for _ in engines) + " |"]
    for c in classes:
        n = next((q[e]["by_class"][c]["n"] for e in engines if c in q[e]["by_class"]), 0)
        cells = []
        for e in engines:
            s = q[e]["by_class"].get(c)
            cells.append(f"{_fmt(s['p50_ms'])} / {_fmt(s['p99_ms'])}" if s else "-")
        lines.append(f"| {c} | {n} | " + " | ".join(cells) + " |")
    slow = result.get("slowest_ombud", [])
    if slow:
        lines += ["", "### ombud's slowest queries (best ms)", "",
                  "| query | class | matches | ombud | xapian | fts5 |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for s in slow:
            lines.append(f"| `{s['query']}` | {s['class']} | {s['count']} | "
                         f"{_fmt(s.get('ombud'))} | {_fmt(s.get('xapian'))} | "
                         f"{_fmt(s.get('fts5'))} |")
    parts = result.get("ombud_parts") or {}
    if parts:
        lines += ["", "### ombud's parts, timed on their own", "",
                  "| part | ombud | before (same run) |", "| --- | --- | --- |",
                  f"| snippet per hit shown, median µs (p95) | {_fmt(parts['snippet_us_p50'])} "
                  f"({_fmt(parts['snippet_us_p95'])}) | {_fmt(parts['xapian_snippet_us_p50'])} "
                  "(MSet::snippet, as ombud called it) |",
                  f"| facet counting, median ns per match and facet ({parts['facet_queries']} "
                  f"queries with >= {FACET_MIN_MATCHES:,} matches) | "
                  f"{_fmt(parts['facet_ns_columns_p50'])} (column file) | "
                  f"{_fmt(parts['facet_ns_spies_p50'])} (ValueCountMatchSpy) |",
                  "",
                  f"Snippets identical to MSet::snippet's: {parts['snippets_same']:,} of "
                  f"{parts['hits']:,} hits shown; median text of a hit shown "
                  f"{_fmt(parts['hit_text_bytes_p50'])} bytes."]
    lines += whole_process_lines(result.get("whole_process"))
    lines += ["", f"## Agreement: {result['mismatches']} mismatches", ""]
    for p in result["mismatch_details"]:
        lines.append(f"- `{p['query']}` ({p['id']}): " + json.dumps(
            p.get("counts", p.get("facets (ombud, fts5)")), ensure_ascii=False))
    lines += ["", "## Targets", "", "| target | measured | goal | |", "| --- | --- | --- | --- |"]
    for t in result["targets"]:
        verdict = "n/a" if t["met"] is None else ("met" if t["met"] else "**missed**")
        lines.append(f"| {t['target']} | {_fmt(t['measured'])} | {t['goal']} | {verdict} |")
    lines.append("")
    return "\n".join(lines)


def chart(result, out_dir, work_dir):
    """latency.png: p50, p95 and p99 per engine (log scale), drawn by gnuplot."""
    data = os.path.join(work_dir, "latency.dat")
    names = [e for e in ["ombud", "xapian", "xapian-top10", "fts5"] if e in result["query"]]
    with open(data, "w") as f:
        f.write("# engine p50 p95 p99\n")
        for name in names:
            s = result["query"][name]
            f.write(f"{name} {s['p50_ms']} {s['p95_ms']} {s['p99_ms']}\n")
    script = f"""
set terminal pngcairo size 900,500 noenhanced
set output '{os.path.join(out_dir, "latency.png")}'
set title 'Query latency, {result["docs"]} documents (best of {result["runs"]} per query)'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set logscale y
set ylabel 'ms (log scale)'
set key top left
set grid ytics
set xrange [-0.6:{len(names) - 0.4}]
plot '{data}' using 2:xtic(1) title 'p50', '' using 3 title 'p95', '' using 4 title 'p99'
"""
    try:
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        return True
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"bench/run: no chart: {e}")
        return False
