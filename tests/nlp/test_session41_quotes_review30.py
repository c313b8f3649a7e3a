"""Review 30's quotes: a "they" reporting again after two named people's report goes on with those two, not with
the people their words were about. Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models

_REPORT = "Ana Ruiz and Tom Becker said they opposed cutting the pensions of dock workers and retirees."


def _reported(speech, text):
    _, reported = speech(text)
    return {" ".join(q.text.split()): q.speaker for q in reported}


def test_they_reporting_again_goes_on_with_the_two_who_reported(speech):
    """Review 30: USA Today's "Lightfoot and Preckwinkle said they opposed ... pension benefits for city workers and
    retirees. And they agreed that reducing the city's gun violence ..." gave the agreement to "city workers and
    retirees", the last people the sentence before named."""
    got = _reported(speech, f"{_REPORT} And they agreed that fixing the ferry schedule would take several years.")
    assert got["fixing the ferry schedule would take several years"] == "Ana Ruiz and Tom Becker"
    got = _reported(speech, f"{_REPORT} They said the ferry needs new boats.")
    assert got["the ferry needs new boats"] == "Ana Ruiz and Tom Becker"


def test_controls_a_they_after_a_deed_or_with_its_own_subject_before_it(speech):
    """The controls: a "they" after a sentence that reports nothing, and one after its sentence's own subject,
    are read as before."""
    got = _reported(speech, "Ana Ruiz and Tom Becker met the dock workers and retirees on Monday. "
                            "They said the ferry needs new boats.")
    assert got["the ferry needs new boats"] != "Ana Ruiz and Tom Becker"
    got = _reported(speech, f"{_REPORT} Dock workers and retirees marched on Monday, and they said the cuts would "
                            "hurt families.")
    assert got["the cuts would hurt families"] == "Dock workers and retirees"
