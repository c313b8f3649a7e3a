"""Session 38 (helper E): subheadings in sentence case or capitals are headings, kept in the text but marked, so the
sentence-level stages read no heading as a statement. Invented articles throughout."""

from __future__ import annotations

import numpy as np
import pytest

from manysides.nlp.headings import heading_spans
from manysides.records import Annotation, Article, Sentence

LEAD = "The city council approved the new budget on Monday after a long debate."
PROSE = "Members said the plan would fund two new fire stations and repair the bridge."


def _headings(*lines: str) -> list[str]:
    text = "\n\n".join(lines)
    return [text[a:b] for a, b in heading_spans(text)]


@pytest.mark.parametrize("line", ["Funding the fire service", "BRIDGE REPAIRS DELAYED", "Vote on Thursday",
                                  "Mayor's reaction", "Smoke Seen At 6:40 p.m. ET"])
def test_a_short_line_between_two_lines_of_prose_is_a_heading(line):
    assert _headings(LEAD, line, PROSE) == [line]


@pytest.mark.parametrize("line", [
    "The vote passed easily.",                     # a one-line paragraph of prose
    "“We will rebuild,” the mayor said.",          # a short quoted sentence
    "“We will rebuild”",                           # a quotation without its stop
    "'Not on my watch'",                           # a quotation in single marks
    "The council then turned to the schools:",     # a lead-in
    "• New fire trucks",                           # a bulleted list item
])
def test_prose_quotes_lead_ins_and_bullets_are_no_headings(line):
    assert _headings(LEAD, line, PROSE) == []


def test_two_capitalised_words_alone_may_be_a_name_over_its_bearers_words():
    """A round-up of comments puts each commenter's name over the comment: no heading, as the title-case rule asks
    three words; two words in capitals are a heading's shout ("BRIDGE REPAIRS"), a name in sentence case none."""
    assert _headings(LEAD, "Dana Whitfield", PROSE) == []
    assert _headings(LEAD, "Bridge repairs", PROSE) == ["Bridge repairs"]


def test_a_dateline_over_the_first_paragraph_is_no_heading():
    """The first line of the body has no prose above it: a dateline or a standfirst, not a subheading."""
    assert _headings("SPRINGFIELD, Ill.", LEAD, PROSE) == []
    assert _headings("RIVERTON", LEAD, PROSE) == []
    assert _headings("Budget passes after long debate", LEAD, PROSE) == []


def test_list_items_stand_among_lines_like_themselves():
    """An unbulleted list's items have no prose on both sides, whatever their case."""
    assert _headings(LEAD, "The plan pays for:", "Two fire stations", "A new bridge deck", "Street lights",
                     PROSE) == []


def test_a_line_broken_inside_a_sentence_is_no_heading():
    """The next line opens in lower case: the line is a sentence's first part, cut by the page."""
    assert _headings(LEAD, "Members of the council said that", "the plan would fund two new stations.") == []


def test_a_long_line_without_a_stop_is_no_heading():
    line = "Members said the plan would fund two new fire stations and repair the old bridge soon"
    assert _headings(LEAD, line, PROSE) == []


@pytest.mark.models
def test_the_annotation_marks_the_heading_and_no_sentence_runs_across_it():
    from manysides.nlp.annotate import annotate

    text = "\n\n".join([LEAD, "Bridge repairs", PROSE, "Next steps ahead", "The council meets again in June."])
    art = Article(id="x", source="x.txt", outlet="O", url=None, title="T", byline=None, published=None,
                  language="en", text=text)
    sents = annotate(art, slant=False).sentences
    heads = [text[s.start:s.end] for s in sents if s.heading]
    assert heads == ["Bridge repairs", "Next steps ahead"]
    plain = [text[s.start:s.end].strip() for s in sents if not s.heading]
    assert plain == [LEAD, PROSE, "The council meets again in June."]  # the control: prose unmarked and whole


@pytest.mark.models
def test_a_live_entrys_stamp_is_cut_from_the_sentence_after_it():
    from manysides.nlp.annotate import annotate

    text = LEAD + "\n\nUpdate at 9:48 a.m. ET. Police said the road would reopen by noon.\n\n" + PROSE
    art = Article(id="x", source="x.txt", outlet="O", url=None, title="T", byline=None, published=None,
                  language="en", text=text)
    sents = [(text[s.start:s.end].strip(), s.heading) for s in annotate(art, slant=False).sentences]
    assert ("Update at 9:48 a.m. ET.", True) in sents
    assert ("Police said the road would reopen by noon.", False) in sents


def test_the_comparison_reads_no_heading_as_a_sentence():
    from manysides.compare._text import sentence_views

    text = f"{LEAD}\n\nBridge repairs\n\n{PROSE}"
    a, b = text.index("Bridge"), text.index("Members")
    art = Article(id="x", source="x.txt", outlet="O", url=None, title="T", byline=None, published=None,
                  language="en", text=text)
    vecs = {"x": np.ones((3, 4), dtype=np.float32)}

    def views(heading: bool) -> list[str]:
        sents = (Sentence(0, len(LEAD)), Sentence(a, a + len("Bridge repairs"), heading=heading),
                 Sentence(b, len(text)))
        ann = Annotation(article_id="x", sentences=sents, entities=(), quotes=(), claims=())
        return [v.text for v in sentence_views([art], {"x": ann}, vecs)[0]]

    assert views(True) == [LEAD, PROSE]
    assert views(False) == [LEAD, "Bridge repairs", PROSE]  # the control: the same line unmarked is a sentence


def test_a_heading_is_never_slant_evidence_sentence():
    from manysides.nlp.slant import SlantModel

    model = SlantModel.load()
    text = ("Radical activists staged a reckless and outrageous stunt that disgusted decent citizens\n\n"
            "The council approved the budget on Monday. Members said the plan would fund two stations.")
    bounds = [(0, text.index("\n\n")), (text.index("The council"), text.index("Members") - 1),
              (text.index("Members"), len(text))]

    def shown(headings: set[tuple[int, int]]) -> set[tuple[int, int]]:
        sents = tuple(Sentence(a, b, heading=(a, b) in headings) for a, b in bounds)
        _, hp = model.score(text, sentences=sents)
        return {(e.start, e.end) for e in hp.evidence if e.kind == "sentence"}

    before = shown(set())  # the control: unmarked, the lines that push hardest are shown
    assert before
    assert not shown(before) & before
