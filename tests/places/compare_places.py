#!/usr/bin/env python3
"""How many place tags two builds of the CLI give alike: a check for a change to the places table.

    python3 tests/places/compare_places.py --before OLD/dateline --after build/native/dateline [--corpus DIR]

Reads the bundled articles, the gold's MEANTIME articles (tests/gold/meantime, with their
sources.json) and the 120 MEANTIME texts (converted by tests/meantime/meantime.py, given their
document dates) with both CLIs, and prints per set: events, place tags before and after, tags
the same (an event of the same article, start and title tagged with the same place, at
coordinates within 0.1 degree), and every tag that differs. Prints "PLACES-COMPARED {json}".
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
    run = subprocess.run([cli, "extract", str(folder)], capture_output=True, text=True)
    if run.returncode not in (0, 2):
        sys.exit(f"{cli} extract {folder} failed ({run.returncode}): {run.stderr[:500]}")
    return json.loads(run.stdout)


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
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--corpus", default=os.environ.get("DATELINE_MEANTIME", "/work/shared/corpora/meantime-en"))
    args = ap.parse_args()
    figures = {}
    for name, folder in (("bundled articles", ROOT / "assets/articles"), ("gold MEANTIME articles", ROOT / "tests/gold/meantime")):
        figures[name] = compare(name, extract(args.before, folder), extract(args.after, folder))
    corpus = Path(args.corpus)
    if corpus.is_dir():
        with tempfile.TemporaryDirectory() as work:
            subprocess.run([sys.executable, str(ROOT / "tests/meantime/meantime.py"), "convert", str(corpus), work],
                           check=True, capture_output=True)
            articles = []
            for gold in sorted(Path(work).glob("*.gold.json")):
                dct = json.loads(gold.read_text())["dct"]
                articles.append({"file": gold.name.replace(".gold.json", ".txt"), "outlet": "Wikinews", "published": dct})
                gold.unlink()
            (Path(work) / "sources.json").write_text(json.dumps({"articles": articles}))
            figures["MEANTIME texts"] = compare("MEANTIME texts", extract(args.before, work), extract(args.after, work))
    else:
        print(f"== MEANTIME: corpus not found at {corpus}; skipped")
    print("PLACES-COMPARED " + json.dumps(figures))


if __name__ == "__main__":
    main()
