"""Grouping behaviour on small hand-made vectors (no model needed)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from manysides.errors import ConfigError, ManysidesError
from manysides.records import Story
from manysides.stories import (
    GroupItem,
    build_stories,
    group,
    link_storylines,
    story_centroids,
    story_id_for,
)
from manysides.stories.metrics import bcubed, clusters, pairwise

DIM = 16


def topic(k: int, noise: float = 0.05, seed: int = 0) -> np.ndarray:
    """A unit vector near axis k: articles on one topic share an axis."""
    rng = np.random.default_rng(seed * 1000 + k)
    v = np.zeros(DIM, dtype=np.float32)
    v[k] = 1.0
    v += rng.normal(0, noise, DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def item(aid: str, k: int, day: str | None, seed: int = 0, words: str = "") -> GroupItem:
    return GroupItem(id=aid, published=day, vector=topic(k, seed=seed), title=words, text=words)


QUAKE = "earthquake Valparaiso magnitude 7.1 tsunami warning coast"
VOTE = "senate vote budget bill Schumer filibuster passes 51"
STRIKE = "dockworkers strike port Rotterdam wages union walkout"


def three_stories() -> list[GroupItem]:
    return [
        item("a1", 0, "2024-03-01", 1, QUAKE), item("a2", 0, "2024-03-01", 2, QUAKE),
        item("a3", 0, "2024-03-02", 3, QUAKE),
        item("b1", 1, "2024-03-01", 4, VOTE), item("b2", 1, "2024-03-02", 5, VOTE),
        item("c1", 2, "2024-03-02", 6, STRIKE), item("c2", 2, "2024-03-03", 7, STRIKE),
    ]


def test_groups_by_topic_with_ids_from_the_founding_article():
    result = group(three_stories())
    assert set(result) == {"a1", "a2", "a3", "b1", "b2", "c1", "c2"}
    assert clusters(result) and sorted(map(sorted, clusters(result))) == [
        ["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"]]
    assert result["a2"] == story_id_for("a1")  # earliest date, then smallest id founds
    assert result["b2"] == story_id_for("b1")
    assert result["c1"] == story_id_for("c1")


def test_story_ids_are_stable_and_collision_safe():
    assert story_id_for("abcdef0123456789") == "s-abcdef012345"
    assert story_id_for("allsides-5609-left") != story_id_for("allsides-5609-right")
    assert story_id_for("x") == story_id_for("x")
    assert group(three_stories()) == group(three_stories())


def test_shuffled_input_gives_the_same_partition_and_ids():
    base = group(three_stories())
    for seed in range(5):
        items = three_stories()
        random.Random(seed).shuffle(items)
        assert group(items) == base


def test_adding_an_article_changes_only_the_story_it_joins():
    items = three_stories()
    before = group(items)
    new = item("a4", 0, "2024-03-02", 9, QUAKE)
    after = group(items + [new], previous=before)
    assert after["a4"] == before["a1"]
    assert {k: after[k] for k in before} == before


def test_previous_stories_are_kept_even_if_they_would_group_differently():
    items = three_stories()
    # An earlier run (other settings) put b2 apart from b1: nothing new touches it.
    previous = dict(group(items))
    previous["b2"] = "s-earlier0000"
    after = group(items, previous=previous)
    assert after == previous


def test_a_bridging_article_merges_two_stories_and_the_older_id_survives():
    # One event split earlier into two stories; a new article close to both joins them.
    a = GroupItem("p1", "2024-05-02", np.array([1, 0.3, 0, 0], np.float32), "x", "")
    b = GroupItem("p2", "2024-05-01", np.array([0.3, 1, 0, 0], np.float32), "x", "")
    previous = {"p1": "s-story-later", "p2": "s-story-older"}
    assert group([a, b], previous=previous) == previous  # no new item: nothing merges
    bridge = GroupItem("p3", "2024-05-02", np.array([1, 1, 0, 0], np.float32), "x", "")
    after = group([a, b, bridge], previous=previous)
    assert after == {"p1": "s-story-older", "p2": "s-story-older", "p3": "s-story-older"}


def test_undated_articles_group_by_content():
    items = [item("u1", 3, None, 1, QUAKE), item("u2", 3, None, 2, QUAKE),
             item("u3", 4, None, 3, VOTE), item("d1", 3, "2024-01-05", 4, QUAKE)]
    result = group(items)
    assert result["u1"] == result["u2"] == result["d1"]
    assert result["u3"] != result["u1"]


def test_undated_pairs_need_more_similarity_than_dated_ones():
    v1 = np.array([1.0, 0.0], np.float32)
    v2 = np.array([0.6, 0.8], np.float32)  # cosine 0.6
    dated = [GroupItem("x1", "2024-01-01", v1), GroupItem("x2", "2024-01-01", v2)]
    undated = [GroupItem("x1", None, v1), GroupItem("x2", None, v2)]
    cfg = dict(threshold=0.5, undated_threshold=0.7)
    assert len(set(group(dated, **cfg).values())) == 1
    assert len(set(group(undated, **cfg).values())) == 2


def test_time_window_separates_distant_stories_which_storylines_then_link():
    # The same subject reported in January and again in February: two stories...
    items = [item(f"jan{i}", 5, "2024-01-10", i, QUAKE) for i in range(3)]
    items += [item(f"feb{i}", 5, "2024-02-20", 10 + i, QUAKE) for i in range(3)]
    items += [item(f"other{i}", 6, "2024-02-21", 20 + i, STRIKE) for i in range(2)]
    result = group(items)
    assert len({result[f"jan{i}"] for i in range(3)}) == 1
    assert len({result[f"feb{i}"] for i in range(3)}) == 1
    assert result["jan0"] != result["feb0"]
    # ...linked into one storyline that leaves the unrelated story out.
    stories = build_stories(items, result)
    lines = link_storylines(stories, story_centroids(items, result))
    assert len(lines) == 1
    line = lines[0]
    assert line.stories == (result["jan0"], result["feb0"])
    assert line.id == "l-" + result["jan0"][2:]
    jan_story = next(s for s in stories if s.id == result["jan0"])
    assert line.title == jan_story.title


def test_storylines_need_two_stories_and_respect_the_gap():
    v = topic(7)
    s1 = Story(id="s-one", title="one", articles=("a",), first_date="2020-01-01", last_date="2020-01-01")
    s2 = Story(id="s-two", title="two", articles=("b",), first_date="2023-01-01", last_date="2023-01-01")
    assert link_storylines([s1], {"s-one": v}) == []
    assert link_storylines([s1, s2], {"s-one": v, "s-two": v}) == []  # three years apart
    linked = link_storylines([s1, s2], {"s-one": v, "s-two": v}, max_gap_days=2000)
    assert [sl.stories for sl in linked] == [("s-one", "s-two")]
    kept = link_storylines([s1, s2], {"s-one": v, "s-two": v}, previous={"s-two": "l-kept"},
                           max_gap_days=2000)
    assert kept[0].id == "l-kept"


def test_build_stories_orders_articles_and_picks_the_most_central_title():
    vecs = {"m1": [1.0, 0.0, 0.0], "m2": [3.0, 3.0, 0.0], "m3": [0.0, 1.0, 0.0]}  # m2 unnormalised
    items = [GroupItem(k, d, np.array(vecs[k], np.float32), title=f"title {k}")
             for k, d in (("m3", "2024-01-03"), ("m1", "2024-01-02"), ("m2", None))]
    (story,) = build_stories(items, {"m1": "s-x", "m2": "s-x", "m3": "s-x"})
    assert story.articles == ("m1", "m3", "m2")  # earliest first, undated last
    assert story.first_date == "2024-01-02" and story.last_date == "2024-01-03"
    assert story.title == "title m2"  # closest to the centroid


def test_bad_input_raises_project_errors_not_tracebacks():
    assert group([]) == {}
    with pytest.raises(ConfigError):
        group(three_stories(), thresold=0.3)
    with pytest.raises(ManysidesError):
        group([GroupItem("a", None, np.ones(3)), GroupItem("b", None, np.ones(4))])
    with pytest.raises(ManysidesError):
        group([GroupItem("a", None, None), GroupItem("b", None, np.ones(4))])  # type: ignore[arg-type]
    # Unreadable dates count as undated; zero or NaN vectors stay alone.
    odd = [GroupItem("z1", "not a date", np.zeros(DIM)), GroupItem("z2", "2024-13-45", np.full(DIM, np.nan)),
           item("z3", 0, None)]
    result = group(odd)
    assert len(set(result.values())) == 3


def test_metrics():
    gold = {"a": "1", "b": "1", "c": "2"}
    assert bcubed(gold, gold).f1 == pytest.approx(1.0)
    merged = {"a": "x", "b": "x", "c": "x"}
    s = bcubed(merged, gold)
    assert s.recall == pytest.approx(1.0) and s.precision == pytest.approx(5 / 9)
    assert pairwise(merged, gold).precision == pytest.approx(1 / 3)
