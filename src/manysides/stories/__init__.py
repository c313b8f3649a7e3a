"""Grouping articles into stories, and stories into storylines."""

from .grouping import GroupConfig, GroupItem, build_stories, group, story_centroids, story_id_for
from .storylines import StorylineConfig, link_storylines, storyline_id_for, with_storylines
from .vectors import article_vectors, lead_text

__all__ = [
    "GroupConfig",
    "GroupItem",
    "StorylineConfig",
    "article_vectors",
    "build_stories",
    "group",
    "lead_text",
    "link_storylines",
    "story_centroids",
    "story_id_for",
    "storyline_id_for",
    "with_storylines",
]
