"""Numeric claims: a number that is the subject of "be" with a nationality after it counts those people, and a
country's citizens counted in a clause on its leader take the leader's nationality (session 48, helper G, review 37:
"63 were Canadian" gave no figure; invented sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def claims(claims):
    """text -> (text, unit, subject) of each claim (the shared fixture's claims, made comparable)."""
    return lambda text: [(c.text, c.unit, c.subject) for c in claims(text)]


def test_a_number_said_to_be_of_a_nationality_counts_those_people(claims):
    found = claims("Of the 90 passengers, 41 were Norwegian, 30 were Danish and two were Icelandic.")
    assert ("41", "count", "norwegian") in found and ("30", "count", "danish") in found


def test_a_countrys_citizens_take_its_leaders_nationality(claims):
    found = claims("Danish Prime Minister Lars Holm, whose country lost 28 citizens in the sinking, spoke.")
    assert ("28", "count", "danish citizen") in found


@pytest.mark.parametrize("sentence", [
    "The two were Norwegian.",                       # a reference back
    "The vote was 52 to 47.",                        # no nationality
])
def test_no_nationality_count_without_one(claims, sentence):
    assert [c for c in claims(sentence) if c[1] == "count"] == []


def test_citizens_without_a_leaders_clause_keep_their_subject(claims):
    found = claims("Danish officials said the country lost 28 citizens in the sinking.")
    assert [c for c in found if c[0] == "28"] and all("danish" not in c[2] for c in found if c[0] == "28")
