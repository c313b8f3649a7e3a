"""Summaries (session 45, helper A, review 34): "Later in the day, ..." keeps its time phrase (cut, it read "In the
day, ..."); a sentence opening "Immediately after that call, ..." or "In another tweet, ..." points back to one the
summary may not give. Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import _points_back, _without_connective, neutral_summary
from compare_fixtures import point_in
from manysides.records import Article, SharedPoint

LEAD = "Norland's navy seized a fishing trawler off its coast on Tuesday, saying it had ignored six warnings."
LATER = "Later in the day, the trawler's owner called the seizure an act of piracy."
CALL = "Immediately after that call, the minister phoned the ambassador and asked for calm."
PLAIN = "The minister phoned the ambassador on Wednesday and asked for calm."
TEXTS = {"a": f"{LEAD} The minister first spoke to the owner. {CALL} {LATER} {PLAIN}",
         "b": f"{LEAD} {CALL} {LATER} {PLAIN}"}


def _point(sentence):
    return point_in(sentence, TEXTS)


def _summary(*sentences):
    articles = [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-11-24", "en", t)
                for i, t in TEXTS.items()]
    return neutral_summary([_point(s) for s in sentences], articles)


def test_a_time_phrase_opened_by_later_is_kept():
    """Review 34: NPR's "Later in the day, Russian President Vladimir Putin called ..." was summarised "In the day,
    Russian President ..."."""
    got = _summary(LEAD, LATER)
    assert LATER in got and "In the day" not in got
    assert _without_connective("Earlier this year, the plan failed.") == "Earlier this year, the plan failed."
    assert _without_connective("Later on Monday, the court ruled.") == "Later on Monday, the court ruled."
    # controls: "later" and "earlier" alone are still cut
    assert _without_connective("Later, he said more.") == "He said more."
    assert _without_connective("Earlier the council voted.") == "The council voted."


def test_after_that_call_points_back():
    """Review 34: Flynn's summary went on "Immediately after that call, Flynn called Kislyak ..."; Nielsen's "In
    another tweet, Trump said ...", with no call and no tweet before them."""
    assert _points_back(CALL)
    assert _points_back("In another tweet, the president named a new chief.")
    assert CALL not in _summary(LEAD, CALL)
    # controls: an adverb before a plain time or a named thing, "another" later in the sentence
    assert not _points_back("Immediately after the vote, the minister phoned the ambassador.")
    assert not _points_back(PLAIN)
    assert not _points_back("Norland's navy seized another trawler off its coast on Wednesday.")


LEDE = "Winters here are over and will only get shorter."
TOLD = "Those are the main findings of a new state climate report released Monday."
PLAIN_LEDE = "The state climate report released Monday says winters will only get shorter."
SOURCE_TEXTS = {"a": f"{LEDE} Ski towns are already feeling it.\n\n{TOLD} {PLAIN_LEDE}",
                "b": f"{PLAIN_LEDE} {LEDE} Ski towns are already feeling it."}


def test_a_lede_whose_source_comes_after_is_not_said_alone():
    """Review 32: the climate summary opened with CNN's lede "Climate change is here and will only worsen.", whose
    source ("Those are the take-home messages of a new White House report ...") comes three sentences later."""
    from manysides.compare.summary import _source_told_after
    a = SOURCE_TEXTS["a"]
    assert _source_told_after(a, a.index(LEDE) + len(LEDE))
    # controls: a lede whose next sentences name no source, a demonstrative sentence that is no attribution
    b = SOURCE_TEXTS["b"]
    assert not _source_told_after(b, b.index(LEDE) + len(LEDE))
    assert not _source_told_after("Sales fell 4 percent. That is the most in a decade of records in the report.", 21)
    ev = point_in(LEDE, SOURCE_TEXTS).evidence
    articles = [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2014-05-06", "en", t)
                for i, t in SOURCE_TEXTS.items()]
    told_later = neutral_summary([SharedPoint(LEDE, ("a", "b"), ev[:1])], articles)
    assert LEDE not in (told_later or "")
    # control: the same words where no sentence after them names a source are said
    assert LEDE in (neutral_summary([SharedPoint(LEDE, ("a", "b"), ev[1:])], articles) or "")
