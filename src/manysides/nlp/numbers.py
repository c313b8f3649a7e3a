"""Numbers as news writes them: numerals, number words, scales, hedges and intervals.

Pure functions over lowercase token strings, no spaCy, so the rules are easy to test and
to read. `claims.py` walks a spaCy Doc and calls these.

The hedge table (see docs/claims.md) maps each hedge phrase to a family, and each family
to the interval it implies:

| family       | phrases (examples)                              | interval            |
|--------------|-------------------------------------------------|---------------------|
| (none)       | "$30 million"                                   | [v, v]              |
| approx       | about, around, roughly, some, an estimated, ~, or so | [v - t, v + t] |
| near_under   | nearly, almost, just under, close to, shy of    | [v - t, v]          |
| near_over    | just over, a little more than, slightly above   | [v, v + t]          |
| at_least     | more than, over, above, at least, or more, 3,000+, topped, exceeded | [v, None] |
| at_most      | less than, under, fewer than, up to, as many as, or fewer | [0, v] (None for years/dates) |
| range        | between 3 and 5, 3 to 5, 3-5                    | [a, b]              |

`t` is the rounding tolerance of `tolerance(value, unit)`.
"""

from __future__ import annotations

import re

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
BIG_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Scale words that may follow a numeral ("30 million", "$1.2 bn", "£20m").
NUMERAL_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}
# Single-letter scales are only read after a currency sign ("$5m", "$20k", "£3bn").
MONEY_ONLY_SCALES = {"m": 1e6, "m.": 1e6, "k": 1e3, "b": 1e9, "b.": 1e9}

_NUMERAL = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
_NUMERAL_SUFFIXED = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(bn|bln|mln|mn|m|k|tn|trn|b)$")


def parse_numeral(text: str, money: bool = False) -> tuple[float, bool] | None:
    """A numeral token as (value, has_scale): "3,200" -> 3200, "1.2bn" -> 1.2e9, "22½" -> 22.5.

    Suffixes m/k/b are read only when `money` (after a currency sign): "20m" alone
    is more often metres.
    """
    t = text.lower()
    mixed = _MIXED_NUMERAL.match(t)
    if mixed:  # "22½"
        return int(mixed.group(1)) + VULGAR_FRACTIONS[mixed.group(2)], False
    m = _NUMERAL.match(t)
    if m:
        return float(m.group(1).replace(",", "") + (m.group(2) or "")), False
    m = _NUMERAL_SUFFIXED.match(t)
    if m:
        suffix = m.group(3)
        scale = NUMERAL_SCALES.get(suffix) or (MONEY_ONLY_SCALES.get(suffix) if money else None)
        if scale is None:
            return None
        return float(m.group(1).replace(",", "") + (m.group(2) or "")) * scale, True
    return None


# Fractions a whole number may carry ("22 1/2", "22½", "22 and a half"): proper fractions
# of a small denominator only, so "9/11", "24/7" and dates stay what they are.
VULGAR_FRACTIONS = {
    "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}
_SLASH_FRACTION = re.compile(r"^([1-9]|1[0-5])/(2|3|4|8|16)$")
_MIXED_NUMERAL = re.compile(r"^(\d{1,3})([" + "".join(VULGAR_FRACTIONS) + r"])$")
_FRACTION_WORDS = {"half": 1 / 2, "quarter": 1 / 4}


def parse_fraction(text: str) -> float | None:
    """A proper fraction written after a whole number: "1/2" -> 0.5, "3/4", "½" -> 0.5.

    Only denominators 2, 3, 4, 8 and 16 ("9/11" and "24/7" are names, "3/4/2021" a date).
    """
    if text in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[text]
    m = _SLASH_FRACTION.match(text)
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    return int(m.group(1)) / int(m.group(2))


def parse_fraction_words(words: list[str]) -> tuple[float, int] | None:
    """The fraction written in words after a whole number ("22 and a half", "two and a
    half"): (fraction, tokens used, "and" included). Reads "and a half", "and one half", "and one - half", "and a quarter",
    "and three quarters" / "and three - quarters"."""
    if len(words) < 3 or words[0] != "and":
        return None
    k = 2 if words[1] in ("a", "one", "three") else 0
    if k and k < len(words) and words[k] in ("-", "–"):
        k += 1
    if not k or k >= len(words):
        return None
    w = words[k]
    if words[1] == "three":
        return (3 / 4, k + 1) if w == "quarters" else None
    return (_FRACTION_WORDS[w], k + 1) if w in _FRACTION_WORDS else None


# Units of time in seconds (`claims.py` writes durations in years as "years", the unit
# "year" being a calendar year), to add up a duration written in parts ("12 hours and 52
# minutes") and to compare durations written in other units ("270 months", "22 1/2 years").
DURATION_SECONDS = {
    "second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
    "month": 2629746.0, "years": 31556952.0, "decade": 315569520.0, "century": 3155695200.0,
}


def duration_in(value: float, unit: str, to: str) -> float | None:
    """A duration converted to another unit of time ("270", "month" -> "years": 22.5), or
    None when either unit is no unit of time. A month is a twelfth of a year."""
    a, b = DURATION_SECONDS.get(unit.lower()), DURATION_SECONDS.get(to.lower())
    if a is None or b is None:
        return None
    return value * a / b


def numeral_is_plain_integer(text: str) -> bool:
    """True for "2019" (no comma, no decimals): the shape of a calendar year."""
    return text.isdigit()


def parse_word_number(words: list[str]) -> tuple[float, int] | None:
    """Read a number written in words from the start of `words` (lowercase tokens).

    Returns (value, tokens used) or None. Understands one..ninety-nine (with or
    without the hyphen as a separate token), hundred, thousand, million, billion,
    trillion, "a"/"an" + scale ("a million"), "a dozen", "two dozen", "half a million".
    Vague plurals ("dozens", "hundreds of") are not numbers and give None.
    """
    if not words:
        return None
    factor = 1.0
    skipped = 0  # tokens of the text stood in for by "one" ("a", "half a")
    if words[0] == "half" and len(words) > 2 and words[1] in ("a", "an"):
        if words[2] in BIG_SCALES or words[2] in ("dozen", "hundred"):
            factor, skipped = 0.5, 1
            words = ["one"] + words[2:]  # "half a million": read "one million", then halve
        else:
            return None
    elif words[0] in ("a", "an"):
        if len(words) > 1 and (words[1] in BIG_SCALES or words[1] in ("dozen", "hundred")):
            words = ["one"] + words[1:]  # "a million" reads as "one million"
        else:
            return None
    i = 0
    total = 0.0
    current = 0.0
    used = i
    last = None  # kind of the last word read: "ones", "tens", "hundred", "scale", "dozen"
    j = i
    while j < len(words):
        w = words[j]
        if w in ONES and last in (None, "tens", "hundred", "scale"):
            if last == "tens" and ONES[w] >= 10:
                break
            current += ONES[w]
            last = "ones"
        elif w in TENS and last in (None, "hundred", "scale"):
            current += TENS[w]
            last = "tens"
        elif w == "hundred" and last in ("ones", "tens") and current < 100:
            current *= 100
            last = "hundred"
        elif w in BIG_SCALES and last in ("ones", "tens", "hundred"):
            total += current * BIG_SCALES[w]
            current = 0.0
            last = "scale"
        elif w == "dozen" and last == "ones" and total == 0 and current < 100:
            current *= 12
            last = "dozen"
            used = j + 1
            break
        elif w in ("-", "–") and last == "tens" and j + 1 < len(words) and words[j + 1] in ONES:
            j += 1
            continue
        elif w == "and" and last in ("hundred", "scale") and j + 1 < len(words) and (
            words[j + 1] in ONES or words[j + 1] in TENS
        ):
            j += 1
            continue
        else:
            break
        j += 1
        used = j
    if last is None:
        return None
    return (total + current) * factor, used + skipped


# --- hedges ----------------------------------------------------------------------------

APPROX = "approx"
NEAR_UNDER = "near_under"
NEAR_OVER = "near_over"
AT_LEAST = "at_least"
AT_MOST = "at_most"
RANGE = "range"

# Phrases written before the number. Longer phrases win ("just under" over "under").
PRE_HEDGES: dict[str, str] = {}
for _family, _phrases in {
    APPROX: [
        "about", "around", "roughly", "approximately", "approx.", "some", "an estimated",
        "estimated", "circa", "ca.", "~", "in the region of", "on the order of",
        "something like", "give or take", "more or less", "in the neighborhood of",
        "in the neighbourhood of",
    ],
    NEAR_UNDER: [
        "nearly", "almost", "just under", "close to", "shy of", "just shy of", "short of",
        "just short of", "not quite", "approaching", "nearing", "just below",
        "slightly less than", "a little less than", "a little under", "slightly under",
        "just less than", "slightly below", "just fewer than",
    ],
    NEAR_OVER: [
        "just over", "just above", "a little over", "a little more than", "slightly more than",
        "slightly over", "slightly above", "just more than", "a bit more than",
        "a bit over",
    ],
    AT_LEAST: [
        "more than", "over", "above", "at least", "upwards of", "exceeding", "in excess of",
        "greater than", "higher than", "north of", "well over", "well above",
        "well more than", "far more than", "much more than", "no fewer than",
        "no less than", "not less than", "a minimum of", "upward of",
        # verbs that put the quantity below what they report ("spending topped $41 million")
        "topped", "tops", "topping", "exceeded", "exceeds", "surpassed", "surpasses", "eclipsed",
    ],
    AT_MOST: [
        "less than", "under", "fewer than", "below", "at most", "up to", "no more than",
        "not more than", "as many as", "as much as", "as high as", "a maximum of",
        "lower than", "south of", "well under", "well below", "far less than",
        "far fewer than", "much less than", "a max of", "not even",
    ],
}.items():
    for _p in _phrases:
        PRE_HEDGES[_p] = _family

# Phrases written after the number ("3,000 or more", "3,000-plus").
POST_HEDGES: dict[str, str] = {
    "or so": APPROX, "or more": AT_LEAST, "or higher": AT_LEAST, "or greater": AT_LEAST,
    "or above": AT_LEAST, "plus": AT_LEAST, "- plus": AT_LEAST, "+": AT_LEAST,
    "or less": AT_MOST, "or fewer": AT_MOST, "or lower": AT_MOST, "or under": AT_MOST,
    "odd": APPROX, "- odd": APPROX, "or thereabouts": APPROX,
}

MAX_HEDGE_WORDS = max(len(p.split()) for p in list(PRE_HEDGES) + list(POST_HEDGES))

# Units where a quantity cannot be negative, so "less than" starts at 0.
_SIGNED_UNITS = {"year", "date"}


def hedge_family(hedge: str | None) -> str | None:
    """The family of a hedge phrase as stored in `Claim.hedge` (None when unhedged)."""
    if not hedge:
        return None
    h = " ".join(hedge.lower().split())
    if h in ("between", "range", "from"):
        return RANGE
    return PRE_HEDGES.get(h) or POST_HEDGES.get(h) or POST_HEDGES.get(h.replace("-", "- "))


def tolerance(value: float, unit: str) -> float:
    """How far a rounded, hedged number may plausibly be from the truth.

    percent: max(1 point, 5 % of the value) ("about 12 percent" -> 11..13,
    "about 60 percent" -> 57..63); percentage points: 0.5 point; calendar year: 1;
    dates: 0 (a hedged date keeps its day); everything else: 10 % of the value.
    """
    v = abs(value)
    if unit == "percent":
        return max(1.0, 0.05 * v)
    if unit == "percentage points":
        return 0.5
    if unit == "year":
        return 1.0
    if unit == "date":
        return 0.0
    return 0.1 * v


def interval(value: float, unit: str, family: str | None) -> tuple[float | None, float | None]:
    """The (low, high) a hedge family implies for one number; None = unbounded."""
    t = tolerance(value, unit)
    # a quantity given as negative ("-3.2%", "minus 80 degrees") has no floor at 0
    floor = None if unit in _SIGNED_UNITS or value < 0 else 0.0
    if family is None or family == RANGE:
        return value, value
    if family == APPROX:
        low = value - t
        return (max(low, floor) if floor is not None else low), value + t
    if family == NEAR_UNDER:
        low = value - t
        return (max(low, floor) if floor is not None else low), value
    if family == NEAR_OVER:
        return value, value + t
    if family == AT_LEAST:
        return value, None
    if family == AT_MOST:
        return floor, value
    return value, value


def range_interval(
    a: float, b: float, unit: str, family: str | None
) -> tuple[float | None, float | None]:
    """The interval of a range "a to b", widened by a hedge on it ("about 3 to 5 percent")."""
    lo_a, _ = interval(a, unit, family)
    _, hi_b = interval(b, unit, family)
    if family in (None, RANGE, NEAR_OVER):
        lo_a = a
    if family in (None, RANGE, NEAR_UNDER):
        hi_b = b
    return lo_a, hi_b
