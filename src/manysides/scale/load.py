"""Take the Ray runner's Parquet rows into a store, then group and compare, on one machine.

This is `analyze` after its annotation step: articles are taken in through the same
`pipeline.Intake` (so wire copies are linked the same way), their stored annotation and
vectors are put beside them, and the stories they join are grouped and compared with the
same functions. The rows are streamed a row group at a time, in the order of the inputs,
so memory stays bounded whatever the size of the run. Nothing a store already holds is
put again: loading twice adds nothing.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from ..analysis import Analysis, Failure
from ..errors import ConfigError
from ..ingest.readers import warn_unnamed_outlets
from ..pipeline import (Intake, Progress, _annotate, _batches, _check_vector_size, _normalise_leanings, _Silent,
                        group_and_compare)
from ..store import Store
from . import rows as R


def load_parquet(
    out_dir: str | Path,
    *,
    db: str | Path | Store = "manysides.db",
    leanings: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> Analysis:
    """Store the articles, annotations and vectors that `annotate_to_parquet` wrote into
    `out_dir`, then group and compare them as `analyze` does; returns the stories they
    belong to, with the run's failures, like `analyze`.

    Rows made by another version of the annotator than this installation's (other
    extractors, spaCy model, slant weights or embedding model) are refused, not mixed
    in: install the same version on both sides, or annotate again. No model is loaded,
    unless stored articles that a run killed during annotation left are finished.
    """
    progress = progress or _Silent()
    out = Path(out_dir)
    manifest = read_manifest(out)
    _check_maker(out, manifest)
    store = db if isinstance(db, Store) else Store(db)
    try:
        _check_vector_size(store, SimpleNamespace(dim=int(manifest["dim"])))
        if leanings:
            store.set_leanings(_normalise_leanings(leanings))
        with store.writing_run() as left:  # what a run killed during annotation left, finished here
            analysis = Analysis()
            intake = Intake(store, analysis)
            unnamed: list[str] = []  # text files naming no outlet, said once as analyze says it
            rows = _RowsInOrder(parquet_files(out))
            progress.stage("loading", len(rows))
            for chunk in _batches(rows, 256):
                fresh: dict[str, dict[str, Any]] = {}  # id -> row, for the articles new to this run
                for kind, row in chunk:
                    if kind == R.FAILURE:
                        analysis.failures.append(Failure(row["source"], row["message"]))
                    elif kind == R.PASSED_OVER:
                        analysis.passed_over.append(row["source"])
                    else:
                        if (row["annotator"], row["embedder"]) != (manifest["annotator"], manifest["embedder"]):
                            raise ConfigError(f"{out}: its rows were not all annotated by one version "
                                              f"({row['annotator']!r} against {manifest['annotator']!r}); "
                                              "write each run into its own folder")
                        article = R.to_article(row)
                        if intake.add(article):
                            fresh.setdefault(article.id, row)
                            if row.get("unnamed"):
                                unnamed.append(article.source)
                for aid in store.missing_annotations(fresh):  # those stored with an annotation keep theirs
                    row = fresh[aid]
                    ann, vector, sentences = R.to_annotation(row)
                    store.put_annotation(ann, vector, sentences, row["annotator"])
                progress.advance(len(chunk))
            warn_unnamed_outlets(unnamed)
            intake.warn()
            analysis.input_ids = list(intake.run_ids)
            if left:  # annotated here with the installed models, as `analyze` would
                _annotate(store, [], None, None, analysis, progress, left=left)
            group_and_compare(store, intake.run_ids, analysis, progress)
        return analysis
    finally:
        if not isinstance(db, Store):
            store.close()


def read_manifest(out: Path) -> dict[str, Any]:
    """The finished run's manifest; a ConfigError when `out` holds no finished run."""
    path = out / R.MANIFEST
    if not path.exists() and (out / R.OLD_MANIFEST).exists():
        path = out / R.OLD_MANIFEST
    if not out.is_dir():
        raise ConfigError(f"{out}: no such folder; give the --out folder of `manysides scale annotate`")
    if not path.exists():
        raise ConfigError(f"{out}: holds no finished run of `manysides scale annotate` (no {R.MANIFEST}); "
                          "a run that stopped leaves its rows incomplete: run it again into a new folder")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc}); run `manysides scale annotate` again") from None
    if data.get("format") != R.FORMAT:
        raise ConfigError(f"{out}: written in format {data.get('format')!r} of the Parquet rows, and this version "
                          f"reads format {R.FORMAT}; annotate the inputs again with this version")
    return data


def _check_maker(out: Path, manifest: Mapping[str, Any]) -> None:
    """Refuse rows another version annotated: a store would hold them as this version's
    peers, and their vectors might not compare with the stored ones."""
    from ..nlp.annotate import annotator_id

    here = {"annotator": annotator_id(), "embedder": R.embedder_id()}
    for key, mine in here.items():
        if manifest.get("articles") and manifest.get(key) != mine:
            raise ConfigError(f"{out}: annotated by {manifest.get(key)!r}, and this installation annotates as "
                              f"{mine!r}; install the same manysides version and model packages where "
                              "`manysides scale annotate` runs and here, then annotate again")


def parquet_files(out: Path) -> list[tuple[str, Path]]:
    """(kind, file) of every Parquet file of a run in `out`, by kind, then by name."""
    return [(kind, f) for kind in R.KINDS for f in sorted((out / f"kind={kind}").rglob("*.parquet"))]


class _RowsInOrder:
    """The rows of a run's files as (kind, row dict), in input order (`rows.ORDER_COLUMNS`).

    Only the order columns are read up front (16 bytes a row); then row groups are read
    whole as the order reaches them, a few kept at a time. Ray writes the rows in order,
    so each row group is read once; were they shuffled, the order would still be right,
    only slower."""

    KEEP = 4  # row groups held at once

    def __init__(self, files: list[tuple[str, Path]]) -> None:
        import pyarrow.parquet as pq

        self._files = [(kind, pq.ParquetFile(path)) for kind, path in files]
        keys: list[np.ndarray] = []
        where: list[np.ndarray] = []
        for f, (_, pf) in enumerate(self._files):
            for g in range(pf.metadata.num_row_groups):
                t = pf.read_row_group(g, columns=R.ORDER_COLUMNS)
                n = t.num_rows
                keys.append(np.stack([t["input_no"].to_numpy(), t["item_no"].to_numpy()], axis=1))
                where.append(np.stack([np.full(n, f), np.full(n, g), np.arange(n)], axis=1))
        self._keys = np.concatenate(keys) if keys else np.zeros((0, 2), dtype=np.int64)
        self._where = np.concatenate(where) if where else np.zeros((0, 3), dtype=np.int64)
        self._order = np.lexsort((self._keys[:, 1], self._keys[:, 0]))

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[tuple[str, dict[str, Any]]]:
        cache: OrderedDict[tuple[int, int], list[dict[str, Any]]] = OrderedDict()
        for i in self._order:
            f, g, r = (int(x) for x in self._where[i])
            group = cache.get((f, g))
            if group is None:
                group = cache[(f, g)] = self._files[f][1].read_row_group(g).to_pylist()
                if len(cache) > self.KEEP:
                    cache.popitem(last=False)
            yield self._files[f][0], group[r]
