"""Coverage by leaning: how many OUTLETS of each leaning report the story.

Outlets, not articles: three pieces from one outlet are one outlet's coverage, and the
blindspot question ("did the right cover this at all?") is about outlets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..records import Article
from ._text import outlet_key

LEANINGS = ("left", "center", "right", "unknown")


def normalize_leaning(value: str | None) -> str | None:
    """'Lean Left', 'left-center', 'LEFT' -> 'left'; 'Centre' -> 'center'; else None."""
    if not isinstance(value, str):
        return None
    v = value.strip().lower()
    has_left, has_right = "left" in v, "right" in v
    if has_left and not has_right:
        return "left"
    if has_right and not has_left:
        return "right"
    if v in ("center", "centre", "centrist", "neutral", "least biased") or (
        ("center" in v or "centre" in v) and not (has_left or has_right)
    ):
        return "center"
    return None


def outlet_leanings(
    articles: Sequence[Article], leanings: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Outlet key -> "left" | "center" | "right" | "unknown" for the outlets of `articles`.

    The caller's `leanings` (matched on the outlet name, case-insensitively) win over the
    leaning an article carries; among an outlet's articles the first known one counts.
    """
    table: dict[str, str] = {}
    for name, lean in (leanings or {}).items():
        if isinstance(name, str):
            norm = normalize_leaning(lean)
            if norm:
                table.setdefault(" ".join(name.lower().split()), norm)
    out: dict[str, str] = {}
    for art in articles:
        key = outlet_key(art)
        if out.get(key, "unknown") != "unknown":
            continue
        out[key] = table.get(key) or normalize_leaning(art.leaning) or "unknown"
    return out


def coverage(articles: Sequence[Article], leanings: Mapping[str, str] | None = None) -> dict[str, int]:
    """Number of distinct outlets per leaning; every leaning key is present."""
    counts = dict.fromkeys(LEANINGS, 0)
    for lean in outlet_leanings(articles, leanings).values():
        counts[lean] += 1
    return counts
