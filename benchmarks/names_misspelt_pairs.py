"""Pairs of names across a corpus that `compare.names` would take for one person misspelt.

    .venv/bin/python benchmarks/names_misspelt_pairs.py [--src OTHER/src] [--first | --surname] [--min 2]

The voices ledger joins two full names of a story that differ by one outlet's misspelling:
of the surname (`names.misspelt`: "Maria Zhakarova", "Maria Zakharova") or of the first name
(`names.misspelt_first`: "Katerine Hackett", "Katherine Hackett"), when no article of the story
names both. This reads every article of ../shared/data/allsides/articles.jsonl.xz (31,534), takes
the runs of two capitalised words that look like "First Surname" (each word letters only,
hyphens allowed in the surname, the first word not a title or a common capitalised word), and
prints the pairs the rule would join with at least `--min` mentions each, and how many articles
name both: to read by hand which are one person misspelt and which two people. A story seldom
holds both of two people's names, so this over-counts the risk. About 1-2 minutes.
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
NAME = re.compile(r"\b([A-Z][a-z]{1,14}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# capitalised words that start such runs but are no first names
NOT_FIRST = set("""The This That These Those There Then When Where While What Who Why How After Before But And
In On At For From With By Of To As If It Its He She They We His Her Their Our Mr Mrs Ms Dr Sen Rep Gov President
Senator Governor Secretary Minister Judge Justice General Former Prime Vice Chief House Senate Supreme New North
South East West United Saint San Los Las Fort Mount Lake""".split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"))
    ap.add_argument("--data", default=str(DATA))
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--first", action="store_true", help="first names only (the default)")
    which.add_argument("--surname", action="store_true", help="surnames only")
    ap.add_argument("--min", type=int, default=2, help="mentions of each name at least")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.compare.names import misspelt, misspelt_first

    if not Path(args.data).exists():
        print(f"skipped: {args.data} not found")
        return 0
    counts: Counter[tuple[str, str]] = Counter()
    named_in: dict[tuple[str, str], set[int]] = defaultdict(set)
    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            text = json.loads(line).get("text") or ""
            for m in NAME.finditer(text):
                if m.group(1) in NOT_FIRST:
                    continue
                key = (m.group(1), m.group(2))
                counts[key] += 1
                named_in[key].add(k)
    names = [n for n, c in counts.items() if c >= args.min]
    pairs = []
    if args.surname:
        by_first: dict[str, list[str]] = defaultdict(list)
        for first, last in names:
            by_first[first].append(last)
        for first, lasts in by_first.items():
            lasts.sort()
            pairs += [((first, a), (first, b)) for i, a in enumerate(lasts) for b in lasts[i + 1:]
                      if misspelt(a.lower(), b.lower())]
    else:
        by_last: dict[str, list[str]] = defaultdict(list)
        for first, last in names:
            by_last[last].append(first)
        for last, firsts in by_last.items():
            firsts.sort()
            pairs += [((a, last), (b, last)) for i, a in enumerate(firsts) for b in firsts[i + 1:]
                      if misspelt_first(a.lower(), b.lower())]
    for a, b in sorted(pairs, key=lambda p: -min(counts[p[0]], counts[p[1]])):
        both = len(named_in[a] & named_in[b])
        print(f"  {' '.join(a)} ({counts[a]})  ~  {' '.join(b)} ({counts[b]})  both in {both} articles")
    print(f"\n{len(pairs)} pairs ({'surnames' if args.surname else 'first names'}; names with >= {args.min} mentions: "
          f"{len(names)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
