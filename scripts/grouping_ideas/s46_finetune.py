"""Session 46: the contrastive fine-tune of all-MiniLM-L6-v2 (s45_finetune) with batches of whole events, hard
negatives, and seeds and epochs chosen by 2-fold CV inside the dev half; measured only (nothing shipped).

    cd scripts/grouping_ideas && PYTHONPATH=../../src OMP_NUM_THREADS=1 nice -n 10 /path/to/python s46_finetune.py \
        [--cv | --final] [--batching random|hard] [--events 10] [--epochs 3] [--seeds 0,1] [--with-a] [--weak N]
        [--time-only] [--gn]

A batch holds every article of --events events (about three each), and the loss is a supervised InfoNCE over the
batch (each article's event-mates against every other article of the batch, scale 20 = temperature 0.05), so each
article is read once an epoch (s45_finetune read every ordered pair of an event: four times). --batching:
  random  events shuffled into batches;
  hard    events of one subject in one batch: a random event, then the events nearest it by the shipped similarity
          (average link over their cross pairs, the undated `grouping` score of `s44_fast.Part`), greedily, so the
          in-batch negatives are the same-subject events the shipped similarity confuses.
--with-a   the unrelated articles of distractor half A (of the benchmark's 1,000) ride along as lone negatives, each
           in the batch of the event it is nearest to (half A alone: half B is reported only).
--weak N   N strict weak events of the allsides corpus (s46_weak.py) added to the training events (none of the
           evaluation articles; the dev half still picks every setting).
--cv       train on one fold of the dev half's events (s45_common.fold_of), after each epoch re-embed the other fold
           and pick its undated bar (s45_adapter.best_bar); the mean held-out F1 per epoch and seed picks the epochs.
--final    train on the whole dev half for --epochs, re-embed the 1,994 articles (and GoogleNews-TS with --gn) and
           report as s45_finetune does (s45_finetune.report), the CV bar (--bar) beside the dev pick.
Vectors of --final are cached under /tmp/manysides-bench-cache/s46-ft-*.npy by a key of the settings.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import defaultdict

import numpy as np

from s44_common import bench, load
from s44_fast import Part, half_a
from s45_adapter import best_bar
from s45_common import fold_of
from s45_finetune import embed, gn_report, model_path, report, text_of


def event_links(rows: list[dict], vecs_of: dict, gold: dict) -> tuple[list[str], np.ndarray]:
    """The events of `rows` and their average link (mean shipped undated similarity over cross pairs)."""
    P = Part(rows, vecs_of, gold)
    evs = sorted({r["event"] for r in rows})
    idx = {e: k for k, e in enumerate(evs)}
    M = np.zeros((len(rows), len(evs)))
    M[np.arange(len(rows)), [idx[r["event"]] for r in rows]] = 1
    n = M.sum(axis=0)
    L = (M.T @ P.S @ M) / np.outer(n, n)
    np.fill_diagonal(L, -np.inf)
    return evs, L


def batches(rows, vecs_of, gold, k_events, mode, seed, lone=()):
    """Lists of articles, each holding the whole of `k_events` events; `lone` articles (negatives only) join the
    batch of the event nearest them."""
    by_ev = defaultdict(list)
    for r in rows:
        by_ev[r["event"]].append(r)
    rnd = random.Random(seed)
    evs = sorted(by_ev)
    rnd.shuffle(evs)
    groups = []
    if mode == "random":
        groups = [evs[i:i + k_events] for i in range(0, len(evs), k_events)]
    else:
        names, L = event_links(rows, vecs_of, gold)
        pos = {e: k for k, e in enumerate(names)}
        left = set(evs)
        for e in evs:
            if e not in left:
                continue
            left.discard(e)
            cand = sorted(left, key=lambda x: -L[pos[e], pos[x]])[:k_events - 1]
            left.difference_update(cand)
            groups.append([e] + cand)
    out = [[r for e in g for r in by_ev[e]] for g in groups]
    if lone:
        X = np.array([vecs_of[r["id"]] for r in rows])
        where = {r["id"]: b for b, g in enumerate(out) for r in g}
        for d in lone:
            near = rows[int(np.argmax(X @ vecs_of[d["id"]]))]
            out[where[near["id"]]].append(d)
    rnd.shuffle(out)
    return out


def supcon(emb, labels, scale=20.0):
    """Mean over articles with an event-mate of logsumexp(all others) - logsumexp(event-mates); a lone label is a
    negative only."""
    import torch
    n = emb.shape[0]
    lab = np.asarray(labels)
    same = torch.tensor(lab[:, None] == lab[None, :])
    eye = torch.eye(n, dtype=torch.bool)
    pos = same & ~eye
    has = pos.any(dim=1)
    logits = (scale * emb @ emb.T).masked_fill(eye, float("-inf"))
    lse_all = torch.logsumexp(logits, dim=1)
    lse_pos = torch.logsumexp(logits.masked_fill(~pos, float("-inf")), dim=1)
    return (lse_all - lse_pos)[has].mean()


def train(rows, vecs_of, gold, a, seed, lone=(), after_epoch=None, time_only=False):
    """The fine-tuned model after a.epochs over `rows`' events; `after_epoch(model, epoch)` is called after each."""
    import torch
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(seed)
    model = SentenceTransformer(model_path(), device="cpu")
    model.max_seq_length = a.train_len
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr)
    t0 = time.time()
    for ep in range(a.epochs):
        model.train()
        model.max_seq_length = a.train_len
        bs = batches(rows, vecs_of, gold, a.events, a.batching, seed * 1000 + ep, lone)
        losses = []
        for k, b in enumerate(bs):
            feats = model.tokenize([text_of(r) for r in b])
            emb = torch.nn.functional.normalize(model(feats)["sentence_embedding"], dim=1)
            loss = supcon(emb, [r["event"] for r in b])
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
            if time_only and k == 2:
                print(f"3 steps of ~{len(b)} articles: {time.time() - t0:.1f}s; {len(bs)} steps an epoch", flush=True)
                return None
        print(f"seed {seed} epoch {ep + 1}: {len(bs)} steps, loss first/last 5 {np.mean(losses[:5]):.3f}/"
              f"{np.mean(losses[-5:]):.3f}, {time.time() - t0:.0f}s", flush=True)
        if after_epoch is not None:
            model.eval()
            model.max_seq_length = 256
            after_epoch(model, ep + 1)
    model.eval()
    model.max_seq_length = 256
    return model


def training_set(rows, extra, a, fold=None):
    """(events' rows, lone negatives) of the dev half (or one fold of it), with half A and weak events if asked."""
    dev = bench.halves(rows)["dev"]
    ev_rows = [r for r in dev if fold is None or fold_of(r["event"]) == fold]
    lone = [r for r in extra if half_a(r["id"]) and (fold is None or fold_of(r["id"]) == fold)] if a.with_a else []
    if a.weak:
        from s46_weak import strict_weak
        ev_rows = ev_rows + strict_weak(rows, extra, a.weak)
    return ev_rows, lone


def with_weak_vectors(vecs_of, ev_rows):
    """vecs_of with the shipped vectors of weak-event articles added (they are not in the benchmark's cache)."""
    weak = [r for r in ev_rows if r["id"] not in vecs_of]
    if not weak:
        return vecs_of
    wv, _ = bench.vectors_for(weak)
    return {**vecs_of, **{r["id"]: v for r, v in zip(weak, wv)}}


def run_cv(rows, extra, vecs_of, gold, a, seeds):
    dev = bench.halves(rows)["dev"]
    held = {k: [r for r in dev if fold_of(r["event"]) != k] for k in (0, 1)}
    base = [best_bar(Part(held[k], vecs_of, gold)) for k in (0, 1)]
    print(f"shipped vectors: held-out fold F1 {base[0][0]:.4f} (bar {base[0][1]}) / {base[1][0]:.4f} "
          f"(bar {base[1][1]}) mean {np.mean([b[0] for b in base]):.4f}", flush=True)
    res = defaultdict(dict)  # (seed, epoch) -> fold -> (f1, bar)
    for seed in seeds:
        for k in (0, 1):
            ev_rows, lone = training_set(rows, extra, a, fold=k)
            vo = with_weak_vectors(vecs_of, ev_rows)

            def after(model, ep, k=k, seed=seed):
                v = embed(model, held[k], 32, f" held-out fold {1 - k}")
                f, b = best_bar(Part(held[k], {r["id"]: x for r, x in zip(held[k], v)}, gold))
                res[(seed, ep)][k] = (f, b)
                print(f"   seed {seed} train fold {k} epoch {ep}: held-out {f:.4f} (bar {b})", flush=True)

            train(ev_rows, vo, gold, a, seed, lone, after)
    print(f"CV summary ({a.batching}, {a.events} events a batch, with A {a.with_a}, weak {a.weak}, lr {a.lr}):")
    for ep in range(1, a.epochs + 1):
        per = [np.mean([res[(s, ep)][k][0] for k in (0, 1)]) for s in seeds]
        bars = [res[(s, ep)][k][1] for s in seeds for k in (0, 1)]
        print(f"   epoch {ep}: mean held-out {np.mean(per):.4f} (seeds {' '.join(f'{p:.4f}' for p in per)}); "
              f"bars {bars} mean {np.mean(bars):.3f}", flush=True)


def run_final(rows, extra, vecs_of, gold, a, seed):
    key = hashlib.sha1(f"{a.batching}-{a.events}-{a.epochs}-{a.train_len}-{a.lr}-{seed}-{a.with_a}-{a.weak}"
                       .encode()).hexdigest()[:12]
    cache, gcache = bench.CACHE / f"s46-ft-{key}.npy", bench.CACHE / f"s46-ft-{key}-gn.npy"
    allr = rows + extra
    import grouping_compare as gc
    grows = gc.load_googlenews() if a.gn else []
    if cache.exists() and (not a.gn or gcache.exists()):
        ft = np.load(cache)
    else:
        ev_rows, lone = training_set(rows, extra, a)
        model = train(ev_rows, with_weak_vectors(vecs_of, ev_rows), gold, a, seed, lone)
        ft = embed(model, allr, 32, "", cache)
        if a.gn:
            embed(model, grows, 64, " GoogleNews items", gcache)
    print(f"final: {a.batching}, {a.events} events a batch, {a.epochs} epochs, seed {seed}, with A {a.with_a}, "
          f"weak {a.weak} (vectors {cache.name})", flush=True)
    if a.gn:
        gn_report(grows, np.load(gcache), sorted({0.40, a.bar or 0.40}))
    report({r["id"]: v for r, v in zip(allr, ft)}, rows, extra, vecs_of, gold, bar=a.bar)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--batching", choices=("random", "hard"), default="hard")
    ap.add_argument("--events", type=int, default=10)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--train-len", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--with-a", action="store_true")
    ap.add_argument("--weak", type=int, default=0)
    ap.add_argument("--bar", type=float, default=None, help="--final: the undated bar picked by CV")
    ap.add_argument("--gn", action="store_true")
    ap.add_argument("--time-only", action="store_true", help="time 3 steps and stop")
    a = ap.parse_args()
    import torch
    torch.set_num_threads(1)
    rows, extra, vecs_of, gold = load(1000)
    seeds = [int(s) for s in a.seeds.split(",")]
    if a.time_only:
        ev_rows, lone = training_set(rows, extra, a)
        train(ev_rows, with_weak_vectors(vecs_of, ev_rows), gold, a, seeds[0], lone, time_only=True)
        return 0
    if a.cv:
        run_cv(rows, extra, vecs_of, gold, a, seeds)
    if a.final:
        run_final(rows, extra, vecs_of, gold, a, seeds[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
