"""Fixtures the nlp tests share."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def speech():
    """text -> (direct quotes, reported statements), as the annotate stage finds them."""
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.indirect import extract_indirect
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    nlp = load_spacy()

    def _run(text):
        doc = nlp(text)
        entities = extract_entities(doc)
        direct = extract_quotes(doc, entities)
        return direct, extract_indirect(doc, entities, direct)

    return _run


@pytest.fixture(scope="session")
def said(speech):
    """text -> its direct quotes, then its reported statements."""
    def _run(text):
        direct, indirect = speech(text)
        return direct + indirect

    return _run


@pytest.fixture(scope="session")
def quote_of():
    """(quotes, words) -> the first quote holding `words`; fails, listing the quotes, when none does."""
    def _find(quotes, words):
        found = [q for q in quotes if words in q.text]
        assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
        return found[0]

    return _find


@pytest.fixture(scope="session")
def claims(nlp):
    """text -> the numeric claims the annotate stage reads in it."""
    from manysides.nlp.claims import extract_claims

    def _run(text):
        return extract_claims(nlp(text))

    return _run
