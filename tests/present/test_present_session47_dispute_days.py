"""Disputed numbers of articles of two days show each figure's day (session 47, helper H, review 37): a count read a
day later may be an update ("injuring eight others" on the day, "six injured" the day after), and the reader is told
which figure is the later one, as the shared points' differing figures already were."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from manysides.analysis import Analysis
from manysides.present import render_html, render_terminal


def _terminal(analysis: Analysis) -> str:
    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console)
    return " ".join(console.export_text().split())


def test_a_dispute_of_two_days_articles_shows_each_figures_day(analysis: Analysis):
    flat = _terminal(analysis)
    assert "Published" in flat and "= 12 2024-03-04" in flat and "≥ 15 2024-03-05" in flat
    page = render_html(analysis)
    assert "Herald, 2024-03-04</a></th><td>Floods killed <strong>12</strong>" in page
    assert "Post, 2024-03-05</a></th><td><strong>At least 15</strong>" in page


def test_a_dispute_of_one_days_articles_shows_no_day(analysis: Analysis):
    """Control: the same articles published on one day show no day (the story's dates are given above)."""
    analysis.articles = [replace(a, published="2024-03-04") if a.id == "a2" else a for a in analysis.articles]
    flat = _terminal(analysis)
    assert "Published" not in flat and "= 12 2024-03-04" not in flat
    page = render_html(analysis)
    assert "Herald</a></th><td>Floods killed <strong>12</strong>" in page
