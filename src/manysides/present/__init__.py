"""Presenting an analysis: terminal summary, static HTML report, file exports."""

from .export import export, export_parts
from .html import render_html
from .terminal import render_terminal

__all__ = ["export", "export_parts", "render_html", "render_terminal"]
