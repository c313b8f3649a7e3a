"""A digest's slant label (session 44, helper C; review 31's USA Today newsletter, labelled from its golf item): the
story's report gives each article's sections on other news, and the reports say beside a digest's label that it is
read from those too, and mark the evidence that comes from them. Sentences invented."""

from __future__ import annotations

import dataclasses
import html as htmllib
import io
import sys
from pathlib import Path

from rich.console import Console

from manysides.compare.digest import other_news_sections
from manysides.present import render_html, render_terminal
from manysides.present._view import OTHER_SECTION_NOTE, digest_note
from manysides.records import Slant, SlantEvidence

from compare_fixtures import Draft, make_fixture
from test_compare_session43_unique_digest import DIGEST, ENTITIES, OTHER, Paged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "present"))
from hostile_analysis import build_analysis  # noqa: E402


def _sections(digest=DIGEST) -> tuple[str, dict[str, tuple[tuple[int, int], ...]]]:
    a = Paged("a", "A", list(digest), entities=list(ENTITIES))
    fx = make_fixture([a, Draft("b", "B", list(OTHER))])
    text = next(x.text for x in fx.articles if x.id == "a")
    return text, other_news_sections(fx.articles, fx.annotations, fx.vectors)


def test_a_digests_sections_on_other_news_are_in_the_report():
    """The budget's and the roof's sections, under their headings, are other news; the section on the story is not.
    The same sentences with no heading (one article's background) give none."""
    text, found = _sections()
    spans = found["a"]
    assert any("$40 million budget" in text[lo:hi] for lo, hi in spans)
    assert any("stadium roof" in text[lo:hi] for lo, hi in spans)
    assert not any("harbor bridge collapsed" in text[lo:hi] for lo, hi in spans)
    assert "b" not in found
    flat = [(s, t) for s, t in DIGEST if t[:2] != "h-"]
    assert _sections(flat)[1] == {}


def _digest_analysis(other_news: bool):
    """The hostile test analysis with a1 labelled right, a loaded word in its second half, and (with `other_news`)
    that half a section on other news."""
    analysis = build_analysis()
    text = analysis.article("a1").text
    half = len(text) // 2
    word = next(i for i in range(half, len(text)) if text[i].isalpha() and not text[i - 1].isalpha())
    end = word + next(k for k, ch in enumerate(text[word:]) if not ch.isalpha())
    ev = SlantEvidence(word, end, text[word:end], 0.05, kind="loaded", note="loaded wording")
    analysis.annotations["a1"] = dataclasses.replace(analysis.annotations["a1"],
                                                     slant=Slant(0.33, "right", 0.5, evidence=(ev,)))
    if other_news:
        rep = analysis.reports["s1"]
        analysis.reports["s1"] = dataclasses.replace(rep, other_news={"a1": ((half, len(text)),)})
    return analysis


def test_the_html_report_says_a_digests_label_is_read_from_its_other_items():
    """Beside the label (the side-by-side head and the article's facts) and on the evidence from such a section; an
    article with none shows neither note."""
    note = digest_note(((0, 1),))
    page = htmllib.unescape(render_html(_digest_analysis(True)))
    assert note in page and OTHER_SECTION_NOTE in page
    assert page.count(note) == 2  # the column's head and the article's facts
    page = htmllib.unescape(render_html(_digest_analysis(False)))
    assert "a digest:" not in page and OTHER_SECTION_NOTE not in page


def test_the_terminal_says_a_digests_label_is_read_from_its_other_items():
    def out(analysis) -> str:
        console = Console(width=200, record=True, file=io.StringIO(), color_system=None)
        render_terminal(analysis, console)
        return " ".join(console.export_text().split())

    text = out(_digest_analysis(True))
    assert "a digest: 1 of its sections is on other news than this story's" in text
    assert "(another item of the digest)" in text
    assert "a digest:" not in out(_digest_analysis(False))


def test_a_heading_line_alone_is_no_digest_section():
    """Review 13: Reuters closes with a credit line ("—Field Level Media"), which reads as a heading with nothing under
    it: no section on other news, no digest note."""
    credit = [*DIGEST[:2], ("Field Level Media", "h-credit")]
    assert _sections(credit)[1] == {}
