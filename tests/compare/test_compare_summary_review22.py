"""Summaries (session 33, review 22): estimates that each fall in the other's range take no outlet's side; a sentence
opening with "Rather," loses it."""

from __future__ import annotations

import dataclasses

from manysides.compare.summary import _takes_side, neutral_summary
from manysides.records import Article, DisputedClaim, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2016-05-02", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def _claim(article: str, text: str, sentence: str, figure: str, value: float, low, high) -> DisputedClaim:
    start = text.index(sentence) + sentence.index(figure)
    return DisputedClaim(article, figure, value, "count", low, high, start, start + len(figure))


A = ("Voters in the county approved a measure Tuesday that will give library cards to an estimated 2.1 million "
     "residents. The measure needed 55 percent of the vote. Turnout was the highest in a decade, clerks said.")
B = ("County voters on Tuesday approved a measure giving library cards to some 2.2 million residents, ending a long "
     "campaign. Turnout was the highest in a decade, the county clerk's office said.")


def test_estimates_in_each_others_range_take_no_side():
    a = DisputedClaim("a", "an estimated 2.1 million", 2.1e6, "count", 1.89e6, 2.31e6)
    b = DisputedClaim("b", "some 2.2 million", 2.2e6, "count", 1.98e6, 2.42e6)
    exact = DisputedClaim("c", "2,200,000", 2.2e6, "count", 2.2e6, 2.2e6)
    far = DisputedClaim("d", "about 3 million", 3e6, "count", 2.7e6, 3.3e6)
    assert not _takes_side(a, [a, b]) and not _takes_side(b, [a, b])
    assert _takes_side(a, [a, exact])  # a figure given exactly is no estimate
    assert _takes_side(a, [a, far])  # out of each other's range


def test_a_point_whose_outlets_round_one_estimate_differently_is_said():
    """Review 22: Florida's vote restored voting rights to "an estimated 1.4 million" (Reason) or "some 1.5 million"
    (Reuters) people; the summary left the vote out, and so the event."""
    first_a, first_b = A.split(". ")[0] + ".", B.split(". ")[0] + "."
    vote = _point(("a", A, first_a), ("b", B, first_b))
    vote = dataclasses.replace(vote, differing=(
        _claim("a", A, first_a, "an estimated 2.1 million", 2.1e6, 1.89e6, 2.31e6),
        _claim("b", B, first_b, "some 2.2 million", 2.2e6, 1.98e6, 2.42e6)))
    turnout = _point(("a", A, "Turnout was the highest in a decade, clerks said."),
                     ("b", B, "Turnout was the highest in a decade, the county clerk's office said."))
    got = neutral_summary([vote, turnout], _articles({"a": A, "b": B}))
    assert "approved a measure" in got


C = ("The agency's report does not say the plan will cut jobs. Rather, the agency estimates the plan will shrink the "
     "number of hours people choose to work. Officials welcomed the report.")
D = ("The agency estimates the plan will shrink the hours people choose to work, its report said. Officials said "
     "they welcomed the report on Tuesday.")


def test_a_sentence_opening_with_rather_loses_it():
    """Review 22: the CBO summary closed with "Rather, the CBO estimates the law will shrink the labor supply ...",
    which reads as an answer to a sentence the summary never gave."""
    shrink = _point(("c", C, "Rather, the agency estimates the plan will shrink the number of hours people choose to "
                             "work."),
                    ("d", D, "The agency estimates the plan will shrink the hours people choose to work, its report "
                             "said."))
    welcomed = _point(("c", C, "Officials welcomed the report."),
                      ("d", D, "Officials said they welcomed the report on Tuesday."))
    got = neutral_summary([shrink, welcomed], _articles({"c": C, "d": D}))
    assert "Rather" not in got
