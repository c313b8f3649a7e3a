"""Fuzz the store's grouping: many seeds of the random-runs test, counting failures.

    .venv/bin/python benchmarks/store_random_runs.py --span 90 --subjects 15 --seeds 300
    .venv/bin/python benchmarks/store_random_runs.py --span 400 --subjects 30 --seeds 150
    .venv/bin/python benchmarks/store_random_runs.py --span 90 --subjects 15 --seeds 300 --undo 0.25
    .venv/bin/python benchmarks/store_random_runs.py --span 90 --subjects 15 --seeds 300 --previews 0.3

Each seed is one run of `tests/stories/test_store_random_runs.py`'s test (random batches
of a random stream, a user's merges, splits and moves between them, every invariant
checked after every step; with --undo, the latest correction undone after that share of
the steps; with --previews, that share of the leads looks ahead, so that grouping's preview
penalty parts some dated pairs); a failing seed prints its error, and the last line gives the
count. About 0.5 s a seed at 100 days, 1.5 s at 400.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "stories"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--span", type=int, default=90, help="days the stream's subjects start over")
    ap.add_argument("--subjects", type=int, default=15)
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--first", type=int, default=0, help="first seed")
    ap.add_argument("--undo", type=float, default=0.0, help="share of steps that undo the latest correction")
    ap.add_argument("--previews", type=float, default=0.0, help="share of leads that look ahead")
    args = ap.parse_args()
    from test_store_random_runs import test_random_batches_and_corrections_keep_stories_and_storylines_true as run

    failed = 0
    for seed in range(args.first, args.first + args.seeds):
        with tempfile.TemporaryDirectory() as tmp:
            try:
                run(Path(tmp), args.span, args.subjects, seed, args.undo, args.previews)
            except KeyboardInterrupt:
                raise
            except BaseException:  # an assertion, an error, or pytest's Failed (a raise that did not come)
                failed += 1
                where = traceback.extract_tb(sys.exc_info()[2])[-1]
                print(f"seed {seed}: failed at {Path(where.filename).name}:{where.lineno} {where.line}", flush=True)
    undo = f", undo {args.undo:g}" if args.undo else ""
    print(f"{args.span} days, {args.subjects} subjects{undo}: {args.seeds} seeds, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
