"""Which headline titles a story: the rule of `grouping.build_stories` against the old one.

    nice -n 10 .venv/bin/python benchmarks/story_titles.py --cache /tmp/se.db   # a store unique_items.py made

The gold events of ../shared/data/same_event (BASIL and AllSides roundups) each carry a title written by
the corpus (BASIL's event title, AllSides' roundup headline) that reports the event in plain words. For every
event of three or more headlines with a vector in the store, this titles the event's articles as one story
by each rule and prints the mean word overlap (Dice over `grouping._headline_words`) of the chosen headline
with the corpus's title, and how often each rule picks a headline of a question or an exclamation. Rules:
"centroid", the headline nearest the story's centroid (before session 32); "agreement", the headline sharing
most words with the story's other headlines (`grouping._agreement`, session 32, the centroid breaking ties).
Both pass over teasing or shouting headlines alike (death tolls are left out here). Session 32 (a store of
unique_items.py, main's annotations): 328 events, the rules differ on 148; overlap 0.443 (centroid) -> 0.468
(agreement); no question or exclamation picked by either (docs/grouping.md, "Titles").

A third rule, "shipped" (session 43), is the agreement rule on headlines without a site's name after them
(`grouping.headline`), passing over a live page's headline (`grouping.live_page`). `--headlines` reads the
headlines alone, without a store (the headline's order breaks ties where the store's centroid would):

    nice -n 10 .venv/bin/python benchmarks/story_titles.py --headlines

Session 43: 328 events; agreement and shipped differ on 1 (the Senate hearing's "Live updates: Milley, Austin and
McKenzie to testify ..." gives way to "Top generals contradict Biden, ..."); overlap 0.466 -> 0.467 (same_event's
headlines carry no site's name).

"built" (session 44) is `build_stories` itself on the headlines with the articles' dates and equal vectors: the
story's one article of a day after all its others gives way (`grouping._day_after`). At e70cea9 it titles 3 events
otherwise than "shipped" (its toll rule), now 6: three BASIL events take an earlier day's headline ("Trump says he
could keep shutdown going for months or years" for Fox's of two days later, "Trump warns shutdown could last
'years,' ..."; Fox's "N.C. Congressman Apologizes for Physical Confrontation ..." for the Times' next-day "Etheridge,
Caught on Video, Apologizes"; the Times' "Indiana Governor Says Legislators May Clarify Religious Beliefs Law" for
Fox's "Washington gov, Seattle mayor ban official travel to Indiana ..."); overlap 0.466 before and after.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from manysides.store import Store  # noqa: E402
from manysides.stories import GroupItem, build_stories  # noqa: E402
from manysides.stories.grouping import _agreement, _headline_words, _loud, _unit, headline, live_page  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def shipped(titles: list[str], outlets: list[str], tie) -> int:
    """The index of the headline the session 43 rule picks: no loud or live page's headline while another is there,
    then the most agreement over headlines without a site's name, then `tie(k)`."""
    heads = [_headline_words(headline(t, o)) for t, o in zip(titles, outlets)]
    return max(range(len(titles)), key=lambda k: (not _loud(titles[k]), not live_page(titles[k]),
                                                  round(_agreement(k, heads), 6), tie(k)))


def headlines_only(events: dict, show: int) -> None:
    """The agreement rule against the shipped one on the headlines alone, earlier headlines winning ties."""
    scores, n, differ, moved = defaultdict(float), 0, 0, 0
    for rows in events.values():
        rows = [r for r in rows if (r.get("title") or "").strip()]
        ref = _headline_words(rows[0].get("event_title") or "") if rows else frozenset()
        if len(rows) < 3 or not ref:
            continue
        n += 1
        titles, outlets = [r["title"] for r in rows], [r.get("outlet") or "" for r in rows]
        heads = [_headline_words(t) for t in titles]
        old = max(range(len(rows)), key=lambda k: (not _loud(titles[k]), round(_agreement(k, heads), 6), -k))
        new = shipped(titles, outlets, lambda k: -k)
        scores["agreement"] += dice(heads[old], ref)
        scores["shipped"] += dice(_headline_words(headline(titles[new], outlets[new])), ref)
        # `build_stories` itself, with the articles' dates (session 44: a next day's piece alone on its day gives way)
        # and equal vectors, so earlier headlines win ties as above
        items = [GroupItem(str(k), r.get("date"), np.ones(2, np.float32), title=t, outlet=o)
                 for k, (r, t, o) in enumerate(zip(rows, titles, outlets))]
        (story,) = build_stories(items, {it.id: "s" for it in items})
        scores["built"] += dice(_headline_words(story.title), ref)
        moved += story.title != headline(titles[new], outlets[new])
        if old != new:
            differ += 1
            if differ <= show:
                print(f"{rows[0].get('event_title')}\n  agreement: {titles[old]}\n  shipped:   {titles[new]}")
    print(f"{n} events of 3+ headlines (headlines alone); agreement and shipped differ on {differ}; build_stories "
          f"(with the dates) titles {moved} otherwise than shipped")
    for rule in ("agreement", "shipped", "built"):
        print(f"  {rule:<10} overlap with the corpus's title {scores[rule] / max(n, 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="a store holding the same_event articles (unique_items.py --cache)")
    ap.add_argument("--headlines", action="store_true", help="compare the agreement and shipped rules on the "
                                                              "headlines alone, without a store")
    ap.add_argument("--articles", default=str(ARTICLES))
    ap.add_argument("--show", type=int, default=0, help="print this many events where the rules differ")
    args = ap.parse_args()
    if not args.cache and not args.headlines:
        ap.error("give --cache STORE or --headlines")
    events = defaultdict(list)
    for line in open(args.articles, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            events[r["event"]].append(r)
    if args.headlines:
        headlines_only(events, args.show)
        return
    store = Store(args.cache)
    arts = store.articles()
    by_title = {" ".join((a.title or "").split()): a.id for a in arts if not a.duplicate_of}
    items = {it.id: it for it in store.group_items([a.id for a in arts])}
    scores, loud, n, differ = defaultdict(float), defaultdict(int), 0, 0
    for rows in events.values():
        its = [items[i] for r in rows if (i := by_title.get(" ".join((r.get("title") or "").split()))) in items]
        ref = _headline_words(rows[0].get("event_title") or "")
        if len(its) < 3 or not ref:
            continue
        n += 1
        c = np.mean([_unit(it.vector) for it in its], axis=0)
        c = c / (np.linalg.norm(c) or 1.0)
        heads = [_headline_words(it.title) for it in its]
        picks = {
            "centroid": max(range(len(its)), key=lambda k: (not _loud(its[k].title), float(_unit(its[k].vector) @ c))),
            "agreement": max(range(len(its)), key=lambda k: (not _loud(its[k].title), round(_agreement(k, heads), 6),
                                                             float(_unit(its[k].vector) @ c))),
            "shipped": shipped([it.title for it in its], [it.outlet for it in its],
                               lambda k: float(_unit(its[k].vector) @ c)),
        }
        for rule, k in picks.items():
            scores[rule] += dice(_headline_words(headline(its[k].title, its[k].outlet)) if rule == "shipped"
                                 else heads[k], ref)
            loud[rule] += "?" in its[k].title or "!" in its[k].title
        if picks["centroid"] != picks["agreement"]:
            differ += 1
            if differ <= args.show:
                print(f"{rows[0].get('event_title')}\n  centroid:  {its[picks['centroid']].title}\n"
                      f"  agreement: {its[picks['agreement']].title}")
    print(f"{n} events of 3+ headlines; the rules differ on {differ}")
    for rule in ("centroid", "agreement", "shipped"):
        print(f"  {rule:<10} overlap with the corpus's title {scores[rule] / max(n, 1):.3f}; "
              f"a question or exclamation {loud[rule]}")


if __name__ == "__main__":
    main()
