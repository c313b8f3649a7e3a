"""What the pages and the JSON API show, computed from the store by library functions.

Each function returns plain data (dicts, records, `StoryView`s) that both a template and
the JSON twin of a page use, so the two never disagree. Strings stay raw here: the
templates escape them, and JSON is data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..analysis import Analysis
from ..compare.coverage import LEANINGS, outlet_leanings
from ..compare.shared import in_shared_point
from ..errors import InputError
from ..pipeline import open_analysis
from ..present._view import Catalog, StoryView, locate, outlet_label
from ..records import Annotation, Article, Quote, Story, Voice, as_dict
from ..store import Store

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_day(value: str) -> bool:
    """YYYY-MM-DD naming a real day (2021-13-45 is refused, not compared as text)."""
    from datetime import date

    try:
        return bool(_DATE.match(value)) and date.fromisoformat(value) is not None
    except ValueError:
        return False


# --------------------------------------------------------------------------- story list
# Orders of the story list. "" is the default: best match first when searching, else newest.
SORTS = ("newest", "oldest", "outlets", "relevance")


@dataclass(frozen=True)
class StoryFilters:
    q: str = ""
    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    leaning: str = ""
    limit: int = 50
    offset: int = 0
    sort: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "leaning", self.leaning.strip().lower())  # "LEFT" is left
        object.__setattr__(self, "sort", self.sort.strip().lower())

    @property
    def searching(self) -> bool:
        """Whether `q` holds a word to look for or to leave out ("-" or '"' alone holds none)."""
        search = parse_search(self.q) if self.q.strip() else None
        return bool(search and (search.match or search.exclude))

    @property
    def search_note(self) -> str:
        """What a search with no word does, said (it listed no story, which read as "no
        story mentions it"): it is no search, and every story is listed."""
        if not self.q.strip() or self.searching:
            return ""
        return (f"The search “{' '.join(self.q.split())[:80]}” holds no word to look for (letters and digits are "
                "searched), so every story is listed")

    @property
    def order(self) -> str:
        """The order the list is in: `sort`, or its default."""
        if self.sort == "relevance" and not self.searching:
            return "newest"  # nothing to match: the default order
        return self.sort or ("relevance" if self.searching else "newest")

    def problems(self) -> list[str]:
        out = []
        for name, value in (("from", self.date_from), ("to", self.date_to)):
            if value and not _is_day(value):
                out.append(f"date {name}={value!r} is not a day written YYYY-MM-DD")
        if _is_day(self.date_from) and _is_day(self.date_to) and self.date_from > self.date_to:
            # no story can fall in the range: an empty list would read as "none reported then"
            out.append(f"date from={self.date_from!r} is after to={self.date_to!r}: give the earlier day as from")
        if self.leaning and self.leaning not in LEANINGS:
            out.append(f"leaning {self.leaning!r} is not one of {', '.join(LEANINGS)}")
        if self.sort and self.sort not in SORTS:
            out.append(f"sort {self.sort!r} is not one of {', '.join(SORTS)}")
        return out


@dataclass(frozen=True)
class StorySummary:
    id: str
    title: str
    first_date: str | None
    last_date: str | None
    storyline: str | None
    articles: int
    copies: int
    outlets: tuple[str, ...]
    coverage: dict[str, int]
    blindspot: str | None  # "left" / "right" when covered mostly by that side

    def to_json(self) -> dict[str, Any]:
        return as_dict(self)


@dataclass
class StoryList:
    stories: list[StorySummary]
    total: int
    outlets: list[str] = field(default_factory=list)  # every outlet, for the filter menu
    filters: StoryFilters = field(default_factory=StoryFilters)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "offset": self.filters.offset,
            "limit": self.filters.limit,
            "stories": [s.to_json() for s in self.stories],
            "outlets": self.outlets,
            "note": self.filters.search_note or None,
        }


MAX_SEARCH_WORDS = 20
_WORD = re.compile(r"\w[\w'’-]*")


@dataclass(frozen=True)
class Search:
    """A search box's text as FTS5 queries built only from quoted words (no operator or
    syntax error can come from user input): `match`, what a story's article must hold
    ("" when nothing), and `exclude`, words none of a story's articles may hold."""

    match: str
    exclude: str


def parse_search(text: str) -> Search:
    """Words a person typed: every word must occur; `OR` (in capitals) between two words
    lets either do; a word written `-word` leaves out the stories that mention it. A word
    of 4 letters or more also matches the words it begins, after a plural "s" is taken
    off: "vaccines" finds "vaccine", "vaccines" and "vaccinated"; "vaccin" finds them too."""
    groups: list[list[str]] = []  # each group: words of which one must occur
    excluded: list[str] = []
    joined = False  # the last token was OR and a word came before it
    count = 0
    for token in text.split():
        if token == "OR":
            joined = bool(groups)
            continue
        negative = token.startswith("-") and len(token) > 1 and token[1] != "-"
        words = _WORD.findall(token)
        for i, word in enumerate(words):
            if count >= MAX_SEARCH_WORDS:
                break
            count += 1
            term = _fts_term(word)
            if negative:
                excluded.append(term)
            elif joined and i == 0:
                groups[-1].append(term)
            else:
                groups.append([term])
        joined = False
    match = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    return Search(match, " OR ".join(excluded))


def fts_query(text: str) -> str:
    """The FTS5 query of the words a story must hold (`parse_search(text).match`)."""
    return parse_search(text).match


def _fts_term(word: str) -> str:
    if len(word) >= 5 and word[-1] in "sS" and word[-2] not in "sS":
        word = word[:-1]
    quoted = '"' + word.replace('"', '""') + '"'
    return quoted + "*" if len(word) >= 4 else quoted


@dataclass(frozen=True)
class StoryIndex:
    """Every story's summary, newest first, and every outlet: what the list pages filter.

    Building it reads every grouped article's outlet and copy mark, so the web app keeps
    one per version of the stories (`cache.Memo`) and filters and pages from it; the next
    version is made from this one by reading only the stories that changed.
    """

    summaries: tuple[StorySummary, ...]
    outlets: tuple[str, ...]
    watermark: int = 0  # the largest story rowid when read: stories changed since have larger ones
    leanings: tuple[tuple[str, str], ...] = ()  # the outlets' known leanings the counts used


def story_index(store: Store, previous: StoryIndex | None = None) -> StoryIndex:
    """The `StoryIndex` of `store`, from queries that read no article text. Given the
    `previous` index of the same store, only stories changed since are read (unless the
    leanings changed, or most stories did)."""
    leanings = store.leanings()
    lean_key = tuple(sorted(leanings.items()))
    rowids = store.story_rowids()  # read first: a story changed after this is read again next time
    watermark = max((r for _, r in rowids), default=0)
    changed = None if previous is None else [sid for sid, r in rowids if r > previous.watermark]
    if previous is None or previous.leanings != lean_key or len(changed) > max(1000, len(rowids) // 4):
        kept, fresh = [], _summaries(store.story_index(), leanings)
    else:
        current = {sid for sid, _ in rowids}
        skip = set(changed)
        kept = [s for s in previous.summaries if s.id in current and s.id not in skip]
        fresh = _summaries(store.story_index(changed), leanings)
    summaries = kept + fresh
    summaries.sort(key=lambda s: (s.last_date or s.first_date or "", s.id), reverse=True)
    return StoryIndex(tuple(summaries), _outlets(summaries), watermark, lean_key)


def _summaries(rows: list[tuple], leanings: dict[str, str]) -> list[StorySummary]:
    by_story: dict[str, tuple[tuple, list[Article]]] = {}
    for sid, title, first, last, line, aid, outlet, source, leaning, dup, published in rows:
        if sid not in by_story:
            by_story[sid] = ((sid, title or "", first, last, line), [])
        by_story[sid][1].append(Article(id=aid, source=source, outlet=outlet, url=None, title=None, byline=None,
                                        published=published, language="", text="", duplicate_of=dup,
                                        leaning=leaning))
    return [_summary(story, arts, leanings) for story, arts in by_story.values()]


def _outlets(summaries: list[StorySummary]) -> tuple[str, ...]:
    """Every outlet named in a story, sorted; spellings that differ only in case are one
    outlet, listed as most stories spell it (ties: the first in sort order)."""
    counts: dict[str, dict[str, int]] = {}
    for summary in summaries:
        for label in summary.outlets:
            spellings = counts.setdefault(label.lower(), {})
            spellings[label] = spellings.get(label, 0) + 1
    chosen = [min(spellings, key=lambda label: (-spellings[label], label)) for spellings in counts.values()]
    return tuple(sorted(chosen, key=str.lower))


def list_stories(store: Store, filters: StoryFilters, index: StoryIndex | None = None) -> StoryList:
    """Stories filtered, in `filters.order`: newest first by default, best match first when
    searching; `index` is `story_index(store)`, made here when not given."""
    index = index or story_index(store)
    summaries: list[StorySummary] | tuple[StorySummary, ...] = index.summaries  # newest first
    if filters.searching:  # a search of no word ("-") is none: every story, and `search_note` says so
        search = parse_search(filters.q)
        if search.match:
            ranked = store.search_stories(search.match)
            rank = {sid: i for i, sid in enumerate(ranked)}
            summaries = [s for s in summaries if s.id in rank]
            if filters.order == "relevance":
                summaries.sort(key=lambda s: rank[s.id])
        if search.exclude:  # a story is left out when any of its articles holds such a word
            left_out = set(store.search_stories(search.exclude, limit=len(index.summaries) + 1))
            summaries = [s for s in summaries if s.id not in left_out]
    summaries = [s for s in summaries if _matches(s, filters)]
    if filters.order == "oldest":  # by first day; undated stories stay last
        summaries.sort(key=lambda s: (not (s.first_date or s.last_date), s.first_date or s.last_date or "", s.id))
    elif filters.order == "outlets":  # most independent outlets first, newest first among equals
        summaries.sort(key=lambda s: -len(s.outlets))
    page = summaries[filters.offset : filters.offset + filters.limit]
    return StoryList(page, len(summaries), list(index.outlets), filters)


def _summary(story: tuple, arts: list[Article], leanings: dict[str, str]) -> StorySummary:
    sid, title, first, last, line = story
    independent = [a for a in arts if a.duplicate_of is None]
    counts = dict.fromkeys(LEANINGS, 0)
    for lean in outlet_leanings(independent, leanings).values():
        counts[lean] += 1
    dates = sorted(a.published for a in arts if a.published)
    return StorySummary(
        id=sid,
        title=title,
        first_date=first or (dates[0] if dates else None),
        last_date=last or (dates[-1] if dates else None),
        storyline=line,
        articles=len(arts),
        copies=len(arts) - len(independent),
        outlets=tuple(dict.fromkeys(outlet_label(a) for a in independent)),
        coverage=counts,
        blindspot=blindspot(counts),
    )


def blindspot(counts: dict[str, int]) -> str | None:
    """"left" or "right" when that side has two or more outlets on the story and the other
    side none: the story the other side's readers never see."""
    left, right = counts.get("left", 0), counts.get("right", 0)
    if left >= 2 and right == 0 and left >= 2 * counts.get("center", 0):
        return "left"
    if right >= 2 and left == 0 and right >= 2 * counts.get("center", 0):
        return "right"
    return None


def _matches(s: StorySummary, f: StoryFilters) -> bool:
    first, last = s.first_date or s.last_date, s.last_date or s.first_date
    if f.date_from and (not last or last < f.date_from):
        return False
    if f.date_to and (not first or first > f.date_to):
        return False
    if f.outlet and f.outlet.strip().lower() not in {o.lower() for o in s.outlets}:
        return False
    if f.leaning and not s.coverage.get(f.leaning):
        return False
    return True


# --------------------------------------------------------------------------- one story
@dataclass
class StoryPage:
    view: StoryView
    analysis_json: dict[str, Any]
    timeline: list[dict[str, Any]]
    omissions: dict[str, list[str]]  # article id -> shared points it does not report
    voice_links: dict[tuple[str, str], str]  # (speaker, article id) -> anchor of a quote


def story_page(store: Store, story_id: str) -> StoryPage | None:
    """A story with its stored comparison (computed once and stored when missing); None
    when the store has no such story."""
    if not store.story_order([story_id]):  # exact ids only: a page is cached by its story's id
        return None
    try:
        analysis = open_analysis(store, [story_id])
    except InputError:  # merged away since
        return None
    if not analysis.stories:
        return None
    catalog = Catalog(analysis)
    view = catalog.story_view(analysis.stories[0])
    timeline = _timeline(store, view.story, analysis)
    omissions: dict[str, list[str]] = {}
    for col in view.columns:
        omissions[col.article_id] = [sp.summary for sp in view.shared
                                     if col.article_id not in sp.articles and not view.outlet_reports(col, sp)]
    links = voice_links(view.voices, analysis.annotations, analysis.quote_voices())
    return StoryPage(view, analysis.to_json(), timeline, omissions, links)


def voice_links(voices: Sequence[Voice], annotations: Mapping[str, Annotation],
                voice_of: Mapping[tuple[str, int, int], int]) -> dict[tuple[str, str], str]:
    """(speaker, article id) -> the anchor of a quote the voice says in the article, a direct
    quote first. A quote is the voice's when the story's ledger counts it there (`voice_of`,
    `Analysis.quote_voices`): Fox's "Maria Zhakarova" is a quote of the voice "Maria
    Zakharova"; else when its speaker's name holds the voice's."""
    out = {}
    for place, voice in enumerate(voices):
        for aid in voice.articles:
            ann = annotations.get(aid)
            if ann is None:
                continue
            counted = [q for q in ann.quotes if voice_of.get((aid, q.start, q.end)) == place]
            quote = _quote_of(ann, voice.speaker, counted)
            if quote is not None:
                out[(voice.speaker, aid)] = anchor(quote.start, quote.end)
    return out


def _quote_of(ann: Annotation, speaker: str, counted: Sequence[Quote] = ()):
    want = speaker.strip().lower()
    hits = list(counted) or [
        q for q in ann.quotes if q.speaker and (q.speaker.strip().lower() == want or want in q.speaker.lower())]
    return next((q for q in hits if q.direct), hits[0] if hits else None)  # a direct quote first


def _timeline(store: Store, story: Story, analysis) -> list[dict[str, Any]]:
    line = next((sl for sl in analysis.storylines if story.id in sl.stories), None)
    if line is None:
        return [{"id": story.id, "title": story.title, "date": story.first_date, "current": True}]
    stories = {s.id: s for s in store.stories(line.stories)}
    out = []
    for sid in line.stories:
        s = stories.get(sid)
        if s is not None:
            out.append({"id": s.id, "title": s.title, "date": s.first_date, "current": s.id == story.id})
    return out


def anchor(start: int, end: int) -> str:
    """The fragment that names a span of an article's text: c-START-END."""
    return f"c-{int(start)}-{int(end)}"


# --------------------------------------------------------------------------- one article
@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # entity | quote | claim | slant-left | slant-right | loaded | source | partisan | shared | unique | disputed
    label: str  # what a tooltip says about it
    anchor: str | None = None  # c-START-END of the finding, when a story page links here


# What each kind of highlight is, in the order the article page lists them under the text.
# Names are left out of that list: an article has a hundred or more, and the text shows them.
HIGHLIGHT_KINDS = {
    "shared": "Shared with other outlets", "unique": "Reported by this outlet only",
    "disputed": "Disputed numbers", "quote": "Quotes", "claim": "Numbers",
    "slant-left": "Slant evidence (pushes left)", "slant-right": "Slant evidence (pushes right)",
    "loaded": "Loaded wording", "source": "Whom it quotes (party-identified voices)",
    "partisan": "Hyperpartisan evidence", "entity": "Names",
}


@dataclass
class ArticlePage:
    article: Article
    annotation: Annotation | None
    story: Story | None
    original: Article | None
    copies: list[Article]
    spans: list[Span]

    def notes(self) -> list[tuple[str, str, list[Span]]]:
        """(kind, heading, spans in text order) for every highlighted kind but names: the
        meaning of each highlight in words, which a tooltip gives only to mouse users."""
        out = []
        for kind, heading in HIGHLIGHT_KINDS.items():
            found = {(s.start, s.end, s.label): s for s in self.spans if s.kind == kind and s.anchor}
            if found:
                out.append((kind, heading, sorted(found.values(), key=lambda s: (s.start, s.end))))
        return out

    def to_json(self) -> dict[str, Any]:
        ann = self.annotation
        return {
            "article": as_dict(self.article),
            "story": self.story.id if self.story else None,
            "original": self.original.id if self.original else None,
            "copies": [{"id": c.id, "outlet": c.outlet, "title": c.title} for c in self.copies],
            "entities": [as_dict(e) for e in ann.entities] if ann else [],
            "quotes": [as_dict(q) for q in ann.quotes] if ann else [],
            "claims": [as_dict(c) for c in ann.claims] if ann else [],
            "slant": as_dict(getattr(ann, "slant", None)) if ann else None,
            "hyperpartisan": as_dict(getattr(ann, "hyperpartisan", None)) if ann else None,
            "findings": [as_dict(s) for s in self.spans if s.kind in ("shared", "unique", "disputed")],
        }


def article_page(store: Store, article_id: str) -> ArticlePage | None:
    article = store.article(article_id)
    if article is None:
        return None
    ann = store.annotations([article_id]).get(article_id)
    story_id = store.story_of([article_id]).get(article_id)
    story = None
    spans: list[Span] = _annotation_spans(ann) if ann else []
    if story_id is not None:
        try:
            analysis = open_analysis(store, [story_id])
        except InputError:  # merged away by a run between the two reads: shown without it
            analysis = Analysis()
        story = analysis.stories[0] if analysis.stories else None
        report = analysis.reports.get(story_id)
        if report is not None:
            spans += _finding_spans(article, report)
    original = store.article(article.duplicate_of) if article.duplicate_of else None
    copies = store.articles(store.copies_of([article_id]))
    return ArticlePage(article, ann, story, original, copies, spans)


def _annotation_spans(ann: Annotation) -> list[Span]:
    spans = [Span(e.start, e.end, "entity", f"{e.type}: {e.name}") for e in ann.entities]
    spans += [Span(q.start, q.end, "quote", f"{'quote' if q.direct else 'reported speech'}, "
                   f"{q.speaker or 'unknown speaker'}" + (f" ({q.cue})" if q.cue else ""), anchor(q.start, q.end))
              for q in ann.quotes]
    spans += [Span(c.start, c.end, "claim", f"number, about: {c.subject}" if c.subject.strip() else "number",
                   anchor(c.start, c.end)) for c in ann.claims]
    slant = getattr(ann, "slant", None)
    if slant is not None:
        for ev in slant.evidence:
            if ev.kind == "loaded":
                # shown beside the score: the lexicon's reading, then the model's weight
                spans.append(Span(ev.start, ev.end, "loaded", f"{ev.note or 'loaded wording'}; "
                                  f"slant model weight {ev.weight:+.2f}", anchor(ev.start, ev.end)))
                continue
            if ev.kind == "source":
                # shown beside the score too: the weight is this quote's share of the sourcing balance
                side = "Republican" if ev.weight > 0 else "Democratic"
                spans.append(Span(ev.start, ev.end, "source", (ev.note or f"quoted, {side}-identified")
                                  + f"; {abs(ev.weight):.0%} of the party-identified quoting (not part of the score)",
                                  anchor(ev.start, ev.end)))
                continue
            spans.append(Span(ev.start, ev.end, "slant-right" if ev.weight > 0 else "slant-left",
                              f"slant evidence, pushes {'right' if ev.weight > 0 else 'left'} ({ev.weight:+.2f})"
                              + (f"; {ev.note}" if ev.note else ""), anchor(ev.start, ev.end)))
    partisan = getattr(ann, "hyperpartisan", None)
    if partisan is not None:
        for ev in partisan.evidence:
            way = "towards" if ev.weight > 0 else "away from"
            spans.append(Span(ev.start, ev.end, "partisan", f"hyperpartisan evidence, pushes {way} "
                              f"hyperpartisan ({ev.weight:+.2f})", anchor(ev.start, ev.end)))
    return spans


def _finding_spans(article: Article, report) -> list[Span]:
    """The story's findings in this article, anchored at the offsets the story page links to."""
    out = []
    for sp in report.shared:
        for ev in sp.evidence:
            if ev.article == article.id:
                out.append(_finding(article, ev.start, ev.end, ev.text, "shared", f"shared point: {sp.summary}"))
    for ev in report.unique:
        if ev.article == article.id:
            out.append(_finding(article, ev.start, ev.end, ev.text, "unique",
                                "a detail only this outlet gives, in a shared point" if in_shared_point(report.shared, ev)
                                else "reported by this outlet only"))
    for d in report.disputed:
        for c in d.claims:
            if c.article == article.id:
                out.append(_finding(article, c.start, c.end, c.text, "disputed", f"disputed number: {d.about}"))
    return out


def _finding(article: Article, start: int, end: int, quoted: str, kind: str, label: str) -> Span:
    s, e = locate(article.text, start, end, quoted)
    return Span(s, e, kind, label, anchor(start, end))


__all__ = ["StoryFilters", "StoryIndex", "story_index", "list_stories", "story_page", "article_page", "fts_query", "parse_search", "Search",
           "blindspot"]
