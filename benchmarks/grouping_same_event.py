"""Grouping quality on ../shared/data/same_event: B-cubed and pairwise scores.

    .venv/bin/python benchmarks/grouping_same_event.py            # library defaults
    .venv/bin/python benchmarks/grouping_same_event.py --tune     # pick settings on the dev half
    .venv/bin/python benchmarks/grouping_same_event.py --distractors 1000
    .venv/bin/python benchmarks/grouping_same_event.py --show-joined   # the stories that join gold events

Events are split in two halves by a hash of the event id: settings are chosen on the dev
half ("--tune") and reported on the test half, with the full set alongside. Every figure
is given with the articles' dates and with the dates removed. A TF-IDF + 3-day window +
average-linkage baseline (its threshold also picked on dev) is printed for reference.
Embeddings are cached under /tmp so that re-runs take seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import lzma
import random
from collections import Counter
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from manysides.records import Article  # noqa: E402
from manysides.stories.grouping import GroupConfig, GroupItem, group, parse_day  # noqa: E402
from manysides.stories.metrics import bcubed, pairwise  # noqa: E402
from manysides.stories.vectors import article_vectors  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SAME_EVENT = DATA / "same_event" / "articles.jsonl"
ALLSIDES = DATA / "allsides" / "articles.jsonl.xz"
CACHE = Path("/tmp/manysides-bench-cache")


def load_same_event() -> list[dict]:
    with open(SAME_EVENT, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_distractors(n: int, seed: int = 0) -> list[dict]:
    with lzma.open(ALLSIDES, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if (r.get("text") or "").strip()]
    picked = random.Random(seed).sample(rows, min(n, len(rows)))
    for r in picked:
        r["id"] = "distractor-" + str(r["id"])
        r["event"] = r["id"]  # each its own gold cluster
    return picked


def to_article(r: dict) -> Article:
    return Article(id=r["id"], source="bench", outlet=r.get("outlet"), url=r.get("url"),
                   title=r.get("title"), byline=None, published=r.get("date") or None,
                   language="en", text=r.get("text") or "")


def vectors_for(rows: list[dict]) -> tuple[np.ndarray, float | None]:
    """Embeddings (cached in /tmp by content hash); seconds spent embedding, if any."""
    arts = [to_article(r) for r in rows]
    key = hashlib.sha1()
    key.update((Path(ROOT / "src/manysides/stories/vectors.py").read_bytes()))
    for a in arts:
        key.update(f"{a.title}\0{a.text}\1".encode())
    path = CACHE / f"vectors-{key.hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path), None
    from manysides.nlp.models import load_embedder

    emb = load_embedder()
    t0 = time.perf_counter()
    vecs = article_vectors(arts, emb)
    spent = time.perf_counter() - t0
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vecs)
    return vecs, spent


def items_for(rows: list[dict], vecs: np.ndarray, dated: bool) -> list[GroupItem]:
    return [GroupItem(id=r["id"], published=(r.get("date") or None) if dated else None,
                      vector=v, title=r.get("title") or "", text=r.get("text") or "")
            for r, v in zip(rows, vecs)]


def is_dev(event: str) -> bool:
    return int(hashlib.sha1(event.encode()).hexdigest(), 16) % 2 == 0


def score(pred: dict, gold: dict, ids: list[str]) -> dict:
    b = bcubed(pred, gold, ids)
    p = pairwise(pred, gold, ids)
    n_pred = len({pred[i] for i in ids})
    n_gold = len({gold[i] for i in ids})
    return {"P": b.precision, "R": b.recall, "F1": b.f1, "pairF1": p.f1,
            "stories": n_pred, "gold": n_gold}


def joined_events(pred: dict, rows: list[dict]) -> Counter:
    """Predicted stories holding more than one gold event, counted by the days between
    the earliest and the latest of those events' first articles (the precision errors)."""
    return Counter(gap for gap, _ in _joined(pred, rows).values())


def _joined(pred: dict, rows: list[dict]) -> dict[str, tuple[int, bool]]:
    """Story -> (days between its gold events' first articles, whether it joins an event of
    the dev half with one of the test half), for the stories that join gold events."""
    firsts: dict[str, dict[str, int]] = {}
    for r in rows:
        day = parse_day(r.get("date"))
        if day is not None:
            seen = firsts.setdefault(pred[r["id"]], {})
            seen[r["event"]] = min(day, seen.get(r["event"], day))
    return {sid: (max(ev.values()) - min(ev.values()), len({is_dev(e) for e in ev}) > 1)
            for sid, ev in firsts.items() if len(ev) > 1}


def show_joined(pred: dict, rows: list[dict]) -> None:
    """Print each story that joins gold events: its articles by day, with their half, whether
    they look ahead (`preview.looks_ahead`) and their headline."""
    from manysides.stories.preview import looks_ahead

    joined = _joined(pred, rows)
    for n, sid in enumerate(sorted(joined, key=lambda s: joined[s]), 1):
        gap, cross = joined[sid]
        print(f"        -- joined story {n}: {gap} day(s) between its events"
              f"{', a dev and a test event' if cross else ''}")
        members = sorted((r for r in rows if pred[r["id"]] == sid), key=lambda r: (r.get("date") or "", r["event"]))
        labels = {e: chr(ord("A") + k) for k, e in enumerate(dict.fromkeys(r["event"] for r in members))}
        for r in members:
            ahead = "ahead" if looks_ahead(r.get("title"), r.get("text")) else "     "
            print(f"           {(r.get('date') or '')[:10]} event {labels[r['event']]} "
                  f"{'dev ' if is_dev(r['event']) else 'test'} {ahead} {(r.get('title') or '')[:80]}")


def fmt(s: dict) -> str:
    return (f"B3 P={s['P']:.3f} R={s['R']:.3f} F1={s['F1']:.3f}  pairF1={s['pairF1']:.3f}  "
            f"stories={s['stories']} (gold {s['gold']})")


def halves(rows: list[dict]) -> dict[str, list[dict]]:
    dev = [r for r in rows if is_dev(r["event"])]
    test = [r for r in rows if not is_dev(r["event"])]
    return {"dev": dev, "test": test, "full": rows}


# -- baseline ---------------------------------------------------------------------------


def baseline(rows: list[dict], dated: bool, threshold: float, window: int = 3) -> dict:
    """TF-IDF cosine, pairs more than `window` days apart forbidden, average linkage."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{r.get('title') or ''} {r.get('text') or ''}" for r in rows]
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    dist = 1.0 - (x @ x.T).toarray()
    if dated:
        d = np.array([parse_day(r.get("date")) or 0 for r in rows])
        dist[np.abs(d[:, None] - d[None, :]) > window] = 2.0
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(dist)
    return {r["id"]: f"b{lab}" for r, lab in zip(rows, labels)}


# -- runs -------------------------------------------------------------------------------


def run_group(rows, vecs_of, dated, cfg: GroupConfig) -> tuple[dict, float]:
    items = items_for(rows, np.array([vecs_of[r["id"]] for r in rows]), dated)
    t0 = time.perf_counter()
    pred = group(items, **cfg.__dict__)
    return pred, time.perf_counter() - t0


def tune(rows, vecs_of, gold, dated: bool, base: GroupConfig) -> GroupConfig:
    """Best B-cubed F1 on the dev half over a small grid."""
    weights = [0.4, 0.5, 0.6, 1.0]
    thresholds = [round(float(t), 3) for t in np.arange(0.20, 0.66, 0.02)]
    penalties = [0.0, 0.05, 0.1] if dated else [base.day_penalty]
    best, best_f1 = base, -1.0
    for w, t, pen in itertools.product(weights, thresholds, penalties):
        if dated:
            cfg = replace(base, dense_weight=w, threshold=t, day_penalty=pen,
                          undated_threshold=max(t, base.undated_threshold))
        else:
            cfg = replace(base, dense_weight=w, undated_threshold=t, threshold=min(t, base.threshold))
        pred, _ = run_group(rows, vecs_of, dated, cfg)
        f1 = bcubed(pred, gold, [r["id"] for r in rows]).f1
        if f1 > best_f1:
            best, best_f1 = cfg, f1
    if dated:
        # then the preview penalty, the others fixed; of equal scores the middle one (a plateau's
        # edge is where it starts to fall)
        scores = []
        for pen in [round(0.025 * k, 3) for k in range(13)]:
            pred, _ = run_group(rows, vecs_of, dated, replace(best, preview_penalty=pen))
            scores.append((round(bcubed(pred, gold, [r["id"] for r in rows]).f1, 9), pen))
        top = max(f for f, _ in scores)
        plateau = [pen for f, pen in scores if f == top]
        best, best_f1 = replace(best, preview_penalty=plateau[len(plateau) // 2]), top
        print(f"  preview_penalty on dev: {' '.join(f'{pen:g}:{f:.4f}' for f, pen in scores)}")
    print(f"  tuned ({'dated' if dated else 'undated'}) on dev: dense_weight={best.dense_weight} "
          f"threshold={best.threshold} undated_threshold={best.undated_threshold} "
          f"day_penalty={best.day_penalty} preview_penalty={best.preview_penalty} dev F1={best_f1:.3f}")
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tune", action="store_true", help="pick settings on the dev half")
    ap.add_argument("--distractors", type=int, default=1000,
                    help="unrelated allsides articles mixed in for the precision check (0: skip)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--show-joined", action="store_true",
                    help="print the full set's stories that join gold events (with dates), article by article")
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found (the shared data folder is needed)")
        return 0
    rows = load_same_event()
    gold = {r["id"]: r["event"] for r in rows}
    vecs, spent = vectors_for(rows)
    vecs_of = {r["id"]: v for r, v in zip(rows, vecs)}
    if spent:
        print(f"embedding: {len(rows)} articles in {spent:.1f}s ({len(rows) / spent:.0f} articles/s)")
    parts = halves(rows)
    print(f"same_event: {len(rows)} articles, {len(set(gold.values()))} events; "
          f"dev {len(parts['dev'])} / test {len(parts['test'])} articles")

    chosen: dict[bool, GroupConfig] = {}
    for dated in (True, False):
        cfg = GroupConfig()
        if args.tune:
            cfg = tune(parts["dev"], vecs_of, gold, dated, cfg)
        chosen[dated] = cfg
        label = "WITH dates" if dated else "WITHOUT dates"
        print(f"\n== manysides group(), {label}: {cfg}")
        for name, part in parts.items():
            pred, secs = run_group(part, vecs_of, dated, cfg)
            print(f"  {name:5s} {fmt(score(pred, gold, [r['id'] for r in part]))}  "
                  f"{len(part) / secs:.0f} articles/s")
            if dated and name == "full":
                gaps = joined_events(pred, part)
                cross = sum(c for _, c in _joined(pred, part).values())
                print(f"        stories joining gold events: {sum(gaps.values())}; by days between "
                      f"the events' first articles: {dict(sorted(gaps.items()))}; {cross} join an event "
                      "of the dev half with one of the test half (neither half alone has them)")
                if args.show_joined:
                    show_joined(pred, part)
        if not args.no_baseline:
            best_t, best_f1 = 0.0, -1.0
            for t in np.arange(0.05, 0.6, 0.025):
                pred = baseline(parts["dev"], dated, float(t))
                f1 = bcubed(pred, gold, [r["id"] for r in parts["dev"]]).f1
                if f1 > best_f1:
                    best_t, best_f1 = float(t), f1
            print(f"  -- baseline TF-IDF + 3-day window + average linkage (threshold {best_t:.3f} from dev)")
            for name, part in parts.items():
                pred = baseline(part, dated, best_t)
                print(f"  {name:5s} {fmt(score(pred, gold, [r['id'] for r in part]))}")

    if args.distractors and ALLSIDES.exists():
        extra = load_distractors(args.distractors)
        evecs, _ = vectors_for(extra)
        mixed = rows + extra
        mgold = {**gold, **{r["id"]: r["event"] for r in extra}}
        mvecs = {**vecs_of, **{r["id"]: v for r, v in zip(extra, evecs)}}
        print(f"\n== mixed with {len(extra)} unrelated allsides articles (each its own gold story)")
        for dated in (True, False):
            pred, secs = run_group(mixed, mvecs, dated, chosen[dated])
            size = Counter(pred.values())
            with_extra = {pred[r["id"]] for r in extra}
            joined = sum(1 for r in rows if pred[r["id"]] in with_extra)
            pulled = sum(1 for r in extra if size[pred[r["id"]]] > 1)
            print(f"  {'dated  ' if dated else 'undated'} {fmt(score(pred, mgold, list(mgold)))}  "
                  f"{len(mixed) / secs:.0f} articles/s")
            print(f"          same_event articles in a story with a distractor: {joined}/{len(rows)}; "
                  f"distractors not alone: {pulled}/{len(extra)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
