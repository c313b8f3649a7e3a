"""Slant evidence on neutral words (session 39, helper E, review 27): a view the text gives someone, in the complement
of a verb of judging or feeling ("found reporters tiresome") or in a sentence opened by whose view it tells ("For
critics, ..."). Invented sentences, each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_the_complement_of_a_verb_of_judging_is_the_subjects_view(tags: bool) -> None:
    """"found reporters tiresome", "felt the fine too lenient", "believed victory impossible", "considered the
    defense ridiculous": what the subject thought, told; the word said of a thing by the outlet still counts."""
    for told in ("The governor often found reporters tiresome and avoided them.",
                 "Many voters felt the fine too lenient for such a crime.",
                 "Those who felt the fine too lenient felt vindicated by the appeal.",
                 "She believed victory impossible until the last week.",
                 "Some jurors considered the defense ridiculous."):
        assert _loaded(told, tags) == [], told
    assert _loaded("The reporters were tiresome.", tags) == ["tiresome"]
    assert _loaded("The defense was ridiculous.", tags) == ["ridiculous"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_word_grading_the_object_or_a_passive_stays_the_outlets(tags: bool) -> None:
    """The word before its noun ("found the tiresome report", "found widespread ridiculous spending") or the writer's
    own verdict in the passive ("can only be deemed ridiculous") is the outlet's wording, listed as before. (Session
    43, helper C: "was deemed ridiculous by the judge", this test's control until then, is the judge's view, a passive
    of regarding: tests/nlp/test_slant_session43_neutral.py.)"""
    assert _loaded("The council can only be deemed ridiculous.", tags) == ["ridiculous"]
    assert _loaded("The governor found the tiresome report on his desk.", tags) == ["tiresome"]
    assert _loaded("Investigators found widespread ridiculous spending.", tags) == ["ridiculous"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_sentence_opened_by_whose_view_it_tells_is_theirs(tags: bool) -> None:
    """"For admirers, the mayor was a visionary who built an extraordinary waterfront.", "To his detractors, the
    plan was a ridiculous waste": the admirers' and the detractors' view; the next sentence, and a "For" of a time,
    stay the outlet's."""
    for told in ("For admirers, the mayor was a visionary who built an extraordinary new waterfront.",
                 "To his detractors, the plan was a ridiculous waste of money."):
        assert _loaded(told, tags) == [], told
    assert _loaded("For critics, he was a spender. The mayor built an extraordinary new waterfront.",
                   tags) == ["extraordinary"]
    assert _loaded("For years, the mayor built an extraordinary waterfront.", tags) == ["extraordinary"]


@pytest.mark.parametrize("tags", [False, True])
def test_drunk_driving_is_the_offences_name(tags: bool) -> None:
    """"a drunk-driving crash", "fines for drunk drivers", "was driving drunk": the offence, in every outlet's words;
    a "drunk passenger" still counts."""
    for plain in ("He was charged after a drunk-driving crash on the bridge.",
                  "The bill raises fines for drunk drivers.",
                  "The teen was driving drunk and speeding when the van hit a tree."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("A drunk passenger shouted at the crew.", tags) == ["drunk"]
