"""A readable terminal summary of an analysis, one block per story (rich).

Every string from an article goes through `Text` (never rich markup) after control
characters are replaced, so article text can neither style the output nor drive the
terminal with escape sequences.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..analysis import Analysis
from ._view import (Catalog, StoryView, digest_note, fmt_interval, fmt_slant, in_sections, one_line, voice_count,
                    with_details)
from ._view import plural as _plural

MAX_FAILURES = 20  # failed inputs listed in the report (a corpus with thousands of bad rows)

_BAR_WIDTH = 24
_LEANING_STYLE = {
    "left": "blue",
    "lean left": "cyan",
    "center": "magenta",
    "lean right": "yellow",
    "right": "red",
}
_UNIQUE_PER_OUTLET = 3
_ADDS = Text("  (a detail it adds to a shared point)", style="dim")
_MAX_VOICES = 12
_MAX_TERMS = 8
_MAX_LOADED = 10


# the terminal shows the first few of a long list; "… 5 more" alone left a reader no way to the rest. Said in as
# many words as the terminal's width holds on the line (`_More`): at 94 columns it wrapped in an 80-column terminal
_WHERE_ALL = (" (every one: --html FILE, --json FILE, or the story's page in `manysides serve`)",
              " (every one: --html FILE, --json FILE or `manysides serve`)", " (all: --html, --json, serve)", "")


def render_terminal(analysis: Analysis, console: Console, *, max_stories: int | None = None) -> None:
    """Print a per-story summary of `analysis` to `console`.

    Compared stories (two or more independent outlets) get a full block; the others one
    line each. `max_stories` caps how many stories are shown (compared ones first).
    """
    catalog = Catalog(analysis)
    views = catalog.views()
    compared = [v for v in views if v.compared]
    single = [v for v in views if not v.compared]
    limit = len(views) if max_stories is None else max(0, max_stories)
    shown_compared = compared[:limit]
    shown_single = single[: max(0, limit - len(shown_compared))]

    n_outlets = len({v for sv in views for v in sv.outlet_names})
    console.print(
        Text.assemble(
            ("manysides", "bold"),
            f" · {_plural(len(analysis.articles), 'article')} · {_plural(len(views), 'story')} · "
            f"{len(compared)} compared across outlets · {_plural(n_outlets, 'outlet')}",
        )
    )
    for view in shown_compared:
        console.print()
        console.print(_story_block(view))
    if shown_single:
        console.print()
        console.print(Rule(Text("Stories from one outlet", style="bold"), align="left"))
        for view in shown_single:
            console.print(_Hanging(_story_line(view), 0, 12))  # under the title, past the date
    hidden = len(views) - len(shown_compared) - len(shown_single)
    if hidden > 0:
        console.print(Text(f"… and {hidden} more {'story' if hidden == 1 else 'stories'} not shown", style="dim"))
    if analysis.storylines:
        console.print()
        console.print(_storylines(analysis, catalog))
    if analysis.failures:
        console.print()
        console.print(Rule(Text(f"{_plural(len(analysis.failures), 'input')} failed", style="bold red"), align="left"))
        for f in analysis.failures[:MAX_FAILURES]:
            line = f.message if f.message.startswith(f.source) else f"{f.source}: {f.message}"  # named once
            console.print(Text(f"✗ {one_line(line)}", style="red"), overflow="fold")
        if len(analysis.failures) > MAX_FAILURES:  # the CLI lists every one on standard error
            console.print(Text(f"… and {len(analysis.failures) - MAX_FAILURES:,} more", style="red"))


# -- one story ---------------------------------------------------------------------------


def _story_block(v: StoryView) -> RenderableType:
    parts: list[RenderableType] = [Rule(Text(v.title, style="bold"), align="left")]
    meta = f"{v.dates} · {_plural(len(v.outlet_names), 'independent outlet')}"
    if v.copies:
        meta += f" · {_plural(len(v.copies), 'copy', 'copies')} not counted"
    parts.append(Text(meta, style="dim"))
    parts.append(_outlets(v))
    parts.append(_coverage_bar(v))
    if v.report and v.report.summary.strip():
        parts.append(_section("Summary"))
        parts.append(Padding(Text(one_line(v.report.summary), style="italic"), (0, 0, 0, 2)))
    if v.shared:
        parts.append(_section("Reported by several outlets"))
        rows = []
        for sp in v.shared:
            outlets = v.outlets_of(sp.articles)
            line = Text(one_line(sp.summary, 240))
            line += Text(f"  [{_plural(len(outlets), 'outlet')}: {', '.join(outlets)}]", style="dim")
            if sp.differing:
                line += Text(f"\n  figures differ: {v.differing(sp)}", style="yellow")
            rows.append(("•", line))
        parts.append(_bullets(rows, indent=2))
    if v.disputed:
        parts.append(_section("Disputed numbers"))
        for d in v.disputed:
            parts.append(_dispute_table(v, d))
    cut = False  # a list cut short: its first "… N more" says where the whole list is
    if v.unique_by_article:
        parts.append(_section("Only one outlet reports"))
        for col in v.columns:
            evidence = v.unique_by_article.get(col.article_id, ())
            if not evidence:
                continue
            parts.append(Text(f"  {col.shown}", style="bold"))
            parts.append(_bullets([("–", _with_details(ev) + _said_by(v, ev) + (_ADDS if v.adds_detail(ev) else ""))
                                   for ev in evidence[:_UNIQUE_PER_OUTLET]], 4))
            if len(evidence) > _UNIQUE_PER_OUTLET:
                parts.append(_More(f"    … {len(evidence) - _UNIQUE_PER_OUTLET} more", where=not cut))
                cut = True
    if v.voices:
        parts.append(_section("Voices"))
        parts.append(_voices_table(v, say_where=not cut))
    framing = v.report.framing if v.report else {}
    if any(framing.values()):
        parts.append(_section("Framing terms"))
        for col in v.columns:
            terms = framing.get(col.article_id, ())
            if terms:
                words = ", ".join(one_line(t.term, 40) for t in terms[:_MAX_TERMS])
                parts.append(_Hanging(Text.assemble((col.shown, "bold"), ": ", words)))
    loaded = [(col, [ev for ev in col.slant.evidence if ev.kind == "loaded"]) for col in v.columns if col.slant]
    if any(evs for _, evs in loaded):
        parts.append(_section("Loaded wording"))
        parts.append(_Hanging(Text("words a subjectivity lexicon rates as strongly evaluative, and judgement verbs of "
                                   "the narration (\"slammed\", \"claimed\"); * inside a quote", style="dim"), 2, 2))
        for col, evs in loaded:
            if evs:
                elsewhere = v.other_news(col.article_id)
                words = ", ".join(
                    one_line(ev.text, 40) + ("*" if ev.note and "inside a direct quote" in ev.note else "")
                    + (" (another item of the digest)" if in_sections(ev.start, elsewhere) else "")
                    for ev in evs[:_MAX_LOADED]
                )
                parts.append(_Hanging(Text.assemble((col.shown, "bold"), ": ", words)))
            else:
                parts.append(_Hanging(Text.assemble((col.shown, "bold"), ": ", ("none found", "dim"))))
    return Group(*parts)


def _said_by(v: StoryView, ev) -> Text:
    speaker = v.speaker_of(ev)
    return Text(f" — {speaker}", style="dim") if speaker else Text("")


def _with_details(item) -> Text:
    """A unique item's sentence, its new figures and names in bold (plain strings, never markup)."""
    return Text.assemble(*((text, "bold") if new else text for text, new in with_details(item, 200)))


def _story_line(v: StoryView) -> Text:
    line = Text(f"{one_line(v.first_date) or '          '}  ", style="dim")
    line += Text(one_line(v.title, 80))
    outlets = ", ".join(v.outlet_names) or "no outlet"
    line += Text(f" — {outlets}", style="dim")
    if v.copies:
        line += Text(f" (+{_plural(len(v.copies), 'wire copy', 'wire copies')})", style="dim")
    return line


class _Hanging:
    """A line that wraps with a hanging indent: its first line starts at `indent`, the
    lines it wraps onto at `hang`, so they stay under its text rather than fall back to
    the first column under the section's heading (the framing terms and loaded wording
    of an outlet, a story from one outlet, a storyline's story)."""

    def __init__(self, text: Text, indent: int = 2, hang: int = 4) -> None:
        self.text, self.indent, self.hang = text, indent, hang

    def __rich_console__(self, console, options):
        width = max(options.max_width - max(self.indent, self.hang), 10)
        for i, line in enumerate(self.text.wrap(console, width)):
            line.rstrip()
            yield Text(" " * (self.hang if i else self.indent)) + line


class _More:
    """A list's "… N more" line, with where every item is (`_WHERE_ALL`) worded as fully
    as the terminal's width lets it stay one line: in a narrow terminal it had wrapped
    onto a second line that stood under the list like an item of its own."""

    def __init__(self, line: str, where: bool = True) -> None:
        self.line, self.where = line, where

    def __rich_console__(self, console, options):
        hints = _WHERE_ALL if self.where else ("",)
        hint = next((h for h in hints if len(self.line) + len(h) <= options.max_width), "")
        yield Text(self.line + hint, style="dim", no_wrap=True, overflow="ellipsis")


def _bullets(rows: list[tuple[str, Text]], indent: int) -> RenderableType:
    """Bulleted lines with a hanging indent, so wrapped lines stay under their text."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for bullet, text in rows:
        grid.add_row(bullet, text)
    return Padding(grid, (0, 0, 0, indent))


def _section(name: str) -> Text:
    return Text(name, style="bold underline")


def _outlets(v: StoryView) -> RenderableType:
    """One row per independent article: the outlet's known leaning (as the user gave it)
    beside the slant read from the article's own text, never mixed."""
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold", padding=(0, 1))
    table.add_column("Outlet", overflow="fold", max_width=30)
    table.add_column("Known leaning", overflow="fold")
    table.add_column("Slant of the text (confidence)", overflow="fold")
    table.add_column("Hyperpartisan", justify="right")
    for col in v.columns:
        leaning = Text(col.leaning or "–", style=_LEANING_STYLE.get(col.leaning or "", "dim"))
        slant = Text("–", style="dim")
        if col.slant is not None:
            slant = Text(fmt_slant(col.slant, short=True), style=_LEANING_STYLE.get(col.slant.label, "dim"))
            if note := digest_note(v.other_news(col.article_id)):
                slant += Text(f" ({note})", style="dim")  # a digest's label: read from its other items too
        partisan = Text("–" if col.partisan is None else f"{100 * col.partisan:.0f}%")
        table.add_row(Text(col.shown), leaning, slant, partisan)
    for cp in v.copies:
        table.add_row(Text(cp.outlet, style="dim"), Text(f"copy of {cp.original_outlet}", style="dim italic"), "", "")
    return Padding(table, (0, 0, 0, 2))


def _coverage_bar(v: StoryView) -> RenderableType:
    lines = [_section("Coverage by leaning"), Text("  outlets, by the leaning you gave", style="dim")]
    lines += _bars(v.coverage)
    if v.text_coverage:
        lines.append(Text("  articles, by the slant read from their text", style="dim"))
        lines += _bars(v.text_coverage)
    return Group(*lines)


def _bars(rows: list[tuple[str, int]]) -> list[Text]:
    total = sum(n for _, n in rows) or 1
    width = max((len(k) for k, _ in rows), default=7)
    lines = []
    for leaning, n in rows:
        filled = round(_BAR_WIDTH * n / total)
        line = Text(f"  {leaning:<{width}} ")
        line += Text("█" * filled, style=_LEANING_STYLE.get(leaning, "white"))
        line += Text("░" * (_BAR_WIDTH - filled), style="dim")
        line += Text(f" {n}")
        lines.append(line)
    return lines


def _dispute_table(v: StoryView, dispute) -> Table:
    table = Table(
        title=Text(one_line(dispute.about, 90) or "a number", style="italic"),
        title_justify="left",
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        box=None,
        header_style="bold",
    )
    table.add_column("Outlet", overflow="fold", max_width=28)
    table.add_column("In its words", overflow="fold", max_width=52)
    table.add_column("Interval", overflow="fold", max_width=30)
    dated = any(v.dispute_day(dispute, c) for c in dispute.claims)  # figures of two days: which is the later one
    if dated:
        table.add_column("Published", no_wrap=True)
    for c in dispute.claims:
        before, figure, after = v.in_sentence(c)
        table.add_row(Text(v.label_of(c.article)), Text.assemble(before, (figure, "bold"), after),
                      Text(fmt_interval(c.low, c.high, c.unit)),
                      *([Text(v.dispute_day(dispute, c) or "")] if dated else []))
    return Padding(table, (0, 0, 0, 2))


def _voices_table(v: StoryView, say_where: bool = True) -> RenderableType:
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold", padding=(0, 1))
    table.add_column("Speaker", overflow="fold", max_width=30)
    table.add_column("Outlets", overflow="fold", max_width=50)
    table.add_column("Quotes", justify="right")
    for voice in v.voices[:_MAX_VOICES]:
        speaker = one_line(voice.speaker, 60) or "unnamed"
        if voice.kind and voice.kind != "person":
            speaker += f" ({one_line(voice.kind)})"
        table.add_row(Text(speaker), Text(", ".join(v.outlets_of(voice.articles))), Text(voice_count(voice)))
    extra = len(v.voices) - _MAX_VOICES
    rows: list[RenderableType] = [Padding(table, (0, 0, 0, 2))]
    if extra > 0:
        rows.append(_More(f"  … {extra} more voices", where=say_where))
    return Group(*rows)


def _storylines(analysis: Analysis, catalog: Catalog) -> RenderableType:
    parts: list[RenderableType] = [Rule(Text("Storylines", style="bold"), align="left")]
    for sl in analysis.storylines:
        parts.append(Text(one_line(sl.title, 90) or "untitled storyline", style="bold"))
        for sid in sl.stories:
            story = catalog.stories.get(sid)
            if story is None:  # a stored story this run does not show: its row, and where to see it
                other = analysis.storyline_stories.get(sid)
                if other is not None:
                    line = Text(f"  {one_line(other.first_date) or 'date unknown':<12} ", style="dim")
                    line += Text(one_line(other.title, 70) or sid)
                    line += Text(f" (not shown here: manysides stories show {sid})", style="dim")
                    parts.append(_Hanging(line, 0, 15))
                continue
            v = catalog.story_view(story)
            line = Text(f"  {one_line(v.first_date) or 'date unknown':<12} ", style="dim")
            line += Text(one_line(v.title, 70))
            line += Text(f" ({_plural(len(v.outlet_names), 'outlet')})", style="dim")
            parts.append(_Hanging(line, 0, 15))
    return Group(*parts)
