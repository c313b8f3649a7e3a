"""Article vectors: which text is embedded, and the shape of what comes back."""

from __future__ import annotations

import numpy as np

from manysides.records import Article
from manysides.stories.vectors import article_vectors, lead_text


class FakeEmbedder:
    """Counts letters: enough to check plumbing without the model."""

    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.array([[len(t), t.count("a") + 1, 1.0, 2.0] for t in texts], dtype=np.float32)


def art(aid: str, title: str | None, text: str) -> Article:
    return Article(id=aid, source="t", outlet=None, url=None, title=title, byline=None,
                   published=None, language="en", text=text)


def test_lead_text_takes_title_and_first_sentences_without_dateline():
    text = ("WASHINGTON — The Senate passed the bill on Friday. It now goes to the House. "
            "Third sentence here. Fourth one. Fifth one. Sixth is dropped.")
    lead = lead_text("Senate passes bill", text)
    assert lead.startswith("Senate passes bill. The Senate passed the bill on Friday.")
    assert "WASHINGTON" not in lead
    assert "Sixth" not in lead


def test_lead_text_respects_the_word_budget():
    text = " ".join(f"word{i}" for i in range(1000))
    lead = lead_text("A title", text, words=50)
    assert len(lead.split()) == 2 + 50


def test_article_vectors_are_unit_length_and_empty_articles_get_zero():
    emb = FakeEmbedder()
    arts = [art("a", "Quake hits coast", "A strong quake hit the coast."), art("b", None, "   "),
            art("c", None, "Only a body here.")]
    vecs = article_vectors(arts, emb)
    assert vecs.shape == (3, 4) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs[[0, 2]], axis=1), 1.0)
    assert not vecs[1].any()
    assert len(emb.seen) == 2  # the empty article is never sent to the model
    assert article_vectors([], emb).shape == (0, 4)
