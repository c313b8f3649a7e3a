"""Session 47, the lead's fix after merging the helpers: a time mark inside a relative clause names no speaker."""
import pytest

from manysides.nlp.entities import extract_entities
from manysides.nlp.models import load_spacy
from manysides.nlp.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_spacy()


def _speakers(nlp, text):
    doc = nlp(text)
    return [(q.speaker, q.text) for q in extract_quotes(doc, extract_entities(doc))]


def test_relative_subject_keeps_its_speaker_past_a_time_mark(nlp):
    # "who before his retirement asked": the relative's "who" is the subject; the time phrase before the verb is
    # not (helper G's "After the chairman confirmed ..." rule had taken "his retirement")
    text = ("Then the trophy is taken by a younger rider called Tomas, who before his retirement asked Kell to give "
            "him a \"double share of your luck.\"")
    assert _speakers(nlp, text) == [("Tomas", "double share of your luck.")]
    # (the opening mark's case, "After the chairman ... confirmed ...", stays: test_quotes_session47_speakers_g.py)

