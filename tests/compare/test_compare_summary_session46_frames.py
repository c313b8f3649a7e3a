"""Summaries (session 46, helper A, reviews 34 and 35): a sentence opening "That's how ..." points back to what the
sentence before said; a lead that frames the event as a kind of story ("... is not just the usual story of ...")
gives way to a wording that tells it, and is not said alone. Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import _judged, _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint

HOW = "That's how Norland's harbour minister described the pier where a ferry sank on Tuesday."
SANK = "A ferry sank at a pier in Norland's main harbour on Tuesday, killing 12 people."
DIVERS = "Divers recovered the ferry's data recorder on Wednesday, the harbour police said."
FRAMED = ("The sinking of the Norland ferry is not just the usual story of an old boat and a stormy night but of a "
          "port authority that ignored its inspectors.")
TEXTS = {"a": f"\"A picture of ruin,\" the minister said. {HOW} {FRAMED} {DIVERS}",
         "b": f"{SANK} {DIVERS} The ferry's owner said it had passed its last inspection."}


def _ev(article: str, sentence: str) -> Evidence:
    start = TEXTS[article].index(sentence)
    return Evidence(article, start, start + len(sentence), sentence)


def _articles():
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-03-24", "en", t) for i, t in TEXTS.items()]


def _divers():
    return SharedPoint(DIVERS, ("a", "b"), (_ev("a", DIVERS), _ev("b", DIVERS)))


def test_thats_how_points_back():
    """Review 35: the Germanwings summary opened with CNN's "That's how German Foreign Minister Frank-Walter Steinmeier
    described the site where ... crashed ...": the words it points to were in the sentence before."""
    assert _points_back(HOW)
    assert _points_back("This is why the vote matters to the port.")
    assert _points_back("That was exactly what the inspectors had warned of.")
    point = SharedPoint(HOW, ("a", "b"), (_ev("a", HOW), _ev("b", SANK)))
    got = neutral_summary([point, _divers()], _articles()) or ""
    assert "That's how" not in got and SANK in got
    # controls: a demonstrative before a noun of time, a plain sentence, "this" as no opening
    assert not _points_back("This week the harbour of Norland reopened to ferries and cargo ships.")
    assert not _points_back(SANK)
    assert not _points_back("Officials said how the ferry sank is not yet known.")


def test_a_framing_lead_gives_way_to_a_plain_one():
    """Review 34: Nielsen's summary opened with CNN's "The forced resignation of ... Kirstjen Nielsen is not just the
    usual story of an administration racked by chaos ...", beside Reuters' report of the resignation."""
    assert _judged(FRAMED)
    assert _judged("The ruling is a reminder that the courts still check the port authority.")
    point = SharedPoint(FRAMED, ("a", "b"), (_ev("a", FRAMED), _ev("b", SANK)))
    got = neutral_summary([point, _divers()], _articles()) or ""
    assert "usual story" not in got and SANK in got
    # in framing words only, the point is not said
    alone = SharedPoint(FRAMED, ("a", "b"), (_ev("a", FRAMED),))
    assert "usual story" not in (neutral_summary([alone, _divers()], _articles()) or "")
    # controls: a predicate that is no story word, a plain report
    assert not _judged("The ferry was the third to sink in the harbour this year.")
    assert not _judged("The storm was a Category 4 hurricane when it came ashore.")
    assert not _judged(SANK)



def test_a_framing_lead_after_an_opening_phrase_gives_way():
    """A frame after an opening phrase ("For Trump, the vote is a sign that ...") is the writer's reading all the same:
    it gives way to a wording that tells the event, and is not said alone."""
    after = ("For the harbour's pilots, the sinking of the Norland ferry is a sign that the port authority ignored its "
             "inspectors.")
    assert _judged(after)
    assert _judged("In Brussels, the ruling was a reminder of how far the court will go.")
    text = {"a": f"{after} {DIVERS}", "b": TEXTS["b"]}
    articles = [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-03-24", "en", t)
                for i, t in text.items()]
    start = text["a"].index(after)
    framed = Evidence("a", start, start + len(after), after)
    divers_a = Evidence("a", text["a"].index(DIVERS), text["a"].index(DIVERS) + len(DIVERS), DIVERS)
    divers = SharedPoint(DIVERS, ("a", "b"), (divers_a, _ev("b", DIVERS)))
    got = neutral_summary([SharedPoint(after, ("a", "b"), (framed, _ev("b", SANK))), divers], articles) or ""
    assert "is a sign that" not in got and SANK in got
    alone = SharedPoint(after, ("a", "b"), (framed,))
    assert "is a sign that" not in (neutral_summary([alone, divers], articles) or "")
    # controls: an opening phrase before a plain report, or before a predicate that is no story word; a phrase
    # longer than an opening phrase; a quotation in it
    assert not _judged("On Tuesday, the ferry sank at a pier in Norland's main harbour, killing 12 people.")
    assert not _judged("For the pilots, the ferry was the third to sink in the harbour this year.")
    assert not _judged("According to the harbour police and the coast guard of Norland's northern district office, "
                       "the sinking is a sign that the port ignored its inspectors.")
    assert not _judged("\"We warned them,\" the sinking is a sign of neglect, a pilot said.")
