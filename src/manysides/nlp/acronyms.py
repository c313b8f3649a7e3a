"""An organisation's short name and its full name: "CDC" and "Centers for Disease Control
and Prevention", "NAACP" and "National Association for the Advancement of Colored People",
"DoD" and "Department of Defense".

Outlets differ in which one they print, so a comparison that took them for two names
would say one outlet names someone the others do not. The rule is the general one for
initialisms: the short name's letters are the initials of the full name's words, with or
without its small words ("of", "for", "the"), and a full name's "and ..." tail may be
left out of the short one (the CDC kept its initials when "and Prevention" was added). A group of
a fixed size is named by an initial and its number ("G-7", "Group of Seven").
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
# a name contracted to its words' first syllables: "FedEx" (Federal Express); each part two letters or more
_CONTRACTED = re.compile(r"^(?:[A-Z][a-z]+){2,4}$")
_CONTRACTED_IN_TEXT = re.compile(r"\b(?:[A-Z][a-z]+){2,4}\b")


def short_form(name: str) -> str | None:
    """The letters of a short name ("F.B.I." -> "FBI", "DoD" -> "DOD", "S&P" -> "S&P": an
    ampersand stays), or None when `name` is not one (a word, "Obama"; a lone capital)."""
    name = name.strip()
    if not _SHORT.match(name) or sum(c.isupper() for c in name) < 2 or "&&" in name:
        return None
    letters = re.sub(r"[^A-Za-z&]", "", name).upper()
    return letters if 2 <= len(letters.replace("&", "")) <= 6 else None


def _distinct(letters: str) -> bool:
    """Whether a short name is specific enough to look for: three letters, or two around an
    ampersand ("S&P"). Too many pairs of words begin with any two letters."""
    return len(letters.replace("&", "")) >= 3 or (len(letters) >= 3 and "&" in letters)


@lru_cache(maxsize=4096)
def initials(name: str) -> frozenset[str]:
    """The short names `name` can stand behind: its words' initials with and without the
    small words, for the whole name and for the part before its "and ..." tail.
    "Centers for Disease Control and Prevention" -> {"CDCP", "CFDCAP", "CDC", "CFDC"}; an
    ampersand stays ("Standard & Poor's" -> {"S&P"}); commas between words are no words."""
    words = name.replace(".", " ").replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or any(not w[:1].isupper() and w.lower() not in _SMALL and w != "&" for w in words):
        return frozenset()
    cuts = [words]
    if "and" in words[1:-1]:
        cuts.append(words[: words.index("and", 1)])
    found = set()
    for part in cuts:
        big = [w for w in part if w.lower() not in _SMALL]
        if len([w for w in big if w != "&"]) >= 2:
            found.add("".join(w[0] for w in big).upper())
            found.add("".join(w[0] for w in part).upper())
    return frozenset(f for f in found if 2 <= len(f.replace("&", "")) <= 6 and not f.startswith("&")
                     and not f.endswith("&"))


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
    Investigation Director Wray"; "ATF" in "Bureau of Alcohol, Tobacco, Firearms and
    Explosives"), its short name where `name` is full (its initials, or a short name spelt
    out anywhere in it, as the other way round), either form of a contraction ("FedEx",
    "Federal Express"), or of a numbered group ("G-7", "Group of Seven": `_numeronym_named`).
    Short names of two letters are left out (`_distinct`)."""
    name = " ".join(name.split())
    if _numeronym_named(name, text):
        return True  # "G-7" where the others wrote "Group of Seven", or the other way round
    letters = short_form(name)
    if letters is not None:
        return _distinct(letters) and _spelt_out(letters).search(text) is not None
    if _CONTRACTED.match(name):
        return _contracted(name).search(text) is not None
    if any(_distinct(f) for f in initials(name) & _shorts_in(text)):
        return True
    return any(_covers(_spelt_out(s), name) for s in _shorts_in(text) if _distinct(s)) or any(
        _covers(_contracted(c), name) for c in _contractions_in(text))


# A short name of an initial and a figure ("G-7", "G20", "P5") stands for a name whose first word has that initial
# and whose last is that number, in figures or in words ("Group of Seven", "Group of 20", "Permanent Five"): the
# way groups of a fixed size are named, which the initials rule above cannot see.
_NUMERONYM = re.compile(r"^([A-Z])-?(\d{1,3})$")
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_FULL_NUMBERED = re.compile(r"^(?:the\s+)?([A-Z])[a-z]+(?:\s+(?:of|the|[A-Z][a-z]+)){0,2}\s+(\d{1,3}|[A-Za-z]+)$")
_FULL_IN_TEXT = re.compile(r"(?<![\w'’-])([A-Z])[a-z]+(?:\s+(?:of|the|[A-Z][a-z]+)){0,2}\s+(\d{1,3}|[A-Z][a-z]+)"
                           r"(?![\w'’-])")
_SHORT_NUMBERED_IN_TEXT = re.compile(r"(?<![\w'’-])([A-Z])-?(\d{1,3})(?![\w'’-]|[.,]\d)")


def _numbered(letter: str, last: str) -> tuple[str, int] | None:
    """(initial, number) of a name's first letter and last word when that word is a number in figures or in
    words ("Seven", "20"), else None."""
    n = int(last) if last.isdigit() else _NUMBER_WORDS.get(last.lower())
    return (letter, n) if n is not None else None


def _numeronym_named(name: str, text: str) -> bool:
    """Whether `text` names a group of a fixed size by its other name: "Group of Seven" (or "the Group of 7")
    where `name` is "G-7" (or "G7"), "G-7" where `name` is "Group of Seven". The initial and the number must both
    agree; "G-8" is not the "Group of Seven"."""
    m = _NUMERONYM.match(name)
    if m:
        want = (m.group(1), int(m.group(2)))
        return any(_numbered(f.group(1), f.group(2)) == want for f in _FULL_IN_TEXT.finditer(text))
    m = _FULL_NUMBERED.match(name)
    want = _numbered(m.group(1), m.group(2)) if m else None
    return want is not None and any((s.group(1), int(s.group(2))) == want
                                    for s in _SHORT_NUMBERED_IN_TEXT.finditer(text))


def _covers(pattern: re.Pattern[str], name: str) -> bool:
    """Whether `pattern` spells out at least half of the capitalised words of `name`: "ATF"
    three of "Bureau of Alcohol, Tobacco, Firearms and Explosives", not a stray "BIG" (of a
    shouted "BIG NEWS") three words of a long name."""
    m = pattern.search(name)
    if m is None:
        return False
    capitalised = lambda t: sum(w[:1].isupper() for w in t.split())  # noqa: E731
    return 2 * capitalised(m.group(0)) >= capitalised(name)


_SMALL_RUN = r"(?:,?\s+(?:" + "|".join(sorted(_SMALL)) + r"))*,?\s+"


@lru_cache(maxsize=1024)
def _spelt_out(letters: str) -> re.Pattern[str]:
    """Words whose initials are `letters`, small words between them skipped or counted
    ("DOD": "Department of Defense"; "CDC": "Centers for Disease Control"), a comma
    after a word or not ("ATF": "Alcohol, Tobacco, Firearms"), an ampersand as written
    ("S&P": "Standard & Poor's"). The first word is a capitalised one: a short name does
    not stand for "of ..."."""
    def word(letter: str) -> str:
        small = [w for w in sorted(_SMALL) if w[0] == letter.lower()]
        return "(?:" + "|".join([letter + r"[A-Za-z'’-]*", *small]) + ")"

    words = letters[0] + r"[A-Za-z'’-]*"
    for before, c in zip(letters, letters[1:]):
        if c == "&":
            continue
        words += (r"\s*&\s*" + c + r"[A-Za-z'’-]*") if before == "&" else (_SMALL_RUN + word(c))
    return re.compile(r"(?<![\w'’-])" + words + r"(?![\w'’-])")


@lru_cache(maxsize=1024)
def _contracted(short: str) -> re.Pattern[str]:
    """The words a contraction stands for: each of its parts begins one word, in order
    ("FedEx": "Federal Express", "Fed Ex")."""
    parts = re.findall(r"[A-Z][a-z]+", short)
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(p + r"[a-z]*" for p in parts) + r"(?![\w'’-])")


@lru_cache(maxsize=16)
def _contractions_in(text: str) -> frozenset[str]:
    """The words of `text` that may be contractions: capitalised parts run together ("FedEx")."""
    return frozenset(m.group(0) for m in _CONTRACTED_IN_TEXT.finditer(text))


@lru_cache(maxsize=16)
def _shorts_in(text: str) -> frozenset[str]:
    """The short names of `text`, but for words of a line in capitals ("BIG NEWS", a shouted
    headline): those are words, not short names."""
    shouted = [m.span() for m in _SHOUTED.finditer(text)]
    return frozenset(s for s in (short_form(m.group(0)) for m in _SHORT_IN_TEXT.finditer(text)
                                 if not any(a <= m.start() < b for a, b in shouted)) if s)


# words in capitals one after another ("BIG NEWS", "AUSTIN SERIAL BOMBER MAY HAVE")
_SHOUTED = re.compile(r"\b[A-Z]{2,}(?:\s+['‘’\"“]?[A-Z]{2,}\b)+")


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


_NAME_WORD = r"(?:[A-Z][\w'’&.-]*|&)"
# "the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)": a full name, then the short
# name the text will use for it, in brackets
_DEFINED = re.compile(_NAME_WORD + r"(?:,?\s+(?:" + _NAME_WORD + "|" + "|".join(sorted(_SMALL)) + r"))*"
                      + r"\s+\(([A-Z][A-Za-z&.]{1,11})\)")


def defined_aliases(text: str) -> dict[str, frozenset[str]]:
    """The names `text` gives two forms of, each form (lower case, periods dropped) mapped to
    the others: a full name with its short name after it in brackets, the short name's
    letters the initials of some of its words, in order ("Bureau of Alcohol, Tobacco,
    Firearms and Explosives (ATF)"; not a dateline's "NEW YORK (AP)"). The words before the
    bracket may begin with some that are not the name ("Agents of the Bureau ..."), so each
    run of two capitalised words or more that ends the full name and holds those initials
    counts."""
    out: dict[str, set[str]] = {}
    for m in _DEFINED.finditer(text):
        letters = short_form(m.group(1))
        if letters is None:
            continue
        words = m.group(0)[: m.start(1) - m.start(0)].rstrip(" (").split()
        while words and (words[-1].lower() in _SMALL or words[-1] == "&"):
            words.pop()
        for i, w in enumerate(words):
            run = words[i:]
            if w[:1].isupper() and sum(x[:1].isupper() for x in run) >= 2 and _initials_hold(letters, run):
                a, b = _plain(m.group(1)), _plain(" ".join(run).rstrip(","))
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def _initials_hold(letters: str, words: list[str]) -> bool:
    """Whether `letters` (an ampersand aside) are initials of `words`, in order."""
    want = letters.replace("&", "")
    it = iter(w[:1].upper() for w in words)
    return all(c in it for c in want)


def _plain(name: str) -> str:
    """A form to compare: lower case, without periods and a possessive's "'s"."""
    return re.sub(r"['’]s$", "", " ".join(name.replace(".", "").split()).lower())
