"""The terminal summary: the key facts of each story, readable at 100 columns."""

from __future__ import annotations

import io
import re

import pytest

from rich.console import Console

from manysides.analysis import Analysis
from manysides.present import render_terminal
from manysides.present._view import one_line


def _render(analysis: Analysis, **kw) -> str:
    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console, **kw)
    return console.export_text()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_story_block_has_the_key_facts(analysis: Analysis):
    out = _render(analysis)
    flat = _flat(out)
    assert "Riverton floods <script>alert(1)</script>" in out
    assert "2024-03-04 – 2024-03-05 · 2 independent outlets · 1 copy not counted" in flat
    # Wire copy shown but not counted.
    assert "Wire Daily copy of The \"><b> Herald" in flat
    assert "left ████████████░░░░░░░░░░░░ 1" in flat and "right ████████████" in flat
    assert "Floods in Riverton killed between 12 and 15 people" in flat
    assert "Floods struck Riverton on Monday, killing people [2 outlets:" in flat
    assert "figures differ: 12 (The \"><b> Herald, 2024-03-04) · At least 15 (Morning" in flat  # two days'
    # Disputed numbers: outlet, the figure in its sentence, interval.
    assert "people killed" in flat and "Floods killed 12 people in Riverton on Monday. = 12" in flat
    assert "≥ 15" in flat and "At least 15 people died" in flat
    assert "The damage cost nearly $30" in flat and "$27,000,000 – $30,000,000 2024-03-04" in flat
    # figures of articles of two days carry each its day (session 47: the later may be an update)
    assert "Published" in flat and "= 12 2024-03-04" in flat and "≥ 15 2024-03-05" in flat
    # What each outlet alone reports.
    assert "Only one outlet reports" in flat and "Officials blamed the old levee." in flat
    assert "Ann Lee" in flat and "residents (group)" in flat
    assert "Framing terms" in flat and "levee, <script>alert(1)</script>" in flat


def test_single_outlet_story_storylines_and_failures(analysis: Analysis):
    out = _render(analysis)
    lines = out.splitlines()
    single = [ln for ln in lines if "Riverton rebuilds its levee — Gazette" in ln]
    assert len(single) == 1 and single[0].startswith("2024-04-04")
    assert "Riverton flood and after <img src=x onerror=alert(1)>" in out
    timeline = [ln for ln in lines if ln.startswith("  2024-")]
    assert [ln.split()[0] for ln in timeline] == ["2024-03-04", "2024-04-04"]
    fail = [ln for ln in lines if ln.startswith("✗")]
    assert len(fail) == 1 and "bad<script>alert(1)</script>.html: no article text left" in fail[0]
    assert out.index("input failed") > out.index("Storylines")


def test_fits_100_columns(analysis: Analysis):
    out = _render(analysis)
    assert max(len(ln) for ln in out.splitlines()) <= 100


def test_article_text_cannot_style_or_drive_the_terminal(analysis: Analysis):
    from dataclasses import replace

    analysis.stories[0] = replace(analysis.stories[0], title="Clear \x1b[2J\x1b[H screen")
    buf = io.StringIO()
    console = Console(width=100, file=buf, force_terminal=True, color_system="truecolor")
    render_terminal(analysis, console)
    raw = buf.getvalue()
    # Escape sequences from the data (clear screen, set window title) never reach the terminal.
    assert "\x1b[2J" not in raw and "\x1b[H" not in raw and "\x1b]0;" not in raw and "\x07" not in raw
    assert "pwned" in raw and "Clear" in raw
    # Rich markup inside data is printed literally, not interpreted.
    analysis.stories[0] = replace(analysis.stories[0], title="[red]Markup[/red] title")
    assert "[red]Markup[/red] title" in _render(analysis)


def test_max_stories_caps_the_output(analysis: Analysis):
    out = _render(analysis, max_stories=1)
    assert "Riverton floods" in out
    assert "Gazette" not in out
    assert "… and 1 more story not shown" in out  # it said "1 more stories"


def test_empty_analysis(analysis: Analysis):
    out = _render(Analysis())
    assert "0 articles · 0 stories" in out


def test_known_leaning_and_text_slant_are_separate_columns(analysis: Analysis):
    import dataclasses

    from manysides.records import Slant

    ann = analysis.annotations["a1"]
    analysis.annotations["a1"] = dataclasses.replace(ann, slant=Slant(-0.25, "left", 0.5))
    out = _flat(_render(analysis))
    assert "Known leaning" in out and "Slant of the text" in out
    assert "left −0.25" in out
    assert "articles, by the slant read from their text" in out


def test_loaded_wording_is_listed_per_outlet_with_quoted_words_starred(analysis: Analysis):
    import dataclasses

    from manysides.records import Slant, SlantEvidence

    text = analysis.article("a1").text
    i = text.index("levee")
    evidence = (
        SlantEvidence(0, 6, text[:6], 0.5, kind="phrase"),
        SlantEvidence(i, i + 5, "levee", 0.0, kind="loaded", note="loaded wording: subjectivity 0.90"),
        SlantEvidence(i, i + 5, "\x1b[31mold", 0.0, kind="loaded",
                      note="loaded wording: subjectivity 1.00; inside a direct quote: the speaker's word"),
    )
    ann = analysis.annotations["a1"]
    analysis.annotations["a1"] = dataclasses.replace(ann, slant=Slant(0.1, "center", 0.5, evidence))
    other = next(i for i in analysis.annotations if i != "a1")
    analysis.annotations[other] = dataclasses.replace(analysis.annotations[other], slant=Slant(0.0, "center", 0.5))
    out = _render(analysis)
    flat = _flat(out)
    assert "Loaded wording" in flat
    section = out.split("Loaded wording", 1)[1]
    line = next(ln for ln in section.splitlines() if "Herald" in ln)
    assert line.strip().endswith(": levee, " + one_line("\x1b[31mold") + "*")
    assert "\x1b" not in out
    assert text[:6] not in line  # phrase evidence is not loaded wording
    # an article with a slant but no loaded wording says so, rather than leave a gap
    others = [ln for ln in section.splitlines() if ln.strip().endswith(": none found")]
    assert others and all("Herald" not in ln for ln in others)
    # no loaded spans anywhere: no section
    analysis.annotations["a1"] = dataclasses.replace(ann, slant=Slant(0.1, "center", 0.5, evidence[:1]))
    assert "Loaded wording" not in _render(analysis)


def test_a_failure_names_its_input_once(analysis: Analysis):
    from manysides.analysis import Failure

    analysis.failures = [Failure("feed.jsonl:3", "feed.jsonl:3: invalid JSON at column 9: Expecting value (fix ...)")]
    fail = [ln for ln in _render(analysis).splitlines() if ln.startswith("✗")]
    assert fail == ["✗ feed.jsonl:3: invalid JSON at column 9: Expecting value (fix ...)"]


def test_a_unique_detail_inside_a_shared_point_says_so(analysis: Analysis):
    from dataclasses import replace

    rep = analysis.reports["s1"]
    analysis.reports["s1"] = replace(rep, unique=(*rep.unique, rep.shared[1].evidence[0]))
    flat = _flat(_render(analysis))
    assert flat.count("(a detail it adds to a shared point)") == 1
    assert 'help is coming". (a detail it adds to a shared point)' in flat


def test_a_unique_items_new_detail_is_bold_and_never_markup(analysis: Analysis):
    from dataclasses import replace

    from manysides.records import Evidence, UniquePoint

    rep = analysis.reports["s1"]
    text = next(a.text for a in analysis.articles if a.id == "a1")
    start = text.index("[red]")
    markup = UniquePoint("a1", start, len(text), text[start:], (Evidence("a1", start, start + 21, "[red]not markup[/red]"),))
    analysis.reports["s1"] = replace(rep, unique=(*rep.unique, markup))
    console = Console(width=200, record=True, file=io.StringIO(), force_terminal=True, color_system="standard")
    render_terminal(analysis, console)
    out = console.export_text(styles=True)
    assert "Residents blamed the \x1b[1m<unclosed <b>bold tag\x1b[0m & the dam." in out
    assert "\x1b[1m[red]not markup[/red]\x1b[0m \ufffd[2J end." in out  # as written, no escape code let through
    assert "Officials blamed the old levee." in out and "\x1b[1mOfficials" not in out


def test_a_unit_is_plural_after_any_number_but_one():
    from manysides.present._view import fmt_quantity

    assert [fmt_quantity(38, u) for u in ("word", "foot", "inch", "century", "years")] == [
        "38 words", "38 feet", "38 inches", "38 centuries", "38 years"]
    assert fmt_quantity(1, "word") == "1 word" and fmt_quantity(2.5, "percent") == "2.5%"


def test_a_shortened_item_keeps_its_details_in_view():
    """The terminal shortens long items; a detail past the cut would vanish, and it is what
    the item is listed for: the shown window then starts a little before it."""
    from manysides.present._view import with_details
    from manysides.records import Evidence, UniquePoint

    text = ("The committee heard from witnesses for most of the day on Tuesday, and members of both parties asked "
            "many questions about the schedule, the budget and the plans for the coming year, before a vote late "
            "in the evening that ended with Dale Swinford casting the deciding ballot for $1.2 million in new money.")
    spans = [Evidence("a", text.index(d), text.index(d) + len(d), d) for d in ("Dale Swinford", "$1.2 million")]
    pieces = with_details(UniquePoint("a", 0, len(text), text, tuple(spans)), 120)
    shown = "".join(p for p, _ in pieces)
    assert [p for p, new in pieces if new] == ["Dale Swinford", "$1.2 million"]
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 120
    # a detail within the first part: the usual cut, from the start
    early = UniquePoint("a", 0, len(text), text, (Evidence("a", 4, 13, "committee"),))
    pieces = with_details(early, 120)
    assert pieces[0] == ("The ", False) and pieces[1] == ("committee", True) and pieces[-1][0].endswith("…")


def test_an_outlet_whose_other_article_makes_a_point_does_not_leave_it_out():
    """Two articles of one outlet in a story: a point only the second makes is not one the
    outlet leaves out (the review read "USA TODAY (1 of 2)" as leaving out what "(2 of 2)"
    reports); another outlet with no article in the point does leave it out."""
    from manysides.present._view import Column, StoryView
    from manysides.records import Evidence, SharedPoint, Story

    cols = tuple(Column(aid, None, outlet, None) for aid, outlet in (("u1", "USA TODAY"), ("u2", "USA TODAY"),
                                                                     ("p1", "New York Post")))
    view = StoryView(Story("s-1", "t", ("u1", "u2", "p1")), None, cols, (), None, None)
    point = SharedPoint("Trump commuted the sentence.", ("u2", "p1"),
                        (Evidence("u2", 0, 5, "Trump"), Evidence("p1", 0, 5, "Trump")))
    assert view.outlet_reports(cols[0], point)  # USA TODAY reports it in its other article
    assert not view.outlet_reports(cols[1], point)  # the article itself is in the point
    lone = SharedPoint("Milken was pardoned.", ("u1",), (Evidence("u1", 0, 6, "Milken"),))
    assert view.outlet_reports(cols[1], lone)  # u1, the outlet's other article, makes it
    assert not view.outlet_reports(cols[2], lone)  # the Post has no article in it: left out


def test_wrapped_lines_keep_their_indent(analysis: Analysis):
    """Framing terms, a story from one outlet and a storyline's story wrapped back to the
    first column, under the section's heading, where they read as a new entry."""
    console = Console(width=50, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console)
    lines = console.export_text().splitlines()
    start = next(i for i, ln in enumerate(lines) if ln == "Framing terms")
    framing = lines[start + 1:next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))]
    assert len(framing) > 2 and all(ln.startswith("  ") for ln in framing)
    assert any(ln.startswith("    ") for ln in framing)  # a wrapped line, under its terms
    single = next(i for i, ln in enumerate(lines) if ln.startswith("2024-04-04"))
    assert lines[single + 1].startswith(" " * 12)  # "Riverton rebuilds its levee — Gazette" goes on under the title
    first = next(i for i, ln in enumerate(lines) if ln.startswith("  2024-03-04"))
    timeline = [ln for ln in lines[first:] if ln.strip()][:4]
    assert all(ln.startswith("  ") for ln in timeline) and timeline[1].startswith(" " * 15), timeline


def test_a_one_outlet_storys_wire_copies_are_counted_in_words(analysis: Analysis):
    """A story from one outlet said "(+1 copies)" of its one wire copy."""
    import dataclasses

    gazette = next(a for a in analysis.articles if a.id == "a4")
    copies = [dataclasses.replace(gazette, id=f"c{i}", outlet=f"Wire {i}", duplicate_of="a4") for i in (1, 2)]

    def line_of(n: int) -> str:
        story = next(s for s in analysis.stories if s.articles == ("a4",))
        one = dataclasses.replace(story, articles=("a4", *(c.id for c in copies[:n])))
        shown = dataclasses.replace(analysis, articles=[*analysis.articles, *copies[:n]],
                                    stories=[one if s is story else s for s in analysis.stories])
        return _flat(next(ln for ln in _render(shown).splitlines() if "Riverton rebuilds its levee" in ln))

    assert line_of(1).endswith("— Gazette (+1 wire copy)")
    assert line_of(2).endswith("— Gazette (+2 wire copies)")


def test_max_stories_0_shows_every_story_as_limit_0_does(analysis: Analysis, tmp_path, capsys):
    """`analyze --max-stories 0` showed no story, where `show --limit 0` shows them all."""
    import click
    import typer

    from manysides.cli import _finish_run

    for given, hidden in ((0, False), (1, True)):
        try:
            _finish_run(analysis, [], tmp_path / "s.db", None, False, given)
        except (click.exceptions.Exit, typer.Exit, SystemExit):
            pass  # its exit code: the analysis holds a failed input
        out = " ".join(capsys.readouterr().out.split())
        assert ("Stories from one outlet" not in out) is hidden, (given, out)
        assert ("more story not shown" in out) is hidden, (given, out)


def test_a_list_cut_short_says_where_the_whole_list_is(analysis: Analysis):
    """"… 5 more" under an outlet's own points left a fact-checker no way to the rest: the
    first cut list of a story names where every one is; the later ones do not repeat it."""
    from dataclasses import replace

    from manysides.records import UniquePoint

    rep = analysis.reports["s1"]
    text = next(a.text for a in analysis.articles if a.id == "a1")
    words = [(i, i + 5) for i in range(0, 30, 6)]  # five distinct spans of a1's text
    extra = tuple(UniquePoint("a1", s, e, text[s:e]) for s, e in words)
    assert "more (every one" not in _flat(_render(analysis))  # nothing cut: nothing said
    analysis.reports["s1"] = replace(rep, unique=(*rep.unique, *extra))
    flat = _flat(_render(analysis))
    assert re.search(r"… \d+ more \(every one: --html FILE, --json FILE, or the story's page in `manysides serve`\)",
                     flat), flat
    assert flat.count("(every one:") == 1


@pytest.mark.parametrize("width", [80, 64, 40])
def test_a_list_s_more_line_stays_one_line_in_a_narrow_terminal(analysis: Analysis, width: int):
    """The "… 2 more (every one: ...)" line was 94 characters: an 80-column terminal wrapped
    it, its end standing on a line of its own under the list. It says where the rest is in
    as many words as the width holds, on one line."""
    from dataclasses import replace

    from manysides.records import UniquePoint

    rep = analysis.reports["s1"]
    text = next(a.text for a in analysis.articles if a.id == "a1")
    extra = tuple(UniquePoint("a1", i, i + 5, text[i:i + 5]) for i in range(0, 30, 6))
    analysis.reports["s1"] = replace(rep, unique=(*rep.unique, *extra))
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console)
    lines = console.export_text().splitlines()
    at = next(i for i, line in enumerate(lines) if re.match(r"\s+… \d+ more", line))
    assert "(" not in lines[at] or lines[at].rstrip().endswith(")"), lines[at]  # the hint whole, or none
    assert ("--html" in lines[at]) is (width >= 64), lines[at]
    assert len(lines[at]) <= width
