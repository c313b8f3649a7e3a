"""Summaries (session 47, helper A, review 36): a lead that appraises the event in other words than a story's ("... are
nothing new to ...", "... speaks volumes about ...") gives way to a wording that tells it; a sentence that says again
what the sentences before it say between them, with their counts, is left out. Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import _frames, _judged, _restates, neutral_summary
from manysides.records import Article, Evidence, SharedPoint

NOTHING_NEW = "Allegations of bribery at the Rowing League are nothing new to those who follow the sport."
ARRESTED = "Police arrested six Rowing League officials in Lisbon on Wednesday on bribery charges."
BAIL = "A judge in Lisbon set bail for four of the officials on Thursday, their lawyers said."
TEXTS = {"a": f"{NOTHING_NEW} {BAIL}", "b": f"{ARRESTED} {BAIL} The league said it would cooperate."}


def _ev(texts, article: str, sentence: str) -> Evidence:
    start = texts[article].index(sentence)
    return Evidence(article, start, start + len(sentence), sentence)


def _articles(texts):
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-05-27", "en", t) for i, t in texts.items()]


def test_a_lead_saying_the_event_is_nothing_new_gives_way_to_a_report():
    """Review 36: the FIFA summary opened with CNN's "Allegations of corruption at FIFA are nothing new to those who
    follow international soccer." beside NPR's report of the arrests."""
    point = SharedPoint(NOTHING_NEW, ("a", "b"), (_ev(TEXTS, "a", NOTHING_NEW), _ev(TEXTS, "b", ARRESTED)))
    bail = SharedPoint(BAIL, ("a", "b"), (_ev(TEXTS, "a", BAIL), _ev(TEXTS, "b", BAIL)))
    got = neutral_summary([point, bail], _articles(TEXTS)) or ""
    assert "nothing new" not in got and ARRESTED in got
    # in those words only, the point is not said
    alone = SharedPoint(NOTHING_NEW, ("a", "b"), (_ev(TEXTS, "a", NOTHING_NEW),))
    assert "nothing new" not in (neutral_summary([alone, bail], _articles(TEXTS)) or "")


def test_appraisals_in_other_words_are_frames():
    assert _frames("The dueling visits spoke volumes about the state's place in the race.")
    assert _frames("It should come as no surprise that the league's officials were arrested.")
    assert _frames("For the league, the arrests are hardly surprising.")
    assert _judged("Such complaints about the referees are not new.")
    # controls: a relative clause's comment on a figure, "new" as a plain adjective, a plain report
    assert not _frames("The court was united 44 percent of the time, which is not unusual.")
    assert not _frames("The league's new rules are due to take effect in June.")
    assert not _frames(ARRESTED)


RATE = "The jobless rate fell to 6.1 percent in March, the statistics office said."
JOBS = "Employers added 210,000 jobs, more than economists had expected."
BOTH = ("Employers added 210,000 jobs in March, and the jobless rate fell to 6.1% from 6.4% in February, the office "
        "said.")
HOURS = "Average weekly hours rose to 34.6 in March as factories added shifts."


def test_a_sentence_restating_two_counts_said_before_is_left_out():
    """Review 36: "The unemployment rate dropped to 7.7 percent ... The economy added 146,000 jobs ..." went on "The
    U.S. economy added 146,000 jobs in November, and the unemployment rate fell to 7.7% from 7.9% in October ..."."""
    assert _restates(BOTH, [RATE, JOBS])
    assert _restates("Employers added 210,000 jobs in March.", [RATE, JOBS])  # its one count said already
    # controls: one count said beside a new one; another fact with the same count; nothing said before; no count
    assert not _restates(BOTH, [RATE])
    assert not _restates("Factories added 210,000 shifts at plants across the north after the strike ended.",
                         [JOBS])
    assert not _restates(BOTH, [])
    assert not _restates("Employers added jobs in March.", [RATE, JOBS])


def test_the_summary_does_not_say_the_counts_twice():
    texts = {"a": f"{RATE} {JOBS} {HOURS}", "b": f"{BOTH} {HOURS} Economists expect more hiring in April."}
    points = [SharedPoint(RATE, ("a", "b"), (_ev(texts, "a", RATE),)),
              SharedPoint(JOBS, ("a", "b"), (_ev(texts, "a", JOBS),)),
              SharedPoint(BOTH, ("a", "b"), (_ev(texts, "b", BOTH),)),
              SharedPoint(HOURS, ("a", "b"), (_ev(texts, "a", HOURS), _ev(texts, "b", HOURS)))]
    got = neutral_summary(points, _articles(texts)) or ""
    # read in the summary's order: the sentence that comes second says the jobs again, and is left out
    assert got.count("210,000") == 1 and RATE in got and HOURS in got
