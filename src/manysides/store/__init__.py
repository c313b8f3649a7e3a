"""Storage behind one interface; SQLite is the embedded default."""

from .sqlite import Store

__all__ = ["Store"]
