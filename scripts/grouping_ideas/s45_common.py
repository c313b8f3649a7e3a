"""Session 45 harness: a learned map of the frozen MiniLM vectors (an "adapter"), trained contrastively on events,
then scored through the shipped `group()` (s44_common / s44_fast) with the mapped vectors in place of the cached ones.

The adapter is v -> normalise(v @ W) with W = I + U @ V.T (rank r; r = 384 gives a full map), initialised at the
identity (U = 0). Loss: a supervised InfoNCE over one batch of articles (every article of the training events; an
article of another event, or a lone unrelated article, is a negative), plus `reg` * ||W - I||^2 so that the map
stays near the shipped similarity.
"""
from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np

from s44_common import bench, f1, group_rows, load  # noqa: F401 (bench, load re-exported)


def not_alone(pred: dict, extra: list[dict]) -> int:
    """How many of the unrelated articles `extra` share their predicted story (`pred`: id -> story) with another."""
    size = Counter(pred.values())
    return sum(1 for r in extra if size[pred[r["id"]]] > 1)


def dated_line(h: dict, vecs_of: dict, gold: dict, label: str) -> str:
    """The dev / test / full B-cubed F1 with dates (the shipped bars) over `vecs_of`, printed under `label`."""
    return f"   {label}: " + " ".join(f"{part} {f1(group_rows(h[part], vecs_of, True), gold, h[part]).f1:.4f}"
                                      for part in ("dev", "test", "full"))


def fold_of(event: str) -> int:
    """Two folds inside the dev half (a second hash, independent of the dev/test split)."""
    return int(hashlib.sha1(("s45-fold-" + event).encode()).hexdigest(), 16) % 2


def train_adapter(X, labels, rank=384, tau=0.05, reg=1e-3, steps=300, lr=1e-2, seed=0, hard=0.0):
    """W (d x d) from unit rows X and event labels (a label seen once = an article alone: negative only).

    `hard` > 0 adds a margin term on each anchor's hardest negative against its weakest positive."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    Xt = torch.tensor(np.asarray(X, dtype=np.float32))
    n, d = Xt.shape
    lab = np.asarray(labels)
    same = torch.tensor(lab[:, None] == lab[None, :])
    eye = torch.eye(n, dtype=torch.bool)
    pos = same & ~eye
    has_pos = pos.any(dim=1)
    U = torch.zeros(d, rank, requires_grad=True)
    V = (torch.randn(d, rank) * 0.01).requires_grad_(True)
    opt = torch.optim.Adam([U, V], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        Wd = U @ V.T
        Z = Xt + Xt @ Wd
        Z = Z / Z.norm(dim=1, keepdim=True).clamp_min(1e-8)
        S = Z @ Z.T
        logits = (S / tau).masked_fill(eye, float("-inf"))
        lse_all = torch.logsumexp(logits, dim=1)
        lse_pos = torch.logsumexp(logits.masked_fill(~pos, float("-inf")), dim=1)
        loss = (lse_all - lse_pos)[has_pos].mean()
        if hard:
            neg_max = S.masked_fill(same, -2.0).max(dim=1).values
            pos_min = S.masked_fill(~pos, 2.0).min(dim=1).values
            loss = loss + hard * torch.relu(neg_max - pos_min + 0.1)[has_pos].mean()
        loss = loss + reg * (Wd ** 2).sum()
        loss.backward()
        opt.step()
    W = np.eye(d, dtype=np.float32) + (U @ V.T).detach().numpy()
    return W


def apply(W, vecs_of):
    """The mapped unit vectors, by id."""
    ids = list(vecs_of)
    X = np.array([vecs_of[i] for i in ids], dtype=np.float32)
    Z = X @ W
    nz = np.linalg.norm(Z, axis=1, keepdims=True)
    np.divide(Z, nz, out=Z, where=nz > 0)
    return dict(zip(ids, Z))


def nn_own_event(vecs_of, rows):
    """Share of articles whose nearest neighbour by the dense cosine alone is of their own event."""
    X = np.array([vecs_of[r["id"]] for r in rows])
    S = X @ X.T
    np.fill_diagonal(S, -np.inf)
    ev = np.array([r["event"] for r in rows])
    return float(np.mean(ev[S.argmax(axis=1)] == ev))
