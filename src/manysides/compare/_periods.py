"""Figures of one subject counted over two periods or at two moments, which no dispute sets against each other
(session 44, review 33's wildfire: the year's firefighters killed so far, last year's, a 1994 fire's, Sunday's crews
against today's).

* `earlier_years`: the years an earlier figure's words name; two figures of earlier times whose years differ are of
  two times ("83 firefighters died last year" against "In 1994, the Storm King Fire ... killed 14 firefighters").
* `year_to_date`: a tally of the year so far ("43 firefighters had been killed so far in 2013") counts every such
  event of the year, not the one a figure naming no period counts ("Yesterday, nineteen firefighters were killed").
* `said_now` / `other_weekday`: a figure said to stand now ("400 firefighters are now battling the blaze") is its
  article's day's; one of a day of the week other than its article's ("Two hundred firefighters were working on the
  fire Sunday", in Monday's paper) is another day's.
"""

from __future__ import annotations

import datetime
import re

from ..records import Claim

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a year after the figure that says when it held ("... killed 14 firefighters in 1994")
_YEAR_AFTER = re.compile(r"\b(?:in|during|for|throughout)\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)
# the rest of the figure's clause: up to a clause break or another numeral, a year read through
_REST = re.compile(r"(?:[^,;:()\[\]—–\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d))*")
_LAST_YEAR = re.compile(r"(?<!\bthe\s)(?<!\bthis\s)\blast\s+year\b|\bthe\s+(?:year\s+before|previous\s+year)\b",
                        re.IGNORECASE)
_YEARS_AGO = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:ago|earlier)\b",
                        re.IGNORECASE)
_SMALL = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}


def earlier_years(c: Claim, year: int | None) -> frozenset[int]:
    """The years before `year` (the article's) that a figure's sentence names before it, or its clause right after it
    names as when it held ("in 1994"), "last year" read as the year before `year`, "N years ago" as N before;
    empty when it names none or `year` is unknown."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if year is None or at < 0:
        return frozenset()
    before = sentence[:at]
    rest = _REST.match(sentence, at + len(c.text)).group(0)
    found = {int(y) for y in _YEAR.findall(before)}
    found |= {int(m.group(1)) for m in _YEAR_AFTER.finditer(rest)}
    for part in (before, rest):
        if _LAST_YEAR.search(part):
            found.add(year - 1)
        for m in _YEARS_AGO.finditer(part):
            n = m.group(1).lower()
            found.add(year - (int(n) if n.isdigit() else _SMALL[n]))
    return frozenset(y for y in found if y < year)


# a tally of the year so far: "so far in 2013", "so far this year", "to date this year", "year to date"
_TO_DATE = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date)\s+(?:in|this|for)\s+(?:the\s+)?(?:year|(?:1[89]|20)\d\d)\b|"
                      r"\b(?:this|the)\s+year\s+(?:so\s+far|to\s+date)\b|\byear[- ]to[- ]date\b", re.IGNORECASE)
# a sentence that names a period a figure may be counted over
_PERIOD = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:this|last|that|the|a|per|each|every)\s+year\b|\byear[- ]to[- ]date\b|"
                     r"\b(?:so|thus)\s+far\b|\bto\s+date\b|\bannual(?:ly)?\b", re.IGNORECASE)


def year_to_date(c: Claim) -> bool:
    """Whether the figure's sentence tallies the year so far (`_TO_DATE`)."""
    return _TO_DATE.search(c.sentence or "") is not None


def names_period(c: Claim) -> bool:
    """Whether the figure's sentence names a period it may be counted over (a year, "this year", "so far", ...)."""
    return _PERIOD.search(c.sentence or "") is not None


def tallies_apart(a: Claim, b: Claim) -> bool:
    """A tally of the year so far against a figure whose sentence names no period: every such event of the year
    against one event's count."""
    return (year_to_date(a) and not names_period(b)) or (year_to_date(b) and not names_period(a))


_NOW = re.compile(r"\b(?:now|currently|at\s+present|presently)\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def said_now(moment: str) -> bool:
    """Whether a figure's moment words (`numbers._moment_text`) say it stands now."""
    return _NOW.search(moment) is not None


def other_weekday(moment: str, day: datetime.date | None) -> bool:
    """Whether a figure's moment words name a day of the week, and none is its article's own (`day`)."""
    named = {m.lower() for m in _WEEKDAY.findall(moment)}
    return bool(named) and day is not None and _WEEKDAYS[day.weekday()] not in named


def moments_apart(moment_a: str, day_a: datetime.date | None, moment_b: str, day_b: datetime.date | None) -> bool:
    """One figure said to stand now (on its article's day), the other told of another day of the week than its
    article's, the articles of one day: two days' counts ("Two hundred firefighters were working on the fire
    Sunday" in Monday's paper against "400 firefighters are now battling the blaze" in Monday's)."""
    if day_a is None or day_a != day_b:
        return False
    return ((said_now(moment_a) and not _WEEKDAY.search(moment_a) and other_weekday(moment_b, day_b))
            or (said_now(moment_b) and not _WEEKDAY.search(moment_b) and other_weekday(moment_a, day_a)))
