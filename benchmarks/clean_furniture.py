"""What cleaning removes from real scraped articles, rule by rule, and a sample to judge.

    .venv/bin/python benchmarks/clean_furniture.py                       # this checkout
    .venv/bin/python benchmarks/clean_furniture.py --src /other/src      # another cleaner
    .venv/bin/python benchmarks/clean_furniture.py --n 3000 --seed 11 --show 40

Reads the AllSides articles (/work/shared/data/allsides/articles.jsonl.xz, 31,534 scraped
articles; --data for another copy), takes a seeded sample of --n of them, and cleans each
as a text document with its given title (what `analyze` does with a JSON record). Prints,
per rule (the label before ":" in `Article.removed`), how many removals it made and in how
many articles; the share of the sample's characters (whitespace aside) that cleaning took
away; and --show removals drawn at random (seeded) from all of them, so a person can judge
how many were really furniture. To see what a change adds, run the older tree with --dump
and this one with --against that file: the printed removals and the "new" column are then
those the older cleaner did not make (per article). It also prints the lines removed now
that the older cleaner kept, counted by their text whatever rule took them, and the lines
the older cleaner removed that still stand in the text now. It counts the headlines and
texts whose wrongly decoded letters ("Ã¢â‚¬â€œ" for "–") cleaning repaired.

    .venv/bin/python benchmarks/clean_furniture.py --src /old/src --dump /tmp/old.jsonl --show 0
    .venv/bin/python benchmarks/clean_furniture.py --against /tmp/old.jsonl --show 40

~1.5 min for 3,000 articles (most of it reading the corpus).
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose cleaner to run")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=40, help="removals to print at random")
    ap.add_argument("--rule", help="draw the printed removals from this rule only")
    ap.add_argument("--dump", help="write every removal as JSON lines [article id, note] here")
    ap.add_argument("--against", help="a --dump of another cleaner: show only removals it did not make")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.records import Document

    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: r["id"])
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))

    per_rule: collections.Counter[str] = collections.Counter()
    arts_per_rule: collections.Counter[str] = collections.Counter()
    removals: list[tuple[str, str]] = []  # (outlet, note) of removals the --against run lacks
    every: list[tuple[str, str]] = []  # (article id, note)
    before: collections.Counter[tuple[str, str]] = collections.Counter()
    if args.against:
        with open(args.against, encoding="utf-8") as fh:
            before.update(tuple(json.loads(line)) for line in fh)
    new_per_rule: collections.Counter[str] = collections.Counter()
    # the --against run's removals by their text, rule aside: a line one rule took before
    # and another takes now is no new removal
    before_text = collections.Counter((aid, _removed_text(note)) for aid, note in before.elements())
    new_lines = 0
    cleaned: dict[str, str] = {}
    chars_in = chars_out = failed = 0
    repaired: list[str] = []  # headlines or texts whose letters were mojibake and are now right
    for r in sample:
        doc = Document(source=r["id"], text=r["text"], kind="text", title=r.get("title") or None,
                       outlet=r.get("outlet"))
        chars_in += sum(len(w) for w in r["text"].split())
        try:
            art = clean_document(doc)
        except InputError:
            failed += 1
            continue
        chars_out += sum(len(w) for w in art.text.split())
        if (r.get("title") or "").strip() and art.title and "Ã" in r["title"] and "Ã" not in art.title:
            repaired.append(f"title: {r['title'][:60]!r} -> {art.title[:60]!r}")
        elif "Ã" in r["text"] and "Ã" not in art.text:
            repaired.append(f"text: {r['id']}")
        if args.against:
            cleaned[r["id"]] = art.text
        rules = set()
        for note in art.removed:
            if args.against:
                key = (r["id"], _removed_text(note))
                if before_text[key] > 0:
                    before_text[key] -= 1
                else:
                    new_lines += 1
            rule = note.split(":", 1)[0]
            per_rule[rule] += 1
            rules.add(rule)
            every.append((r["id"], note))
            if before[(r["id"], note)] > 0:
                before[(r["id"], note)] -= 1
                continue
            new_per_rule[rule] += 1
            removals.append((r.get("outlet") or "", note))
        arts_per_rule.update(rules)

    print(f"cleaner: {args.src}")
    print(f"{len(sample):,} articles (seed {args.seed}); {failed} left with no text")
    print(f"characters removed (whitespace aside): {chars_in - chars_out:,} of {chars_in:,} "
          f"({(chars_in - chars_out) / max(chars_in, 1):.2%})")
    print(f"headlines or texts whose wrongly decoded letters ('Ã¢â‚¬â€œ') were repaired: {len(repaired)} "
          f"{repaired[:3]}")
    new = "new" if args.against else ""
    print(f"{'rule':<26}{'removals':>9}{'articles':>10}{new:>8}")
    for rule, n in per_rule.most_common():
        extra = f"{new_per_rule[rule]:>8,}" if args.against else ""
        print(f"{rule:<26}{n:>9,}{arts_per_rule[rule]:>10,}{extra}")
    extra = f"{sum(new_per_rule.values()):>18,}" if args.against else ""
    print(f"{'all':<26}{sum(per_rule.values()):>9,}{extra}")
    if args.against:
        print(f"removals of the --against run not made here: {sum(before.values()):,}")
        # a line the older run removed that no removal here names may still be gone, inside a
        # longer line removed whole (a caption with its credit): only text still standing counts
        kept = sum(n for (aid, text), n in before_text.items() if n > 0 and aid in cleaned and text
                   and text in cleaned[aid])
        print(f"lines removed here that the --against run kept (by their text, rule aside): {new_lines:,}; "
              f"lines the --against run removed that stand in the text here: {kept:,}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(x) + "\n" for x in every)
    pool = [x for x in removals if args.rule is None or x[1].startswith(args.rule + ":")]
    shown = random.Random(args.seed).sample(pool, min(args.show, len(pool)))
    what = (" of " + args.rule if args.rule else "") + (" not made by the --against run" if args.against else "")
    print(f"\n{len(shown)} removals at random{what}:")
    for outlet, note in shown:
        print(f"  [{outlet[:18]}] {note}")


def _removed_text(note: str) -> str:
    """The removed words a note quotes ("rule: 'Story Continued Below'"), without the
    quotation marks and the cut of a long one ("…")."""
    text = note.split(":", 1)[1].strip() if ":" in note else note
    return text.strip("'").removesuffix("…")


if __name__ == "__main__":
    main()
