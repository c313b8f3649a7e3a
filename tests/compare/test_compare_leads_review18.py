"""Lead points (session 29): where no opening sentence is stated by most outlets, their first sentences
matched more loosely (review 18's budget deal, review 15's Soleimani strike), the one the other headlines echo first."""

from __future__ import annotations

import numpy as np
from compare_fixtures import DIM, Draft, hand_vectors, make_fixture

from manysides.compare.shared import lead_points

LEAD_A = "A brief government shutdown ended on Friday after Congress passed a temporary spending deal."
LEAD_B = "The House approved a stopgap bill early Friday to keep the government open for six more weeks."


def _drafts(title_c: str | None = None) -> list[Draft]:
    a = Draft("a", "A", [(LEAD_A, "lead-a"), ("Trump is expected to unveil a budget plan on Monday.", "a1"),
                         ("Economists expect growth of about 2.5 percent this year.", "a2")], title="Deal signed")
    b = Draft("b", "B", [(LEAD_B, "lead-b"), ("The House voted 240-186 on the measure before dawn.", "b1"),
                         ("Liberals objected to the lack of action on immigration.", "b2")], title="Bill passes")
    # an opening mid-article: no sentence of it states the event
    c = Draft("c", "C", [("The chamber needed help from Democrats to clear the bill in the end.", "c1"),
                         ("Paul held the floor for hours on Thursday night, citing the deficit.", "c2")], title=title_c)
    return [a, b, c]


def _vectors(drafts: list[Draft], cosine: float, first: bool = True) -> dict[str, np.ndarray]:
    """Hand vectors, with A's lead and B's lead (or B's second sentence) `cosine` alike."""
    vec = hand_vectors(drafts)
    u = np.zeros(DIM, dtype=np.float32)
    u[DIM - 1] = 1.0
    w = np.zeros(DIM, dtype=np.float32)
    w[DIM - 1], w[DIM - 2] = cosine, np.sqrt(1 - cosine ** 2)
    vec["a"][0] = u
    vec["b"][0 if first else 1] = w
    return vec


def test_two_first_sentences_loosely_alike_are_the_lead_where_no_opening_is_stated_by_most():
    drafts = _drafts()
    fx = make_fixture(drafts, _vectors(drafts, 0.55))
    points = lead_points(fx.articles, fx.annotations, fx.vectors)
    assert sorted(p.articles for p in points) == [("a", "b"), ("b", "a")]
    # less alike (the threshold is 0.50), or a first sentence matched to another's second: no lead
    fx = make_fixture(drafts, _vectors(drafts, 0.45))
    assert lead_points(fx.articles, fx.annotations, fx.vectors) == ()
    fx = make_fixture(drafts, _vectors(drafts, 0.55, first=False))
    assert lead_points(fx.articles, fx.annotations, fx.vectors) == ()


def test_of_two_loose_leads_the_one_the_other_headlines_echo_comes_first():
    drafts = _drafts(title_c="House approved stopgap bill to keep the government open")
    fx = make_fixture(drafts, _vectors(drafts, 0.55))
    assert lead_points(fx.articles, fx.annotations, fx.vectors)[0].summary == LEAD_B
    drafts = _drafts(title_c="Brief shutdown ended after Congress passed a spending deal")
    fx = make_fixture(drafts, _vectors(drafts, 0.55))
    assert lead_points(fx.articles, fx.annotations, fx.vectors)[0].summary == LEAD_A
