"""The Ray runner's parts that need no Ray: the Parquet rows, their order, the worker's
failure handling, and the refusals made before a job starts."""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from manysides.cli import app
from manysides.errors import ConfigError
from manysides.records import Annotation, Article, Sentence
from manysides.scale import rows as R

runner = CliRunner()


def _article(n: int, text: str = "The council voted on Monday. It passed.") -> Article:
    return Article(id=f"a{n}", source=f"in/{n}.txt", outlet="Daily", url=None, title=f"T{n}", byline=None,
                   published="2024-05-01", language="en", text=text, removed=("ad marker",), external_id=None)


def test_an_article_row_gives_back_the_article_annotation_and_vectors():
    art = _article(1)
    ann = Annotation("a1", (Sentence(0, 28), Sentence(29, 38)), (), (), ())
    vec = np.linspace(-1, 1, 384, dtype=np.float32)
    sents = np.arange(2 * 384, dtype=np.float32).reshape(2, 384)
    row = R.annotated(R.article_row(3, 7, art), ann, vec, sents, "maker/1", "emb-1")
    (back,) = R.table([row]).to_pylist()
    assert (back["input_no"], back["item_no"], back["kind"]) == (3, 7, R.ARTICLE)
    assert R.to_article(back) == art
    ann2, vec2, sents2 = R.to_annotation(back)
    assert ann2 == ann and np.array_equal(vec2, vec) and np.array_equal(sents2, sents)
    assert vec2.dtype == sents2.dtype == np.float32


def test_rows_are_read_back_in_input_order_however_the_files_hold_them(tmp_path):
    """Ray keeps the order, but the loader must not depend on it: wire copies and story
    ids follow the order articles are taken in."""
    from manysides.scale.load import _RowsInOrder, parquet_files

    (tmp_path / "kind=article").mkdir()
    (tmp_path / "kind=failure").mkdir()
    keys = [(2, 1), (0, 0), (2, 0), (1, 0)]
    pq.write_table(R.table([R.article_row(i, j, _article(10 * i + j)) for i, j in keys[:2]]),
                   tmp_path / "kind=article" / "b.parquet", row_group_size=1)
    pq.write_table(R.table([R.article_row(i, j, _article(10 * i + j)) for i, j in keys[2:3]]),
                   tmp_path / "kind=article" / "a.parquet")
    pq.write_table(R.table([R.failure_row(1, 0, "in/1.txt", "in/1.txt: file is empty")]),
                   tmp_path / "kind=failure" / "c.parquet")
    got = [(kind, row["input_no"], row["item_no"]) for kind, row in _RowsInOrder(parquet_files(tmp_path))]
    assert got == [("article", 0, 0), ("failure", 1, 0), ("article", 2, 0), ("article", 2, 1)]


def test_a_batch_the_models_fail_on_becomes_failure_rows_and_the_rest_passes():
    from manysides.scale.annotate import annotate_rows

    class BrokenParser:
        def pipe(self, *args, **kwargs):
            raise RuntimeError("parser crashed")

    rows = [R.article_row(0, 0, _article(1)), R.failure_row(1, 0, "in/x.txt", "in/x.txt: file is empty"),
            R.article_row(2, 0, _article(2))]
    out = annotate_rows(rows, BrokenParser(), None, None, "maker", "emb")
    assert [r["kind"] for r in out] == [R.FAILURE, R.FAILURE, R.FAILURE]
    assert out[1] == rows[1]
    assert out[0]["source"] == "in/1.txt" and out[0]["message"].startswith("in/1.txt: annotation failed (RuntimeError")
    assert (out[2]["input_no"], out[2]["item_no"]) == (2, 0)


@pytest.mark.models
def test_an_article_the_extractors_trip_on_is_a_failure_row_and_the_others_are_annotated(monkeypatch):
    import manysides.pipeline as pipeline
    from manysides.nlp.models import load_embedder, load_spacy
    from manysides.nlp.slant import SlantModel
    from manysides.scale.annotate import annotate_rows

    real = pipeline.annotate_doc

    def trips_on_a2(article_id, doc):
        if article_id == "a2":
            raise ValueError("odd text")
        return real(article_id, doc)

    monkeypatch.setattr(pipeline, "annotate_doc", trips_on_a2)
    rows = [R.article_row(0, i, _article(i)) for i in (1, 2, 3)]
    out = annotate_rows(rows, load_spacy(), SlantModel.load(), load_embedder(), "maker", "emb")
    assert [r["kind"] for r in out] == [R.ARTICLE, R.FAILURE, R.ARTICLE]
    assert out[1]["message"] == "in/2.txt: annotation failed (ValueError: odd text); please report this with the file"
    ann, vec, sents = R.to_annotation(out[2])
    assert ann.article_id == "a3" and vec.shape == (384,) and sents.shape == (len(ann.sentences), 384)


def test_without_ray_the_error_names_the_install_line(monkeypatch, tmp_path):
    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    from manysides.scale import annotate_to_parquet

    with pytest.raises(ConfigError, match=r"pip install 'manysides\[scale\]'"):
        annotate_to_parquet(["x.txt"], tmp_path / "rows")
    result = runner.invoke(app, ["scale", "annotate", "x.txt", "--out", str(tmp_path / "rows")])
    assert result.exit_code == 2 and "manysides[scale]" in result.output


@pytest.mark.parametrize("given", ["-", "https://example.org/news.html"])
def test_urls_and_standard_input_are_refused_with_what_to_do(given, tmp_path):
    pytest.importorskip("ray")
    from manysides.scale import annotate_to_parquet

    with pytest.raises(ConfigError, match="manysides analyze"):
        annotate_to_parquet([given], tmp_path / "rows")


def test_inputs_with_no_file_to_read_are_refused_before_ray_starts_and_leave_no_out_folder(tmp_path, monkeypatch):
    """`scale annotate missing.txt` started Ray and loaded the models (100 s) to write 0
    articles; a refused URL left an empty --out folder behind."""
    ray = pytest.importorskip("ray")
    from manysides.scale import annotate_to_parquet

    monkeypatch.setattr(ray, "init", lambda *a, **k: pytest.fail("Ray was started"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match=r"no file to read: .*missing\.txt: no such file or folder"):
        annotate_to_parquet([tmp_path / "missing.txt", tmp_path / "empty"], tmp_path / "rows")
    assert not (tmp_path / "rows").exists()
    with pytest.raises(ConfigError, match="manysides analyze"):
        annotate_to_parquet(["https://example.org/news.html"], tmp_path / "rows")
    assert not (tmp_path / "rows").exists()
    result = runner.invoke(app, ["scale", "annotate", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "rows")])
    assert result.exit_code == 2 and "no file to read" in result.output


def test_ray_s_core_is_started_without_its_error_level_noise_unless_the_user_chose_a_level(monkeypatch):
    """Every run printed Ray's C++ line "[... E ...] core_worker.cc:2465: Actor ... has
    constructor arguments in the object store and max_restarts > 0 ..." (Ray Data's own
    actors), which reads as the job failing; the processes Ray starts get only its fatal
    lines, and the caller's environment is left as it was."""
    ray = pytest.importorskip("ray")
    from manysides.scale.annotate import _connect

    seen = []
    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", lambda *a, **k: seen.append(os.environ.get("RAY_BACKEND_LOG_LEVEL")))
    monkeypatch.delenv("RAY_BACKEND_LOG_LEVEL", raising=False)
    assert _connect(ray, 1, None) and seen == ["fatal"]
    assert "RAY_BACKEND_LOG_LEVEL" not in os.environ
    monkeypatch.setenv("RAY_BACKEND_LOG_LEVEL", "info")  # a user debugging Ray keeps its lines
    _connect(ray, None, "auto")
    assert seen == ["fatal", "info"] and os.environ["RAY_BACKEND_LOG_LEVEL"] == "info"


def test_ray_s_note_that_it_read_its_log_level_is_held_back_and_its_errors_are_not(monkeypatch, capfd):
    """Setting the core's level made every `scale annotate` print "[... I ...] logging.cc:303: Set
    ray log level from environment variable RAY_BACKEND_LOG_LEVEL to 3" (session 40's audit): that
    line alone is held back; an error line, Python's own line and a line without its end still show.
    A user who chose a level sees the note too."""
    ray = pytest.importorskip("ray")
    from manysides.scale.annotate import _connect

    note = b"[2026-01-02 03:04:05,678 I 41 41] logging.cc:303: Set ray log level from environment variable " \
           b"RAY_BACKEND_LOG_LEVEL to 3\n"
    error = b"[2026-01-02 03:04:06,001 E 41 41] core_worker.cc:512: Failed to register worker to Raylet\n"

    def init(*a, **k):
        os.write(2, note)
        os.write(2, error)
        # Python's own line, written to file descriptor 2 as outside pytest (which takes `sys.stderr` itself, so
        # that a line through it could land inside a line the pipe passes on)
        with open(2, "w", closefd=False) as stderr:
            print("a warning from Python", file=stderr, flush=True)
        os.write(2, b"cut short")

    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", init)
    monkeypatch.delenv("RAY_BACKEND_LOG_LEVEL", raising=False)
    assert _connect(ray, 1, None)
    said = capfd.readouterr().err
    assert said.splitlines() == [error.decode().strip(), "a warning from Python", "cut short"]
    os.write(2, b"after the start\n")  # standard error is itself again
    assert capfd.readouterr().err == "after the start\n"
    monkeypatch.setenv("RAY_BACKEND_LOG_LEVEL", "info")
    _connect(ray, 1, None)
    assert note.decode() in capfd.readouterr().err


def test_a_folder_without_a_finished_run_is_refused(tmp_path):
    from manysides.scale import load_parquet

    with pytest.raises(ConfigError, match="no such folder"):
        load_parquet(tmp_path / "nothing", db=tmp_path / "s.db")
    (tmp_path / "rows").mkdir()
    (tmp_path / "rows" / R.MANIFEST).write_text(json.dumps({"format": 99}))
    with pytest.raises(ConfigError, match="format 99"):
        load_parquet(tmp_path / "rows", db=tmp_path / "s.db")


def test_the_listing_walks_folders_as_read_inputs_does(tmp_path):
    """The driver shares out a folder's files, then each is read as `read_inputs` would."""
    from manysides.ingest.readers import read_file, read_inputs
    from manysides.scale.annotate import _listing

    sample = Path(__file__).resolve().parents[2] / "sample" / "articles"
    (tmp_path / "empty").mkdir()
    listing = _listing([sample, tmp_path / "empty", tmp_path / "missing.txt"])
    assert [i["input_no"] for i in listing] == list(range(len(listing)))
    assert [i["error"] is not None for i in listing[-2:]] == [True, True]
    docs = [d for i in listing if not i["error"] for d in read_file(i["path"], explicit=i["explicit"])]
    assert [(d.source, d.text) for d in docs] == [(d.source, d.text) for d in read_inputs([sample])]


def test_a_run_that_found_no_article_says_so_and_exits_2(monkeypatch, tmp_path):
    """A folder whose only files are .xml that is no feed gives no row at all: the run
    says there was no usable input (exit 2), as `analyze` does, not a plain success."""
    import manysides.scale as scale
    from manysides.scale.annotate import ScaleRun

    monkeypatch.setattr(scale, "annotate_to_parquet", lambda *a, **k: ScaleRun(tmp_path / "rows", 0))
    result = runner.invoke(app, ["scale", "annotate", "configs/", "--out", str(tmp_path / "rows"), "-q"])
    assert result.exit_code == 2 and "configs/: no article in the inputs" in result.output
