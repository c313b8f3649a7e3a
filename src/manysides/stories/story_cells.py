"""Cells of story centroids: finding a story's close neighbours without reading every story.

Storylines are relinked around the stories a run changed, which needs the stories whose
centroid is close to a changed one. Reading every story of the months in reach costs the
density of those months (tens of thousands of stories in a busy season, read on every
run). Instead the centroid space is cut into cells by a coarse quantizer, spherical
k-means trained once per store on its first `MIN_STORIES` stories (seeded, so a store is
reproducible), and the store keeps each story's cell, indexed with its dates. A story's
close neighbours (the cosine storylines link at) lie, in practice, in the few cells
nearest to it, so a run reads the stories of `PROBE` cells in its time reach: the
inverted-file search of FAISS's IndexIVFFlat, with SQLite holding the lists.
`benchmarks/story_cells_recall.py` measures how many close neighbours the cells
miss against reading everything.
"""

from __future__ import annotations

import numpy as np

N_CELLS = 256  # cells of the quantizer: the share of stories a run reads is PROBE / N_CELLS
PROBE = 12  # cells searched per story
MIN_STORIES = 4096  # a store trains its cells once it holds this many stories (16 per cell)
TRAIN_SAMPLE = 50_000  # at most this many centroids train the cells (an old, large store)
SEED = 0


def _unit(vecs: np.ndarray) -> np.ndarray:
    vecs = np.nan_to_num(np.asarray(vecs, dtype=np.float32))
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.where(norms > 0, norms, 1.0)


def train_cells(centroids: np.ndarray, n_cells: int = N_CELLS, seed: int = SEED) -> np.ndarray:
    """Unit-length cell centres (n_cells x dim) from story centroids (at most
    `TRAIN_SAMPLE`, a seeded sample), by k-means on unit vectors (whose squared distance
    orders like the cosine)."""
    from sklearn.cluster import KMeans

    vecs = _unit(centroids)
    if len(vecs) > TRAIN_SAMPLE:
        rng = np.random.default_rng(seed)
        vecs = vecs[np.sort(rng.choice(len(vecs), TRAIN_SAMPLE, replace=False))]
    k = max(1, min(n_cells, len(vecs)))
    km = KMeans(n_clusters=k, n_init=1, max_iter=50, random_state=seed).fit(vecs)
    return _unit(km.cluster_centers_)


def cell_of(cells: np.ndarray, vecs: np.ndarray) -> np.ndarray:
    """The cell of each vector: its nearest centre by cosine."""
    return np.argmax(_unit(np.atleast_2d(vecs)) @ cells.T, axis=1)


def probe_cells(cells: np.ndarray, vecs: np.ndarray, probe: int = PROBE) -> list[int]:
    """The cells to search for neighbours of `vecs`: the `probe` nearest to each."""
    sims = _unit(np.atleast_2d(vecs)) @ cells.T
    probe = min(probe, cells.shape[0])
    top = np.argpartition(-sims, probe - 1, axis=1)[:, :probe]
    return sorted({int(c) for c in top.reshape(-1)})
