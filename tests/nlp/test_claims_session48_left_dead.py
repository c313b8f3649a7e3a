"""Numeric claims: a number "leave" puts in a harmed state with no noun after it is a count of the harmed (session 48,
helper G, review 37's "left three dead"; invented sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, text, value", [
    ("The blast at the depot left three dead and dozens wounded.", "three", 3),
    ("A tornado tore through the town on Sunday, leaving two dead.", "two", 2),
    ("The crash left 12 dead, officials said.", "12", 12),
])
def test_a_number_left_dead_is_a_count_of_the_dead(claims, sentence, text, value):
    found = [c for c in claims(sentence) if c.text == text]
    assert found and found[0].unit == "count" and found[0].value == value and found[0].subject == "dead", \
        [(c.text, c.subject) for c in claims(sentence)]


@pytest.mark.parametrize("sentence", [
    "The collapse left the two dead.",              # a reference back
    "She left two early, dead tired.",              # no harm
])
def test_no_count_without_a_fresh_number_of_the_harmed(claims, sentence):
    assert [c for c in claims(sentence) if c.unit == "count"] == []


def test_a_counted_noun_keeps_its_reading(claims):
    found = claims("The attack left five people dead.")
    assert [(c.text, c.subject) for c in found] == [("five", "people leave")]
