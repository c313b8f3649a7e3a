"""Session 46's reports (review 34): what a person "found out" or "has shown", a consequence "opening the way", the
speaker's own press conference, a second speaker's report hung on the first's verb, a "That ..." clause for
subject. Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _reports(speech, text):
    direct, reported = speech(text)
    return {q.speaker: q.text for q in reported}


def test_what_a_person_found_out_or_has_shown_is_no_report(speech):
    """Review 34: CNN's analysis "He recently found out that his preferred, dramatic solution ... would cause a swift
    and massive economic backlash ..." and "Trump has shown that he will always, eventually side with ..." read as
    Trump's words."""
    got = _reports(speech, "Governor Tom Hale spoke on Monday. He recently found out that his favourite plan of "
                           "closing the port would cause a sharp loss of jobs. Hale has shown that he will always "
                           "side with the voters who elected him.")
    assert got == {}


def test_control_what_a_person_said_and_an_audit_found(speech):
    got = _reports(speech, "Governor Tom Hale said that his favourite plan would cause a sharp loss of jobs. An audit "
                           "found that the port lost money for three years.")
    assert got == {"Tom Hale": "his favourite plan would cause a sharp loss of jobs",
                   "An audit": "the port lost money for three years"}


def test_opening_the_way_is_the_narrators(speech):
    """Review 34: Reuters' "Trump announced he was withdrawing U.S. troops from northeastern Syria, opening the way
    for Turkey to launch an offensive ..." gave the consequence as Trump's words."""
    got = _reports(speech, "Governor Tom Hale announced he was closing the northern port, opening the way for the "
                           "rival city to take its trade.")
    assert got == {"Tom Hale": "he was closing the northern port"}


def test_control_opening_stores_stays_the_report(speech):
    got = _reports(speech, "The company said it would expand in the region, opening three new stores next year.")
    assert got == {"The company": "it would expand in the region, opening three new stores next year"}


def test_the_speakers_own_press_conference_is_where_it_was_said(speech):
    """Review 34: the BBC's "Donald Trump confirmed this is precisely what caused the breakdown of talks at his press
    conference on the second day of the Hanoi summit" ran the report on into where he said it."""
    got = _reports(speech, "Governor Tom Hale confirmed this is exactly what caused the collapse of the talks at his "
                           "press conference on the last day of the summit.")
    assert got == {"Tom Hale": "this is exactly what caused the collapse of the talks"}


def test_control_a_press_conference_of_no_one_stays(speech):
    got = _reports(speech, "Governor Tom Hale said the talks collapsed at a press conference on the last day of the "
                           "summit.")
    assert got == {"Tom Hale": "the talks collapsed at a press conference on the last day of the summit"}


def test_a_second_speakers_report_is_not_the_firsts(speech):
    """Review 34: CNN's "In 2013, ISI declared its absorption of an al Qaeda-backed militant group in Syria and
    Baghdadi said that his group would now be known as ..." gave ISI the words "... and Baghdadi said that ..."."""
    got = _reports(speech, "Hale became the leader of the Sahel Front of Chad (SFC) in 2010. In 2013, SFC declared "
                           "its absorption of an al Qaeda-backed militant group in Niger and Hale said that his group "
                           "would now be known as Sahel Front in Chad and Niger (SFCN).")
    assert not any("Hale said" in v for v in got.values())


def test_a_that_clause_for_subject_says_nothing(speech):
    """Review 34: the BBC's expert "That the North Koreans went into this agreement demanding "all sanctions" be
    lifted, as Trump said, suggests there is an increasing desperation ..." gave the inference to "North Koreans"."""
    got = _reports(speech, "That the Venezuelans went into the talks demanding land, as the envoy said, suggests "
                           "there is a growing despair in Caracas for a deal.")
    assert "Venezuelans" not in got


def test_control_a_showed_joined_to_a_speakers_said(speech):
    got = _reports(speech, "Jo Reed, an economist at a bank, said the city's answer could have been harsher and "
                           "showed that the mayor was keen to keep the talks going.")
    assert got["Jo Reed"] in ("the city's answer could have been harsher",
                              "the mayor was keen to keep the talks going")
