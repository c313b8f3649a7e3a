"""Speakers review 27 found wrong, by their general causes (docs/quotes.md, "Review 27's speakers"): invented
sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


def test_a_name_ending_in_one_letter_is_no_full_name_for_an_organisation(said):
    # "its sister airline Zenair X." (typed a person by the NER) is no full name for the airline's "Zenair said"
    text = ("Zenair said there are 155 passengers on board. Also on board are two pilots and five crew members. "
            "Zenair said the plane had its last maintenance on Nov. 16. The airline has grown fast in the region. "
            "However, recently it has tried to expand into long-distance flying through its sister airline Zenair X.")
    assert _who_said(said, text, "155 passengers") == ["Zenair"]
    assert _who_said(said, text, "last maintenance") == ["Zenair"]
    # controls: a middle initial, and a name the NER typed a person throughout, keep their full names
    assert _who_said(said, "Senator Maria J. Lopez chairs the panel. Lopez said the talks would resume in May.",
                     "talks would resume") == ["Maria J. Lopez"]
    assert _who_said(said, "The speech by Malcolm X drew a crowd. Malcolm said the movement would grow.",
                     "movement would grow") == ["Malcolm X"]
