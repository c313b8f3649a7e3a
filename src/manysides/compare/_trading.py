"""Figures of a market, which moves all day: two outlets' readings of an index, a price or a
yield are of two moments unless both are the day's close.

Review 16 read a market rout (2020-03-09) whose figures differed only by when each outlet
wrote: the Dow down 7.8% "to close at 23,851.02" against 4.9% at midday, Brent crude down
24.1% against "nearly 19%", the 10-year yield "briefly dipping to 0.318%" against "plunged to
0.59%". A reading that says neither its time nor that it is the close cannot be told apart
from one taken hours later, so only two closing figures are compared."""

from __future__ import annotations

import re

from ..records import Claim

# A market's name: a stock index, shares, crude oil, a Treasury yield (case-sensitive for the names, so
# "dow" and "shares" as common words in other senses stay out as far as capitals tell them)
_MARKET = re.compile(
    r"\b(?:Dow|S&P|Nasdaq|FTSE|DAX|CAC|Nikkei|Hang Seng|Stoxx|Russell 2000|[Ss]tocks?|[Ss]tock market|[Ss]hares|"
    r"the market|[Cc]rude|Brent|WTI|[Oo]il prices?|Treasury|[Yy]ields?|[Ff]utures|[Bb]itcoin)\b")
# a day's final figure: "to close at", "closed down", "settled at", "to end at", "finished the day"
_CLOSE = re.compile(r"\b(?:(?:to|at the) close|closed|closing (?:at|level|bell|price)|settled|to settle|"
                    r"end(?:ed)? the (?:day|session)|to end at|ended at|finish(?:ed)? (?:at|the day))\b",
                    re.IGNORECASE)
_CURRENCY = re.compile(r"[A-Z]{3}")
# the same in a claim's subject, which the claims stage gives in lower case ("dow jones industrial average lose")
_SUBJECT_MARKET = re.compile(r"\b(?:dow|s&p|nasdaq|ftse|dax|nikkei|stocks?|stock market|shares|crude|brent|wti|"
                             r"oil prices?|treasury|yields?|futures|bitcoin)\b")


def _market(c: Claim) -> bool:
    """Whether the figure is a market's: its subject names one, or (a percent, points or a price) its sentence does."""
    if _SUBJECT_MARKET.search(c.subject or ""):
        return True
    unit = c.unit if isinstance(c.unit, str) else ""
    priced = unit in {"percent", "point", "points"} or bool(_CURRENCY.fullmatch(unit))
    return priced and bool(_MARKET.search(c.sentence or ""))


def intraday_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures are readings of a market at two moments of its day: both a market's
    (`_market`), and not both the day's close (`_CLOSE` in their sentences)."""
    if not (_market(a) and _market(b)):
        return False
    return not (_CLOSE.search(a.sentence or "") and _CLOSE.search(b.sentence or ""))
