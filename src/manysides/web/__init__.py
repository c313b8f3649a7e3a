"""The web UI and JSON API (`manysides serve`): pages and their JSON twins over the store."""

from .app import create_app

__all__ = ["create_app"]
