"""Numeric claims: a number word counting the harmed with no noun after it (session 47, helper H, review 37; invented
sentences). USA Today's "Five people were killed and six injured" gave no figure for the six, so the dispute with
another outlet's "injuring eight others" went unseen."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, text, value", [
    ("Three people were killed and six injured at the depot on Friday.", "six", 6),
    ("Police said two were killed and eight were hurt in the crash.", "eight", 8),
    ("Police said two were killed and eight were hurt in the crash.", "two", 2),
    ("The gunman killed two and wounded five before officers arrived.", "five", 5),
])
def test_a_number_word_of_the_harmed_is_a_count(claims, sentence, text, value):
    found = [c for c in claims(sentence) if c.text == text]
    assert found and found[0].unit == "count" and found[0].value == value, [c.text for c in claims(sentence)]


@pytest.mark.parametrize("sentence, word", [
    ("The two were injured when the roof fell.", "two"),
    ("No one was hurt in the fire.", "one"),
    ("Both were wounded, and the two met again in hospital.", "two"),
])
def test_a_number_word_naming_people_told_of_is_no_count(claims, sentence, word):
    """Controls: after a determiner ("the two", "no one"), or not the harmed's, a number word stays no figure."""
    assert word not in [c.text for c in claims(sentence)]
