"""Session 39 (helper F): one-word and two-word subheadings, a headline's quotation in single marks and a live entry's
headline under the signature of the entry before it are headings. Invented articles throughout."""

from __future__ import annotations

import pytest

from manysides.nlp.headings import heading_spans

LEAD = "The city council approved the new budget on Monday after a long debate over the reaction of residents."
PROSE = "Members said the plan would fund two new fire stations and repair the bridge for the next decade."


def _headings(*lines: str) -> list[str]:
    text = "\n\n".join(lines)
    return [text[a:b] for a, b in heading_spans(text)]


@pytest.mark.parametrize("line", ["Reaction", "BACKGROUND", "The Bridge", "Fire Stations"])
def test_one_and_two_word_headings_of_common_words_are_headings(line):
    """A word the article writes in lower case elsewhere ("reaction", "the bridge", "fire stations") is a common
    word, no name: alone or in a pair of capitalised words on a line between prose, a heading."""
    assert _headings(LEAD, line, PROSE) == [line]


@pytest.mark.parametrize("line", ["Whitfield", "Dana Whitfield", "He refused.", "Not so.", "X"])
def test_names_and_short_sentences_stay_prose(line):
    """The control: a name alone (over its bearer's words) and a short sentence with its stop are no headings."""
    assert _headings(LEAD, line, PROSE) == []


@pytest.mark.parametrize("line", ["Mayor warns 'this is the last chance'", "Roar of engines followed by 'a bang'"])
def test_a_headlines_quotation_in_single_marks(line):
    """Headlines quote in single marks; a line with such a quotation at its end, closed on a letter, is a heading."""
    assert _headings(LEAD, line, PROSE) == [line]


@pytest.mark.parametrize("line", ["'Not on my watch'", "'We will rebuild,' the mayor said.", "“We will rebuild”",
                                  "Mayor says “we will rebuild”", "Mayor warns 'this is the last chance.'"])
def test_quotations_alone_or_in_double_marks_stay_out(line):
    """The control: a one-line paragraph of a quotation, a quoted sentence with its stop, double marks."""
    assert _headings(LEAD, line, PROSE) == []


def test_a_live_entrys_headline_under_the_signature_of_the_entry_before():
    """A live page signs each entry ("- Jane Doe"); the next entry's headline stands between the signature and its
    prose."""
    assert _headings(LEAD, "- Jane Doe", "Council signs deal for new bridge", PROSE) == [
        "Council signs deal for new bridge"]
    assert _headings(LEAD, "— Jane Doe, Daily Planet", "Council signs deal for new bridge", PROSE) == [
        "Council signs deal for new bridge"]
    assert _headings(LEAD, "- Jane Doe", PROSE, PROSE) == []  # the control: prose under a signature stays prose
    assert _headings(LEAD, "Council signs deal for new bridge", PROSE) == [
        "Council signs deal for new bridge"]  # as before
