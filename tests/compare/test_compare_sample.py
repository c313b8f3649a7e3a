"""Quality gate on the fictional sample corpus (sample/), against sample/expected.json.

Runs the whole pipeline once (ingest, annotate, embed, group), then checks the comparison
of each story against the gold answers written with the corpus.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def sample(sample_run):
    """(analysis, expected, gold name -> article id) from the session's sample run."""
    return sample_run.analysis, sample_run.expected, sample_run.ids.get


def _report_with(analysis, article):
    for sid, rep in analysis.reports.items():
        if article in rep.outlets:
            return rep
    raise AssertionError(f"no report covers {article}")


def test_disputed_numbers_found_and_fire_not_disputed(sample):
    analysis, expected, aid = sample
    rep = _report_with(analysis, aid("open-commons_okafor-flips-7th.md"))
    texts = [{c.text.lower() for c in d.claims} for d in rep.disputed]
    assert any({"more than $41 million", "nearly $30 million"} & t and any("41" in x for x in t) for t in texts)
    assert any(any("3,000" in x for x in t) and any("5,000" in x for x in t) for t in texts)
    assert len(rep.disputed) <= 3  # no flood of false disputes
    fire = _report_with(analysis, aid("civic-observer_saddle-gap-fire.txt"))
    assert fire.disputed == ()


def test_unique_points_recall(sample):
    analysis, expected, aid = sample
    found = total = 0
    for name, details in expected["unique_points"].items():
        article = aid(name)
        if article is None:
            continue
        unique = [e.text.lower() for rep in analysis.reports.values() for e in rep.unique if e.article == article]
        for detail in details:
            total += 1
            found += any(detail.lower() in u for u in unique)
    # Measured: 16 of 19.
    assert total >= 15 and found / total >= 0.7, (found, total)


def test_framing_and_voices(sample):
    analysis, expected, aid = sample
    rep = _report_with(analysis, aid("open-commons_okafor-flips-7th.md"))
    by_outlet = {rep.outlets[a]: {t.term for t in ts} for a, ts in rep.framing.items()}
    assert "gut punch" in by_outlet["Ironwood Sentinel"]
    assert "failed campaign" in by_outlet["Heartland Compass"]
    assert "beacon of hope" in by_outlet["Riverbend Progress"]
    assert "grassroots" in by_outlet["The Open Commons"]
    top = [v.speaker for v in rep.voices[:2]]
    assert set(top) == {"Daniel Okafor", "Linda Harlan"}
    assert rep.coverage == {"left": 2, "center": 2, "right": 2, "unknown": 0}
    assert "won the special election" in rep.summary
