"""Speakers review 23 found wrong, each by its general cause (docs/quotes.md, "Review 23's
speakers"); invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_the_language_words_are_said_in_is_no_speaker(speech):
    direct, _ = speech('The video shows smoke over the hills.\n\nSomeone off-camera says in Farsi: "The truck is '
                       'burning. Call the police now!"')
    assert [q.speaker for q in direct] == [None]


def test_an_outlet_name_run_into_a_reporters_is_left_off():
    from manysides.nlp.quotes import outlet_led

    assert outlet_led("Al Jazeera Laleh Jibrani") == "Laleh Jibrani"
    assert outlet_led("Al Jazeera Media Network") == "Al Jazeera Media Network"  # an organisation stays
    assert outlet_led("Al Jazeera") == "Al Jazeera"
    assert outlet_led("Laleh Jibrani") == "Laleh Jibrani"


def test_an_outlet_name_before_a_reporters_in_a_quote(speech):
    direct, _ = speech('Speaking from Cairo, Al Jazeera Dorsa Karimi said: "People are angry. They want answers."')
    assert [q.speaker for q in direct] == ["Dorsa Karimi"]


def test_reports_a_subject_rejects_are_not_its_words(speech):
    _, reported = speech('After initially denying reports suggesting it had poisoned the river, the company has '
                         'admitted that it "accidentally" spilled the waste.')
    assert "it had poisoned the river" not in [q.text for q in reported]
    # a statement the subject issues is still its own
    _, reported = speech("The ministry issued a statement saying that its troops had fired on the crowd near the "
                         "border.")
    assert _speakers(reported) == [("The ministry", "its troops had fired on the crowd near the border")]


def test_whether_he_thinks_reports_nothing(speech):
    _, reported = speech("Senator Mark Doyle pressed the nominee on the vote. He then asked Hale directly whether "
                         "he thinks the agency has broken the law in the case.")
    assert reported == []
    _, reported = speech("He asked Hale if he thinks the agency has broken the law in the case.")
    assert reported == []
    # a plain report stays
    _, reported = speech("Hale said that he thinks the agency has broken the law in the case.")
    assert reported and reported[0].speaker == "Hale"


def test_an_articles_note_on_itself_is_no_report(speech):
    for text in ("This article initially stated that the river had flooded three towns last week. It has since "
                 "been corrected.",
                 "An earlier version of this story said that the river had flooded three towns last week."):
        _, reported = speech(text)
        assert reported == []
    _, reported = speech("The study said that the river had flooded three towns last week.")
    assert [q.speaker for q in reported] == ["The study"]


def test_a_quote_after_the_headline_is_a_title(speech):
    direct, _ = speech("Mayor Ruth Hale even appeared on the cover of a city magazine under the headline “Can She "
                       "Fix Our Streets?”")
    assert [q.speaker for q in direct] in ([], [None])
