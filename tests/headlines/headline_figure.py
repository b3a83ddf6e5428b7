#!/usr/bin/env python3
"""Headline figure: the share of event headlines a reader can use as they stand.

A headline counts when it
  - names its subject: it opens with a name or a noun phrase, not a pronoun ("He explained...")
    and not a verb ("Drove the jihadists from Hawija");
  - has no unresolved pronoun: every he/she/it/they/him/her/them/his/its/their comes after a
    name (a capitalised word) in the same headline;
  - is no dangling fragment: it does not end inside a phrase ("... camp in northeastern", "...
    the", a cut marked "…"), and it has a verb outside a relative clause ("Bombing that killed
    four Americans" has none).
The judge is written apart from the headline rules (core/headline.cpp) and reads only the
headline text and the verb lists of assets/lexicons/verb_tenses.txt. It prints figures; it
fails only when the CLI does.

    python3 tests/headlines/headline_figure.py --cli build/native/dateline [--list] [--corpus DIR]

It runs `dateline extract` on assets/articles and, when the MEANTIME corpus is found (see
tests/meantime/README.md), on its 120 Wikinews texts dated by their creation time.
"""
import argparse, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "meantime"))

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"}
OPENING_PRONOUNS = PRONOUNS | {"this", "these", "those", "we", "i", "you"}
PHRASE_OPENERS = {"the", "a", "an", "of", "in", "on", "at", "to", "from", "with", "and", "or", "but", "for", "by",
                  "as", "than", "into", "over", "under", "near", "his", "her", "its", "their", "our", "my", "your",
                  "that", "which", "who", "whose", "where", "when", "while", "after", "before", "because", "about",
                  "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                  "southwestern", "central", "was", "were", "is", "are", "be", "been", "had", "has", "have", "will",
                  "would", "said", "says", "since", "between", "through", "across"}
RELATIVE = {"that", "which", "who", "whom", "whose"}
NOT_VERBS_ED = {"hundred", "red", "bed", "need", "seed", "feed", "speed", "indeed", "shed", "united", "based", "led"}


def verb_words():
    past, other = set(), set()
    with open(os.path.join(ROOT, "assets", "lexicons", "verb_tenses.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if ";" not in line:
                continue
            word, kind = (x.strip() for x in line.split(";", 1))
            (past if kind in ("past", "perfect") else other).add(word.lower())
    return past, other


PAST, OTHER_VERBS = verb_words()
COMMON_VERBS = {"said", "says", "is", "are", "was", "were", "has", "have", "had", "took", "made", "began", "won",
                "fell", "rose", "led", "left", "met", "sold", "lost", "hit", "cut", "set", "put", "shut",
                "died"}  # ("died": too short for the "-ed" test below)


def is_verb(w):
    return w in PAST or w in COMMON_VERBS or (w.endswith("ed") and len(w) > 4 and w not in NOT_VERBS_ED) or \
        w in OTHER_VERBS and w not in {"going", "due", "set", "expected", "plans", "plan", "aims", "scheduled"}


def words(headline):
    return re.findall(r"[A-Za-z\u00C0-\u024F][\w'’\-\.]*|\d[\d,\.]*|…", headline)


def judge(headline):
    """(names_subject, pronouns_resolved, not_fragment) for one headline."""
    ws = words(headline)
    if not ws:
        return False, False, False
    first = ws[0]
    low = [w.lower().strip(".") for w in ws]
    # A name ("IS", "U.S.-backed") is not a verb; a demonstrative before a noun ("Those issues")
    # opens a noun phrase, before a verb ("This was...") it is a pronoun.
    looks_like_name = any(c.isupper() for c in first[1:]) or "." in first
    demonstrative_pronoun = low[0] in ("this", "these", "those") and (len(low) == 1 or is_verb(low[1]))
    names_subject = not ((low[0] in OPENING_PRONOUNS - {"this", "these", "those"}) or demonstrative_pronoun or
                         (low[0] in RELATIVE and not (low[0] == "that" and len(low) > 1 and not is_verb(low[1]))) or
                         low[0] in {"of", "and", "but", "or", "despite", "because"} or
                         first[0].islower() or (is_verb(low[0]) and not looks_like_name))
    # A pronoun needs a capitalised word before it (not the headline's own first word when that
    # is the pronoun itself).
    resolved = True
    seen_name = False
    for i, w in enumerate(ws):
        lw = low[i]
        if lw in PRONOUNS and not seen_name:
            resolved = False
            break
        if w[0].isupper() and lw not in OPENING_PRONOUNS and not (i == 0 and lw in PHRASE_OPENERS):
            seen_name = True
    last = low[-1]
    cut = headline.endswith("…") or headline.endswith("...")
    # A particle after its verb ends a phrase ("as Iraqi forces closed in").
    particle = last in ("in", "on", "up", "out", "off", "down", "over", "back") and len(low) > 1 and is_verb(low[-2])
    dangling = cut or (last in PHRASE_OPENERS and not particle)
    # A verb outside a relative clause.
    has_main_verb = False
    in_relative = False
    for k, lw in enumerate(low):
        determiner = lw == "that" and k + 1 < len(low) and not is_verb(low[k + 1]) and k == 0
        if lw in RELATIVE and not determiner:
            in_relative = True
        elif is_verb(lw):
            if in_relative:
                in_relative = False  # the relative clause has its verb; the next one is the main clause's
            else:
                has_main_verb = True
    return names_subject, resolved, not dangling and has_main_verb


def figure(titles, label, show):
    n = len(titles)
    if n == 0:
        print(f"HEADLINES {label}: no events")
        return
    subj = res = frag = good = 0
    bad = []
    for t in titles:
        a, b, c = judge(t)
        subj += a
        res += b
        frag += c
        good += a and b and c
        if not (a and b and c):
            bad.append(("" if a else "S") + ("" if b else "P") + ("" if c else "F") + "  " + t)
    print(f"HEADLINES {label}: {n} headlines; usable {good}/{n} = {good / n:.1%} "
          f"(names its subject {subj / n:.1%}, no unresolved pronoun {res / n:.1%}, no dangling fragment {frag / n:.1%})")
    if show:
        for b in bad:
            print("   ", b)


def extract_titles(cli, paths):
    out = subprocess.run([cli, "extract", *paths], capture_output=True, text=True)
    if out.returncode not in (0, 2):
        sys.exit(f"dateline extract failed ({out.returncode}): {out.stderr[:500]}")
    return [e["title"] for e in json.loads(out.stdout)["events"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default=os.environ.get("DATELINE_MEANTIME",
                                                       os.path.join(ROOT, "..", "shared", "corpora", "meantime-en")))
    ap.add_argument("--list", action="store_true", help="list the headlines that do not count, marked S/P/F")
    args = ap.parse_args()
    figure(extract_titles(args.cli, [os.path.join(ROOT, "assets", "articles")]), "bundled articles", args.list)
    if not os.path.isdir(os.path.join(args.corpus, "intra_cross-doc_annotation")):
        print(f"HEADLINES MEANTIME: corpus not found at {args.corpus}; skipped")
        return
    import meantime  # tests/meantime/meantime.py: converts the corpus to texts and creation dates
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "meantime", "meantime.py"), "convert", args.corpus,
                        work], check=True, capture_output=True)
        articles = []
        for name in sorted(os.listdir(work)):
            if name.endswith(".gold.json"):
                with open(os.path.join(work, name), encoding="utf-8") as f:
                    articles.append({"file": name[:-len(".gold.json")] + ".txt", "outlet": "Wikinews",
                                     "published": json.load(f)["dct"]})
        with open(os.path.join(work, "sources.json"), "w", encoding="utf-8") as f:
            json.dump({"articles": articles}, f)
        for name in os.listdir(work):
            if name.endswith(".gold.json"):
                os.remove(os.path.join(work, name))
        figure(extract_titles(args.cli, [work]), f"MEANTIME ({len(articles)} texts)", args.list)


if __name__ == "__main__":
    main()
