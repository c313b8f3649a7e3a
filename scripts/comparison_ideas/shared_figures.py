"""Sentences of two outlets that give the same figures, below the shared-point cosine.

    nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_figures.py --cache /tmp/se.db

Review 9 found facts all three outlets report with the same figures missing from the
shared points ("Initial claims ... increased by 37,000 to 412,000" against "rose 37,000
last week to 412,000", cosine 0.59; shared points need 0.68 and the margin). This lists,
for every same_event event (gold `event`), the cross-outlet sentence pairs at or above
--floor that share at least --figures figures (claims of one unit and value; calendar years
and dates left out) and that the shipped rule does not pair (below 0.68, or not standing out
by the margin), with their cosines, for reading: would such a rule add true shared points,
or pair two statements that only reuse a story's numbers?
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the analysed store here (built once, ~5 min)")
    ap.add_argument("--floor", type=float, default=0.50)
    ap.add_argument("--figures", type=int, default=2)
    args = ap.parse_args()
    from shared_points_pairs import analyse

    from manysides.compare._text import is_boilerplate, sentence_views
    from manysides.compare.shared import MIN_WORDS, SHARED_MARGIN, SHARED_THRESHOLD, pair_margins, sentence_figures

    arts, anns, vecs, events = analyse(args.cache)
    by_id = {a.id: a for a in arts.values()}
    found = 0
    for event, gold_ids in sorted(events.items()):
        views, mats = sentence_views([arts[g] for g in gold_ids], anns, vecs)
        cands = [v for v in views if v.n_words >= MIN_WORDS and not is_boilerplate(v.text)]
        mat = np.stack([mats[v.article][v.index] for v in cands]) if cands else np.zeros((0, 1))
        margins = pair_margins([v.article for v in cands], mat @ mat.T) if cands else mat
        figs = [sentence_figures(v, anns) for v in cands]
        for i, a in enumerate(cands):
            for j in range(i + 1, len(cands)):
                b = cands[j]
                if a.outlet == b.outlet:
                    continue
                shared = figs[i] & figs[j]
                if len(shared) < args.figures:
                    continue
                cos = float(mats[a.article][a.index] @ mats[b.article][b.index])
                paired = cos >= SHARED_THRESHOLD and margins[i, j] >= SHARED_MARGIN
                if cos < args.floor or paired:
                    continue
                found += 1
                print(f"\n[{found}] {event}  cos {cos:.2f}  margin {margins[i, j]:.2f}  figures {sorted(shared)}")
                print(f"  {by_id[a.article].outlet}: {a.text.strip()[:300]}")
                print(f"  {by_id[b.article].outlet}: {b.text.strip()[:300]}")
    print(f"\n{found} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
