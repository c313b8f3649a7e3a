"""Storage behind one interface; SQLite is the embedded default."""

from .sqlite import ArticleHead, Store

__all__ = ["ArticleHead", "Store"]
