"""How often each of the shared-point step's "background beside the day's news" tests fires on AllSides text.

The tests (`manysides.compare.shared`: a routine rate, a role stated, what may yet be learnt, a count of others than
someone named, a deed not done until a time, a year framing the sentence) keep a
background sentence from pairing with a report of the day. Most of them match no sentence of same_event's 994
articles, so the judged pairs of `shared_points_pairs.py` say little of them; this prints how often each fires on
every fourth AllSides article's sentences (split at sentence ends, naively) and a few sentences of each, to read.

    PYTHONPATH=src python benchmarks/shared_background_rates.py [--every 4] [--show 12]
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
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--every", type=int, default=4, help="read every Nth article (default 4)")
    ap.add_argument("--show", type=int, default=12, help="sentences shown per test (seed 1)")
    ap.add_argument("--src", default=str(ROOT / "src"), help="the source tree to measure")
    args = ap.parse_args()
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found (put the shared datasets beside the repository)")
        return 0
    sys.path.insert(0, args.src)
    from manysides.compare import shared as s

    tests = {
        "routine rate": s._routine,
        "role stated": s._role_stated,
        "what may be learnt": s._to_be_learnt,
        "others than a name": s._others_than,
        "not done until a time": lambda t: s._not_until(t) is not None,
        "year framing the sentence": lambda t: bool(s._past_years(t, "2030-01-01")),
    }
    hits: dict[str, list[str]] = {k: [] for k in tests}
    sentences = 0
    with lzma.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k % args.every:
                continue
            for sent in SENTENCE_END.split(json.loads(line).get("text") or ""):
                sentences += 1
                for name, test in tests.items():
                    if test(sent):
                        hits[name].append(sent)
    print(f"sentences read: {sentences:,} (every {args.every}th AllSides article)")
    rng = random.Random(1)
    for name, found in hits.items():
        print(f"{name}: {len(found):,}")
        for t in rng.sample(found, min(args.show, len(found))):
            print("    ", " ".join(t.split())[:220])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
