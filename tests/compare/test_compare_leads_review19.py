"""Lead points (session 30): where no first sentences are alike, the first sentence that restates the other
outlets' headlines is the lead (review 19's Super Tuesday summary opened with a side point, never saying who won)."""

from __future__ import annotations

from compare_fixtures import Draft, hand_vectors, make_fixture

from manysides.compare.shared import lead_points

LEAD_C = "Donald Trump dominated Super Tuesday, notching seven victories in states from Georgia to Massachusetts."


def _drafts(title_a: str, title_b: str) -> list[Draft]:
    a = Draft("a", "A", [("The primaries gave the frontrunners a commanding lead in the race on Tuesday night.", "a0"),
                         ("Voter turnout shattered records in five states.", "a1")], title=title_a)
    b = Draft("b", "B", [("The Republican Party stands on the edge of a precipice, unsure of its identity.", "b0"),
                         ("Its leaders see two paths ahead of them this spring.", "b1")], title=title_b)
    c = Draft("c", "C", [(LEAD_C, "c0"), ("On the morning after, the party is at a crossroads.", "c1")],
              title="GOP reaches a crossroads")
    return [a, b, c]


def test_a_first_sentence_restating_most_other_headlines_is_the_lead_where_no_leads_are_alike():
    drafts = _drafts("Trump, Clinton pound the competition in Super Tuesday wins",
                     "Super Tuesday: Trump victory highlights the party's identity crisis")
    fx = make_fixture(drafts, hand_vectors(drafts))
    points = lead_points(fx.articles, fx.annotations, fx.vectors)
    assert [p.summary for p in points] == [LEAD_C]
    assert points[0].articles == ("c", "a", "b")


def test_a_first_sentence_that_restates_half_the_other_headlines_or_fewer_is_no_lead():
    drafts = _drafts("Trump, Clinton pound the competition in Super Tuesday wins", "A party unsure of its identity")
    fx = make_fixture(drafts, hand_vectors(drafts))
    assert lead_points(fx.articles, fx.annotations, fx.vectors) == ()
