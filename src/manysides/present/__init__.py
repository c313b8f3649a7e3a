"""Presenting an analysis: terminal summary, static HTML report, file exports."""

from .export import export
from .html import render_html
from .terminal import render_terminal

__all__ = ["export", "render_html", "render_terminal"]
