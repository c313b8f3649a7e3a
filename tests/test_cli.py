"""The `manysides` command as a user runs it: outputs, messages and exit codes."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import typer
from typer.testing import CliRunner

from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample"
from manysides.cli import app

runner = CliRunner()

STORY = (
    "Corwin library reopens after flood repairs\n\n"
    "CORWIN, Idaho — The Corwin public library reopened Monday after four months of repairs "
    "that cost about $1.2 million, the city said. \"We missed our readers,\" said librarian "
    "Ana Reyes. More than 300 people came on the first day.\n"
)


def test_every_command_has_help_with_an_example():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    root = typer.main.get_command(app)
    assert {"analyze", "show", "stories"} <= set(root.commands)

    def walk(group, path):
        for name, command in group.commands.items():
            yield [*path, name]
            if hasattr(command, "commands"):  # a group such as `stories`: its subcommands too
                yield from walk(command, [*path, name])

    for words in walk(root, []):
        result = runner.invoke(app, [*words, "--help"])
        assert result.exit_code == 0, words
        example = " ".join(["manysides", *words])
        assert example in " ".join(result.output.split()), f"`{' '.join(words)} --help` shows no example"
        # values named as a user reads them, not Python types: `--quiet <bool>` read as if the
        # flag took a value, `--export <list[Path]>`, `{paths}...`
        for python_type in ("<bool>", "<str>", "<path>", "<int", "<float>", "list[", "{paths}"):
            assert python_type not in result.output, (words, python_type)


def test_version_prints_the_installed_version_and_exits_0():
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"manysides {version('manysides')}\n")
    assert "--version" in runner.invoke(app, ["--help"]).output


def test_python_dash_m_manysides_runs_the_command():
    # where the venv's scripts are not on PATH; it was "No module named manysides.__main__"
    import os
    import subprocess
    import sys
    from importlib.metadata import version

    import manysides

    src = str(Path(manysides.__file__).resolve().parents[1])  # this tree's code, as the tests import it
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "manysides", "--version"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert (done.returncode, done.stdout) == (0, f"manysides {version('manysides')}\n"), done.stderr


def test_each_group_summary_names_every_command_it_has():
    # `stories --help` once named merge / split / move only, and not list, show, undo, ...
    root = typer.main.get_command(app)
    for name, group in root.commands.items():
        if not hasattr(group, "commands"):
            continue
        summary = " ".join(runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).output.split())
        for command in group.commands:
            assert re.search(rf"\b{command}\b", summary.split("Examples")[0], re.I), (name, command)


def test_every_help_lists_its_examples_one_a_line():
    """`outlets`, `stories` (and its list and undo) and `scale` ran their examples together
    on one line, separated by commas, where every other command lists one a line."""
    root = typer.main.get_command(app)
    paths = [[name] for name in root.commands]
    paths += [[name, sub] for name, group in root.commands.items() for sub in getattr(group, "commands", {})]
    for path in paths:
        text = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "300"}).output
        joined = [ln for ln in text.splitlines() if re.search(r"manysides [a-z].*, manysides [a-z]", ln)]
        assert not joined, (path, joined)


def test_help_names_each_option_value():
    text = " ".join(runner.invoke(app, ["analyze", "--help"], env={"COLUMNS": "160"}).output.split())
    for shown in ("--db FILE", "--json FILE", "--export FILE", "--workers N", "{PATH}...", "--quiet -q No progress"):
        assert shown in text, shown
    merge = " ".join(runner.invoke(app, ["stories", "merge", "--help"], env={"COLUMNS": "160"}).output.split())
    assert "{STORY_ID} {OTHER_ID}..." in merge and "--json The resulting story" in merge


@pytest.mark.models
def test_analyze_stdin_writes_json_to_stdout(tmp_path):
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["analyze", "-", "--db", str(db), "--json", "-"], input=STORY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (article,) = data["articles"]
    assert article["title"] == "Corwin library reopens after flood repairs"
    assert article["source"] == "-"
    claim = next(c for c in article["claims"] if c["unit"] == "USD")
    assert claim["hedge"] == "about" and claim["low"] < 1.2e6 < claim["high"]
    assert [(q["speaker"], q["direct"]) for q in article["quotes"]] == [("the city", False), ("Ana Reyes", True)]
    assert article["quotes"][0]["speaker_kind"] == "org"
    reported = article["quotes"][0]  # "The ... library reopened ... $1.2 million, the city said."
    assert reported["text"].startswith("The Corwin public library reopened Monday")
    assert reported["text"].endswith("$1.2 million") and reported["cue"] == "said"
    assert db.exists()


@pytest.mark.models
def test_some_bad_inputs_exit_1_and_name_each_file(tmp_path):
    shutil.copy(SAMPLE / "articles" / "county-fair.txt", tmp_path / "fair.txt")
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--db", str(tmp_path / "s.db"), "-q"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "empty.txt" in line]
    assert lines and "file is empty" in lines[0]
    assert "Traceback" not in result.output


@pytest.mark.models
def test_analyze_reads_a_feed_and_a_web_archive_together(tmp_path):
    """A feed's entries and an archive's pages are stored and grouped like any articles;
    the feed entry without text is one failure line, so the run exits 1."""
    from ingest.test_archives import _warc
    from ingest.test_feeds import RSS

    _warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "news.rss").write_bytes(RSS)
    result = runner.invoke(app, ["analyze", str(tmp_path / "crawl.warc.gz"), str(tmp_path / "news.rss"),
                                 "--db", str(tmp_path / "s.db"), "--json", "-", "-q"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    source = {Path(a["source"]).name: a for a in data["articles"]}
    assert set(source) == {"crawl.warc.gz#3", "crawl.warc.gz#7", "news.rss#1", "news.rss#2"}
    assert source["crawl.warc.gz#3"]["url"] == "https://a.example.com/budget"
    assert (source["news.rss#1"]["outlet"], source["news.rss#2"]["outlet"]) == ("Daily Courier", "Example Aggregator")
    # the archived page and the feed entry report one vote on one day: one story
    story_of = {aid: s["id"] for s in data["stories"] for aid in s["articles"]}
    assert story_of[source["crawl.warc.gz#3"]["id"]] == story_of[source["news.rss#1"]["id"]]
    assert [f["source"] for f in data["failures"]] == [str(tmp_path / "news.rss")]
    assert "1 of 3 feed entries have no text" in result.stderr


@pytest.mark.models
def test_home_pages_of_a_crawl_are_passed_over_not_failed(tmp_path):
    from ingest.test_archives import _warc

    crawl = _warc(tmp_path / "crawl.warc.gz", home=True)
    result = runner.invoke(app, ["analyze", str(crawl), "--db", str(tmp_path / "s.db"), "--json", str(tmp_path / "a.json")])
    assert result.exit_code == 0, result.output
    assert "passed over 1 archived page(s) without an article" in result.stderr and "failed" not in result.stderr
    assert len(json.loads((tmp_path / "a.json").read_text())["articles"]) == 2
    # an archive of home pages only holds no usable input
    only = _warc(tmp_path / "home.warc.gz", home=True, articles=False)
    result = runner.invoke(app, ["analyze", str(only), "--db", str(tmp_path / "s2.db"), "-q"])
    assert result.exit_code == 2 and "passed over 1 archived page(s)" in result.stderr


def test_only_bad_inputs_exit_2(tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"), "-q"])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr and "no such file" in result.stderr
    # nothing usable, nothing stored: no empty store is left to be taken for a real one
    assert not list(tmp_path.glob("s.db*"))


def test_bad_leanings_table_is_a_usage_error(tmp_path):
    table = tmp_path / "leanings.csv"
    table.write_text("outlet,leaning\nDaily Planet,sideways\n")
    result = runner.invoke(app, ["analyze", str(tmp_path), "--leanings", str(table), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "sideways" in result.stderr and "leanings.csv:2" in result.stderr


def test_show_without_a_store_says_how_to_make_one(tmp_path):
    result = runner.invoke(app, ["show", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 3
    assert "manysides analyze" in result.stderr


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    result = runner.invoke(app, ["stories", "--db", str(bogus)])
    assert result.exit_code == 3
    assert "notes.db" in result.stderr
    assert bogus.read_text().startswith("these are my notes")  # nothing overwritten


@pytest.mark.models
def test_show_and_stories_read_the_store(sample_db_copy, tmp_path):
    listed = runner.invoke(app, ["stories", "--db", str(sample_db_copy), "--json"])
    assert listed.exit_code == 0, listed.output
    stories = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(stories) == 5
    election = max(stories, key=lambda s: len(s["outlets"]))
    assert len(election["outlets"]) == 6
    # a story's fields are named and typed as in the analysis JSON: ids, not counts
    assert set(election["independent_articles"]) < set(election["articles"])  # the wire copy is left out
    html = tmp_path / "story.html"
    shown = runner.invoke(app, ["show", election["id"], "--db", str(sample_db_copy), "--html", str(html)])
    assert shown.exit_code == 0, shown.output
    assert "Side by side" in html.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["show", "s-000000000000", "--db", str(sample_db_copy)])
    assert missing.exit_code == 2 and "s-000000000000" in missing.stderr


def test_a_store_on_a_read_only_disk_is_shown_and_not_changed(sample_db_copy, tmp_path, monkeypatch):
    """A store the user may not write (a read-only share, an archived copy) can be listed,
    shown and exported; a correction or a run says why it cannot change it (exit 3)."""
    import os

    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real(p, mode, **kw))
    before = sample_db_copy.read_bytes()
    listed = runner.invoke(app, ["stories", "--db", str(sample_db_copy), "--json"])
    assert listed.exit_code == 0, listed.output
    ids = [json.loads(line)["id"] for line in listed.stdout.splitlines()]
    shown = runner.invoke(app, ["show", ids[0], "--db", str(sample_db_copy), "--json", str(tmp_path / "a.json")])
    assert shown.exit_code == 0, shown.output
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["stories"][0]["id"] == ids[0]
    merged = runner.invoke(app, ["stories", "merge", ids[0], ids[1], "--db", str(sample_db_copy)])
    assert merged.exit_code == 3
    assert "the store is read-only, so nothing can be added or changed" in " ".join(merged.stderr.split())
    assert sample_db_copy.read_bytes() == before


def test_url_to_a_private_address_is_refused_unless_allowed(tmp_path):
    url = "http://127.0.0.1:9/story.html"  # port 9 (discard): nothing listens there
    refused = runner.invoke(app, ["analyze", url, "--db", str(tmp_path / "s.db"), "-q"])
    assert refused.exit_code == 2
    assert "non-public address" in refused.stderr and "--allow-private-urls" in refused.stderr
    allowed = runner.invoke(app, ["analyze", url, "--db", str(tmp_path / "s.db"), "-q", "--allow-private-urls"])
    assert allowed.exit_code == 2
    assert "non-public" not in allowed.stderr and "could not be fetched" in allowed.stderr


@pytest.mark.models
def test_show_streams_every_story_and_the_terminal_shows_the_newest(sample_db_copy, tmp_path):
    from manysides.pipeline import open_analysis

    db = str(sample_db_copy)
    shown = runner.invoke(app, ["show", "--db", db, "--limit", "2"])
    assert shown.exit_code == 0, shown.output
    assert "showing the newest 2 of 5 stories" in shown.stdout
    assert "2 stories" in shown.stdout  # the terminal view holds those two only

    streamed = runner.invoke(app, ["show", "--db", db, "--json", "-", "--limit", "1"])
    assert streamed.exit_code == 0, streamed.output
    data = json.loads(streamed.stdout)  # --json holds every story whatever --limit says
    whole = open_analysis(sample_db_copy).to_json()
    assert [s["id"] for s in data["stories"]] == [s["id"] for s in whole["stories"]]
    assert len(data["articles"]) == len(whole["articles"])

    target = tmp_path / "out" / "news.parquet"
    (tmp_path / "a-file").write_text("not a folder")
    no_folder = runner.invoke(app, ["show", "--db", db, "--export", str(tmp_path / "a-file" / "n.csv"),
                                    "--json", str(tmp_path / "x.json")])
    assert no_folder.exit_code == 2 and "cannot be made" in no_folder.stderr
    assert not (tmp_path / "x.json").exists()  # refused before any work
    exported = runner.invoke(app, ["show", "--db", db, "--export", str(target), "--json", str(tmp_path / "all.json"),
                                   "--export", str(target.with_suffix(".csv"))])
    assert exported.exit_code == 0, exported.output
    import pandas as pd

    # --export given twice writes both: the same stories as Parquet and as CSV
    stories = pd.read_parquet(target.parent / "news.stories.parquet")
    assert list(stories["story"]) == list(pd.read_csv(target.parent / "news.stories.csv")["story"])
    assert sorted(stories["story"]) == sorted(s["id"] for s in whole["stories"])

    articles = pd.read_parquet(target.parent / "news.articles.parquet")
    assert sorted(articles["id"]) == sorted(a["id"] for a in whole["articles"])
    assert articles["story"].notna().all()
    # the text's slant and the outlet's known leaning (from the store's leanings table) are columns
    assert articles["slant_score"].between(-1, 1).all() and articles["hyperpartisan"].between(0, 1).all()
    assert set(articles["slant_label"]) <= {"left", "center", "right"}
    known = {a["id"]: a["outlet_leaning"] for a in whole["articles"]}
    assert {i: None if pd.isna(v) else v for i, v in zip(articles["id"], articles["outlet_leaning"])} == known
    assert sum(v is not None for v in known.values()) >= len(known) // 2
    # a wire copy's claims repeat its original's: they carry duplicate_of, to be left out of counts
    claims = pd.read_parquet(target.parent / "news.claims.parquet")
    copies = set(articles["id"][articles["duplicate_of"].notna()])
    marked = set(claims["article"][claims["duplicate_of"].notna()])
    assert marked and marked == copies & set(claims["article"])
    outlet_of = {i: None if pd.isna(o) else o for i, o in zip(articles["id"], articles["outlet"])}
    assert all(outlet_of[a] == (None if pd.isna(o) else o) for a, o in zip(claims["article"], claims["outlet"]))
    assert claims["outlet"].notna().any()
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["stories"] == data["stories"]


def test_show_quiet_writes_the_outputs_and_prints_nothing(sample_db_copy, tmp_path):
    # `analyze -q` and `scale load -q` existed; `show -q` was "No such option", and an
    # export printed every story's comparison on the terminal first
    quiet = runner.invoke(app, ["show", "--db", str(sample_db_copy), "-q", "--export", str(tmp_path / "n.csv"),
                                "--json", str(tmp_path / "n.json")])
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")
    stories = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))["stories"]
    assert len(stories) == 5 and (tmp_path / "n.stories.csv").exists()
    assert "quiet" in runner.invoke(app, ["show", "--help"]).output


def test_show_on_a_store_without_stories_exports_empty_tables(tmp_path):
    from manysides.store import Store

    Store(tmp_path / "empty.db").close()
    listed = runner.invoke(app, ["stories", "--db", str(tmp_path / "empty.db")])
    said = " ".join(listed.stderr.split())  # the message wraps where the temp path's length puts it
    assert listed.exit_code == 0 and "no stories in" in said and "manysides analyze" in said
    result = runner.invoke(app, ["show", "--db", str(tmp_path / "empty.db"), "--export", str(tmp_path / "t.csv"),
                                 "--json", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.articles.csv").read_text(encoding="utf-8").startswith("id,source,")
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["stories"] == []


@pytest.mark.models
def test_odd_inputs_fail_alone_and_never_stop_the_run(tmp_path):
    """A placeholder date, an article too long to parse, JSON nested too deep or holding a
    number of thousands of digits, and an empty input name: each is one line (or, for the
    date, an undated article), the other inputs are analysed, and the store stays usable."""
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "placeholder.json").write_text(json.dumps({
        "title": "Budget passes", "outlet": "Ledger", "published": "9999-12-31",
        "text": "The city council approved the budget on Tuesday. Mayor Jane Smith said it was balanced."}))
    (tmp_path / "long.txt").write_text("Budget row\n\n" + "The council voted on the budget today. " * 26000)
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000)
    (tmp_path / "bigint.json").write_text('{"text": "hi there", "published": ' + "9" * 5000 + "}")
    db = tmp_path / "odd.db"
    inputs = [str(tmp_path / n) for n in ("good.txt", "placeholder.json", "long.txt", "deep.json", "bigint.json")]
    result = runner.invoke(app, ["analyze", *inputs, "", "--db", str(db), "--json", str(tmp_path / "out.json"), "-q"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    failed = [ln for ln in result.output.splitlines() if ln.startswith("failed:")]
    assert len(failed) == 4, result.output
    assert any("long.txt: article text is 1,0" in ln and "over the 1,000,000 limit" in ln for ln in failed)
    assert any("deep.json: JSON that cannot be read (nested too deeply)" in ln for ln in failed)
    assert any("bigint.json: JSON that cannot be read" in ln for ln in failed)
    assert any("'': empty input name" in ln for ln in failed)
    articles = {a["title"]: a for a in json.loads((tmp_path / "out.json").read_text())["articles"]}
    assert set(articles) == {"Corwin library reopens after flood repairs", "Budget passes"}
    assert articles["Budget passes"]["published"] is None  # a placeholder, not a day
    again = runner.invoke(app, ["analyze", str(SAMPLE / "articles" / "county-fair.txt"), "--db", str(db), "-q"])
    assert again.exit_code == 0, again.output


@pytest.mark.models
def test_repeated_records_and_text_not_in_english_are_said(tmp_path):
    """Two records with one text are one article, and the run says so; an article not in
    English is analysed all the same, with a note that its findings are not reliable."""
    english = "The city council approved the budget on Tuesday. Mayor Jane Smith said it was balanced and fair."
    spanish = ("El ayuntamiento aprobó el presupuesto el martes. La alcaldesa Jane Smith dijo que estaba "
               "equilibrado y que los vecinos de la ciudad tendrán más servicios durante el próximo año.")
    chinese = "市议会周二批准了预算。市长简·史密斯说，预算是平衡的，明年市民将获得更多的服务和更好的道路。" * 2
    rows = [{"id": "1", "text": english, "outlet": "Ledger"}, {"id": "2", "text": english, "outlet": "Ledger"},
            {"id": "3", "text": spanish, "outlet": "Diario"}, {"id": "4", "text": chinese, "outlet": "Ribao"}]
    (tmp_path / "mixed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "mixed.jsonl"), "--db", str(tmp_path / "m.db"),
                                 "--json", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    assert f"1 input repeated an article given before in this run (the same text, kept once): {tmp_path / 'mixed.jsonl'}:2" \
        in " ".join(result.stderr.split())
    assert "2 articles do not look like English" in result.stderr
    languages = {a["external_id"]: a["language"] for a in json.loads((tmp_path / "m.json").read_text())["articles"]}
    assert languages == {"1": "en", "3": "und", "4": "und"}


@pytest.mark.models
def test_stdin_bytes_are_decoded_like_a_files(tmp_path):
    latin = "Café closes\n\nThe café on Main Street closed on Monday after forty years, its owner said.".encode("cp1252")
    result = runner.invoke(app, ["analyze", "-", "--db", str(tmp_path / "s.db"), "--json", "-"], input=latin)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"][0]["title"] == "Café closes"
    binary = runner.invoke(app, ["analyze", "-", "--db", str(tmp_path / "b.db"), "-q"], input=b"\x00\x01\x02")
    assert binary.exit_code == 2 and "-: binary file, not text" in binary.output


def test_bad_outputs_and_options_are_refused_before_any_work(tmp_path):
    db = tmp_path / "never.db"
    (tmp_path / "a-file").write_text("not a folder")
    for args, says in ((["--export", str(tmp_path / "a.xlsx")], "unknown file type '.xlsx'"),
                       (["--export", str(tmp_path / "a-file" / "a.csv")], "cannot be made"),
                       (["--html", str(tmp_path / "a-file" / "r.html")], "cannot write"),
                       (["--json", str(tmp_path / "a-file" / "r.json")], "cannot write"),
                       # "-" wrote a file named "-", and one name for both left only the report
                       (["--html", "-"], "--html -: the report is written to a file"),
                       (["--json", str(tmp_path / "r.out"), "--html", str(tmp_path / "r.out")], "both name"),
                       (["--workers", "0"], "--workers"),
                       # it showed no story, then "… and 5 more stories not shown"
                       (["--max-stories", "-1"], "--max-stories")):
        result = runner.invoke(app, ["analyze", str(SAMPLE / "articles"), "--db", str(db), *args])
        assert result.exit_code == 2, (args, result.output)
        assert says in " ".join(result.output.split()), (args, result.output)
        assert not db.exists()  # nothing was read, stored or annotated
    assert not (tmp_path / "no").exists()
    (tmp_path / "l.csv").write_text("outlet,leaning\n,left\nLedger,\n")
    result = runner.invoke(app, ["analyze", str(SAMPLE / "articles"), "--db", str(db), "--leanings", str(tmp_path / "l.csv")])
    assert result.exit_code == 2 and "l.csv:2: the row names no outlet" in " ".join(result.output.split())


def test_a_foreign_or_damaged_sqlite_file_is_refused_and_left_as_it_was(tmp_path, sample_db_copy):
    import sqlite3

    foreign = tmp_path / "contacts.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE contacts (name TEXT)")
    with sqlite3.connect(tmp_path / "kv.db") as c:  # another program's file with a meta table of its own
        c.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        c.execute("INSERT INTO meta VALUES ('version', '7')")
        c.execute("CREATE TABLE users (name TEXT)")
    for other in (foreign, tmp_path / "kv.db"):
        before = other.read_bytes()
        result = runner.invoke(app, ["stories", "--db", str(other)])
        assert result.exit_code == 3 and "not a manysides store" in result.output, other
        assert other.read_bytes() == before  # no tables added, no WAL mode
    with sqlite3.connect(sample_db_copy) as c:
        c.execute("DROP TABLE articles")
    result = runner.invoke(app, ["stories", "--db", str(sample_db_copy)])
    assert result.exit_code == 3 and "the store is damaged (table articles is missing)" in " ".join(result.output.split())


def test_a_store_failing_mid_command_is_one_line_and_exit_3(monkeypatch, capsys):
    import sqlite3

    from manysides import cli

    def broken(**_):  # main runs the app with its own settings
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.setattr("sys.argv", ["manysides", "analyze", "a.txt", "--db", "data/news.db"])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 3
    err = " ".join(capsys.readouterr().err.split())
    assert err.startswith("error: data/news.db: the store cannot be used: attempt to write a readonly database (check")


def test_a_store_another_process_holds_is_said_busy_not_unusable(monkeypatch, capsys):
    """"database is locked" was shown as a store that cannot be used, with a hint about
    writable files, room on the disk and damage: none of which is the matter."""
    import sqlite3

    from manysides import cli

    def locked(**_):  # main runs the app with its own settings
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(cli, "app", locked)
    monkeypatch.setattr("sys.argv", ["manysides", "stories", "undo", "--db=news.db"])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 3
    err = " ".join(capsys.readouterr().err.split())
    assert err.startswith("error: news.db: the store is busy: another process (")
    assert "wait for it to finish" in err and "disk has room" not in err


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="a file size limit needs POSIX")
def test_a_store_that_cannot_grow_is_said_too_large_with_exit_3_and_stays_whole(tmp_path):
    """A write refused for lack of room (here a file size limit, `ulimit -f`, which SQLite
    reports only as "disk I/O error") was "the store cannot be used: disk I/O error"; the
    line now says the file is too large and what to do, and the store stays whole."""
    import os
    import resource
    import sqlite3
    import subprocess
    import sys

    from manysides.store import Store

    db = tmp_path / "news.db"
    Store(db).close()
    (tmp_path / "a.txt").write_text("---\noutlet: Ledger\n---\n" + STORY, encoding="utf-8")

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))  # the WAL can take about 9 pages

    import manysides

    env = {**os.environ, "PYTHONPATH": str(Path(manysides.__file__).parents[1]), "COLUMNS": "300"}
    done = subprocess.run([sys.executable, "-c", "from manysides.cli import main; main()", "analyze",
                           str(tmp_path / "a.txt"), "--db", str(db), "-q"], env=env, cwd=tmp_path,
                          preexec_fn=small_files, capture_output=True, text=True, timeout=600)
    assert done.returncode == 3, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {db}: the store's file is too large to grow: ")
    assert "40,000 bytes" in lines[0] and "ulimit -f" in lines[0] and "disk I/O error" not in lines[0]
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_internal_error_is_one_line_with_its_own_exit_code_and_a_saved_traceback(monkeypatch, capsys, tmp_path):
    """A bug is not a failed input (exit 1): it exits 5, with one line naming the error
    and the file holding the traceback for a report; MANYSIDES_TRACEBACK=1 prints it."""
    import re

    from manysides import cli

    def broken(**_):  # main runs the app with its own settings
        raise RuntimeError("boom [x]\nsecond line")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 5
    err = " ".join(capsys.readouterr().err.split())
    assert err.startswith("internal error: RuntimeError: boom [x] second line; this is a bug in manysides, please "
                          "report it with the traceback saved in ")
    saved = Path(re.search(r"saved in (\S+)", err).group(1))
    assert saved.parent == tmp_path and "Traceback" in saved.read_text(encoding="utf-8")
    monkeypatch.setenv("MANYSIDES_TRACEBACK", "1")
    with pytest.raises(SystemExit):
        cli.main()
    assert 'raise RuntimeError("boom' in capsys.readouterr().err


def test_a_user_error_no_command_caught_keeps_its_line_and_exit_code(monkeypatch, capsys):
    from manysides import cli
    from manysides.errors import StoreError

    def store_gone(**_):  # main runs the app with its own settings
        raise StoreError("news.db: no store here")

    monkeypatch.setattr(cli, "app", store_gone)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == StoreError("x").exit_code == 3
    assert capsys.readouterr().err.strip() == "error: news.db: no store here"


def test_ids_can_be_given_by_their_first_characters(sample_db_copy):
    import sqlite3

    with sqlite3.connect(sample_db_copy) as c:
        story = c.execute("SELECT id FROM stories ORDER BY id LIMIT 1").fetchone()[0]
        a, b = (r[0] for r in c.execute("SELECT id FROM articles ORDER BY id LIMIT 2"))
        c.execute("INSERT INTO stories VALUES (?, '{}')", (story[:8] + "zz",))  # a twin prefix
    shown = runner.invoke(app, ["show", story[:9], "--db", str(sample_db_copy), "--json", "-"])
    assert shown.exit_code == 0, shown.output
    assert [s["id"] for s in json.loads(shown.stdout)["stories"]] == [story]
    why = runner.invoke(app, ["why", a[:6], b[:6], "--db", str(sample_db_copy), "--json"])
    assert why.exit_code == 0 and {json.loads(why.stdout)["a"], json.loads(why.stdout)["b"]} == {a, b}
    twin = runner.invoke(app, ["show", story[:8], "--db", str(sample_db_copy)])
    assert twin.exit_code == 2 and f"{story[:8]}: is the start of two story ids" in " ".join(twin.output.split())
    upper = runner.invoke(app, ["show", story[:9].upper(), "--db", str(sample_db_copy), "--json", "-"])
    assert upper.exit_code == 0 and [s["id"] for s in json.loads(upper.stdout)["stories"]] == [story]
    short = runner.invoke(app, ["why", a[:2], b[:6], "--db", str(sample_db_copy)])
    assert short.exit_code == 2 and "too short to stand for one" in " ".join(short.output.split())
    for odd in ("abcd\U0010ffff", "abcd\ud7ff", "abcd\udcff"):  # end of the code points, a lone surrogate
        result = runner.invoke(app, ["show", odd, "--db", str(sample_db_copy)])
        assert result.exit_code == 2 and "no story" in result.output, (odd, result.output)


@pytest.mark.models
def test_analyze_makes_the_folders_of_its_outputs(tmp_path):
    """As `make demo` does: the store, the report and the JSON go to a folder not made yet."""
    out = tmp_path / "out" / "run"
    result = runner.invoke(app, ["analyze", str(SAMPLE / "articles" / "county-fair.txt"), "--db", str(out / "demo.db"),
                                 "--html", str(out / "report.html"), "--json", str(out / "analysis.json"), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").stat().st_size > 0 and json.loads((out / "analysis.json").read_text())["articles"]


def test_progress_in_a_log_is_a_line_per_stage_and_a_line_a_minute(monkeypatch):
    """Bars cannot redraw in a log file: a run writes where it is instead."""
    import io

    from rich.console import Console

    from manysides import cli

    log = Console(file=io.StringIO(), force_terminal=False)
    monkeypatch.setattr(cli, "err", log)
    with cli._progress(False) as bars:
        progress = cli._RichProgress(bars)
        progress.stage("annotating", 3)
        progress.advance()
        monkeypatch.setattr(cli._RichProgress, "EVERY", 0.0)  # as if a minute went by
        progress.advance()
        monkeypatch.setattr(cli._RichProgress, "EVERY", 60.0)
        progress.advance()
        progress.stage("grouping", None)
        progress.advance(5)
    lines = log.file.getvalue().splitlines()
    # no "annotating: 0" at the start (it read as nothing done), and no bars drawn at the end
    assert len(lines) == 5, lines
    assert lines[0] == "annotating 3 …" and lines[1].startswith("annotating: 2 of 3 (")
    assert lines[2].startswith("annotating: 3 done (") and lines[3] == "grouping …"
    assert lines[4].startswith("grouping: 5 done (")


def test_a_stage_that_counts_nothing_ends_as_done_in_a_log(monkeypatch):
    """`scale annotate`'s "starting" (Ray and the models) counts nothing: it ended as
    "starting: 0 done (19 s)", which read as nothing started; a counted stage of none
    ("grouping: 0 done") keeps its count."""
    import io

    from rich.console import Console

    from manysides import cli

    log = Console(file=io.StringIO(), force_terminal=False)
    monkeypatch.setattr(cli, "err", log)
    with cli._progress(False) as bars:
        progress = cli._RichProgress(bars)
        progress.stage("starting", None)
        progress.stage("grouping", 0)
    lines = log.file.getvalue().splitlines()
    assert lines[0] == "starting …" and re.fullmatch(r"starting: done \(\d+ s\)", lines[1]), lines
    assert lines[2] == "grouping …" and re.fullmatch(r"grouping: 0 done \(\d+ s\)", lines[3]), lines


def test_a_stage_that_counts_nothing_ends_as_done_on_a_terminal(monkeypatch):
    """On a terminal, `scale annotate`'s "starting" bar ended as "0/0" (session 31's walkthrough):
    its bar now ends full, saying "done"; a counted stage keeps "n/n"."""
    import io

    from rich.console import Console

    from manysides import cli

    term = Console(file=io.StringIO(), force_terminal=True, width=100)
    monkeypatch.setattr(cli, "err", term)
    with cli._progress(False) as bars:
        progress = cli._RichProgress(bars)
        progress.stage("starting", None)
        progress.stage("annotating", None)
        progress.advance(4)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", term.file.getvalue())
    final = [line for line in shown.splitlines() if line.strip()][-2:]
    assert "0/0" not in shown, shown
    assert "starting" in final[0] and "done" in final[0], final
    assert "annotating" in final[1] and "4/4" in final[1], final


def test_serve_logs_each_request_only_when_asked(tmp_path, monkeypatch):
    import socket

    import uvicorn

    from manysides.store import Store

    Store(tmp_path / "s.db").close()
    with socket.socket() as probe:  # a port free now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: calls.append(kw))
    for extra in ([], ["--log-requests"]):
        result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port), *extra])
        assert result.exit_code == 0, result.output
    assert [(c["access_log"], c["log_level"]) for c in calls] == [(False, "warning"), (True, "info")]


def test_serve_says_when_the_store_it_serves_is_new(tmp_path, monkeypatch):
    """A mistyped --db made a new, empty store and served "0 stories" without a word."""
    import socket

    import uvicorn

    from manysides.store import Store

    with socket.socket() as probe:  # a port free now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: None)
    typo = tmp_path / "nwes.db"
    result = runner.invoke(app, ["serve", "--db", str(typo), "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert f"no store was at {typo}: serving a new, empty one" in " ".join(result.output.split())
    Store(tmp_path / "news.db").close()
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "news.db"), "--port", str(port)])
    assert result.exit_code == 0 and "no store was at" not in result.output, result.output


def test_the_installed_command_runs_main_so_store_failures_are_one_line():
    """The console script must call `cli.main` (which turns a failing store into exit 3),
    not the Typer app itself."""
    from importlib.metadata import entry_points

    (script,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "manysides"]
    assert script.value == "manysides.cli:main"


def test_hostile_titles_outlets_and_file_names_print_as_plain_one_line_text(sample_db_copy, tmp_path):
    """Stored text and file names are data: no escape sequence reaches the terminal, no
    rich markup is read from them (a "[/x]" once crashed `stories show`), no forged line."""
    import sqlite3

    hostile = "Cease-fire [/x] [link=https://evil.example]click[/link] \x1b]0;OWNED\x07\x1b[31m"
    with sqlite3.connect(sample_db_copy) as c:
        story, data = c.execute("SELECT id, data FROM stories ORDER BY id LIMIT 1").fetchone()
        record = json.loads(data)
        record["title"] = hostile
        c.execute("UPDATE stories SET data = ? WHERE id = ?", (json.dumps(record), story))
        c.execute("UPDATE articles SET outlet = ?, title = ? WHERE id IN "
                  "(SELECT article_id FROM story_articles WHERE story_id = ?)", ("Out\x1b[2Jlet [/b]", hostile, story))
    for args in (["stories", "--db", str(sample_db_copy), "--limit", "0"], ["stories", "show", story, "--db", str(sample_db_copy)],
                 ["outlets", "--db", str(sample_db_copy)]):
        done = runner.invoke(app, args)
        assert done.exit_code == 0, (args, done.output)
        assert "\x1b" not in done.output and "\x07" not in done.output, args
    shown = runner.invoke(app, ["stories", "show", story, "--db", str(sample_db_copy)]).output
    assert "[/x] [link=https://evil.example]click[/link]" in shown
    # a failing input whose name holds markup and a line break: one line, named as it is
    folder = tmp_path / "[draft]"
    folder.mkdir()
    (folder / "two\nfailed: fake.txt").write_text("")
    (folder / "good.txt").write_text("Ferry Fares Rise\n\nFares on the city ferry will rise by 50 cents in May, officials said.\n")
    done = runner.invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "h.db"), "--quiet"])
    assert done.exit_code == 1, done.output
    failed = [line for line in done.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "[draft]/two failed: fake.txt" in failed[0], done.output


def test_a_new_store_another_run_wrote_to_is_not_discarded(tmp_path, sample_db_copy):
    """A run that found no usable input removes the store it made only while it is empty:
    a second run may have stored articles in the same new file meanwhile."""
    from manysides import cli
    from manysides.store.sqlite import Store

    cli._discard_store(sample_db_copy)  # holds the sample's articles: kept
    assert sample_db_copy.exists() and runner.invoke(app, ["stories", "--db", str(sample_db_copy)]).exit_code == 0
    empty = tmp_path / "empty.db"
    with Store(empty) as other, other.writing_run():  # another run going on, nothing stored yet
        cli._discard_store(empty)
        assert empty.exists()
    cli._discard_store(empty)
    assert not list(tmp_path.glob("empty.db*"))


def test_a_store_that_lost_its_corrections_table_is_refused_not_remade(sample_db_copy):
    """`story_pins` holds the user's corrections: made again empty, later runs would undo
    them. A table the store once held and lost is damage, like a core table."""
    import sqlite3

    assert runner.invoke(app, ["stories", "--db", str(sample_db_copy)]).exit_code == 0  # records its tables
    with sqlite3.connect(sample_db_copy) as c:
        c.execute("DROP TABLE story_pins")
    before = sample_db_copy.read_bytes()
    result = runner.invoke(app, ["stories", "--db", str(sample_db_copy)])
    assert result.exit_code == 3 and "table story_pins is missing" in " ".join(result.output.split())
    assert sample_db_copy.read_bytes() == before


def test_ctrl_c_says_what_was_kept(monkeypatch, capsys):
    from manysides import cli

    def interrupted(**_):  # main runs the app with its own settings
        raise SystemExit(130)  # what Typer makes of a KeyboardInterrupt

    monkeypatch.setattr(cli, "app", interrupted)
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 130
    assert "interrupted: what was stored is kept" in " ".join(capsys.readouterr().err.split())


def _disk_fills(monkeypatch, after: int = 100) -> None:
    """JSON writing stops with "No space left on device" after `after` characters, as on a
    full disk (a file's write names no file, as the system's does not)."""
    import errno
    import importlib

    export_module = importlib.import_module("manysides.present.export")  # the package's export is a function
    real = export_module.write_json

    def write_json(parts, out):
        import io

        buf = io.StringIO()
        real(parts, buf)
        out.write(buf.getvalue()[:after])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "write_json", write_json)


def test_a_full_disk_while_writing_an_export_is_said_and_leaves_no_half_file(tmp_path, monkeypatch):
    """It was exit 2 (bad usage) with the system's words, and `--json -` into a file on a
    full disk an internal error (exit 5, "OSError: [Errno 28]"): now one line naming the
    file (or standard output) and saying the disk is full, exit 3 as for a store that
    cannot grow, and the file that was there before left whole."""
    from manysides.store import Store

    db = tmp_path / "news.db"
    Store(db).close()
    out = tmp_path / "out" / "all.json"
    out.parent.mkdir()
    out.write_text("the export of yesterday")
    _disk_fills(monkeypatch)
    result = runner.invoke(app, ["show", "--db", str(db), "--json", str(out)])
    line = " ".join(result.output.split())
    assert result.exit_code == 3, result.output
    assert f"error: cannot write '{out}': the disk is full" in line
    assert "Traceback" not in result.output and "Errno" not in line
    assert out.read_text() == "the export of yesterday"  # not half of the new one
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.json"]  # no temporary file left
    to_stdout = runner.invoke(app, ["show", "--db", str(db), "--json", "-"])
    assert to_stdout.exit_code == 3, to_stdout.output
    assert "error: cannot write standard output: the disk is full" in " ".join(to_stdout.output.split())


@pytest.mark.parametrize("argv, says", [
    (["stories", "--since", "2024-13-45"], "error: No such option: --since (Possible options: --json) "
                                           "(see `manysides stories --help`)"),
    (["stories", "merge", "s-4e29ef80185a"],
     "error: Missing argument 'OTHER_ID'. (see `manysides stories merge --help`)"),  # as --help names it
    (["show", "--format", "xml"], "error: No such option: --format"),
    (["stories", "--limit", "abc"], "error: Invalid value for '--limit'"),
])
def test_a_usage_error_is_one_line_naming_it_and_the_help(argv, says, monkeypatch, capsys):
    """Typer's usage errors were a boxed panel of five lines, unlike every other error's one."""
    import sys

    from manysides.cli import main

    monkeypatch.setattr(sys, "argv", ["manysides", *argv])
    with pytest.raises(SystemExit) as exited:
        main()
    lines = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert exited.value.code == 2
    assert len(lines) == 1 and lines[0].startswith(says), lines


def test_why_with_unknown_ids_names_the_store(tmp_path):
    from manysides.store import Store

    db = tmp_path / "news.db"
    Store(db).close()
    result = runner.invoke(app, ["why", "abcd1234", "ffff0000", "--db", str(db)])
    assert result.exit_code == 2
    assert f"error: no article 'abcd1234' in {db}" in " ".join(result.output.split())


def test_an_export_of_a_kind_it_cannot_write_is_said_in_the_clis_words(sample_db_copy, tmp_path):
    """`show --export r.html` told the user to "use export" (the Python function), and an
    unknown suffix offered .json and .html, which the help does not list for --export."""
    db, out = str(sample_db_copy), tmp_path / "out"
    report = runner.invoke(app, ["show", "--db", db, "-q", "--export", str(out / "r.html")])
    said = " ".join(report.output.split())
    assert report.exit_code == 2 and "write the report with --html" in said and "use export" not in said, said
    xlsx = runner.invoke(app, ["show", "--db", db, "-q", "--export", str(out / "t.xlsx")])
    said = " ".join(xlsx.output.split())
    assert xlsx.exit_code == 2 and "unknown file type '.xlsx'; name a .parquet or .csv file" in said, said
    assert not out.exists()  # refused before anything was written


def test_a_reader_that_closes_standard_output_ends_the_command_quietly_with_its_own_code(sample_run, tmp_path):
    """`manysides show | head -1` exited 1, the code of failed inputs (rich turns a closed pipe
    into exit 1), and `analyze` then lost its failed inputs' lines on standard error: a closed
    standard output now ends nothing, and the command's own code and lines stay."""
    import os
    import subprocess
    import sys

    import manysides

    env = {**os.environ, "PYTHONPATH": str(Path(manysides.__file__).parents[1])}
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess:
        read, write = os.pipe()
        os.close(read)  # the reader is gone before the first line is written, as after `head -1`
        try:
            return subprocess.run([sys.executable, "-m", "manysides", *args], stdout=write, stderr=subprocess.PIPE,
                                  text=True, env=env, cwd=tmp_path, timeout=600)
        finally:
            os.close(write)

    db = str(sample_run.db)
    for args in (["show", "--db", db], ["show", "--json", "-", "--db", db], ["stories", "--json", "--db", db],
                 ["stories", "--db", db]):
        done = run(*args)
        assert done.returncode == 0, (args, done.returncode, done.stderr)
        assert "Traceback" not in done.stderr and "error" not in done.stderr, (args, done.stderr)
    done = run("analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "new.db"))
    assert done.returncode == 2, done.stderr  # no usable input, as with an open standard output
    assert "empty.txt: file is empty" in done.stderr


def test_lines_on_standard_error_stay_one_line_in_a_log_file(monkeypatch, capsys):
    """Where standard error is no terminal (a log file, a batch job), rich cut its lines at
    80 columns: "interrupted: ... the next run of the same command" and "finishes the work"
    on two lines, and a grep of the log found half a message. Messages are one line each."""
    from manysides import cli

    def interrupted(**_):
        raise SystemExit(130)

    monkeypatch.setattr(cli, "app", interrupted)
    monkeypatch.setattr(cli.err, "_width", 60)  # a narrow console: the message is longer than it
    with pytest.raises(SystemExit):
        cli.main()
    assert capsys.readouterr().err == ("interrupted: what was stored is kept, whole; the next run of the same command "
                                       "finishes the work\n")

    def failing(**_):  # control: an error line was one line already, and stays so
        raise sqlite3.OperationalError("attempt to write a readonly database")

    import sqlite3

    monkeypatch.setattr(cli, "app", failing)
    monkeypatch.setattr("sys.argv", ["manysides", "analyze", "a.txt", "--db", "data/news.db"])
    with pytest.raises(SystemExit):
        cli.main()
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("error: data/news.db: the store cannot be used: attempt to write a readonly database")
    assert line.endswith("or name another file with --db)")


@pytest.mark.parametrize("command", [["analyze", "story.txt"], ["show"]])
@pytest.mark.parametrize("flag, example", [("--json", "analysis.json"), ("--html", "report.html")])
def test_an_output_that_names_a_folder_is_refused_before_the_work(tmp_path, monkeypatch, command, flag, example):
    """`--json out/` wrote a file named "out" (the slash was lost on the way), and a folder
    that exists was found only once the work was done: "cannot write 'out': Is a directory;
    check the disk and the folder", exit 3."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "reports").mkdir()
    for target in ("reports", "reports/", "new/"):
        result = runner.invoke(app, [*command, "--db", "news.db", flag, target, "-q"])
        assert result.exit_code == 2, result.output
        said = " ".join(result.output.split())
        file = f"{target.rstrip('/')}/{example}"
        assert said == f"error: {flag} {target!r} names a folder: name a file, e.g. {flag} {file}"
    assert not (tmp_path / "new").exists() and not any((tmp_path / "reports").iterdir())
    assert not (tmp_path / "news.db").exists()  # refused before the store was made
    # control: a file's name is taken as before (here `show` finds no store: its own line)
    result = runner.invoke(app, [*command, "--db", "news.db", flag, "reports/out.x", "-q"])
    assert "names a folder" not in result.output


def test_a_stage_stopped_by_ctrl_c_is_not_said_done(monkeypatch):
    """Ctrl-C during annotation ended the log with "annotating: 0 done (12 s)" (and a full
    bar on a terminal) just before "interrupted: ...": the stage read as finished."""
    import io

    from rich.console import Console

    from manysides import cli

    log = Console(file=io.StringIO(), force_terminal=False)
    monkeypatch.setattr(cli, "err", log)
    with pytest.raises(KeyboardInterrupt):
        with cli._progress(False) as bars:
            progress = cli._RichProgress(bars)
            progress.stage("annotating", 15)
            progress.advance(2)
            raise KeyboardInterrupt
    lines = log.file.getvalue().splitlines()
    assert lines[0] == "annotating 15 …" and re.fullmatch(r"annotating: 2 of 15 stopped \(\d+ s\)", lines[1]), lines
    log.file = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        with cli._progress(False) as bars:
            cli._RichProgress(bars).stage("starting", None)  # a stage that counts nothing
            raise KeyboardInterrupt
    assert re.fullmatch(r"starting: stopped \(\d+ s\)", log.file.getvalue().splitlines()[1])
    # on a terminal the bar keeps its count, not a full bar
    term = Console(file=io.StringIO(), force_terminal=True, width=100)
    monkeypatch.setattr(cli, "err", term)
    with pytest.raises(KeyboardInterrupt):
        with cli._progress(False) as bars:
            progress = cli._RichProgress(bars)
            progress.stage("annotating", 15)
            progress.advance(2)
            raise KeyboardInterrupt
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", term.file.getvalue())
    assert "2/15" in shown and "2/2" not in shown, shown
