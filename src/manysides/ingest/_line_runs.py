"""Furniture that only a look at several lines, or at the outlet's name, tells from prose:
a video playlist, the outlet's caption of its own clip, and a paragraph repeated farther on.
Each function takes the lines' texts and returns the indices of those to drop, with a note
for each (the note's label is the rule, as `Article.removed` gives it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A clip's source closing a playlist's line: a wire or video agency, a broadcaster's call sign ("KTVU")
_AGENCY_END = re.compile(r"\s(?:Associated Press|AP|Reuters|AFP|Bloomberg|Storyful|Veuer|Wochit|Buzz60|Newsy|"
                         r"[KW][A-Z]{2,3}(?:-TV)?)$")
_PLAYLIST_MIN = 3  # a playlist's lines, fewer are a caption or two
_PLAYLIST_WORDS = 18


def playlist_item(text: str, outlet_names: Sequence[str]) -> bool:
    """A clip's title and its source, no sentence around them ("Berkeley firefighter video KTVU",
    "Resolve Amid Ruin San Francisco Chronicle"); a title and source after a dash is a cited headline."""
    if len(text.split()) > _PLAYLIST_WORDS or not (text[:1].isupper() or text[:1].isdigit()) or " - " in text:
        return False
    folded = text.lower()
    own = any(folded.endswith(" " + n) and len(folded) > len(n) + 8 for n in outlet_names)
    return own or bool(_AGENCY_END.search(text))


def playlist(texts: Sequence[str], outlet_names: Sequence[str]) -> list[tuple[int, str]]:
    """A video playlist saved with the page: `_PLAYLIST_MIN` or more lines in a row, each a clip's
    title closed by its source (the outlet's name, an agency's, a station's call sign), a label
    of up to three words ("MediaOS Video") allowed between two of them."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(texts):
        run, j = [], i
        while j < len(texts):
            if playlist_item(texts[j], outlet_names):
                run.append(j)
            elif not (run and len(texts[j].split()) <= 3 and not re.search(r"[.!?:]$", texts[j])
                      and j + 1 < len(texts) and playlist_item(texts[j + 1], outlet_names)):
                break
            j += 1
        if len(run) >= _PLAYLIST_MIN:
            out.extend((k, "video playlist") for k in range(run[0], run[-1] + 1))
            i = run[-1] + 1
        else:
            i = j + 1 if j == i else j
    return out


# The outlet's caption of its own clip: "CBN Reporter Gary Lane talks with contributor Chuck Holton about
# the situation in the shelters.", "NPR's Audie Cornish speaks with Dan Nepstad ... about ..." (present
# tense; "CBN News spoke to Giardinieri on Wednesday" is the story's reporting)
_CLIP_CAPTION = (r"(?:\s+News)?(?:['’]s?)?\s+(?:(?:[A-Z][a-z]+\s+){0,3}(?:Reporter|Correspondent|Anchor|Analyst|"
                 r"Host|Contributor)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:talks|speaks|sits down)\s+(?:with|to)\s")
_CLIP_WORDS = 40


def clip_captions(texts: Sequence[str], outlet_names: Sequence[str]) -> list[tuple[int, str]]:
    """Lines that caption the outlet's own clip: its name, a journalist's name (and title), and
    "talks with", "speaks with" or "sits down with" someone; no quotation marks."""
    heads = {n.split()[0] for n in outlet_names if n}
    if not heads:
        return []
    pattern = re.compile(rf"^(?i:{'|'.join(re.escape(h) for h in sorted(heads))}){_CLIP_CAPTION}")
    return [(k, "video caption") for k, t in enumerate(texts)
            if len(t.split()) <= _CLIP_WORDS and pattern.match(t) and not re.search(r"[\"“”]", t)]


# A paragraph given twice, apart (a page's preview of the article saved before it): the later copy goes,
# whether word for word or lightly edited ("a history professor" for "an assistant professor of history");
# copies that differ in a name or a figure ("On April 27, Colorado ..." and "On April 27, Nevada ...") are
# two facts and stay.
_REPEAT_WORDS = 20
_REPEAT_OVERLAP = 0.8
_TOKEN = re.compile(r"[\w’'-]+")


def repeated_paragraphs(texts: Sequence[str]) -> list[tuple[int, str]]:
    """Paragraphs of `_REPEAT_WORDS` words or more that repeat an earlier one not right before them
    (word sets overlapping by `_REPEAT_OVERLAP`, no capitalised word or figure in one only)."""
    seen: list[tuple[int, set[str], set[str]]] = []
    out: list[tuple[int, str]] = []
    for k, t in enumerate(texts):
        tokens = _TOKEN.findall(t)
        if len(tokens) < _REPEAT_WORDS:
            continue
        exact, folded = set(tokens), {w.lower() for w in tokens}
        for j, other_exact, other_folded in seen:
            small, large = sorted((len(folded), len(other_folded)))
            if j == k - 1 or small < _REPEAT_OVERLAP * large:
                continue  # a doubled paragraph is the caller's (`repeated paragraph`); sizes too far apart
            shared = folded & other_folded
            if len(shared) < _REPEAT_OVERLAP * (len(folded) + len(other_folded) - len(shared)):
                continue
            if not any((w[:1].isupper() or any(ch.isdigit() for ch in w)) and w.lower() not in shared
                       for w in exact ^ other_exact):
                out.append((k, "repeated paragraph"))
                break
        else:
            seen.append((k, exact, folded))
    return out
