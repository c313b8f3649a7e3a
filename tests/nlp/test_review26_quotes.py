"""Speakers review 26 found wrong, by their general causes (docs/quotes.md, "Review 26's speakers"): invented
sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


def test_they_goes_with_the_main_clauses_group_not_one_named_lower(said):
    # the group is the main clause's subject; a lower clause or an object names other people
    assert _who_said(said, "Republicans argue a win will show that states must live within their means and that "
                           "taxing residents or businesses will slow the economy. Moreover, they say a win for the "
                           "governor would help the party carry the state in November.",
                     "help the party") == ["Republicans"]
    assert _who_said(said, "Republicans see the governor's win as evidence voters want their elected officials to "
                           "keep spending down. They said this paves the way for the party to carry the state.",
                     "paves the way") == ["Republicans"]
    assert _who_said(said, "Democrats say their voters will turn out in force. They said the rally drew a record "
                           "crowd.", "record crowd") == ["Democrats"]
    # controls: a main subject that is one person, or no people, leaves the group named lower down; a group the
    # main subject acts on stays none of the speakers
    assert _who_said(said, "The mayor said residents should leave by noon. They said the water was rising fast.",
                     "rising fast") == ["residents"]
    assert _who_said(said, "The documents show that officials knew of the leak in March. They said the leak was "
                           "small.", "was small") == ["officials"]
    assert _who_said(said, "Officials urged residents to stay indoors on Sunday. They also said the storm would pass "
                           "by Monday.", "storm would pass") == ["Officials"]


def test_a_his_or_her_owning_the_main_subject_is_whom_the_sentence_is_about(said):
    text = ("The mayor, Ann Ruiz, spoke at the church on Sunday. Her life was changed by Pastor John Webb in 2011, "
            "and since then she has become a different person.\n\n"
            "“I found my way back to the town that raised me,” she said.")
    assert _who_said(said, text, "found my way back") == ["Ann Ruiz"]
    # controls: a pronoun of the other gender, a main subject no one owns, and an agent of a point "which she called"
    assert _who_said(said, "The mayor, Ann Ruiz, spoke at the church on Sunday. Her bill was blocked by Senator Mark "
                           "Hale in May. “We will try again,” he said.", "try again") == ["Mark Hale"]
    assert _who_said(said, "Ann Ruiz spoke on Sunday. The plan was drafted by Laura Webb in 2011. “It took us a "
                           "year,” she said.", "took us a year") == ["Laura Webb"]
    assert _who_said(said, "Senator Dan Webb spoke on Sunday. It was a point made by Ann Ruiz last week, which she "
                           "called “the heart of the matter.”", "heart of the matter") == ["Ann Ruiz"]
