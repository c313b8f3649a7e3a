"""Fixtures shared by the end-to-end tests: the bundled sample corpus analysed once.

Running the whole pipeline with the real models takes most of a minute, so one session
builds one store; tests that change a store work on a copy of it (`sample_db_copy`).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"


@dataclass
class SampleRun:
    analysis: object  # manysides.Analysis
    db: Path
    expected: dict
    ids: dict[str, str]  # gold file name (as in expected.json) -> article id

    def story_of(self, gold_name: str):
        aid = self.ids[gold_name]
        return next(s for s in self.analysis.stories if aid in s.articles)


def gold_name_of(source: str, names) -> str | None:
    """The expected.json name of an article's `source` ("dir/x.jsonl:2" -> "x.jsonl#2")."""
    src = source.replace("\\", "/")
    for name in names:
        if src.endswith("/" + name) or src.endswith("/" + name.replace("#", ":")):
            return name
    return None


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> SampleRun:
    from manysides.pipeline import analyze, load_leanings

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    analysis = analyze([SAMPLE / "articles"], db=db, leanings=load_leanings(SAMPLE / "leanings.csv"))
    expected = json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))
    ids = {}
    for a in analysis.articles:
        name = gold_name_of(a.source, expected["articles"])
        if name:
            ids[name] = a.id
    return SampleRun(analysis, db, expected, ids)


@pytest.fixture
def sample_db_copy(sample_run, tmp_path) -> Path:
    """A private copy of the analysed sample store, for tests that add to it."""
    from manysides.store import Store

    with Store(sample_run.db) as store:  # fold the WAL into the main file before copying
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.db"
    shutil.copy(sample_run.db, copy)
    return copy


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the annotate stage uses, loaded once for the run (skips without the model package)."""
    from manysides.nlp.models import load_spacy

    try:
        return load_spacy()
    except Exception as exc:  # pragma: no cover - only without the model package
        pytest.skip(f"spaCy model not installed: {exc}")
