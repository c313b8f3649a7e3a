"""Numeric claims: the numbers an article states, with unit, hedge, interval and subject.

`extract_claims(doc)` walks the tokens of a parsed spaCy Doc once, reads each number
(numerals, number words, scales, currency signs), the unit written after it, the hedge
written around it and the range it may be part of, drops numbers that are not claims
(times, phone numbers, list numbering, street numbers, identifiers such as "Section 230",
sports scores and vote tallies, "one of", ordinals), and names what each number is about
from the dependency parse. The number rules themselves live in `numbers.py`; the
conventions (units, hedge table, subjects) are documented in docs/claims.md.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Claim
from .numbers import (
    AT_LEAST,
    DURATION_SECONDS,
    MAX_HEDGE_WORDS,
    MONEY_ONLY_SCALES,
    NUMERAL_SCALES,
    POST_HEDGES,
    PRE_HEDGES,
    interval,
    parse_fraction,
    parse_fraction_words,
    parse_numeral,
    parse_word_number,
    range_interval,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["extract_claims", "subject_key", "subject_similarity"]

# --- vocabularies ----------------------------------------------------------------------

CURRENCY_SIGNS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
    "gbp": "GBP", "¥": "JPY", "₹": "INR", "c$": "CAD", "a$": "AUD",
}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "bucks": "USD", "euros": "EUR", "euro": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
}
CURRENCY_ADJECTIVES = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD"}
PERCENT_WORDS = {"%", "percent", "pct", "pct.", "percent."}
# Measurement nouns (by lemma): a number before one is a quantity, not a count.
MEASURES = {
    "mile": "mile", "kilometer": "kilometer", "kilometre": "kilometer", "km": "kilometer",
    "meter": "meter", "metre": "meter", "foot": "foot", "feet": "foot", "ft": "foot",
    "inch": "inch", "yard": "yard", "acre": "acre", "hectare": "hectare",
    "lb": "pound", "lbs": "pound", "ton": "ton", "tonne": "tonne", "kilogram": "kilogram",
    "kg": "kilogram", "gram": "gram", "ounce": "ounce", "oz": "ounce", "gallon": "gallon",
    "liter": "liter", "litre": "liter", "barrel": "barrel", "degree": "degree",
    "mph": "mile per hour", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilowatt": "kilowatt", "calorie": "calorie", "bushel": "bushel",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "years", "decade": "decade", "century": "century",
    "point": "point", "mg": "milligram", "milligram": "milligram",
}
SQUARE_WORDS = {"square", "sq", "sq.", "cubic"}
# A counted noun after "one" that makes an idiom, not a count ("one day", "one thing").
ONE_IDIOMS = {
    "day", "time", "point", "thing", "way", "side", "hand", "reason", "example", "another",
    "more", "last", "place", "moment", "instance", "occasion", "night", "morning",
    "evening", "afternoon", "question", "problem", "issue", "part", "aspect", "kind",
    "sort", "form", "word", "area", "step", "option", "possibility", "version",
}
# Words before a number that make it a name or a label, not a quantity.
ID_WORDS = {
    "page", "p.", "pp.", "pages", "section", "sec.", "article", "chapter", "title", "rule",
    "no.", "no", "nos.", "number", "#", "flight", "route", "highway", "interstate", "room",
    "suite", "apartment", "apt.", "unit", "precinct", "district", "ward", "game", "week",
    "round", "stage", "phase", "level", "category", "grade", "class", "proposition",
    "prop.", "measure", "question", "item", "figure", "fig.", "table", "exhibit",
    "paragraph", "verse", "line", "bill", "h.r.", "model", "version", "episode", "season",
    "volume", "vol.", "issue", "gate", "terminal", "pier", "platform", "channel",
    "station", "box", "lot", "block", "zone", "row", "seat", "covid", "covid-", "type",
    "code", "step", "tier", "lane", "exit", "pier", "act", "amendment", "resolution",
    "formula", "studio", "camp", "building", "floor", "tower", "gen", "generation",
    "term", "day", "sars-cov-", "mk",
}
MONTHS = {
    "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3,
    "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun.": 6, "july": 7,
    "jul.": 7, "august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9,
    "sep.": 9, "october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}
# Verbs that only report a level ("rose to", "stands at"): the subject is their subject.
TRANSPARENT_VERBS = {
    "be", "rise", "fall", "climb", "drop", "increase", "decrease", "decline", "grow",
    "jump", "surge", "reach", "hit", "stand", "total", "amount", "remain", "soar",
    "plunge", "slip", "edge", "tick", "top", "exceed", "come", "go", "sink", "shrink",
    "dip", "slide", "tumble", "swell", "balloon", "hover", "sit", "number", "put",
    "estimate", "peg", "average", "near", "approach", "range", "vary", "shoot", "spike",
    "skyrocket", "rocket", "plummet", "fall", "ease", "slow",
}
# Verbs that change their object by the number ("cut its workforce by 10 percent").
CHANGE_VERBS = {"reduce", "cut", "raise", "boost", "lower", "increase", "decrease", "double", "triple", "slash"}
# Counted nouns so general that the verb says what was counted ("nine people [were] killed").
GENERIC_NOUNS = {
    "people", "person", "man", "woman", "child", "other", "adult", "individual",
    "resident", "member", "one", "those", "kid", "boy", "girl", "men", "women", "children",
}
LIGHT_VERBS = {"be", "have", "say", "include", "make", "do", "get", "see", "tell", "show"}
# Sentence words that make a bare "points" mean percentage points.
PERCENT_CONTEXT = (
    "%", "percent", "per cent", "poll", "margin", "lead", "survey", "approval",
    "percentage", "voter", "ballot", "electorate", "election", "primary", "rate",
)
_STOP_POS = {
    "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART", "AUX", "SYM",
    "SPACE", "X", "INTJ",
}
_SUBJECT_WORDS = 6
_COLLECTIVE_NOUNS = {"staff", "personnel", "police", "cattle", "livestock", "crew", "military", "people"}
_FRACTIONS = {"half", "third", "quarter", "fourth", "fifth", "sixth", "eighth", "tenth"}
_LEMMA_FIXES = {"dos": "dose"}  # slips of the small model's lemmatizer
# Modifiers that say how a sum is known, not what it is ("$29.6 million in reported spending")
_MONEY_UNITS = set(CURRENCY_SIGNS.values()) | set(CURRENCY_WORDS.values()) | set(CURRENCY_ADJECTIVES.values())
_VAGUE_MODIFIERS = {"report", "reported", "estimate", "estimated", "total", "overall", "combined"}
_RESERVED_UNITS = {"count", "year", "date", "percent"}
# Nouns that "one" counts as a claim ("one person died"); other "one X" are mostly idioms.
ONE_COUNTABLE = {
    "person", "man", "woman", "child", "officer", "soldier", "student", "victim",
    "patient", "worker", "employee", "death", "case", "vote", "seat", "dose", "shot",
    "member", "passenger", "resident", "suspect", "firefighter", "hostage", "civilian",
}
# Words after a duration that make it a relative time ("two years later").
RELATIVE_TIME = {"later", "ago", "earlier", "prior", "apart", "afterward", "afterwards"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "years", "decade", "century"}
# Time units in seconds, to add up a duration written in parts ("12 hours and 52 minutes").
_SECONDS = DURATION_SECONDS
# Verbs after which "up to" is the particle and its preposition ("revised up to 590,000").
_UP_VERBS = {"revise", "tick", "move", "go", "climb", "inch", "creep", "push", "jump", "shoot", "ratchet",
             "drive", "bump", "mark", "round", "run", "rise", "come", "edge", "jack", "ramp", "step", "wind"}
# Verbs after which "over"/"about"/"under" is a preposition, not a hedge.
_PREP_VERBS = {
    "fight", "argue", "dispute", "battle", "clash", "worry", "debate", "negotiate", "feud",
    "split", "sue", "talk", "think", "care", "know", "speak", "write", "ask", "hear",
    "learn", "complain", "bring", "concern", "wrangle", "spar", "bicker", "come",
}

# Character patterns whose digits are never claims.
_NOISE_PATTERNS = [
    re.compile(r"(?<![\w$])(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"),  # phones
    re.compile(r"(?<![\w.])\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.|[ap]m\b)", re.I),  # 3 p.m., 10am
    re.compile(r"(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"),  # 10:30
    re.compile(r"\b\w+\s+o['’]clock\b", re.I),
    re.compile(r"(?<![\w/])\d+(?:/\d+)+(?![\w/])"),  # 9/11, 24/7, 3/4/2021, 1/2
    re.compile(r"\d+\s?[-–]\s?to\s?[-–]\s?\d+"),  # "a 134-to-63 vote": a tally
    re.compile(r"(?m)^[ \t]*\(?\d{1,3}[.)](?=\s)"),  # list numbering "1." "2)"
    re.compile(r"(?m)^[ \t]*\d{1,4}[ \t]*$"),  # a number alone on a line (page numbers)
    re.compile(
        r"\b\d{1,6}(?=(?:\s+[A-Z0-9][\w.'-]*){1,4}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|"
        r"Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|"
        r"Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Plaza|Square)\b)"
    ),  # street numbers
]


@dataclass
class _Num:
    """A number phrase: tokens [start, end), currency sign included."""

    start: int
    end: int
    value: float
    words: bool  # written in words ("two dozen")
    scale: float  # the scale word's factor, 1.0 when none
    year_shaped: bool  # four plain digits, 1800..2100
    currency: str | None  # from a sign before it ("$", "€")
    plus: bool = False  # "$1 trillion+": the tokenizer glued the "+" to the scale
    tail: int = 0  # tokens of the number written after its unit ("a year and a half": 3)


@dataclass
class _Unit:
    unit: str | None
    end: int  # token index after the unit words (for the claim text)
    factor: float = 1.0  # multiply the value ("cents" -> 0.01)
    noun: "Token | None" = None  # the counted or measured noun
    # a hedge written between the number and its unit ("3,000+ fans", "3,000 or more
    # fans", "30-plus years"): (phrase, family, token after it)
    post: tuple[str, str, int] | None = None
    age: bool = False
    identifier: bool = False  # "737 Max": the number names something


class _Ctx:
    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.n = len(doc)
        self.lower = [t.lower_ for t in doc]
        self.has_parse = doc.has_annotation("DEP")
        self.skip = [False] * self.n
        self.text = text = doc.text  # spaCy rebuilds doc.text on each access: keep one
        for pat in _NOISE_PATTERNS:
            for m in pat.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.skip[t.i] = True
        for t in doc:
            if t.like_url or t.like_email:
                self.skip[t.i] = True
        self._percent_sents: dict[int, bool] = {}

    def tok(self, i: int) -> str:
        return self.lower[i] if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with no space between."""
        return 0 < i <= self.n and not self.doc[i - 1].whitespace_

    def sentence(self, i: int) -> str:
        try:
            return self.doc[i].sent.text.strip()
        except ValueError:  # no sentence boundaries on this Doc
            return self.text.strip()

    def percent_context(self, i: int) -> bool:
        try:
            sent = self.doc[i].sent
        except ValueError:
            sent = self.doc[:]
        hit = self._percent_sents.get(sent.start)
        if hit is None:
            low = sent.text.lower()
            hit = any(w in low for w in PERCENT_CONTEXT)
            self._percent_sents[sent.start] = hit
        return hit


# --- reading numbers --------------------------------------------------------------------


# A sign glued to a numeral, with a currency sign between or not: "-3.2", "-$4", "−20".
_SIGNED = re.compile(r"^[-−]([$€£¥₹]?)(\d[\d,.]*[a-z]*)$", re.IGNORECASE)


def _number_at(ctx: _Ctx, i: int, currency: str | None = None) -> _Num | None:
    """The number phrase starting at token i: a sign ("-3.2%", "-$4 million") or the word
    "minus" ("minus $37 a barrel") makes it negative."""
    if i >= ctx.n or ctx.skip[i]:
        return None
    m = _SIGNED.match(ctx.doc[i].text)
    # not a sign when glued to a word or a number before it ("COVID-19", "3-5")
    if m and not (ctx.glued(i) and (ctx.doc[i - 1].is_alpha or ctx.doc[i - 1].like_num)):
        cur = CURRENCY_SIGNS.get(m.group(1)) or currency if m.group(1) else currency
        num = _numeral_num(ctx, i, i, m.group(2), cur)
        return None if num is None else dataclasses.replace(num, value=-num.value, year_shaped=False)
    num = _unsigned_number_at(ctx, i, currency)
    if num is not None and num.start > 0 and ctx.tok(num.start - 1) == "minus" and not (
            num.start > 1 and ctx.doc[num.start - 2].like_num):  # "5 minus 3" is arithmetic
        return dataclasses.replace(num, start=num.start - 1, value=-num.value, year_shaped=False)
    return num


def _unsigned_number_at(ctx: _Ctx, i: int, currency: str | None = None) -> _Num | None:
    """The number phrase starting at token i (a currency sign may come first)."""
    start = i
    sign = CURRENCY_SIGNS.get(ctx.tok(i))
    if sign and ctx.doc[i].text.lower() in CURRENCY_SIGNS and i + 1 < ctx.n:
        if ctx.tok(i) in ("usd", "eur", "gbp") and not ctx.doc[i].is_upper:
            sign = None
        else:
            currency = sign
            i += 1
            if ctx.skip[i]:
                return None
    text = ctx.doc[i].text
    if parse_numeral(text, money=currency is not None) is not None:
        if i > 0 and ctx.tok(i - 1) == "-" and ctx.glued(i) and ctx.glued(i - 1) and ctx.doc[i - 2].is_alpha:
            return None  # "COVID-19", "I-95": a name with a number in it
        return _numeral_num(ctx, start, i, text, currency)
    words = ctx.lower[i : i + 12]
    half = _half_of_unit(ctx, i, words)
    if half is not None:
        return half
    got = parse_word_number(words)
    if got is None:
        return None
    value, used = got
    if value <= 0:
        return None
    scale = 1.0
    for w in words[:used]:
        if w in NUMERAL_SCALES and w != "hundred":
            scale = max(scale, NUMERAL_SCALES[w])
    if scale == 1.0 and value == int(value) and "dozen" not in words[:used]:
        return _with_fraction(ctx, _Num(start, i + used, value, True, scale, False, currency))
    return _Num(start, i + used, value, True, scale, False, currency)


def _measure_word(ctx: _Ctx, k: int) -> bool:
    """Token k is a unit of measure in the singular ("year", "hour", "mile")."""
    if k >= ctx.n:
        return False
    t = ctx.doc[k]
    if t.lower_ == "percentage" and ctx.tok(k + 1) == "point":
        return True  # "half a percentage point"
    return t.tag_ != "NNS" and (t.lower_ in MEASURES or (t.lemma_.lower() in MEASURES and t.lower_ == t.lemma_.lower()))


def _half_of_unit(ctx: _Ctx, i: int, words: list[str]) -> _Num | None:
    """A unit and a half, or half a unit: "a year and a half" (1.5, the "and a half" read
    after the unit), "an hour and a half", "half a year", "half an hour" (0.5). Units of
    measure only ("half a sandwich", "a man and a half" are no figures)."""
    if len(words) >= 5 and words[0] in ("a", "an") and _measure_word(ctx, i + 1):
        got = parse_fraction_words(words[2:])
        if got is not None and got[0] == 0.5:
            return _Num(i, i + 1, 1.5, True, 1.0, False, None, tail=got[1])
    if len(words) >= 3 and words[0] == "half" and words[1] in ("a", "an") and _measure_word(ctx, i + 2):
        return _Num(i, i + 2, 0.5, True, 1.0, False, None)
    return None


def _with_fraction(ctx: _Ctx, num: _Num) -> _Num:
    """A whole number with the fraction written after it: "22 1/2", "22 ½", "22 and a
    half", "two and a half", then maybe a scale ("two and a half million")."""
    j = num.end
    if j >= ctx.n:
        return num
    frac = None
    tok = ctx.doc[j].text
    if not ctx.glued(j) and not num.year_shaped and (f := parse_fraction(tok)) is not None:
        frac, end = f, j + 1
    elif ctx.tok(num.start - 1) != "between":  # "between one and three quarters of them": a range
        # the words, hyphens between them left out ("two-and-a-half-year")
        at = [k for k in range(j, min(j + 9, ctx.n))
              if not (ctx.tok(k) in ("-", "–") and ctx.glued(k) and ctx.glued(k + 1))]
        got = parse_fraction_words([ctx.lower[k] for k in at[:5]])
        if got is not None:
            frac, end = got[0], at[got[1] - 1] + 1
            if ctx.tok(end) in ("-", "–") and ctx.glued(end) and not _unit_word(ctx, end + 1):
                return num  # "three children and a half-brother": no fraction of a number
    if frac is None or num.year_shaped:
        return num
    value = num.value + frac
    s = NUMERAL_SCALES.get(ctx.tok(end))
    if s and ctx.tok(end) != "hundred":
        return dataclasses.replace(num, end=end + 1, value=value * s, scale=s, year_shaped=False)
    return dataclasses.replace(num, end=end, value=value, year_shaped=False)


def _unit_word(ctx: _Ctx, k: int) -> bool:
    """Token k names a unit ("year", "percent", "mile"): what a fraction may measure."""
    if k >= ctx.n:
        return False
    w = ctx.tok(k)
    return w in MEASURES or ctx.doc[k].lemma_.lower() in MEASURES or w in PERCENT_WORDS


def _numeral_num(ctx: _Ctx, start: int, i: int, text: str, currency: str | None) -> _Num | None:
    """The number phrase of numeral `text` (token i), with a scale word after it."""
    parsed = parse_numeral(text, money=currency is not None)
    if parsed is None:
        return None
    value, has_scale = parsed
    j = i + 1
    if not has_scale:
        w = ctx.tok(j)
        plus = w.endswith("+") and len(w) > 1
        w = w.rstrip("+") if plus else w
        s = NUMERAL_SCALES.get(w) or (MONEY_ONLY_SCALES.get(w) if currency and ctx.glued(j) else None)
        if s and not (w == "hundred" and ctx.tok(j + 1) == "of"):
            return _Num(start, j + 1, value * s, False, s, False, currency, plus=plus)
    year_shaped = text.isdigit() and len(text) == 4 and 1800 <= value <= 2100
    num = _Num(start, j, value, False, 1.0, year_shaped, currency)
    if text.isdigit() and value < 1000 and not has_scale:
        return _with_fraction(ctx, num)  # "22 1/2", "22 and a half"
    return num


def _counted_noun(ctx: _Ctx, num: _Num, j: int) -> "Token | None":
    """The noun a number counts or measures ("3,200 [anti-war] protesters")."""
    doc = ctx.doc
    if j >= ctx.n:
        return None
    last = doc[num.end - 1]
    if ctx.has_parse:
        h = last.head
        if (
            h.i >= j
            and h.i - j <= 4
            and h.pos_ in ("NOUN", "PROPN")
            and last.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos")
            and all(
                doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV")
                or doc[k].tag_ in ("VBN", "VBG")
                or doc[k].text in ("-", "–")
                for k in range(j, h.i)
            )
        ):
            return h
    t = doc[j]
    if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.tag_ == "NNPS"):
        # walk over compounds to the head noun ("3 police officers")
        k = j
        while k + 1 < ctx.n and doc[k].dep_ == "compound" and doc[k].head.i == k + 1 and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            k += 1
        return doc[k]
    return None


def _unit_after(ctx: _Ctx, j: int, num: _Num) -> _Unit:
    """What is written after a number: its unit, counted noun, or nothing."""
    t = ctx.tok
    post = None
    if num.plus:
        post = ("+", AT_LEAST, j)
    elif t(j) == "+" and ctx.glued(j):
        post, j = ("+", AT_LEAST, j + 1), j + 1
    elif t(j) in ("-", "–") and t(j + 1) in ("plus", "odd") and ctx.glued(j):
        post, j = (t(j + 1), POST_HEDGES[t(j + 1)], j + 2), j + 2
    elif t(j) == "plus" and j + 1 < ctx.n and ctx.doc[j + 1].pos_ == "NOUN":
        post, j = ("plus", AT_LEAST, j + 1), j + 1
    elif t(j) == "or":
        for size in (3, 2):
            phrase = " ".join(ctx.lower[j : j + size])
            if phrase in POST_HEDGES and j + size < ctx.n and ctx.doc[j + size].pos_ in ("NOUN", "PROPN"):
                post, j = (phrase, POST_HEDGES[phrase], j + size), j + size
                break
    if num.currency:
        end = j + 1 if t(j) in CURRENCY_WORDS else j
        return _Unit(num.currency, end, post=post)
    nxt_word = ctx.tok(j + 1) if t(j) in ("-", "–") else t(j)
    if ctx.doc[min(j + (1 if t(j) in ("-", "–") else 0), ctx.n - 1)].lemma_.lower() in _FRACTIONS or nxt_word in _FRACTIONS:
        return _Unit(None, j + 1, identifier=True)  # "two-thirds", "two thirds of": a fraction
    # "a 10-percent cut", "a 5-mile walk": a hyphen before a unit word
    if t(j) in ("-", "–") and ctx.glued(j) and (t(j + 1) in PERCENT_WORDS or t(j + 1) in MEASURES):
        j += 1
    w, w2 = t(j), t(j + 1)
    if w in PERCENT_WORDS:
        return _Unit("percent", j + 1, post=post)
    if w == "per" and w2 == "cent":
        return _Unit("percent", j + 2, post=post)
    if w == "percentage" and w2 in ("point", "points"):
        return _Unit("percentage points", j + 2, post=post)
    if w == "basis" and w2 in ("point", "points"):
        return _Unit("percentage points", j + 2, factor=0.01, post=post)
    if w in ("point", "points", "pts", "pts.") and ctx.percent_context(j) and num.value < 100:
        return _Unit("percentage points", j + 1, post=post)
    if w in CURRENCY_ADJECTIVES and w2 in ("dollars", "dollar"):
        return _Unit(CURRENCY_ADJECTIVES[w], j + 2, post=post)
    if w in CURRENCY_WORDS:
        return _Unit(CURRENCY_WORDS[w], j + 1, post=post)
    if w in ("pounds", "pound") and (num.scale > 1 or w2 == "sterling"):
        return _Unit("GBP", j + 2 if w2 == "sterling" else j + 1, post=post)
    if w in ("cents", "cent"):
        return _Unit("USD", j + 1, factor=0.01, post=post)
    # ages: "52-year-old", "52 years old", "52 years of age", "a 6-month-old baby"
    seq = ctx.lower[j : j + 4]
    for pattern, per in (
        (["-", "year", "-", "old"], 1), (["-", "years", "-", "old"], 1),
        (["-", "month", "-", "old"], 12), (["-", "week", "-", "old"], 52),
        (["year", "-", "old"], 1), (["years", "old"], 1), (["year", "old"], 1),
        (["month", "-", "old"], 12), (["week", "-", "old"], 52), (["weeks", "old"], 52),
        (["years", "of", "age"], 1), (["months", "old"], 12), (["-", "year", "-", "olds"], 1),
        (["-", "years", "-", "olds"], 1),
    ):
        if seq[: len(pattern)] == pattern:
            return _Unit("years", j + len(pattern), factor=1 / per, post=post, age=True)
    if (
        t(j) in ("-", "–")
        and ctx.glued(j)
        and ctx.glued(j + 1)
        and j + 1 < ctx.n
        and ctx.doc[j + 1].pos_ == "NOUN"
        and ctx.doc[j + 1].tag_ == "NN"
    ):
        # "a 10-year sentence", "a four-page summary", "a seven-count indictment":
        # the number measures the noun it is glued to; the subject is the noun modified.
        lemma = ctx.doc[j + 1].lemma_.lower()
        if lemma in _FRACTIONS:
            return _Unit(None, j + 2, identifier=True)  # "a two-thirds majority": not a quantity here
        unit = MEASURES.get(lemma, lemma)
        if unit in _RESERVED_UNITS:
            unit += "s"
        return _Unit(unit, j + 2, post=post)
    noun = _counted_noun(ctx, num, j)
    if noun is not None:
        lemma = noun.lemma_.lower()
        if noun.pos_ == "PROPN" and noun.tag_ != "NNPS":
            return _Unit(None, j, identifier=True)
        if lemma in MEASURES or noun.lower_ in MEASURES:
            unit = MEASURES.get(lemma) or MEASURES[noun.lower_]
            if noun.i > 0 and ctx.tok(noun.i - 1) in SQUARE_WORDS:
                unit = ctx.tok(noun.i - 1).rstrip(".").replace("sq", "square") + " " + unit
            if unit == "pound" and num.scale > 1:
                return _Unit("GBP", noun.i + 1, post=post)
            return _Unit(unit, noun.i + 1, noun=noun, post=post)
        if num.year_shaped and (noun.tag_ != "NNS" or noun.i != j or ctx.doc[num.start].ent_type_ == "DATE"):
            return _Unit(None, j, post=post)  # "the 2020 election": a year, not a count
        if num.value == 1 and num.words and (lemma in ONE_IDIOMS or noun.lower_ in ONE_IDIOMS):
            return _Unit(None, j, identifier=True)
        if noun.tag_ == "NN" and num.value != 1 and lemma not in _COLLECTIVE_NOUNS:
            return _Unit(None, j)  # "a 1.9 trillion stimulus package": it is not packages counted
        return _Unit("count", j, noun=noun, post=post)
    # "three of the victims": a count of the noun after "of" (not "one of")
    if t(j) == "of" and num.value != 1 and num.scale == 1 and ctx.has_parse:
        for c in ctx.doc[j].children:
            if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.i - j <= 4:
                return _Unit("count", j, noun=c, post=post)
    return _Unit(None, j, post=post)


# --- hedges ------------------------------------------------------------------------------


def _hedge_before(ctx: _Ctx, start: int) -> tuple[str | None, str | None, int]:
    """(hedge phrase, family, first token) of the longest hedge ending before `start`."""
    for size in range(MAX_HEDGE_WORDS, 0, -1):
        k = start - size
        if k < 0:
            continue
        phrase = " ".join(ctx.lower[k:start])
        fam = PRE_HEDGES.get(phrase)
        if fam is not None and not any(ctx.skip[x] for x in range(k, start)):
            if phrase in ("over", "about", "under") and k > 0 and ctx.doc[k - 1].lemma_.lower() in _PREP_VERBS:
                continue  # "fought over $30 million", "talked about 30 cases": a preposition
            if phrase == "up to" and k > 0 and ctx.doc[k - 1].lemma_.lower() in _UP_VERBS:
                continue  # "revised up to 590,000", "ticked up to 6.1%": a level reached, not a cap
            return phrase, fam, k
    return None, None, start


def _hedge_after(ctx: _Ctx, end: int) -> tuple[str | None, str | None, int]:
    for size in range(3, 0, -1):
        phrase = " ".join(ctx.lower[end : end + size])
        fam = POST_HEDGES.get(phrase)
        if phrase == "+" and not ctx.glued(end):
            continue
        if fam is not None and end + size <= ctx.n and phrase not in ("plus", "- plus"):
            return phrase, fam, end + size
    return None, None, end


# --- subjects ----------------------------------------------------------------------------


def _word(t: "Token") -> str:
    if t.pos_ == "PROPN":
        return t.text.lower()
    lemma = t.lemma_.lower() or t.lower_
    return _LEMMA_FIXES.get(lemma, lemma)


def _content(t: "Token", exclude: set[int]) -> bool:
    return (
        t.i not in exclude
        and t.pos_ not in _STOP_POS
        and not t.is_stop
        and any(ch.isalpha() for ch in t.text)
        and t.lower_ not in PERCENT_WORDS
    )


def _person(t: "Token") -> str | None:
    if t.ent_type_ != "PERSON":
        return None
    for ent in t.doc.ents:
        if ent.start <= t.i < ent.end:
            name = ent.text
            return re.sub(r"['’]s$", "", name).lower()
    return None


def _noun_phrase(t: "Token", exclude: set[int]) -> list[str]:
    """Lemmas of a noun and its modifiers ("the new anti-war protesters" -> anti war protester)."""
    person = _person(t)
    if person:
        return [person]
    words: list[str] = []
    for c in t.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and c.i not in exclude:
            for s in c.subtree:
                if _content(s, exclude):
                    p = _person(s)
                    words.append(p if p else _word(s))
    if t.i not in exclude and t.lower_ not in PERCENT_WORDS and any(ch.isalpha() for ch in t.text) and (
        t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") or _content(t, exclude)
    ):
        words.append(_word(t))
    return words


def _verb_subject(v: "Token", exclude: set[int]) -> list[str]:
    """Subject + verb + object/prep object of the clause a number sits in."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subj is None or subj.i in exclude) and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        # "a race in which $30 million was spent": the number is the clause's own subject,
        # so what it is about is the noun the clause describes
        subj = v.head
    up = v
    for _ in range(2):
        if subj is not None or up.dep_ not in ("conj", "xcomp", "advcl", "ccomp", "pcomp"):
            break
        up = up.head
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj_words: list[str] = []
    if subj is not None and subj.i not in exclude and subj.pos_ != "PRON":
        subj_words = _noun_phrase(subj, exclude)
        for c in subj.children:  # "the number of deaths" -> deaths
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and g.i not in exclude:
                        subj_words += _noun_phrase(g, exclude)
    if _word(v) in CHANGE_VERBS:
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i not in exclude and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return _noun_phrase(obj, exclude)
    if _word(v) in TRANSPARENT_VERBS | CHANGE_VERBS and subj_words:
        return subj_words
    words = subj_words + ([_word(v)] if v.pos_ in ("VERB", "NOUN", "ADJ") else [])
    for c in v.children:
        if c.dep_ in ("dobj", "attr") and c.i not in exclude and c.pos_ in ("NOUN", "PROPN"):
            words += _noun_phrase(c, exclude)
            break
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "for", "in", "to", "against", "into", "over") and not any(
            s.i in exclude for s in c.subtree
        ):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL") and pobj.pos_ in ("NOUN", "PROPN"):
                words += _noun_phrase(pobj, exclude)
                break
    return words


def _of_complement(anchor: "Token", exclude: set[int]) -> list[str]:
    """"46 percent of the vote" -> ["vote"]."""
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _noun_phrase(g, exclude)
    return []


def _in_complement(anchor: "Token", exclude: set[int]) -> list[str]:
    """"$29.6 million in spending", "$3 million in damage" -> ["spending"], ["damage"];
    not a place or a time ("$5 million in Ohio", "in 2019")."""
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.i not in exclude:
                    return [w for w in _noun_phrase(g, exclude) if w not in _VAGUE_MODIFIERS]
    return []


def _context_subject(anchor: "Token", exclude: set[int], money: bool = False) -> list[str]:
    """What a money/percent/quantity/year number is about, from its place in the parse.

    A sum of money followed by "in X" is a sum of X, whatever the clause around it says.
    """
    of = _of_complement(anchor, exclude)
    if money:
        what = _in_complement(anchor, exclude)
        if what:
            return what + of
    return _head_context(anchor, exclude) + of


def _head_context(anchor: "Token", exclude: set[int]) -> list[str]:
    words: list[str] = []
    a = anchor
    for _ in range(3):
        dep, h = a.dep_, a.head
        if h.i != a.i and (dep == "conj" or (h.lower_ in MONTHS and h.ent_type_ == "DATE")):
            # "$3 million and $5 million" shares the first conjunct's context;
            # "since November 1991" is about what the month is about
            a = h
            continue
        break
    dep, h = a.dep_, a.head
    if h.i == a.i:  # root: a verbless headline or fragment
        return words
    if dep == "pobj" and h.dep_ in ("prep", "agent", "dative") and h.head.i != h.i:
        g = h.head
        if g.pos_ in ("NOUN", "PROPN") and g.i not in exclude:
            extra = _noun_phrase(g, exclude)
            # "a margin of 4 points": the noun; "spending of $3m on ads": plus its object
            return words + extra
        if g.pos_ in ("VERB", "AUX", "ADJ"):
            return words + _verb_subject(g, exclude)
        if g.dep_ in ("pobj",) or g.i in exclude:
            return words + _head_context(g, exclude | {g.i}) if g.i not in exclude else words
        return words
    if dep in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "appos") and h.pos_ in ("NOUN", "PROPN"):
        if h.i not in exclude:
            return words + _noun_phrase(h, exclude)
    if h.pos_ in ("VERB", "AUX") or (h.pos_ == "ADJ" and dep in ("npadvmod", "advmod")):
        return words + _verb_subject(h, exclude)
    if h.pos_ in ("NOUN", "PROPN") and h.i not in exclude:
        return words + _noun_phrase(h, exclude)
    return words


_CITIZENS = frozenset("citizen national".split())


def _whose_country(noun: "Token", exclude: set[int]) -> list[str]:
    """The nationality of a country's citizens that a relative clause names only through its leader: "Canadian Prime
    Minister Justin Trudeau, whose country lost 57 citizens" gives "canadian" (session 48, helper G, review 37)."""
    verb = noun.head
    if _word(noun) not in _CITIZENS or noun.dep_ != "dobj" or verb.dep_ != "relcl":
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in ("country", "nation") or \
            not any(c.lower_ == "whose" for c in subj.children):
        return []
    owner = verb.head
    return [t.lower_ for t in owner.subtree if t.i < verb.left_edge.i and t.i not in exclude
            and t.ent_type_ == "NORP" and _DEMONYM.match(t.text)][:1]


def _count_subject(noun: "Token", exclude: set[int]) -> list[str]:
    words = _whose_country(noun, exclude) + _noun_phrase(noun, exclude)
    if _word(noun) in GENERIC_NOUNS or noun.lower_ in GENERIC_NOUNS:
        v = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and v.pos_ in ("VERB", "AUX"):
            if _word(v) not in LIGHT_VERBS:
                words.append(_word(v))
            else:  # "nine people were killed": the participle carries the meaning
                for c in v.children:
                    if c.dep_ in ("acomp", "attr", "oprd") and c.pos_ in ("VERB", "ADJ", "NOUN"):
                        words.append(_word(c))
                        break
        else:
            for c in noun.children:  # "nine people killed in the attack"
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                    words.append(_word(c))
                    break
    return words


def _age_subject(anchor: "Token", exclude: set[int]) -> list[str]:
    """The person an age belongs to: the name when the parse links one, else the noun."""
    t = anchor
    for _ in range(3):
        if t.pos_ in ("NOUN", "PROPN") and t.i not in exclude:
            break
        if t.head.i == t.i:
            break
        t = t.head
    if t.pos_ in ("AUX", "VERB"):  # "she is 52 years old"
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        t = subj
    person = _person(t)
    if person:
        return [person]
    for c in list(t.children) + [t.head]:  # "John Smith, a 52-year-old teacher"
        if c.dep_ == "appos" or t.dep_ == "appos":
            p = _person(c)
            if p:
                return [p]
    if t.pos_ == "PRON":
        return [t.lower_]
    return _noun_phrase(t, exclude)


def _finish_subject(words: list[str]) -> str:
    seen: list[str] = []
    for w in words:
        w = w.strip(" -'’\"")
        if w and w not in seen:
            seen.append(w)
    return " ".join(seen[:_SUBJECT_WORDS])


def _span_head(ctx: _Ctx, start: int, end: int) -> "Token":
    """The token of [start, end) whose head lies outside the span (its syntactic head)."""
    doc = ctx.doc
    for k in range(end - 1, start - 1, -1):
        h = doc[k].head
        if not (start <= h.i < end) or h.i == k:
            return doc[k]
    return doc[end - 1]


# --- dates -------------------------------------------------------------------------------


def _day(text: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", text.lower())
    if m and 1 <= int(m.group(1)) <= 31:
        return int(m.group(1))
    return None


def _year(ctx: _Ctx, k: int) -> int | None:
    if k < ctx.n and ctx.doc[k].text.isdigit() and len(ctx.doc[k].text) == 4:
        y = int(ctx.doc[k].text)
        if 1800 <= y <= 2100:
            return y
    return None


def _date_at(ctx: _Ctx, i: int) -> tuple[int, int, float] | None:
    """("March 3, 2021" | "3 March 2021" | "March 3") at i -> (start, end, YYYYMMDD or 0)."""
    doc, t = ctx.doc, ctx.tok
    month = MONTHS.get(t(i)) if doc[i].text[:1].isupper() else None
    if month is not None and i + 1 < ctx.n:
        day = _day(doc[i + 1].text)
        if day is not None and not ctx.skip[i + 1]:
            k = i + 2
            if t(k) == ",":
                k += 1
            y = _year(ctx, k)
            if y is not None:
                return i, k + 1, float(y * 10000 + month * 100 + day)
            return i, i + 2, 0.0  # a day without a year: consumed, not a claim
    day = _day(doc[i].text)
    if day is not None and i + 1 < ctx.n and doc[i + 1].text[:1].isupper():
        month = MONTHS.get(t(i + 1))
        if month is not None:
            y = _year(ctx, i + 2)
            if y is not None:
                return i, i + 3, float(y * 10000 + month * 100 + day)
            return i, i + 2, 0.0
    return None


# --- the extractor -----------------------------------------------------------------------


def _claim(
    ctx: _Ctx,
    start: int,
    end: int,
    value: float,
    unit: str,
    hedge: str | None,
    low: float | None,
    high: float | None,
    subject: list[str],
) -> Claim:
    doc = ctx.doc
    s = doc[start].idx
    last = doc[end - 1]
    e = last.idx + len(last.text)
    if last.text.lower() in ("m.", "b.") and e - 1 > s:
        e -= 1  # "£20m." at a sentence end: the period is punctuation
    return Claim(
        text=ctx.text[s:e],
        subject=_finish_subject(subject),
        value=float(value),
        unit=unit,
        hedge=hedge,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        start=s,
        end=e,
        sentence=ctx.sentence(start),
    )


def _is_identifier(ctx: _Ctx, num: _Num) -> bool:
    """A bare or counting number that names something: "Section 230", "Game 7", "No. 5"."""
    k = num.start - 1
    if k < 0:
        return False
    prev = ctx.doc[k]
    if ctx.tok(k) in ID_WORDS:
        return True
    if prev.text == "." and k > 0 and ctx.tok(k - 1) in ("no", "nos", "p", "pp", "fig", "vol", "sec", "art", "apt"):
        return True
    if prev.text == "#":
        return True
    if (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and ctx.tok(k) not in MONTHS
        and not prev.is_sent_start
        and prev.ent_type_ not in ("PERSON",)
    ):
        return True
    return False


def _level_subject(ctx: _Ctx, start: int) -> "Token | None":
    """The noun whose level rose or fell, when the number at `start` follows a verb of a
    level changing ("claims dropped 20,000", "payrolls rose by 559,000"): the verb's
    subject, when the parse gives it as a noun. That makes "N to M" after such a verb a
    change and a level, not a range."""
    k = start - 1
    if ctx.tok(k) == "by":
        k -= 1
    if k < 0 or not ctx.has_parse or ctx.doc[k].pos_ != "VERB" or ctx.doc[k].lemma_.lower() not in _LEVEL_VERBS:
        return None
    return next((c for c in ctx.doc[k].children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _level_follows(ctx: _Ctx, j: int) -> bool:
    """Whether "to" and then a number come within a few tokens of `j` ("... last week to a
    seasonally adjusted 373,000"): the number before was the change, not the level."""
    for k in range(j, min(j + 6, ctx.n)):
        if ctx.tok(k) == "to":
            return any(ctx.doc[x].like_num for x in range(k + 1, min(k + 5, ctx.n)))
        if ctx.doc[k].is_punct or ctx.doc[k].like_num:
            return False
    return False


# Verbs of a level moving, after which a bare number is the move ("fell 500") and "N to M"
# the move and the new level
_LEVEL_VERBS = {"rise", "fall", "climb", "drop", "increase", "decrease", "decline", "grow", "jump", "surge",
                "soar", "plunge", "slip", "edge", "tick", "sink", "shrink", "dip", "slide", "tumble", "swell",
                "balloon", "shoot", "spike", "skyrocket", "rocket", "plummet", "ease", "slow"}


# The subject of a verb of harm, or a number before "dead", counts the harmed though no noun follows it: "Five people
# were killed and six injured", "two were killed and eight were hurt", "left three dead" (review 37: USA Today's "six
# injured" was read as no figure, so its dispute with "injuring eight others" went unseen). Not after a determiner or
# a possessive ("the two were injured", "no one was hurt", "both were wounded"): those name people told of before.
_HARM_LEMMAS = frozenset("kill injure wound hurt die dead slay murder maim".split())
_NOT_A_COUNT_BEFORE = frozenset("the these those both all no each every any either neither his her their its our my "
                                "your whose which".split())


def _harm_count(ctx: _Ctx, num: _Num) -> bool:
    """Whether a number word with no noun after it counts the harmed (`_HARM_LEMMAS`)."""
    doc = ctx.doc
    if not ctx.has_parse or num.value != int(num.value) or num.value <= 0:
        return False
    last = doc[num.end - 1]
    head = last.head
    if not ((last.dep_ in ("nsubj", "nsubjpass", "nummod") and head.i >= num.end)
            or (last.dep_ == "dobj" and head.i < num.start and head.lemma_.lower() != "die")):
        return False
    if head.lemma_.lower() not in _HARM_LEMMAS and head.lower_ not in _HARM_LEMMAS:
        return False
    return num.start == 0 or doc[num.start - 1].lower_ not in _NOT_A_COUNT_BEFORE


# A number that a harm word after it states the state of, as "leave" puts it ("the blast left three dead", "leaving
# 12 injured", "left two people dead" has its noun): the count of the dead or the hurt (session 48, helper G). The
# parse makes the number either the harm word's modifier or "leave"'s object beside the harm word.
_LEFT_HARMED = frozenset("dead injured wounded hurt".split())


def _left_harmed(ctx: _Ctx, num: _Num) -> "Token | None":
    """The harm word ("dead") a number with no noun after it counts under "leave" (`_LEFT_HARMED`), else None."""
    doc = ctx.doc
    if not ctx.has_parse or num.value != int(num.value) or num.value <= 0 or num.end >= len(doc):
        return None
    if num.start > 0 and doc[num.start - 1].lower_ in _NOT_A_COUNT_BEFORE:
        return None
    last, nxt = doc[num.end - 1], doc[num.end]
    if nxt.lower_ not in _LEFT_HARMED:
        return None
    verb = nxt.head if last.dep_ == "nummod" and last.head.i == nxt.i else last.head if last.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() != "leave" or nxt.dep_ not in ("oprd", "acomp", "ccomp", "xcomp", "amod",
                                                                          "dobj", "conj"):
        return None
    return nxt if nxt.head.i == verb.i or last.head.i == nxt.i and nxt.head.i == verb.i else None


# A number that is the subject of "be" with a nationality after it counts those people: "Of the 176 people onboard,
# 78 were Iranian, 63 were Canadian" (session 48, helper G, review 37: the Guardian's 63 Canadians gave no figure).
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)$")


def _nationality(ctx: _Ctx, num: _Num) -> "Token | None":
    """The nationality a number of people is said to be ("63 were Canadian": "Canadian"), else None."""
    doc = ctx.doc
    if not ctx.has_parse or num.value != int(num.value) or num.value <= 0:
        return None
    if num.start > 0 and doc[num.start - 1].lower_ in _NOT_A_COUNT_BEFORE:
        return None
    last = doc[num.end - 1]
    verb = last.head
    if last.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be" or verb.i < num.end:
        return None
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.i == num.end + 1 and (c.ent_type_ == "NORP" or _DEMONYM.match(c.text)):
            return c
    return None


def _bare_kind(ctx: _Ctx, num: _Num) -> str | None:
    """A number with nothing after it: 'year', 'age', 'count' (digits with a clear role) or None."""
    doc, t = ctx.doc, ctx.tok
    prev, nxt = t(num.start - 1), t(num.end)
    if num.year_shaped and not num.currency:
        return "year"
    integer = num.value == int(num.value)
    if integer and 0 < num.value < 120 and num.end - num.start == 1:
        # "John Smith, 52, of Denver" / "Smith (52)"
        if prev in (",", "(") and nxt in (",", ")", ";", ".") and num.start >= 2:
            before = doc[num.start - 2]
            if before.ent_type_ == "PERSON" or (before.pos_ == "NOUN" and before.dep_ != "pobj" and prev == "("):
                return "age"
        if prev in ("aged", "age"):
            return "age"
    if num.words:
        # "the two met": a pronoun-like number word, unless it counts the harmed ("and six injured")
        return "count" if _harm_count(ctx, num) else None
    if _is_identifier(ctx, num):
        return None
    tokn = doc[num.end - 1]
    if not ctx.has_parse or tokn.ent_type_ in ("ORDINAL", "TIME"):
        return None
    if tokn.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass", "npadvmod", "oprd", "conj", "appos"):
        if nxt in ("-", "–") or prev in ("-", "–"):
            return None
        return "count"
    return None


def _emit(
    ctx: _Ctx,
    out: list[Claim],
    lo_tok: int,
    hi_tok: int,
    anchor_start: int,
    anchor_end: int,
    values: tuple[float, float | None],
    unit: _Unit,
    is_range: bool,
    pre: tuple[str | None, str | None, int],
    between: bool = False,
    require_subject: bool = False,
) -> None:
    """Build one claim from its parts: hedges, interval and subject."""
    hedge, fam, hstart = pre
    a, b = values
    post_hedge, post_fam, post_end = _hedge_after(ctx, hi_tok)
    if post_hedge is None and unit.noun is not None and unit.unit == "count":
        # "3,000 people or more": the hedge follows the counted noun
        ph, pf, pe = _hedge_after(ctx, unit.noun.i + 1)
        if ph is not None:
            post_hedge, post_fam, post_end = ph, pf, pe
    if unit.post and not post_hedge:
        post_hedge, post_fam, post_end = unit.post
    if hedge is None and post_hedge is not None:
        hedge, fam = post_hedge, post_fam
        hi_tok = max(hi_tok, post_end)
    elif post_hedge is not None:
        hi_tok = max(hi_tok, post_end)
    if between:
        hedge = hedge or "between"
    u = unit.unit or ""
    if is_range and b is not None:
        low, high = range_interval(a, b, u, fam)
        value = (a + b) / 2
        if hedge is None:
            hedge = "range"
    else:
        value = a
        low, high = interval(a, u, fam)
    exclude = set(range(hstart, hi_tok))
    if unit.noun is not None:
        exclude.add(unit.noun.i)
    subject: list[str] = []
    if ctx.has_parse:
        if unit.age:
            subject = _age_subject(_span_head(ctx, anchor_start, anchor_end), exclude)
        elif unit.unit == "count" and unit.noun is not None:
            subject = _count_subject(unit.noun, exclude - {unit.noun.i})
        else:
            subject = _context_subject(_span_head(ctx, anchor_start, anchor_end), exclude,
                                       money=u in _MONEY_UNITS)
    if require_subject and not _finish_subject(subject):
        return  # a bare number we cannot tie to anything is not a claim we can compare
    out.append(_claim(ctx, hstart, hi_tok, value, u, hedge, low, high, subject))


_GLUED_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(%?)[-–](\d[\d,]*(?:\.\d+)?)$")


def _glued_range_at(ctx: _Ctx, i: int, out: list[Claim]) -> int | None:
    """A range the tokenizer kept in one token: "50%-52" (+ "%"), "2019-2020"."""
    m = _GLUED_RANGE.match(ctx.doc[i].text)
    if m is None or ctx.skip[i]:
        return None
    a, b = parse_numeral(m.group(1)), parse_numeral(m.group(3))
    if a is None or b is None:
        return None
    num = _Num(i, i + 1, b[0], False, 1.0, False, None)
    unit = _unit_after(ctx, i + 1, num)
    if m.group(2) and unit.unit != "percent":
        unit = _Unit("percent", i + 1)
    if unit.unit not in ("percent", "percentage points") or a[0] >= b[0]:
        return max(unit.end, i + 1)  # "61%-39%" is a tally; other glued pairs are scores or ids
    _emit(ctx, out, i, unit.end, i, unit.end, (a[0], b[0]), unit, True, _hedge_before(ctx, i))
    return unit.end


def _quantity_at(ctx: _Ctx, i: int, out: list[Claim]) -> int | None:
    """Read the claim (or the noise) starting at token i; the token after it, or None."""
    glued = _glued_range_at(ctx, i, out)
    if glued is not None:
        return glued
    n1 = _number_at(ctx, i)
    if n1 is None:
        return None
    t = ctx.tok
    pre_word = t(n1.start - 1)
    conn = t(n1.end)
    # A range or a pair written before the unit: "3 to 5 percent", "3-5%", "$3-5 million",
    # "between 3 and 5 million"; or a score/tally "52-48", "voted 52 to 48".
    if conn in ("to", "-", "–", "—", "and", "or") and not (conn == "and" and pre_word != "between"):
        if conn in ("-", "–", "—") and not (ctx.glued(n1.end) or ctx.glued(n1.end + 1)):
            n2 = None
        else:
            n2 = _number_at(ctx, n1.end + 1, currency=n1.currency)
        if n2 is not None and n2.words == n1.words:
            a = n1.value
            if n2.scale > 1 and n1.scale == 1 and n1.value <= n2.value / n2.scale:
                a *= n2.scale
            unit = _unit_after(ctx, n2.end, n2)
            if n1.currency and not unit.unit:
                unit = _Unit(n1.currency, n2.end)
            if unit.identifier:
                return n2.end
            if a >= n2.value:
                return max(unit.end, n2.end)  # a score or a tally, not a quantity
            if unit.unit is None:
                kind = "year" if n1.year_shaped and n2.year_shaped else None
                level = _level_subject(ctx, n1.start) if kind is None and conn == "to" else None
                if level is not None:
                    # "claims dropped 20,000 to 385,000", "decreased by 20,000 to 385,000": the
                    # change and the new level of what the verb's subject counts, two figures
                    before = len(out)
                    for num in (n1, n2):
                        _emit(ctx, out, num.start, num.end, num.start, num.end, (num.value, None),
                              _Unit("count", num.end, noun=level), False, (None, None, num.start))
                    if len(out) - before == 2:  # the change is not the level: its subject says so
                        out[before] = dataclasses.replace(out[before], subject=f"{out[before].subject} change")
                    return n2.end
                if kind is None:
                    if conn == "or" or not (pre_word in ("between", "from") or n1.currency):
                        return n2.end
                    kind = _bare_kind(ctx, n2)
                    if kind != "count":
                        return n2.end
                unit = _Unit(kind, n2.end, noun=unit.noun)
            f = unit.factor
            text_end = unit.end if unit.unit != "count" else n2.end
            pre = _hedge_before(ctx, n1.start)
            if pre_word == "from" and conn == "to":
                # "rose from 3 to 5 percent": two levels, not a range
                for num, val in ((n1, a), (n2, n2.value)):
                    end = num.end if num is n1 else text_end
                    _emit(ctx, out, num.start, end, num.start, end, (val * f, None), unit, False,
                          (None, None, num.start))
                return max(unit.end, text_end)
            between = pre_word == "between" and conn == "and"
            if between:
                pre = _hedge_before(ctx, n1.start - 1)
                pre = (pre[0], pre[1], pre[2] if pre[0] else n1.start - 1)
            _emit(ctx, out, n1.start, text_end, n1.start, text_end, (a * f, n2.value * f), unit, True, pre,
                  between=between)
            return max(unit.end, text_end)
    unit = _unit_after(ctx, n1.end, n1)
    if unit.identifier:
        return unit.end
    if n1.tail:  # "a year and a half": the unit, then the rest of the number
        if unit.unit in (None, "count") or unit.age or unit.end != n1.end + 1:
            return n1.end
        unit = dataclasses.replace(unit, end=unit.end + n1.tail)
    if unit.unit in TIME_UNITS and t(n1.end) in ("last", "this", "next", "each", "every", "that"):
        unit = _Unit(None, n1.end)  # "rose by 559,000 last month": the month says when, not what
    if unit.unit is None and (harmed := _left_harmed(ctx, n1)) is not None:
        unit = _Unit("count", n1.end, noun=harmed)  # "left three dead": a count of the dead
    if unit.unit is None and (people := _nationality(ctx, n1)) is not None:
        unit = _Unit("count", n1.end, noun=people)  # "63 were Canadian": a count of Canadians
    if unit.unit is None:
        kind = _bare_kind(ctx, n1)
        level = (_level_subject(ctx, n1.start) if kind in (None, "count") and not n1.words and not n1.year_shaped
                 else None)
        if level is not None and (kind is None or _level_follows(ctx, n1.end)):
            # "payrolls rose by 559,000", "rose 2,000 last week to 373,000": a change in what
            # the verb's subject counts (the new level, if given, is read next as a count)
            before = len(out)
            _emit(ctx, out, n1.start, n1.end, n1.start, n1.end, (n1.value, None),
                  _Unit("count", n1.end, noun=level), False, _hedge_before(ctx, n1.start))
            if len(out) > before:
                out[-1] = dataclasses.replace(out[-1], subject=f"{out[-1].subject} change".strip())
            return n1.end
        if kind is None:
            return n1.end
        unit = _Unit("years" if kind == "age" else kind, n1.end, age=kind == "age", post=unit.post)
        if kind == "year" and (ctx.skip[n1.start] or t(n1.start - 1) in ("-", "–")):
            return n1.end
    if unit.unit not in CURRENCY_SIGNS.values() and unit.unit is not None:
        noun = unit.noun
        if n1.words and n1.value == 1 and not unit.age:
            # "one" is mostly a pronoun or an idiom ("one end of", "one change"): keep it
            # for people and cases, or when the writer stressed it ("at least one", "only one").
            stressed = _hedge_before(ctx, n1.start)[0] is not None or t(n1.start - 1) in ("only", "just")
            countable = noun is not None and (_word(noun) in ONE_COUNTABLE or noun.lower_ in ONE_COUNTABLE)
            if not (stressed or countable) or t(n1.start - 1) in ("no", "any", "every", "each"):
                return unit.end
    if unit.unit == "count" and _is_identifier(ctx, n1):
        return n1.end
    if unit.unit == "count" and n1.words and n1.value <= 3 and t(n1.start - 1) in ("the", "these", "those", "both"):
        return unit.end  # "the two sides": a reference back, not a new figure
    value = n1.value * unit.factor
    if unit.unit in _SECONDS and not unit.age:
        # "12 hours and 52 minutes", "24 hours, 18 minutes": one duration in its largest
        # unit, not two figures (the minutes alone would be compared with other minutes)
        k = unit.end
        while t(k) in ("and", ",") and (n2 := _number_at(ctx, k + (2 if t(k + 1) == "and" else 1))) is not None:
            u2 = _unit_after(ctx, n2.end, n2)
            if u2.unit not in _SECONDS or u2.age or _SECONDS[u2.unit] >= _SECONDS[unit.unit]:
                break
            value += n2.value * u2.factor * _SECONDS[u2.unit] / _SECONDS[unit.unit]
            unit = dataclasses.replace(unit, end=u2.end)
            k = u2.end
    if unit.unit in TIME_UNITS and not unit.age and t(unit.end) in RELATIVE_TIME | {"into"}:
        return unit.end  # "two years later"; "five hours into the filibuster": a moment, not a length
    text_end = n1.end if unit.unit == "count" else unit.end
    pre = _hedge_before(ctx, n1.start)
    # "3 percent to 5 percent", "$3 million to $5 million": a range written with units
    conn = t(unit.end)
    if unit.unit not in ("count", None) and conn in ("to", "-", "–", "and") and pre_word != "from" and (
        conn != "and" or pre_word == "between"
    ):
        n2 = _number_at(ctx, unit.end + 1, currency=n1.currency)
        if n2 is not None:
            unit2 = _unit_after(ctx, n2.end, n2)
            if unit2.unit == unit.unit and n2.value * unit2.factor > value:
                between = pre_word == "between" and conn == "and"
                if between:
                    pre = _hedge_before(ctx, n1.start - 1)
                    pre = (pre[0], pre[1], pre[2] if pre[0] else n1.start - 1)
                _emit(ctx, out, n1.start, unit2.end, n1.start, unit2.end,
                      (value, n2.value * unit2.factor), unit2, True, pre, between=between)
                return unit2.end
    bare_count = unit.unit == "count" and unit.noun is None
    _emit(ctx, out, n1.start, text_end, n1.start, unit.end, (value, None), unit, False, pre,
          require_subject=bare_count)
    return max(unit.end, text_end)


def extract_claims(doc: "Doc") -> list[Claim]:
    """Every numeric claim of a parsed article, in text order.

    Works on any spaCy Doc; without a dependency parse the subjects are left empty.
    """
    if doc is None or len(doc) == 0:
        return []
    ctx = _Ctx(doc)
    out: list[Claim] = []
    i = 0
    while i < ctx.n:
        if ctx.skip[i]:
            i += 1
            continue
        date = _date_at(ctx, i)
        if date is not None:
            start, end, value = date
            if value:
                pre = _hedge_before(ctx, start)
                unit = _Unit("date", end)
                _emit(ctx, out, start, end, start, end, (value, None), unit, False, pre)
            i = end
            continue
        nxt = _quantity_at(ctx, i, out)
        i = nxt if nxt is not None and nxt > i else i + 1
    return out


# --- helpers for the comparison stage ---------------------------------------------------

def subject_key(claim: Claim) -> str:
    """A key for "the same quantity": unit + the sorted words of the subject.

    "unemployment rate" and "rate unemployment" get the same key; claims in other units
    never share one (USD and EUR amounts are not compared).
    """
    words = sorted(set(claim.subject.split()))
    return f"{claim.unit}|{' '.join(words)}"


def subject_similarity(a: Claim, b: Claim) -> float:
    """Overlap (Jaccard) of two claims' subject words; 0.0 when their units differ."""
    if a.unit != b.unit:
        return 0.0
    wa, wb = set(a.subject.split()), set(b.subject.split())
    if not wa and not wb:
        return 1.0
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)
