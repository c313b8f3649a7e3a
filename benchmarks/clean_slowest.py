"""Cleaning time per article on AllSides texts: the median, the 99th percentile and the slowest articles.

    nice -n 10 .venv/bin/python benchmarks/clean_slowest.py                      # 3,000 articles, seed 11
    nice -n 10 .venv/bin/python benchmarks/clean_slowest.py --n 0 --src /old/src # every article, another version

`clean_document` runs some hundred regular expressions over each line. One written so that a run of letters can
be cut in many ways backtracks for minutes on a line it does not match (session 39: a title-case line of ten words
against the author-list pattern, 6.4 s; a 497-character line in capitals against the "READ ..." link pattern, 195 s
for one 6,274-character article). Averages hide that, so this prints the slowest articles and, for each, the
slowest pattern and line (each module-level pattern timed on each line of the article), so a fault shows with its
cause. Articles over `--limit` seconds are reported and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"


def slowest_pattern(module, text: str) -> tuple[float, str, str]:
    """(seconds, pattern name, line) of the module-level pattern slowest on one line of `text`."""
    patterns = {k: v for k, v in vars(module).items() if isinstance(v, re.Pattern)}
    worst = (0.0, "", "")
    for line in filter(None, (ln.strip() for ln in text.split("\n"))):
        for name, p in patterns.items():
            t0 = time.perf_counter()
            p.search(line)
            worst = max(worst, (time.perf_counter() - t0, name, line))
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    ap.add_argument("--n", type=int, default=3000, help="articles drawn at random (0: all 31,534)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--top", type=int, default=5, help="slowest articles to show with their slowest pattern")
    ap.add_argument("--limit", type=float, default=1.0, help="seconds an article may take before it counts as a fault")
    args = ap.parse_args()
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    sys.path.insert(0, str(args.src))
    from manysides.ingest import clean
    from manysides.records import Document

    with lzma.open(ALLSIDES, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    if args.n:
        rows = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    times: list[tuple[float, str, str]] = []
    for r in rows:
        doc = Document(source=r["id"], kind="text", text=r["text"], title=r["title"], outlet=r["outlet"])
        t0 = time.perf_counter()
        try:
            clean.clean_document(doc)
        except Exception:  # an article left empty by cleaning is an input error, not a cost
            pass
        times.append((time.perf_counter() - t0, r["id"], r["text"]))
    secs = sorted(t for t, _, _ in times)
    print(f"{len(secs)} articles cleaned in {sum(secs):.1f} s: median {statistics.median(secs) * 1000:.1f} ms, "
          f"99th percentile {secs[int(0.99 * (len(secs) - 1))] * 1000:.1f} ms, slowest {secs[-1]:.2f} s "
          f"({args.src})")
    for t, aid, text in sorted(times, reverse=True)[: args.top]:
        pt, name, line = slowest_pattern(clean, text)
        print(f"  {t:7.3f} s {aid} ({len(text):,} characters); slowest pattern {name} {pt:.3f} s on {line[:80]!r}")
    over = [aid for t, aid, _ in times if t > args.limit]
    if over:
        print(f"{len(over)} articles took over {args.limit} s: {', '.join(over[:20])}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
