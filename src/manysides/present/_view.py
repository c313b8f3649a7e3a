"""What every view of a story needs, computed once from an `Analysis`.

The terminal and HTML renderers share these views so they agree on who counts as an
independent outlet, what a wire copy is a copy of, and how a number is written.
Nothing here formats markup: strings stay raw and each renderer escapes them.
"""

from __future__ import annotations

import dataclasses

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..analysis import Analysis
from ..compare._text import outlet_shown, quoted_speaker
from ..compare.shared import in_shared_point
from ..records import (Article, Dispute, DisputedClaim, Evidence, Quote, Sentence, SharedPoint, Slant, Story,
                       StoryReport, UniquePoint, Voice)

LEANING_ORDER = ("left", "lean left", "center", "lean right", "right")

# C0/C1 controls (bar tab/newline) and lone surrogates: never shown as-is, since they can
# drive a terminal (ESC sequences) or make a page unwritable as UTF-8.
# Control characters, lone surrogates, and the bidirectional embeddings, overrides and
# isolates (U+202A-202E, U+2066-2069): an outlet name ending in U+202E would turn the rest
# of its line around, and a URL can be made to read as another site's.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SPACE = re.compile(r"\s+")


def safe(text: str | None) -> str:
    """`text` with control characters, direction overrides and lone surrogates replaced,
    same length (so evidence offsets still hold)."""
    return _UNSAFE.sub("\ufffd", text or "")


def voice_count(voice) -> str:
    """How often a voice speaks: '3' direct quotes, '3 + 2 reported', '2 reported'."""
    reported = int(getattr(voice, "reported", 0) or 0)
    if not reported:
        return str(int(voice.quotes))
    return f"{int(voice.quotes)} + {reported} reported" if voice.quotes else f"{reported} reported"


def plural(n: int, word: str, plural: str | None = None) -> str:
    """'1 article', '3 articles', '2 stories' (`plural` overrides `plural_noun`)."""
    return f"{n} {word if n == 1 else (plural or plural_noun(word))}"


def one_line(text: str | None, limit: int | None = None) -> str:
    """`text` safe, on one line, cut at a word boundary to `limit` characters."""
    s = _SPACE.sub(" ", safe(text)).strip()
    if limit is not None and len(s) > limit:
        cut = s[: limit - 1]
        if " " in cut[limit // 2 :]:
            cut = cut[: cut.rfind(" ")]
        s = cut.rstrip(" ,;:") + "…"
    return s


def web_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address worth linking to, else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _UNSAFE.search(url) or any(c.isspace() for c in url):
        return None
    return url


def outlet_label(article: Article | None, fallback: str | None = None) -> str:
    """The name to show for an article's outlet: its outlet, else `fallback`, else its
    site, else "unknown outlet (FILE)" (`compare._text.outlet_shown`): one name per
    outlet as counted, so two unnamed files are two outlets here as in coverage."""
    if article is not None and article.outlet and article.outlet.strip():
        return one_line(article.outlet)
    if fallback and fallback.strip():
        return one_line(fallback)
    return one_line(outlet_shown(article)) if article is not None else "unknown outlet"


def fmt_number(value: float | None) -> str:
    if value is None:
        return "?"
    if math.isnan(value):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return format(value, ",.6g")


def fmt_quantity(value: float | None, unit: str | None) -> str:
    """A number with its unit the way a reader writes it: $1,200 / 12% / 3 years."""
    if unit == "time" and value is not None:  # a time of day, minutes after midnight (`nlp.clock`)
        return fmt_clock(value)
    n = fmt_number(value)
    unit = one_line(unit)
    if unit in ("", "count"):
        return n
    if unit == "USD":
        return f"-${n[1:]}" if n.startswith("-") else f"${n}"
    if unit == "percent":
        return f"{n}%"
    if unit.isalpha() and unit.islower() and not unit.endswith("s") and n not in ("1", "-1"):
        unit = plural_noun(unit)  # "38 words", "7 inches"; the claims stage names the unit in the singular
    return f"{n} {unit}"


def fmt_clock(minutes: float) -> str:
    """Minutes after midnight as a reader writes a time of day: "10:55 a.m.", "noon", "12:30 a.m."."""
    m = int(round(minutes)) % 1440
    if m == 720:
        return "noon"
    if m == 0:
        return "midnight"
    hour, minute = divmod(m, 60)
    return f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def plural_noun(word: str) -> str:
    """The English plural of a noun (of its last word): 'words', 'inches', 'centuries', 'feet'."""
    if word == "foot":
        return "feet"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def fmt_interval(low: float | None, high: float | None, unit: str | None) -> str:
    """The interval a hedge implies; None bounds are open-ended."""
    if low is None and high is None:
        return "unbounded"
    if low is not None and high is not None:
        if low == high:
            return f"= {fmt_quantity(low, unit)}"
        return f"{fmt_quantity(low, unit)} – {fmt_quantity(high, unit)}"
    if low is not None:
        return f"≥ {fmt_quantity(low, unit)}"
    return f"≤ {fmt_quantity(high, unit)}"


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")


def in_sentence(text: str, start: int, end: int, quoted: str, width: int | None = 160,
                sentences: Sequence[Sentence] = ()) -> tuple[str, str, str]:
    """The sentence around a figure, as (before, the figure, after), cut to about `width`
    characters around it with "…": what a reader needs to see which quantity it counts
    (`width=None`: the whole sentence, which the HTML report and the web page offer under a cut one).

    The sentence is the annotation's (`sentences`, the parser's spans, which know "Sen."
    and "U.S." end no sentence); without one, text up to the nearest ". " either side."""
    start, end = locate(text, start, end, quoted)
    if not (0 <= start < end <= len(text)):
        return "", one_line(quoted), ""
    own = next((s for s in sentences if s.start <= start and end <= s.end <= len(text)), None)
    if own is not None:
        begin, stop = own.start, own.end
    else:
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        m = _SENTENCE_END.search(text, end)
        stop = m.start() + 1 if m and text[m.start()] != "\n" else (m.start() if m else len(text))
    before, after = one_line(text[begin:start]), one_line(text[end:stop])
    if width is None:
        return (before + " " if before and text[start - 1:start].isspace() else before), one_line(text[start:end]), (
            " " + after if after and text[end:end + 1].isspace() else after)
    room = max(width - (end - start), 20)
    # cut at a space, never inside a word or a figure ("more than $2…" read as $2 million)
    if len(before) > room // 2:
        k = len(before) - room // 2
        space = before.find(" ", k - 1)
        before = "…" + (before[space + 1:] if 0 <= space < len(before) - 1 else before[k:]).lstrip()
    if len(after) > room - len(before):
        k = max(room - len(before), 10)
        space = after.rfind(" ", 0, k + 1)
        after = (after[:space] if space > 0 else after[:k]).rstrip(" ,;:") + "…"
    return (before + " " if before and text[start - 1:start].isspace() else before), one_line(text[start:end]), (
        " " + after if after and text[end:end + 1].isspace() else after)


def with_details(item: Evidence, limit: int | None = None) -> list[tuple[str, bool]]:
    """A unique item's text as `one_line` shows it, in pieces, each flagged when it is one
    of the item's `details` (the figures and names no other outlet gives), so each renderer
    marks the new part its own way and escapes every piece itself."""
    text = safe(item.text)
    new = [False] * len(text)
    for d in getattr(item, "details", ()):
        s, e = locate(text, d.start - item.start, d.end - item.start, d.text)
        if 0 <= s < e <= len(text) and text[s:e] == safe(d.text):
            new[s:e] = [True] * (e - s)
    chars: list[tuple[str, bool]] = []
    pos = 0
    for m in _SPACE.finditer(text):  # whitespace runs become one space, as in `one_line`
        chars += zip(text[pos:m.start()], new[pos:m.start()])
        chars.append((" ", all(new[m.start():m.end()])))
        pos = m.end()
    chars += zip(text[pos:], new[pos:])
    while chars and chars[0][0] == " ":
        chars.pop(0)
    while chars and chars[-1][0] == " ":
        chars.pop()
    shown = one_line(item.text, limit)
    if len(shown) != len(chars):  # too long: cut at `limit`, a prefix then "…"
        chars = _window(chars, len(shown) - 1, limit)  # type: ignore[arg-type]
    pieces: list[tuple[str, bool]] = []
    for c, flag in chars:
        if pieces and pieces[-1][1] == flag:
            pieces[-1] = (pieces[-1][0] + c, flag)
        else:
            pieces.append((c, flag))
    return pieces


def _window(chars: list[tuple[str, bool]], keep: int, limit: int) -> list[tuple[str, bool]]:
    """A too long item cut to `limit` characters: its first `keep` and "…", unless that
    cuts off a detail; then a window from a word or so before the first detail, with
    "…" on each side cut, so the part the item is listed for stays in view."""
    flagged = [i for i, (_, new) in enumerate(chars) if new]
    if not flagged or flagged[-1] < keep:
        return chars[:keep] + [("…", False)]
    start = max(0, min(flagged[0] - limit // 5, len(chars) - (limit - 1)))
    while 0 < start < flagged[0] and chars[start - 1][0] != " ":
        start -= 1  # begin at a word
    end = min(len(chars), start + limit - 2)
    if end < len(chars):
        space = max((i for i in range(max(flagged[0] + 1, end - limit // 4), end) if chars[i][0] == " "), default=end)
        end = space
    window = chars[start:end]
    while window and window[0][0] == " ":
        window.pop(0)
    while window and window[-1][0] == " ":
        window.pop()
    return ([("…", False)] if start else []) + window + ([("…", False)] if end < len(chars) else [])


def locate(text: str, start: int, end: int, quoted: str) -> tuple[int, int]:
    """A finding's offsets, trusted when they hold `quoted`; otherwise where `quoted`
    first occurs near them (offsets from an older cleaning would mark the wrong words),
    else the offsets as given."""
    if not quoted or text[start:end] == quoted:
        return start, end
    found = text.find(quoted, max(0, start - 2000))
    if found < 0:
        found = text.find(quoted)
    return (found, found + len(quoted)) if found >= 0 else (start, end)


def date_range(first: str | None, last: str | None) -> str:
    if first and last and first != last:
        return f"{one_line(first)} – {one_line(last)}"
    return one_line(first or last) or "date unknown"


@dataclass(frozen=True)
class Column:
    """One independent article of a story: one column in a side-by-side view."""

    article_id: str
    article: Article | None
    outlet: str
    leaning: str | None  # the outlet's known leaning, as the user gave it
    slant: Slant | None = None  # read from this article's text; never mixed with `leaning`
    partisan: float | None = None  # hyperpartisan probability from the text
    label: str | None = None  # set when the outlet has two articles here: "Tribune (2024-03-01)"
    sentences: tuple[Sentence, ...] = ()  # the annotation's sentence spans, to quote a figure's sentence
    quotes: tuple[Quote, ...] = ()  # the annotation's direct quotes, to name who speaks in an item

    @property
    def shown(self) -> str:
        """The outlet as shown for this one article (counts use `outlet`)."""
        return self.label or self.outlet


@dataclass(frozen=True)
class Copy:
    """A wire copy: shown, never counted as independent coverage."""

    article_id: str
    article: Article | None
    outlet: str
    original_outlet: str


@dataclass(frozen=True)
class StoryView:
    story: Story
    report: StoryReport | None
    columns: tuple[Column, ...]
    copies: tuple[Copy, ...]
    first_date: str | None
    last_date: str | None
    unique_by_article: dict[str, tuple[UniquePoint, ...]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return one_line(self.story.title) or "untitled story"

    def other_news(self, article_id: str) -> tuple[tuple[int, int], ...]:
        """The (start, end) of the article's sections on other news than this story's (a digest's other items,
        compare/digest.py); empty for an article all of whose text is on the story."""
        return self.report.other_news.get(article_id, ()) if self.report else ()

    @property
    def dates(self) -> str:
        return date_range(self.first_date, self.last_date)

    @property
    def outlet_names(self) -> list[str]:
        """Distinct independent outlets, in column order."""
        return list(dict.fromkeys(c.outlet for c in self.columns))

    @property
    def compared(self) -> bool:
        """True when the story has a report across two or more independent outlets."""
        return self.report is not None and len(self.outlet_names) >= 2

    def outlet_of(self, article_id: str) -> str:
        for c in self.columns:
            if c.article_id == article_id:
                return c.outlet
        for cp in self.copies:
            if cp.article_id == article_id:
                return cp.outlet
        return "unknown outlet"

    def label_of(self, article_id: str) -> str:
        """The outlet as shown beside one article's finding: told apart from another
        article of the same outlet in this story."""
        for c in self.columns:
            if c.article_id == article_id:
                return c.shown
        return self.outlet_of(article_id)

    def dispute_day(self, dispute: Dispute, claim) -> str | None:
        """The day of one figure's article when a dispute's figures come from articles of two days or more (else
        None): a toll or a count read a day later may be an update, not a disagreement, and the reader is told
        which figure is the later one ("8 ... 2017-01-06" against "6 ... 2017-01-07"). For times of day
        (unit "time") always: a time is of a day."""
        day = {c.article_id: c.article.published for c in self.columns if c.article}
        days = [day.get(c.article) for c in dispute.claims]
        if any(c.unit == "time" for c in dispute.claims):  # a time of day says little without its day: always
            return day.get(claim.article) or None
        return day[claim.article] if all(days) and len(set(days)) > 1 else None

    def dispute_label(self, dispute: Dispute, claim) -> str:
        """The outlet beside one figure of a dispute, with its article's day as `dispute_day` gives it."""
        label, when = self.label_of(claim.article), self.dispute_day(dispute, claim)
        return f"{label}, {when}" if when and when not in label else label

    def outlets_of(self, article_ids: tuple[str, ...] | list[str]) -> list[str]:
        return list(dict.fromkeys(self.outlet_of(a) for a in article_ids))

    @property
    def marks_details(self) -> bool:
        """Whether a unique item has details to mark: the reports then say what the marks mean."""
        return any(ev.details for evs in self.unique_by_article.values() for ev in evs)

    def outlet_reports(self, col: Column, point: SharedPoint) -> bool:
        """Whether another article of `col`'s outlet makes the point: the outlet then does
        not leave it out, though this one article does."""
        return any(c.outlet == col.outlet and c.article_id != col.article_id and c.article_id in point.articles
                   for c in self.columns)

    def adds_detail(self, ev: Evidence) -> bool:
        """Whether a unique item is the sentence of a shared point that carries a detail
        only its outlet gives (`compare.shared.in_shared_point`)."""
        return in_shared_point(self.shared, ev)

    def speaker_of(self, ev: Evidence) -> str | None:
        """Who speaks in a listed sentence that is mostly one direct quote and does not
        name its speaker ("“I'm not sure filing a lawsuit is ...,” he said."): a reader
        of the sentence alone cannot tell. None otherwise."""
        if isinstance(ev, UniquePoint) and ev.speaker:
            return one_line(ev.speaker, 80)  # the comparison's (`compare._text.quoted_speaker`)
        col = next((c for c in self.columns if c.article_id == ev.article), None)
        if col is None:
            return None
        speaker = quoted_speaker(ev.text, ev.start, ev.end, col.quotes)
        return one_line(speaker, 80) if speaker else None

    def in_sentence(self, c: DisputedClaim, whole: bool = False) -> tuple[str, str, str]:
        """A disputed figure in its sentence: (before, figure, after); see `in_sentence`
        (`whole`: the sentence uncut)."""
        col = next((col for col in self.columns if col.article_id == c.article and col.article), None)
        return (in_sentence(col.article.text, c.start, c.end, c.text, width=None if whole else 160,
                            sentences=col.sentences) if col else ("", one_line(c.text), ""))

    def whole_sentence(self, c: DisputedClaim) -> tuple[str, str, str] | None:
        """The whole sentence of a disputed figure when `in_sentence` cuts it (else None):
        the HTML report and the web page offer it under the cut one (session 32)."""
        cut = self.in_sentence(c)
        if not (cut[0].startswith("…") or cut[2].endswith("…")):
            return None
        return self.in_sentence(c, whole=True)

    def differing(self, point: SharedPoint) -> str:
        """A shared point's figures that its outlets give differently, as written, each with
        its outlets, one quantity (unit) after another: "more than 180 (NPR) · at least 150
        (Slate, Fox News); six hours (NPR) · seven hours (Fox News)"; "" when none. Figures of one
        unit from articles published on two days or more carry each article's day ("at least 20
        (New York Times, 2017-09-08) · at least 25 (USA TODAY, 2017-09-09)"): a running total read
        on two days differs without the outlets disagreeing."""
        by_unit: dict[str, dict[str, list[str]]] = {}
        day = {c.article_id: c.article.published for c in self.columns if c.article}
        days_of = {u: [day.get(c.article) for c in point.differing if c.unit == u] for u in {c.unit for c in point.differing}}
        dated = {u for u, ds in days_of.items() if all(ds) and len(set(ds)) > 1}
        for c in point.differing:
            texts = by_unit.setdefault(c.unit, {})
            label = self.label_of(c.article)
            if c.unit in dated and day[c.article] not in label:
                label = f"{label}, {day[c.article]}"
            texts.setdefault(one_line(c.text, 60), []).append(label)
        return "; ".join(" · ".join(f"{t} ({', '.join(dict.fromkeys(o))})" for t, o in texts.items())
                         for texts in by_unit.values())

    @property
    def shared(self) -> tuple[SharedPoint, ...]:
        return self.report.shared if self.report else ()

    @property
    def disputed(self) -> tuple[Dispute, ...]:
        return self.report.disputed if self.report else ()

    @property
    def voices(self) -> tuple[Voice, ...]:
        return self.report.voices if self.report else ()

    @property
    def coverage(self) -> list[tuple[str, int]]:
        """(leaning, outlets) in left-to-right order, unknown leanings last."""
        cov = dict(self.report.coverage) if self.report else {}
        if not cov:
            for outlet, leaning in dict((c.outlet, c.leaning) for c in self.columns).items():
                key = leaning or "unknown"
                cov[key] = cov.get(key, 0) + 1
        known = [(k, cov[k]) for k in LEANING_ORDER if k in cov]
        rest = sorted((one_line(str(k)) or "unknown", v) for k, v in cov.items() if k not in LEANING_ORDER)
        return [(k, int(v)) for k, v in known + rest]

    @property
    def text_coverage(self) -> list[tuple[str, int]]:
        """(label, articles) by the slant read from each independent article's text;
        empty when no article was scored."""
        labels = [c.slant.label for c in self.columns if c.slant is not None]
        if not labels:
            return []
        return [(k, labels.count(k)) for k in ("left", "center", "right") if k in labels]


class Catalog:
    """Fast look-ups over an Analysis (its own `article()` is a linear scan)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.articles: dict[str, Article] = {}
        for a in analysis.articles:
            self.articles.setdefault(a.id, a)
        self.stories: dict[str, Story] = {s.id: s for s in analysis.stories}
        self.leanings = {k.casefold(): v for k, v in analysis.leanings.items()}

    def story_view(self, story: Story) -> StoryView:
        report = self.analysis.reports.get(story.id)
        names = dict(report.outlets) if report else {}
        columns: list[Column] = []
        copies: list[Copy] = []
        independent = list(names) if names else [
            a for a in story.articles if (self.articles.get(a) is None or self.articles[a].duplicate_of is None)
        ]
        for aid in independent:
            art = self.articles.get(aid)
            columns.append(self._column(aid, art, outlet_label(art, names.get(aid))))
        seen = set(independent)
        for aid in story.articles:
            if aid in seen:
                continue
            art = self.articles.get(aid)
            if art is None:
                continue
            if art.duplicate_of is None:
                # Independent but missing from the report's outlets: still a column.
                columns.append(self._column(aid, art, outlet_label(art)))
                continue
            original = self.articles.get(art.duplicate_of)
            copies.append(Copy(aid, art, outlet_label(art), outlet_label(original)))
        columns = _told_apart(columns)
        dates = sorted(
            d for d in (self.articles[a].published for a in story.articles if a in self.articles) if d
        )
        first = story.first_date or (dates[0] if dates else None)
        last = story.last_date or (dates[-1] if dates else None)
        unique: dict[str, list[UniquePoint]] = {}
        if report:
            for ev in report.unique:
                if not isinstance(ev, UniquePoint):  # a report built by hand: no details
                    ev = UniquePoint(ev.article, ev.start, ev.end, ev.text)
                unique.setdefault(ev.article, []).append(ev)
        return StoryView(
            story=story,
            report=report,
            columns=tuple(columns),
            copies=tuple(copies),
            first_date=first,
            last_date=last,
            unique_by_article={k: tuple(v) for k, v in unique.items()},
        )

    def views(self) -> list[StoryView]:
        """Stories compared across outlets first, then the others; newest first within
        each, undated last."""
        views = [self.story_view(s) for s in self.analysis.stories]
        views.sort(key=lambda v: v.last_date or v.first_date or "", reverse=True)
        views.sort(key=lambda v: not v.compared)  # stable: keeps the date order inside
        return views

    def _column(self, aid: str, art: Article | None, outlet: str) -> Column:
        ann = self.analysis.annotations.get(aid)
        slant = ann.slant if ann else None
        partisan = ann.hyperpartisan.probability if ann and ann.hyperpartisan else None
        known = self.leanings.get((art.outlet or "").casefold()) if art else None
        return Column(aid, art, outlet, known or _leaning(art), slant, partisan,
                      sentences=ann.sentences if ann else (),
                      quotes=tuple(q for q in ann.quotes if q.direct and q.speaker) if ann else ())


def _told_apart(columns: list[Column]) -> list[Column]:
    """Two articles of one outlet in a story get labels a reader can tell apart: the
    outlet with each article's date, or with its place among them when the dates match.
    The outlet itself is unchanged: it is still one outlet wherever outlets are counted."""
    same: dict[str, list[int]] = {}
    for i, c in enumerate(columns):
        same.setdefault(c.outlet, []).append(i)
    out = list(columns)
    for outlet, at in same.items():
        if len(at) < 2:
            continue
        days = [columns[i].article.published if columns[i].article else None for i in at]
        by_day = all(days) and len(set(days)) == len(days)
        for k, i in enumerate(at, 1):
            tag = days[k - 1] if by_day else f"{k} of {len(at)}"
            out[i] = dataclasses.replace(columns[i], label=f"{outlet} ({tag})")
    return out


# A digest's label (session 44, helper C; review 31's USA Today newsletter): the slant is read from the whole text, the
# sections on other news too (the model scores an article, not a part of one), so the story says so where it shows the
# label, and marks the evidence that comes from those sections
DIGEST_NOTE = ("a digest: {n} of its sections {are} on other news than this story's; the slant is read from its whole "
               "text, those sections too")
OTHER_SECTION_NOTE = "from a section of the digest on other news"


def digest_note(sections: tuple[tuple[int, int], ...]) -> str:
    """What a digest's label is read from, for an article with `sections` on other news; "" for none."""
    n = len(sections)
    return DIGEST_NOTE.format(n=n, are="is" if n == 1 else "are") if n else ""


def in_sections(start: int, sections: tuple[tuple[int, int], ...]) -> bool:
    """The offset `start` falls in one of `sections` ((start, end) pairs)."""
    return any(lo <= start < hi for lo, hi in sections)


def fmt_slant(slant: Slant, short: bool = False) -> str:
    """'left −0.42, 61% confident': the label, the signed score and how sure the model is
    of the label (a label at 35% is a near coin flip between three classes); `short`
    gives 'left −0.42 (61%)' for a table whose heading names the percentage."""
    head = f"{one_line(slant.label)} {slant.score:+.2f}".replace("-", "−")
    return f"{head} ({slant.confidence:.0%})" if short else f"{head}, {slant.confidence:.0%} confident"


def _leaning(article: Article | None) -> str | None:
    if article is None or not article.leaning:
        return None
    return one_line(article.leaning).lower() or None
