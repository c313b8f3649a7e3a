"""Summaries (session 40, review 29): "his" or "her" with only plural words for people before it ("Doctors said his
condition was critical but improving") stands for someone a sentence before named, and points back: review 29's
shooting summary read the Times' sentence on Scalise as the aide's of the sentence before it."""

from __future__ import annotations

import pytest

from manysides.compare.summary import _points_back


@pytest.mark.parametrize("text", [
    "Doctors said his condition was critical but improving.",
    "Nurses said she was recovering well after the second operation.",
    "Witnesses said he fled on foot toward the river.",
])
def test_a_singular_pronoun_after_people_only_points_back(text):
    assert _points_back(text)


@pytest.mark.parametrize("text", [
    "The doctor said his patient was recovering well.",
    "Dr. Ann Lee said his condition was improving after the operation.",
])
def test_a_singular_pronoun_after_one_person_or_a_name_stands(text):
    # controls: one person ("The doctor") or a name before the pronoun is whom it may stand for
    assert not _points_back(text)
