"""Text features for the slant and hyperpartisan models, shared by training and scoring.

Pure Python + numpy so that scoring needs nothing beyond the artifact. Every feature
occurrence keeps its character span, so a model's weights can be shown as evidence in
the text. Training-only helpers (the outlet stripper) live here too because the scorer
must tokenise exactly as the trainer did.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

# Words: letters with inner apostrophes/hyphens ("don't", "far-left"). Digits are left out
# on purpose: years, dates and counts say when and what, not how it is told.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Bigrams never cross clause punctuation, a paragraph break or a stripped span (\x00),
# so every bigram is a phrase a reader sees as one.
_BREAK_RE = re.compile(r"[.!?;:\n\x00\"“”()\[\]]|—|–| - ")

STYLE_NAMES = (
    "exclaim_rate",
    "question_rate",
    "caps_word_rate",
    "quote_mark_rate",
    "you_rate",
    "we_rate",
    "mean_sentence_words",
    "log_words",
)


# A token: (lower-cased text, start, end, segment); bigrams only join tokens of one
# segment. Plain tuples: scoring speed depends on this loop.
Token = tuple[str, int, int, int]


def tokenize(text: str) -> list[Token]:
    """Lower-cased word tokens with their character spans and clause segments."""
    breaks = [m.start() for m in _BREAK_RE.finditer(text)]
    tokens: list[Token] = []
    seg = 0
    nb = len(breaks)
    for m in _WORD_RE.finditer(text):
        s = m.start()
        while seg < nb and breaks[seg] < s:
            seg += 1
        tokens.append((m.group().lower().replace("’", "'"), s, m.end(), seg))
    return tokens


def ngrams(tokens: list[Token]) -> Iterable[tuple[str, int, int]]:
    """Unigrams and within-segment bigrams as (feature, start, end)."""
    prev: Token | None = None
    for tok in tokens:
        yield tok[0], tok[1], tok[2]
        if prev is not None and prev[3] == tok[3]:
            yield f"{prev[0]} {tok[0]}", prev[1], tok[2]
        prev = tok


def feature_strings(text: str) -> list[str]:
    """The n-gram features of a text, without spans (the fast path for counting);
    yields exactly the features `ngrams(tokenize(text))` yields."""
    out: list[str] = []
    findall = _WORD_RE.findall
    for seg in _BREAK_RE.split(text.lower().replace("’", "'")):
        words = findall(seg)
        if not words:
            continue
        out.extend(words)
        out.extend(a + " " + b for a, b in zip(words, words[1:]))
    return out


_SENT_END_RE = re.compile(r"[.!?]+[\"'”’)]*(?:\s|$)")
_CAPS_RE = re.compile(r"\b[A-Z]{3,}\b")
_QUOTE_RE = re.compile(r"[\"“”]")
_YOU_RE = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_WE_RE = re.compile(r"\b(?:we|our|ours|us)\b", re.I)


def style_features(text: str, n_words: int | None = None) -> np.ndarray:
    """A few register cues (per 100 words): exclamations, questions, shouting caps, quote
    marks, direct address, first person plural; sentence length and article length."""
    if n_words is None:
        n_words = len(_WORD_RE.findall(text))
    w = max(n_words, 1)
    n_sent = max(len(_SENT_END_RE.findall(text)), 1)
    per = 100.0 / w
    return np.array(
        [
            text.count("!") * per,
            text.count("?") * per,
            len(_CAPS_RE.findall(text)) * per,
            len(_QUOTE_RE.findall(text)) * per,
            len(_YOU_RE.findall(text)) * per,
            len(_WE_RE.findall(text)) * per,
            min(w / n_sent, 80.0) / 10.0,
            math.log1p(w) / 5.0,
        ],
        dtype=np.float64,
    )


# --- outlet self-reference stripping (training text; harmless on any text) -----------

_GENERIC_PATTERNS = [
    r"https?://\S+",
    r"\bwww\.\S+",
    r"\S+@\S+\.\w+",
    r"\b[\w-]+\.(?:com|org|net|co\.uk|news|tv)\b",

    r"©[^\n]*",
    r"\bCopyright\b[^\n]*",
    r"\bAll rights reserved\b[^\n]*",
    r"(?im)^.*\b(?:follow (?:us|him|her|me) on|sign up for|subscribe to|click here|"
    r"this (?:story|article|report) (?:was|has been|first appeared|originally)|"
    r"contributed to this report|reporting by|editing by|writing by|"
    r"read more|related:|recommended:|more from|share this|like us on)\b.*$",
    r"(?m)^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s",  # datelines
    r"\((?:AP|Reuters|AFP|UPI|CNN|AP Photo[^)]*)\)",
    r"(?m)^\s*By [A-Z][^\n]{0,80}$",  # byline lines
]


class OutletStripper:
    """Removes outlet names and self-references, so a model learns slant, not outlet.

    Names match case-sensitively as written ("Reason", "The Week", "CNN") plus an
    all-caps form, with an optional possessive, so the ordinary words "reason" or "the
    week" stay. Removed spans become a \\x00 break so no bigram forms across them.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names, self._names_re = _names_regex(name_variants(names))
        self._generic_re = [re.compile(p) for p in _GENERIC_PATTERNS]

    def strip(self, text: str, extra: Iterable[str] = ()) -> str:
        for rx in self._generic_re:
            text = rx.sub("\x00", text)
        for name in extra:  # e.g. the article's own byline names
            if len(name) >= 4:
                text = text.replace(name, "\x00")
        if self._names_re is not None:
            text = self._names_re.sub("\x00", text)
        return text


def name_variants(names: Iterable[str]) -> set[str]:
    """The spellings the stripper matches for `names` (see `_name_variants`), all caps too."""
    variants: set[str] = set()
    for raw in names:
        for name in _name_variants(raw):
            if len(name) >= 3:
                variants.add(name)
                variants.add(name.upper())
    return variants


def _names_regex(variants: Iterable[str]) -> tuple[tuple[str, ...], re.Pattern | None]:
    """`variants` (longest first) and one regex matching any of them as a whole word, with
    an optional possessive; the scorer's outlet mask uses it too."""
    ordered = sorted(set(variants), key=len, reverse=True)
    if not ordered:
        return (), None
    return tuple(ordered), re.compile(r"(?<![\w])" + _trie_regex(ordered) + r"(?:['’]s)?(?![\w])")


def _name_variants(raw: str) -> set[str]:
    """'CNN (Web News)' -> {'CNN (Web News)', 'CNN'}; 'fox news' -> 'Fox News'; etc."""
    out: set[str] = set()
    raw = raw.strip()
    if not raw:
        return out
    base = re.sub(r"\s*\([^)]*\)\s*", " ", raw).strip()
    base = re.sub(r"\s+-\s+.*$", "", base).strip()  # 'New York Times - News'
    for v in (raw, base):
        if v:
            out.add(v)
            if v.islower():
                out.add(" ".join(w if w in _SMALL else w.capitalize() for w in v.split()))
                out.add(v.title())
    for v in list(out):
        if v.startswith("The ") and " " in v[4:]:  # 'The Daily Caller' -> 'Daily Caller'
            out.add(v[4:])
        if v.endswith(".com"):
            out.add(v[:-4])
    return {v for v in out if v}


def _trie_regex(words: list[str]) -> str:
    """One regex alternation shaped as a prefix trie: fast on a thousand names, where a
    flat alternation would try every name at every word start."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


_SMALL = {"of", "the", "and", "for", "on", "in", "a", "at"}
