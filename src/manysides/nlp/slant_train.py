"""Training the slant and hyperpartisan models (needs scikit-learn; scoring does not).

Used by scripts/train_slant.py (the shipped artifact) and benchmarks/slant_eval.py (the
outlet-disjoint evaluation), so both train exactly the same recipe:

1. strip outlet names and self-references from the training text (OutletStripper);
2. count word unigrams/bigrams; keep a feature only if it occurs in articles of at least
   `min_families` outlet families, and drop features concentrated in one family
   (near-perfect outlet identifiers: boilerplate, reporters' names, house style);
3. sublinear TF-IDF, L2-normalised rows;
4. multinomial logistic regression with sample weights so that every outlet family, and
   every class, carries equal total weight (big outlets would otherwise dominate and the
   model would learn them); class biases tuned for macro-F1 and a temperature fitted on
   out-of-fold predictions over *families*, never articles;
5. hyperpartisan: logistic regression over the same TF-IDF space plus register features
   and the slant model's extremity, Platt-calibrated on out-of-fold decision values. It
   reads only the first HYPER_MAX_WORDS words of title + text, and the article-length
   feature (log_words) is fitted but then zeroed (HYPER_NEUTRAL): in the 645 labelled
   articles the hyperpartisan ones are longer, and a model left to use that rated long-form
   reporting hyperpartisan (benchmarks/hyperpartisan_length.py).
"""

from __future__ import annotations

import hashlib
import json
import lzma
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from .slant_features import _WORD_RE, STYLE_NAMES, OutletStripper, feature_strings, style_features
from .slant_outlets import TRAINING_FILE as TRAINING_OUTLETS_FILE

CLASSES = ("left", "center", "right")
SEED = 13

# The hyperpartisan recipe (chosen by 10-fold CV on the 645 articles plus the within-label
# correlation of the out-of-fold probability with word count; docs/model-card-slant.md).
HYPER_C = 32.0
HYPER_MAX_WORDS = 800  # words of title + text the hyperpartisan model reads
HYPER_NEUTRAL = ("log_words",)  # style features fitted, then held at their mean (coef 0)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_allsides(path: Path) -> list[dict]:
    opener = lzma.open if str(path).endswith(".xz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def article_text(title: str | None, text: str) -> str:
    """Title + body as the model reads them (the title is skipped when the body repeats it)."""
    title = (title or "").strip()
    if title and not text.lstrip().startswith(title[:40]):
        return title + "\n\n" + text
    return text


def outlet_names(rows: Sequence[dict]) -> list[str]:
    names = set()
    for r in rows:
        for key in ("outlet", "outlet_family"):
            if r.get(key):
                names.add(str(r[key]))
    return sorted(names)


def byline_names(authors: str | None) -> list[str]:
    if not authors:
        return []
    return [a.strip() for a in str(authors).replace(" and ", ",").split(",") if a.strip()]


def stripped_texts(rows: Sequence[dict], stripper: OutletStripper | None) -> list[str]:
    out = []
    for r in rows:
        t = article_text(r.get("title"), r.get("text") or "")
        if stripper is not None:
            t = stripper.strip(t, extra=byline_names(r.get("authors")))
        out.append(t)
    return out


# --- counting and feature selection ----------------------------------------------------


def count_matrix(texts: Sequence[str], min_df: int = 3) -> tuple[sp.csr_matrix, list[str]]:
    """Raw n-gram counts over the given texts (the candidate vocabulary)."""
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(analyzer=feature_strings, min_df=min_df, dtype=np.float32)
    X = cv.fit_transform(texts).tocsr()
    vocab = [None] * len(cv.vocabulary_)
    for term, j in cv.vocabulary_.items():
        vocab[j] = term
    return X, vocab  # type: ignore[return-value]


def family_stats(X: sp.csr_matrix, families: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per feature: number of families it occurs in, and its family concentration —
    the largest per-family document rate over the sum of rates across families with
    at least 20 articles (1.0 = used by one family only; ~1/n for a common word)."""
    fams, inv = np.unique(np.asarray(families), return_inverse=True)
    n = X.shape[0]
    F = sp.csr_matrix((np.ones(n, dtype=np.float32), (inv, np.arange(n))), shape=(len(fams), n))
    B = X.copy()
    B.data[:] = 1.0
    famdf = (F @ B).tocsc()  # families x features
    n_fams_with = np.diff(famdf.indptr)
    sizes = np.bincount(inv)
    big = sizes >= 20
    rate = sp.diags(np.where(big, 1.0 / np.maximum(sizes, 1), 0.0)) @ famdf
    rate = rate.tocsc()
    tot = np.asarray(rate.sum(axis=0)).ravel()
    mx = rate.max(axis=0).toarray().ravel()
    conc = np.where(tot > 0, mx / np.maximum(tot, 1e-12), 1.0)
    return n_fams_with, conc


def tfidf(X: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear TF-IDF with L2-normalised rows (the scorer does the same in numpy)."""
    X = X.tocsr().astype(np.float32, copy=True)
    X.data = 1.0 + np.log(X.data)
    X = X @ sp.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    X = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ X
    return X.tocsr()


def smooth_idf(X: sp.csr_matrix) -> np.ndarray:
    df = np.diff(X.tocsc().indptr)
    n = X.shape[0]
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


# --- the slant model ---------------------------------------------------------------------


@dataclass
class SlantConfig:
    strip_outlets: bool = True
    min_families: int = 5
    max_concentration: float = 0.1
    max_features: int = 60000
    family_power: float = 0.0  # article weight ~ n_family^-power (1 = families equal)
    C: float = 4.0
    extra: dict = field(default_factory=dict)


@dataclass
class SlantFit:
    vocab: list[str]
    idf: np.ndarray
    coef: np.ndarray  # (3, V)
    intercept: np.ndarray  # (3,)
    bias: np.ndarray  # (3,) added to log-probabilities before argmax (center tuning)
    temperature: float
    config: SlantConfig
    dropped_identifiers: int = 0


def select_features(
    X: sp.csr_matrix, families: Sequence[str], cfg: SlantConfig
) -> np.ndarray:
    """Indices of the candidate columns kept for training (see module doc)."""
    n_fams, conc = family_stats(X, families)
    keep = n_fams >= cfg.min_families
    if cfg.max_concentration < 1.0:
        keep &= conc <= cfg.max_concentration
    idx = np.flatnonzero(keep)
    if len(idx) > cfg.max_features:  # most widespread across families first
        order = np.argsort(-n_fams[idx], kind="stable")
        idx = np.sort(idx[order[: cfg.max_features]])
    return idx


def sample_weights(labels: np.ndarray, families: Sequence[str], power: float) -> np.ndarray:
    """Each family's articles weigh n_family^-power in total-normalised form, then each
    class is rescaled to the same total weight."""
    fam = np.asarray(families)
    _, inv, counts = np.unique(fam, return_inverse=True, return_counts=True)
    w = counts[inv].astype(np.float64) ** (-power)
    for c in np.unique(labels):
        m = labels == c
        w[m] *= 1.0 / w[m].sum()
    return w * (len(w) / w.sum())


def _fit_lr(X: sp.csr_matrix, y: np.ndarray, w: np.ndarray, C: float):
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=C, max_iter=300, tol=1e-3, random_state=SEED)
    lr.fit(X, y, sample_weight=w)
    return lr


def fit_slant_core(
    Xc: sp.csr_matrix, vocab: list[str], y: np.ndarray, families: Sequence[str], cfg: SlantConfig
) -> SlantFit:
    """One fit on given rows of the candidate count matrix (no calibration)."""
    idx = select_features(Xc, families, cfg)
    Xs = Xc[:, idx]
    idf = smooth_idf(Xs)
    Xt = tfidf(Xs, idf)
    w = sample_weights(y, families, cfg.family_power)
    lr = _fit_lr(Xt, y, w, cfg.C)
    n_fams, conc = family_stats(Xc, families)
    dropped = int(((n_fams >= cfg.min_families) & (conc > cfg.max_concentration)).sum())
    return SlantFit(
        vocab=[vocab[i] for i in idx],
        idf=idf,
        coef=lr.coef_.astype(np.float32),
        intercept=lr.intercept_.astype(np.float32),
        bias=np.zeros(3, dtype=np.float32),
        temperature=1.0,
        config=cfg,
        dropped_identifiers=dropped,
    )


def slant_logits(fit: SlantFit, Xc: sp.csr_matrix, vocab_index: dict[str, int]) -> np.ndarray:
    """Logits of rows of a candidate count matrix under a fit (columns re-mapped)."""
    cols = np.array([vocab_index.get(t, -1) for t in fit.vocab])
    ok = cols >= 0
    Xs = sp.csr_matrix((Xc.shape[0], len(fit.vocab)), dtype=np.float32)
    if ok.any():
        sel = Xc[:, cols[ok]].tocsc()
        # place the selected columns at their positions in the fit's vocabulary
        P = sp.csr_matrix(
            (np.ones(ok.sum(), dtype=np.float32), (np.arange(ok.sum()), np.flatnonzero(ok))),
            shape=(ok.sum(), len(fit.vocab)),
        )
        Xs = (sel @ P).tocsr()
    Xt = tfidf(Xs, fit.idf)
    return np.asarray(Xt @ fit.coef.T) + fit.intercept


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def macro_f1(y: np.ndarray, pred: np.ndarray, k: int = 3) -> float:
    f1s = []
    for c in range(k):
        tp = np.sum((pred == c) & (y == c))
        fp = np.sum((pred == c) & (y != c))
        fn = np.sum((pred != c) & (y == c))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s))


def tune_bias(logits: np.ndarray, y: np.ndarray) -> np.ndarray:
    """A bias on the center (and on the right vs left) logit that maximises macro-F1 of
    out-of-fold predictions: the left/right cue words are loud, center has none."""
    best = (macro_f1(y, logits.argmax(1)), np.zeros(3))
    for bc in np.linspace(-1.5, 1.5, 31):
        for br in np.linspace(-0.6, 0.6, 13):
            b = np.array([0.0, bc, br])
            f = macro_f1(y, (logits + b).argmax(1))
            if f > best[0] + 1e-9:
                best = (f, b)
    return best[1].astype(np.float32)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """Scalar temperature minimising out-of-fold log-loss (keeps the argmax)."""
    best = (math.inf, 1.0)
    for t in np.exp(np.linspace(math.log(0.2), math.log(5.0), 61)):
        p = softmax(logits / t)
        nll = -np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)))
        if nll < best[0]:
            best = (nll, float(t))
    return best[1]


def oof_logits(
    Xc: sp.csr_matrix,
    vocab: list[str],
    y: np.ndarray,
    families: Sequence[str],
    cfg: SlantConfig,
    n_splits: int = 3,
) -> np.ndarray:
    """Out-of-fold logits with folds over outlet families (GroupKFold)."""
    from sklearn.model_selection import GroupKFold

    vindex = {t: i for i, t in enumerate(vocab)}
    fam = np.asarray(families)
    out = np.zeros((len(y), 3), dtype=np.float64)
    for tr, te in GroupKFold(n_splits=n_splits).split(Xc, y, fam):
        f = fit_slant_core(Xc[tr], vocab, y[tr], fam[tr], cfg)
        out[te] = slant_logits(f, Xc[te], vindex)
    return out


def fit_slant(
    Xc: sp.csr_matrix,
    vocab: list[str],
    y: np.ndarray,
    families: Sequence[str],
    cfg: SlantConfig,
    n_splits: int = 3,
) -> tuple[SlantFit, dict]:
    """The full recipe: inner family-grouped CV for bias + temperature, then a final fit
    on all given rows. Returns the fit and the inner-CV figures."""
    oof = oof_logits(Xc, vocab, y, families, cfg, n_splits)
    bias = tune_bias(oof, y)
    temp = fit_temperature(oof + bias, y)
    fit = fit_slant_core(Xc, vocab, y, families, cfg)
    fit.bias = bias
    fit.temperature = temp
    info = {
        "inner_cv_macro_f1_raw": macro_f1(y, oof.argmax(1)),
        "inner_cv_macro_f1_tuned": macro_f1(y, (oof + bias).argmax(1)),
    }
    return fit, info


# --- short texts -----------------------------------------------------------------------

# A lead or a feed summary reads differently from a whole article: scored as they stand,
# held-out articles cut to their first 100 words are called "right" 61% of the time
# (48% whole). The class bias is therefore fitted again on texts cut to these lengths.
LENGTH_POINTS = (50, 100, 200, 400)


def length_bias(
    texts: Sequence[str],
    y: np.ndarray,
    families: Sequence[str],
    cfg: SlantConfig,
    base_bias: np.ndarray,
    points: Sequence[int] = LENGTH_POINTS,
    n_splits: int = 3,
) -> dict:
    """Class-bias offsets for texts of `points` words, added to `base_bias`.

    Out of fold, as the base bias is tuned: for each family-grouped fold a core fit on the
    other families scores the fold's texts cut to their first n words; each offset is the
    (center, right) shift that maximises macro-F1 of those cut texts, on a grid. Returns
    the points, their offsets, the median length of the texts (the offset is 0 from there
    on) and the macro-F1 of the cut texts without and with the offset.
    """
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.model_selection import GroupKFold

    Xc, vocab = count_matrix(texts, min_df=3)
    vindex = {t: i for i, t in enumerate(vocab)}
    cut_counts = {n: CountVectorizer(analyzer=feature_strings, vocabulary=vindex, dtype=np.float32)
                  .transform([first_words(t, n) for t in texts]).tocsr() for n in points}
    fam = np.asarray(families)
    oof = {n: np.zeros((len(y), 3)) for n in points}
    for tr, te in GroupKFold(n_splits=n_splits).split(Xc, y, fam):
        f = fit_slant_core(Xc[tr], vocab, y[tr], fam[tr], cfg)
        for n in points:
            oof[n][te] = slant_logits(f, cut_counts[n][te], vindex)
    grid = np.round(np.arange(-2.0, 2.0001, 0.1), 2)
    offsets, before, after = [], [], []
    for n in points:
        z = oof[n] + base_bias
        best = (macro_f1(y, z.argmax(1)), 0.0, 0.0)
        for bc in grid:
            for br in grid:
                f1 = macro_f1(y, (z + np.array([0.0, bc, br])).argmax(1))
                if f1 > best[0] + 1e-9:
                    best = (f1, float(bc), float(br))
        offsets.append([0.0, best[1], best[2]])
        before.append(round(macro_f1(y, z.argmax(1)), 4))
        after.append(round(best[0], 4))
    lengths = [len(_WORD_RE.findall(t)) for t in texts]
    return {"words": list(points), "offsets": offsets, "zero_from_words": int(np.median(lengths)),
            "oof_macro_f1_cut": before, "oof_macro_f1_cut_with_offset": after}


# --- hyperpartisan ---------------------------------------------------------------------


@dataclass
class HyperFit:
    coef: np.ndarray  # over the slant vocabulary
    style_coef: np.ndarray
    style_mean: np.ndarray
    style_scale: np.ndarray
    extremity_coef: float
    intercept: float
    platt_a: float
    platt_b: float
    C: float
    max_words: int | None = None  # reads the first max_words words (None: all)
    neutral: tuple[str, ...] = ()  # style features held at their mean (coefficient 0)


def first_words(text: str, n: int | None) -> str:
    """`text` cut after its n-th word (words as the scorer counts them); whole if None."""
    if n is None:
        return text
    end = None
    for k, m in enumerate(_WORD_RE.finditer(text)):
        if k == n - 1:
            end = m.end()
            break
    return text if end is None else text[:end]


def hyper_design(
    texts: Sequence[str], slant: SlantFit, max_words: int | None = HYPER_MAX_WORDS
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """TF-IDF rows in the slant vocabulary and register features of the first `max_words`
    words of each text; the slant extremity of the whole text (what the scorer reports)."""
    from sklearn.feature_extraction.text import CountVectorizer

    cv = CountVectorizer(
        analyzer=feature_strings, vocabulary={t: i for i, t in enumerate(slant.vocab)}, dtype=np.float32
    )
    Xc = cv.transform(texts).tocsr()
    Xt = tfidf(Xc, slant.idf)
    logits = np.asarray(Xt @ slant.coef.T) + slant.intercept
    p = softmax(logits / slant.temperature)
    extremity = np.abs(p[:, 2] - p[:, 0])
    if max_words is not None:
        texts = [first_words(t, max_words) for t in texts]
        Xt = tfidf(cv.transform(texts).tocsr(), slant.idf)
    S = np.vstack([style_features(t) for t in texts])
    return Xt, S, extremity


def _neutral_index(neutral: Sequence[str]) -> list[int]:
    return [STYLE_NAMES.index(n) for n in neutral]


def _hyper_stack(Xt, S, ext, mean, scale, neutral: Sequence[str] = ()):
    Z = (S - mean) / scale
    Z[:, _neutral_index(neutral)] = 0.0  # held at the training mean
    return sp.hstack([Xt, sp.csr_matrix(Z), sp.csr_matrix(ext[:, None])]).tocsr()


def fit_hyper_core(Xt, S, ext, y, C: float):
    from sklearn.linear_model import LogisticRegression

    mean = S.mean(axis=0)
    scale = S.std(axis=0) + 1e-6
    M = _hyper_stack(Xt, S, ext, mean, scale)
    lr = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", random_state=SEED)
    lr.fit(M, y)
    return lr, mean, scale


def hyper_decision(lr, mean, scale, Xt, S, ext, neutral: Sequence[str] = ()) -> np.ndarray:
    return lr.decision_function(_hyper_stack(Xt, S, ext, mean, scale, neutral))


def cv_hyper(
    Xt, S, ext, y, C: float, n_splits: int = 10, seed: int = SEED, neutral: Sequence[str] = HYPER_NEUTRAL
) -> np.ndarray:
    """Out-of-fold decision values (stratified K-fold, fixed seed); the `neutral` style
    features are fitted but held at their training mean when deciding."""
    from sklearn.model_selection import StratifiedKFold

    out = np.zeros(len(y))
    for tr, te in StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed).split(Xt, y):
        lr, m, s = fit_hyper_core(Xt[tr], S[tr], ext[tr], y[tr], C)
        out[te] = hyper_decision(lr, m, s, Xt[te], S[te], ext[te], neutral)
    return out


def fit_platt(d: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, max_iter=1000)
    lr.fit(d[:, None], y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def fit_hyper(
    texts: Sequence[str],
    y: np.ndarray,
    slant: SlantFit,
    C: float = HYPER_C,
    max_words: int | None = HYPER_MAX_WORDS,
    neutral: Sequence[str] = HYPER_NEUTRAL,
) -> tuple[HyperFit, dict]:
    Xt, S, ext = hyper_design(texts, slant, max_words)
    oof = cv_hyper(Xt, S, ext, y, C, neutral=neutral)
    a, b = fit_platt(oof, y)
    lr, mean, scale = fit_hyper_core(Xt, S, ext, y, C)
    V = Xt.shape[1]
    coef = lr.coef_[0]
    style_coef = coef[V : V + len(STYLE_NAMES)].copy()
    style_coef[_neutral_index(neutral)] = 0.0  # z * 0: the feature held at its mean
    fit = HyperFit(
        coef=coef[:V].astype(np.float32),
        style_coef=style_coef.astype(np.float32),
        style_mean=mean.astype(np.float32),
        style_scale=scale.astype(np.float32),
        extremity_coef=float(coef[-1]),
        intercept=float(lr.intercept_[0]),
        platt_a=a,
        platt_b=b,
        C=C,
        max_words=max_words,
        neutral=tuple(neutral),
    )
    return fit, {"cv_accuracy": float(np.mean((oof > 0) == (y == 1)))}


# --- the artifact ------------------------------------------------------------------------


def save_artifact(
    out_dir: Path, slant: SlantFit, hyper: HyperFit, metadata: dict
) -> None:
    """model.json (vocabulary, settings, metadata) + weights.npz (plain float arrays).

    Neither file can run code when loaded: JSON, and an npz read with allow_pickle=False.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = dict(metadata)
    meta.update(
        {
            "format": "manysides-slant/1",
            "classes": list(CLASSES),
            "style_features": list(STYLE_NAMES),
            "slant_bias": [float(b) for b in slant.bias],
            "slant_temperature": float(slant.temperature),
            "slant_config": asdict(slant.config),
            "hyper_extremity_coef": hyper.extremity_coef,
            "hyper_intercept": hyper.intercept,
            "hyper_platt": [hyper.platt_a, hyper.platt_b],
            "hyper_C": hyper.C,
            "hyper_max_words": hyper.max_words,
            "hyper_neutral_features": list(hyper.neutral),
            "vocabulary": slant.vocab,
        }
    )
    with open(out_dir / "model.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, separators=(",", ":"))
    np.savez_compressed(
        out_dir / "weights.npz",
        idf=slant.idf.astype(np.float32),
        slant_coef=slant.coef.astype(np.float32),
        slant_intercept=slant.intercept.astype(np.float32),
        hyper_coef=hyper.coef.astype(np.float32),
        hyper_style_coef=hyper.style_coef.astype(np.float32),
        hyper_style_mean=hyper.style_mean.astype(np.float32),
        hyper_style_scale=hyper.style_scale.astype(np.float32),
    )


def training_outlets_record(rows: Sequence[dict], data_sha256: str = "") -> dict:
    """What `data/slant/training_outlets.json` holds for AllSides `rows`: the outlet names
    of each family on the training side of `family_split` (the names the outlet stripper
    took), and those of the held-out families. Deterministic, so it can be written again
    without training."""
    train, _ = family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    sides: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
    for r, keep in zip(rows, train):
        sides[0 if keep else 1].setdefault(str(r["outlet_family"]), set()).add(str(r["outlet"]))
    return {
        "about": "Outlet families of the AllSides data and their outlet names. 'families': the "
                 "training side of slant_train.family_split(seed=13), whose articles trained the "
                 "shipped slant model, so their scores are not an out-of-sample test; 'held_out': "
                 "the families it never saw. Written by scripts/train_slant.py (--outlets-only).",
        "data": {"file": "allsides/articles.jsonl.xz", "sha256": data_sha256},
        "families": {f: sorted(ns) for f, ns in sorted(sides[0].items())},
        "held_out": {f: sorted(ns) for f, ns in sorted(sides[1].items())},
    }


def write_training_outlets(path: Path, record: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
        f.write("\n")


def family_split(
    families: Sequence[str],
    labels: Sequence[str] | None = None,
    test_fraction: float = 0.2,
    seed: int = SEED,
    max_family_share: float = 0.25,
    min_class_share: float = 0.15,
) -> tuple[np.ndarray, np.ndarray]:
    """A fixed outlet-disjoint split: a seeded random `test_fraction` of the *families*
    (not of the articles) is held out. The first draw (seed, seed+1, ...) where no family
    holds more than `max_family_share` of the test articles, the test articles are within
    half to 1.5 times `test_fraction` of all, and every class holds at least
    `min_class_share` is taken, so one big outlet cannot stand for the test set. The rule
    looks only at the composition, never at a model. Returns boolean masks (train, test)."""
    fam = np.asarray(families)
    lab = np.asarray(labels) if labels is not None else None
    names = np.unique(fam)
    k = int(round(len(names) * test_fraction))
    test = np.zeros(len(fam), dtype=bool)
    for attempt in range(1000):
        rng = np.random.default_rng(seed + attempt)
        test_names = set(rng.permutation(names)[:k].tolist())
        test = np.fromiter((f in test_names for f in fam), dtype=bool, count=len(fam))
        if not 0.5 * test_fraction <= test.mean() <= 1.5 * test_fraction:
            continue
        _, counts = np.unique(fam[test], return_counts=True)
        if counts.max() > max_family_share * test.sum():
            continue
        if lab is not None:
            _, cc = np.unique(lab[test], return_counts=True)
            if len(cc) < len(np.unique(lab)) or cc.min() < min_class_share * test.sum():
                continue
        return ~test, test
    raise ValueError("no family split met the composition rule; loosen its limits")
