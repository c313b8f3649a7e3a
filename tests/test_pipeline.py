"""The whole pipeline on the bundled sample corpus, against sample/expected.json.

Grouping, wire copies, storylines, disputes, the JSON contract, text-based slant; and the
store's promises: a second run recomputes nothing, a new article touches only its story,
a run killed halfway is completed by the next one.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources

import pytest

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample"

pytestmark = pytest.mark.models

ARTICLES = SAMPLE / "articles"


def _groups(run) -> list[set[str]]:
    """The stories of the run, as sets of gold file names."""
    name_of = {v: k for k, v in run.ids.items()}
    return [{name_of[a] for a in s.articles if a in name_of} for s in run.analysis.stories]


def test_every_sample_article_is_read_without_failure(sample_run):
    assert sample_run.analysis.failures == []
    assert set(sample_run.ids) == set(sample_run.expected["articles"])


def test_articles_group_into_the_gold_stories(sample_run):
    found = sorted(sorted(g) for g in _groups(sample_run))
    gold = sorted(sorted(v) for v in sample_run.expected["stories"].values())
    assert found == gold


def test_wire_copy_is_linked_and_not_counted(sample_run):
    original, copy = sample_run.expected["duplicates"][0]
    a = sample_run.analysis.article(sample_run.ids[copy])
    assert a.duplicate_of == sample_run.ids[original]
    data = sample_run.analysis.to_json()
    story = next(s for s in data["stories"] if a.id in s["articles"])
    assert a.id not in story["independent_articles"]
    assert sample_run.ids[original] in story["independent_articles"]
    # six outlets wrote about the election; the copy's outlet counts only for its own article
    assert sum(story["coverage"].values()) == len(story["outlets"]) == 6


def test_follow_up_is_linked_into_a_storyline(sample_run):
    first, later = (sample_run.expected["stories"][k][0] for k in sample_run.expected["storyline"])
    s1, s2 = sample_run.story_of(first), sample_run.story_of(later)
    assert s1.id != s2.id and s1.storyline is not None and s1.storyline == s2.storyline
    fire = sample_run.story_of(sample_run.expected["stories"]["saddle-gap-fire"][0])
    assert fire.storyline != s1.storyline
    line = next(sl for sl in sample_run.analysis.storylines if sl.id == s1.storyline)
    assert list(line.stories) == [s1.id, s2.id]  # a timeline: oldest first


def test_spending_is_disputed_across_outlets(sample_run):
    story = sample_run.story_of("ironwood-sentinel_harlan-gut-punch.txt")
    report = sample_run.analysis.reports[story.id]
    spending = [d for d in report.disputed if any("41" in c.text for c in d.claims)]
    assert spending, [d.about for d in report.disputed]
    claims = spending[0].claims
    high_side = [c for c in claims if c.low is not None and c.low >= 41e6]
    low_side = [c for c in claims if c.high is not None and c.high <= 30e6]
    # "topped $41 million" / "more than $41 million" against "nearly $30 million"
    assert high_side and low_side
    assert {c.article for c in high_side}.isdisjoint({c.article for c in low_side})


def test_json_output_follows_the_published_schema(sample_run):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((resources.files("manysides") / "data" / "analysis.schema.json").read_text())
    data = json.loads(json.dumps(sample_run.analysis.to_json()))
    jsonschema.validate(data, schema)
    for art in data["articles"]:  # offsets index the cleaned text
        for key in ("entities", "quotes", "claims"):
            for item in art[key]:
                assert 0 <= item["start"] < item["end"] <= len(art["text"])
        for ev in art["slant"]["evidence"] + art["hyperpartisan"]["evidence"]:
            assert art["text"][ev["start"] : ev["end"]] == ev["text"]


def test_unique_items_carry_their_new_figures_and_names(sample_run):
    """Each "only one outlet reports" item says which figures and names in it no other
    outlet gives (the sample's gold details among them), as spans of its article's text."""
    data = sample_run.analysis.to_json()
    texts = {a["id"]: a["text"] for a in data["articles"]}
    items = [u for s in data["stories"] for u in s["unique"]]
    details = {d["text"] for u in items for d in u["details"]}
    assert {"118,423", "Dale Swinford", "Wade Kittredge", "Trent Wiley"} <= details
    for u in items:
        for d in u["details"]:
            assert d["article"] == u["article"] and u["start"] <= d["start"] < d["end"] <= u["end"]
            assert texts[d["article"]][d["start"] : d["end"]] == d["text"]


def test_the_voices_table_counts_the_quotes_that_name_it(sample_run, tmp_path):
    """Exported voices and quotes join on (story, voice): each voice's counts are the
    quotes and reported speech rows that name it, so a researcher can trace a count."""
    import pandas as pd

    from manysides.present.export import export

    export(sample_run.analysis, tmp_path / "run.parquet")
    voices = pd.read_parquet(tmp_path / "run.voices.parquet")
    quotes = pd.read_parquet(tmp_path / "run.quotes.parquet")
    reports = sample_run.analysis.reports
    assert len(voices) == sum(len(r.voices) for r in reports.values()) > 10
    counted = quotes.dropna(subset=["voice"]).groupby(["story", "voice"])["direct"].agg(["sum", "size"])
    joined = voices.set_index(["story", "voice"]).join(counted, how="left").fillna(0)
    assert (joined["quotes"] == joined["sum"]).all()
    assert (joined["reported"] == joined["size"] - joined["sum"]).all()
    assert set(quotes.dropna(subset=["voice"])["story"]) <= set(reports)


def test_slant_is_read_from_each_text_and_kept_apart_from_known_leanings(sample_run):
    data = sample_run.analysis.to_json()
    for art in data["articles"]:
        assert -1 <= art["slant"]["score"] <= 1 and art["slant"]["label"] in {"left", "center", "right"}
        assert 0 <= art["hyperpartisan"]["probability"] <= 1
    story = next(s for s in data["stories"] if len(s["outlets"]) == 6)
    assert sum(story["coverage_by_text"].values()) == len(story["independent_articles"])
    assert story["coverage"] == {"left": 2, "center": 2, "right": 2, "unknown": 0}  # unchanged by slant


def test_second_run_adds_and_recomputes_nothing(sample_db_copy, monkeypatch):
    import manysides.pipeline as pipeline
    from manysides.store import Store

    with Store(sample_db_copy) as store:
        before = (store.count_articles(), len(store.stories()))

    def no_compare(*args, **kwargs):
        raise AssertionError("a stored report was recomputed")

    class NoEmbedder:
        dim = 384

        def encode(self, texts):
            raise AssertionError("a stored article was embedded again")

    monkeypatch.setattr(pipeline, "compare_story", no_compare)
    stages = []

    class Recorder:
        def stage(self, name, total):
            stages.append(name)

        def advance(self, n=1):
            pass

    result = pipeline.analyze([ARTICLES], db=sample_db_copy, embedder=NoEmbedder(), progress=Recorder())
    assert "annotating" not in stages
    assert len(result.articles) == 15 and len(result.reports) == 3
    with Store(sample_db_copy) as store:
        assert (store.count_articles(), len(store.stories())) == before


def test_new_article_updates_only_its_story(sample_run, sample_db_copy, monkeypatch, tmp_path):
    import manysides.pipeline as pipeline

    fire = sample_run.story_of("civic-observer_saddle-gap-fire.txt")
    new = tmp_path / "fire-update.txt"
    new.write_text(
        "Saddle Gap Fire crews gain ground near Corwin as evacuation orders ease\n\n"
        "CORWIN, Idaho — Firefighters said Thursday they had contained about a third of the Saddle Gap "
        "Fire, which has burned more than 12,000 acres of grass and timber east of Corwin, Idaho, and "
        "the county sheriff lifted evacuation orders for about 150 of the 400 homes cleared earlier "
        "in the week.\n\n\"We're not out of the woods, but the wind finally gave us a break,\" said "
        "incident commander Dana Whitlock. Residents of the Ridgeview subdivision were allowed back "
        "home Thursday afternoon, while crews kept building containment lines along the ridge.\n",
        encoding="utf-8",
    )
    compared = []
    real = pipeline.compare_story

    def recording(story, *args, **kwargs):
        compared.append(story.id)
        return real(story, *args, **kwargs)

    monkeypatch.setattr(pipeline, "compare_story", recording)
    result = pipeline.analyze([new], db=sample_db_copy)
    assert result.failures == []
    (story,) = result.stories
    assert story.id == fire.id  # ids are stable: the story grew, it was not replaced
    assert len(story.articles) == 3
    assert compared == [fire.id]
    # the run's own article, apart from the stored ones of the story it joined
    assert result.input_ids == [a.id for a in result.articles if a.source == str(new)]
    assert len(result.articles) == 3 and "input_ids" not in result.to_json()


def test_killed_run_is_completed_by_the_next(tmp_path, monkeypatch):
    import manysides.pipeline as pipeline
    from manysides.store import Store

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("civic-observer_saddle-gap-fire.txt", "ironwood-sentinel_saddle-gap-fire.md", "county-fair.txt"):
        shutil.copy(ARTICLES / name, inputs / name)
    db = tmp_path / "killed.db"
    real = pipeline.annotate_doc
    calls = []

    def dies_on_second(article_id, doc):
        calls.append(article_id)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user's Ctrl-C, or the process being killed
        return real(article_id, doc)

    monkeypatch.setattr(pipeline, "annotate_doc", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyze([inputs], db=db)
    monkeypatch.setattr(pipeline, "annotate_doc", real)
    with Store(db) as store:  # consistent: articles stored, no half-written annotation
        assert store.count_articles() == 3
        assert len(store.missing_annotations([a.id for a in store.articles()])) in (2, 3)

    result = pipeline.analyze([inputs], db=db)
    assert result.failures == []
    sizes = sorted(len(s.articles) for s in result.stories)
    assert sizes == [1, 2]  # the two fire articles together, the fair alone
    assert len(result.annotations) == 3


def test_a_killed_runs_articles_are_finished_by_a_run_of_other_inputs(tmp_path, monkeypatch, caplog):
    """The next run finishes a killed run's work whatever its inputs: the articles left
    unannotated are annotated, embedded and grouped, and a wire copy of one follows it."""
    import manysides.pipeline as pipeline
    from manysides.reannotate import reannotate
    from manysides.store import Store

    first, other = tmp_path / "first", tmp_path / "other"
    first.mkdir(), other.mkdir()
    for name in ("civic-observer_saddle-gap-fire.txt", "ironwood-sentinel_saddle-gap-fire.md"):
        shutil.copy(ARTICLES / name, first / name)
    shutil.copy(ARTICLES / "county-fair.txt", other / "county-fair.txt")
    copy = (ARTICLES / "civic-observer_saddle-gap-fire.txt").read_text(encoding="utf-8")
    (other / "reprint.txt").write_text(copy.replace("outlet: The Civic Observer", "outlet: Wire Reprint Daily"),
                                       encoding="utf-8")
    db = tmp_path / "killed.db"
    real = pipeline.annotate_doc

    def dies(article_id, doc):
        raise KeyboardInterrupt  # killed before the first annotation was stored

    monkeypatch.setattr(pipeline, "annotate_doc", dies)
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyze([first], db=db)
    monkeypatch.setattr(pipeline, "annotate_doc", real)
    with Store(db) as store:
        stranded = [a.id for a in store.articles()]
        assert len(stranded) == 2 and store.missing_annotations(stranded) == stranded
    dry = reannotate(db, dry_run=True)  # counted, not "all up to date"
    assert (dry.stale, dry.missing, dry.annotated, dry.finished) == (0, 2, [], [])

    with caplog.at_level("WARNING", logger="manysides"):
        result = pipeline.analyze([other], db=db)
    assert result.failures == []
    assert any("finishing 2 articles an interrupted run left" in r.getMessage() for r in caplog.records)
    with Store(db) as store:
        assert store.missing_annotations(stranded) == [] and store.count_pending() == 0
        assert store.unannotated() == []
        story = store.story_of(stranded)
        assert set(story) == set(stranded) and len(set(story.values())) == 1  # the two fire articles together
    reprint = next(a for a in result.articles if a.source.endswith("reprint.txt"))
    assert reprint.duplicate_of in stranded
    fire = next(s for s in result.stories if reprint.id in s.articles)  # the copy is no longer left pending
    assert set(stranded) <= set(fire.articles)
    assert len(result.stories) == 2
    assert reannotate(db, dry_run=True).missing == 0
    caplog.clear()
    with caplog.at_level("WARNING", logger="manysides"):  # and nothing is said once it is done
        pipeline.analyze([other], db=db)
    assert not any("interrupted" in r.getMessage() for r in caplog.records)


def test_bad_inputs_fail_alone_and_name_the_file(tmp_path):
    import manysides

    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ARTICLES / "county-fair.txt", inputs / "good.txt")
    (inputs / "empty.txt").write_text("")
    (inputs / "truncated.json").write_text('{"title": "A", "text": "cut off in the mid')
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 40)
    result = manysides.analyze([inputs, tmp_path / "missing.txt"], db=tmp_path / "s.db")
    assert len(result.articles) == 1 and result.articles[0].source.endswith("good.txt")
    failed = {f.source.rsplit("/", 1)[-1]: f.message for f in result.failures}
    # broken JSON is named by the place it breaks, FILE:LINE:COLUMN (docs/inputs.md)
    assert set(failed) == {"empty.txt", "truncated.json:1:24", "binary.txt", "missing.txt"}
    for name, message in failed.items():
        assert name in message and "\n" not in message


def test_stored_stories_stream_in_parts_that_add_up_to_the_whole(sample_db_copy, monkeypatch, tmp_path):
    from manysides.pipeline import iter_analysis, open_analysis
    from manysides.present import export, export_parts
    from manysides.store import Store

    whole = open_analysis(sample_db_copy)
    biggest = max(len(s.articles) for s in whole.stories)
    read = []
    real = Store.articles

    def counted(self, ids=None):
        assert ids is not None, "a streamed read must never load every article"
        out = real(self, ids)
        read.append(len(out))
        return out

    monkeypatch.setattr(Store, "articles", counted)
    parts = list(iter_analysis(sample_db_copy, part_size=2))
    assert [len(p.stories) for p in parts] == [2, 2, 1]
    assert max(read) <= 2 * biggest  # one part's articles at a time
    assert [s.id for p in parts for s in p.stories] == [s.id for s in whole.stories]
    assert sorted(a.id for p in parts for a in p.articles) == sorted(a.id for a in whole.articles)
    for part in parts:  # a part holds its own stories' articles, reports and storylines
        members = {a for s in part.stories for a in s.articles}
        assert {a.id for a in part.articles} == members
        # each story's articles together, in the part's order of stories
        story_of = {a: s.id for s in part.stories for a in s.articles}
        runs = [story_of[a.id] for a in part.articles]
        assert list(dict.fromkeys(runs)) == [s.id for s in part.stories]
        assert len([k for k, prev in zip(runs, [None, *runs]) if k != prev]) == len(part.stories)
        assert set(part.reports) <= {s.id for s in part.stories}
        assert all({s.id for s in part.stories} & set(sl.stories) for sl in part.storylines)
    assert sum(len(p.reports) for p in parts) == len(whole.reports)

    monkeypatch.setattr(Store, "articles", real)
    export(whole, tmp_path / "whole.json")
    export_parts(iter_analysis(sample_db_copy, part_size=2), tmp_path / "parts.json")
    a, b = (json.loads((tmp_path / f"{n}.json").read_text(encoding="utf-8")) for n in ("whole", "parts"))
    # the same records; a streamed file lists each story's articles together
    assert sorted(a.pop("articles"), key=lambda r: r["id"]) == sorted(b.pop("articles"), key=lambda r: r["id"])
    assert a == b
    assert [s.id for s in whole.stories] == [s["id"] for s in b["stories"]]


def test_a_streamed_read_is_not_changed_by_a_correction_made_meanwhile(sample_db_copy):
    # an export that runs while a user or an ingest regroups must not list an article twice
    from manysides.pipeline import iter_analysis
    from manysides.store import Store
    from manysides.stories import merge_stories

    with Store(sample_db_copy) as store:
        before = {s.id: s.articles for s in store.stories()}
    parts = iter_analysis(sample_db_copy, part_size=1)
    first = next(parts)
    with Store(sample_db_copy) as other:  # another process folds the first story into the last
        last = other.story_order()[-1]
        merge_stories(other, last, [first.stories[0].id])
        assert set(first.stories[0].articles) <= set(other.stories([last])[0].articles)
    rest = list(parts)
    listed = [a.id for p in [first, *rest] for a in p.articles]
    assert len(listed) == len(set(listed))  # every article once
    assert {s.id: s.articles for p in [first, *rest] for s in p.stories} == before


def test_the_python_api_takes_one_input_alone_and_refuses_mistakes_in_one_line(sample_run, sample_db_copy, tmp_path):
    """What a notebook user types: one folder as a str or a Path (not its characters, not
    "/" as the root folder), a mistyped store (refused, not created), a story id alone or as
    a prefix, an embedder of another vector size, the default settings spelled out."""
    import manysides
    from manysides.errors import ConfigError, InputError, StoreError
    from manysides.ingest.readers import read_inputs

    one = ARTICLES / "county-fair.txt"
    assert [d.source for d in read_inputs(str(one))] == [str(one)]
    assert [d.source for d in read_inputs(one)] == [str(one)]
    bad = list(read_inputs([one, 123]))
    assert isinstance(bad[1], InputError) and "is a int, not an input name" in str(bad[1])
    with pytest.raises(ConfigError, match="inputs must be a path"):
        manysides.analyze(None, db=tmp_path / "never.db")

    with pytest.raises(StoreError, match="no store here"):
        manysides.open_analysis(tmp_path / "typo.db")
    with pytest.raises(StoreError, match="no store here"):
        next(manysides.iter_analysis(tmp_path / "typo.db"))
    assert not (tmp_path / "typo.db").exists()

    story = sample_run.analysis.stories[0].id
    assert [s.id for s in manysides.open_analysis(sample_db_copy, story).stories] == [story]
    assert [s.id for s in manysides.open_analysis(sample_db_copy, [story[:8]]).stories] == [story]
    with pytest.raises(InputError, match="s-000000000000: is not a story in this store"):
        manysides.open_analysis(sample_db_copy, ["s-000000000000"])

    class SmallEmbedder:
        dim = 64

        def encode(self, texts):
            raise AssertionError("nothing may be embedded with a vector of another size")

    with pytest.raises(ConfigError, match="embedded as 384-number vectors and this embedder gives 64"):
        manysides.analyze([one], db=sample_db_copy, embedder=SmallEmbedder())
    # the defaults spelled out are the settings the store was grouped with
    assert manysides.analyze([], db=sample_db_copy, grouping={"threshold": 0.22}).failures == []
    with pytest.raises(ConfigError, match="n_process must be 1 or more"):
        manysides.analyze([one], db=sample_db_copy, n_process=0)
    with pytest.raises(ConfigError, match="leanings must be a mapping"):
        manysides.analyze([one], db=sample_db_copy, leanings=[("Gazette", "left")])
    from manysides.outlets import outlet_profiles

    assert outlet_profiles(sample_db_copy) and outlet_profiles(str(sample_db_copy)) == outlet_profiles(sample_db_copy)
    with pytest.raises(StoreError, match="no store here"):
        outlet_profiles(tmp_path / "typo.db")
    with pytest.raises(TypeError, match="export takes an Analysis"):
        from manysides.present import export

        export({"articles": []}, tmp_path / "x.json")


def test_a_folder_entry_that_cannot_be_looked_at_fails_alone(tmp_path, monkeypatch):
    """A folder the user may list but not enter (no x permission; /proc) gives one failure
    for that entry, and the files beside it are still read."""
    from pathlib import Path as _Path

    from manysides.errors import InputError
    from manysides.ingest.readers import read_inputs

    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(ARTICLES / "county-fair.txt", folder / "good.txt")
    real_is_dir = _Path.is_dir

    def is_dir(self):
        if self.name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_is_dir(self)

    monkeypatch.setattr(_Path, "is_dir", is_dir)
    found = list(read_inputs([folder]))
    errors = [f for f in found if isinstance(f, InputError)]
    assert len(errors) == 1 and "locked: cannot be read: Permission denied" in str(errors[0])
    assert [d.source for d in found if not isinstance(d, InputError)] == [str(folder / "good.txt")]


def test_a_records_own_id_is_kept_to_join_results_back(tmp_path):
    """A dataset's own ids ("id", "article_id", "_id"; numbers too) come back on the
    article, in the JSON and in the tables, after the store has been closed and reopened."""
    import manysides

    text = ("The county opened a new library branch on Monday with 40,000 books, officials said. "
            "The branch cost $12 million and will open seven days a week, the library director said.")
    rows = [{"id": "rec-17", "title": "Library opens", "text": text, "outlet": "Gazette"},
            {"_id": 42, "title": "New branch opens", "text": text.replace("Monday", "Tuesday"), "outlet": "Ledger"},
            {"title": "No id here", "text": text.replace("county", "city"), "outlet": "Herald"}]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    manysides.analyze([corpus], db=tmp_path / "s.db")
    again = manysides.open_analysis(tmp_path / "s.db")
    by_outlet = {a.outlet: a.external_id for a in again.articles}
    assert by_outlet == {"Gazette": "rec-17", "Ledger": "42", "Herald": None}
    frame = again.articles_frame()
    ids = {o: None if v is None or v != v else v for o, v in zip(frame["outlet"], frame["external_id"])}  # NaN != NaN
    assert ids == {"Gazette": "rec-17", "Ledger": "42", "Herald": None}
    assert {a["external_id"] for a in again.to_json()["articles"]} == {"rec-17", "42", None}


def test_the_first_publication_is_the_original_whatever_the_input_order(tmp_path):
    """A copy dated before the article it copies, given after it, becomes the original: the
    same original and the same story id in either order (within one run)."""
    from manysides.pipeline import analyze

    text = ("The state senate passed the water rights bill on Tuesday by a vote of 31 to 19, sending it to "
            "the governor, who has said she will sign it. Farmers in the valley said the bill would protect "
            "their wells during the drought, while city officials warned it would raise water prices.") * 2
    early = {"id": "early", "text": text, "outlet": "Wire", "published": "2021-09-16", "title": "Senate passes water bill"}
    late = {"id": "late", "text": text, "outlet": "Daily", "published": "2021-09-18", "title": "Senate passes water bill"}
    results = []
    for name, rows in (("late_first", [late, early]), ("early_first", [early, late])):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        run = analyze([path], db=tmp_path / f"{name}.db")
        by_ext = {a.external_id: a for a in run.articles}
        assert by_ext["early"].duplicate_of is None and by_ext["late"].duplicate_of == by_ext["early"].id, name
        results.append({s.id for s in run.stories})
    assert results[0] == results[1]


def test_a_leanings_table_takes_a_spreadsheets_header_and_says_what_its_first_line_holds(tmp_path):
    """"Outlet, Leaning" (a spreadsheet's capitals, a space after the comma) was refused as
    having no outlet,leaning columns, and a table without its header or written with
    semicolons got the same line, which did not say what was wrong with it."""
    from manysides.errors import InputError
    from manysides.pipeline import load_leanings

    table = tmp_path / "outlets.csv"
    table.write_text("Outlet, Leaning\nGazette,left\n\nLedger, Lean Right\n", encoding="utf-8")
    assert load_leanings(table) == {"Gazette": "left", "Ledger": "right"}
    for text, says in (("outlet;leaning\nGazette;left\n", "its first line is 'outlet;leaning' (separate the columns with commas, not semicolons)"),
                       ("Gazette,left\nLedger,right\n", "its first line is 'Gazette,left' (start the table with the header line outlet,leaning)"),
                       ("name,bias\nGazette,left\n", "(name the columns outlet,leaning in its first line)")):
        table.write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as caught:
            load_leanings(table)
        assert says in str(caught.value), str(caught.value)
    table.write_text("outlet,leaning\nGazette,left\n,\nLedger,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"outlets\.csv:4: no leaning for 'Ledger'"):
        load_leanings(table)


def test_a_leanings_table_that_cannot_be_read_is_said_in_words(tmp_path):
    """A mistyped --leanings said "cannot read the leanings table ([Errno 2] No such file or
    directory: 'leanigns.csv')": Python's exception text, where the inputs' missing files are
    said in words."""
    from manysides.errors import InputError
    from manysides.pipeline import load_leanings

    cases = {
        tmp_path / "leanigns.csv": "no such leanings table (check the path and its spelling)",
        tmp_path: "is a folder, not a leanings table (give a CSV file outlet,leaning)",
    }
    latin = tmp_path / "latin.csv"
    latin.write_bytes("outlet,leaning\nLe Café Quotidien,left\n".encode("latin-1"))
    cases[latin] = "the leanings table is not UTF-8 text (save it as a UTF-8 CSV file)"
    for path, says in cases.items():
        with pytest.raises(InputError) as raised:
            load_leanings(path)
        assert str(raised.value) == f"{path}: {says}"
        assert "Errno" not in str(raised.value) and "codec" not in str(raised.value)
    good = tmp_path / "good.csv"  # control: a table read as before
    good.write_text("outlet,leaning\nDaily Planet,lean left\n", encoding="utf-8")
    assert load_leanings(good) == {"Daily Planet": "left"}


def test_a_report_of_part_of_a_storyline_shows_its_whole_timeline(sample_run):
    # A run that adds to a storyline (or `show` of one story) holds only some of its stories; the JSON named the
    # others by id, while the HTML report and the terminal left them out, so the timeline read as one story.
    import io

    from rich.console import Console

    from manysides.pipeline import open_analysis
    from manysides.present import render_terminal
    from manysides.present.html import render_html

    first, later = (sample_run.expected["stories"][k][0] for k in sample_run.expected["storyline"])
    s1, s2 = sample_run.story_of(first), sample_run.story_of(later)
    part = open_analysis(sample_run.db, [s2.id])
    assert [s.id for s in part.stories] == [s2.id]
    assert [list(sl.stories) for sl in part.storylines] == [[s1.id, s2.id]]  # the JSON's storyline, as before
    html = render_html(part)
    timeline = html[html.index('id="storylines"'):]
    assert timeline.index(s1.id) < timeline.index(s2.id.join(['href="#s-', '"']))  # oldest first, both shown
    assert f"not in this report: manysides stories show {s1.id}" in timeline
    console = Console(width=200, record=True, file=io.StringIO(), color_system=None)
    render_terminal(part, console)
    text = console.export_text()
    assert f"not shown here: manysides stories show {s1.id}" in text
    assert text.index(s1.first_date, text.index("Storylines")) < text.index(s2.first_date, text.index("Storylines"))
    whole = open_analysis(sample_run.db)  # control: a report holding the whole storyline shows no such line
    assert whole.storyline_stories == {} and "not in this report" not in render_html(whole)
