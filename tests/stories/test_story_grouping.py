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
from manysides.stories.grouping import parse_day
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


def test_short_texts_are_judged_by_their_embedding_alone():
    # Same words, unrelated vectors: the word counts alone would join them.
    def pair(text: str) -> list[GroupItem]:
        return [GroupItem("x1", "2024-03-01", topic(0), title="", text=text),
                GroupItem("x2", "2024-03-01", topic(5), title="", text=text)]

    long_text = " ".join([QUAKE] * 8)  # 64 words: word evidence counts
    short_text = " ".join([QUAKE] * 3)  # 24 words, a feed snippet: it does not
    assert len(set(group(pair(long_text)).values())) == 1
    assert len(set(group(pair(short_text)).values())) == 2
    assert len(set(group(pair(short_text), short_words=0).values())) == 1


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


def test_a_storyline_is_named_by_its_best_covered_story_not_its_earliest():
    v = topic(7)
    opinion = Story(id="s-op", title="Why the strike is a disgrace", articles=("a",),
                    first_date="2024-01-01", last_date="2024-01-01")
    news = Story(id="s-news", title="Workers strike at the port", articles=("b", "c", "d"),
                 first_date="2024-01-05", last_date="2024-01-06")
    follow = Story(id="s-fol", title="Port strike ends", articles=("e", "f", "g"),
                   first_date="2024-02-01", last_date="2024-02-01")
    [line] = link_storylines([opinion, news, follow], {"s-op": v, "s-news": v, "s-fol": v})
    assert line.stories == ("s-op", "s-news", "s-fol")  # dated order, id from the first
    assert line.id == "l-op"
    assert line.title == "Workers strike at the port"  # most articles, earliest of a tie


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


def test_undated_stories_are_held_to_the_gap_around_the_days_they_arrived_in():
    v = topic(7)
    dated = Story(id="s-dated", title="d", articles=("a",), first_date="2020-01-01", last_date="2020-01-01")
    undated = Story(id="s-undated", title="u", articles=("b",))
    vectors = {"s-dated": v, "s-undated": v}
    day = parse_day("2020-01-01")
    # without an arrival an undated story links with any date (content only)
    assert [sl.stories for sl in link_storylines([dated, undated], vectors)] == [("s-dated", "s-undated")]
    near = link_storylines([dated, undated], vectors, arrivals={"s-undated": (day + 100, day + 110)})
    assert [sl.stories for sl in near] == [("s-dated", "s-undated")]
    far = link_storylines([dated, undated], vectors, arrivals={"s-undated": (day + 200, day + 210)})
    assert far == []
    # two undated stories: the gap between their arrivals
    other = Story(id="s-other", title="o", articles=("c",))
    both = {**vectors, "s-other": v}
    apart = {"s-undated": (day, day), "s-other": (day + 400, day + 400)}
    assert link_storylines([undated, other], both, arrivals=apart) == []
    close = {"s-undated": (day, day), "s-other": (day + 30, day + 30)}
    assert len(link_storylines([undated, other], both, arrivals=close)) == 1
    # the stricter bar still applies to an undated side: a pair at 0.75 links dated only
    w = v * 0.75 + topic(8) * np.sqrt(1 - 0.75**2)
    later = Story(id="s-later", title="l", articles=("d",), first_date="2020-01-10", last_date="2020-01-10")
    assert len(link_storylines([dated, later], {"s-dated": v, "s-later": w})) == 1
    assert link_storylines([dated, undated], {"s-dated": v, "s-undated": w},
                           arrivals={"s-undated": (day, day)}) == []


def test_a_storyline_that_splits_keeps_its_id_in_its_first_part_only():
    # four stories of one storyline, whose centroids have since drifted into two
    # subjects: each part is its own storyline, and only the earlier part keeps the id
    a, b = topic(1), topic(2)
    stories = [Story(id=f"s-{k}", title=str(k), articles=(str(k),), first_date=f"2024-01-0{k + 1}",
                     last_date=f"2024-01-0{k + 1}") for k in range(4)]
    vectors = {"s-0": a, "s-1": b, "s-2": a, "s-3": b}
    lines = link_storylines(stories, vectors, previous={s.id: "l-old" for s in stories})
    assert [line.stories for line in lines] == [("s-0", "s-2"), ("s-1", "s-3")]
    assert lines[0].id == "l-old" and lines[1].id == "l-1"


@pytest.mark.parametrize("seed", range(6))
def test_storylines_score_pairs_by_blocks_without_losing_or_adding_any(seed):
    # Pairs are scored a block of stories at a time; block edges must not change which
    # pairs meet (the gap, undated stories, each pair once), so any block size agrees
    # with scoring one story at a time.
    from datetime import date, timedelta

    rng = random.Random(seed)
    gen = np.random.default_rng(seed)
    centres = gen.normal(size=(5, 8))
    stories, vectors = [], {}
    for i in range(rng.randint(40, 160)):
        if rng.random() < 0.15:
            first = last = None
        else:
            d = date(2024, 1, 1) + timedelta(days=rng.randrange(400))
            first, last = d.isoformat(), (d + timedelta(days=rng.randrange(10))).isoformat()
        stories.append(Story(f"s-{i}", f"t{i}", (f"a{i}",), None, first, last))
        vectors[f"s-{i}"] = centres[rng.randrange(5)] + 0.6 * gen.normal(size=8)
    one = link_storylines(stories, vectors, block=1)
    assert len(one) > 1
    for size in (7, 64, 512):
        assert link_storylines(stories, vectors, block=size) == one


def test_storyline_ids_stay_unique_when_earlier_parts_took_every_choice():
    # three subjects of two stories each; the earlier two storylines hold the previous
    # ids and the founders' ids the third would take, so it gets a numbered one
    stories = [Story(f"s-{k}", str(k), (str(k),), None, f"2024-01-0{k + 1}", f"2024-01-0{k + 1}")
               for k in range(6)]
    vectors = {f"s-{k}": topic(1 + k % 3) for k in range(6)}
    previous = {"s-0": "l-2", "s-1": "l-5", "s-2": "l-2", "s-5": "l-5"}
    lines = link_storylines(stories, vectors, previous=previous)
    assert [line.stories for line in lines] == [("s-0", "s-3"), ("s-1", "s-4"), ("s-2", "s-5")]
    assert [line.id for line in lines] == ["l-2", "l-5", "l-2-2"]


def test_build_stories_orders_articles_and_picks_the_most_central_title():
    vecs = {"m1": [1.0, 0.0, 0.0], "m2": [3.0, 3.0, 0.0], "m3": [0.0, 1.0, 0.0]}  # m2 unnormalised
    items = [GroupItem(k, d, np.array(vecs[k], np.float32), title=f"title {k}")
             for k, d in (("m3", "2024-01-03"), ("m1", "2024-01-02"), ("m2", None))]
    (story,) = build_stories(items, {"m1": "s-x", "m2": "s-x", "m3": "s-x"})
    assert story.articles == ("m1", "m3", "m2")  # earliest first, undated last
    assert story.first_date == "2024-01-02" and story.last_date == "2024-01-03"
    assert story.title == "title m2"  # closest to the centroid


def test_a_story_is_titled_by_a_headline_that_says_what_happened_not_one_that_teases():
    """Review 10: an MGM story took TheBlaze's "... Here's the insane reason why." headline,
    the one nearest the centre; a plainer headline of the story is there."""
    vecs = {"m1": [1.0, 0.0, 0.0], "m2": [1.0, 1.0, 0.0], "m3": [0.0, 1.0, 0.0]}
    titles = {"m1": "MGM sues shooting victims to limit its liability",
              "m2": "Casino sues victims of Las Vegas shooting massacre. Here's the insane reason why.",
              "m3": "Mandalay Bay owner sues more than 1,000 victims of Las Vegas shooting"}
    items = [GroupItem(k, "2018-07-17", np.array(v, np.float32), title=titles[k]) for k, v in vecs.items()]
    (story,) = build_stories(items, {k: "s-x" for k in vecs})
    assert story.title in (titles["m1"], titles["m3"])  # m2 is the most central; a plain one titles it
    # with only loud headlines, the most central stands
    (story,) = build_stories(items[1:2], {"m2": "s-x"})
    assert story.title == titles["m2"]


def test_a_story_is_titled_by_the_headline_its_outlets_agree_on_not_one_outlets_framing():
    """Session 31's walkthrough: the sample's election story took its left outlet's "People-powered:
    ... grassroots upset", the headline nearest the centre. The headline sharing most words with the
    others titles it (invented headlines)."""
    titles = {"m1": "Grassroots triumph: Mayor Ines Varga storms to victory in Dunmore's people's revolt",
              "m2": "Varga wins Dunmore mayoral race, ending council president's 12-year run",
              "m3": "Humiliation for the old guard as Varga's radicals seize Dunmore city hall",
              "m4": "Ines Varga wins Dunmore mayoral election by 6 points"}
    vecs = {"m1": [1.0, 0.1, 0.0], "m2": [1.0, -0.6, 0.2], "m3": [1.0, 0.5, -0.4], "m4": [1.0, 0.0, 0.6]}
    items = [GroupItem(k, "2025-03-05", np.array(v, np.float32), title=titles[k]) for k, v in vecs.items()]
    c = np.mean([np.array(v) / np.linalg.norm(v) for v in vecs.values()], axis=0)
    central = max(vecs, key=lambda k: float(np.array(vecs[k]) @ c / np.linalg.norm(vecs[k])))
    assert central == "m1"  # the loaded headline is the most central: main titled the story with it
    (story,) = build_stories(items, {k: "s-x" for k in vecs})
    assert story.title in (titles["m2"], titles["m4"]), story.title


def test_a_story_is_not_titled_by_a_death_toll_another_headline_has_outgrown():
    """Review 11: the Istanbul story took NPR's "Death Toll ... Rises To 41" (the most central
    headline) above a summary saying 42; NPR's own later headline gives "At Least 42"."""
    vecs = {"m1": [1.0, 1.0, 0.0], "m2": [1.0, 0.0, 0.0], "m3": [0.0, 1.0, 0.0]}
    titles = {"m1": "Death Toll In Istanbul Airport Attack Rises To 41",
              "m2": "Istanbul International Airport Open Again After Attack Kills At Least 42",
              "m3": "Turkey blames Islamic State for airport attack"}
    items = [GroupItem(k, "2016-06-29", np.array(v, np.float32), title=titles[k]) for k, v in vecs.items()]
    (story,) = build_stories(items, {k: "s-x" for k in vecs})
    assert story.title in (titles["m2"], titles["m3"])
    # a toll nothing in the story outgrows is a headline like any other: the most central stands
    (story,) = build_stories([items[0], items[2]], {"m1": "s-x", "m3": "s-x"})
    assert story.title == titles["m1"]
    # every headline says 41 and the articles' openings say 42 (the review's case)
    items = [GroupItem("m1", "2016-06-29", np.array([1.0, 1.0, 0.0], np.float32), title=titles["m1"],
                       text="At least 42 people died in Tuesday's attack."),
             GroupItem("m2", "2016-06-29", np.array([1.0, 0.0, 0.0], np.float32),
                       title="Istanbul airport reopens after terror attack leaves 41 dead, 239 injured",
                       text="The coordinated massacre ... the terror attack that killed 42 and wounded 238."),
             GroupItem("m3", "2016-06-29", np.array([0.0, 1.0, 0.0], np.float32),
                       title="Istanbul airport resumes flights amid blood, shattered glass", text="Flags flew.")]
    (story,) = build_stories(items, {k: "s-x" for k in ("m1", "m2", "m3")})
    assert story.title == "Istanbul airport resumes flights amid blood, shattered glass"


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


def _naive_average_linkage(groups, edges, cfg):
    """Reference: repeatedly join the best eligible pair of groups by mean link."""
    from itertools import combinations

    live = [dict(members=set(g.members), new=g.new, lo=g.lo, hi=g.hi, pins=set(g.pins)) for g in groups]
    sim = {}
    for (i, j), s in edges.items():
        sim[(i, j)] = sim[(j, i)] = s
    while True:
        best = None
        for x, y in combinations(range(len(live)), 2):
            gx, gy = live[x], live[y]
            if not (gx["new"] or gy["new"]) or (gx["pins"] and gy["pins"] and gx["pins"] != gy["pins"]):
                continue
            if gx["lo"] is not None and gy["lo"] is not None and \
                    max(gx["hi"], gy["hi"]) - min(gx["lo"], gy["lo"]) > cfg.max_span_days:
                continue
            total = sum(sim.get((i, j), 0.0) for i in gx["members"] for j in gy["members"])
            link = total / (len(gx["members"]) * len(gy["members"]))
            if link >= cfg.threshold and (best is None or link > best[0]):
                best = (link, x, y)
        if best is None:
            return {frozenset(g["members"]) for g in live}
        _, x, y = best
        gx, gy = live[x], live.pop(y)
        gx["members"] |= gy["members"]
        gx["new"] = gx["new"] or gy["new"]
        gx["pins"] |= gy["pins"]
        if gy["lo"] is not None:
            gx["lo"] = gy["lo"] if gx["lo"] is None else min(gx["lo"], gy["lo"])
            gx["hi"] = gy["hi"] if gx["hi"] is None else max(gx["hi"], gy["hi"])


@pytest.mark.parametrize("seed", range(12))
def test_agglomeration_joins_the_best_pair_first_like_the_textbook_method(seed):
    # The fast bookkeeping (each group's best partner, small-into-large merging) must
    # give exactly what naive average linkage gives, with stored stories, spans and pins.
    from manysides.stories.grouping import GroupConfig, _agglomerate, _Group

    rng = random.Random(seed)
    n = 36
    topic_of = [rng.randrange(6) for _ in range(n)]
    edges = {}
    for i in range(n):
        for j in range(i + 1, n):
            base = 0.45 if topic_of[i] == topic_of[j] else 0.05
            s = base + rng.uniform(-0.3, 0.3)
            if s >= 0.15:
                edges[(i, j)] = s
    cfg = GroupConfig(threshold=0.22, max_span_days=rng.choice([2, 7]))

    def fresh():
        groups = []
        for i in range(n):
            day = None if rng_days[i] is None else 730_000 + rng_days[i]
            pins = frozenset({"s-pin" + str(i % 2)}) if i in pinned else frozenset()
            groups.append(_Group([i], i not in stored, day, day, [], pins=pins))
        return groups

    rng_days = [None if rng.random() < 0.2 else rng.randrange(10) for _ in range(n)]
    stored = set(rng.sample(range(n), 8))
    pinned = set(rng.sample(range(n), 4))
    fast = _agglomerate(fresh(), edges, list(range(n)), cfg)
    got = {frozenset(g.members) for g in fast if g is not None}
    assert got == _naive_average_linkage(fresh(), edges, cfg)
    assert any(len(c) > 1 for c in got)


def test_storylines_are_the_same_whether_a_component_is_linked_densely_or_sparsely(monkeypatch):
    # small components are linked by scipy on a dense matrix, large ones by the sparse
    # agglomeration: the two must give the same storylines, also with exact ties
    from manysides.stories import storylines as sl_module

    rng = np.random.default_rng(5)
    centers = rng.normal(size=(12, 16))
    base = [centers[rng.integers(12)] + rng.normal(scale=0.6, size=16) for _ in range(150)]
    stories, vectors = [], {}
    for i in range(300):  # every vector twice: ties, as a repeated corpus has them
        d = int(rng.integers(0, 300))
        day = f"2024-{1 + d // 28 % 12:02d}-{1 + d % 28:02d}" if i % 11 else None
        stories.append(Story(id=f"s-{i:03d}", title="", articles=(), first_date=day, last_date=day))
        vectors[f"s-{i:03d}"] = base[i % 150]
    dense = link_storylines(stories, vectors)
    monkeypatch.setattr(sl_module, "DENSE_MAX", 0)
    sparse = link_storylines(stories, vectors)
    assert len(dense) > 10 and max(len(sl.stories) for sl in dense) > 2
    assert [(sl.id, sl.stories) for sl in dense] == [(sl.id, sl.stories) for sl in sparse]


def test_a_subject_that_returns_every_few_months_is_one_storyline_and_a_drift_is_not():
    """The gap limits which stories link, not which pairs count: monthly reports 100 days
    apart are one storyline (the first and the last, 300 days apart, are alike), while a
    chain that drifts from one subject to another is cut where its ends differ."""
    rng = np.random.default_rng(3)
    jobs = rng.normal(size=32)
    days = ["2021-01-01", "2021-04-11", "2021-07-20", "2021-10-28"]
    stories = [Story(id=f"s-jobs{k}", title="", articles=(), first_date=d, last_date=d) for k, d in enumerate(days)]
    vectors = {s.id: jobs + rng.normal(scale=0.15, size=32) for s in stories}
    lines = link_storylines(stories, vectors)
    assert [set(sl.stories) for sl in lines] == [{s.id for s in stories}]
    # a drift: each story like the next, the first unlike the last
    a, b = rng.normal(size=32), rng.normal(size=32)
    drift = [Story(id=f"s-drift{k}", title="", articles=(), first_date=d, last_date=d) for k, d in enumerate(days)]
    mix = {s.id: (1 - k / 3) * a + (k / 3) * b for k, s in enumerate(drift)}
    assert not any({"s-drift0", "s-drift3"} <= set(sl.stories) for sl in link_storylines(drift, mix))
