"""Exports written from a stream of parts: the same files as one whole analysis, one part
in memory at a time, nothing half-written when the stream fails."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from manysides.analysis import Analysis
from manysides.errors import ConfigError, StoreError
from manysides.present import export, export_parts
from manysides.present.export import _dumps, to_json_text, write_json


def _parts(analysis: Analysis) -> list[Analysis]:
    """One part per story, as `pipeline.iter_analysis` gives them: the story's articles,
    their annotations, its report and every storyline naming it; the failures come last."""
    parts = []
    for story in analysis.stories:
        ids = set(story.articles)
        parts.append(
            Analysis(
                articles=[a for a in analysis.articles if a.id in ids],
                annotations={k: v for k, v in analysis.annotations.items() if k in ids},
                stories=[story],
                storylines=[sl for sl in analysis.storylines if story.id in sl.stories],
                reports={k: v for k, v in analysis.reports.items() if k == story.id},
                leanings=analysis.leanings,
            )
        )
    parts[-1].failures = list(analysis.failures)
    return parts


def _reference(analysis: Analysis) -> str:
    """The whole analysis encoded in one call."""
    return _dumps(analysis.to_json()) + "\n"


def test_the_encoder_lays_json_out_as_the_standard_library_does():
    # the layout users and diff tools see is json.dumps(indent=2)'s; numbers may be
    # spelled otherwise (0.000015 for 1.5e-05), never valued otherwise
    value = {"title": "caf\u00e9 \u2028 \"quoted\" \\ \u00bd", "empty": [], "none": {}, "n": [1, -2, 0.25, True, None],
             "nested": [{"a": [{"b": "c"}]}, []], "tiny": 1.5e-05, "huge": 1e300}
    got, want = _dumps(value), json.dumps(value, ensure_ascii=False, indent=2)
    assert json.loads(got) == value
    assert got.replace("0.000015", "1.5e-05") == want


def test_the_encoder_writes_what_its_fast_path_refuses():
    # NaN and infinities become null; a lone surrogate (read from undecodable bytes) and
    # an integer past 64 bits go through the standard library
    assert json.loads(_dumps({"x": [float("nan"), float("inf"), 1.0]})) == {"x": [None, None, 1.0]}
    assert _dumps({"s": "caf\udce9"}) == json.dumps({"s": "caf\udce9"}, ensure_ascii=False, indent=2)
    assert _dumps({"i": 2**70, "v": float("-inf")}) == '{\n  "i": %d,\n  "v": null\n}' % 2**70


def test_json_from_parts_is_the_same_text_as_the_whole(analysis: Analysis, tmp_path: Path):
    out = io.StringIO()
    write_json(_parts(analysis), out)
    # the storyline spans both parts and is written once; article order is story order here
    assert out.getvalue() == _reference(analysis) == to_json_text(analysis)
    [written] = export_parts(_parts(analysis), tmp_path / "run.json")
    assert written.read_text(encoding="utf-8") == _reference(analysis)


def test_json_of_no_parts_and_of_empty_parts_is_valid(tmp_path: Path):
    for parts in ([], [Analysis(), Analysis()]):
        out = io.StringIO()
        write_json(parts, out)
        assert out.getvalue() == _reference(Analysis())
        assert json.loads(out.getvalue()) == {"articles": [], "stories": [], "storylines": [], "failures": []}


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_tables_from_parts_equal_the_whole(analysis: Analysis, tmp_path: Path, ext: str):
    whole = export(analysis, tmp_path / f"whole.{ext}")
    parted = export_parts(_parts(analysis), tmp_path / f"parted.{ext}")
    assert [p.name for p in parted] == [f"parted.{n}.{ext}" for n in ("stories", "articles", "claims", "quotes", "voices")]
    read = pd.read_parquet if ext == "parquet" else pd.read_csv
    for a, b in zip(whole, parted):
        pd.testing.assert_frame_equal(read(a), read(b))
    if ext == "csv":  # one header line, then the rows of every part
        lines = (tmp_path / "parted.articles.csv").read_text(encoding="utf-8").splitlines()
        assert sum(line.startswith("id,") for line in lines) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no scratch left


def test_a_column_one_part_leaves_empty_takes_the_type_of_the_others(analysis: Analysis, tmp_path: Path):
    import pyarrow.parquet as pq
    from dataclasses import replace

    first, second = _parts(analysis)
    # the first part's articles have no date and no removed boilerplate at all
    first.articles = [replace(a, published=None, removed=()) for a in first.articles]
    second.articles = [replace(a, published="2024-04-04", removed=("nav",)) for a in second.articles]
    [_, articles, *_] = export_parts([first, second], tmp_path / "mixed.parquet")
    schema = pq.read_schema(articles)
    assert "string" in str(schema.field("published").type)
    assert "string" in str(schema.field("removed").type.value_type)
    frame = pd.read_parquet(articles)
    assert frame["published"].isna().sum() == len(first.articles)
    assert list(frame["removed"].iloc[-1]) == ["nav"]


@pytest.mark.parametrize("suffix", [".json", ".parquet", ".csv"])
def test_a_stream_that_fails_leaves_the_old_files_whole(analysis: Analysis, tmp_path: Path, suffix: str):
    names = ["run.json"] if suffix == ".json" else [f"run.{n}{suffix}" for n in ("stories", "articles", "claims", "quotes", "voices")]
    for name in names:
        (tmp_path / name).write_text("old")

    def failing():
        yield _parts(analysis)[0]
        raise StoreError("the store went away")

    with pytest.raises(StoreError):
        export_parts(failing(), tmp_path / f"run{suffix}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)  # no temporary file or folder
    assert all((tmp_path / name).read_text() == "old" for name in names)


def test_html_is_not_written_in_parts(analysis: Analysis, tmp_path: Path):
    with pytest.raises(ConfigError, match="HTML"):
        export_parts(_parts(analysis), tmp_path / "report.html")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("ext", ["parquet", "csv", "json"])
def test_text_with_lone_surrogates_still_exports(analysis: Analysis, tmp_path: Path, ext: str):
    from dataclasses import replace

    # what reading undecodable bytes with errors="surrogateescape" leaves in a text
    bad = "caf\udce9 au lait"
    analysis.articles[0] = replace(analysis.articles[0], title=bad)
    ann = analysis.annotations["a1"]
    analysis.annotations["a1"] = replace(ann, quotes=(replace(ann.quotes[0], speaker=bad),) + ann.quotes[1:])
    written = export_parts(_parts(analysis), tmp_path / f"run.{ext}")
    if ext == "json":
        assert "caf? au lait" in written[0].read_text(encoding="utf-8")
        return
    read = pd.read_parquet if ext == "parquet" else pd.read_csv
    stories, articles, _, quotes, _ = (read(p) for p in written)
    assert articles.loc[0, "title"] == "caf\ufffd au lait"
    assert "caf\ufffd au lait" in set(quotes["speaker"])


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_a_stream_of_no_parts_writes_empty_tables_with_their_columns(analysis: Analysis, tmp_path: Path, ext: str):
    # `manysides show --export` on a store with no stories yet
    read = pd.read_parquet if ext == "parquet" else pd.read_csv
    for got, want in zip(export_parts([], tmp_path / f"none.{ext}"), export(analysis, tmp_path / f"some.{ext}")):
        assert read(got).empty and list(read(got).columns) == list(read(want).columns)


def test_empty_tables_keep_the_types_of_full_ones(analysis: Analysis, tmp_path: Path):
    """A store with no stories yet exports tables whose columns have their usual types, so
    they concatenate with a later export."""
    import pyarrow.parquet as pq

    for empty, full in zip(export_parts([], tmp_path / "none.parquet"), export(analysis, tmp_path / "some.parquet")):
        kinds = {f.name: str(f.type) for f in pq.read_schema(full)}
        got = {f.name: str(f.type) for f in pq.read_schema(empty)}
        assert got == kinds, empty.name


def test_storylines_are_written_oldest_first_as_every_other_view_lists_them():
    # Session 41: the JSON file listed storylines by id (hashes: their order says nothing of time) while
    # `Analysis.to_json()`, the HTML report, the terminal and `stories timeline` list them oldest first.
    from manysides.records import Story, Storyline

    stories = [Story("s-b1", "Ferry strike ends", ("b1",), "l-zzz", "2024-05-02", "2024-05-02"),
               Story("s-a2", "Harbor vote, a year on", ("a2",), "l-aaa", "2025-05-01", "2025-05-01"),
               Story("s-u1", "Undated follow-up", ("u1",), "l-mmm", None, None)]
    lines = [Storyline("l-zzz", "Ferry strike", ("s-b0", "s-b1")), Storyline("l-aaa", "Harbor vote", ("s-a1", "s-a2")),
             Storyline("l-mmm", "Undated", ("s-u1",))]
    earlier = {"s-b0": Story("s-b0", "Ferry strike begins", ("b0",), "l-zzz", "2024-05-01", "2024-05-01"),
               "s-a1": Story("s-a1", "Harbor board votes", ("a1",), "l-aaa", "2024-06-01", "2024-06-01")}
    whole = Analysis(stories=stories, storylines=[lines[0], lines[1], lines[2]], storyline_stories=earlier)
    out = io.StringIO()
    write_json([whole], out)
    assert [sl["id"] for sl in json.loads(out.getvalue())["storylines"]] == ["l-zzz", "l-aaa", "l-mmm"]
    assert out.getvalue() == _reference(whole)  # the file and the Python API agree
    parts = [Analysis(stories=[s], storylines=[sl for sl in lines if s.id in sl.stories]) for s in reversed(stories)]
    parts[0].storyline_stories = earlier  # the first stories of two lines are known from a part's neighbours only
    out = io.StringIO()
    write_json(parts, out)
    assert [sl["id"] for sl in json.loads(out.getvalue())["storylines"]] == ["l-zzz", "l-aaa", "l-mmm"]
