"""Stored sentences that are a quotation mark alone, per store: the sentence-split fault session 44 fixed.

    .venv/bin/python benchmarks/lone_marks.py OLD/r22.db OLD/r23.db ...     # the stores of reviews 22-32, say
    .venv/bin/python benchmarks/lone_marks.py --show 5 NEW/r28.db           # and print the sentences around each

Reads each store's articles and their stored annotations (nothing is re-annotated: build the stores with the
version to measure, e.g. `benchmarks/reviewN_events.py --src src --db NEW/rN.db`) and counts the sentences whose
text, stripped, is only quotation marks ('"' after a full stop before a paragraph break, made a sentence of its own
by the parser before ANNOTATOR_VERSION 165). Session 44 (docs/inputs.md, "Sentences"): reviews 22-32, 525 of 12,535
at e70cea9 -> 2 of 12,002.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MARKS = set("\"\u201c\u201d\u2018\u2019'")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stores", nargs="+", type=Path, help="manysides stores (SQLite files) to read")
    ap.add_argument("--show", type=int, default=0, help="print the text around up to this many lone marks per store")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose store reader to use")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.store import Store

    lone_all = total_all = 0
    for path in args.stores:
        if not path.is_file():
            print(f"{path}: no such store; build it first (benchmarks/reviewN_events.py --db {path})", file=sys.stderr)
            return 2
        with Store(path, read_only=True) as store:
            articles = {a.id: a for a in store.articles()}
            anns = store.annotations(articles)
        lone = total = shown = 0
        for aid, ann in anns.items():
            text = articles[aid].text
            for s in ann.sentences:
                total += 1
                bare = text[s.start:s.end].strip()
                if bare and set(bare) <= _MARKS:
                    lone += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {path.name} {aid}: {text[max(0, s.start - 60):s.end + 40]!r}")
        print(f"{path}: {lone} of {total} sentences a lone quotation mark ({len(anns)} articles)")
        lone_all, total_all = lone_all + lone, total_all + total
    if len(args.stores) > 1:
        print(f"all: {lone_all} of {total_all} sentences a lone quotation mark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
