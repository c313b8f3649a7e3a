"""Does the hyperpartisan probability track article length?

    .venv/bin/python benchmarks/hyperpartisan_length.py              # the shipped model
    .venv/bin/python benchmarks/hyperpartisan_length.py --model DIR  # a model folder

Scores with `SlantModel.score` (what users get), and prints, on

(a) the AllSides articles of the held-out outlet families of the fixed split
    (slant_train.family_split(seed=13); the shipped model never saw them): Spearman rho
    between the hyperpartisan probability and the word count, and the share scored > 0.5
    in each length bin; per leaning too, since a length effect could hide in the mix;
(b) the 645 hand-labelled SemEval hyperpartisan articles (the model's own training
    data, so its figures are in-sample): the same, and beside them rho(gold, words) and
    the gold hyperpartisan rate per bin, to see whether length goes with the label there.

Word count: words as the model counts them (letters with inner apostrophes/hyphens; title
included when the body does not repeat it). ~10 s for the ~3,900 articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import _WORD_RE  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
BINS = ((0, 400, "<400"), (400, 800, "400-800"), (800, 1500, "800-1500"),
        (1500, 3000, "1500-3000"), (3000, 10**9, ">3000"))


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    from scipy.stats import spearmanr

    return float(spearmanr(a, b).statistic)


def word_count(title: str | None, text: str) -> int:
    return len(_WORD_RE.findall(T.article_text(title, text)))


def bin_table(words: np.ndarray, cols: dict[str, np.ndarray]) -> None:
    """One row per length bin: n, then the mean of each column (a 0/1 or a probability)."""
    print("     words        n  " + "".join(f"{k:>14s}" for k in cols))
    for lo, hi, name in BINS:
        m = (words >= lo) & (words < hi)
        vals = "".join(f"{(c[m].mean() if m.any() else float('nan')):14.3f}" for c in cols.values())
        print(f"   {name:>10s} {int(m.sum()):6d}  {vals}")


def score(model: SlantModel, rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    t0 = time.time()
    res = model.score_many([r.get("text") or "" for r in rows], [r.get("title") for r in rows])
    dt = time.time() - t0
    p = np.array([h.probability for _, h in res])
    w = np.array([word_count(r.get("title"), r.get("text") or "") for r in rows])
    print(f"   (scored {len(rows)} articles in {dt:.1f} s)")
    return p, w


def allsides_heldout(model: SlantModel) -> None:
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = [r["outlet_family"] for r in rows]
    _, te = T.family_split(fam, [r["leaning"] for r in rows])
    rows = [r for r, k in zip(rows, te) if k]
    print(f"\n== (a) AllSides held-out families of the fixed split: {len(rows)} articles, "
          f"{len({r['outlet_family'] for r in rows})} families")
    p, w = score(model, rows)
    print(f"   Spearman rho(probability, words) = {spearman(p, w):+.3f}   "
          f"share > 0.5: {np.mean(p > 0.5):.3f}   median words {int(np.median(w))}")
    bin_table(w, {"P(hp) > 0.5": (p > 0.5).astype(float), "mean P(hp)": p})
    lean = np.array([r["leaning"] for r in rows])
    for c in T.CLASSES:
        m = lean == c
        print(f"   {c:6s} ({int(m.sum()):4d}): rho {spearman(p[m], w[m]):+.3f}, share > 0.5 {np.mean(p[m] > 0.5):.3f}, "
              "by bin " + " ".join(f"{name} {np.mean(p[m & (w >= lo) & (w < hi)] > 0.5):.2f}"
                                  if (m & (w >= lo) & (w < hi)).any() else f"{name} -" for lo, hi, name in BINS))


def hyper_gold(model: SlantModel) -> None:
    rows = T.load_jsonl(DATA / "hyperpartisan" / "train.jsonl")
    y = np.array([1 if r["hyperpartisan"] else 0 for r in rows], dtype=float)
    print(f"\n== (b) SemEval hyperpartisan articles ({len(rows)}, {int(y.sum())} hyperpartisan; "
          "the model's training data: in-sample)")
    p, w = score(model, rows)
    print(f"   Spearman rho(probability, words) = {spearman(p, w):+.3f}   "
          f"rho(gold, words) = {spearman(y, w):+.3f}   median words {int(np.median(w))}")
    bin_table(w, {"gold rate": y, "P(hp) > 0.5": (p > 0.5).astype(float), "mean P(hp)": p})
    for g in (0, 1):
        m = y == g
        print(f"   within gold={g}: rho(probability, words) {spearman(p[m], w[m]):+.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=None, help="model folder (model.json + weights.npz)")
    args = ap.parse_args()
    model = SlantModel.load(args.model)
    print(f"model: {args.model or 'shipped'} (digest {model.digest or '-'})")
    allsides_heldout(model)
    hyper_gold(model)


if __name__ == "__main__":
    main()
