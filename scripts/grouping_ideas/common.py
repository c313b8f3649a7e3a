"""Shared harness for the grouping experiments (no edits to src/).

* loads same_event and its cached MiniLM vectors (never embeds: exits if the cache is missing)
* `PairFeatures`: per-article regex evidence (numbers, names, dates in the text, opinion
  cues) and the pair features built from it block by block with matrix products
* `run(parts, sim_factory, cfg)`: plugs a similarity class into grouping.group() by
  swapping grouping._Similarity for the call (the same place the shipped mix is computed),
  and scores B-cubed F1 on dev / test / full.
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_same_event as bench  # noqa: E402
from manysides.stories.metrics import bcubed  # noqa: E402


# The commit whose grouping.py gives the 0.862 / 0.835 figures these experiments start from.
import os as _os
BASE_COMMIT = _os.environ.get("GROUPING_IDEAS_COMMIT", "94371a7")


def _grouping_at_head():
    """grouping.py as committed at HEAD (the recipe the 0.862 / 0.835 figures are for),
    read with `git show` (read-only) so that edits in progress in src/ do not move the
    baseline under these experiments. Set GROUPING_IDEAS_LIVE=1 to use src/ instead."""
    import importlib.util
    import os
    import subprocess
    if os.environ.get("GROUPING_IDEAS_LIVE"):
        from manysides.stories import grouping
        return grouping
    import manysides.stories  # noqa: F401  (parent package for the relative imports)
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE_COMMIT}:src/manysides/stories/grouping.py"],
                         check=True, capture_output=True, text=True).stdout
    name = "manysides.stories._grouping_head"
    spec = importlib.util.spec_from_loader(name, loader=None)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "manysides.stories"
    sys.modules[name] = mod
    exec(compile(src, f"{BASE_COMMIT}:grouping.py", "exec"), mod.__dict__)
    return mod


G = _grouping_head = _grouping_at_head()


def vectors_py() -> bytes:
    """vectors.py as committed (the benchmark keys its embedding cache on this file)."""
    import subprocess
    return subprocess.run(["git", "-C", str(ROOT), "show", f"{BASE_COMMIT}:src/manysides/stories/vectors.py"],
                          check=True, capture_output=True).stdout


def cached_vectors(rows) -> tuple[np.ndarray | None, Path]:
    """The benchmark's cached embeddings of `rows` (None if not cached yet), and their path."""
    key = hashlib.sha1()
    key.update(vectors_py())
    for r in rows:
        a = bench.to_article(r)
        key.update(f"{a.title}\0{a.text}\1".encode())
    path = bench.CACHE / f"vectors-{key.hexdigest()[:16]}.npy"
    return (np.load(path) if path.exists() else None), path


def load():
    rows = bench.load_same_event()
    vecs, path = cached_vectors(rows)
    if vecs is None:
        raise SystemExit(f"no cached vectors at {path}; run benchmarks/grouping_same_event.py once")
    vecs_of = {r["id"]: v for r, v in zip(rows, vecs)}
    gold = {r["id"]: r["event"] for r in rows}
    return rows, vecs_of, gold, bench.halves(rows)


def items(rows, vecs_of, dated):
    return bench.items_for(rows, np.array([vecs_of[r["id"]] for r in rows]), dated)


@contextmanager
def similarity(cls):
    saved = G._Similarity
    G._Similarity = cls
    try:
        yield
    finally:
        G._Similarity = saved


def group_with(rows, vecs_of, dated, cfg, sim_cls=None) -> dict[str, str]:
    """Group `rows` with the base commit's grouping, under `sim_cls` if given."""
    its = [G.GroupItem(id=i.id, published=i.published, vector=i.vector, title=i.title, text=i.text)
           for i in items(rows, vecs_of, dated)]
    if sim_cls is None:
        return G.group(its, **cfg.__dict__)
    with similarity(sim_cls):
        return G.group(its, **cfg.__dict__)


def run_part(rows, vecs_of, gold, dated, cfg, sim_cls=None):
    t0 = time.perf_counter()
    pred = group_with(rows, vecs_of, dated, cfg, sim_cls)
    secs = time.perf_counter() - t0
    return bcubed(pred, gold, [r["id"] for r in rows]).f1, secs


def undated_cfg(t, floor=None, **kw):
    base = G.GroupConfig()
    cfg = replace(base, threshold=t, undated_threshold=t, **kw)
    if floor is not None:
        cfg = replace(cfg, floor=floor)
    return cfg


# -- regex evidence -------------------------------------------------------------------

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MON_ABBR = {m[:3]: i for i, m in enumerate(MONTHS)}
_MON_ABBR["sept"] = 8
_MONTH_RE = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December|"
    r"May|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUM_RE = re.compile(
    r"(?<![\w.])\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent\b|per cent\b|million\b|"
    r"billion\b|trillion\b|thousand\b|[kKmMbB]\b))?")
_CAP_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+)*)")
_FIRST_PERSON = re.compile(r"\b(I|I'm|I’m|I've|I’ve|my|me|we|We|our|Our|us)\b")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+")
_COMMON_CAPS = set(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "the", "a", "an", "in", "on", "but",
                              "and", "it", "he", "she", "they", "this", "that", "mr", "mrs",
                              "ms", "u.s", "us", "new", "if", "as", "at", "for", "when"}

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9,
          "trillion": 1e12}


def _norm_number(raw: str, unit: str | None) -> str | None:
    val = float(raw.replace(",", ""))
    u = (unit or "").lower().strip()
    if u in ("%", "percent", "per cent"):
        return f"{val:g}%"
    if u in _SCALE:
        val *= _SCALE[u]
    if not u and "," not in raw and "." not in raw and val < 10:
        return None  # small counts ("two", "3") carry little event identity
    if not u and "," not in raw and 1950 <= val <= 2049 and len(raw) == 4:
        return None  # years handled separately
    # round to 3 significant figures so 194,000 == 194K == 0.194 million
    if val == 0:
        return "0"
    mag = int(np.floor(np.log10(abs(val))))
    return f"{round(val, -mag + 2):g}"


def lead_text(title: str, text: str, words: int) -> str:
    return f"{title or ''}. " + " ".join((text or "").split()[:words])


def article_evidence(title: str, text: str, words: int = 120) -> dict:
    lead = lead_text(title, text, words)
    nums = set()
    for m in _NUM_RE.finditer(lead):
        k = _norm_number(m.group(1), m.group(2))
        if k:
            nums.add(k)
    pcts = {n for n in nums if n.endswith("%")}
    months, mdays = set(), set()
    for m in _MONTH_RE.finditer(lead):
        w = m.group(1).lower().rstrip(".")
        mi = MONTHS.index(w) if w in MONTHS else _MON_ABBR.get(w[:4] if w.startswith("sept") else w[:3])
        if mi is None:
            continue
        if w == "may" and not m.group(2):
            continue  # "may" is mostly the verb
        months.add(mi)
        if m.group(2):
            mdays.add(f"{mi}-{int(m.group(2))}")
    years = set(_YEAR_RE.findall(lead))
    weekdays = set(_WEEKDAY_RE.findall(lead))
    names = set()
    for sent in _SENT_SPLIT.split(lead):
        toks = sent.split()
        for m in _CAP_RE.finditer(sent):
            if m.start() == 0:
                continue
            nm = m.group(1).lower()
            if nm in _COMMON_CAPS or len(nm) < 3:
                continue
            names.add(nm)
        del toks
    body = " ".join((text or "").split()[:400])
    nwords = max(1, len(body.split()))
    fp = len(_FIRST_PERSON.findall(body)) / nwords * 100.0
    opinion = float(fp) + (1.0 if "?" in (title or "") else 0.0)
    return {"nums": nums, "pcts": pcts, "months": months, "mdays": mdays, "years": years,
            "weekdays": weekdays, "names": names, "nwords": len((text or "").split()),
            "opinion": opinion}


def _binary(sets: list[set]) -> sp.csr_matrix:
    vocab: dict[str, int] = {}
    ind, ptr = [], [0]
    for s in sets:
        for x in s:
            ind.append(vocab.setdefault(str(x), len(vocab)))
        ptr.append(len(ind))
    return sp.csr_matrix((np.ones(len(ind), dtype=np.float32), ind, ptr),
                         shape=(len(sets), max(1, len(vocab))))


def _title_tfidf(titles: list[str], pseudo: int = 50):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize
    cv = CountVectorizer(stop_words="english", dtype=np.float32)
    try:
        tf = cv.fit_transform([t or "" for t in titles]).tocsr()
    except ValueError:
        return sp.csr_matrix((len(titles), 1), dtype=np.float32)
    df = np.bincount(tf.indices, minlength=tf.shape[1])
    idf = np.log((len(titles) + pseudo + 1.0) / (df + 1.0)) + 1.0
    tf.data = (1.0 + np.log(tf.data)) * idf[tf.indices]
    return normalize(tf, copy=False).astype(np.float32)


def _name_tfidf(sets: list[set], pseudo: int = 50):
    from sklearn.preprocessing import normalize
    b = _binary(sets)
    df = np.asarray((b > 0).sum(axis=0)).ravel()
    idf = np.log((len(sets) + pseudo + 1.0) / (df + 1.0)) + 1.0
    b = b.multiply(idf[None, :]).tocsr()
    return normalize(b, copy=False).astype(np.float32)


FEATURES = ["dense", "lex", "title", "names_cos", "num_shared", "num_jacc", "num_conflict",
            "pct_conflict", "pct_shared", "month_conflict", "month_shared", "mday_conflict",
            "year_conflict", "year_shared", "wd_conflict", "len_ratio", "both_long",
            "opinion_max", "lexlong"]
NEIGH = ["rank_min", "rank_max", "rel_top", "mutual3"]


class PairFeatures:
    """Per-item evidence for a batch (canonical order), pair features block by block."""

    def __init__(self, its, cfg, lead_words: int = 120, neigh: bool = False, light: bool = False):
        self.neigh = neigh
        self.w = cfg.dense_weight
        if light:  # only what the shipped mix needs
            self.dense = G._stack_vectors(its)
            lex = G._lexical_matrix(its, cfg.lexical_words, cfg.idf_pseudo_docs)
            self.lex = lex[0] if isinstance(lex, tuple) else lex
            self.has_lex = (np.asarray(self.lex.getnnz(axis=1) > 0) if self.lex is not None
                            else np.zeros(len(its), dtype=bool))
            return
        self.dense = G._stack_vectors(its)
        lex = G._lexical_matrix(its, cfg.lexical_words, cfg.idf_pseudo_docs)
        self.lex = lex[0] if isinstance(lex, tuple) else lex  # src returns (matrix, ids) now
        ev = [article_evidence(it.title, it.text, lead_words) for it in its]
        self.title = _title_tfidf([it.title for it in its])
        self.names = _name_tfidf([e["names"] for e in ev])
        self.nums = _binary([e["nums"] for e in ev])
        self.pcts = _binary([e["pcts"] for e in ev])
        self.months = _binary([e["months"] for e in ev])
        self.mdays = _binary([e["mdays"] for e in ev])
        self.years = _binary([e["years"] for e in ev])
        self.wd = _binary([e["weekdays"] for e in ev])
        cnt = lambda m: np.asarray(m.getnnz(axis=1), dtype=np.float32)  # noqa: E731
        self.n_nums, self.n_pcts = cnt(self.nums), cnt(self.pcts)
        self.n_months, self.n_mdays = cnt(self.months), cnt(self.mdays)
        self.n_years, self.n_wd = cnt(self.years), cnt(self.wd)
        self.nwords = np.array([e["nwords"] for e in ev], dtype=np.float32)
        self.opinion = np.array([e["opinion"] for e in ev], dtype=np.float32)
        if self.lex is not None:
            self.has_lex = np.asarray(self.lex.getnnz(axis=1) > 0)
        else:
            self.has_lex = np.zeros(len(its), dtype=bool)
        if neigh:  # each item's neighbourhood under the shipped mix: top-3 mean, k-th best
            n = len(its)
            self.top = np.zeros(n, dtype=np.float32)
            self.kth = np.zeros((n, 20), dtype=np.float32)  # sorted best-first
            allc = np.arange(n)
            for st in range(0, n, 256):
                r = np.arange(st, min(n, st + 256))
                m = self._mixed(r, allc)
                m[np.arange(len(r)), r] = -1.0
                k = min(20, n - 1)
                part = -np.sort(-m, axis=1)[:, :k]
                self.kth[r, :k] = part
                self.top[r] = part[:, :3].mean(axis=1)

    def _mixed(self, rows, cols):
        d = self.dense[rows] @ self.dense[cols].T
        if self.lex is None:
            return d
        lx = (self.lex[rows] @ self.lex[cols].T).toarray()
        both = self.has_lex[rows][:, None] & self.has_lex[cols][None, :]
        return np.where(both, self.w * d + (1 - self.w) * lx, d)

    def block(self, rows, cols) -> dict[str, np.ndarray]:
        def inter(m):
            return (m[rows] @ m[cols].T).toarray()

        def conflict(m, n):
            both = (n[rows][:, None] > 0) & (n[cols][None, :] > 0)
            return (both & (inter(m) == 0)).astype(np.float32)

        f = {}
        f["dense"] = self.dense[rows] @ self.dense[cols].T
        f["lex"] = inter(self.lex) if self.lex is not None else f["dense"] * 0
        f["title"] = inter(self.title)
        f["names_cos"] = inter(self.names)
        ni = inter(self.nums)
        a, b = self.n_nums[rows][:, None], self.n_nums[cols][None, :]
        f["num_shared"] = np.minimum(ni, 3.0)
        f["num_jacc"] = ni / np.maximum(a + b - ni, 1.0)
        f["num_conflict"] = ((a > 0) & (b > 0) & (ni == 0)).astype(np.float32)
        pi = inter(self.pcts)
        f["pct_conflict"] = conflict(self.pcts, self.n_pcts)
        f["pct_shared"] = np.minimum(pi, 2.0)
        f["month_conflict"] = conflict(self.months, self.n_months)
        f["month_shared"] = np.minimum(inter(self.months), 2.0)
        f["mday_conflict"] = conflict(self.mdays, self.n_mdays)
        f["year_conflict"] = conflict(self.years, self.n_years)
        f["year_shared"] = np.minimum(inter(self.years), 2.0)
        f["wd_conflict"] = conflict(self.wd, self.n_wd)
        la, lb = np.log1p(self.nwords[rows])[:, None], np.log1p(self.nwords[cols])[None, :]
        f["len_ratio"] = np.abs(la - lb)
        f["both_long"] = ((la > np.log1p(250)) & (lb > np.log1p(250))).astype(np.float32)
        oa, ob = self.opinion[rows][:, None], self.opinion[cols][None, :]
        f["opinion_max"] = np.minimum(np.maximum(oa, ob), 5.0)
        f["lexlong"] = f["lex"] * f["both_long"]
        both = self.has_lex[rows][:, None] & self.has_lex[cols][None, :]
        f["lex"] = np.where(both, f["lex"], f["dense"])
        if self.neigh:
            m = np.where(both, self.w * f["dense"] + (1 - self.w) * f["lex"], f["dense"])
            # rank of the pair in each side's neighbour list (0 = best), capped at 10
            ra = (self.kth[rows][:, None, :] > m[:, :, None] + 1e-6).sum(axis=2)
            rb = (self.kth[cols][None, :, :] > m[:, :, None] + 1e-6).sum(axis=2)
            f["rank_min"] = np.minimum(ra, rb).astype(np.float32)
            f["rank_max"] = np.maximum(ra, rb).astype(np.float32)
            f["rel_top"] = m - 0.5 * (self.top[rows][:, None] + self.top[cols][None, :])
            f["mutual3"] = ((ra < 3) & (rb < 3)).astype(np.float32)
            f["rank_min"] = np.minimum(f["rank_min"], 10.0)
            f["rank_max"] = np.minimum(f["rank_max"], 10.0)
            for k in (1, 2, 5, 10, 20):  # contrast with the k-th best neighbour of each side
                f[f"rel_k{k}"] = m - 0.5 * (self.kth[rows][:, k - 1][:, None] + self.kth[cols][:, k - 1][None, :])
            f["rel_bg"] = m - 0.5 * (self.kth[rows][:, 5:20].mean(1)[:, None] + self.kth[cols][:, 5:20].mean(1)[None, :])
        return f


def stack(f: dict, names=FEATURES) -> np.ndarray:
    return np.stack([f[k].ravel() for k in names], axis=1).astype(np.float32)
