"""Slant evidence on neutral words (session 38, helper F, review 25's leftovers): a scene or a sight described by what
those there saw. Invented sentences, each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_verbs import verb_roles


def _loaded(text: str, tags: bool = False, **kw) -> list[str]:
    if tags:
        doc = load_spacy()(text)
        kw.update(tags={tok.idx: tok.tag_ for tok in doc}, roles=verb_roles(doc))
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


@pytest.mark.parametrize("tags", [False, True])
def test_a_gruesome_scene_is_what_those_there_saw(tags: bool) -> None:
    """"turned the square into a gruesome scene", "a gruesome sight met the firefighters": a scene of the dead and
    wounded, as those there saw it; "a gruesome killing" and "the gruesome crime" are still judged."""
    for plain in ("The explosion turned the crowded market square into a gruesome scene.",
                  "A gruesome sight met the firefighters when they reached the second floor."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("Prosecutors described a gruesome killing in the old mill.", tags) == ["gruesome"]
    assert _loaded("Police are still investigating the gruesome crime in the old mill.", tags) == ["gruesome"]
