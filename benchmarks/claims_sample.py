"""Eyeball the numeric-claim extractor on real articles.

    python benchmarks/claims_sample.py [--articles 200] [--sample 30] [--seed 7]

Parses N articles of ../shared/data/same_event/articles.jsonl with the project's spaCy
pipeline, runs `extract_claims`, and prints the claims per unit, the extractor's own time
per article (spaCy excluded) and a random sample of claims with their sentences, for a
person to judge precision by hand (the judged figure is in docs/claims.md).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "same_event" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: this benchmark needs ../shared/data", file=sys.stderr)
        return 1

    from manysides.nlp.claims import extract_claims
    from manysides.nlp.models import load_spacy

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rng = random.Random(args.seed)
    rows = rng.sample(rows, min(args.articles, len(rows)))
    nlp = load_spacy()
    claims = []
    extract_time = 0.0
    t0 = time.perf_counter()
    for doc in nlp.pipe((r.get("text") or "" for r in rows), batch_size=16):
        t = time.perf_counter()
        found = extract_claims(doc)
        extract_time += time.perf_counter() - t
        claims.extend(found)
    total = time.perf_counter() - t0

    per_unit = Counter(c.unit for c in claims)
    print(f"{len(rows)} articles, {len(claims)} claims; extract_claims {1000 * extract_time / len(rows):.2f} ms/article "
          f"(spaCy + extraction {1000 * total / len(rows):.0f} ms/article)")
    for unit, n in per_unit.most_common():
        print(f"  {n:5d}  {unit}")
    hedges = Counter(c.hedge for c in claims if c.hedge)
    print("hedges:", ", ".join(f"{h} {n}" for h, n in hedges.most_common(15)))
    print()
    for k, c in enumerate(rng.sample(claims, min(args.sample, len(claims))), 1):
        rng_txt = f"[{c.low:g}, {c.high:g}]" if c.low is not None and c.high is not None else f"[{c.low}, {c.high}]"
        print(f"{k:2d}. {c.text!r} -> {c.value:g} {c.unit} hedge={c.hedge} {rng_txt} subject={c.subject!r}")
        print(f"    {c.sentence[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
