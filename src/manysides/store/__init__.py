"""Storage behind one interface; SQLite is the embedded default."""

from .sqlite import ArticleHead, Store, newest_first

__all__ = ["ArticleHead", "Store", "newest_first"]
