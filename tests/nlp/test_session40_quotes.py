"""Quoted words and speakers session 40 took up from reviews 13, 25 and 27 (docs/quotes.md, "Session 40's quotes"):
invented sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from manysides.nlp.quotes import find_quote_spans
from quote_helpers import speakers_of as _speakers


def _spans(text):
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_two_straight_single_marks_close_a_double_quotation():
    # wire copy closing a quotation with '': the quote ends there, the narration after it is no one's words
    text = "\"We have lost a fine teacher and a good friend,'' Ortega said in a statement.\n\nThe school closed."
    assert _spans(text) == ["We have lost a fine teacher and a good friend"]
    # controls: '' alone opens nothing, and marks quoted in '' both ways (archive style) stay as they were
    assert _spans("The band's hit was 'Rain'' on the radio. It sold well.") == []
    archive = "He said, ''We will win.'' Then he left."
    assert _spans(archive) == _spans(archive.replace("win.''", "win.'' "))



@pytest.mark.models
def test_closed_by_two_single_marks_the_tag_after_names_the_speaker(said):
    text = ("On Monday, Mayor Ana Ortega cut short her trip. \"We have lost a fine teacher and a good friend,'' "
            "Ortega said in a statement.")
    assert ("Ana Ortega", "We have lost a fine teacher and a good friend") in _speakers(said(text))
    assert not any("said in a statement" in words for _, words in _speakers(said(text)))


@pytest.mark.models
def test_a_report_ends_before_a_second_speech_participle_of_its_speakers(said):
    # "..., warning that ... | and suggesting that ...": two statements of the senators, the first not running on
    text = ("Senators pressed the governor to drop the plan, warning that new fees would eventually drive "
            "families away and suggesting that the state's budget was hiding a deficit.")
    assert ("Senators", "new fees would eventually drive families away") in _speakers(said(text))
    assert ("Senators", "the state's budget was hiding a deficit") in _speakers(said(text))
    # control: a conjunction inside the report stays ("... drive families away and close schools")
    text = "Senators warned that new fees would drive families away and close schools."
    assert ("Senators", "new fees would drive families away and close schools") in _speakers(said(text))


@pytest.mark.models
def test_a_reported_clause_never_ends_on_a_conjunction():
    # the parse may leave the "and" before the cue's second participle in the first report's clause
    from manysides.nlp.indirect import _clause_range
    from manysides.nlp.models import load_spacy

    doc = load_spacy()("Unions warned that the cuts would lead to longer waits and suggested a delay.")
    verb = next(t.i for t in doc if t.text == "suggested")
    toks = list(doc[3:verb])  # "the cuts would lead to longer waits and"
    assert toks[-1].text == "and"
    lo, hi = _clause_range(toks)
    assert doc.text[lo:hi] == "the cuts would lead to longer waits"
    # control: a clause ending on its last word keeps it
    lo, hi = _clause_range(toks[:-1])
    assert doc.text[lo:hi] == "the cuts would lead to longer waits"


@pytest.mark.models
def test_a_report_ends_before_a_dash_and_the_narrators_participle_of_its_outcome(said):
    text = ("On Friday, Senator Ruth Calder announced that she would not run for a fourth term — ending a long "
            "career that shaped the state's politics for two decades.")
    assert ("Ruth Calder", "she would not run for a fourth term") in _speakers(said(text))
    # control: words of the speaker's after a dash that tell no outcome stay hers
    text = "Senator Ruth Calder said she had one goal left — building the new bridge over the river."
    assert any("building the new bridge" in words for who, words in _speakers(said(text)) if who == "Ruth Calder")


@pytest.mark.models
def test_a_report_ends_before_a_dash_and_the_narrators_word_on_it(said):
    text = ("Officials in the capital have repeatedly alleged that the rival firm could use its routers for "
            "spying — claims the firm denies.")
    reports = [words for _, words in _speakers(said(text))]
    assert "the rival firm could use its routers for spying" in reports
    assert not any("claims the firm denies" in words for words in reports)
    # control: a clause the parse split before its verb still joins (no dash between the pieces)
    text = "The mayor said experts told him flooding from new rain could shrink the space."
    assert any("could shrink the space" in words for _, words in _speakers(said(text)))
