"""Why articles are (or are not) in one story, from the same numbers grouping uses.

`explain_pair` recomputes the pair similarity as `group` does (dense cosine, TF-IDF
cosine, their mix, the day penalty, the time window; word weights over the pair's
neighbourhood, see NEAR_BAR) and names the words and entities the two share;
`explain_story` gives a story's cohesion, the entities and terms most of its articles
share, and the member that fits least (the first to check when a story looks wrong).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..nlp.acronyms import unify
from ..records import Annotation
from .grouping import GroupConfig, GroupItem, _pair_edges, _Similarity, parse_day
from .preview import looks_ahead

# `why` weighs words over the pair's neighbourhood as the store holds it now (up to
# MAX_CONTEXT articles of the stories within the window); the run that grouped the pair
# weighed them over its own batch. The two similarities differ by a few hundredths
# (benchmarks/why_agreement.py), so a verdict within NEAR_BAR of the bar is called uncertain.
MAX_CONTEXT = 3000
NEAR_BAR = 0.05


@dataclass(frozen=True)
class PairExplanation:
    a: str
    b: str
    dense: float  # cosine of the headline+lead embeddings
    lexical: float | None  # cosine of the TF-IDF vectors (None: one side has no words)
    similarity: float | None  # the mix grouping uses, after the day penalty; None: never compared (beyond the window)
    days_apart: int | None
    threshold: float  # the bar this pair is held to (dated or undated)
    same_story: bool | None  # None when either article is in no story
    shared_terms: tuple[str, ...] = ()
    shared_entities: tuple[str, ...] = ()
    reason: str = ""
    content: float | None = None  # the mix of the two cosines, before the day penalty
    day_penalty: float = 0.0  # what the days apart took off the content similarity
    preview_penalty: float = 0.0  # what a preview and a later report took off (`preview.py`)


@dataclass(frozen=True)
class StoryExplanation:
    story: str
    articles: int
    cohesion: float  # mean pair similarity between its independent articles
    shared_entities: tuple[tuple[str, int], ...] = ()  # (entity, articles naming it)
    shared_terms: tuple[tuple[str, int], ...] = ()
    weakest: tuple[str, float] | None = None  # (article, its mean similarity to the rest)
    pairs: dict[str, float] = field(default_factory=dict)


# Words that weigh in the similarity but say nothing of why two articles are together:
# reporting verbs, news filler, calendar words and bare numbers ("000" of "$2,000").
_PLAIN = frozenset(
    "said says say told according including new news president people time just like "
    "year years month months week weeks day days today yesterday tomorrow tonight".split())
_CALENDAR = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
                       r"july|august|september|october|november|december)$")


def _telling(term: str) -> bool:
    """Whether a term explains anything (a lone letter, "s" of "Jr.'s", does not either)."""
    return len(term) > 1 and not term[0].isdigit() and term not in _PLAIN and not _CALENDAR.match(term)


def _terms(sim: _Similarity, row: int, vocab: np.ndarray) -> dict[str, float]:
    if sim.lex is None:
        return {}
    r = sim.lex[row]
    return {str(vocab[j]): float(v) for j, v in zip(r.indices, r.data) if _telling(str(vocab[j]))}


def _vocab(items: Sequence[GroupItem], cfg: GroupConfig) -> tuple[_Similarity, np.ndarray]:
    sim = _Similarity(items, cfg, words=True)
    return sim, sim.vocabulary()


def _entities(ann: Annotation | None, outlets: Collection[str] = ()) -> Counter[str]:
    """Names of the kinds that tell events apart, with their number of mentions; an
    outlet of the articles compared ("Fox News" in a Fox article's byline or credit) says
    who reported, not what, and is left out."""
    if ann is None:
        return Counter()
    own = {o.casefold() for o in outlets if o}
    return Counter(e.name for e in ann.entities if e.type in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"}
                   and e.name.casefold() not in own)


def _one_name(counts: list[Counter[str]]) -> list[Counter[str]]:
    """The articles' names with an organisation's short name counted as its full name
    where one of the articles prints that ("CDC", "Centers for Disease Control and
    Prevention"): outlets differ in which they print, and it is one shared name."""
    alias = unify(n for c in counts for n in c)
    if not alias:
        return counts
    out = []
    for c in counts:
        merged: Counter[str] = Counter()
        for name, n in c.items():
            merged[alias.get(name, name)] += n
        out.append(merged)
    return out


def explain_pair(a: GroupItem, b: GroupItem, story_of: Mapping[str, str] | None = None,
                 annotations: Mapping[str, Annotation] | None = None, top: int = 8,
                 context: Sequence[GroupItem] = (), outlets: Collection[str] = (),
                 **config: object) -> PairExplanation:
    """Why `a` and `b` are (not) in one story. Grouping counts a word's weight over the
    articles it groups together; `context` gives those (say, the two stories' articles),
    without which the weights come from the pair alone."""
    cfg = GroupConfig.from_kwargs(**config)
    story_of = story_of or {}
    annotations = annotations or {}
    others = [it for it in context if it.id not in (a.id, b.id)]
    sim, vocab = _vocab([a, b, *others], cfg)
    idx = np.array([0]), np.array([1])
    dense = float((sim.dense[idx[0]] @ sim.dense[idx[1]].T)[0, 0])
    mixed = float(sim.block(*idx)[0, 0])
    lexical = None
    if sim.lex is not None and sim.has_lex[0] and sim.has_lex[1]:
        lexical = float((sim.lex[0] @ sim.lex[1].T).toarray()[0, 0])
    da, db = parse_day(a.published), parse_day(b.published)
    gap = abs(da - db) if da is not None and db is not None else None
    score = mixed - cfg.day_penalty * gap if gap is not None else mixed
    preview = _preview_cost(a, b, da, db, cfg)
    score -= preview
    bar = cfg.threshold if gap is not None else cfg.undated_threshold
    ta, tb = _terms(sim, 0, vocab), _terms(sim, 1, vocab)
    # ties broken by the term itself: the same answer on every run, whatever the hash seed
    shared = sorted(set(ta) & set(tb), key=lambda t: (-ta[t] * tb[t], t))[:top]
    ea, eb = _entities(annotations.get(a.id), outlets), _entities(annotations.get(b.id), outlets)
    ea, eb = _one_name([ea, eb])
    ents = sorted(set(ea) & set(eb), key=lambda e: (-(ea[e] + eb[e]), e))[:top]  # most named first
    sa, sb = story_of.get(a.id), story_of.get(b.id)
    same = None if sa is None or sb is None else sa == sb
    near = ""
    if abs(score - bar) < NEAR_BAR:
        # words are weighed over the articles grouped with the pair, which the run had and `why` rebuilds
        near = " (close: the run that grouped them weighed the words over its own batch)"
    penalty = mixed - score - preview
    if gap is not None and gap > cfg.window_days:
        why = f"{gap} days apart, beyond the {cfg.window_days}-day window: never compared"
    elif score >= bar:
        why = f"similarity {score:.2f} clears the bar {bar:.2f}{near}"
    else:
        why = f"similarity {score:.2f} is under the bar {bar:.2f}{near}"
        if penalty + preview > 0 and mixed >= bar:
            # the reader should see that time, not content, kept them apart
            why += f"; the content alone ({mixed:.2f}) clears it, but {_days(gap)} apart cost {penalty:.2f}"
    if gap is None:
        # a bar other than the usual one needs its reason
        undated = [x.id for x, d in ((a, da), (b, db)) if d is None]
        why += (f" ({', '.join(undated)} {'has' if len(undated) == 1 else 'have'} no date: compared by content "
                f"alone, against the stricter bar for undated articles, {bar:.2f} instead of {cfg.threshold:.2f})")
    compared = gap is None or gap <= cfg.window_days
    if preview and compared:
        # a preview and the report of its outcome share every name: say why they score lower
        why += (f"; {preview:.2f} taken off as the earlier article looks ahead to an event and the later "
                "one reports (a preview and its outcome are two events)")
    if same is True:
        why = f"in one story ({sa}); " + why + (
            "" if score >= bar else " (they are joined through the story's other articles)")
    elif same is False:
        why = f"in different stories ({sa}, {sb}); " + why + (
            " (but on average the two stories are not close enough)" if score >= bar else "")
    if a.id == b.id:
        why = "the same article"
    return PairExplanation(a.id, b.id, dense, lexical, score if compared else None, gap, bar, same,
                           tuple(shared), tuple(ents), why, mixed, penalty if compared else 0.0,
                           preview if compared else 0.0)


def _days(n: int | None) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _preview_cost(a: GroupItem, b: GroupItem, da: int | None, db: int | None, cfg: GroupConfig) -> float:
    """What grouping takes off a pair for a preview and a later article that does not look
    ahead (`grouping._preview_pairs`); 0 undated, on one day, or with the setting off."""
    if not cfg.preview_penalty or da is None or db is None or da == db:
        return 0.0
    first, then = (a, b) if da < db else (b, a)
    ahead = looks_ahead(first.title, first.text) and not looks_ahead(then.title, then.text)
    return cfg.preview_penalty if ahead else 0.0


def explain_story(story_id: str, items: Sequence[GroupItem],
                  annotations: Mapping[str, Annotation] | None = None, top: int = 8,
                  outlets: Collection[str] = (), **config: object) -> StoryExplanation:
    """Cohesion, shared entities and terms of the independent articles `items` of a story
    (the story's `outlets` are not counted as shared entities)."""
    cfg = GroupConfig.from_kwargs(**config)
    annotations = annotations or {}
    n = len(items)
    if n == 0:
        return StoryExplanation(story_id, 0, 0.0)
    sim, vocab = _vocab(items, cfg)
    rows = np.arange(n)
    s = sim.block(rows, rows)
    days = [parse_day(it.published) for it in items]
    for i in range(n):
        for j in range(n):
            if days[i] is not None and days[j] is not None:
                s[i, j] -= cfg.day_penalty * abs(days[i] - days[j])
                s[i, j] -= _preview_cost(items[i], items[j], days[i], days[j], cfg)
    off = ~np.eye(n, dtype=bool)
    cohesion = float(s[off].mean()) if n > 1 else 1.0
    ent_count: Counter[str] = Counter()
    term_count: Counter[str] = Counter()
    term_weight: Counter[str] = Counter()
    for named in _one_name([_entities(annotations.get(it.id), outlets) for it in items]):
        ent_count.update(set(named))
    for i, it in enumerate(items):
        t = _terms(sim, i, vocab)
        term_count.update(t.keys())
        term_weight.update(t)
    need = 2  # one article shares nothing
    ents = tuple((e, c) for e, c in sorted(ent_count.items(), key=lambda x: (-x[1], x[0])) if c >= need)[:top]
    terms = tuple((t, term_count[t]) for t in sorted(
        (t for t in term_count if term_count[t] >= need),
        key=lambda t: (-term_count[t], -term_weight[t], t)))[:top]
    weakest = None
    if n > 2:
        mean_to_rest = (s * off).sum(axis=1) / (n - 1)
        w = int(np.argmin(mean_to_rest))
        weakest = (items[w].id, float(mean_to_rest[w]))
    pairs = {f"{items[i].id} {items[j].id}": float(s[i, j]) for i in range(n) for j in range(i + 1, n)} \
        if n <= 12 else {}
    return StoryExplanation(story_id, n, cohesion, ents, terms, weakest, pairs)


def _neighbourhood(store, pair: Sequence[GroupItem], story_of: Mapping[str, str],
                   config: Mapping[str, object]) -> list[str]:
    """Articles whose words grouping weighed with the pair's: those of the stories within
    the time window of either article (or of the two stories, for an undated one), nearest
    days first, up to MAX_CONTEXT."""
    cfg = GroupConfig.from_kwargs(**config)
    days = [parse_day(it.published) for it in pair]
    own = set(story_of.values())
    near: list[str] = []
    if all(d is not None for d in days):
        mid = sum(days) / 2
        found = store.story_summaries(store.stories_near(min(days) - cfg.window_days, max(days) + cfg.window_days))
        # nearest in days first, so that a dense month is cut at its edges
        near = [r[0] for r in sorted(found, key=lambda r: (r[1] is None, abs((r[1] or 0) - mid), r[0]))
                if r[0] not in own]
    pair_ids = {it.id for it in pair}
    out: list[str] = []
    for part in ([*own], near):
        members = store.story_members(part)
        ids = [m for sid in part for m in members.get(sid, []) if m not in pair_ids]
        heads = store.article_heads(ids)
        # wire copies are not in grouping's batch: they follow their original
        out += [m for m in ids if m in heads and heads[m].duplicate_of is None]
        if len(out) >= MAX_CONTEXT:
            return out[:MAX_CONTEXT]
    return out


def copy_words(copy, original) -> str:
    """What a stored near-duplicate is of its original, for a reader: "wire copy of X" across
    outlets; one outlet's own article again (a republished or updated version, whose new lead may
    report a later day's news over most of its earlier text) is "X again, from the same outlet
    (2013-04-16)", not a wire copy."""
    oid = copy.duplicate_of
    if original is None or not copy.outlet or copy.outlet != original.outlet:
        return f"wire copy of {oid}"
    when = f", {original.published[:10]}" if original.published else ""
    return f"mostly the text of {oid} again, from the same outlet ({original.outlet}{when})"


def why(store, a: str, b: str, **config: object) -> PairExplanation:
    """`explain_pair` for two stored articles (a wire copy is explained through its original),
    with the store's grouping settings (plus `config`)."""
    from .stored import CorrectionError

    config = {**store.grouping_settings(), **config}
    if a == b:
        raise CorrectionError(f"{a}: give two different articles (the ids of a story's articles are listed by "
                              "`manysides stories show STORY`)")

    arts = {x.id: x for x in store.articles([a, b])}
    for x in (a, b):
        if x not in arts:
            raise CorrectionError(f"no article {x!r} in {store.path} (a story's article ids are listed by: "
                                  f"manysides stories show STORY --db {store.path})")
    orig = {x: arts[x].duplicate_of or x for x in (a, b)}
    items = {it.id: it for it in store.group_items(set(orig.values()))}
    for x in (a, b):
        if orig[x] not in items:
            raise CorrectionError(f"article {x!r} has no vector yet; run `manysides analyze` on it first")
    story_of = store.story_of([a, b])
    anns = store.annotations(set(orig.values()))
    context = store.group_items(_neighbourhood(store, [items[orig[a]], items[orig[b]]], story_of, config))
    ex = explain_pair(items[orig[a]], items[orig[b]], {orig[x]: story_of.get(x) for x in (a, b) if story_of.get(x)},
                      anns, context=context, outlets=[arts[x].outlet for x in (a, b) if arts[x].outlet], **config)
    notes = []
    originals = {o.id: o for o in store.articles({orig[x] for x in (a, b) if orig[x] != x} - set(arts))} | arts
    for x in (a, b):
        if orig[x] != x:
            words = copy_words(arts[x], originals.get(orig[x]))
            notes.append(f"{x} is {'a ' if words.startswith('wire') else ''}{words} and goes where it goes")
    pins = store.pins([a, b])
    reason = ex.reason
    apart = " (but on average the two stories are not close enough)"
    if apart in reason and not pins:
        # the pair clears the bar, the stories' average does not: give the average, so the reader sees how far
        group_of = store.story_of([it.id for it in context])
        sides = [[it for it in context if group_of.get(it.id) == story_of[x]] for x in (a, b)]
        mean, pairs = _stories_mean([items[orig[a]], *sides[0]], [items[orig[b]], *sides[1]], context, config)
        bar = GroupConfig.from_kwargs(**config).threshold  # an undated pair's shift is in the mean
        # a mean over the bar: the stories were kept apart otherwise (runs apart, the span), said as before
        if pairs > 1 and mean < bar:
            reason = reason.replace(apart, f" (but on average the two stories are not close enough: their {pairs} "
                                           f"pairs of articles average {mean:.2f} against the bar {bar:.2f})")
    if ex.same_story is False:
        # stories apart may still be one subject followed over time: say so, and where to see it
        lines = {s.storyline for s in store.stories({story_of[a], story_of[b]})}
        if len(lines) == 1 and None not in lines:
            line = lines.pop()
            notes.append(f"the two stories are in one storyline, {line}: one subject followed over time "
                         f"(manysides stories timeline {line})")
    if pins:
        # a user's correction decides, whatever the similarity says
        put = "; ".join(_pinned_by(store, pins))
        kept = "a correction" if len(pins) == 1 else "corrections"
        reason = f"{put} ({kept}, kept by later runs); " + reason.replace(apart, "").replace(
            " (they are joined through the story's other articles)", "")
    from dataclasses import replace

    return replace(ex, a=a, b=b, reason="; ".join([reason] + notes))


def _stories_mean(one: Sequence[GroupItem], other: Sequence[GroupItem], context: Sequence[GroupItem],
                  config: Mapping[str, object]) -> tuple[float, int]:
    """The mean similarity over every pair across two stories' articles, as grouping's average
    linkage counts it (day and preview penalties; a pair under the floor or beyond the window
    counts 0; an undated pair is held to the dated bar by its shift), with the words weighed over
    `context`; and the number of pairs."""
    cfg = GroupConfig.from_kwargs(**config)
    seen: dict[str, GroupItem] = {}
    for it in [*one, *other, *context]:
        seen.setdefault(it.id, it)
    day = {i: parse_day(it.published) for i, it in seen.items()}
    order = sorted(seen, key=lambda i: (day[i] is None, day[i] or 0, i))  # canonical: the window is a slice
    items = [seen[i] for i in order]
    at = {i: k for k, i in enumerate(order)}
    rows, cols, sims = _pair_edges([day[i] for i in order], _Similarity(items, cfg), cfg)
    score = {(int(r), int(c)): float(x) for r, c, x in zip(rows, cols, sims)}
    ids_a, ids_b = {it.id for it in one}, {it.id for it in other} - {it.id for it in one}
    total = sum(score.get((min(at[x], at[y]), max(at[x], at[y])), 0.0) for x in ids_a for y in ids_b)
    pairs = len(ids_a) * len(ids_b)
    return (total / pairs if pairs else 0.0), pairs


def _pinned_by(store, pins: Mapping[str, str]) -> list[str]:
    """What the user did that holds each pinned article in its story, in words a reader can check
    against `manysides stories corrections`: the article the user moved, merged or split ("a user
    moved q0 into s-…"), or one held only by being in a story a correction touched ("v0 stays in s-…,
    the story a user moved q0 into"), which the user never named."""
    from .stored import corrections

    in_force = [c for c in corrections(store) if c.kind != "undo" and c.undone_by is None]
    out = []
    for x, sid in sorted(pins.items()):
        c = next((c for c in reversed(in_force) if x in c.detail.get("before", {}).get("pins", {})), None)
        out.append(_pin_words(x, sid, c))
    return out


def _pin_words(x: str, sid: str, c) -> str:
    if c is None:  # a correction logged before its log said what it changed
        return f"a user put {x} in {sid}"
    d, moved = c.detail, x in c.detail.get("after", {})
    was = d.get("before", {}).get("stories", {}).get(x)
    if c.kind == "move":
        if x == d["article"]:
            return f"a user moved {x} into {sid}"
        if moved:
            return f"{x} goes with {d['article']}, which a user moved into {sid}"
        if sid in (d["to"], d["from"]):
            return f"{x} stays in {sid}, the story a user moved {d['article']} {'into' if sid == d['to'] else 'out of'}"
        return f"{x} stays in {sid} since a user moved {d['article']} from {d['from']} to {d['to']}"
    if c.kind == "merge":
        if moved:
            return f"a user merged {x}'s story{f', {was},' if was else ''} into {sid}"
        if sid == d["into"]:
            return f"{x} stays in {sid}, the story a user merged {_names(d['stories'])} into"
        return f"{x} stays in {sid} since a user merged {_names(d['stories'])} into {d['into']}"
    if c.kind == "split":
        if moved:
            return f"a user split {x} off {d['story']} into {sid}"
        if sid == d["story"]:
            return f"{x} stays in {sid}, the story a user split {_names(d['articles'])} off"
        return f"{x} stays in {sid} since a user split {_names(d['articles'])} off {d['story']}"
    return f"a user put {x} in {sid}"  # pragma: no cover - a kind a later version logs


def _names(ids: Sequence[str], most: int = 3) -> str:
    """"a, b and c", or "a, b, c and 4 more" """
    ids = list(ids)
    if len(ids) > most:
        return f"{', '.join(ids[:most])} and {len(ids) - most} more"
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"
