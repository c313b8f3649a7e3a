"""The Ray runner on the bundled sample corpus, against `manysides analyze` on the same
inputs: `scale annotate` on a local Ray of 2 cores, then `scale load` into a fresh store,
must give the same stories, wire-copy links, annotations and vectors.

Ray starts once for this module (it takes some 15 s) and stops after it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from manysides.cli import app

pytestmark = pytest.mark.models
ray = pytest.importorskip("ray", reason="the Ray runner's tests need: pip install 'manysides[scale]'")

SAMPLE = Path(__file__).resolve().parents[2] / "sample"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """`manysides scale annotate` of the sample and one unreadable file: (out dir, result, JSON summary)."""
    base = tmp_path_factory.mktemp("scale")
    bad = base / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02 not an article \xff\xfe" * 20)
    out = base / "rows"
    result = runner.invoke(app, ["scale", "annotate", str(SAMPLE / "articles"), str(bad), "--out", str(out),
                                 "--batch-size", "4", "--json"])
    return out, result, json.loads(result.stdout) if result.stdout.strip() else None


@pytest.fixture(scope="module")
def loaded(annotated, tmp_path_factory):
    """`manysides scale load` of those rows into a fresh store: (db, result, JSON analysis)."""
    out, _, _ = annotated
    base = tmp_path_factory.mktemp("loaded")
    db, analysis = base / "scale.db", base / "analysis.json"
    result = runner.invoke(app, ["scale", "load", str(out), "--db", str(db), "--leanings",
                                 str(SAMPLE / "leanings.csv"), "--json", str(analysis), "--quiet"])
    return db, result, json.loads(analysis.read_text(encoding="utf-8"))


def test_a_bad_input_is_a_failure_row_and_the_exit_code_says_so(annotated):
    import pandas as pd

    out, result, summary = annotated
    assert result.exit_code == 1, result.output
    assert summary["articles"] == 15 and len(summary["failures"]) == 1
    (failure,) = summary["failures"]
    assert failure["source"].endswith("broken.txt") and failure["message"].startswith(failure["source"])
    rows = pd.read_parquet(out / "kind=failure")
    assert list(rows["source"]) == [failure["source"]] and list(rows["message"]) == [failure["message"]]
    articles = pd.read_parquet(out / "kind=article")
    assert len(articles) == 15 and articles["annotation"].notna().all()
    # the whole folder reads as one table with a kind column (the run's manifest is passed over)
    assert pd.read_parquet(out)["kind"].value_counts().to_dict() == {"article": 15, "failure": 1}
    assert set(articles["annotator"]) == {summary["annotator"]}
    first = articles.iloc[0]
    assert np.frombuffer(first["sentence_vectors"], "<f4").reshape(-1, first["dim"]).shape[0] == len(
        json.loads(first["annotation"])["sentences"])


def test_load_gives_the_stories_links_and_annotations_of_analyze(sample_run, loaded):
    from manysides.store import Store

    db, result, data = loaded
    assert result.exit_code == 1, result.output  # the run's failure is reported again
    assert [f["source"].endswith("broken.txt") for f in data["failures"]] == [True]
    ours = {s["id"]: sorted(s["articles"]) for s in data["stories"]}
    theirs = {s.id: sorted(s.articles) for s in sample_run.analysis.stories}
    assert ours == theirs  # the same article sets, under the same story ids
    assert {a["id"]: a["duplicate_of"] for a in data["articles"]} == {
        a.id: a.duplicate_of for a in sample_run.analysis.articles}
    assert any(a["duplicate_of"] for a in data["articles"])  # the sample's wire copy
    expected = sample_run.analysis.to_json()
    assert [s["shared"] for s in data["stories"]] == [s["shared"] for s in expected["stories"]]

    def stored(path):
        with Store(path) as store:  # as the store serialises them
            rows = store._db.execute("SELECT article_id, data, annotator FROM annotations").fetchall()
            ids = [r[0] for r in rows]
            return {r[0]: r[1:] for r in rows}, store.article_vectors(ids), store.sentence_vectors(ids)

    (ann_a, vec_a, sent_a), (ann_b, vec_b, sent_b) = stored(db), stored(sample_run.db)
    assert ann_a == ann_b and len(ann_a) == 15
    for aid in vec_b:
        assert float(vec_a[aid] @ vec_b[aid]) > 0.999
        assert sent_a[aid].shape == sent_b[aid].shape
        assert np.allclose(sent_a[aid], sent_b[aid], atol=2e-3)


def test_loading_twice_adds_nothing(annotated, loaded, tmp_path, monkeypatch):
    import manysides.pipeline as pipeline
    from manysides.scale import load_parquet
    from manysides.store import Store

    out, _, _ = annotated
    db = tmp_path / "again.db"
    shutil.copy(loaded[0], db)

    def counts():
        with Store(db) as store:
            return (store.count_articles(), len(store.stories()),
                    store._db.execute("SELECT count(*) FROM annotations").fetchone()[0])

    before = counts()

    def no_put(*args, **kwargs):
        raise AssertionError("a stored annotation was put again")

    monkeypatch.setattr(Store, "put_annotation", no_put)
    monkeypatch.setattr(pipeline, "compare_story", no_put)
    again = load_parquet(out, db=db)
    assert counts() == before == (15, 5, 15)
    assert len(again.stories) == 5 and len(again.reports) == 3 and len(again.failures) == 1


def test_rows_of_another_annotator_version_are_refused(annotated, tmp_path):
    from manysides.errors import ConfigError
    from manysides.scale import load_parquet
    from manysides.scale.rows import MANIFEST, OLD_MANIFEST

    out = tmp_path / "rows"
    shutil.copytree(annotated[0], out)
    manifest = json.loads((out / MANIFEST).read_text())
    (out / MANIFEST).write_text(json.dumps({**manifest, "annotator": "manysides-annotate/1 spacy/x slant/y"}))
    with pytest.raises(ConfigError, match="annotate again"):
        load_parquet(out, db=tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()  # refused before a store is made
    # a run of an earlier version named its manifest without the "_"
    (out / MANIFEST).rename(out / OLD_MANIFEST)
    with pytest.raises(ConfigError, match="annotate again"):
        load_parquet(out, db=tmp_path / "new.db")
    (out / OLD_MANIFEST).unlink()
    result = runner.invoke(app, ["scale", "load", str(out), "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 2 and "no finished run" in result.output
    # refused before the store is opened (a leanings file that is not there): one line, no store
    result = runner.invoke(app, ["scale", "load", str(out), "--db", str(tmp_path / "new.db"),
                                 "--leanings", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2 and "missing.csv" in result.output, result.output
    assert not (tmp_path / "new.db").exists()


def test_vectors_of_another_size_than_the_store_s_are_refused(annotated, tmp_path):
    from manysides.errors import ConfigError
    from manysides.records import Annotation
    from manysides.scale import load_parquet
    from manysides.store import Store

    db = tmp_path / "small.db"
    with Store(db) as store:
        from manysides.pipeline import Analysis, Intake

        Intake(store, Analysis()).add(_article())
        store.put_annotation(Annotation("x1", (), (), (), ()), np.zeros(8, np.float32), np.zeros((0, 8), np.float32))
    with pytest.raises(ConfigError, match="8-number vectors"):
        load_parquet(annotated[0], db=db)


def test_an_out_folder_that_holds_files_is_refused(tmp_path):
    (tmp_path / "rows").mkdir()
    (tmp_path / "rows" / "old.parquet").write_bytes(b"x")
    result = runner.invoke(app, ["scale", "annotate", str(SAMPLE / "articles"), "--out", str(tmp_path / "rows")])
    assert result.exit_code == 2 and "already holds files" in result.output


def _article():
    from manysides.records import Article

    return Article(id="x1", source="x.txt", outlet="X", url=None, title="T", byline=None, published=None,
                   language="en", text="A short text about a town council vote on Monday.")
