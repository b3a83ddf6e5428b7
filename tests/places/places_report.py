#!/usr/bin/env python3
"""Places the extractor tags events with: a report of one CLI, or the tags of two CLIs compared.

    python3 tests/places/places_report.py --cli build/native/dateline [--corpus DIR] [--sample N] [--max-missing N]
    python3 tests/places/places_report.py --before OLD/dateline --after build/native/dateline [--corpus DIR]

Both read the bundled articles and the 120 MEANTIME texts (converted by tests/meantime/meantime.py
and given their document dates through a sources.json; without the corpus that set is skipped);
a comparison reads the gold's MEANTIME articles (tests/gold/meantime, with their sources.json)
too.

--cli prints, per set: events, events with at least one place, place tags, distinct places, how
many tagged places lack coordinates (must be 0: every tagged place has them), and the most
frequent places; "PLACES {json}" last. --sample N prints N events with their places and the
passage, to read whether they are right.

--before/--after is the check for a change to the places table: it prints, per set, events,
place tags before and after, tags the same (an event of the same article, start and title tagged
with the same place, at coordinates within 0.1 degree), and every tag that differs;
"PLACES-COMPARED {json}" last.
"""
import argparse
import collections
import contextlib
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


@contextlib.contextmanager
def article_sets(corpus, with_gold):
    """(name, folder) of each set of articles read; the MEANTIME texts in a folder that lasts as
    long as the `with`, or, without the corpus, (why they are skipped, None)."""
    sets = [("bundled articles", ROOT / "assets/articles")]
    if with_gold:
        sets.append(("gold MEANTIME articles", ROOT / "tests/gold/meantime"))
    if not corpus.is_dir():
        yield sets + [(f"MEANTIME: corpus not found at {corpus}; skipped", None)]
        return
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([sys.executable, str(ROOT / "tests/meantime/meantime.py"), "convert", str(corpus), work],
                       check=True, capture_output=True)
        articles = []
        for gold in sorted(Path(work).glob("*.gold.json")):
            dct = json.loads(gold.read_text())["dct"]
            articles.append({"file": gold.name.replace(".gold.json", ".txt"), "outlet": "Wikinews", "published": dct})
            gold.unlink()
        (Path(work) / "sources.json").write_text(json.dumps({"articles": articles}))
        yield sets + [("MEANTIME texts", Path(work))]


# --- One CLI's report ----------------------------------------------------------------------------

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


# --- Two CLIs compared ---------------------------------------------------------------------------

def tags(doc):
    """(event key, place name) -> (lat, lon) for every place tag."""
    out = {}
    for e in doc["events"]:
        key = (tuple(sorted(s.get("article", "") for s in e["sources"])), e["start"], e["title"])
        for w in e.get("where", []):
            out[(key, w["name"])] = (w.get("lat"), w.get("lon"))
    return out


def near(a, b):
    return a[0] is not None and b[0] is not None and abs(a[0] - b[0]) <= 0.1 and abs(a[1] - b[1]) <= 0.1


def compare(name, before, after):
    b, a = tags(before), tags(after)
    same = sum(1 for k in b if k in a and near(b[k], a[k]))
    lost = sorted(k for k in b if k not in a)
    moved = sorted(k for k in b if k in a and not near(b[k], a[k]))
    gained = sorted(k for k in a if k not in b)
    print(f"== {name}: events {len(before['events'])} / {len(after['events'])}; place tags {len(b)} / {len(a)}; "
          f"the same {same} of {len(b)}; lost {len(lost)}, gained {len(gained)}, moved over 0.1 degree {len(moved)}")
    for label, keys in (("lost", lost), ("gained", gained), ("moved", moved)):
        for k in keys[:20]:
            print(f"   {label}: {k[1]} ({k[0][1]} {k[0][2][:70]})")
    return {"before": len(b), "after": len(a), "same": same, "lost": len(lost), "gained": len(gained), "moved": len(moved)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", help="the CLI whose places to report")
    ap.add_argument("--before", help="with --after: the CLI before a change, to compare place tags")
    ap.add_argument("--after")
    ap.add_argument("--corpus", default=os.environ.get("DATELINE_MEANTIME", str(ROOT.parent / "shared/corpora/meantime-en")))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--max-missing", type=int, default=None, help="exit 1 when more tagged places than this lack coordinates")
    args = ap.parse_args()
    comparing = bool(args.before or args.after)
    if comparing == bool(args.cli) or bool(args.before) != bool(args.after):
        ap.error("give either --cli CLI, or --before OLD --after NEW")
    with article_sets(Path(args.corpus), with_gold=comparing) as sets:
        figures = {}
        for name, folder in sets:
            if folder is None:
                print(f"== {name}")
            elif comparing:
                figures[name] = compare(name, extract(args.before, folder), extract(args.after, folder))
            else:
                figures[{"bundled articles": "bundled", "MEANTIME texts": "meantime"}[name]] = report(name, extract(args.cli, folder), args.sample)
    if comparing:
        print("PLACES-COMPARED " + json.dumps(figures))
        return
    print("PLACES " + json.dumps(figures))
    missing = sum(f["missing"] for f in figures.values())
    if args.max_missing is not None and missing > args.max_missing:
        sys.exit(f"{missing} tagged places have no coordinates (at most {args.max_missing} allowed)")


if __name__ == "__main__":
    main()
