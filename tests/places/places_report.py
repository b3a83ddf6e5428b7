#!/usr/bin/env python3
"""Places the extractor tags events with, on the bundled articles and the MEANTIME texts.

    python3 tests/places/places_report.py --cli build/native/dateline [--corpus DIR] [--sample N] [--max-missing N]

Prints, per set: events, events with at least one place, place tags, distinct places, how many
tagged places lack coordinates (must be 0: every tagged place has them), and the most frequent
places. --sample N prints N events with their places and the passage, to read whether they are
right. The MEANTIME texts are converted by tests/meantime/meantime.py and given their document
dates through a sources.json; without the corpus that set is skipped.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def extract(cli, folder):
    run = subprocess.run([cli, "extract", "--explain", str(folder)], capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(f"{cli} extract {folder} failed ({run.returncode}): {run.stderr[:500]}")
    return json.loads(run.stdout)


def report(name, doc, sample):
    events = doc["events"]
    tags = [p for e in events for p in e["places"]]
    located = {w["name"] for e in events for w in e.get("where", []) if w.get("lat") is not None}
    missing = sorted({p for p in tags if p not in located})
    tagged = sum(1 for e in events if e["places"])
    print(f"== {name}: {len(doc['articles'])} articles, {len(events)} events, {tagged} with a place, "
          f"{len(tags)} place tags, {len(set(tags))} distinct places, {len(missing)} without coordinates")
    if missing:
        print("   without coordinates: " + ", ".join(missing))
    common = collections.Counter(tags).most_common(25)
    print("   most tagged: " + ", ".join(f"{p} ({n})" for p, n in common))
    for e in events[:: max(1, len(events) // sample)][:sample] if sample else []:
        where = "; ".join(f"{w['name']} [{w.get('country_code') or '-'} {w.get('lat')},{w.get('lon')}]" for w in e.get("where", []))
        passage = " ".join(e["sources"][0].get("passage", "").split())[:160]
        print(f"   - {e['start']} {where or '(no place)'}\n       {passage}")
    return {"events": len(events), "with_place": tagged, "tags": len(tags), "distinct": len(set(tags)), "missing": len(missing)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default=os.environ.get("DATELINE_MEANTIME", str(ROOT.parent / "shared/corpora/meantime-en")))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--max-missing", type=int, default=None, help="exit 1 when more tagged places than this lack coordinates")
    args = ap.parse_args()
    figures = {"bundled": report("bundled articles", extract(args.cli, ROOT / "assets/articles"), args.sample)}
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"== MEANTIME: corpus not found at {corpus}; skipped")
    else:
        with tempfile.TemporaryDirectory() as work:
            subprocess.run([sys.executable, str(ROOT / "tests/meantime/meantime.py"), "convert", str(corpus), work],
                           check=True, capture_output=True)
            articles = []
            for gold in sorted(Path(work).glob("*.gold.json")):
                dct = json.loads(gold.read_text())["dct"]
                articles.append({"file": gold.name.replace(".gold.json", ".txt"), "outlet": "Wikinews", "published": dct})
                gold.unlink()
            (Path(work) / "sources.json").write_text(json.dumps({"articles": articles}))
            figures["meantime"] = report("MEANTIME texts", extract(args.cli, work), args.sample)
    print("PLACES " + json.dumps(figures))
    missing = sum(f["missing"] for f in figures.values())
    if args.max_missing is not None and missing > args.max_missing:
        sys.exit(f"{missing} tagged places have no coordinates (at most {args.max_missing} allowed)")


if __name__ == "__main__":
    main()
