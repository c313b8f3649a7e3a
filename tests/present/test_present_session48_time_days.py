"""A disputed time of day shows each figure's day, on one day too (session 48, helper G, reviews 35 and 37): "10:53
a.m." says little without its day, and the interval reads as times of day."""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from manysides.analysis import Analysis
from manysides.present import render_html, render_terminal
from manysides.records import Dispute


def _as_times(analysis: Analysis) -> Analysis:
    """Both articles of one day; the story's first dispute made a time of day's (the same words and offsets)."""
    analysis.articles = [replace(a, published="2024-03-04") if a.id == "a2" else a for a in analysis.articles]
    for key, rep in analysis.reports.items():
        if rep.disputed:
            first = rep.disputed[0]
            timed = Dispute("time of day: began", tuple(replace(c, unit="time", value=653.0 + k, low=653.0 + k,
                                                                high=653.0 + k) for k, c in enumerate(first.claims)))
            analysis.reports[key] = replace(rep, disputed=(timed,) + tuple(rep.disputed[1:]))
    return analysis


def test_a_time_dispute_shows_each_day_and_times(analysis: Analysis):
    analysis = _as_times(analysis)
    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console)
    flat = " ".join(console.export_text().split())
    assert "Published" in flat and "= 10:53 a.m. 2024-03-04" in flat and "= 10:54 a.m. 2024-03-04" in flat
    page = render_html(analysis)
    assert "Herald, 2024-03-04</a></th>" in page and "= 10:53 a.m." in page


def test_a_figure_dispute_of_one_day_still_shows_no_day(analysis: Analysis):
    """Control: the figures' dispute of one day's articles shows no day."""
    analysis.articles = [replace(a, published="2024-03-04") if a.id == "a2" else a for a in analysis.articles]
    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    render_terminal(analysis, console)
    assert "Published" not in " ".join(console.export_text().split())
