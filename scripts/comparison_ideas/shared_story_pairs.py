"""A review store's shared points as the report makes them, each pair with its cosine, margin and figures in common.

    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_story_pairs.py review37 /tmp/r37.db
    ... shared_story_pairs.py review37 /tmp/r37.db --all                # every point, not only the marked ones
    ... shared_story_pairs.py review37 /tmp/r37.db --grep "shed further light"   # a sentence's best matches

`shared_review_points.py` recomputes the points of a review's gold events; a review's report compares the grouping's
stories, which may hold a near miss the gold events do not (review 37's NPR article on the Sessions debate). This
reads the stories of a store the review script built (`benchmarks/reviewN_events.py --db`), recomputes each story's
`shared_points` with the code on PYTHONPATH, and prints the points holding a sentence the review marks (its
SHARED_WRONG; every point with `--all`) with, for each pair, the cosine, the margin (`shared.pair_margins`, over the
story's candidate sentences as `_points` reads them) and the figures in common (`_figures_in_common`; "least" with
counts below `LEAST_COUNT` and ages aside, the one-figure edge's reading). `--grep` lists a sentence's best matches in
the other outlets' articles, to see which edge made a point.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("review", help="the review script's name without _events.py, e.g. review37")
    ap.add_argument("store", type=Path, help="the store its --db run built")
    ap.add_argument("--all", action="store_true", help="every point, not only those holding a marked sentence")
    ap.add_argument("--grep", help="also list the best matches of the sentences matching this pattern")
    args = ap.parse_args()
    from manysides.compare import shared as S
    from manysides.compare._text import is_boilerplate, sentence_views
    from manysides.compare.report import _independent
    from manysides.store import Store

    marks = importlib.import_module(f"{args.review}_events").SHARED_WRONG
    store = Store(args.store)
    try:
        arts = {a.id: a for a in store.articles()}
        stories = [(s.title, list(s.articles)) for s in store.stories()]
        anns, vecs = store.annotations(list(arts)), store.sentence_vectors(list(arts))
    finally:
        store.close()
    for title, ids in stories:
        story = _independent([arts[i] for i in ids])
        if len({a.outlet for a in story}) < 2:
            continue
        views, mats = sentence_views(story, anns, vecs)
        cands = [v for v in views if v.n_words >= S.MIN_WORDS and not is_boilerplate(v.text)
                 and not (S._leads_in(v.text) or S._own_note(v.text) or S.is_aside(v.text))]
        if len({v.outlet for v in cands}) < 2:
            continue
        mat = np.stack([mats[v.article][v.index] for v in cands])
        sims = mat @ mat.T
        margins = S.pair_margins([v.article for v in cands], sims)
        figures = S._figures_in_common(cands, anns)
        least = S._figures_in_common(cands, anns, least=S.LEAST_COUNT)
        at = {(v.article, v.start): k for k, v in enumerate(cands)}
        lines = []
        for n, p in enumerate(S.shared_points(story, anns, vecs)):
            marked = [bool(re.search(marks, " ".join(e.text.split()))) for e in p.evidence]
            if not (args.all or any(marked)):
                continue
            ks = [at.get((e.article, e.start)) for e in p.evidence]
            lines.append(f"  shared #{n}")
            for e, k, m in zip(p.evidence, ks, marked):
                lines.append(f"    {'X ' if m else ''}[{k}] {arts[e.article].outlet}: {' '.join(e.text.split())}")
            for x in range(len(ks)):
                for y in range(x + 1, len(ks)):
                    i, j = ks[x], ks[y]
                    if i is not None and j is not None:
                        lines.append(f"    [{i}]-[{j}] cosine {sims[i, j]:.3f} margin {margins[i, j]:.2f} "
                                     f"figures in common {figures[i, j]} (least {least[i, j]})")
        for k, v in enumerate(cands):
            if args.grep and re.search(args.grep, v.text):
                lines.append(f"  [{k}] {arts[v.article].outlet}: {' '.join(v.text.split())}")
                for j in [j for j in np.argsort(-sims[k]) if cands[j].outlet != v.outlet][:6]:
                    lines.append(f"      {sims[k, j]:.3f} margin {margins[k, j]:.2f} [{j}] "
                                 f"{arts[cands[j].article].outlet}: {' '.join(cands[j].text.split())[:150]}")
        if lines:
            print(f"\n=== {title}")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
