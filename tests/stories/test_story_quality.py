"""Quality gate: grouping on held-out same_event events must not get worse.

Uses the real embedding model and ../shared/data; skips when either is missing. The
floor is pinned a few points under the figure measured for docs/grouping.md.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from manysides.records import Article
from manysides.stories import GroupItem, article_vectors, group, group_incrementally
from manysides.stories.metrics import bcubed

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "same_event" / "articles.jsonl"
F1_FLOOR_WITH_DATES = 0.95  # measured 0.981 on this half (docs/grouping.md)


def held_out_rows() -> list[dict]:
    if not DATA.exists():
        pytest.skip(f"{DATA} not found: the shared evaluation data is needed for this gate")
    with open(DATA, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    # The test half of the events (the benchmark picks settings on the other half).
    return [r for r in rows if int(hashlib.sha1(r["event"].encode()).hexdigest(), 16) % 2 == 1]


@pytest.mark.models
@pytest.mark.data
def test_same_event_bcubed_f1_with_dates():
    rows = held_out_rows()
    try:
        from manysides.nlp.models import load_embedder

        embedder = load_embedder()
    except Exception as exc:  # noqa: BLE001 - any failure to load means: no model here
        pytest.skip(f"embedding model not available: {exc}")
    arts = [Article(id=r["id"], source="same_event", outlet=r.get("outlet"), url=None,
                    title=r.get("title"), byline=None, published=r.get("date"), language="en",
                    text=r["text"]) for r in rows]
    vecs = article_vectors(arts, embedder)
    items = [GroupItem(id=a.id, published=a.published, vector=v, title=a.title or "", text=a.text)
             for a, v in zip(arts, vecs)]
    pred = group(items)
    gold = {r["id"]: r["event"] for r in rows}
    score = bcubed(pred, gold)
    assert score.f1 >= F1_FLOOR_WITH_DATES, f"grouping got worse: {score}"
    # the same articles arriving in date order, 50 at a time, through the ANN index
    ordered = sorted(items, key=lambda it: (it.published or "", it.id))
    inc = group_incrementally(ordered[k:k + 50] for k in range(0, len(ordered), 50))
    inc_score = bcubed(inc, gold)
    assert inc_score.f1 >= F1_FLOOR_WITH_DATES, f"incremental grouping got worse: {inc_score}"
