"""Figures of two nights (review 18).

Protests, storms and rescues are counted night by night: "Four officers suffered non-life-threatening
injuries during the protests Wednesday night" and "At the press conference Wednesday, the police chief said
about 16 officers were injured over the course of the night" (the night before the press conference:
Tuesday's) name one weekday, which the two-moments test reads as one moment, but two nights. A night is
named by its weekday ("Wednesday night", "Tuesday evening", "late Tuesday", "overnight Tuesday"), or told
relative to when the words were said ("last night", "overnight", "over the course of the night"): the
night before the weekday the sentence names without a night ("At the press conference Wednesday"), or,
naming none, the night before the article's day. A figure whose own words name no time (no night, weekday
or time of day) takes the nights the sentences before it in its paragraph name: NPR's "The police shooting
... sparked overnight protests and unrest. Protesters threw rocks at police, injuring 16 officers" counts
the night before its article's day. Two figures whose words each name a night, none in common, are two
nights' counts.
"""

from __future__ import annotations

import datetime
import re

_DAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")  # date.weekday() order
_WD = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_NAMED_NIGHT = re.compile(rf"\b{_WD}(?:'s|’s)?\s+(?:night|evening)\b|\b(?:late|overnight)\s+(?:on\s+)?{_WD}\b",
                          re.IGNORECASE)
_RELATIVE_NIGHT = re.compile(r"\b(?:last\s+night|overnight|(?:during|over|through(?:out)?|in)\s+(?:the\s+course\s+of\s+)?"
                             r"the\s+night)\b", re.IGNORECASE)
# A weekday that names a day, not a night or a part of a day of its own ("Wednesday morning" tells a morning)
_BARE_DAY = re.compile(rf"\b{_WD}\b(?!(?:'s|’s)?\s+(?:night|evening|morning|afternoon))", re.IGNORECASE)


def _index(name: str) -> int:
    return _DAYS.index(name.lower())


def nights(text: str, published: datetime.date | None = None) -> frozenset[int]:
    """The nights a figure's moment text names, each as the weekday (0 = Monday) it begins on."""
    named = {_index(m.group(1) or m.group(2)) for m in _NAMED_NIGHT.finditer(text)}
    if _RELATIVE_NIGHT.search(_NAMED_NIGHT.sub(" ", text)):
        told = {_index(m.group(1)) for m in _BARE_DAY.finditer(_NAMED_NIGHT.sub(" ", text))}
        if told:
            named |= {(d - 1) % 7 for d in told}
        elif published is not None:
            named.add((published.weekday() - 1) % 7)
    return frozenset(named)


def night_words(text: str) -> str:
    """The phrases of `text` that name a night ("Wednesday night", "overnight"), joined."""
    named = [m.group(0) for m in _NAMED_NIGHT.finditer(text)]
    return " ".join(named + [m.group(0) for m in _RELATIVE_NIGHT.finditer(_NAMED_NIGHT.sub(" ", text))])


def nights_apart(ta: str, tb: str, day_a: datetime.date | None = None, day_b: datetime.date | None = None) -> bool:
    """Whether two figures' moment texts each name a night, none in common."""
    na, nb = nights(ta, day_a), nights(tb, day_b)
    return bool(na and nb and not na & nb)
