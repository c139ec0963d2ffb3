"""The corpus of a run: generated once with a fixed seed, then described (manifest) and
converted (scriptindex input) for the baselines. Conversion is never timed."""

import json
import os
import shutil
import subprocess

SEED = 42


# What the scripts read of a decision's facts (the manifest, scriptindex's input, the counts
# of filter-only queries): the rest is dropped, so that a million facts fit in memory.
FACT_KEYS = ("file", "case_ref", "organisation", "category", "outcome", "decision_date", "paid")


def _stamp_path(out_dir):
    # Beside the corpus, not in it: the corpus folder holds only what the generator wrote.
    return out_dir.rstrip("/") + ".stamp.json"


def generate(gen_bin, out_dir, count):
    """Writes `count` decisions with seed 42 into out_dir (emptied first); returns the facts.
    A stamp beside out_dir records the seed and count once the generator has finished."""
    stamp = _stamp_path(out_dir)
    if os.path.exists(stamp):
        os.remove(stamp)
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    subprocess.run([gen_bin, "--seed", str(SEED), "--count", str(count), "--out", out_dir],
                   check=True, stdout=subprocess.DEVNULL)
    facts = load_facts(out_dir, count)
    with open(stamp, "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "count": count}, f)
        f.write("\n")
    return facts


def reusable(out_dir, count):
    """Whether out_dir holds a finished corpus of `count` decisions with seed 42: its stamp says
    so and facts.jsonl has one line a decision."""
    try:
        with open(_stamp_path(out_dir), encoding="utf-8") as f:
            stamp = json.load(f)
        with open(os.path.join(out_dir, "facts.jsonl"), "rb") as f:
            lines = sum(1 for _ in f)
    except (OSError, ValueError):
        return False
    return stamp == {"seed": SEED, "count": count} and lines == count


def load_facts(out_dir, count):
    """The planted facts of each decision (FACT_KEYS), with its file's path."""
    facts = []
    with open(os.path.join(out_dir, "facts.jsonl"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            try:
                fact = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{out_dir}/facts.jsonl:{number}: not JSON: {e}")
            fact = {k: fact[k] for k in FACT_KEYS if k in fact}
            fact["path"] = os.path.join(out_dir, fact["file"])
            facts.append(fact)
    if len(facts) != count:
        raise SystemExit(f"{out_dir}/facts.jsonl: {len(facts)} lines for {count} decisions")
    return facts


def corpus_bytes(facts):
    return sum(os.path.getsize(f["path"]) for f in facts)


def warm_cache(facts):
    """Reads every file once, so that every indexer starts from the page cache."""
    for f in facts:
        with open(f["path"], "rb") as fh:
            while fh.read(1 << 20):
                pass


def _clean(value):
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def _year(fact):
    date = fact.get("decision_date")
    return date[:4] if date else ""


def write_manifest(facts, path):
    """The baselines' list of files with the generator's facts (manifest.hpp reads it)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("path\tcase_ref\tcouncil\tcategory\toutcome\tdate\tyear\tpaid\n")
        for f in facts:
            cols = [f["path"], f["case_ref"], f["organisation"], f.get("category"),
                    f["outcome"], f.get("decision_date"), _year(f), f.get("paid", 0)]
            out.write("\t".join(_clean(c) for c in cols) + "\n")


def write_scriptindex_input(facts, path):
    """One scriptindex record per decision (omega's format: name=value lines, a line starting
    with '=' continues the field, a blank line ends the record)."""
    with open(path, "w", encoding="utf-8") as out:
        for f in facts:
            with open(f["path"], encoding="utf-8") as fh:
                text = fh.read()
            out.write(f"id={f['case_ref']}\n")
            out.write(f"council={_clean(f['organisation'])}\n")
            if f.get("category"):
                out.write(f"category={_clean(f['category'])}\n")
            out.write(f"outcome={f['outcome']}\n")
            if f.get("decision_date"):
                out.write(f"date={f['decision_date'].replace('-', '')}\n")
                out.write(f"year={_year(f)}\n")
            out.write(f"paid={f.get('paid', 0)}\n")
            lines = text.rstrip("\n").split("\n")
            out.write("text=" + lines[0] + "\n")
            for line in lines[1:]:
                out.write("=" + line + "\n")
            out.write("\n")
