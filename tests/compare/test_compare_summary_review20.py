"""Summaries (session 31, review 20): a sentence that names someone only as "the woman" or by a pronoun with nobody
before it, or opens "In other videos ...", points back and is not said; a lead is held only where the summary says
one of its sentences in that sentence's own words (review 20's Ebola summary never said who caught the virus)."""

from __future__ import annotations

from manysides.compare.summary import _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2014-10-12", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_a_person_named_only_as_the_woman_or_by_a_bare_pronoun_points_back():
    assert _points_back("The CDC confirmed Sunday afternoon that the woman had tested positive for Ebola.")
    assert _points_back("A state test finding that she had Ebola was confirmed Sunday by the CDC.")
    assert _points_back("In other videos from the concert, many concertgoers aren't even aware a shooting is taking "
                        "place.")
    # someone named or described before the pronoun, or a clause after "the man" saying who he is
    assert not _points_back("Flynn said in his letter of resignation that he had apologized.")
    assert not _points_back("The president said he would veto the bill on Friday.")
    assert not _points_back("Police arrested the man who fired the shots from the hotel.")
    assert not _points_back("The governor said \"she was a hero\" at the hospital on Sunday.")


A = ("A health care worker who cared for the Ebola patient tested positive for the virus on Sunday. The CDC "
     "confirmed Sunday that the woman had tested positive for Ebola. Officials began screening travelers at "
     "Kennedy Airport on Saturday.")
B = ("A Dallas nurse who treated the Liberian patient has contracted Ebola, officials said Sunday. A state test "
     "finding that she had Ebola was confirmed by the CDC. Screening of travelers began at New York's Kennedy "
     "Airport on Saturday.")


def test_a_point_said_only_in_words_that_point_back_is_left_out():
    """Review 20: "The CDC confirmed ... that the woman had tested positive" opened the summary, which never said
    who she was."""
    woman = _point(("a", A, "The CDC confirmed Sunday that the woman had tested positive for Ebola."),
                   ("b", B, "A state test finding that she had Ebola was confirmed by the CDC."))
    airport = _point(("a", A, "Officials began screening travelers at Kennedy Airport on Saturday."),
                     ("b", B, "Screening of travelers began at New York's Kennedy Airport on Saturday."))
    got = neutral_summary([woman, airport], _articles({"a": A, "b": B}))
    assert "the woman" not in got and "that she" not in got
    assert "Kennedy Airport" in got


def test_a_lead_is_held_only_in_its_own_words():
    """A point pairing one outlet's lead with another outlet's later sentence, said in the later sentence's words,
    does not say the lead: the summary opens with the lead."""
    lead = _point(("a", A, "A health care worker who cared for the Ebola patient tested positive for the virus on "
                           "Sunday."),
                  ("b", B, "A Dallas nurse who treated the Liberian patient has contracted Ebola, officials said "
                           "Sunday."))
    loose = _point(("b", B, "Screening of travelers began at New York's Kennedy Airport on Saturday."),
                   ("a", A, "A health care worker who cared for the Ebola patient tested positive for the virus on "
                            "Sunday."))
    got = neutral_summary([loose], _articles({"a": A, "b": B}), leads=[lead])
    assert got.startswith("A health care worker who cared for the Ebola patient tested positive")
    # said in the lead's own words, the point holds it: no lead is added
    held = SharedPoint(lead.evidence[0].text, ("a", "b"), (lead.evidence[0], loose.evidence[0]))
    assert neutral_summary([held], _articles({"a": A, "b": B}), leads=[lead]) == \
        neutral_summary([held], _articles({"a": A, "b": B}))
