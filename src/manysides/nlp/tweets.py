"""Embedded posts as quotes: "Enough is enough. — Chuck Grassley (@ChuckGrassley) May 13,
2019" is Grassley's words, quoted by the article.

A page that embeds a tweet saves it as a paragraph of its text followed by the account's
signature: a dash, the display name, the handle in brackets and the date. The paragraph
has no quotation marks and no "said", so the quote finder does not see it, and the words
would read as the outlet's own. About 4% of the AllSides corpus's articles hold one
(`benchmarks/tweet_quotes.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Entity, Quote

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# " — Name (@handle) May 13, 2019": the display name has no bracket nor dash, at most 50 characters
SIGNATURE = re.compile(
    r"[ \t]*[—–]+[ \t]*(?P<name>[^\s()—–@][^\n()—–@]{0,49}?)[ \t]*\(@(?P<handle>\w{1,15})\)[ \t]+"
    rf"{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}")
# a post's media or short link, printed before the signature
_LINK = re.compile(r"(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))+\s*$")
# a page's link past the embed, saved with it (BBC: "Skip Twitter post by @JustinTrudeau")
_SKIP = re.compile(r"\s*Skip Twitter post(?: \d+)?(?: by @\w+)?\s*", re.IGNORECASE)
# a post is at most 280 characters; a line holding more holds prose before the post
_LONGEST = 300


def signatures(text: str) -> list[re.Match[str]]:
    """The embedded posts' signatures in `text`, in order."""
    return list(SIGNATURE.finditer(text))


def tweet_quotes(text: str, entities: Sequence[Entity] = (), quotes: Sequence[Quote] = ()) -> list[Quote]:
    """A direct quote for each embedded post: its words (the line before the signature,
    its media link aside) said by the account's display name, or by the person the article
    names by it ("ChuckGrassley" -> "Chuck Grassley"). A post whose words a quote in
    `quotes` already covers adds nothing."""
    out = []
    after = 0  # the end of the previous signature: a line may hold several posts
    for m in signatures(text):
        start, after = max(text.rfind("\n", 0, m.start()) + 1, after), m.end()
        if m.start() - start > _LONGEST:
            # prose and the post on one line: the words from the first sentence that
            # begins within a post's longest length (the post's own start is unknown)
            cut = [s.end() for s in re.finditer(r"[.!?][\"”’)]?\s+", text[m.start() - _LONGEST: m.start()])]
            if not cut:
                continue
            start = m.start() - _LONGEST + cut[0]
        if skip := _SKIP.match(text, start, m.start()):
            start = skip.end()
        end = m.start()
        if link := _LINK.search(text, start, end):
            end = link.start()
        while end > start and text[end - 1] in " \t":
            end -= 1
        while start < end and text[start] in " \t\"“":
            start += 1
        if end - start < 2 or any(q.start < end and start < q.end for q in quotes):
            continue
        speaker, kind = _speaker(m.group("name"), m.start("name"), m.end("name"), entities)
        out.append(Quote(text=text[start:end], speaker=speaker, cue="posted", start=start, end=end,
                         direct=True, speaker_kind=kind))
    return out


def _speaker(name: str, start: int, end: int, entities: Sequence[Entity]) -> tuple[str, str | None]:
    """The display name as the article names it, with the kind its names tell."""
    name = " ".join(name.split())
    bare = re.sub(r"\W", "", name).casefold()
    for e in entities:
        if e.type == "PERSON" and re.sub(r"\W", "", e.name).casefold() == bare:
            return e.name, "person"
    for e in entities:
        if start <= e.start and e.end <= end:  # a name the tagger found inside the display name
            kind = {"PERSON": "person", "ORG": "org", "GPE": "org", "NORP": "group"}.get(e.type)
            if kind:
                return (e.name if kind == "person" else name), kind
    return name, None
