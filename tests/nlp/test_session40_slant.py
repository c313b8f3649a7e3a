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


# A broadcast transcript: the host (who speaks three times and whom no one introduces) speaks for the outlet; the
# guest's turn runs over two paragraphs
_SHOW = ("JOHN SMITH: This is the evening show. The budget vote failed last night, a terrible end to a long fight. "
         "We're joined now by Jane Roe, director of a voters' group.\n\n"
         "JANE ROE: Well, I think the vote shows there is growing openness to the bigger fixes.\n\n"
         "I mean, frankly, it depends on pressure. If voters want something, we have to organize, especially in the "
         "districts, where we have the greatest access to members. And it is a horrible budget.\n\n"
         "JOHN SMITH: Jane Roe, thank you for being with us.\n\n"
         "JANE ROE: Thank you.\n\n"
         "JOHN SMITH: The show returns after a break.")


def test_a_transcript_guests_turn_is_her_words_not_the_outlets() -> None:
    """The guest's words, in every paragraph of her labelled turn ("we have the greatest access", "a horrible
    budget"), are hers, as a quotation's are: no loaded word and no evidence sentence of them; the host's "a terrible
    end" (the outlet's narration) still counts (session 40; review 25's Democracy Now guest)."""
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    ann = annotate(Article(id="show", source="test", outlet=None, url=None, title=None, byline=None, published=None,
                           language="en", text=_SHOW))
    assert [q.speaker for q in ann.quotes if "greatest access" in q.text] == ["Jane Roe"]
    loaded = [ev.text for ev in ann.slant.evidence if ev.kind == "loaded"]
    assert loaded == ["terrible"]
    sentences = [ev.text for ev in ann.slant.evidence if ev.kind == "sentence"]
    assert not [t for t in sentences if "greatest" in t or "horrible" in t]


def test_speaker_regions_take_a_turn_only_with_the_text() -> None:
    """A direct quote given a person with no cue and no quotation mark around it is a transcript's turn (the
    speaker's words) when the text is given; a quotation's short fragment given a speaker with no cue stays out (the
    outlet's pick, noted, as before)."""
    from manysides.nlp.slant_loaded import speaker_regions
    from manysides.records import Quote

    text = 'JANE ROE: We have the greatest access.\n\nHe called it a “cruel” plan.'
    turn = Quote(text="We have the greatest access.", speaker="Jane Roe", cue=None, start=10, end=38, direct=True,
                 speaker_kind="person")
    frag_start = text.index("cruel")
    frag = Quote(text="cruel", speaker="Jane Roe", cue=None, start=frag_start, end=frag_start + 5, direct=True,
                 speaker_kind="person")
    assert speaker_regions([turn, frag]) == []
    assert speaker_regions([turn, frag], text) == [(10, 38)]
    # a quotation whose closing mark the page lost opens with its mark: left as before (the outlet's pick, listed)
    lost = '“It was an outrageous plan, Roe said.'
    cut = Quote(text="It was an outrageous plan,", speaker="Jane Roe", cue=None, start=1, end=27, direct=True,
                speaker_kind="person")
    assert speaker_regions([cut], lost) == []
