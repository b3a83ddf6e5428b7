#!/usr/bin/env python3
"""MEANTIME benchmark for Dateline's temporal-expression (TIMEX3) tagger.

A development benchmark, not a unit test: it measures how well `dateline timex` finds and
normalises time expressions in the English section of the NewsReader MEANTIME corpus (120
Wikinews articles annotated with TIMEX3; CC BY 4.0, not part of this repository). See README.md
next to this file.

Subcommands
  convert CORPUS_DIR OUT_DIR
      Rebuilds plain text from the corpus tokens and writes, for every article,
      OUT_DIR/<doc_name>.txt and OUT_DIR/<doc_name>.gold.json:
        {"doc": name, "dct": "YYYY-MM-DD",
         "timexes": [{"start", "end", "text", "type", "value"}]}
      Offsets are UTF-8 byte offsets into the .txt file, half-open [start, end).
  score --cli PATH [--corpus DIR] [--work DIR] [--errors N]
        [--min-value-f1 X] [--min-strict-f1 Y]
      Converts the corpus, runs `PATH timex --dct <DCT> <doc>.txt` on every article (the tool
      prints {"timexes": [{"start", "end", "text", "type", "value"}]} with byte offsets) and
      prints span, type and value figures over the whole corpus, ending with one line
      `MEANTIME {json}`.

Exit status: 0; 1 when a --min-* threshold is not met; 2 on a usage error; 77 (ctest's skip code)
when the corpus is not there.

Python 3 standard library only.
"""

import argparse
import hashlib
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SKIP_EXIT = 77
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
CLI_TIMEOUT_SECONDS = 120


# Sentences per article that MEANTIME annotated with TIMEX3 (see convert_document).
ANNOTATED_SENTENCES = 6


def default_corpus_dir():
    """$DATELINE_MEANTIME, else <repo>/../shared/corpora/meantime-en (repo = two folders up)."""
    env = os.environ.get("DATELINE_MEANTIME")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    return repo.parent / "shared" / "corpora" / "meantime-en"


def corpus_files(corpus_dir):
    return sorted(Path(corpus_dir).glob("intra_cross-doc_annotation/*/*.xml"))


# ---------------------------------------------------------------------------------------------
# Gold corrections
#
# Annotation slips that would otherwise penalise a correct tagger or make the DCT unusable.
# Keyed by (doc_name, TIMEX3 m_id); each was checked against the text, and is announced
# whenever it is applied. Everything else in the gold is taken as it is.
# ---------------------------------------------------------------------------------------------
VALUE_CORRECTIONS = {
    # Dateline "February 03 , 2009", the document creation time, written day-month-year.
    ("120578_Automobile_sales_in_the_United_States_down_sharply", "14"): ("03-02-2009", "2009-02-03"),
    # "the next six months" and "five-year": the number and the unit swapped.
    ("89284_Apple_to_lower_UK_iTunes_prices", "49"): ("PM6", "P6M"),
    ("112579_Dow_falls_340_points_amid_unemployment_and_retail_sales_rates_news", "50"): ("PY5", "P5Y"),
}


# ---------------------------------------------------------------------------------------------
# Text reconstruction
#
# MEANTIME gives only tokens (with a sentence number each), not the original text. We rebuild
# natural-looking English, one line per sentence (the file ends with a newline), so that the
# tagger sees ordinary prose ("February 09, 2007", "the U.S.'s", "(GMT +8)", "didn't").
# Spacing rules, applied inside a sentence between a token and the one before it:
#   - no space before closing punctuation , . ; : ! ? ) ] } %
#   - no space before the clitics 's ' n't 're 've 'll 'd 'm
#   - no space after ( [ { $, nor after a currency prefix (US$, CA$, AU$, USD$, £, €, ¥, and
#     "#", which is how the corpus spells £)
#   - double quotes: `` and “ open, '' and ” close (the corpus keeps the PTB direction, and
#     quotations often run over several sentences, so the form is more reliable than counting);
#     a straight " has no direction, so straight quotes alternate open/close within a sentence
#     (one that ends the sentence closes). An opening quote sticks to the next token, a closing
#     one to the previous token. ``, '' and " are all written as ".
#   - a single ` opens a single quotation: written as ' and stuck to the next token
#   - apostrophes the tokenizer split off: "Wayne ’ s" -> "Wayne’s", "we ' re" -> "we're",
#     "I' ll" -> "I'll", "O' Leary" -> "O'Leary"
# Hyphens, dashes and ellipses that are tokens of their own keep their spaces.
# ---------------------------------------------------------------------------------------------
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%"}
CLITICS = {"'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "¥", "#"}
OPEN_DOUBLE = {"``", "“"}
CLOSE_DOUBLE = {"''", "”"}
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "`"
APOSTROPHES = {"'", "’"}
CLITIC_TAILS = {"s", "t", "re", "ve", "ll", "d", "m"}


def quote_roles(tokens):
    """For each token of a sentence: 'open', 'close' or None (not a quote)."""
    roles = [None] * len(tokens)
    straight_open = False
    for i, tok in enumerate(tokens):
        if tok in OPEN_DOUBLE or tok == OPEN_SINGLE:
            roles[i] = "open"
        elif tok in CLOSE_DOUBLE:
            roles[i] = "close"
        elif tok == STRAIGHT_DOUBLE:
            last = i == len(tokens) - 1
            roles[i] = "close" if (straight_open or last) else "open"
            straight_open = not straight_open
    return roles


def render_token(tok):
    """How a token is written in the rebuilt text."""
    if tok in ("``", "''"):
        return '"'
    if tok == OPEN_SINGLE:
        return "'"
    return tok


def space_between(prev, prev_role, tok, role, next_tok):
    """Whether a space goes between `prev` and `tok` (neighbours in one sentence)."""
    if prev_role == "open" or role == "close":
        return False
    if tok in NO_SPACE_BEFORE or tok.lower() in CLITICS:
        return False
    if prev in NO_SPACE_AFTER or (len(prev) > 1 and prev.endswith("$")):
        return False
    # A bare apostrophe split from its word: "Wayne ’ s", "we ' re".
    if tok in APOSTROPHES and next_tok is not None and next_tok.lower() in CLITIC_TAILS:
        return False
    if prev in APOSTROPHES and tok.lower() in CLITIC_TAILS:
        return False
    # A word ending in an apostrophe glued to what follows: "I' ll", "O' Leary".
    if len(prev) > 1 and prev[-1] in APOSTROPHES and prev[-2].isalpha() and tok[:1].isalpha():
        return False
    return True


def rebuild_text(sentences):
    """sentences: list of token lists. Returns (text, spans) where spans[s][k] is the
    (start, end) UTF-8 byte range of token k of sentence s in text."""
    lines, spans = [], []
    offset = 0  # byte offset of the start of the current line
    for tokens in sentences:
        roles = quote_roles(tokens)
        pieces, line_spans, pos = [], [], 0
        for k, tok in enumerate(tokens):
            if k > 0:
                next_tok = tokens[k + 1] if k + 1 < len(tokens) else None
                if space_between(tokens[k - 1], roles[k - 1], tok, roles[k], next_tok):
                    pieces.append(" ")
                    pos += 1
            word = render_token(tok)
            size = len(word.encode("utf-8"))
            line_spans.append((offset + pos, offset + pos + size))
            pieces.append(word)
            pos += size
        lines.append("".join(pieces))
        spans.append(line_spans)
        offset += pos + 1  # the "\n" after the line
    return "\n".join(lines) + "\n", spans


# ---------------------------------------------------------------------------------------------
# Conversion
# ---------------------------------------------------------------------------------------------
def convert_document(xml_path, note):
    """Returns (doc_name, text, gold) or (doc_name, None, reason) when the doc is skipped.
    `note(message)` is called for every oddity found or correction applied."""
    root = ET.parse(xml_path).getroot()
    name = root.get("doc_name") or xml_path.stem

    # Tokens, grouped by sentence in order of appearance.
    sentences, where = [], {}  # where: t_id -> (sentence index, token index)
    current = None
    for tok in root.iter("token"):
        text = tok.text or ""
        if not text.strip():
            note(f"{name}: token t_id={tok.get('t_id')} is empty; kept as it is")
        if tok.get("sentence") != current:
            current = tok.get("sentence")
            sentences.append([])
        where[tok.get("t_id")] = (len(sentences) - 1, len(sentences[-1]))
        sentences[-1].append(text)

    text, spans = rebuild_text(sentences)
    data = text.encode("utf-8")

    dct, timexes = None, []
    for tx in root.iter("TIMEX3"):
        m_id = tx.get("m_id")
        value = tx.get("value") or ""
        fix = VALUE_CORRECTIONS.get((name, m_id))
        if fix and value == fix[0]:
            note(f"{name}: TIMEX3 m_id={m_id}: gold value {fix[0]!r} corrected to {fix[1]!r}")
            value = fix[1]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = value[:10]
        anchors = [a.get("t_id") for a in tx.findall("token_anchor")]
        if not anchors:
            continue  # not realised in the text (e.g. an implicit anchor): not a mention
        missing = [a for a in anchors if a not in where]
        if missing:
            note(f"{name}: TIMEX3 m_id={m_id} anchors unknown tokens {missing}; skipped")
            continue
        positions = sorted(where[a] for a in anchors)
        first, last = positions[0], positions[-1]
        if first[0] != last[0]:
            note(f"{name}: TIMEX3 m_id={m_id} spans sentences {first[0]}..{last[0]}")
        elif [p[1] for p in positions] != list(range(first[1], last[1] + 1)):
            note(f"{name}: TIMEX3 m_id={m_id} has gaps in its tokens; taking first..last")
        start, end = spans[first[0]][first[1]][0], spans[last[0]][last[1]][1]
        ttype = tx.get("type") or ""
        if ttype not in TIMEX_TYPES:
            note(f"{name}: TIMEX3 m_id={m_id} has unusual type {ttype!r}")
        timexes.append({"start": start, "end": end,
                        "text": data[start:end].decode("utf-8"),
                        "type": ttype, "value": value})

    # MEANTIME annotates time expressions only in the first six sentences of each article (the
    # title, the date line and four body sentences: no gold TIMEX3 lies further on), while its
    # events go on to the end. Predictions after that region cannot be right or wrong: the
    # scorer ignores them (and says how many).
    last = min(ANNOTATED_SENTENCES, len(spans)) - 1
    annotated_end = spans[last][-1][1] if last >= 0 and spans[last] else len(data)
    late = [t for t in timexes if t["start"] >= annotated_end]
    if late:
        note(f"{name}: {len(late)} gold TIMEX3 after sentence {ANNOTATED_SENTENCES}; region extended")
        annotated_end = len(data)

    if dct is None:
        return name, None, "no TIMEX3 with functionInDocument=\"CREATION_TIME\""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return name, None, f"creation time {dct!r} is not YYYY-MM-DD"
    timexes.sort(key=lambda t: (t["start"], t["end"]))
    return name, text, {"doc": name, "dct": dct, "annotated_end": annotated_end, "timexes": timexes}


def convert(corpus_dir, out_dir, note):
    """Converts every article; returns the list of gold records written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = []
    for xml_path in corpus_files(corpus_dir):
        name, text, gold = convert_document(xml_path, note)
        if text is None:
            note(f"{name}: skipped: {gold}")
            continue
        (out_dir / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
        with open(out_dir / f"{name}.gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        docs.append(gold)
    return docs


def cmd_convert(args):
    if not corpus_files(args.corpus_dir):
        print(f"no MEANTIME files under {args.corpus_dir}/intra_cross-doc_annotation/", file=sys.stderr)
        return 2
    docs = convert(args.corpus_dir, args.out_dir, lambda m: print(m, file=sys.stderr))
    n = sum(len(d["timexes"]) for d in docs)
    print(f"converted {len(docs)} documents, {n} gold timexes, into {args.out_dir}")
    return 0


# ---------------------------------------------------------------------------------------------
# Running the tagger
# ---------------------------------------------------------------------------------------------
def run_tagger(cli, txt_path, dct):
    """Returns (predictions, failure, warning). On a failure, predictions are [] and failure
    says why; warning notes predictions that were ignored."""
    cmd = [str(cli), "timex", "--dct", dct, str(txt_path)]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=CLI_TIMEOUT_SECONDS)
    except (OSError, subprocess.SubprocessError) as e:
        return [], f"could not run: {e}", None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return [], f"exit status {proc.returncode}" + (f": {err[0]}" if err else ""), None
    try:
        out = json.loads(proc.stdout.decode("utf-8"))
        raw = out["timexes"]
        if not isinstance(raw, list):
            raise TypeError("timexes is not a list")
    except (ValueError, KeyError, TypeError) as e:
        return [], f"bad JSON output: {e}", None
    preds, dropped = [], 0
    for p in raw:
        if (isinstance(p, dict) and isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
                and 0 <= p["start"] < p["end"]):
            preds.append({"start": p["start"], "end": p["end"], "text": str(p.get("text", "")),
                          "type": str(p.get("type", "")), "value": str(p.get("value", ""))})
        else:
            dropped += 1
    return preds, None, (f"{dropped} predictions without a valid start/end ignored" if dropped else None)


# ---------------------------------------------------------------------------------------------
# Matching and scoring
# ---------------------------------------------------------------------------------------------
def strict_pairs(gold, pred):
    """One-to-one pairs (gi, pi) with identical spans."""
    free = {}
    for pi, p in enumerate(pred):
        free.setdefault((p["start"], p["end"]), []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        bucket = free.get((g["start"], g["end"]))
        if bucket:
            pairs.append((gi, bucket.pop(0)))
    return pairs


def relaxed_pairs(gold, pred):
    """One-to-one pairs of overlapping spans, chosen greedily by largest overlap (ties: the
    pair whose spans differ least, then document order)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                union = max(g["end"], p["end"]) - min(g["start"], p["start"])
                candidates.append((-overlap, union, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def ratio(num, den):
    return num / den if den else 0.0


def prf(matches, n_pred, n_gold):
    p, r = ratio(matches, n_pred), ratio(matches, n_gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def context(data, start, end, width=40):
    """`...left [span] right...` with up to `width` characters either side, on one line."""
    text = data.decode("utf-8", "replace")
    cstart = len(data[:start].decode("utf-8", "replace"))
    cend = len(data[:end].decode("utf-8", "replace"))
    left = text[max(0, cstart - width):cstart]
    right = text[cend:cend + width]
    return f"{left}[{text[cstart:cend]}]{right}".replace("\n", " | ")


# ---------------------------------------------------------------------------------------------
# Development and held-out splits
#
# A fixed quarter of the corpus is held out from rule development: the documents whose name's
# SHA-1 starts with a hex digit 0-3, except the Wikinews articles copied into tests/gold/meantime
# (read while writing that gold, so never unseen). `score --split held-out` scores only those and
# never prints their errors; `--split dev` scores the rest, with errors, for whoever tunes rules.
# ---------------------------------------------------------------------------------------------
GOLD_ARTICLES_DIR = Path(__file__).resolve().parent.parent / "gold" / "meantime"


def gold_article_numbers():
    return {p.stem[2:] for p in GOLD_ARTICLES_DIR.glob("mt*.txt")}


def split_of(doc_name):
    if doc_name.split("_", 1)[0] in gold_article_numbers():
        return "dev"
    return "held-out" if hashlib.sha1(doc_name.encode("utf-8")).hexdigest()[0] in "0123" else "dev"


def cmd_score(args):
    corpus = Path(args.corpus) if args.corpus else default_corpus_dir()
    if not corpus.is_dir() or not corpus_files(corpus):
        print(f"MEANTIME corpus not found at {corpus}; skipped")
        return SKIP_EXIT
    cli = Path(args.cli)
    if not cli.is_file():
        print(f"tagger not found: {cli}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="meantime-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        docs = convert(corpus, work, lambda m: print(f"corpus: {m}"))
        if args.split != "all":
            docs = [d for d in docs if (split_of(d["doc"]) == args.split)]
            print(f"split {args.split}: {len(docs)} documents")
            if args.split == "held-out" and args.errors:
                print("held-out split: error examples are not printed (nobody tuning rules reads them)")
                args.errors = 0

        jobs = max(1, min(8, os.cpu_count() or 1))
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            results = list(pool.map(lambda d: run_tagger(cli, work / f"{d['doc']}.txt", d["dct"]), docs))

        totals = dict(gold=0, pred=0, strict=0, strict_value=0, relaxed=0, relaxed_type=0, relaxed_value=0)
        missed, spurious, value_errors = [], [], []
        failures, warnings, text_mismatches = [], [], 0
        for doc, (pred, failure, warning) in zip(docs, results):
            name, gold = doc["doc"], doc["timexes"]
            data = (work / f"{name}.txt").read_bytes()
            if failure:
                failures.append(f"{name}: {failure}")
            if warning:
                warnings.append(f"{name}: {warning}")
            region = doc.get("annotated_end", len(data))
            beyond = [p for p in pred if p["start"] >= region and p["end"] <= len(data)]
            totals["beyond"] = totals.get("beyond", 0) + len(beyond)
            pred = [p for p in pred if p["start"] < region or p["end"] > len(data)]
            outside = [p for p in pred if p["end"] > len(data)]
            if outside:
                warnings.append(f"{name}: {len(outside)} predictions past the end of the file ignored")
                pred = [p for p in pred if p["end"] <= len(data)]
            # The offsets are what is scored; a "text" that disagrees hints at an offset bug.
            text_mismatches += sum(1 for p in pred
                                   if p["text"] != data[p["start"]:p["end"]].decode("utf-8", "replace"))

            totals["gold"] += len(gold)
            totals["pred"] += len(pred)
            sp = strict_pairs(gold, pred)
            totals["strict"] += len(sp)
            totals["strict_value"] += sum(1 for gi, pi in sp if gold[gi]["value"] == pred[pi]["value"])
            rp = relaxed_pairs(gold, pred)
            totals["relaxed"] += len(rp)
            totals["relaxed_type"] += sum(1 for gi, pi in rp if gold[gi]["type"] == pred[pi]["type"])
            totals["relaxed_value"] += sum(1 for gi, pi in rp if gold[gi]["value"] == pred[pi]["value"])

            matched_g = {gi for gi, _ in rp}
            matched_p = {pi for _, pi in rp}
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    missed.append(f"{name}: {context(data, g['start'], g['end'])}  gold={g['value']}")
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    spurious.append(f"{name}: {context(data, p['start'], p['end'])}  predicted={p['value']}")
            for gi, pi in rp:
                g, p = gold[gi], pred[pi]
                if g["value"] != p["value"]:
                    value_errors.append(f"{name}: {g['text']!r} gold={g['value']} predicted={p['value']} "
                                        f"(predicted text {p['text']!r}, DCT {doc['dct']})")

    t = totals
    sP, sR, sF = prf(t["strict"], t["pred"], t["gold"])
    rP, rR, rF = prf(t["relaxed"], t["pred"], t["gold"])
    vP, vR, vF = prf(t["relaxed_value"], t["pred"], t["gold"])
    type_acc = ratio(t["relaxed_type"], t["relaxed"])
    value_acc = ratio(t["strict_value"], t["strict"])

    if failures:
        print(f"{len(failures)} of {len(docs)} documents gave no usable output (counted as no predictions):")
        for line in failures[:5]:
            print(f"  {line}")
        if len(failures) > 5:
            print(f"  ... and {len(failures) - 5} more")
    for line in warnings:
        print(f"warning: {line}")
    if text_mismatches:
        print(f"warning: {text_mismatches} predictions whose \"text\" differs from the file bytes at their offsets")

    def row(label, value, num=None, den=None):
        frac = f"  ({num}/{den})" if num is not None else ""
        print(f"  {label:<28}{value:7.4f}{frac}")

    print(f"MEANTIME (English) timex benchmark: {len(docs)} documents, "
          f"{t['gold']} gold timexes, {t['pred']} predicted in the annotated sentences "
          f"({t.get('beyond', 0)} more after them, not scored: MEANTIME annotates the first {ANNOTATED_SENTENCES})")
    print("  strict span (same start and end)")
    row("precision", sP, t["strict"], t["pred"])
    row("recall", sR, t["strict"], t["gold"])
    row("F1", sF)
    print("  relaxed span (overlap, one-to-one)")
    row("precision", rP, t["relaxed"], t["pred"])
    row("recall", rR, t["relaxed"], t["gold"])
    row("F1", rF)
    print("  type")
    row("accuracy (relaxed matches)", type_acc, t["relaxed_type"], t["relaxed"])
    print("  value (TempEval-3: relaxed match and same value)")
    row("precision", vP, t["relaxed_value"], t["pred"])
    row("recall", vR, t["relaxed_value"], t["gold"])
    row("F1", vF)
    row("accuracy (strict matches)", value_acc, t["strict_value"], t["strict"])

    if args.errors > 0:
        for title, items in (("missed gold timexes", missed), ("spurious predictions", spurious),
                             ("value errors", value_errors)):
            print(f"\n{title}: {len(items)}" + (f" (first {args.errors})" if len(items) > args.errors else ""))
            for line in items[:args.errors]:
                print(f"  {line}")
        print()

    summary = {
        "strict_precision": sP, "strict_recall": sR, "strict_f1": sF,
        "relaxed_precision": rP, "relaxed_recall": rR, "relaxed_f1": rF,
        "type_accuracy": type_acc,
        "value_precision": vP, "value_recall": vR, "value_f1": vF,
        "value_accuracy": value_acc,
        "docs": len(docs), "gold": t["gold"], "predicted": t["pred"], "failed_docs": len(failures),
    }
    summary = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in summary.items()}

    failed = []
    if args.min_value_f1 is not None and vF < args.min_value_f1:
        failed.append(f"value F1 {vF:.4f} < {args.min_value_f1}")
    if args.min_strict_f1 is not None and sF < args.min_strict_f1:
        failed.append(f"strict F1 {sF:.4f} < {args.min_strict_f1}")
    for f in failed:
        print(f"FAIL: {f}")
    print("MEANTIME " + json.dumps(summary))  # always the last line, for scripts
    return 1 if failed else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description="MEANTIME benchmark for Dateline's timex tagger.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("convert", help="rebuild text and gold JSON from the corpus XML")
    p.add_argument("corpus_dir", type=Path)
    p.add_argument("out_dir", type=Path)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("score", help="run the tagger on the corpus and print the figures")
    p.add_argument("--cli", required=True, help="the dateline executable (run as: CLI timex --dct D FILE)")
    p.add_argument("--corpus", help="MEANTIME folder (default: $DATELINE_MEANTIME, else "
                                    "<repo>/../shared/corpora/meantime-en)")
    p.add_argument("--work", help="folder for the converted corpus (default: a temporary folder)")
    p.add_argument("--errors", type=int, default=10, metavar="N",
                   help="examples to print of each kind of error (default 10)")
    p.add_argument("--min-value-f1", type=float, metavar="X", help="exit 1 if value F1 < X")
    p.add_argument("--min-strict-f1", type=float, metavar="Y", help="exit 1 if strict F1 < Y")
    p.add_argument("--split", choices=("all", "dev", "held-out"), default="all",
                   help="score all documents (default), the development split, or the held-out "
                        "split (errors never printed); see split_of()")
    p.set_defaults(func=cmd_score)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
