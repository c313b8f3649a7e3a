"""Slant labels of short texts (leads, feed summaries): with and without the short-text
class-bias offsets (length_bias.json, fitted by scripts/train_slant.py --length-bias).

    .venv/bin/python benchmarks/slant_short.py       # ~3 min on 2 cores

1. Held-out outlet families of the fixed split (never seen in training, nor by the offsets'
   fit), each article cut to its first 50 / 100 / 200 / 400 words and whole: macro-F1 and
   how many are labelled left / center / right, against the gold counts.
   Then the held-out articles that are under 400 words as written (not cut).
2. The AllSides-roundup leads of same_event (short texts by outlets of known leaning; the
   outlets were in training, the leads were not): labels by the outlet's leaning, and
   macro-F1 over left / center / right outlets.

The "without" figures are the same model with the offsets set to zero.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import _WORD_RE  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def labels(model: SlantModel, texts: list[str], titles: list[str | None], offsets: bool) -> np.ndarray:
    saved = model._lb_offsets
    if not offsets:
        model._lb_offsets = np.zeros_like(saved)
    try:
        return np.array([T.CLASSES.index(model._score(t, h, max_sentences=0, loaded=False)[0].label)
                         for t, h in zip(texts, titles)])
    finally:
        model._lb_offsets = saved


def line(name: str, y: np.ndarray, pred: np.ndarray) -> str:
    c = Counter(pred.tolist())
    dist = " / ".join(f"{c[k]:>4}" for k in range(3))
    return f"{name:10s} macro-F1 {T.macro_f1(y, pred):.3f}  labelled L/C/R {dist}"


def main() -> int:
    model = SlantModel.load()
    if not len(model._lb_offsets):
        print("the packaged model has no length_bias.json: nothing to compare")
        return 1
    print(f"offsets (left, center, right) at {np.exp(model._lb_words).round().astype(int).tolist()} words, "
          f"0 from {np.exp(model._lb_zero):.0f}: {model._lb_offsets.round(2).tolist()}")
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    _, te = T.family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    held = [r for r, t in zip(rows, te) if t]
    y = np.array([T.CLASSES.index(r["leaning"]) for r in held])
    gold = Counter(y.tolist())
    print(f"\n== {len(held)} held-out articles of unseen families; gold L/C/R "
          + " / ".join(str(gold[k]) for k in range(3)))
    for n in (50, 100, 200, 400, None):
        texts = [T.first_words(r["text"], n) for r in held]
        titles = [r.get("title") for r in held]
        name = f"{n} words" if n else "whole"
        for on in (False, True):
            print(line(name, y, labels(model, texts, titles, on)) + ("  (with offsets)" if on else "  (without)"))
    # articles that are short as written, not cut: the offsets must not hurt them
    short = [k for k, r in enumerate(held)
             if len(_WORD_RE.findall(T.article_text(r.get("title"), r["text"]))) < 400]
    ys = y[short]
    print(f"-- {len(short)} held-out articles under 400 words as written; gold L/C/R "
          + " / ".join(str(int((ys == k).sum())) for k in range(3)))
    for on in (False, True):
        pred = labels(model, [held[k]["text"] for k in short], [held[k].get("title") for k in short], on)
        print(line("short", ys, pred) + ("  (with offsets)" if on else "  (without)"))
    arts = [a for a in T.load_jsonl(DATA / "same_event" / "articles.jsonl") if a["corpus"] == "allsides-roundup"]
    keep = [a for a in arts if a["leaning"] in T.CLASSES]
    y = np.array([T.CLASSES.index(a["leaning"]) for a in keep])
    words = [len(a["text"].split()) for a in keep]
    print(f"\n== {len(keep)} AllSides-roundup leads (median {int(np.median(words))} words); "
          "gold L/C/R " + " / ".join(str(Counter(y.tolist())[k]) for k in range(3)))
    for on in (False, True):
        pred = labels(model, [a["text"] for a in keep], [a.get("title") for a in keep], on)
        print(line("leads", y, pred) + ("  (with offsets)" if on else "  (without)"))
        for k, cls in enumerate(T.CLASSES):
            c = Counter(pred[y == k].tolist())
            print(f"   {cls:6s} outlets' leads labelled L/C/R " + " / ".join(f"{c[j]:>3}" for j in range(3)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
