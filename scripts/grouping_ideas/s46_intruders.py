"""Session 46 (helper G): unrelated articles of the same days pulled into a story (issue 3), measured.

Review 34 groups each of its six events into one story, but four take in an article of the same or the previous day
(another ruling of the Court, an asylum ruling beside Nielsen's resignation, the Hanoi summit's first day beside its
end, the Tillerson plan beside Flynn's plea). This script regroups the stored articles of reviews 12-34 in process
(their vectors, cleaned texts and settings from the review stores) and same_event (the benchmark's cached vectors)
under variants of the pair similarity, and counts what changes:

    PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s46_intruders.py reviews --stores DIR [VARIANT ...]
    PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s46_intruders.py same-event [--mixed|--batch K] [VARIANT ...]
    PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s46_intruders.py links --stores DIR [VARIANT ...]

DIR holds rN.db, the stores `benchmarks/reviewN_events.py --db` leaves. A VARIANT is a comma-separated list of
`bg=B` (the IDF's document frequencies take a prior of B documents of background news: df + B * df_bg / N_bg over n
+ B documents, the background being allsides without the reviews' articles and the 1,000 unrelated ones, built once
into /tmp/manysides-bench-cache), `weak=DELTA:PI` (a pair with words whose embedding cosine is under DELTA loses
PI), `head=P` (a pair with words whose headlines share no word loses P) and NAME=VALUE (a `GroupConfig` setting);
"shipped" is the library as it is. `reviews` prints, per variant, the events split (stories beyond one per event)
and the review's unrelated articles in an event's story ("intruders"), per review as splits/intruders; `same-event`
the B-cubed F1 of the dev / test / full halves with and without dates (with `--mixed`, also the 1,000 unrelated
articles not alone; with `--batch K`, each half grouped K events at a time, a small export each); `links` the mean
link of review 34's four intruders to their event.
Figures and conclusion: docs/grouping.md, "Unrelated articles of the same days".
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import lzma
import random
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from manysides.stories import grouping as G  # noqa: E402
from manysides.stories.grouping import GroupConfig, parse_day  # noqa: E402
from manysides.stories.metrics import bcubed  # noqa: E402

ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
DF_PATH = Path("/tmp/manysides-bench-cache/s46-background-df.tsv.gz")
_LEXICAL, _BLOCK = G._lexical_matrix, G._Similarity.block


def review_ids() -> set[str]:
    """Every article id the review scripts name (their events and unrelated articles)."""
    ids: set[str] = set()
    for path in sorted((ROOT / "benchmarks").glob("review*_events.py")):
        ids |= set(re.findall(r'"([A-Za-z0-9]{16})"', path.read_text(encoding="utf-8")))
    return ids


def background() -> tuple[int, dict[str, int]]:
    """(documents, term -> documents holding it) over allsides, the reviews' and the 1,000 unrelated articles left
    out; terms in 5 documents or more. Counted as grouping counts them (title and the first 400 words)."""
    if not DF_PATH.exists():
        rows = [json.loads(line) for line in lzma.open(ALLSIDES, "rt", encoding="utf-8") if line.strip()]
        rows = [r for r in rows if (r.get("text") or "").strip()]
        left_out = review_ids() | {r["id"] for r in random.Random(0).sample(rows, 1000)}  # = load_distractors
        analyzer, df, n = G._analyzer(), Counter(), 0
        for r in rows:
            if r["id"] not in left_out:
                df.update(set(analyzer(f"{r.get('title') or ''} {' '.join(r['text'].split()[:400])}")))
                n += 1
        DF_PATH.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(DF_PATH, "wt", encoding="utf-8") as f:
            f.write(f"#documents\t{n}\n")
            f.writelines(f"{t}\t{c}\n" for t, c in df.most_common() if c >= 5)
    with gzip.open(DF_PATH, "rt", encoding="utf-8") as f:
        n = int(f.readline().split("\t")[1])
        return n, {t: int(c) for t, c in (line.rstrip("\n").split("\t") for line in f)}


def background_lexical(prior: float):
    """`_lexical_matrix` with the document frequencies of `prior` documents of background news added."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    n_bg, df_bg = background()

    def lexical(docs, pseudo_docs):
        mat, term_ids = _LEXICAL(docs, pseudo_docs)
        if mat is None:
            return mat, term_ids
        share = np.array([df_bg.get(t, 0) / n_bg for t in G._TERM_COUNTS.vocabulary(term_ids)])
        counted = [G._TERM_COUNTS(d) for d in docs]
        cols = np.searchsorted(term_ids, np.concatenate([ids for ids, _ in counted]))
        indptr = np.concatenate([[0], np.cumsum([len(ids) for ids, _ in counted])])
        tf = csr_matrix((np.concatenate([c for _, c in counted]), cols, indptr), shape=(len(docs), len(term_ids)))
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        idf = np.log((len(docs) + prior + 1.0) / (df + prior * share + 1.0)) + 1.0
        tf.data = (1.0 + np.log(tf.data)) * idf[tf.indices]
        return normalize(tf, norm="l2", copy=False).astype(np.float32), term_ids
    return lexical


def _head_words(items) -> list[frozenset[str]]:
    def stem(t: str) -> str:
        t = t.replace("’", "'").removesuffix("'s")
        return next((t[:-len(s)] for s in ("ing", "ed", "es", "s") if t.endswith(s) and len(t) - len(s) >= 4), t)
    analyzer = G._analyzer()
    return [frozenset(stem(w) for w in analyzer(G.headline(it.title, it.outlet))) for it in items]


def apply(variant: str) -> dict:
    """Patch grouping for `variant` (see the module's doc); the `GroupConfig` settings it names."""
    G._lexical_matrix, G._Similarity.block = _LEXICAL, _BLOCK
    settings, weak, head = {}, None, None
    for part in filter(None, variant.split(",")):
        name, _, value = part.partition("=")
        if name == "bg":
            G._lexical_matrix = background_lexical(float(value))
        elif name == "weak":
            weak = tuple(map(float, value.split(":")))
        elif name == "head":
            head = float(value)
        elif name != "shipped":
            settings[name] = float(value) if "." in value else int(value)
    if weak or head:
        def block(self, rows, cols):
            s = _BLOCK(self, rows, cols)
            both = self.has_lex[rows][:, None] & self.has_lex[cols][None, :]
            if weak:
                s = s - weak[1] * (both & ((self.dense[rows] @ self.dense[cols].T) < weak[0]))
            if head:
                if not hasattr(self, "_heads"):
                    self._heads = _head_words(self._items)
                heads = self._heads
                apart = np.array([[bool(heads[i]) and bool(heads[j]) and not heads[i] & heads[j] for j in cols]
                                  for i in rows])
                s = s - head * (both & apart)
            return s
        G._Similarity.block = block
    return settings


def load_review(n: int, stores: Path):
    """(events: name -> external ids, unrelated ids, external -> store id, group items, the store's settings)."""
    from manysides.store import Store

    spec = importlib.util.spec_from_file_location(f"review{n}", ROOT / "benchmarks" / f"review{n}_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    store = Store(stores / f"r{n}.db")
    try:
        ids = {a.external_id: a.id for a in store.articles() if a.external_id}
        return mod.EVENTS, mod.OTHERS, ids, store.group_items(list(ids.values())), store.grouping_settings()
    finally:
        store.close()


def splits_and_intruders(events, ids, assign) -> tuple[int, int]:
    """Stories beyond one per event; unrelated articles in a story with an event's article."""
    event_of = {ids[a]: e for e, members in events.items() for a in members if a in ids}
    splits = sum(len({assign[ids[a]] for a in members if a in ids}) - 1 for members in events.values())
    with_event = {assign[a] for a in event_of}
    return splits, sum(1 for a, s in assign.items() if a not in event_of and s in with_event)


def run_reviews(stores: Path, variants: list[str]) -> None:
    data = {n: load_review(n, stores) for n in range(12, 35) if (stores / f"r{n}.db").exists()}
    for variant in variants:
        settings, total, per = apply(variant), [0, 0], []
        for n, (events, _, ids, items, cfg) in data.items():
            s, i = splits_and_intruders(events, ids, G.group(items, **{**cfg, **settings}))
            total[0] += s
            total[1] += i
            per.append(f"{n}:{s}/{i}")
        print(f"{variant:28s} splits {total[0]:3d} intruders {total[1]:3d}   {' '.join(per)}", flush=True)


def run_links(stores: Path, variants: list[str]) -> None:
    events, _, ids, items, cfg = load_review(34, stores)
    where = {it.id: k for k, it in enumerate(items)}
    intruders = {"Tillerson plan / Flynn": ("ngmmSPsbsmiH3O1u", "Michael Flynn"),
                 "pregnancy centres / ban": ("ljutm7gF2NKRP8Q2", "The Supreme Court"),
                 "asylum / Nielsen": ("iw2F0xlbAO531YJV", "Kirstjen Nielsen"),
                 "summit's first day / end": ("GuIkYt00b6tsKoZ1", "The Trump-Kim")}
    for variant in variants:
        settings = apply(variant)
        conf = GroupConfig.from_kwargs(**{**cfg, **settings})
        sim = G._Similarity(items, conf)
        out = []
        for name, (other, event) in intruders.items():
            members = [where[ids[a]] for e, m in events.items() if e.startswith(event) for a in m]
            day = parse_day(items[where[ids[other]]].published)
            links = []
            for k, s in zip(members, sim.block(np.array([where[ids[other]]]), np.array(members))[0]):
                d = parse_day(items[k].published)
                links.append(s - (conf.undated_threshold - conf.threshold if d is None or day is None
                                  else conf.day_penalty * abs(d - day)))
            out.append(f"{name} {np.mean(links):.3f}")
        print(f"{variant:28s} {' | '.join(out)}  (bar {conf.threshold})", flush=True)


def in_batches(gse, part: list[dict], vecs_of: dict, dated: bool, cfg: GroupConfig, k: int) -> dict:
    """`part` grouped `k` events at a time (events in order of their first date), each batch alone, as a small
    export is: its words weighed over its own few dozen articles."""
    events: dict[str, list[dict]] = {}
    for r in part:
        events.setdefault(r["event"], []).append(r)
    order = sorted(events, key=lambda e: min(r.get("date") or "9999" for r in events[e]))
    pred = {}
    for start in range(0, len(order), k):
        got, _ = gse.run_group([r for e in order[start:start + k] for r in events[e]], vecs_of, dated, cfg)
        pred.update({a: f"{start}-{s}" for a, s in got.items()})
    return pred


def run_same_event(variants: list[str], mixed: bool, batch: int = 0) -> None:
    import grouping_same_event as gse

    rows = gse.load_same_event()
    gold = {r["id"]: r["event"] for r in rows}
    vecs, _ = gse.vectors_for(rows)
    vecs_of = {r["id"]: v for r, v in zip(rows, vecs)}
    parts = gse.halves(rows)
    extra = gse.load_distractors(1000) if mixed else []
    if extra:
        vecs_of.update({r["id"]: v for r, v in zip(extra, gse.vectors_for(extra)[0])})
        gold.update({r["id"]: r["event"] for r in extra})
    for variant in variants:
        cfg = replace(GroupConfig(), **apply(variant))
        out = []
        for dated in (True, False):
            f1s = [bcubed(in_batches(gse, parts[p], vecs_of, dated, cfg, batch) if batch else
                          gse.run_group(parts[p], vecs_of, dated, cfg)[0], gold, [r["id"] for r in parts[p]]).f1
                   for p in ("dev", "test", "full")]
            out.append(f"{'dated' if dated else 'undated'} {' '.join(f'{f:.4f}' for f in f1s)}")
            if extra:
                pred, _ = gse.run_group(rows + extra, vecs_of, dated, cfg)
                size = Counter(pred.values())
                out.append(f"not alone {sum(1 for r in extra if size[pred[r['id']]] > 1)}")
        print(f"{variant:28s} {'   '.join(out)}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("reviews", "same-event", "links"))
    ap.add_argument("variants", nargs="*", default=["shipped"])
    ap.add_argument("--stores", type=Path, help="folder of the review stores rN.db")
    ap.add_argument("--mixed", action="store_true", help="same-event: also the 1,000 unrelated articles not alone")
    ap.add_argument("--batch", type=int, default=0, help="same-event: group K events at a time, each batch alone")
    args = ap.parse_intermixed_args()
    if args.mode == "same-event":
        run_same_event(args.variants, args.mixed, args.batch)
    elif args.stores is None:
        ap.error("--stores is needed")
    elif args.mode == "reviews":
        run_reviews(args.stores, args.variants)
    else:
        run_links(args.stores, args.variants)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
