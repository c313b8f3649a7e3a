"""Review 20's leftovers (session 32): "unique" and "unusual" (how common a thing is, as "rare"), and a superlative
ranking a turn of the economy against a record, with whom it befalls between ("the greatest economic disruption to
the United States since the Great Depression", review 13)."""

from __future__ import annotations

import pytest

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_unique_and_unusual_say_how_common_a_thing_is() -> None:
    """"plenty of unique characteristics", "those numbers are unusual", "an unusual request": how rare or distinct,
    which a reader checks against what else happens; other evaluative words beside them still count."""
    plain = ("The race had several unique features that set it apart. Those turnout figures are unusual for a "
             "midterm year. The neighbour then made an unusual offer to the family.")
    assert _loaded(plain) == []
    assert _loaded("The plan had several unique and disgusting features.") == ["disgusting"]


def test_a_turn_of_the_economy_ranked_against_a_record_is_stated() -> None:
    """"the greatest economic disruption to the region since the oil shock", "the worst recession since 2009": a rank
    the output and job figures state, with what it befalls between the noun and its record; a person or a crisis so
    ranked still counts."""
    plain = ("The closures caused the greatest economic disruption to the region since the oil shock of 1973. "
             "Economists expect the worst recession since 2009. It was the deepest downturn for the state in decades.")
    assert _loaded(plain) == []
    assert _loaded("He is the greatest president since Lincoln.") == ["greatest"]
    assert _loaded("The governor faced the worst crisis since the scandal.") == ["worst"]
    assert _loaded("It was the worst decision for the country since the war.") == ["worst"]


@pytest.mark.models
def test_with_the_parse_the_same_is_read() -> None:
    from manysides.nlp.models import load_spacy

    text = ("Layoffs sparked the greatest economic disruption to the country since the Great Depression nearly a "
            "century ago. The race had many unique characteristics, and those numbers are unusual.")
    doc = load_spacy()(text)
    assert L.loaded_words(text, tags={t.idx: t.tag_ for t in doc}) == ()


def test_the_phrase_evidence_reads_them_as_the_list_does() -> None:
    """The slant model's phrase evidence takes a word as loaded by the same test (`loaded_use`)."""
    text = "The closures caused the greatest economic disruption to the region since the oil shock. It was unique."
    for word in ("greatest", "unique"):
        s = text.index(word)
        assert L.loaded_use(text, s, s + len(word)) is None
    text = "He is the greatest president since Lincoln."
    s = text.index("greatest")
    assert L.loaded_use(text, s, s + len("greatest")) is not None
