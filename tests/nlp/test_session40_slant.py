"""Slant evidence on neutral words (session 40, helper B, review 27's and review 25's leftovers): the tone of an
assessment or a finding, a wait, a win's margin, a business's size, travel's price, an expansion, "challenging", a verb
of feeling, a joke's claim and an act hardly ever done; a transcript guest's turn. Invented sentences, each with a
control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_the_tone_of_an_assessment_or_a_finding_is_no_loaded_wording(tags: bool) -> None:
    """"sketched a bleak picture of the economy", "the minister's grim forecast", "the grim discovery Monday of two
    bodies", "a grim milestone": how dark the speaker's view or the finding of the dead is, told; "a grim regime" and
    "a bleak vision" of someone still count."""
    for told in ("The treasurer sketched a bleak picture of the state budget on Monday.",
                 "Shares fell after the minister's grim forecast.",
                 "The grim discovery Monday of two bodies in the river ended the search.",
                 "The county passed a grim milestone as deaths topped 1,000."):
        assert _loaded(told, tags) == [], told
    assert _loaded("Residents lived under a grim regime for decades.", tags) == ["grim"]
    assert _loaded("The senator offered a bleak vision of the country.", tags) == ["bleak"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_wait_a_win_and_a_business_graded_are_no_loaded_wording(tags: bool) -> None:
    """"amid the anxious wait", "easy wins in the next two elections", "sold huge, loss-making state-owned banks": the
    waiting people's state, a win's margin and a business's size; "an anxious, paranoid man", "an easy target" and "a
    huge mistake" still count."""
    for plain in ("Amid the anxious wait, relatives gathered at the harbor.",
                  "The party went on to easy wins in the next two elections.",
                  "The government sold huge, loss-making state-owned banks to investors."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The mayor was an anxious, paranoid man.", tags) == ["anxious"]
    assert _loaded("The teacher became an easy target for the board.", tags) == ["easy"]
    assert _loaded("The board made a huge mistake.", tags) == ["huge"]


@pytest.mark.parametrize("tags", [False, True])
def test_travel_an_expansion_and_challenging_are_plain(tags: bool) -> None:
    """"cheap travel", "a modest expansion of the program", "will be as challenging as": a price, a change of an amount
    and a task's difficulty; "a cheap shot", "a modest man", "a powerful lobby" and "a powerful force in the region"
    (a label on a body's influence, as "the powerful lobby" is) still count."""
    for plain in ("The carrier built its name on cheap travel across the islands.",
                  "The board approved a modest expansion of the loan program.",
                  "Engineers expect the repair to be as challenging as the first one."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The senator took a cheap shot at his rival.", tags) == ["cheap"]
    assert _loaded("The mayor is a modest man.", tags) == ["modest"]
    assert _loaded("The powerful lobby fought the bill.", tags) == ["powerful"]
    assert _loaded("The alliance will be a powerful force in the region.", tags) == ["powerful"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_verb_of_feeling_is_its_subjects_feeling(tags: bool) -> None:
    """"Some fans even enjoyed the snow", "The players hated the new pitch": the liking or dislike of those it is said
    of, as "angry at" is; another rated verb ("The town suffers every winter") still counts (session 40, review 25's
    "Some even enjoyed the rain")."""
    for told in ("Some fans even enjoyed the snow, throwing snowballs.",
                 "The players hated the new pitch."):
        assert _loaded(told, tags) == [], told
    assert _loaded("The town suffers every winter.", tags) == ["suffers"]


@pytest.mark.parametrize("tags", [False, True])
def test_a_jokes_claim_and_an_act_hardly_ever_done_are_no_judgement_verbs(tags: bool) -> None:
    """"the jokes claiming he slept through meetings" (a joke has no speaker to doubt) and "hardly ever admitted any
    mistakes", "rarely conceded": no characterisation of anyone's word; "the senator, claiming ...", "admitted the
    plan was a mess" still count."""
    for plain in ("He told the jokes claiming he slept through every meeting.",
                  "The coach hardly ever admitted any doubts about the team.",
                  "The governor rarely conceded that his rivals had a point."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("The senator, claiming the vote was rigged, left the room.", tags) == ["claiming"]
    assert _loaded("The governor admitted the plan was a mess.", tags) == ["admitted"]
