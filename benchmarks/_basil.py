"""BASIL's lexical-bias spans located in their article's text (shared by the slant benchmarks)."""

from __future__ import annotations


def lex_spans(text: str, spans: list[dict]) -> list[tuple[int, int, bool]]:
    """(start, end, inside a quote) of each `bias == "lex"` span found in `text`.

    BASIL's offsets are within a sentence, so a span is found by its words: the first
    exact match, else the first case-insensitive one; spans not found are left out.
    """
    out = []
    for s in spans:
        if s.get("bias") != "lex" or not s.get("txt"):
            continue
        i = text.find(s["txt"])
        if i < 0:
            i = text.lower().find(s["txt"].lower())
        if i >= 0:
            out.append((i, i + len(s["txt"]), s.get("quote") == "yes"))
    return out
