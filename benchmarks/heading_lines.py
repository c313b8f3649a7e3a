"""Lines of real cleaned articles taken as headings (nlp/headings.py), by kind, and a sample to judge.

    nice -n 10 .venv/bin/python benchmarks/heading_lines.py                          # this checkout
    nice -n 10 .venv/bin/python benchmarks/heading_lines.py --src /old/src           # another version
    nice -n 10 .venv/bin/python benchmarks/heading_lines.py --n 6000 --seed 11 --show 80 --kind subheading

Reads the AllSides articles (/work/shared/data/allsides/articles.jsonl.xz), takes a seeded sample of --n of them,
cleans each as `analyze` does a JSON record (text and title) and finds its heading lines (`heading_spans`, no parse
needed). Prints how many lines were taken, per kind: "stamp" (a live blog's time stamp, with what follows it on its
line), "title case or question" (`is_heading_text`: a line in title case, a short question alone on its line) and
"subheading" (the rest: a line in sentence case or capitals between two lines of prose, session 38), with the
articles holding one; then --show lines of --kind (or of all kinds) drawn at random, each between the ends of the
lines around it, for a person to judge: right when the line is a heading (a subheading, a section's or a live
entry's title, a label over a part), wrong when it is a sentence of the article's prose.

Session 38 (helper E), --n 6000 --seed 11: see docs/inputs.md, "Headings", for the figures and the reading.
Session 39 (helper F), the same sample: one- and two-word subheadings, headlines' quotations in single marks and
live headlines under a signature, +195 lines (docs/inputs.md, "Headings").
~1 min for 6,000 articles (most of it reading the corpus and cleaning).
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose heading rules to run")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--n", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=60, help="heading lines to print at random")
    ap.add_argument("--kind", choices=("stamp", "title case or question", "subheading"),
                    help="draw the printed lines from this kind only")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.nlp import headings
    from manysides.records import Document

    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: r["id"])
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))

    lines_of: dict[str, int] = collections.Counter()
    articles_of: dict[str, set[str]] = collections.defaultdict(set)
    found: list[tuple[str, str, str, str, str]] = []  # kind, article id, line before, line, line after
    n_lines = 0
    for r in sample:
        try:
            art = clean_document(Document(source=r["id"], text=r.get("text") or "", kind="json",
                                          title=r.get("title"), outlet=r.get("outlet")))
        except InputError:
            continue
        text = art.text
        spans = headings.heading_spans(text)
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
        n_lines += len(lines)
        for n, (a, b) in enumerate(lines):
            if not any(a <= s < b for s, _ in spans):
                continue
            line = text[a:b].strip()
            kind = ("stamp" if headings._STAMP.match(line) and headings._STAMP.match(line).end() > 0
                    else "title case or question" if headings.is_heading_text(line) else "subheading")
            lines_of[kind] += 1
            articles_of[kind].add(r["id"])
            before = text[lines[n - 1][0]:lines[n - 1][1]].strip() if n else ""
            after = text[lines[n + 1][0]:lines[n + 1][1]].strip() if n + 1 < len(lines) else ""
            found.append((kind, r["id"], before, line, after))

    print(f"{len(sample)} articles (seed {args.seed}), {n_lines} lines of clean text; lines taken as headings:")
    for kind in ("stamp", "title case or question", "subheading"):
        print(f"  {kind:<24} {lines_of[kind]:>6} lines in {len(articles_of[kind]):>5} articles")
    print(f"  {'all':<24} {sum(lines_of.values()):>6} lines")
    pool = [f for f in found if args.kind is None or f[0] == args.kind]
    shown = random.Random(args.seed).sample(pool, min(args.show, len(pool)))
    print(f"\n{len(shown)} of {len(pool)} {args.kind or 'heading'} lines at random (…the line before | HEADING | the line "
          f"after…):")
    for i, (kind, aid, before, line, after) in enumerate(shown, 1):
        print(f"{i:>3}. [{aid} {kind}] …{before[-60:]} | {line} | {after[:60]}…")


if __name__ == "__main__":
    main()
