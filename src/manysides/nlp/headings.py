"""Heading lines: a page's subheadings and live-blog stamps kept in an article's text.

A heading speaks for nothing outside it: "Update at 11:25 a.m. ET. Obama Hails News:" is no
person "Obama Hails News", "Labor Secretary Says Talk Of ..." gives the next paragraph no
speaker, and "Whom does the family hold responsible?" is no "Whom". The quote and
reported-speech rules and the entity names skip what `heading_spans` returns (a quote of
the heading itself may take the heading's own cue: "Romney Says This Isn't A 'Real
Recovery.'").

A line (a paragraph of the clean text) is a heading when it is

* written in title case: at least three words, every one capitalised but for short
  function words ("Labor Secretary Says Talk Of 'October Surprise' Is 'Ludicrous.'");
* a short question alone on its line, with no quotation mark ("Who was Alexander
  Litvinenko?", "What caused his death?");
* or a live blog's time stamp ("Update at 9:48 a.m. ET.", "Updated at 10 a.m. Eastern
  time:"): the stamp is a heading, and so is the rest of its line when that rest is in
  title case;
* or a subheading in sentence case or capitals ("Closing a chapter", "BACKLASH FEARED",
  "State funeral on Sunday"): a line of two to ten words that opens with a capital letter,
  ends on a letter or a figure (no full stop, question mark, colon, comma, dash or quotation
  mark: a sentence, a lead-in, a dateline, a quotation or a list's label ends so) and holds
  no quotation mark (nor two capitalised words alone, which may be a name over the words of
  its bearer: "Donna Brazile" over her comment), standing between two lines of prose (each ending as a sentence does,
  the first letter of the one after a capital). That context tells it from the first line under the
  headline (a dateline, a standfirst) and from a list's items, which stand among lines like
  themselves. Only `heading_spans` reads it: the rule needs the lines around. Since session 39 the line may
  also be one word, in capitals or written in lower case elsewhere in the article ("Reaction"), or two capitalised
  words that are both so written ("Tax Revenues": common words, no name); it may end on a headline's quotation in
  single marks ("Mayor warns 'this is it'": headlines quote so, a one-line quotation stands alone or ends on its
  stop); and the line above may be the signature of a live page's entry ("- Jane Doe") instead of prose.
  Since session 47 such a quotation counts as one word of the ten, the line 16 words at most ("Jo Roe: Lee
  pinched her 'on the arm a lot'", another story's headline or a subheading: the two read alike).

The annotate stage marks each sentence that lies in a heading (`Sentence.heading`) and never
lets a sentence run across a heading's edge; the sentence-level stages (points, unique items,
summaries, slant evidence sentences) read no heading as a statement.

A line that opens with "According to" and ends with a colon ("According to CNN:") is no heading,
though it may be in title case: it introduces the quotation under it and names its source.
"""

from __future__ import annotations

import re

__all__ = ["heading_spans", "is_heading_text"]

# Words a headline may leave in lower case ("Talk of War", "Back to the Future").
_SMALL = frozenset(
    "a an the of in on at to for and but or nor by as vs vs. via with from into per up off out".split()
) | {"a.m.", "p.m."}  # a time of day in a heading ("Gunfire At 8:15 p.m. ET")
_WORD = re.compile(r"[A-Za-z][\w'’.&-]*|\d[\d,.:/]*")
_STAMP = re.compile(
    r"^(?:update|updated|updates|correction|clarification)\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*"
    r"(?:a\.m\.|p\.m\.|am|pm)?\s*(?:[A-Z]{2,4}\b|eastern(?:\s+time)?|pacific(?:\s+time)?)?\s*[.:;,–—-]?",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_MAX_WORDS = 24
_MAX_QUESTION_WORDS = 12


def _title_case(text: str) -> bool:
    """Three words or more, every one capitalised but for short function words and figures."""
    words = _WORD.findall(_QUOTE_MARKS.sub(" ", text))
    alpha = [w for w in words if w[0].isalpha()]
    if len(alpha) < 3 or len(words) > _MAX_WORDS or not alpha[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in alpha)


def _question(text: str) -> bool:
    """A short question alone on its line, one sentence, with no quotation mark."""
    s = text.strip()
    if not s.endswith("?") or _QUOTE_MARKS.search(s):
        return False
    words = s.split()
    if not 2 <= len(words) <= _MAX_QUESTION_WORDS or not s[0].isupper():
        return False
    return not re.search(r"[.!?]\s+\S", s[:-1])  # one sentence


_LEAD_IN = re.compile(r"^according\s+to\b.*:$", re.IGNORECASE)


def is_heading_text(line: str) -> bool:
    """Whether one line of text, as a whole, reads as a heading (title case, or a short
    question alone on its line). A line "According to CNN:" is no heading: it introduces the
    quotation below it, whose source it names."""
    s = line.strip()
    return bool(s) and not _LEAD_IN.match(s) and (_title_case(s) or _question(s))


_MAX_LABEL_WORDS = 10
# ... its quotation in single marks counted as one word, up to this many in all (session 47: Fox's "Katie Couric: Matt
# Lauer pinched her 'on the ass a lot'", another story's headline between paragraphs, review 35, 11 words)
_MAX_QUOTED_LABEL_WORDS = 16
# a line of prose ends as a sentence does: a stop, maybe inside closing quotation marks or brackets
_PROSE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SINGLE_QUOTE = re.compile(r"(?:^|\s)['‘]|['’](?:\s|$)")  # a single quotation mark at a word's edge


def _prose(line: str | None) -> bool:
    return line is not None and len(line.split()) >= 4 and _PROSE_END.search(line) is not None


# a live entry's signature: a dash and a name, maybe its outlet ("- Jane Doe", "— Jane Doe, Daily Planet")
_SIGNATURE = re.compile(r"^[-–—]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:,\s*[A-Z][\w'’. -]*)?$")
# a headline's quotation in single marks, closed on a letter or a figure ("The mayor warns 'this is it'")
_HEADLINE_QUOTE = re.compile(r"(?:^|\s)['‘][^'‘’\s][^'‘’]*[^\W_]['’](?=\s|$)")


def _lower_elsewhere(word: str, text: str, skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether `word` is written in lower case in `text` outside `skip` (a common word of the article, no name)."""
    w = word.strip("'’.,-").lower()
    return len(w) > 1 and w.isalpha() and any(
        not skip[0] <= m.start() < skip[1] for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’])", text))


def _subheading(line: str, before: str | None, after: str | None, text: str = "",
                skip: tuple[int, int] = (0, 0)) -> bool:
    """A subheading in sentence case or capitals between two lines of prose (see the module's doc)."""
    words = line.split()
    if not 1 <= len(words) <= _MAX_QUOTED_LABEL_WORDS or not line[0].isupper():
        return False
    unquoted = _HEADLINE_QUOTE.sub(" x", line) if len(words) >= 3 else line  # a headline's quotation, in single marks
    if len(unquoted.split()) > _MAX_LABEL_WORDS or len(words) > _MAX_LABEL_WORDS and unquoted == line:
        return False  # a headline's quotation counts as one word ("Jo Roe: Lee pinched her 'on the arm a lot'")
    if not (line[-1].isalnum() or unquoted != line and unquoted.endswith(" x")):
        return False
    if _QUOTE_MARKS.search(line) or _SINGLE_QUOTE.search(unquoted) or "@" in line:
        return False  # a quoted fragment or a handle, no heading
    if len(words) == 1 and not (line.isalpha()
                                and (line.isupper() and len(line) > 1 or _lower_elsewhere(line, text, skip))):
        return False  # one word: in capitals, or a word the article writes in lower case ("Reaction"), no name
    if (len(words) == 2 and all(w[0].isupper() for w in words) and not line.isupper()
            and not all(_lower_elsewhere(w, text, skip) for w in words)):
        return False  # two capitalised words may be a name over its bearer's words ("Donna Brazile"), as in `_title_case`
    first = re.search(r"[^\W\d_]", after or "")
    return ((_prose(before) or before is not None and _SIGNATURE.match(before) is not None)
            and _prose(after) and first is not None and first.group().isupper())


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` that are headings, in text order (see the module's doc)."""
    out: list[tuple[int, int]] = []
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text))
    for n, m in enumerate(lines):
        line = m.group(0)
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if not body or body[0] in "—–-" or "@" in body:
            continue  # an embedded post's signature ("— Name (@handle) May 13, 2019") is the post's
        start, end = m.start() + lead, m.start() + lead + len(body)
        stamp = _STAMP.match(body)
        if stamp and stamp.end() > 0:
            rest = body[stamp.end():]
            if not rest.strip() or is_heading_text(rest):
                out.append((start, end))
            else:
                out.append((start, start + stamp.end()))
            continue
        if is_heading_text(body) or _subheading(body, lines[n - 1].group(0).strip() if n else None,
                                                lines[n + 1].group(0).strip() if n + 1 < len(lines) else None,
                                                text, (m.start(), m.end())):
            out.append((start, end))
    return out
