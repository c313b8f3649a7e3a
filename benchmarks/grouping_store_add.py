"""What adding one article to a SQLite store costs as the store grows.

    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py                     # both cases
    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py --case steady --sizes 10000 100000
    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py --case dense --bucket-days 7
    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py --case steady --keep /tmp/stores
    nice -n 10 .venv/bin/python benchmarks/grouping_store_add.py --case undated --sizes 100000 --keep /tmp/stores --profile

The issue's promise: adding an article costs about the same whether the store holds a
thousand articles or a million. Two cases:

* steady: articles arrive at a fixed rate (`--per-day`, default 500, a busy national news
  feed) and the store grows by holding more days: what a store of years of news looks
  like. The cost of one more article should stay flat.
* dense: all stored articles fall in the last 30 days, so the store grows by getting
  denser (at 50k, 1,700 a day): the window the new article meets grows with it.
* undated (`--case undated`, not in "both"): the steady stream with three articles in ten
  undated, as feeds without dates give; each undated article is filed by the stream's
  present when it arrives, and a new article meets the undated ones of the months around it.

For each store size it prints the median of 5 one-article runs (`--runs`) of the two
steps that touch the store, and the slowest grouping run (annotation, the models' work,
costs the same for every article and is left out):
  ingest: `pipeline._ingest` of one JSON file (cleaning, the near-duplicate lookup in
          the store's band keys, storing);
  group:  `group_store` (index search in the window, the neighbours' stories, storylines,
          saving), with the index bytes it rewrote (right after the store was filled in
          batches the segment of recent additions is nearly empty; it grows to at most
          max(1,000, a tenth of the bucket) vectors, whose size the last line gives);
and, for reference, what every run paid before the store kept band keys: rebuilding the
near-duplicate index from every stored signature.

`--keep DIR` saves each filled store in DIR and, on later runs, starts from a copy of it
(setup then shows the copy's time): filling 200k articles takes about 25 minutes. A kept
store made by an older version is brought up to date when it is opened, as a user's
would be, and one untimed run goes first so that the timed runs do not include that.

Articles are those of grouping_scale.py (allsides titles and texts, 31.5k, with LSA
vectors cached under /tmp), re-dated. Past 31.5k the corpus repeats with every word of
repetition k suffixed by k, so no article is a wire copy of another and each repetition
keeps its own vocabulary; a repeated row reuses its vector. Annotations are empty.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_scale  # noqa: E402

START = date(2024, 1, 1)


def text_of(rows, i: int) -> tuple[str, str]:
    r = rows[i % len(rows)]
    k = i // len(rows)
    if not k:
        return r["title"], r["text"]
    return (" ".join(f"{w}{k}" for w in r["title"].split()), " ".join(f"{w}{k}" for w in r["text"].split()))


def day_of(i: int, case: str, per_day: int) -> date | None:
    if case == "undated" and i % 10 < 3:
        return None  # three articles in ten come without a date (feed items)
    return START + timedelta(days=(i % 30) if case == "dense" else i // per_day)


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def fill(store, dedupe, rows, vecs, lo: int, hi: int, case: str, per_day: int) -> None:
    """Store articles lo..hi-1 as the pipeline would (signature and band keys included)."""
    from manysides.records import Annotation, Article

    empty = np.zeros((0, vecs.shape[1]), np.float32)
    for i in range(lo, hi):
        title, text = text_of(rows, i)
        aid = f"a{i}"
        sig = dedupe.signature(text)
        store.add_article(Article(id=aid, source=f"{aid}.txt", outlet=f"O{i % 40}", url=None, title=title,
                                  byline=None, published=iso(day_of(i, case, per_day)), language="en",
                                  text=text), sig, None, bands=dedupe.band_keys(sig))
        store.put_annotation(Annotation(aid, (), (), (), ()), vecs[i % len(vecs)], empty)


def bucket_sizes(store) -> dict[tuple, int]:
    """Bytes of each saved index segment (main and recent additions) by bucket."""
    return {(t, b, d): int(n) for t in ("story_ann", "story_ann_recent")
            for b, d, n in store._db.execute(f"SELECT bucket, days, LENGTH(data) FROM {t}")}


def one_article(store, inc, rows, vecs, i: int, case: str, per_day: int, tmp: Path) -> tuple[float, float, int]:
    """(ingest s, group s, index bytes rewritten) for article i, through the pipeline's code."""
    from manysides.analysis import Analysis
    from manysides.pipeline import _ingest, _Silent
    from manysides.records import Annotation
    from manysides.stories import group_store

    title, text = text_of(rows, i)
    path = tmp / f"new{i}.json"
    doc = {"title": title, "text": text, "outlet": f"O{i % 40}"}
    if day_of(i, case, per_day):
        doc["date"] = iso(day_of(i, case, per_day))
    path.write_text(json.dumps(doc), encoding="utf-8")
    t0 = time.perf_counter()
    ids = _ingest(store, [path], None, Analysis(), _Silent())
    ingest = time.perf_counter() - t0
    store.put_annotation(Annotation(ids[0], (), (), (), ()), vecs[i % len(vecs)], np.zeros((0, vecs.shape[1]), np.float32))
    before = bucket_sizes(store)
    t1 = time.perf_counter()
    group_store(store, inc)
    group = time.perf_counter() - t1
    after = bucket_sizes(store)
    return ingest, group, sum(n for key, n in after.items() if before.get(key) != n)


def rebuild_seconds(store) -> float:
    from manysides.ingest.dedupe import DuplicateIndex

    t0 = time.perf_counter()
    index = DuplicateIndex()
    for aid, sig in store.signatures():
        index.add_signature(aid, sig)
    return time.perf_counter() - t0


# where a grouping run's time goes (cumulative seconds of these functions, `--profile`)
STEPS = (("incremental.py", "update", "grouping with the neighbours' stories"),
         ("sqlite.py", "index_buckets", "  of which loading index buckets"),
         ("stored.py", "_relink", "storylines relinked"),
         ("stored.py", "_storyline_scope", "  of which finding their scope"),
         ("sqlite.py", "save_story_update", "saving"))


def print_profile(got, profiles, links=None) -> None:
    """Each run's grouping time in order, and where the slowest one's time went (with
    `links`, each run's storyline relinks as (stories linked, storylines made))."""
    import pstats

    print("    group ms of each run: " + ", ".join(f"{1000 * g[1]:.0f}" for g in got))
    worst = max(range(len(got)), key=lambda k: got[k][1])
    stats = pstats.Stats(profiles[worst]).stats  # type: ignore[attr-defined]
    for file, name, label in STEPS:
        secs = sum(v[3] for (f, _, fn), v in stats.items() if fn == name and f.endswith(file))
        print(f"    slowest run, {label}: {1000 * secs:.0f} ms")
    if links is not None:
        print("    slowest run, stories linked / storylines made: "
              + (", ".join(f"{a} / {b}" for a, b in links[worst]) or "none"))


def recording_links():
    """Record each storyline relink's size: (list per run, a function to start a run)."""
    from manysides.stories import stored

    runs: list[list[tuple[int, int]]] = []
    real = stored.link_storylines

    def link(stories, vectors, **kw):
        out = real(stories, vectors, **kw)
        runs[-1].append((len(stories), len(out)))
        return out

    stored.link_storylines = link
    return runs, lambda: runs.append([])


def run_case(case: str, sizes: list[int], per_day: int, inc, runs: int, rows, vecs,
             keep: Path | None = None, profile: bool = False) -> None:
    from manysides.ingest.dedupe import DuplicateIndex
    from manysides.store import Store
    from manysides.stories import group_store
    from manysides.stories.incremental import DEFAULT_BUCKET_DAYS

    what = {"steady": f"steady: {per_day} articles a day, the store grows by days",
            "undated": f"undated: the steady stream with 3 articles in 10 undated ({per_day} a day)",
            "dense": "dense: every stored article in the last 30 days"}[case]
    bucket = inc.bucket_days or DEFAULT_BUCKET_DAYS
    print(f"\n== {what}; index buckets of {bucket} days; median of {runs} one-article runs")
    print(f"{'stored':>8s} {'days':>5s} {'setup s':>8s} {'ingest ms':>10s} {'group ms':>9s} "
          f"{'slowest ms':>11s} {'index MB written':>17s} {'rebuild before s':>17s}")
    dedupe = DuplicateIndex()
    per_vec: list[float] = []
    for n in sizes:
        kept = keep / f"{case}-{n}-{per_day}-{bucket}.db" if keep else None
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            if kept and kept.exists():
                shutil.copyfile(kept, Path(tmp) / "s.db")
            with Store(Path(tmp) / "s.db") as store:
                first = n
                if kept and kept.exists():
                    one_article(store, inc, rows, vecs, first, case, per_day, Path(tmp))  # untimed
                    first += 1
                else:
                    store.rebuild_bands(dedupe.band_config(), [])
                    for lo in range(0, n, 2000):
                        fill(store, dedupe, rows, vecs, lo, min(n, lo + 2000), case, per_day)
                        group_store(store, inc)
                setup = time.perf_counter() - t0
                if kept and not kept.exists():
                    kept.parent.mkdir(parents=True, exist_ok=True)
                    store._db.commit()
                    store._db.execute("VACUUM INTO ?", (str(kept),))
                got, profiles = [], []
                links, start_run = recording_links() if profile else (None, lambda: None)
                for k in range(runs):
                    prof = cProfile.Profile() if profile else None
                    start_run()
                    if prof:
                        prof.enable()
                    got.append(one_article(store, inc, rows, vecs, first + k, case, per_day, Path(tmp)))
                    if prof:
                        prof.disable()
                        profiles.append(prof)
                rebuild = rebuild_seconds(store)
                per_vec.append(store._db.execute(
                    "SELECT SUM(LENGTH(data)) * 1.0 / SUM(count) FROM story_ann").fetchone()[0] or 0.0)
            days = 30 if case == "dense" else -(-n // per_day)
            print(f"{n:8d} {days:5d} {setup:8.0f} {1000 * statistics.median(g[0] for g in got):10.1f} "
                  f"{1000 * statistics.median(g[1] for g in got):9.0f} {1000 * max(g[1] for g in got):11.0f} "
                  f"{statistics.median(g[2] for g in got) / 1e6:17.2f} {rebuild:17.1f}", flush=True)
            if profiles:
                print_profile(got, profiles, links)
    # The recent segment a run rewrites holds up to max(fold_min, fold_share x main) vectors
    # before it folds; the main one is rewritten once per that many additions.
    print(f"index bytes per stored vector: {statistics.mean(per_vec):.0f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", choices=["steady", "undated", "dense", "both"], default="both",
                    help="both = steady and dense")
    ap.add_argument("--sizes", type=int, nargs="*", help="store sizes (default: steady 10k 100k 200k; "
                    "dense 1k 10k 50k)")
    ap.add_argument("--per-day", type=int, default=500, help="arrival rate of the steady case")
    ap.add_argument("--bucket-days", type=int, default=None, help="index bucket span (default: the library's)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep filled stores here and start from them next time")
    ap.add_argument("--profile", action="store_true",
                    help="print each run's time and where the slowest run's time went (cProfile)")
    args = ap.parse_args()
    if not grouping_scale.ALLSIDES.exists():
        print(f"skipped: {grouping_scale.ALLSIDES} not found")
        return 0
    from manysides.stories import IncrementalConfig

    inc = IncrementalConfig(bucket_days=args.bucket_days) if args.bucket_days else IncrementalConfig()
    rows, vecs = grouping_scale.corpus()
    for case in (["steady", "dense"] if args.case == "both" else [args.case]):
        sizes = args.sizes or ([1000, 10_000, 50_000] if case == "dense" else [10_000, 100_000, 200_000])
        run_case(case, sizes, args.per_day, inc, args.runs, rows, vecs, args.keep, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
