"""An organisation's short name and its full name: "CDC" and "Centers for Disease Control
and Prevention", "NAACP" and "National Association for the Advancement of Colored People",
"DoD" and "Department of Defense".

Outlets differ in which one they print, so a comparison that took them for two names
would say one outlet names someone the others do not. The rule is the general one for
initialisms: the short name's letters are the initials of the full name's words, with or
without its small words ("of", "for", "the"), and a full name's "and ..." tail may be
left out of the short one (the CDC kept its initials when "and Prevention" was added).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_SMALL = frozenset("of for and the on to in at a an".split())
# a short name as printed: two to six capitals, with or without periods ("F.B.I."), or
# capitals around small letters of small words ("DoD", "HHS")
_SHORT = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Za-z&]{0,7}[A-Z]$")
_SHORT_IN_TEXT = re.compile(r"\b(?:[A-Z]\.){2,6}|\b[A-Z][A-Za-z&]{0,7}[A-Z]\b")


def short_form(name: str) -> str | None:
    """The letters of a short name ("F.B.I." -> "FBI", "DoD" -> "DOD"), or None when
    `name` is not one (a word, "Obama"; a lone capital)."""
    name = name.strip()
    if not _SHORT.match(name) or sum(c.isupper() for c in name) < 2:
        return None
    letters = re.sub(r"[^A-Za-z]", "", name).upper()
    return letters if 2 <= len(letters) <= 6 else None


@lru_cache(maxsize=4096)
def initials(name: str) -> frozenset[str]:
    """The short names `name` can stand behind: its words' initials with and without the
    small words, for the whole name and for the part before its "and ..." tail.
    "Centers for Disease Control and Prevention" -> {"CDCP", "CFDCAP", "CDC", "CFDC"}."""
    words = name.replace(".", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or any(not w[:1].isupper() and w.lower() not in _SMALL for w in words):
        return frozenset()
    cuts = [words]
    if "and" in words[1:-1]:
        cuts.append(words[: words.index("and", 1)])
    found = set()
    for part in cuts:
        big = [w for w in part if w.lower() not in _SMALL]
        if len(big) >= 2:
            found.add("".join(w[0] for w in big).upper())
            found.add("".join(w[0] for w in part).upper())
    return frozenset(f for f in found if 2 <= len(f) <= 6)


def stands_for(short: str, full: str) -> bool:
    """Whether `short` is the short name of `full` ("ICE", "Immigration and Customs
    Enforcement"; not "FBI", "Federal Reserve Board")."""
    letters = short_form(short)
    return letters is not None and letters in initials(full)


def short_names(text: str) -> frozenset[str]:
    """The short names printed in `text`, as letters ("F.B.I." -> "FBI")."""
    return frozenset(s for s in (short_form(m.group(0)) for m in _SHORT_IN_TEXT.finditer(text)) if s)


def another_name(name: str, text: str) -> bool:
    """Whether `text` names the organisation `name` by its other name: its full name
    where `name` is short (anywhere in a run of capitals: "Federal Bureau of
    Investigation Director Wray"), its short name where `name` is full. Short names of
    two letters are left out: too many pairs of words begin with any two letters."""
    letters = short_form(name)
    if letters is not None:
        return len(letters) >= 3 and _spelt_out(letters).search(text) is not None
    return any(len(f) >= 3 for f in initials(name) & _shorts_in(text))


_SMALL_RUN = r"(?:\s+(?:" + "|".join(sorted(_SMALL)) + r"))*\s+"


@lru_cache(maxsize=1024)
def _spelt_out(letters: str) -> re.Pattern[str]:
    """Words whose initials are `letters`, small words between them skipped or counted
    ("DOD": "Department of Defense"; "CDC": "Centers for Disease Control"). The first
    word is a capitalised one: a short name does not stand for "of ..."."""
    def word(letter: str) -> str:
        small = [w for w in sorted(_SMALL) if w[0] == letter.lower()]
        return "(?:" + "|".join([letter + r"[A-Za-z'’-]*", *small]) + ")"

    words = letters[0] + r"[A-Za-z'’-]*" + "".join(_SMALL_RUN + word(c) for c in letters[1:])
    return re.compile(r"(?<![\w'’-])" + words + r"(?![\w'’-])")


@lru_cache(maxsize=16)
def _shorts_in(text: str) -> frozenset[str]:
    return short_names(text)


def unify(names: Iterable[str]) -> dict[str, str]:
    """Each short name among `names` mapped to the one full name among them it stands
    for ("CDC" -> "Centers for Disease Control and Prevention"); a short name that could
    stand for two of them is left as it is."""
    names = set(names)
    shorts = [n for n in names if short_form(n)]
    fulls = [n for n in names if not short_form(n) and initials(n)]
    out = {}
    for s in shorts:
        found = [f for f in fulls if stands_for(s, f)]
        if len(found) == 1:
            out[s] = found[0]
    return out
