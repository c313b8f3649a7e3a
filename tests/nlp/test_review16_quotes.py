"""Quotes reviews 13, 15 and 16 marked wrong, each by its general cause (docs/quotes.md,
"Review 16's quotes"); invented sentences of the same shapes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _reported(speech, text):
    return speech(text)[1]


def test_an_object_and_its_infinitive_is_no_report(speech):
    text = ("The officers first approached Lane because he was asleep in his truck. The officers administered a "
            "breath test and a field sobriety test, finding him to be well over the legal limit.")
    assert _reported(speech, text) == []


def test_what_a_poll_found_with_an_infinitive_is_still_its_finding(speech):
    text = "The poll found the mayor's supporters to be far more convinced by her policies than by her rival's."
    (q,) = _reported(speech, text)
    assert q.speaker_kind == "document" and q.text.startswith("the mayor's supporters to be")


def test_what_pictures_show_is_a_scene_not_a_statement(speech):
    for text in ("Satellite photos released by the agency showed the village almost flattened and covered in mud.",
                 "Dramatic footage from the flood shows neighbours trying to pull a driver from a submerged car."):
        assert _reported(speech, text) == [], text


def test_a_written_record_still_reports(speech):
    text = "Court records show the company had paid the fines late in each of the last three years."
    (q,) = _reported(speech, text)
    assert q.speaker_kind == "document" and q.text.startswith("the company had paid")


def test_whom_one_told_is_no_part_of_the_report(speech):
    text = ("Maria Lopez told WXYZ Channel 7 her neighbours, an elderly couple, were unable to leave their "
            "house before the water rose.")
    (q,) = _reported(speech, text)
    assert q.speaker == "Maria Lopez"
    assert q.text.startswith("her neighbours") and "WXYZ" not in q.text


def test_told_with_its_addressee_keeps_the_clause(speech):
    text = "Senator Tom Bradley told reporters that the budget deal would collapse within a week."
    (q,) = _reported(speech, text)
    assert q.text == "the budget deal would collapse within a week"


def test_according_to_over_a_report_is_the_reporters_words(speech):
    text = ("Nurses' representatives have said they are alarmed by the stance of Grant, the hospital's chief "
            "executive, according to Whitfield, the union steward.")
    reported = _reported(speech, text)
    assert reported and all(q.speaker != "Whitfield" for q in reported)
    assert reported[0].text.startswith("they are alarmed")


def test_according_to_a_plain_clause_still_reports(speech):
    text = "The fire had burned 4,000 acres by Monday night, according to the county's fire department."
    (q,) = _reported(speech, text)
    assert q.cue == "according to" and "fire department" in q.speaker


@pytest.mark.parametrize("text", [
    "These are the donors Democrats say the new tax law is a giveaway for.",
    "The senator's reforms are the kind of changes critics like Smith argue the new law is really a gift for.",
])
def test_a_clause_that_ends_on_its_preposition_is_no_report(speech, text):
    assert _reported(speech, text) == []


def test_a_clause_with_its_own_which_keeps_its_last_preposition(speech):
    text = ("Former crew members said he rated the contestants by their looks and talked about which ones he "
            "would like to work with.")
    (q,) = _reported(speech, text)
    assert q.text.endswith("work with")


def test_a_relative_clause_inside_keeps_its_last_preposition(speech):
    text = "The governor said he had not done the things his rivals talked about."
    (q,) = _reported(speech, text)
    assert q.text.endswith("talked about")


def test_a_station_with_its_city_is_the_source(speech):
    text = ("The second fire scorched 3,000 acres near the highway and was only ten percent contained, "
            "according to Fox 11 Los Angeles.")
    reported = _reported(speech, text)
    assert reported and reported[0].speaker == "Fox 11 Los Angeles" and reported[0].speaker_kind == "org"


def test_a_quoted_word_inside_the_speaking_phrase_is_no_quote(said):
    text = ("Professor Lane’s disputed “spillover” theory argues that when tolls rise, drivers simply move to "
            "the side streets.")
    assert not [q for q in said(text) if q.direct]
