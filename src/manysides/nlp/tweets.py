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
# the signature's end, in a sentence the splitter cut from its dash ("Donald J. Trump
# (@realDonaldTrump) February 12, 2020.")
SIGNED = re.compile(rf"[^\n()—–@]{{0,50}}\(@\w{{1,15}}\)[ \t]+{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}")
# a post's media or short link, printed before the signature
POST_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")
_LINK = re.compile(rf"(?:\s*(?:{POST_LINK.pattern}))+\s*$")
# a page's link past the embed, saved with it (BBC: "Skip Twitter post by @JustinTrudeau")
_SKIP = re.compile(r"\s*Skip Twitter post(?: \d+)?(?: by @\w+)?\s*", re.IGNORECASE)
# a post is at most 280 characters (links aside); a line holding more holds prose before the post
_LONGEST = 300


def signatures(text: str) -> list[re.Match[str]]:
    """The embedded posts' signatures in `text`, in order."""
    return list(SIGNATURE.finditer(text))


def tweet_quotes(text: str, entities: Sequence[Entity] = (), quotes: Sequence[Quote] = ()) -> list[Quote]:
    """A direct quote for each embedded post: its words (the line before the signature,
    and the post's earlier paragraphs, its media link aside) said by the account's display
    name, or by the person the article names by it ("ChuckGrassley" -> "Chuck Grassley").
    A post whose words a quote in `quotes` with a speaker already covers adds nothing (a
    quote without one inside it is the post's, and the caller drops it: `inside_posts`)."""
    out = []
    after = 0  # the end of the previous signature: a line may hold several posts
    for m in signatures(text):
        start = _post_start(text, max(text.rfind("\n", 0, m.start()) + 1, after), m.start())
        after = m.end()
        end = m.start()
        if link := _LINK.search(text, start, end):
            end = link.start()
        if end - start > _LONGEST and "\n" not in text[start:end]:
            # prose and the post on one line: the words from the first sentence that
            # begins within a post's longest length (the post's own start is unknown)
            cut = [s.end() for s in re.finditer(r"[.!?][\"”’)]?\s+", text[end - _LONGEST: end])]
            if not cut:
                continue
            start = end - _LONGEST + cut[0]
        if skip := _SKIP.match(text, start, end):
            start = skip.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        while start < end and text[start] in " \t\"“":
            start += 1
        if end - start < 2 or any(q.start < end and start < q.end and q.speaker for q in quotes):
            continue
        speaker, kind = _speaker(m.group("name"), m.start("name"), m.end("name"), entities)
        out.append(Quote(text=text[start:end], speaker=speaker, cue="posted", start=start, end=end,
                         direct=True, speaker_kind=kind))
    return out


# a paragraph that opens as posts do, with a handle or a hashtag (".@GoyaFoods has been ...");
# an article's own paragraphs name handles and hashtags too, but inside their sentences
_POSTLIKE = re.compile(r"\.?[@#][A-Za-z_]\w{2,}")
_ONLY_LINKS = re.compile(rf"\s*(?:(?:{POST_LINK.pattern})\s*)*$")


def _post_start(text: str, line: int, signature: int) -> int:
    """Where the post that ends at `signature` begins: the start of its line, or of an
    earlier paragraph that opens as posts do (a handle, a hashtag), or of the paragraph
    before a line that holds only the post's link, a cited quote's "-Name" or a closing
    bracket; never before the previous signature or more than two posts' length back."""
    start = line
    while start > 0 and signature - start < 2 * _LONGEST:
        words = text[start:signature]
        prev = text.rfind("\n", 0, len(text[:start].rstrip()))
        prev = prev + 1 if prev >= 0 else 0
        joined = (_ONLY_LINKS.fullmatch(words)
                  or words.lstrip()[:1] in ("-", "—")  # "-Robert Unanue CEO": the quote the post cites
                  or words.count(")") > words.count("(")  # a bracket opened in the paragraph before
                  # a paragraph that opens as posts do: cleaning leaves one blank line between a
                  # post's paragraphs, as between the article's, so the break itself tells nothing
                  or (start - prev <= _LONGEST and _POSTLIKE.match(text, prev, start) is not None))
        if not joined:
            break
        if SIGNATURE.search(text, prev, start) or signature - prev > 2 * _LONGEST:
            break  # the previous post, or an article paragraph too long to be a post's
        start = prev
    return start


def inside_posts(quotes: Sequence[Quote], posts: Sequence[Quote]) -> list[Quote]:
    """`quotes` without those without a speaker that lie inside a post (the post names it)."""
    return [q for q in quotes if q.speaker or not any(p.start <= q.start and q.end <= p.end for p in posts)]


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
