"""Outlet profiles: what the article-level slant scores say about each outlet in a store.

An outlet's profile is a summary of *its articles' own text* (mean slant, an interval for
that mean, the share of articles read as hyperpartisan). The outlet's known leaning (from
the leanings table or the article records) is shown beside it and never mixed into the
figures, so a reader can compare the two.

Only independent articles count: a wire copy (`duplicate_of` set) is the same text as
its first copy, and counting it again would weigh an outlet by what it reprints.

An outlet whose AllSides articles trained the slant model is marked (`in_training`): its
profile agreeing with its known leaning is then partly how the model was made, not a test
of it. `families=True` pools an outlet's sections and editions ("New York Times - News",
"- Opinion") into one profile over all their articles.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .compare.coverage import normalize_leaning, outlet_leanings
from .nlp.slant_outlets import family_key, family_name, training_outlets

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    import pandas as pd

    from .store import Store

CONFIDENCE = 0.95
HYPERPARTISAN_THRESHOLD = 0.5


@dataclass(frozen=True)
class OutletProfile:
    """Slant of one outlet's independent articles, read from their text."""

    outlet: str
    articles: int  # independent articles with a slant score
    mean_slant: float  # mean of Slant.score, in [-1, 1]; negative = left
    interval: tuple[float, float] | None  # 95% t-interval of the mean; None below 2 articles
    share_hyperpartisan: float | None  # share with probability > 0.5; None if none scored
    known_leaning: str  # "left" | "center" | "right" | "unknown" (| "mixed" pooled): given, not measured
    unscored: int = 0  # independent articles without a slant score (not annotated yet)
    in_training: bool = False  # the slant model was trained on this outlet's AllSides articles
    variants: tuple[str, ...] = ()  # with families=True: the outlet names pooled, most articles first


def outlet_profiles(store: "Store | str | Path", leanings: Mapping[str, str] | None = None,
                    families: bool = False) -> list[OutletProfile]:
    """One profile per named outlet, most articles first; `store` is a `Store` or the
    path of one (which must exist).

    Articles without an outlet name are left out (they would each form an "outlet" of
    one). Articles whose annotation has no slant yet count in `unscored` only. The known
    leanings come from the store's table and the articles' own field; `leanings`
    (outlet -> leaning, as `analyze` takes it) goes over both, for this listing only.
    With `families`, outlets whose names differ only by a section or edition suffix, case
    or a leading "The" are one profile (see `_pool_families`).
    """
    if not hasattr(store, "outlet_scores"):
        from .pipeline import existing_store

        with existing_store(store) as opened:
            return outlet_profiles(opened, leanings, families)
    names: dict[str, str] = {}  # outlet key -> first spelling seen
    slants: dict[str, list[float]] = defaultdict(list)
    hyper: dict[str, list[float]] = defaultdict(list)
    unscored: dict[str, int] = defaultdict(int)
    firsts = {}  # outlet key -> its first article (and the first with a leaning), for known leanings
    for art, score, probability in store.outlet_scores():
        key = " ".join(art.outlet.lower().split())  # as compare.coverage counts outlets
        names.setdefault(key, " ".join(art.outlet.split()))
        if key not in firsts or (normalize_leaning(art.leaning) and not normalize_leaning(firsts[key].leaning)):
            firsts[key] = art
        if score is None:
            unscored[key] += 1
            continue
        slants[key].append(float(score))
        if probability is not None:
            hyper[key].append(float(probability))
    table = {**store.leanings(), **(leanings or {})}
    known = outlet_leanings(list(firsts.values()), table)
    trained = training_outlets()
    out = []
    for key, name in names.items():
        scores = slants.get(key, [])
        hp = hyper.get(key, [])
        out.append(
            OutletProfile(
                outlet=name,
                articles=len(scores),
                mean_slant=round(sum(scores) / len(scores), 6) if scores else 0.0,
                interval=_t_interval(scores),
                share_hyperpartisan=(
                    round(sum(p > HYPERPARTISAN_THRESHOLD for p in hp) / len(hp), 6) if hp else None
                ),
                known_leaning=known.get(key, "unknown"),
                unscored=unscored.get(key, 0),
                in_training=name in trained,
            )
        )
    out.sort(key=lambda p: (-p.articles, p.outlet.lower()))
    if families:
        return _pool_families(out, slants, hyper, table)
    return out


def _pool_families(profiles: Sequence[OutletProfile], slants: Mapping[str, Sequence[float]],
                  hyper: Mapping[str, Sequence[float]], table: Mapping[str, str]) -> list[OutletProfile]:
    """`profiles` with the variants of one outlet (same `family_key`) pooled: the figures
    are recomputed over all their articles (`slants`/`hyper` by outlet key), not averaged
    over the variants, so a big section weighs by its articles. The known leaning is the
    one given for its variants (or in `table` for any name of the family); "mixed" when
    they differ ("Wall Street Journal - News" center, "- Editorial" right)."""
    groups: dict[str, list[OutletProfile]] = defaultdict(list)
    for p in profiles:
        groups[family_key(p.outlet)].append(p)
    given: dict[str, set[str]] = defaultdict(set)
    for name, lean in table.items():
        if isinstance(name, str) and normalize_leaning(lean):
            given[family_key(name)].add(normalize_leaning(lean))  # type: ignore[arg-type]
    out = []
    for fkey, members in groups.items():
        if len(members) == 1 and not given.get(fkey, set()) - {members[0].known_leaning}:
            out.append(replace(members[0], variants=(members[0].outlet,)))
            continue
        keys = [" ".join(p.outlet.lower().split()) for p in members]
        scores = [v for k in keys for v in slants.get(k, ())]
        hp = [v for k in keys for v in hyper.get(k, ())]
        leans = {p.known_leaning for p in members} | given.get(fkey, set())
        leans.discard("unknown")
        out.append(
            OutletProfile(
                outlet=family_name(members[0].outlet),  # the spelling with the most articles
                articles=len(scores),
                mean_slant=round(sum(scores) / len(scores), 6) if scores else 0.0,
                interval=_t_interval(scores),
                share_hyperpartisan=(
                    round(sum(p > HYPERPARTISAN_THRESHOLD for p in hp) / len(hp), 6) if hp else None
                ),
                known_leaning=leans.pop() if len(leans) == 1 else ("mixed" if leans else "unknown"),
                unscored=sum(p.unscored for p in members),
                in_training=any(p.in_training for p in members),
                variants=tuple(p.outlet for p in members),
            )
        )
    out.sort(key=lambda p: (-p.articles, p.outlet.lower()))
    return out


SORT_KEYS = ("articles", "slant", "hyperpartisan", "outlet")


def select_profiles(profiles: Sequence[OutletProfile], min_articles: int = 1,
                    sort: str = "articles") -> list[OutletProfile]:
    """The profiles of outlets with at least `min_articles` scored articles, ordered by
    `sort`: "articles" (most first), "slant" (left to right), "hyperpartisan" (largest
    share first) or "outlet" (by name). Ties keep the order given."""
    if sort not in SORT_KEYS:
        from .errors import ConfigError

        raise ConfigError(f"cannot sort outlets by {sort!r}: use one of {', '.join(SORT_KEYS)}")
    kept = [p for p in profiles if p.articles >= min_articles]
    if sort == "slant":
        kept.sort(key=lambda p: (not p.articles, p.mean_slant))
    elif sort == "hyperpartisan":
        kept.sort(key=lambda p: (p.share_hyperpartisan is None, -(p.share_hyperpartisan or 0.0)))
    elif sort == "outlet":
        kept.sort(key=lambda p: p.outlet.casefold())
    return kept


def outlet_profiles_frame(store: "Store | str | Path | None" = None, leanings: Mapping[str, str] | None = None,
                          profiles: Sequence[OutletProfile] | None = None) -> "pd.DataFrame":
    """`outlet_profiles` (or the `profiles` given) as a pandas DataFrame (interval split
    into `low`/`high`, pooled `variants` joined by "; ")."""
    import pandas as pd

    if profiles is None:
        profiles = outlet_profiles(store, leanings)

    rows = [
        {
            "outlet": p.outlet,
            "articles": p.articles,
            "mean_slant": p.mean_slant if p.articles else math.nan,
            "low": p.interval[0] if p.interval else math.nan,
            "high": p.interval[1] if p.interval else math.nan,
            "share_hyperpartisan": math.nan if p.share_hyperpartisan is None else p.share_hyperpartisan,
            "known_leaning": p.known_leaning,
            "unscored": p.unscored,
            "in_training": p.in_training,
            "variants": "; ".join(p.variants),
        }
        for p in profiles
    ]
    columns = ["outlet", "articles", "mean_slant", "low", "high", "share_hyperpartisan", "known_leaning", "unscored",
               "in_training", "variants"]
    return pd.DataFrame(rows, columns=columns)


def _t_interval(values: Sequence[float]) -> tuple[float, float] | None:
    """Student-t interval of the mean, clipped to the score range: deterministic, and
    honest about small outlets (wide with few articles)."""
    n = len(values)
    if n < 2:
        return None
    from scipy.stats import t

    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    half = float(t.ppf(0.5 + CONFIDENCE / 2, n - 1)) * math.sqrt(var / n)
    return (round(max(mean - half, -1.0), 6), round(min(mean + half, 1.0), 6))
