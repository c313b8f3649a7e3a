"""The annotate stage: one spaCy pass per article, then entities, quotes and claims."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..records import Annotation, Article, Sentence
from .claims import extract_claims
from .entities import extract_entities
from .models import load_spacy
from .quotes import extract_quotes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


def annotate_doc(article_id: str, doc: "Doc") -> Annotation:
    """Annotation of one parsed article (the Doc must be built from `Article.text`)."""
    entities = extract_entities(doc)
    return Annotation(
        article_id=article_id,
        sentences=tuple(
            Sentence(s.start_char, s.end_char) for s in doc.sents if s.text.strip()
        ),
        entities=tuple(entities),
        quotes=tuple(extract_quotes(doc, entities)),
        claims=tuple(extract_claims(doc)),
    )


def annotate(article: Article, nlp: "Language | None" = None) -> Annotation:
    return annotate_doc(article.id, (nlp or load_spacy())(article.text))


def annotate_many(
    articles: Iterable[Article], nlp: "Language | None" = None, n_process: int = 1, batch_size: int = 16
) -> Iterator[Annotation]:
    """Annotations in input order; spaCy's `pipe` batches (and optionally forks) the parse."""
    nlp = nlp or load_spacy()
    pairs = ((a.text, a.id) for a in articles)
    for doc, aid in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield annotate_doc(aid, doc)
