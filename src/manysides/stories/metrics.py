"""Clustering quality: B-cubed and pairwise precision/recall/F1 against a gold partition.

B-cubed (Bagga & Baldwin 1998) scores each item by how much of its predicted cluster
shares its gold cluster (precision) and how much of its gold cluster landed with it
(recall), then averages over items; it punishes both splitting and merging stories.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str],
           items: Iterable[str] | None = None) -> Scores:
    """B-cubed over `items` (default: every gold item). Missing predictions are singletons."""
    ids = list(items) if items is not None else list(gold)
    if not ids:
        return Scores(0.0, 0.0, 0.0)
    pred = {i: predicted.get(i, ("\0single", i)) for i in ids}
    both = Counter((pred[i], gold[i]) for i in ids)
    psize = Counter(pred.values())
    gsize = Counter(gold[i] for i in ids)
    p = sum(n * n / psize[pc] for (pc, _), n in both.items()) / len(ids)
    r = sum(n * n / gsize[gc] for (_, gc), n in both.items()) / len(ids)
    return Scores(p, r, _f1(p, r))


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str],
             items: Iterable[str] | None = None) -> Scores:
    """Precision/recall over same-cluster pairs."""
    ids = list(items) if items is not None else list(gold)
    pred = {i: predicted.get(i, ("\0single", i)) for i in ids}

    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter((pred[i], gold[i]) for i in ids))
    npred = pairs(Counter(pred.values()))
    ngold = pairs(Counter(gold[i] for i in ids))
    p = both / npred if npred else 1.0
    r = both / ngold if ngold else 1.0
    return Scores(p, r, _f1(p, r))


def clusters(assignment: Mapping[str, str]) -> list[set[str]]:
    """The partition as sets of item ids (for comparing partitions regardless of labels)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in assignment.items():
        groups[label].add(item)
    return list(groups.values())
