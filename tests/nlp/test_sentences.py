"""Sentences as the annotation keeps them: the parse's, with its cuts after a title mended."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _sentences(text):
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    art = Article(id="x", source="x.txt", outlet="O", url=None, title="T", byline=None, published=None,
                  language="en", text=text)
    return [text[s.start:s.end] for s in annotate(art, slant=False).sentences]


def test_a_cut_after_a_titles_full_stop_is_mended():
    """The parser ends sentences at "Sgt." and "1st": a summary stated "Class Elis Angel
    Barreto Ortiz was killed in Afghanistan" (review 8)."""
    assert _sentences("The attack killed U.S. Army Sgt. 1st Class Elis Angel Barreto Ortiz, 34. He served 15 years.") == [
        "The attack killed U.S. Army Sgt. 1st Class Elis Angel Barreto Ortiz, 34.", "He served 15 years."]
    # sentences that end otherwise stay apart
    assert _sentences("She finished 1st. Then she left.") == ["She finished 1st.", "Then she left."]
    assert len(_sentences("Lt. Gen. Michael Flynn resigned. Rep. Adam Schiff spoke.")) == 2
