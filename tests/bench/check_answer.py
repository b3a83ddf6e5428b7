#!/usr/bin/env python3
"""Score a Dateline timeline document against a generated corpus's known answer.

    python3 tests/bench/check_answer.py OUT_DIR DOCUMENT_JSON [--misses N]

OUT_DIR is a folder written by tests/bench/make_corpus.py (its *.txt and answer.json);
DOCUMENT_JSON is what `dateline extract OUT_DIR` printed.

For every planted event (answer.json), the quote's UTF-8 byte span in its article is looked up;
an extracted event "finds" it when one of its sources in that article has a passage
(source start/end, UTF-8 byte offsets, half-open) that contains or overlaps the span, and gets
it "right" when one of the events that find it has exactly the known start and end.
Prints: planted events, found %, right-date %, (and right precision %), the figures by slot kind
and by template, the extracted passages that overlap no planted quote, the publication dates
read right (articles[].published against answer.json) by header style, and the first misses
(file, quote, expected, what was extracted). Always exits 0: it reports figures, the owner
sets thresholds. Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import sys


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "n/a"


def stem_of(path):
    base = os.path.basename(path or "")
    return base[:-4] if base.endswith(".txt") else base


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("document")
    ap.add_argument("--misses", type=int, default=15, help="how many misses to show (15)")
    args = ap.parse_args()

    with open(os.path.join(args.out_dir, "answer.json"), encoding="utf-8") as f:
        answer = json.load(f)["articles"]
    with open(args.document, encoding="utf-8") as f:
        doc = json.load(f)

    # article id -> file stem
    id_to_stem = {}
    for a in doc.get("articles", []):
        id_to_stem[a.get("id")] = stem_of(a.get("file")) or a.get("id")

    # sources by article stem: (start, end, event, source)
    by_article = collections.defaultdict(list)
    for ev in doc.get("events", []):
        for s in ev.get("sources", []):
            stem = id_to_stem.get(s.get("article"), s.get("article"))
            by_article[stem].append((s.get("start"), s.get("end"), ev, s))

    planted = found = right = right_prec = 0
    kind_stats = collections.defaultdict(lambda: [0, 0, 0])       # planted, found, right
    tpl_stats = collections.defaultdict(lambda: [0, 0, 0])
    misses = []
    not_in_text = 0
    # planted spans by article, to name the template behind another article's source
    planted_spans = collections.defaultdict(list)
    wrong_merged = wrong_alone = narrowed = 0
    merge_pairs = collections.Counter()
    pending_pairs = []
    covered = collections.defaultdict(set)                        # stem -> id(source) overlapping a quote

    for stem in sorted(answer):
        art = answer[stem]
        path = os.path.join(args.out_dir, stem + ".txt")
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            data = b""
        for kev in art["events"]:
            planted += 1
            q = kev["quote"].encode("utf-8")
            qs = data.find(q)
            if qs < 0:
                not_in_text += 1
                continue
            qe = qs + len(q)
            planted_spans[stem].append((qs, qe, kev.get("template", "?")))
            cands = []
            for (s0, s1, ev, src) in by_article.get(stem, []):
                if s0 is not None and s1 is not None and s0 < qe and s1 > qs:
                    cands.append((ev, src))
                    covered[stem].add(id(src))
            is_found = bool(cands)
            is_right = any(ev.get("start") == kev["start"] and ev.get("end") == kev["end"]
                           for ev, _ in cands)
            is_right_prec = any(ev.get("start") == kev["start"] and ev.get("end") == kev["end"]
                                and ev.get("precision") == kev.get("precision")
                                for ev, _ in cands)
            found += is_found
            right += is_right
            right_prec += is_right_prec
            for key, table in ((kev.get("kind", "?"), kind_stats),
                               (kev.get("template", "?"), tpl_stats)):
                table[key][0] += 1
                table[key][1] += is_found
                table[key][2] += is_right
            if is_found and not is_right:
                # was the date changed by merging with events of other articles?
                merged = [ev for ev, src in cands
                          if any(id_to_stem.get(x.get("article"), x.get("article")) != stem
                                 for x in ev.get("sources", []))]
                if merged:
                    wrong_merged += 1
                    if any(kev["start"] <= ev.get("start", "") and ev.get("end", "") <= kev["end"]
                           for ev in merged):
                        narrowed += 1
                    others = [(id_to_stem.get(x.get("article"), x.get("article")),
                               x.get("start"), x.get("end"))
                              for ev in merged for x in ev.get("sources", [])]
                    pending_pairs.append((kev.get("template", "?"),
                                          [o for o in others if o[0] != stem]))
                else:
                    wrong_alone += 1
            if not is_right:
                misses.append((stem, art, kev, cands))

    print("planted events:   %d in %d articles" % (planted, len(answer)))
    if not_in_text:
        print("quotes not found in their article text: %d" % not_in_text)
    print("found:            %d (%s)" % (found, pct(found, planted)))
    print("right date:       %d (%s)" % (right, pct(right, planted)))
    print("right date+prec.: %d (%s)" % (right_prec, pct(right_prec, planted)))
    print("found, wrong date: %d: %d in an event merged with other articles' events (%d of them "
          "narrowed inside the known interval), %d not merged"
          % (wrong_merged + wrong_alone, wrong_merged, narrowed, wrong_alone))
    print("right date, counting a merge-narrowed date as right: %d (%s)"
          % (right + narrowed, pct(right + narrowed, planted)))
    for tpl, others in pending_pairs:
        names = set()
        for xs, x0, x1 in others:
            other = "(no planted quote)"
            for (a, b, t) in planted_spans.get(xs, []):
                if x0 is not None and x1 is not None and x0 < b and x1 > a:
                    other = t
                    break
            if other != tpl:
                names.add(other)
        for other in (names or {"(only its own sentence from other articles)"}):
            merge_pairs[(tpl, other)] += 1
    if merge_pairs:
        print("  wrong dates after merging: the planted template, and the other templates whose")
        print("  sentences (in other articles) were merged into the same event (top 15; a miss")
        print("  counts once for each other template):")
        for (a, b), n in merge_pairs.most_common(15):
            print("    %-22s + %-24s %5d" % (a, b, n))

    print("\nby slot kind:            planted   found   right")
    for k in sorted(kind_stats):
        p, fo, r = kind_stats[k]
        print("  %-20s %8d %7s %7s" % (k, p, pct(fo, p), pct(r, p)))
    print("\nby template:             planted   found   right")
    for k in sorted(tpl_stats):
        p, fo, r = tpl_stats[k]
        print("  %-20s %8d %7s %7s" % (k, p, pct(fo, p), pct(r, p)))

    # extracted passages in the corpus's articles that overlap no planted quote
    extra = 0
    extra_examples = []
    for stem in sorted(answer):
        for (s0, s1, ev, src) in by_article.get(stem, []):
            if id(src) not in covered[stem]:
                extra += 1
                if len(extra_examples) < 5:
                    extra_examples.append((stem, ev, src))
    n_src = sum(len(by_article.get(stem, [])) for stem in answer)
    print("\nextracted sources in these articles: %d; overlapping no planted quote: %d"
          % (n_src, extra))
    for stem, ev, src in extra_examples:
        tx = src.get("timex") or {}
        print("  %s [%s..%s] %r timex %r: %s" % (stem, ev.get("start"), ev.get("end"),
                                                   ev.get("precision"), tx.get("text"),
                                                   (src.get("passage") or ev.get("title") or "")[:100]))

    # publication dates
    pub_right = collections.Counter()
    pub_total = collections.Counter()
    pub_wrong = []
    doc_pub = {}
    for a in doc.get("articles", []):
        doc_pub[stem_of(a.get("file")) or a.get("id")] = a
    for stem in sorted(answer):
        style = answer[stem].get("header", "?")
        pub_total[style] += 1
        got = doc_pub.get(stem, {}).get("published")
        if got == answer[stem]["published"]:
            pub_right[style] += 1
        elif len(pub_wrong) < 5:
            pub_wrong.append((stem, style, answer[stem]["published"], got,
                              doc_pub.get(stem, {}).get("published_from")))
    tot = sum(pub_total.values())
    print("\npublication date right: %d of %d articles (%s)" % (sum(pub_right.values()), tot,
                                                              pct(sum(pub_right.values()), tot)))
    for style in sorted(pub_total):
        print("  header %-8s %5d of %5d (%s)" % (style, pub_right[style], pub_total[style],
                                               pct(pub_right[style], pub_total[style])))
    for stem, style, exp, got, frm in pub_wrong:
        print("  wrong: %s (%s) expected %s, got %s (from %s)" % (stem, style, exp, got, frm))

    print("\nmisses: %d; the first %d:" % (len(misses), min(args.misses, len(misses))))
    for stem, art, kev, cands in misses[:args.misses]:
        print("- %s.txt (published %s, %s header) [%s/%s]" % (stem, art["published"],
                                                             art.get("header", "?"),
                                                             kev.get("template", "?"),
                                                             kev.get("kind", "?")))
        print("    quote:    %s" % kev["quote"])
        print("    expected: %s..%s (%s)" % (kev["start"], kev["end"], kev.get("precision")))
        if not cands:
            print("    extracted: nothing overlapping the quote")
        for ev, src in cands:
            tx = src.get("timex") or {}
            others = sorted({s.get("article") for s in ev.get("sources", [])} - {src.get("article")})
            print("    extracted: %s..%s (%s) timex %r value %r%s" % (
                ev.get("start"), ev.get("end"), ev.get("precision"), tx.get("text"),
                tx.get("value"), ("; merged with %d other article(s)" % len(others)) if others else ""))
            if src.get("how"):
                print("      how: %s" % src["how"])
    return 0


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # piped into head
        sys.stderr.close()
    except Exception as e:  # report, never fail the run
        print("check_answer: %s" % e, file=sys.stderr)
    sys.exit(0)
