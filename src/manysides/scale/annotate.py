"""Read, clean and annotate inputs on Ray Data, writing Parquet rows (see rows.py).

The driver lists the input files (folders walked as `read_inputs` walks them); Ray tasks
read and clean each file with the ingest functions; an actor pool, each actor holding the
models once, annotates the articles in batches with `pipeline.embedded_batches`, the
function `analyze` annotates with. Nothing is lost and nothing stops the job: an input
that cannot be read, an article cleaning refuses and one the extractors trip on each
become a failure row with the one-line message `analyze` would print.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analysis import Failure
from ..errors import ClusterError, ConfigError, InputError, ManysidesError
from ..ingest.readers import as_inputs, is_address, path_files, read_file, unnamed_text
from ..pipeline import Progress, _Silent, embedded_batches
from . import rows as R
from ._ray import require_ray

RAY_CORE_LOG = "RAY_BACKEND_LOG_LEVEL"  # the level of Ray's C++ core's own lines (debug ... fatal)
ROW_GROUP_ROWS = 256  # rows a Parquet row group holds (an article with its vectors is some 50 kB)


@dataclass
class ScaleRun:
    """What `annotate_to_parquet` wrote."""

    out_dir: Path
    articles: int  # article rows written (each annotated)
    failures: list[Failure] = field(default_factory=list)  # inputs and articles that could not be used, in input order
    passed_over: int = 0  # archived pages without an article (home and section pages): expected, not failures
    seconds: float = 0.0
    annotator: str = ""  # what made the annotations (nlp.annotate.annotator_id)
    embedder: str = ""
    dim: int = 0  # numbers in each vector

    @property
    def ok(self) -> bool:
        return not self.failures


def annotate_to_parquet(
    inputs: Iterable[str | Path] | str | Path,
    out_dir: str | Path,
    *,
    num_cpus: int | None = None,
    address: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> ScaleRun:
    """Read, clean and annotate the files and folders `inputs` on Ray, into Parquet in
    `out_dir` (a new or empty folder): `out_dir/kind=article/` holds one row per article,
    `kind=failure/` and `kind=passed_over/` one per input that gave none; `load_parquet`
    takes them into a store.

    A local Ray with `num_cpus` cores (default: all) is started and stopped again, unless
    `address` names a cluster (`ray://HOST:PORT`, or "auto") or Ray is already running in
    this process. On a cluster, the inputs and `out_dir` must be paths every node sees (a
    shared file system), and every node needs this version of manysides and its models.
    URLs and standard input are not read here: give them to `manysides analyze`.
    """
    ray = require_ray()
    progress = progress or _Silent()
    started = time.perf_counter()
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"batch_size must be 1 or more, not {batch_size!r}")
    if num_cpus is not None and (not isinstance(num_cpus, int) or num_cpus < 1):
        raise ConfigError(f"num_cpus must be 1 or more, not {num_cpus!r}")
    if num_cpus is not None and address:
        raise ConfigError("give either num_cpus (a local Ray) or address (a cluster), not both: "
                          "a cluster's nodes say how many cores it has")
    out = Path(out_dir)
    listing = _listing(as_inputs(inputs))  # inputs refused before --out is made: a refused run leaves no folder
    if all(item["error"] for item in listing):  # no file to read: said now, not after starting Ray and the models
        said = [item["error"] for item in listing]
        more = f"; and {len(said) - 3} more" if len(said) > 3 else ""
        raise ConfigError(f"no file to read: {'; '.join(said[:3])}{more}")
    _check_out_dir(out)
    progress.stage("starting", None)
    owned = _connect(ray, num_cpus, address)
    try:
        with _quiet_data_context(ray):
            cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
            tally = ray.remote(num_cpus=0)(_Tally).remote()
            ds = ray.data.from_items(listing, override_num_blocks=min(len(listing), 8 * cpus))
            # reading and cleaning is light next to annotating: its tasks take no core of
            # their own, so the actors can have every core without starving them
            ds = ds.map_batches(read_files, batch_size=1, batch_format="pyarrow", fn_kwargs={"batch_size": batch_size},
                                num_cpus=0, compute=ray.data.TaskPoolStrategy(size=cpus))
            ds = ds.map_batches(Annotator, fn_constructor_kwargs={"tally": tally}, batch_size=batch_size,
                                batch_format="pyarrow", num_cpus=1, compute=ray.data.ActorPoolStrategy(size=cpus))
            progress.stage("annotating", None)
            with _Polling(ray, tally, progress):
                # small row groups: the loader holds a few at a time
                ds.write_parquet(str(out), partition_cols=["kind"], row_group_size=ROW_GROUP_ROWS)
    except ManysidesError:
        raise
    except Exception as exc:
        raise _cluster_error(exc) from None
    finally:
        if owned:
            ray.shutdown()
    run = _summary(out, time.perf_counter() - started)
    _write_manifest(out, run, [str(i) for i in as_inputs(inputs)])
    return run


# -- on the driver -------------------------------------------------------------------------------
def _check_out_dir(out: Path) -> None:
    try:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise ConfigError(f"{out}: already holds files; give a new or empty folder to write the Parquet rows "
                              "into (a run never mixes its rows with another's)")
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot write into {str(out)!r}: {exc.strerror or exc} "
                          "(give a folder you can write to)") from None


def _listing(inputs: Iterable[str | Path]) -> list[dict[str, Any]]:
    """One item per input file, numbered in input order; a path naming no file is an
    item carrying its error, so that it becomes a failure row like any other."""
    items: list[dict[str, Any]] = []
    for given in inputs:
        name = str(given)
        if not isinstance(given, (str, os.PathLike)) or not name.strip():
            raise ConfigError(f"{given!r} is not an input name: give file and folder paths")
        if name == "-" or is_address(name):
            raise ConfigError(f"{name}: the Ray runner reads files and folders only; give standard input and URLs "
                              "to `manysides analyze` (into the same --db), or save them as files first")
        for found in path_files(given):
            item = {"input_no": len(items), "path": name, "explicit": True, "error": None}
            if isinstance(found, InputError):
                item.update(path=found.source, error=str(found))
            else:
                item.update(path=str(found[0]), explicit=found[1])
            items.append(item)
    if not items:
        raise ConfigError("no inputs given: name files or folders of articles")
    return items


def _connect(ray, num_cpus: int | None, address: str | None) -> bool:
    """Start or join Ray; True when this call started it (and so stops it)."""
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.ERROR,
                              "log_to_driver": False, "configure_logging": True}
    # Ray's C++ core writes to stderr, past Python's logging, a line on every Ray Data actor
    # pool ("[... E ...] core_worker.cc: Actor ... has constructor arguments in the object
    # store and max_restarts > 0 ...": Ray issue 53727), which read as the job failing. Only its
    # fatal lines are shown, unless the user chose a level; a failed job is still said, by
    # `_cluster_error`. Set for the processes started here, not left in the caller's environment.
    chosen = os.environ.get(RAY_CORE_LOG)
    os.environ.setdefault(RAY_CORE_LOG, "fatal")
    try:
        # setting the level makes the core say so on every run, before the level applies: that line alone is
        # held back, unless the user chose a level (and so wants the core's lines)
        with _LevelLineHeld() if chosen is None else contextlib.nullcontext():
            if address:
                ray.init(address=address, **kwargs)
            else:
                ray.init(num_cpus=num_cpus or os.cpu_count() or 1, **kwargs)
    except Exception as exc:  # ConnectionError, a version mismatch, a bad address
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise ConfigError(f"cannot start {where}: {' '.join(str(exc).split())[:300]} "
                          "(check the address and that the cluster runs the same Ray version)") from None
    finally:
        if chosen is None:
            os.environ.pop(RAY_CORE_LOG, None)
    return True


# "[2026-12-05 00:52:03,851 I 3611 3611] logging.cc:303: Set ray log level from environment variable
# RAY_BACKEND_LOG_LEVEL to 3": Ray's core, starting in this process, says that it read the level `_connect` set
_LEVEL_LINE = re.compile(rb"^\[[^\]]*\bI\b[^\]]*\] logging\.cc:\d+: Set ray log level from environment variable "
                         + RAY_CORE_LOG.encode() + rb" to -?\d+\s*$")


class _LevelLineHeld:
    """While Ray starts, this process's standard error (file descriptor 2, where Ray's C++
    core writes, past Python) goes through a pipe that passes on every line but the core's
    note that it read its log level (`_LEVEL_LINE`): an error, a warning, Python's own lines
    all still show. Nothing is held back once Ray has started; a process Ray started that
    kept the pipe as its standard error goes on being passed on until it closes it."""

    def __enter__(self) -> None:
        self._saved = None
        try:
            sys.stderr.flush()
            saved = os.dup(2)
            read, write = os.pipe()
        except (OSError, ValueError):  # no file descriptor 2 (a service): nothing to hold back
            return None
        os.dup2(write, 2)
        os.close(write)
        self._saved = saved
        self._pump = threading.Thread(target=self._pass_on, args=(read, saved), daemon=True)
        self._pump.start()
        return None

    @staticmethod
    def _pass_on(read: int, saved: int) -> None:
        with os.fdopen(read, "rb", buffering=0) as pipe:
            for line in iter(pipe.readline, b""):
                if not _LEVEL_LINE.match(line):
                    os.write(saved, line)
        os.close(saved)

    def __exit__(self, *exc: object) -> None:
        if self._saved is None:
            return
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        os.dup2(self._saved, 2)  # the pipe's last end here closes: the pump passes on the rest and stops
        self._pump.join(timeout=5)


class _quiet_data_context:
    """Ray Data set to keep its output order (the loader streams rows in that order) and
    to draw no bars of its own (the caller's progress is shown); restored afterwards."""

    def __init__(self, ray) -> None:
        self._ctx = ray.data.DataContext.get_current()

    def __enter__(self) -> None:
        ctx = self._ctx
        self._saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars,
                       logging.getLogger("ray.data").level)
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)

    def __exit__(self, *exc: object) -> None:
        ctx = self._ctx
        ctx.execution_options.preserve_order, ctx.enable_progress_bars, level = self._saved
        logging.getLogger("ray.data").setLevel(level)


def _cluster_error(exc: Exception) -> ManysidesError:
    """A ManysidesError for a failed job: the worker's own one (a model missing on a node)
    when it raised one, else a ClusterError."""
    cause = exc
    while cause is not None:
        if isinstance(cause, ManysidesError):
            return cause
        cause = getattr(cause, "cause", None) or cause.__cause__
    return ClusterError(f"the Ray job stopped: {type(exc).__name__}: {' '.join(str(exc).split())[:500]} "
                        "(its rows are incomplete; run it again into a new --out folder)")


class _Tally:
    """A Ray actor counting annotated articles, which the driver reads for its progress."""

    def __init__(self) -> None:
        self.n = 0

    def add(self, n: int) -> None:
        self.n += n

    def total(self) -> int:
        return self.n


class _Polling:
    """Advances `progress` with the tally's count every half second while the job runs."""

    def __init__(self, ray, tally, progress: Progress) -> None:
        self._ray, self._tally, self._progress = ray, tally, progress
        self._stop = threading.Event()
        self._shown = 0

    def _poll(self) -> None:
        while not self._stop.wait(0.5):
            self._update()

    def _update(self) -> None:
        try:
            n = self._ray.get(self._tally.total.remote(), timeout=5)
        except Exception:  # a slow answer only delays the bar
            return
        if n > self._shown:
            self._progress.advance(n - self._shown)
            self._shown = n

    def __enter__(self) -> None:
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if exc[0] is None:
            self._update()


def _summary(out: Path, seconds: float) -> ScaleRun:
    """What the run wrote, read from the Parquet files' footers (failures in full)."""
    import pyarrow.parquet as pq

    from .load import parquet_files

    run = ScaleRun(out, articles=0, seconds=seconds)
    for kind, path in parquet_files(out):
        if kind == R.ARTICLE:
            run.articles += pq.ParquetFile(path).metadata.num_rows
            if not run.annotator:
                first = pq.read_table(path, columns=["annotator", "embedder", "dim"]).slice(0, 1).to_pylist()
                if first:
                    run.annotator, run.embedder, run.dim = first[0]["annotator"], first[0]["embedder"], first[0]["dim"]
        elif kind == R.PASSED_OVER:
            run.passed_over += pq.ParquetFile(path).metadata.num_rows
    failed = [(r["input_no"], r["item_no"], Failure(r["source"], r["message"]))
              for kind, path in parquet_files(out) if kind == R.FAILURE
              for r in pq.read_table(path, columns=["input_no", "item_no", "source", "message"]).to_pylist()]
    run.failures = [f for *_, f in sorted(failed, key=lambda t: t[:2])]
    return run


def _write_manifest(out: Path, run: ScaleRun, inputs: list[str]) -> None:
    """The mark of a finished run, with what made its rows (written last, atomically)."""
    from ..nlp.annotate import annotator_id
    from ..nlp.models import EMBEDDING_DIM

    data = {"format": R.FORMAT, "annotator": run.annotator or annotator_id(), "embedder": run.embedder or R.embedder_id(),
            "dim": run.dim or EMBEDDING_DIM, "articles": run.articles, "failures": len(run.failures),
            "passed_over": run.passed_over, "seconds": round(run.seconds, 1), "inputs": inputs}
    tmp = out / (R.MANIFEST + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(out / R.MANIFEST)


# -- on the workers -------------------------------------------------------------------------------
def read_files(batch, batch_size: int = 16) -> Iterator[Any]:
    """A Ray Data task: the listed files of `batch` read and cleaned, as tables of up to
    `batch_size` rows (a large JSON Lines file streams out as it is read)."""
    for item in batch.to_pylist():
        rows: list[dict[str, Any]] = []
        for row in _file_rows(item):
            rows.append(row)
            if len(rows) >= batch_size:
                yield R.table(rows)
                rows = []
        if rows:
            yield R.table(rows)


def _file_rows(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    from ..ingest.clean import clean_document

    input_no, path = item["input_no"], item["path"]
    if item["error"]:
        yield R.failure_row(input_no, 0, path, item["error"])
        return
    item_no = 0
    try:
        for item_no, doc in enumerate(read_file(path, explicit=item["explicit"])):
            if isinstance(doc, InputError):
                yield R.failure_row(input_no, item_no, doc.source, str(doc))
                continue
            try:
                yield R.article_row(input_no, item_no, clean_document(doc), unnamed_text(doc))
            except InputError as exc:
                if doc.optional:  # a crawled home or section page: expected, not a failure
                    yield R.failure_row(input_no, item_no, doc.source, str(exc), kind=R.PASSED_OVER)
                else:
                    yield R.failure_row(input_no, item_no, exc.source, str(exc))
    except Exception as exc:  # a reader's bug must not stop the other files
        yield R.failure_row(input_no, item_no + 1, path, f"{path}: could not be read ({type(exc).__name__}: {exc}); "
                            "please report this with the file")


class Annotator:
    """A Ray actor: the models loaded once, then each batch of rows annotated."""

    def __init__(self, tally=None) -> None:
        from ..nlp.annotate import annotator_id
        from ..nlp.models import load_embedder, load_spacy
        from ..nlp.slant import SlantModel

        self.nlp = load_spacy()
        self.embedder = load_embedder()
        self.slant_model = SlantModel.load()
        self.annotator = annotator_id(self.slant_model)
        self.embedder_id = R.embedder_id()
        self.tally = tally

    def __call__(self, batch) -> Any:
        rows = batch.to_pylist()
        out = annotate_rows(rows, self.nlp, self.slant_model, self.embedder, self.annotator, self.embedder_id)
        if self.tally is not None:
            self.tally.add.remote(sum(r["kind"] == R.ARTICLE for r in rows))
        return R.table(out)


def annotate_rows(rows: list[dict[str, Any]], nlp, slant_model, embedder, annotator: str,
                  embedder_name: str) -> list[dict[str, Any]]:
    """`rows` with each article annotated (or turned into a failure row), the other rows
    as they were, in their order."""
    todo = [(i, R.to_article(r)) for i, r in enumerate(rows) if r["kind"] == R.ARTICLE]
    failures: list[Failure] = []
    done = {}
    crash = ""
    try:
        for batch in embedded_batches((art for _, art in todo), nlp, slant_model, embedder, failures, _Silent()):
            done.update((id(e.article), e) for e in batch)
    except Exception as exc:  # the parse or the embedder failed on the batch: its articles fail, the job goes on
        crash = f"annotation failed ({type(exc).__name__}: {exc}); please report this with the file"
    why = {f.source: f.message for f in failures}
    out = list(rows)
    for i, art in todo:
        e = done.get(id(art))
        if e is not None:
            out[i] = R.annotated(rows[i], e.annotation, e.vector, e.sentence_vectors, annotator, embedder_name)
        else:
            message = why.get(art.source) or f"{art.source}: {crash or 'annotation failed'}"
            out[i] = R.failure_row(rows[i]["input_no"], rows[i]["item_no"], art.source, message)
    return out
