"""Which judged "only one outlet reports" items a change brings into the lists or takes out.

    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/comparison_ideas/unique_items_diff.py \
        --src /old/src --cache /tmp/se_copy1.db --save /tmp/old_items.json
    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/comparison_ideas/unique_items_diff.py \
        --cache /tmp/se_copy2.db --against /tmp/old_items.json

`benchmarks/unique_items.py` counts the listed items judged own / elsewhere; this lists them. It
lists the items of every same_event event with the code of `--src` (default this checkout's),
saves them, and against a saved run prints the items gone and come, each with its label in
benchmarks/data/unique_items_labels.jsonl ("own", "elsewhere", or not judged), matched by
`sentence_key` (so a quotation mark moved between sentences is the same item), and the counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_points_pairs import analyse, sentence_key  # noqa: E402
from unique_items import listed, load_labels  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the analysed store (a copy per version)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the code to list with")
    ap.add_argument("--save", type=Path, help="write this run's items here")
    ap.add_argument("--against", type=Path, help="a saved run: print the items gone and come")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    labels, _ = load_labels()
    items = {f"{i['event']}\t{sentence_key(i['text'])}": [i["event"], i["text"], i["details"]]
             for i in listed(analyse(args.cache))}
    if args.save:
        args.save.write_text(json.dumps(items), encoding="utf-8")
    if args.against:
        old = json.loads(args.against.read_text(encoding="utf-8"))
        for title, keys in (("gone", old.keys() - items.keys()), ("come", items.keys() - old.keys())):
            tally: Counter = Counter()
            print(f"\n=== items {title}")
            for k in sorted(keys):
                event, text, details = (old if title == "gone" else items)[k]
                label = labels.get(tuple(k.split("\t")), "not judged")
                tally[f"{'basil' if event.startswith('basil') else 'roundups'} {label}"] += 1
                print(f"[{label}] {event}: {' '.join(text.split())[:240]}  details {details}")
            print(f"items {title}: {dict(sorted(tally.items()))}")
    print(f"{len(items)} items listed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
