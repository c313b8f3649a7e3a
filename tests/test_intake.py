"""What the run says of the articles it takes in (`pipeline.Intake`), for every input kind
that carries a date or an id: a date after today, and a record id another text of its
input already has (session 40's audit: both were taken in without a word)."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from manysides.analysis import Analysis
from manysides.ingest.clean import clean_document
from manysides.ingest.readers import read_inputs
from manysides.pipeline import Intake
from manysides.store import Store

BODY = ("The old river bridge in Tolmark reopened to traffic on {day} after eight months of repairs, the county "
        "engineer said. Crews replaced the deck and two of the piers, and the work cost about 12 million dollars. "
        "Drivers had taken a detour through the market square since the spring, and shop owners said trade "
        "had suffered while the bridge was shut.")


def _page(day: str, published: str) -> str:
    return ("<!DOCTYPE html><html><head><title>Tolmark bridge reopens</title>"
            f"<meta property='article:published_time' content='{published}T09:00:00Z'>"
            "<meta property='og:site_name' content='Tolmark Ledger'></head><body><article>"
            f"<h1>Tolmark bridge reopens</h1><p>{BODY.format(day=day)}</p></article></body></html>")


def _feed(published: str) -> str:
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Tolmark Ledger</title>"
            "<item><title>Tolmark bridge reopens</title><link>https://ledger.example/bridge</link>"
            f"<pubDate>{published}</pubDate><description>{BODY.format(day='Friday')}</description></item>"
            "</channel></rss>")


def _warc(path: Path, page: str) -> Path:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://ledger.example/bridge-w", "response",
                                            payload=io.BytesIO(page.encode()), http_headers=headers))
    return path


def _take(store: Store, *paths: Path) -> tuple[Intake, list]:
    intake = Intake(store, Analysis())
    for doc in read_inputs([str(p) for p in paths]):
        intake.add(clean_document(doc))
    return intake, store.articles()


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "s.db")
    yield s
    s.close()


def test_an_article_dated_after_today_is_kept_undated_and_said_for_every_input_kind(tmp_path, store, caplog):
    """A record, a feed entry, a saved page and an archived page dated 2099 each give an
    article kept without its date (grouping would hold it to a day no story shares), and
    one line names each with its date; the page's date had been dropped without a word."""
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": BODY.format(day="Monday"), "outlet": "Tolmark Wire",
                                                     "published": "2099-03-01"}) + "\n", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(_feed("Sun, 01 Mar 2099 08:00:00 GMT"), encoding="utf-8")
    (tmp_path / "page.html").write_text(_page("Tuesday", "2099-03-02"), encoding="utf-8")
    _warc(tmp_path / "crawl.warc.gz", _page("Wednesday", "2099-03-03"))
    with caplog.at_level("WARNING", logger="manysides"):
        intake, stored = _take(store, *(tmp_path / n for n in ("rows.jsonl", "feed.rss", "page.html",
                                                               "crawl.warc.gz")))
        intake.warn()
    assert len(stored) == 4 and all(a.published is None for a in stored)
    said = [r.getMessage() for r in caplog.records if "after today" in r.getMessage()]
    assert said == [f"4 articles are dated after today, so they are kept undated: 2099-03-01 ({tmp_path}/rows.jsonl:1)"
                    f", 2099-03-01 ({tmp_path}/feed.rss#1), 2099-03-02 ({tmp_path}/page.html) and 1 more (a date in "
                    "the future is a placeholder or a mistake, not the day of publication; correct it in the input)"]


def test_today_tomorrow_and_past_dates_are_kept_and_nothing_is_said(tmp_path, store, caplog):
    """The control: a publisher a day ahead of UTC may date an article tomorrow."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    rows = [{"text": BODY.format(day=day), "outlet": "Tolmark Wire", "published": when}
            for day, when in (("Monday", "2024-05-06"), ("Tuesday", tomorrow))]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "page.html").write_text(_page("Friday", "2024-05-03"), encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        intake, stored = _take(store, tmp_path / "rows.jsonl", tmp_path / "page.html")
        getattr(intake, "warn", lambda: None)()  # (a control: the same before `Intake.warn` was written)
    assert sorted(a.published for a in stored) == ["2024-05-03", "2024-05-06", tomorrow]
    assert not caplog.records


def test_two_records_of_one_input_with_one_id_and_other_texts_are_said_once_each(tmp_path, store, caplog):
    """Both articles are kept (an article is its text) and the line names the input's record, the
    id and what was kept; an id in two inputs (each numbering its records from 1) and two records
    of one text (one article, said as repeated) are not said."""
    rows = [{"id": "7", "text": BODY.format(day="Monday"), "outlet": "Tolmark Wire"},
            {"id": "8", "text": BODY.format(day="Thursday"), "outlet": "Tolmark Wire"},
            {"id": "7", "text": BODY.format(day="Tuesday"), "outlet": "Tolmark Wire"},
            {"id": "8", "text": BODY.format(day="Thursday"), "outlet": "Tolmark Wire"}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "7", "text": BODY.format(day="Sunday"),
                                                     "outlet": "Harbour Star"}), encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        intake, stored = _take(store, tmp_path / "rows.jsonl", tmp_path / "more.jsonl")
        intake.warn()
    assert sorted(a.external_id for a in stored) == ["7", "7", "7", "8"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path}/rows.jsonl:3: id '7' was given before in this input to another text ({tmp_path}/rows.jsonl:1): "
        "both are kept, as two articles with that id (give each record an id of its own to join the results back "
        "to your data)"]


def test_an_id_stored_by_an_earlier_run_with_another_text_is_said(tmp_path, store, caplog):
    """The input given again with one record's text changed: the stored article stays as it
    was, the new text is an article of its own, and the line says so; a record given again
    as it was is not said."""
    rows = [{"id": "a-1", "text": BODY.format(day="Monday"), "outlet": "Tolmark Wire"},
            {"id": "a-2", "text": BODY.format(day="Friday"), "outlet": "Tolmark Wire"}]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    _take(store, path)[0].warn()
    rows[0]["text"] = BODY.format(day="Saturday")
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        intake, stored = _take(store, path)
        intake.warn()
    assert [a.external_id for a in stored] == ["a-1", "a-2", "a-1"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{path}:1: id 'a-1' is stored already with another text ({path}:1, an earlier run): both are kept, the "
        "stored article as it was and this text as an article of its own (give each record an id of its own to "
        "join the results back to your data)"]


def test_a_record_s_input_is_its_source_without_the_place_in_it():
    from manysides.ingest.readers import input_of

    assert [input_of(s) for s in ("rows.jsonl:3", "list.json:1:40", "feed.rss#2", "a/page.html", "-:2")] == \
        ["rows.jsonl", "list.json", "feed.rss", "a/page.html", "-"]


def test_an_input_given_again_by_another_path_is_the_same_input(tmp_path, store, caplog, monkeypatch):
    """The input given again with a record's text changed, named another way (through a symlink, with "./x/../x/",
    from another working folder): it is the same file, so the line is said as for its first name; another file of
    that name in another folder, numbering its records from 1 too, is another input and not said."""
    (tmp_path / "feeds").mkdir()
    path = tmp_path / "feeds" / "rows.jsonl"
    rows = [{"id": "a-1", "text": BODY.format(day="Monday"), "outlet": "Tolmark Wire"}]
    path.write_text(json.dumps(rows[0]), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _take(store, Path("feeds/rows.jsonl"))[0].warn()
    (tmp_path / "link").symlink_to(tmp_path / "feeds")
    said = []
    for day, name in (("Saturday", "link/rows.jsonl"), ("Sunday", "./feeds/../feeds/rows.jsonl"),
                      ("Tuesday", "rows.jsonl")):
        rows[0]["text"] = BODY.format(day=day)
        path.write_text(json.dumps(rows[0]), encoding="utf-8")
        monkeypatch.chdir(tmp_path / "feeds" if name == "rows.jsonl" else tmp_path)
        caplog.clear()
        with caplog.at_level("WARNING", logger="manysides"):
            _take(store, Path(name))[0].warn()
        said.append([r.getMessage().split(": id ")[0] for r in caplog.records])
    assert said == [["link/rows.jsonl:1"], ["feeds/../feeds/rows.jsonl:1"], ["rows.jsonl:1"]]
    # the control: another folder's rows.jsonl, its own records numbered from 1, is another input
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "rows.jsonl").write_text(json.dumps({"id": "a-1", "text": BODY.format(day="Friday"),
                                                              "outlet": "Tolmark Wire"}), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    caplog.clear()
    with caplog.at_level("WARNING", logger="manysides"):
        intake, stored = _take(store, Path("day2/rows.jsonl"))
        intake.warn()
    assert not caplog.records and len(stored) == 5


def test_articles_a_run_before_session_41_stored_with_a_date_after_today_are_named_by_reannotate(tmp_path):
    """A store made before runs left such dates out keeps them; `reannotate` (the check after an upgrade, dry or
    not) names them on standard error, one line, with what to do. Today's, tomorrow's and undated articles are not
    named."""
    import numpy as np
    from typer.testing import CliRunner

    from manysides.cli import app
    from manysides.records import Annotation, Article

    db = tmp_path / "old.db"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with Store(db) as store:
        for i, day in enumerate(("2099-03-01", None, date.today().isoformat(), tomorrow, "2098-01-02")):
            art = Article(id=f"a{i}", source=f"rows.jsonl:{i + 1}", outlet="Tolmark Wire", url=None, title=None,
                          byline=None, published=day, language="en", text=BODY.format(day=f"day {i}"))
            store.add_article(art, None)
            store.put_annotation(Annotation(art.id, (), (), (), ()), np.ones(4, np.float32),
                                 np.zeros((0, 4), np.float32), annotator="v1")
        assert store.dated_after((date.today() + timedelta(days=1)).isoformat()) == [
            ("rows.jsonl:1", "2099-03-01"), ("rows.jsonl:5", "2098-01-02")]
    done = CliRunner().invoke(app, ["reannotate", "--db", str(db), "--dry-run"])
    assert done.exit_code == 0, done.output
    assert ("2 stored articles are dated after today: 2099-03-01 (rows.jsonl:1), 2098-01-02 (rows.jsonl:5) (stored "
            "before manysides left such a date out; reannotating keeps dates as stored: correct the date in the "
            "input and analyse it into a new --db)") in " ".join(done.output.split())


def test_a_file_saved_under_another_name_is_not_the_working_folder_s_file_of_that_name(tmp_path, store, monkeypatch):
    """An upload the web app saves to a temporary file is shown by the user's name for it; a file of this folder that
    happens to have that name is another input, so the stored article records no path for it (and the folder's file
    is never looked at)."""
    from manysides.pipeline import _renamed

    monkeypatch.chdir(tmp_path)
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "n-1", "text": BODY.format(day="Monday"),
                                                     "outlet": "Tolmark Wire"}), encoding="utf-8")
    saved = tmp_path / "upload-1.jsonl"
    saved.write_text(json.dumps({"id": "u-1", "text": BODY.format(day="Tuesday"), "outlet": "Tolmark Wire"}),
                     encoding="utf-8")
    intake = Intake(store, Analysis(), renamed={"news.jsonl"})
    for doc in read_inputs([str(saved)]):
        intake.add(clean_document(_renamed(doc, {str(saved): "news.jsonl"})))
    assert [(src, held) for _, src, held in store.with_external_id("u-1")] == [("news.jsonl:1", None)]
