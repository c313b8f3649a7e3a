"""Ingest: read inputs into Documents, clean them into Articles, link near-duplicates."""

from .clean import article_id, clean_document
from .dedupe import DuplicateIndex
from .readers import DEFAULT_MAX_BYTES, read_inputs

__all__ = ["DEFAULT_MAX_BYTES", "DuplicateIndex", "article_id", "clean_document", "read_inputs"]
