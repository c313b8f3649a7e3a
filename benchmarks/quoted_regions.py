"""Direct quotations for the slant evidence: the quote stage's mark pairing against glyph pairs.

    nice -n 10 .venv/bin/python benchmarks/quoted_regions.py [--n 3000] [--show 12]

`nlp.slant_loaded.quoted_regions` tells the slant evidence which words are inside a direct
quotation (the note "inside a direct quote: the speaker's word"). Up to ANNOTATOR_VERSION 17
it paired straight marks with straight ones and curly with curly (a regex, kept below as
`glyph_pairs`); a quotation opened with “ and closed with " was missed, and the words
between its " and the next quotation's " were taken for a quote (review 10: MGM's "one evil
individual" was USA TODAY's loaded word). It now pairs the marks as `quotes.find_quote_spans`
does. This reads the first `--n` AllSides articles (no spaCy: a few seconds), counts the
regions both ways, and prints a sample of the regions only one way finds, to read.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
_GLYPH_PAIRS = re.compile(r"\"[^\"\n]{1,1500}\"|“[^”\n]{1,1500}”")


def glyph_pairs(text: str) -> list[tuple[int, int]]:
    """The regions the old rule found: straight with straight, curly with curly."""
    return [(m.start(), m.end()) for m in _GLYPH_PAIRS.finditer(text)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"))
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--show", type=int, default=12)
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.nlp.slant_loaded import quoted_regions

    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    both = old_only = new_only = mixed_articles = 0
    only: list[tuple[str, str]] = []
    with lzma.open(DATA, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= args.n:
                break
            text = json.loads(line).get("text") or ""
            old, new = set(glyph_pairs(text)), set(quoted_regions(text))
            both += len(old & new)
            old_only += len(old - new)
            new_only += len(new - old)
            mixed_articles += any(re.search(r"“[^”\"\n]*\"|\"[^“\"\n]*”", text[a:b]) for a, b in new)
            only += [("old only", text[a:b]) for a, b in old - new] + [("new only", text[a:b]) for a, b in new - old]
    print(f"{args.n} articles: regions found both ways {both}, only by glyph pairs {old_only}, "
          f"only by the quote stage's pairing {new_only}; articles with a mixed-mark quotation {mixed_articles}")
    random.Random(7).shuffle(only)
    for which, words in only[: args.show]:
        print(f"  {which}: {' '.join(words.split())[:150]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
