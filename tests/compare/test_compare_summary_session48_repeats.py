"""Summaries (session 48, helper A, reviews 36 and 38): a sentence telling the deed of one before it again is left out;
"Despite all that, ..." points back; an echo that a lead matches with a sentence said is no new sentence; a word
every outlet's headline gives calls for the sentence that says it; an article its outlet files as opinion is a column.
Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import (
    _columns,
    _filed_as_opinion,
    _points_back,
    _same_deed,
    neutral_summary,
)
from manysides.records import Article, Evidence, SharedPoint


def _ev(texts, article: str, sentence: str) -> Evidence:
    start = texts[article].index(sentence)
    return Evidence(article, start, start + len(sentence), sentence)


def _articles(texts, titles=None, urls=None):
    titles, urls = titles or {}, urls or {}
    return [Article(i, f"{i}.txt", f"Outlet {i}", urls.get(i), titles.get(i), None, "2016-03-02", "en", t)
            for i, t in texts.items()]


SIGNED = "In a short ceremony, Gov. Ada Brennan, a Democrat, signed the bills covering state and city workers."
SIGNED_AGAIN = "Gov. Ada Brennan, a Democrat, signed the legislation, which lets workers skip union dues."
LANDFALL = "A tropical cyclone made landfall in Kerala's south on Monday after flooding two ports."
LANDFALL_AGAIN = "The storm made landfall near the town of Varkala around 6pm local time, officials said."


def test_a_sentence_telling_the_same_deed_again_is_left_out():
    """Review 36: "... Gov. Rick Snyder, a Republican, signed the bills ..." went on "Gov. Rick Snyder, a Republican,
    signed the legislation, ..."; review 38: "A super typhoon made landfall in ..." went on "The storm made landfall in
    the city of Haiyan ..."."""
    assert _same_deed(SIGNED_AGAIN, [SIGNED])  # the same verb, the same subject
    assert _same_deed(LANDFALL_AGAIN, [LANDFALL])  # the same verb and object, no subject named
    # controls: another doer named; another verb; a deed said to be another; a statement; nothing before
    assert not _same_deed("Sen. Lia Moss, a Democrat, voted against the bill.",
                          ["Sen. Joe Kent, a Democrat, voted against the bill."])
    assert not _same_deed("Gov. Ada Brennan said the law would help workers.", [SIGNED])
    assert not _same_deed("Gov. Ada Brennan signed a second bill on Tuesday.", [SIGNED])
    assert not _same_deed("Gov. Ada Brennan told reporters she signed the bills gladly.", [SIGNED])
    assert not _same_deed(SIGNED_AGAIN, [])


def test_the_summary_tells_the_signing_once():
    texts = {"a": f"{SIGNED} Unions marched on the capitol in protest.",
             "b": f"{SIGNED_AGAIN} Unions marched on the capitol in protest."}
    march = "Unions marched on the capitol in protest."
    points = [SharedPoint(SIGNED, ("a", "b"), (_ev(texts, "a", SIGNED),)),
              SharedPoint(SIGNED_AGAIN, ("a", "b"), (_ev(texts, "b", SIGNED_AGAIN),)),
              SharedPoint(march, ("a", "b"), (_ev(texts, "a", march), _ev(texts, "b", march)))]
    got = neutral_summary(points, _articles(texts)) or ""
    assert got.count("signed the") == 1 and march in got


def test_despite_all_that_points_back():
    """Review 38: "Despite all that, López Obrador is unlikely to be a close friend to ..." (what "all that" was, the
    summary had not said)."""
    assert _points_back("Despite all that, Ortega is unlikely to be a close friend of the new government.")
    assert _points_back("In spite of this, the council went ahead with the vote.")
    assert _points_back("For all of that, the mayor kept her job.")
    # controls: a named antecedent; a time that names itself; no demonstrative
    assert not _points_back("Despite the rain, thousands marched to the capitol.")
    assert not _points_back("For all its faults, the plan passed the Senate.")


def test_an_echo_a_lead_matches_with_a_sentence_said_is_not_said_again():
    """Review 38: USA Today's "... easily won Mexico's presidential election Sunday ..." was followed by Reason's
    "... defeated the country's two major parties ...", an echo that the lead matches with it."""
    won = "Lena Ortiz easily won the country's presidential election on Sunday, upending its political order."
    beat = "Lena Ortiz, a former mayor of the capital, beat the country's two old parties with promises to end graft."
    pledge = "Ortiz has pledged to sell the presidential jet and live in her own small flat."
    texts = {"a": f"{won} {pledge}", "b": f"{beat} Her rivals conceded within an hour."}
    lead = SharedPoint(won, ("a", "b"), (_ev(texts, "a", won), _ev(texts, "b", beat)))
    echoed = [_ev(texts, "b", beat), _ev(texts, "a", pledge)]
    got = neutral_summary([], _articles(texts), echoed=echoed, leads=[lead]) or ""
    assert won in got and "beat the country's" not in got
    # control: without the lead, the echo completes the summary as before
    got = neutral_summary([], _articles(texts), echoed=echoed) or ""
    assert "beat the country's" in got


CALM = "After eight days of shelling, the border towns were calm on Thursday as families went home."
TOLL = "Over eight days, the health ministry counted 140 dead and 900 wounded."
TRUCE = "The truce brokered by Qatar held through the night, leaving the border towns quiet."


def test_a_word_every_headline_gives_calls_for_the_sentence_that_says_it():
    """Review 38: all three headlines of the Gaza truce say "cease-fire"; the summary told the calm, the strikes and
    the dead, never the truce."""
    texts = {"a": f"{CALM} {TOLL} {TRUCE}", "b": f"{CALM} {TOLL}", "c": f"{TOLL} {CALM} Schools stayed shut."}
    titles = {"a": "Border truce holds after Qatar deal", "b": "Truce brings calm to border towns",
              "c": "Families go home as truce holds"}
    points = [SharedPoint(CALM, ("a", "b", "c"), tuple(_ev(texts, k, CALM) for k in "abc")),
              SharedPoint(TOLL, ("a", "b", "c"), tuple(_ev(texts, k, TOLL) for k in "abc"))]
    sentences = {}
    from manysides.records import Sentence
    for k, t in texts.items():
        out, at = [], 0
        for piece in t.split(". "):
            piece = piece if piece.endswith(".") else piece + "."
            start = t.index(piece, at)
            out.append(Sentence(start, start + len(piece)))
            at = start + len(piece)
        sentences[k] = tuple(out)
    got = neutral_summary(points, _articles(texts, titles), sentences=sentences) or ""
    assert "truce" in got.lower() and TRUCE in got
    # control: two outlets' headlines only (fewer than three), or a headline without the word, change nothing
    two = {k: texts[k] for k in "ab"}
    got = neutral_summary([SharedPoint(CALM, ("a", "b"), tuple(_ev(two, k, CALM) for k in "ab")),
                           SharedPoint(TOLL, ("a", "b"), tuple(_ev(two, k, TOLL) for k in "ab"))],
                          _articles(two, titles), sentences={k: sentences[k] for k in "ab"}) or ""
    assert TRUCE not in got
    titles["c"] = "Families go home to the border towns"
    got = neutral_summary(points, _articles(texts, titles), sentences=sentences) or ""
    assert TRUCE not in got


def test_an_article_filed_as_opinion_is_a_column():
    """Review 38: the Guardian's editorial ("The Guardian view on climate change: ...", under /commentisfree/) opened
    the UN report's summary with its "Climate change is an existential threat to the human race."."""
    def art(title, url=None):
        return Article("x", "x.txt", "Outlet", url, title, None, None, "en", "Text.")
    assert _filed_as_opinion(art("The Gazette view on river pollution: a county's shame"))
    assert _filed_as_opinion(art("OPINION: The council got this one wrong"))
    assert _filed_as_opinion(art("Editorial: A budget built on hope"))
    assert _filed_as_opinion(art("River report", "https://example.com/commentisfree/2018/oct/08/river"))
    assert _filed_as_opinion(art("River report", "https://example.com/opinion/river-report"))
    # controls: a report whose headline quotes a view; a news address; no title or address
    assert not _filed_as_opinion(art("Residents share their view on the new bridge",
                                     "https://example.com/news/2018/bridge"))
    assert not _filed_as_opinion(art("Mayor's view prevails as council backs bridge"))
    assert not _filed_as_opinion(art(None))
    texts = {"a": "Rivers are a shared trust we betray at our peril. A county report found the river unsafe.",
             "b": "A county report released Monday found the river unsafe for swimming."}
    arts = _articles(texts, {"a": "The Gazette view on river pollution: a county's shame", "b": "River unsafe"})
    assert _columns(arts, []) == frozenset({"a"})
