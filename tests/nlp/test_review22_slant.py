"""Review 22: a pleasure said of someone ("my first reaction was to be slightly pleased") is that person's state."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0)]


def test_a_pleasure_said_of_someone_is_their_state() -> None:
    """"was to be slightly pleased", "were delighted with", "is glad that", "felt thrilled", "seemed satisfied":
    what those people feel, as "happy" and "proud" are; "a pleased smile", "a delighted crowd" still count."""
    plain = ("When the plan was announced, my first reaction was to be slightly pleased. The staff were delighted "
             "with the new rota. The mayor is glad that the bridge reopened. Fans felt thrilled. Inspectors seemed "
             "satisfied.")
    assert _loaded(plain) == []
    assert _loaded("She gave a pleased smile to a delighted crowd.") == ["pleased", "delighted"]
