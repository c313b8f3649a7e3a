"""Grouping articles into stories, and stories into storylines."""

from .grouping import GroupConfig, GroupItem, build_stories, group, story_centroids, story_id_for
from .explain import PairExplanation, StoryExplanation, explain_pair, explain_story, why
from .incremental import IncrementalConfig, MemoryState, TimeIndex, Update, group_incrementally, update
from .grouping import split_drifted
from .stored import (Correction, CorrectionError, corrections, group_store, merge_stories, move_article,
                     split_story, undo_correction, use_grouping_settings)
from .storylines import StorylineConfig, link_storylines, storyline_id_for, timeline, with_storylines
from .vectors import article_vectors, lead_text

__all__ = [
    "Correction",
    "CorrectionError",
    "IncrementalConfig",
    "MemoryState",
    "PairExplanation",
    "StoryExplanation",
    "TimeIndex",
    "Update",
    "explain_pair",
    "explain_story",
    "group_incrementally",
    "group_store",
    "corrections",
    "merge_stories",
    "move_article",
    "split_drifted",
    "split_story",
    "timeline",
    "undo_correction",
    "update",
    "use_grouping_settings",
    "why",
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
