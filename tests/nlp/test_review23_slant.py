"""Review 23: neutral words listed as loaded wording (a size, a deal's size, a record after an adverb, how many
parties act, a picture that catches the eye) and a post saved without its signature (all sentences invented)."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0)]


def test_a_size_and_a_deals_size_are_amounts() -> None:
    """"its modest size" (of an offer of money) and "a huge new trade deal" say how big; "a huge mistake" counts."""
    assert _loaded("The grant has drawn criticism over its modest size, given the task it is meant for.") == []
    assert _loaded("The minister threatened to block a huge new trade deal between the two blocs.") == []
    assert _loaded("Signing it was a huge mistake.") == ["huge"]


def test_a_record_after_an_adverb_is_a_rank_the_figures_state() -> None:
    """"the floods are instead the worst since 1998" (a correction note) ranks a hazard against a record."""
    assert _loaded("This page has been updated: the floods are instead the worst since 1998.") == []
    assert _loaded("He is instead the worst mayor since 1998.") == ["worst"]


def test_how_many_parties_act_is_plain() -> None:
    """"unilateral sanctions", "bilateral talks": the act's description, no judgement."""
    assert _loaded("She opposed unilateral sanctions on the regime and backed bilateral talks.") == []


def test_a_striking_picture_catches_the_eye() -> None:
    """"the most striking - and widely shared - pictures": how they look; "a striking failure" and "a striking
    image" of an event (review 17) still count."""
    assert _loaded("Some of the most striking - and widely shared - pictures of the flood are years old.") == []
    assert _loaded("The launch was a striking failure.") == ["striking"]
    assert _loaded("In a striking image, the mayor attacked the plan.") == ["striking"]  # an event framed so


def test_a_post_saved_without_its_signature_is_the_accounts() -> None:
    """A short paragraph naming an account and speaking in the first person, no quotation marks: a post the page
    saved without its signature; its words are the account's. A paragraph of the outlet's naming an account is not."""
    text = ("The mayor also congratulated the winner.\n\nCongratulations to @JaneRivers on a wonderful win. I look "
            "forward to working with you!\n\nCounting went on overnight.")
    [(s, e)] = L.post_regions(text)
    assert text[s:e].startswith("Congratulations to @JaneRivers") and text[s:e].endswith("with you!")
    assert _loaded(text) == []
    assert L.post_regions("Reporters wrote to @JaneRivers about the wonderful parade.") == []
    assert _loaded("Reporters wrote to @JaneRivers about the wonderful parade.") == ["wonderful"]
