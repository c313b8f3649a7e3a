"""`manysides reannotate`: a store made by an earlier version is brought up to date.

An "earlier version" is simulated on a copy of the analysed sample: its annotations lose
their annotator (as in a store made before annotators were recorded) and two of them
lose their claims and quotes (as if an older extractor had missed them).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from manysides.cli import app

pytestmark = pytest.mark.models

FIRE = "civic-observer_saddle-gap-fire.txt"  # a two-article story: quick to annotate again


def _age(db, article_ids) -> dict[str, str]:
    """Make the store look older: no annotator anywhere; `article_ids` without claims or
    quotes, and no stored comparisons. Returns those articles' annotations as they were."""
    con = sqlite3.connect(db)
    before = {}
    with con:
        for aid in article_ids:
            (data,) = con.execute("SELECT data FROM annotations WHERE article_id=?", (aid,)).fetchone()
            before[aid] = data
            old = json.loads(data)
            old["claims"], old["quotes"] = [], []
            con.execute("UPDATE annotations SET data=? WHERE article_id=?", (json.dumps(old), aid))
        con.execute("UPDATE annotations SET annotator=NULL")
        con.execute("DELETE FROM reports")
    con.close()
    return before


def _state(db):
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT article_id, story_id FROM story_articles ORDER BY 1").fetchall(),
                con.execute("SELECT article_id, article FROM vectors ORDER BY 1").fetchall(),
                con.execute("SELECT id, data FROM stories ORDER BY 1").fetchall())
    finally:
        con.close()


def test_an_old_stores_articles_are_annotated_again_and_their_stories_compared_again(sample_run, sample_db_copy):
    from manysides.pipeline import open_analysis
    from manysides.reannotate import reannotate
    from manysides.store import Store

    story = sample_run.story_of(FIRE)
    members = list(story.articles)
    before = _age(sample_db_copy, members)
    grouping = _state(sample_db_copy)
    original = sample_run.analysis.reports[story.id]
    damaged = open_analysis(sample_db_copy, [story.id]).reports[story.id]
    assert damaged != original  # what the test restores is visible in the comparison
    with Store(sample_db_copy) as store:
        cached = store.story_version(story.id)

    dry = reannotate(sample_db_copy, dry_run=True)
    assert (dry.stale, dry.current, dry.annotated) == (15, 0, [])
    assert _state(sample_db_copy) == grouping

    done = reannotate(sample_db_copy, story_ids=[story.id])
    assert sorted(done.annotated) == sorted(members) and not done.failures
    assert done.stories == [story.id]
    assert (done.stale, done.current) == (len(members), 0)
    con = sqlite3.connect(sample_db_copy)
    for aid in members:  # the same spaCy parse and models: the annotation as first made
        data, annotator = con.execute("SELECT data, annotator FROM annotations WHERE article_id=?", (aid,)).fetchone()
        assert json.loads(data) == json.loads(before[aid])
        assert annotator == done.annotator
    others = con.execute("SELECT count(*) FROM annotations WHERE annotator IS NULL").fetchone()[0]
    con.close()
    assert others == 15 - len(members)  # outside the stories named, nothing was touched
    assert _state(sample_db_copy) == grouping  # stories, their ids and vectors stay
    with Store(sample_db_copy) as store:
        assert store.story_version(story.id) != cached  # a page cache shows the new comparison
    assert open_analysis(sample_db_copy, [story.id]).reports[story.id] == original

    again = reannotate(sample_db_copy, story_ids=[story.id])
    assert (again.stale, again.current, again.annotated) == (0, len(members), [])


def test_an_article_the_extractors_trip_on_keeps_its_annotation_and_fails_alone(sample_run, sample_db_copy,
                                                                               monkeypatch):
    import manysides.pipeline as pipeline
    from manysides.reannotate import reannotate

    story = sample_run.story_of(FIRE)
    bad, good = story.articles[0], story.articles[1]
    _age(sample_db_copy, [bad])
    real = pipeline.annotate_doc

    def trip(article_id, doc):
        if article_id == bad:
            raise ValueError("unexpected token")
        return real(article_id, doc)

    monkeypatch.setattr(pipeline, "annotate_doc", trip)
    done = reannotate(sample_db_copy, story_ids=story.id)
    assert done.annotated == [good]
    (failure,) = done.failures
    assert "annotation failed (ValueError: unexpected token)" in failure.message
    con = sqlite3.connect(sample_db_copy)
    data, annotator = con.execute("SELECT data, annotator FROM annotations WHERE article_id=?", (bad,)).fetchone()
    con.close()
    assert annotator is None and json.loads(data)["claims"] == []  # left as it was, to try again


def test_the_command_counts_annotates_and_says_what_it_did(sample_run, sample_db_copy):
    runner = CliRunner()
    story = sample_run.story_of(FIRE)
    db = str(sample_db_copy)

    shown = runner.invoke(app, ["show", "--db", db])
    assert shown.exit_code == 0 and "manysides reannotate" not in shown.output  # nothing stale: no hint

    _age(sample_db_copy, [])
    shown = runner.invoke(app, ["show", "--db", db])
    assert "15 stored articles were annotated by an earlier version" in " ".join(shown.output.split())

    dry = runner.invoke(app, ["reannotate", "--db", db, "--dry-run"])
    assert dry.exit_code == 0
    assert "15 of 15 stored articles were annotated by an earlier version" in " ".join(dry.output.split())

    done = runner.invoke(app, ["reannotate", story.id[:6], "--db", db, "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert sorted(data["annotated"]) == sorted(story.articles) and data["stories"] == [story.id]

    done = runner.invoke(app, ["reannotate", story.id, "--db", db, "--all", "-q"])
    assert done.exit_code == 0
    assert " ".join(done.output.split()) == (
        f"annotated {len(story.articles)} articles again; the comparisons of 1 story are made again when next shown")

    missing = runner.invoke(app, ["reannotate", "--db", str(sample_db_copy.parent / "none.db")])
    assert missing.exit_code == 3 and "no store here" in missing.output
    unknown = runner.invoke(app, ["reannotate", "s-000000000000", "--db", db])
    assert unknown.exit_code == 2 and "s-000000000000" in unknown.output


def test_a_store_made_before_annotators_were_recorded_opens_and_counts_as_stale(tmp_path):
    import numpy as np

    from manysides.records import Annotation, Article
    from manysides.store import Store

    db = tmp_path / "old.db"
    with Store(db) as store:
        for i in range(3):
            art = Article(id=f"a{i}", source=f"f{i}.txt", outlet=None, url=None, title=None, byline=None,
                          published=None, language="en", text=f"Article number {i} says something.")
            store.add_article(art, None)
            store.put_annotation(Annotation(art.id, (), (), (), ()), np.ones(4, np.float32),
                                 np.zeros((0, 4), np.float32), annotator="v1" if i else None)
    con = sqlite3.connect(db)  # as the schema was: no annotator column
    with con:
        con.execute("DROP INDEX annotations_annotator")
        con.execute("ALTER TABLE annotations DROP COLUMN annotator")
    con.close()
    with Store(db) as store:
        assert store.count_annotations("v1") == (3, 3)
        assert store.stale_annotations("v1") == ["a0", "a1", "a2"]
        store.put_annotation(Annotation("a1", (), (), (), ()), np.ones(4, np.float32), np.zeros((0, 4), np.float32),
                             annotator="v1")
        assert store.stale_annotations("v1", ["a2", "a1", "a0"]) == ["a0", "a2"]  # in the order stored
        assert store.stale_annotations(None, ["a2", "a1"]) == ["a1", "a2"]


def test_articles_a_killed_run_left_unannotated_are_counted_annotated_and_grouped(tmp_path, monkeypatch):
    """`reannotate` finds stored articles with no annotation at all (a run killed during
    annotation left them), counts them in --dry-run, and annotates, embeds and groups them."""
    import shutil

    import manysides.pipeline as pipeline
    from manysides.store import Store

    sample = Path(__file__).resolve().parents[1] / "sample" / "articles"
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in (FIRE, "ironwood-sentinel_saddle-gap-fire.md"):
        shutil.copy(sample / name, inputs / name)
    db = tmp_path / "killed.db"

    def dies(article_id, doc):
        raise KeyboardInterrupt  # the process killed during annotation

    monkeypatch.setattr(pipeline, "annotate_doc", dies)
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyze([inputs], db=db)
    monkeypatch.undo()

    runner = CliRunner()
    dry = runner.invoke(app, ["reannotate", "--db", str(db), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "up to date" not in dry.output and "2 of 2 stored articles have no annotation" in dry.output

    done = runner.invoke(app, ["reannotate", "--db", str(db), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    assert (data["missing"], len(data["finished"]), data["annotated"]) == (2, 2, [])
    with Store(db) as store:
        ids = [a.id for a in store.articles()]
        assert store.missing_annotations(ids) == [] and store.count_pending() == 0
        assert len(set(store.story_of(ids).values())) == 1
    again = runner.invoke(app, ["reannotate", "--db", str(db), "--dry-run"])
    assert "All 2 stored articles are up to date" in again.output


def test_a_dry_run_with_all_counts_every_article_it_would_annotate_again(sample_run, sample_db_copy):
    """`reannotate --all --dry-run` said "All 0 stored articles are up to date": with --all
    nothing counts as left alone, and the count was of those."""
    runner = CliRunner()
    db = str(sample_db_copy)
    story = sample_run.story_of(FIRE)
    every = runner.invoke(app, ["reannotate", "--db", db, "--all", "--dry-run"])
    assert every.exit_code == 0, every.output
    said = " ".join(every.output.split())
    assert said.startswith("--all: all 15 annotated stored articles would be annotated again (every one is up to date")
    assert "All 0" not in said
    one = runner.invoke(app, ["reannotate", story.id, "--db", db, "--all", "--dry-run", "--json"])
    assert json.loads(one.stdout)["again"] == len(story.articles)
    # control: without --all, the up-to-date store is said to be so, as before
    plain = runner.invoke(app, ["reannotate", "--db", db, "--dry-run"])
    assert " ".join(plain.output.split()).startswith("All 15 stored articles are up to date")
    _age(sample_db_copy, [])
    stale = runner.invoke(app, ["reannotate", "--db", db, "--all", "--dry-run"])
    assert " ".join(stale.output.split()) == ("--all: all 15 annotated stored articles would be annotated again "
                                              "(15 of them by an earlier version of manysides or another model).")
