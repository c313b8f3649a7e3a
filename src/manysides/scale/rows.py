"""The Parquet layout the Ray runner writes and the loader reads: one row per article
(or per input that gave none), in one schema for every batch.

Every batch is built with `SCHEMA`, even one of failures only, so Parquet files written
by different workers always agree. Articles carry their annotation as the store's own
JSON (`store.codec.dumps`), so a loaded annotation is byte for byte what `analyze` would
have stored, and their vectors as little-endian float32 bytes (`dim` numbers a row):
`np.frombuffer(row["sentence_vectors"], "<f4").reshape(-1, row["dim"])`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyarrow as pa

from ..records import Annotation, Article
from ..store.codec import dumps, loads

# What each row is; Ray writes each kind into its own folder (OUT/kind=article/, ...).
ARTICLE, FAILURE, PASSED_OVER = "article", "failure", "passed_over"
KINDS = (ARTICLE, FAILURE, PASSED_OVER)
# Written beside the rows once every row is written: a folder without it is an unfinished run.
# Its name starts with "_" so that Parquet readers pass over it (`pandas.read_parquet(OUT)`
# reads every kind); runs before 2026-12-01 wrote it as OLD_MANIFEST.
MANIFEST = "_manysides-scale.json"
OLD_MANIFEST = "manysides-scale.json"
FORMAT = 1  # raise when the columns change meaning

# The article's own fields, as `Article` has them; `duplicate_of` is found when loading,
# against the store, so a worker never sets it.
ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article) if f.name != "duplicate_of")

SCHEMA = pa.schema(
    [
        pa.field("kind", pa.string(), nullable=False),
        # the row's place in the inputs: (input file, item in that file); the loader takes
        # rows in this order, so wire copies and stories come out as `analyze` makes them
        pa.field("input_no", pa.int64(), nullable=False),
        pa.field("item_no", pa.int64(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("message", pa.string()),  # a failure's one line, naming the input and what to do
        *(pa.field(name, pa.list_(pa.string()) if name == "removed" else pa.string()) for name in ARTICLE_FIELDS
          if name != "source"),
        pa.field("unnamed", pa.bool_()),  # a text file naming no outlet (the load says so, as analyze does)
        pa.field("annotation", pa.string()),  # store.codec JSON of the Annotation
        pa.field("dim", pa.int32()),
        pa.field("vector", pa.binary()),  # float32 x dim: the article's title and lead
        pa.field("sentence_vectors", pa.binary()),  # float32 x (sentences x dim), in sentence order
        pa.field("annotator", pa.string()),  # nlp.annotate.annotator_id: extractors, spaCy model, slant digest
        pa.field("embedder", pa.string()),  # the embedding model package and its version
    ]
)
COLUMNS = tuple(SCHEMA.names)
ORDER_COLUMNS = ["input_no", "item_no"]


def table(rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows (dicts with any of the columns) as a table of `SCHEMA`."""
    return pa.Table.from_pylist([{c: r.get(c) for c in COLUMNS} for r in rows], schema=SCHEMA)


def failure_row(input_no: int, item_no: int, source: str, message: str, kind: str = FAILURE) -> dict[str, Any]:
    return {"kind": kind, "input_no": input_no, "item_no": item_no, "source": source, "message": message}


def article_row(input_no: int, item_no: int, article: Article, unnamed: bool = False) -> dict[str, Any]:
    """A cleaned article, not yet annotated."""
    row = {name: getattr(article, name) for name in ARTICLE_FIELDS}
    row["removed"] = list(article.removed)
    row.update(kind=ARTICLE, input_no=input_no, item_no=item_no, unnamed=unnamed)
    return row


def annotated(row: dict[str, Any], ann: Annotation, vector: np.ndarray, sentence_vectors: np.ndarray,
              annotator: str, embedder: str) -> dict[str, Any]:
    """`row` (an article row) with its annotation and vectors."""
    vector = np.asarray(vector, dtype="<f4")
    return {**row, "annotation": dumps(ann), "dim": int(vector.shape[-1]), "vector": vector.tobytes(),
            "sentence_vectors": np.ascontiguousarray(sentence_vectors, dtype="<f4").tobytes(),
            "annotator": annotator, "embedder": embedder}


def to_article(row: dict[str, Any]) -> Article:
    fields = {name: row.get(name) for name in ARTICLE_FIELDS}
    fields["removed"] = tuple(row.get("removed") or ())
    return Article(**fields)


def to_annotation(row: dict[str, Any]) -> tuple[Annotation, np.ndarray, np.ndarray]:
    """(annotation, article vector, sentence vectors) of an annotated article row."""
    dim = int(row["dim"])
    vector = np.frombuffer(row["vector"], dtype="<f4").astype(np.float32)
    sentences = np.frombuffer(row["sentence_vectors"], dtype="<f4").astype(np.float32).reshape(-1, dim)
    return loads(Annotation, row["annotation"]), vector, sentences


def embedder_id() -> str:
    """The installed embedding model package and its version (what the vectors come from)."""
    from importlib.metadata import PackageNotFoundError, version

    from ..nlp.models import EMBEDDING_PACKAGE

    try:
        return f"{EMBEDDING_PACKAGE}-{version(EMBEDDING_PACKAGE)}"
    except PackageNotFoundError:
        return f"{EMBEDDING_PACKAGE}-missing"
