"""Session 44: a piece of the next day that joined its subject's story does not title it.

Invented headlines and outlets (review 33's vote to repeal a rule, titled by the next day's "Senate Democrats to force
vote on ... repeal")."""

import numpy as np

from manysides.stories import GroupItem, build_stories

VOTE = "Regulators scrap harbor fee rules"
NEXT = "Senators force vote on harbor fee rules repeal"  # the words of both others: the most agreement


def _items(rows):
    return [GroupItem(k, day, np.array(v, np.float32), title=t, outlet=o) for k, day, v, t, o in rows]


def _rows(next_day="2024-03-06", third_day="2024-03-05"):
    return [("m1", "2024-03-05", [1.0, 0.1, 0.0], VOTE, "Metro Post"),
            ("m2", third_day, [1.0, 0.0, 0.1], "Port agency votes 3-2 for fee repeal", "Daily Ledger"),
            ("m3", next_day, [1.0, 0.0, 0.0], NEXT, "Metro Post")]


def test_the_next_days_piece_does_not_title_the_story_of_the_day_before():
    rows = _rows()
    (story,) = build_stories(_items(rows), {k: "s-x" for k, *_ in rows})
    assert story.title != NEXT
    assert story.title in (VOTE, rows[1][3])
    # an undated article beside the vote's day counts as one of the others
    rows = _rows(third_day=None)
    (story,) = build_stories(_items(rows), {k: "s-x" for k, *_ in rows})
    assert story.title != NEXT


def test_controls_the_latest_day_shared_two_articles_or_a_lone_pair():
    # the latest day holds two articles: it is the story's own day, the headlines compete as before
    rows = _rows(next_day="2024-03-06", third_day="2024-03-06")
    (story,) = build_stories(_items(rows), {k: "s-x" for k, *_ in rows})
    assert story.title == NEXT
    # all on one day: as before
    rows = _rows(next_day="2024-03-05")
    (story,) = build_stories(_items(rows), {k: "s-x" for k, *_ in rows})
    assert story.title == NEXT
    # two articles only: nothing tells the core from the addition
    rows = [r for r in _rows() if r[0] != "m2"]
    (story,) = build_stories(_items(rows), {k: "s-x" for k, *_ in rows})
    assert story.title in (VOTE, NEXT)
