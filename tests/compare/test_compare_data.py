"""Quality gate on real same-event coverage (BASIL triplets in ../shared/data).

Shared points must be found between outlets reporting one event, and almost never between
articles about different events (the control: each article's partners swapped for articles
of other events). Sentences are split with a plain regex so the gate needs only the
embedder, and stays well under a minute.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from manysides.compare import shared_points, unique_points
from manysides.records import Annotation, Article, Sentence

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "same_event" / "articles.jsonl"
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
N_EVENTS = 8
MAX_SENTENCES = 30

pytestmark = [pytest.mark.models, pytest.mark.data]

_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z])|\n+")


def _article(rec: dict) -> tuple[Article, Annotation]:
    text = rec["text"]
    spans, pos = [], 0
    for part in _SPLIT.split(text):
        start = text.index(part, pos) if part else pos
        if part.strip():
            spans.append(Sentence(start, start + len(part)))
        pos = start + len(part)
    spans = spans[:MAX_SENTENCES]
    art = Article(rec["id"], rec["id"], rec["outlet"], None, rec.get("title"), None, rec.get("date"), "en", text)
    return art, Annotation(art.id, tuple(spans), (), (), ())


@pytest.fixture(scope="module")
def basil16():
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent: the same-event data set is needed for this quality gate")
    return load_trios(16)


@pytest.fixture(scope="module")
def basil(basil16):
    return basil16[:N_EVENTS]


def load_trios(n_events: int = N_EVENTS):
    """The first `n_events` BASIL events with three articles: (Article, Annotation, vectors)."""
    from manysides.nlp.models import load_embedder

    events = defaultdict(list)
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("corpus") == "basil":
                events[rec["event"]].append(rec)
    chosen = [k for k in sorted(events) if len(events[k]) == 3][:n_events]
    emb = load_embedder()
    out = []
    for k in chosen:
        trio = []
        for rec in events[k]:
            art, ann = _article(rec)
            vec = emb.encode([art.text[s.start : s.end] for s in ann.sentences])
            trio.append((art, ann, vec))
        out.append(trio)
    return out


def _points(trio):
    arts = [a for a, _, _ in trio]
    return shared_points(arts, {a.id: n for a, n, _ in trio}, {a.id: v for a, _, v in trio})


def _mixed(trios, i):
    """Control story: article 1 of event i, article 2 of event i+1, article 3 of event i+2."""
    return [trios[i][0], trios[(i + 1) % len(trios)][1], trios[(i + 2) % len(trios)][2]]


def shared_counts(trios):
    same = [len(_points(trio)) for trio in trios]
    control = [len(_points(_mixed(trios, i))) for i in range(len(trios))]
    return same, control


def test_shared_points_found_within_events_not_across(basil):
    same, control = shared_counts(basil)
    mean_same, mean_control = sum(same) / len(same), sum(control) / len(control)
    # Measured: 6.4 points per same-event story, 0.0 per mixed-event one (8 events).
    assert mean_same >= 3.0, same
    assert mean_control <= 0.75, control
    assert mean_same >= 5 * max(mean_control, 0.1)


def test_fewer_omissions_within_an_event_than_across(basil):
    def n_unique(trio):
        arts = [a for a, _, _ in trio]
        return len(unique_points(arts, {a.id: n for a, n, _ in trio}, {a.id: v for a, _, v in trio},
                                 per_article=100))

    same = sum(n_unique(t) for t in basil)
    control = sum(n_unique(_mixed(basil, i)) for i in range(len(basil)))
    # Without entities/claims/quotes only quoted sentences count as substantive here;
    # what matters is the contrast.
    assert same < control


def _judged(trios, **kw):
    """Shared points of `trios` judged by the read pairs (benchmarks/shared_points_pairs.py):
    (points, pairs judged same, different, not judged, points with a different pair, clean points)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from shared_points_pairs import LABELS, judge_points, load_labels
    finally:
        sys.path.remove(str(BENCHMARKS))
    points = []
    for trio in trios:
        arts = [a for a, _, _ in trio]
        points += [[e.text for e in p.evidence]
                   for p in shared_points(arts, {a.id: n for a, n, _ in trio}, {a.id: v for a, _, v in trio}, **kw)]
    return judge_points(points, load_labels(LABELS))


def test_margin_keeps_different_statements_out_of_shared_points(basil16):
    n0, same0, diff0, _, bad0, clean0 = _judged(basil16, margin=0)
    n, same, diff, _, bad, clean = _judged(basil16)
    # Measured (16 events, regex sentences): pairs judged different 18 -> 8, points
    # holding one 17 -> 7, clean points 46 -> 43, for 102 -> 86 points.
    assert diff <= 0.6 * diff0 and bad <= 0.6 * bad0, (diff0, diff, bad0, bad)
    assert clean >= 0.85 * clean0 and same >= 0.85 * same0, (clean0, clean, same0, same)
