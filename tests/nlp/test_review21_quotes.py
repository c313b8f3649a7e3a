"""Speakers review 21 found wrong, and review 18's WFAE reporter, each by its general cause
(docs/quotes.md, "Review 21's speakers"); invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from manysides.nlp.entities import _full_name_for

pytestmark = pytest.mark.models


def _speakers(quotes):
    return [(q.speaker, " ".join(q.text.split())) for q in quotes]


# review 18's left-overs: a surname with particles


def test_a_surnames_particles_match_in_either_case():
    from collections import Counter

    names = Counter({"Paul van der Berg": 2, "Van der Berg": 1, "Ann Lowe": 1})
    assert _full_name_for("Van der Berg", names) == "Paul van der Berg"
    assert _full_name_for("Berg", names) == "Paul van der Berg"
    assert _full_name_for("De la Rosa", Counter({"Maria de la Rosa": 1})) == "Maria de la Rosa"
    # no particle: a capitalised word stays a different word
    assert _full_name_for("Rose Lowe", Counter({"Ann Lowe": 1})) is None


TWO_REPORTERS = (
    "Residents tell a different story, reports Ann Lowe of radio station KQED. \"The road had been closed for "
    "hours before anyone came,\" she says.\n\n"
    "After the crash, the woman who says she is the driver's sister spoke to reporters for an hour, as Paul van "
    "der Berg of radio station KQED reports. She shouted at the officers, saying her brother had done nothing "
    "wrong. \"They never gave him a chance,\" she said.\n\n"
    "The crowd grew, van der Berg says.\n\n"
    "Lowe says that, according to witnesses, it began calmly.\n\n"
    "Van der Berg has this account of what happened next:\n\n"
    "\"By noon the road was closed. Police arrived in vans.\"\n\n"
    "Van der Berg reports that people sat on the road. He continues:\n\n"
    "\"At dusk the crowd went home.\"")


def test_she_goes_to_the_unnamed_main_subject_not_the_reporter_of_an_as_clause(speech):
    direct, reported = speech(TWO_REPORTERS)
    assert all(q.speaker != "Paul van der Berg" for q in direct + reported
               if "brother" in q.text or "chance" in q.text)


def test_a_reporter_named_by_a_capitalised_particle_keeps_his_block_quotes(speech):
    direct, _ = speech(TWO_REPORTERS)
    got = dict((t, s) for s, t in _speakers(direct))
    assert got["By noon the road was closed. Police arrived in vans."] == "Paul van der Berg"
    assert got["At dusk the crowd went home."] == "Paul van der Berg"
