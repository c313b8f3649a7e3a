"""One vector per article for grouping: the embedding of its headline and lead.

all-MiniLM-L6-v2 reads at most 256 word pieces, so feeding it a whole article means it
sees an arbitrary prefix. News puts the event in the headline and the first sentences,
so we embed exactly that: the title, then the lead up to a word budget that stays under
the model's limit. The word budget was measured (docs/grouping.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from ..nlp.models import Embedder
    from ..records import Article

LEAD_WORDS = 120  # ~160 word pieces; with the title well under 256
LEAD_SENTENCES = 5

_SENT_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*")


def lead_text(title: str | None, text: str | None, words: int = LEAD_WORDS,
              sentences: int = LEAD_SENTENCES) -> str:
    """Title plus the first sentences of `text`, cut at `words` words.

    A leading dateline ("WASHINGTON —") carries no event information and is dropped.
    """
    body = _DATELINE.sub("", (text or "").strip(), count=1)
    body = " ".join(body.split())
    picked: list[str] = []
    count = 0
    for sent in _SENT_END.split(body)[: max(sentences, 1)]:
        toks = sent.split()
        if count and count + len(toks) > words:
            break
        picked.append(" ".join(toks[: words - count]))
        count += len(toks)
        if count >= words:
            break
    head = " ".join((title or "").split())
    lead = " ".join(picked)
    if head and lead:
        return f"{head}. {lead}" if head[-1] not in ".!?" else f"{head} {lead}"
    return head or lead


def article_vectors(articles: Sequence["Article"], embedder: "Embedder") -> np.ndarray:
    """(n, dim) float32, L2-normalised: the embedding of each article's title and lead.

    An article with neither title nor text gets a zero vector, which is similar to
    nothing, so it stays a story of its own instead of attracting others.
    """
    texts = [lead_text(a.title, a.text) for a in articles]
    dim = int(getattr(embedder, "dim", 0) or 0)
    out = np.zeros((len(texts), dim), dtype=np.float32) if dim else None
    idx = [i for i, t in enumerate(texts) if t.strip()]
    if idx:
        enc = np.asarray(embedder.encode([texts[i] for i in idx]), dtype=np.float32)
        if out is None:
            out = np.zeros((len(texts), enc.shape[1]), dtype=np.float32)
        out[idx] = enc
    if out is None:
        return np.zeros((len(texts), 0), dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
