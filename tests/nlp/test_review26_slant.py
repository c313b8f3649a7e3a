"""Slant evidence (session 38, review 26): a judgement verb's form that the parse hangs on a noun as a compound
modifier is a noun ("British cave diving experts"). Invented sentences, with controls that still count."""

from __future__ import annotations

import pytest

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_verbs import verb_roles, word_tags

pytestmark = pytest.mark.models


def _loaded(text: str) -> list[str]:
    doc = load_spacy()(text)
    return [e.text for e in L.loaded_words(text, max_spans=0, tags=word_tags(doc), roles=verb_roles(doc))]


def test_a_judgement_verbs_form_as_a_compound_is_a_noun() -> None:
    assert _loaded("Among the rescuers were British cave diving experts, two medics and rescue workers from "
                   "Australia.") == []
    # the verb of the narration still counts, with or without its particle
    assert _loaded("Republicans cave on the budget again.") == ["cave"]
    assert _loaded("The speaker caved to the hardliners on Friday.") == ["caved to"]
    assert _loaded("The senators cave in to the lobby every year.") == ["cave in to"]
    # only judgement verbs' forms are retagged: every other word keeps the parse's tag
    doc = load_spacy()("Among the rescuers were British cave diving experts and rescue workers.")
    assert {t.idx: t.tag_ for t in doc if t.lower_ != "cave"} == {
        i: tag for i, tag in word_tags(doc).items() if doc.text[i:i + 4] != "cave"}
