"""read_inputs: every format, stdin, folders, and one clear InputError per bad input."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from manysides.errors import InputError
from manysides.ingest.readers import normalise_date, normalise_leaning, read_inputs
from manysides.records import Document

FIXTURES = Path(__file__).parent / "fixtures"


def _read(*inputs, **kwargs):
    return list(read_inputs([str(i) for i in inputs], **kwargs))


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _errors(items):
    return [i for i in items if isinstance(i, InputError)]


def _one_error(items, name: str) -> InputError:
    errors = _errors(items)
    assert len(errors) == 1, errors
    message = str(errors[0])
    assert "\n" not in message and name in message and errors[0].hint
    return errors[0]


# ------------------------------------------------------------------ formats
def test_plain_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nBody.\n", encoding="utf-8")
    docs = _read(tmp_path / "a.txt", tmp_path / "b.md")
    assert [d.kind for d in docs] == ["text", "text"]
    assert docs[0].text.startswith("Headline") and docs[0].source.endswith("a.txt")


def test_html_file_is_kept_raw():
    [doc] = _read(FIXTURES / "article.html")
    assert doc.kind == "html" and doc.text.lstrip().startswith("<!DOCTYPE html>")


def test_json_record_fields_are_mapped(tmp_path):
    record = {
        "headline": "Dam Opens Floodgates",
        "body": "Water was released on Friday.",
        "source": {"id": "x", "name": "River Times"},
        "link": "https://example.org/dam",
        "pubDate": "Fri, 07 Jun 2024 10:00:00 GMT",
        "byline": "By Sam Reyes",
        "bias": "Lean Right",
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    [doc] = _read(path)
    assert doc == Document(
        source=str(path),
        text="Water was released on Friday.",
        kind="json",
        title="Dam Opens Floodgates",
        outlet="River Times",
        url="https://example.org/dam",
        published="2024-06-07",
        authors=("Sam Reyes",),
        leaning="right",
    )


@pytest.mark.parametrize("wrap", [lambda rs: rs, lambda rs: {"articles": rs}])
def test_json_list_and_articles_wrapper(tmp_path, wrap):
    records = [
        {"title": "One", "text": "First.", "outlet": "A", "authors": ["X Y", "Z W"], "date": "2024-01-02T03:04:05Z"},
        {"title": "Two", "content": "<p>Second article in markup.</p>", "publisher": "B"},
    ]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(wrap(records)), encoding="utf-8")
    docs = _read(path)
    assert [d.title for d in docs] == ["One", "Two"]
    assert docs[0].authors == ("X Y", "Z W") and docs[0].published == "2024-01-02"
    assert docs[1].kind == "html" and docs[1].outlet == "B"
    # on one line, each record is named by its line and column, as compilers name a place
    assert [d.source.rpartition(":")[0] for d in docs] == [f"{path}:1"] * 2 and docs[0].source != docs[1].source


def test_every_record_is_named_file_colon_line_in_json_lists_and_json_lines(tmp_path, caplog):
    """An article from JSON Lines was "rows.jsonl#3" where its failure was "rows.jsonl:3",
    and a JSON list's record "list.json#2" was its number in the list, not a place an
    editor finds: each is now FILE:LINE, the line the record starts on."""
    records = [{"text": "The council approved the budget on Monday.", "outlet": "A"},
               {"text": "The council approved the budget on Monday.", "outlet": "A"}, 7,
               {"text": "A new bridge opens in May.", "outlet": "B", "published": "soon"}]
    (tmp_path / "list.json").write_text(json.dumps(records, indent=2))
    (tmp_path / "wrap.json").write_text(json.dumps({"source": "x", "articles": records[3:]}, indent=1))
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in [records[0], {}, records[3]]))
    with caplog.at_level("WARNING", logger="manysides"):
        got = _read(tmp_path / "list.json", tmp_path / "wrap.json", tmp_path / "rows.jsonl")
    lines = (tmp_path / "list.json").read_text().splitlines()
    assert lines[1].strip() == "{" and lines[9].strip() == "7," and lines[10].strip() == "{"
    assert [g.source for g in got] == [f"{tmp_path / 'list.json'}:{n}" for n in (2, 6, 10, 11)] + [
        f"{tmp_path / 'wrap.json'}:4", *(f"{tmp_path / 'rows.jsonl'}:{n}" for n in (1, 2, 3))]
    said = " ".join(r.getMessage() for r in caplog.records)
    assert f"'soon' ({tmp_path / 'list.json'}:11)" in said and "#" not in said


def test_jsonl_bad_line_is_reported_and_others_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "A", "text": "Alpha text."}),
        '{"title": "B", "text": "Beta te',  # truncated
        "",
        json.dumps({"title": "C", "maintext": "Gamma text.", "leaning": "lean left"}),
        json.dumps({"title": "D", "summary": "no text field here"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    assert [d.title for d in _docs(items)] == ["A", "C"]
    assert _docs(items)[1].leaning == "left"
    errors = _errors(items)
    assert [e.source for e in errors] == [f"{path}:2:24", f"{path}:5"]  # the place the broken line breaks
    assert "invalid JSON: Unterminated string" in str(errors[0])  # where the cut string opens
    assert " at (" not in str(errors[0]) and "may be cut off" in str(errors[0])  # no dangling "starting at"
    assert "text, content, body, maintext, article" in str(errors[1])


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_records_whose_outlet_and_date_are_under_other_names_are_named_once(tmp_path, caplog, suffix):
    """A corpus with its own field names reads without error, and without dates or
    outlets: the file is named once, with the fields that were not read."""
    rows = [{"doc_id": f"d{k}", "text": f"Article {k} text.", "media_name": "Gazette", "pub_date": "2021-05-01"}
            for k in range(3)]
    path = tmp_path / f"corpus.{suffix}"
    path.write_text("\n".join(map(json.dumps, rows)) if suffix == "jsonl" else json.dumps(rows), encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        docs = _docs(_read(path))
    assert len(docs) == 3 and {d.outlet for d in docs} == {None}
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and said[0].startswith(f"{path}: no record gives an outlet, a date or an id")
    assert "doc_id, media_name, pub_date" in said[0]
    caplog.clear()
    named = [{"id": "d1", "text": "Text.", "outlet": "Gazette", "date": "2021-05-01", "section": "metro"}]
    (tmp_path / "ok.jsonl").write_text(json.dumps(named[0]), encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        assert _docs(_read(tmp_path / "ok.jsonl"))[0].outlet == "Gazette"
    assert not caplog.records  # an extra field is no problem when outlet and date are there


def test_text_files_that_name_no_outlet_are_said_once(tmp_path, caplog):
    """Plain text without front matter has no outlet: one line says how many files, and
    how to name it, since coverage then counts each file as an outlet of its own."""
    for k in range(5):
        (tmp_path / f"{k}.txt").write_text(f"Story {k}\n\nThe council met on Monday.", encoding="utf-8")
    (tmp_path / "named.txt").write_text("---\noutlet: Ledger\n---\nThe council met.", encoding="utf-8")
    with caplog.at_level("WARNING", logger="manysides"):
        docs = _docs(_read(tmp_path))
    assert len(docs) == 6
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and said[0].startswith("5 text files name no outlet (")
    assert "front matter block with outlet:" in said[0] and said[0].count(".txt") == 3
    caplog.clear()
    with caplog.at_level("WARNING", logger="manysides"):
        _docs(_read(tmp_path / "named.txt"))
    assert not caplog.records


def test_folder_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b.txt").write_text("B body.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A body.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("C body.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("git", encoding="utf-8")
    items = _read(tmp_path)
    assert not _errors(items)
    assert [Path(d.source).name for d in items] == ["a.txt", "b.txt", "c.md"]


def test_explicit_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "story.article").write_text("Plain words of a story.", encoding="utf-8")
    (tmp_path / "page.download").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    docs = _read(tmp_path / "story.article", tmp_path / "page.download")
    assert [d.kind for d in docs] == ["text", "html"]


@pytest.mark.parametrize(
    ("payload", "kind", "count"),
    [
        ("Just a plain story.\n", "text", 1),
        ("<!doctype html><html><body><p>x</p></body></html>", "html", 1),
        ('{"title": "T", "text": "Body."}', "json", 1),
        ('{"text": "One."}\n{"text": "Two."}\n', "json", 2),
    ],
)
def test_stdin_is_sniffed(payload, kind, count):
    docs = _read("-", stdin=io.StringIO(payload))
    assert len(docs) == count and all(d.kind == kind and d.source.startswith("-") for d in docs)


def test_stdin_bytes_are_limited_and_decoded_like_a_files():
    def piped(data: bytes):
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")

    # 426 bytes of mostly two-byte letters: over a 300-byte limit, whatever their characters
    err = _one_error(_read("-", stdin=piped(("Title\n\n" + "é" * 210).encode()), max_bytes=300), "-")
    assert "over the 300 bytes limit" in str(err)
    (doc,) = _docs(_read("-", stdin=piped("Café closes\n\nThe café closed on Monday.".encode("cp1252"))))
    assert doc.text.startswith("Café closes")  # cp1252, as for a file; no lone surrogates
    assert "binary" in str(_one_error(_read("-", stdin=piped(b"\x00\x01\x02")), "-"))


def test_stdin_empty_is_an_error():
    _one_error(_read("-", stdin=io.StringIO("  \n")), "-")


# ------------------------------------------------------------------ encodings
def test_bom_and_utf16_and_cp1252_are_decoded(tmp_path):
    text = "Café owners said “yes” to the plan."
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(text.encode("cp1252"))
    docs = _read(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert [d.text for d in docs] == [text] * 3


# ------------------------------------------------------------------ bad inputs
def test_missing_path(tmp_path):
    _one_error(_read(tmp_path / "nope.txt"), "nope.txt")


def test_empty_folder(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "x.png").write_bytes(b"\x89PNG")
    err = _one_error(_read(tmp_path / "pics"), "pics")
    assert "no article files" in err.problem


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("\n  \n", encoding="utf-8")
    assert "empty" in _one_error(_read(tmp_path / "empty.txt"), "empty.txt").problem


def test_empty_jsonl(tmp_path):
    (tmp_path / "e.jsonl").write_text("", encoding="utf-8")
    assert "empty" in _one_error(_read(tmp_path / "e.jsonl"), "e.jsonl").problem


def test_binary_file(tmp_path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    assert "binary" in _one_error(_read(tmp_path / "blob.txt"), "blob.txt").problem


def test_undecodable_file(tmp_path):
    (tmp_path / "bad.txt").write_bytes("ok text ".encode() + b"\x81\x8d\x8f\x90 more")
    err = _one_error(_read(tmp_path / "bad.txt"), "bad.txt")
    assert "UTF-8" in str(err)


_PROSE = "The county board approved a new bus route on Thursday after a long debate, its chair said. " * 4


@pytest.mark.parametrize("codec, says, command", [
    ("utf-16-le", "UTF-16LE text without a byte-order mark", "iconv -f UTF-16LE -t UTF-8"),
    ("utf-16-be", "UTF-16BE text without a byte-order mark", "iconv -f UTF-16BE -t UTF-8"),
    ("utf-32-le", "UTF-32LE text without a byte-order mark", "iconv -f UTF-32LE -t UTF-8"),
])
@pytest.mark.parametrize("suffix", ["txt", "jsonl"])
def test_utf16_or_32_without_a_byte_order_mark_is_named_with_the_command_that_converts_it(tmp_path, codec, says,
                                                                                          command, suffix):
    """Such a file was "binary file, not text", or in JSON Lines "binary file, not JSON
    Lines text": it is text, and iconv converts it once its encoding is named."""
    body = _PROSE if suffix == "txt" else json.dumps({"text": _PROSE, "outlet": "Ledger"})
    (tmp_path / f"wide.{suffix}").write_bytes(body.encode(codec))
    err = _one_error(_read(tmp_path / f"wide.{suffix}"), f"wide.{suffix}")
    assert says in err.problem and command in err.hint and "binary" not in str(err) and "LATIN1" not in str(err)


def test_utf16_with_a_byte_order_mark_is_read_and_one_cut_short_is_said_so(tmp_path):
    (tmp_path / "a.txt").write_bytes(_PROSE.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(_PROSE.encode("utf-32"))
    assert [d.text for d in _read(tmp_path / "a.txt", tmp_path / "b.txt")] == [_PROSE] * 2
    (tmp_path / "cut.txt").write_bytes(_PROSE.encode("utf-16")[:-1])
    err = _one_error(_read(tmp_path / "cut.txt"), "cut.txt")
    assert "UTF-16 byte-order mark but is not whole UTF-16 text" in err.problem and "LATIN1" not in err.hint


@pytest.mark.parametrize("data, says", [
    ("Совет округа утвердил новый автобусный маршрут в четверг. ".encode("cp1251") * 4, "Cyrillic"),
    ("バス路線が承認された。".encode("shift_jis") * 20, "Japanese"),
    ("公交线路获得批准。".encode("gb18030") * 20, "Chinese"),
])
def test_text_in_another_encoding_is_refused_not_read_as_windows_1252_gibberish(tmp_path, data, says):
    """A Cyrillic or Chinese file decodes cleanly as cp1252 ("Ñîâåò îêðóãà"), and was
    stored so; one that did not was given the Latin-1 hint, which makes gibberish of it."""
    (tmp_path / "other.txt").write_bytes(data)
    err = _one_error(_read(tmp_path / "other.txt"), "other.txt")
    assert err.problem.startswith("not UTF-8 text") and says in err.problem and "LATIN1" not in err.hint


_PAGE = "<html><head>{decl}<title>{title}</title></head><body><article><p>{text}</p></article></body></html>"


@pytest.mark.parametrize("name, decl, codec, text", [
    ("ru.html", '<meta charset="windows-1251">', "cp1251", "Совет округа утвердил новый автобусный маршрут. " * 4),
    ("jp.htm", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "shift_jis",
     "バス路線が承認された。" * 20),
    ("cn.xhtml", '<meta charset="gb2312">', "gb18030", "公交线路获得批准。" * 20),
    # "iso-8859-1" is read as a browser reads it, as windows-1252: curly quotes, not control bytes
    ("fr.html", "<meta charset='ISO-8859-1'>", "cp1252", "Le café a “rouvert” jeudi après un été difficile. " * 3),
])
def test_a_page_in_a_legacy_encoding_is_read_by_the_charset_it_declares(tmp_path, name, decl, codec, text):
    """A saved page says its encoding in <meta charset>, as browsers and trafilatura read it;
    such a page was refused as "not UTF-8 text" (a text file saying nothing of its
    encoding still is)."""
    (tmp_path / name).write_bytes(_PAGE.format(decl=decl, title="T", text=text).encode(codec))
    [doc] = _read(tmp_path / name)
    assert isinstance(doc, Document) and text in doc.text and doc.kind == "html"


def test_a_page_without_a_declaration_in_another_encoding_is_still_refused(tmp_path):
    text = "Совет округа утвердил новый автобусный маршрут. " * 4
    (tmp_path / "ru.html").write_bytes(_PAGE.format(decl="", title="T", text=text).encode("cp1251"))
    err = _one_error(_read(tmp_path / "ru.html"), "ru.html")
    assert err.problem.startswith("not UTF-8 text") and "iconv -f ENCODING" in err.hint
    # a declaration that does not fit the bytes (a UTF-8 page that says it is Shift-JIS is read as
    # UTF-8; one naming no encoding Python knows is not guessed at)
    (tmp_path / "utf8.html").write_bytes(_PAGE.format(decl='<meta charset="shift_jis">', title="T",
                                                      text="Le café “rouvert”.").encode("utf-8"))
    assert "Le café “rouvert”." in _read(tmp_path / "utf8.html")[0].text
    (tmp_path / "odd.html").write_bytes(_PAGE.format(decl='<meta charset="x-no-such">', title="T", text=text)
                                        .encode("cp1251"))
    assert _one_error(_read(tmp_path / "odd.html"), "odd.html").problem.startswith("not UTF-8 text")


def test_western_text_in_windows_1252_is_still_read(tmp_path):
    text = ("Le conseil a approuvé jeudi une nouvelle ligne après un long débat. Ça a été très long, déjà reçu. "
            "Die Größe über für Mädchen. “Yes,” she said.")
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    assert [d.text for d in _read(tmp_path / "w.txt")] == [text]


def test_a_binary_file_is_said_to_be_no_text_and_its_kind_named(tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    err = _one_error(_read(tmp_path / "scan.txt"), "scan.txt")
    assert err.problem == "binary file (a PDF document), not text" and "iconv" not in err.hint


def test_truncated_json(tmp_path):
    (tmp_path / "cut.json").write_text('{"title": "A",\n "text": "Half of it', encoding="utf-8")
    err = _one_error(_read(tmp_path / "cut.json"), "cut.json")
    assert str(err).startswith(f"{tmp_path / 'cut.json'}:2:10: invalid JSON: Unterminated string")


def test_json_without_text_field(tmp_path):
    (tmp_path / "notext.json").write_text('{"title": "A", "summary": "B"}', encoding="utf-8")
    err = _one_error(_read(tmp_path / "notext.json"), "notext.json")
    assert "maintext" in err.hint


def test_file_over_size_limit_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    import manysides.ingest.readers as readers

    monkeypatch.setattr(readers, "_open_binary", lambda p: pytest.fail("read before size check"))
    err = _one_error(_read(path, max_bytes=1000), "big.txt")
    assert "1000 bytes limit" in err.problem and "split" in err.hint


def test_jsonl_over_limit_line_is_skipped(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "small"}) + "\n")
    items = _read(path, max_bytes=100)
    assert [d.text for d in _docs(items)] == ["small"]
    assert [e.source for e in _errors(items)] == [f"{path}:1"]
    (err,) = _errors(items)
    assert err.problem == "line is over the 100 bytes limit for one record" and "the other lines are read" in err.hint


def test_a_compressed_file_is_named_so_with_the_tool_that_opens_it(tmp_path):
    import gzip
    import lzma

    (tmp_path / "export.jsonl.gz").write_bytes(gzip.compress(b'{"text": "A council vote."}\n'))
    (tmp_path / "export.jsonl.xz").write_bytes(lzma.compress(b'{"text": "A council vote."}\n'))
    err = _one_error(_read(tmp_path / "export.jsonl.gz"), "export.jsonl.gz")
    assert err.problem == "gzip-compressed file, not text" and "gunzip" in err.hint
    assert "unxz" in _one_error(_read(tmp_path / "export.jsonl.xz"), "export.jsonl.xz").hint
    # a folder of them holds no article file: the line says why
    err = _one_error(_read(tmp_path), tmp_path.name)
    assert "compressed files such as export.jsonl" in err.problem and "decompress" in err.hint


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission" in _one_error(_read(path), "locked.txt").problem
    finally:
        path.chmod(0o600)


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    import manysides.ingest.readers as readers

    def deny(p):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(readers, "_open_binary", deny)
    assert "permission denied" in _one_error(_read(path), "locked.txt").problem


def test_bad_input_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    items = _read(tmp_path / "missing.txt", tmp_path / "good.txt")
    assert isinstance(items[0], InputError) and items[1].text == "Fine."


# ------------------------------------------------------------------ field normalisation
@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-03-04", "2019-03-04"),
        ("2019-03-04T22:10:00+05:00", "2019-03-04"),
        ("Mon, 04 Mar 2019 10:00:00 +0000", "2019-03-04"),
        ("March 4, 2019", "2019-03-04"),
        (1551657600, "2019-03-04"),
        (1551657600000, "2019-03-04"),
        (20190304, "2019-03-04"),  # a day written as a number, not 1970-08-22
        (2019, None),  # a year names no day, and is no Unix time of news (1970-01-01)
        (20190230, None),
        ("2019", None),
        ("yesterday", None),
        ("2019-02-30", None),
        ("1551657600", "2019-03-04"),  # Unix time written as text, as many exports do
        ("1551657600000", "2019-03-04"),
        ("04.03.2019", "2019-03-04"),  # dotted dates put the day first (was April 3)
        ("4.3.2019", "2019-03-04"),
        (float("nan"), None),  # JSON's NaN and Infinity: raised ValueError, OverflowError
        (float("inf"), None),
    ],
)
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_a_nan_date_in_json_lines_leaves_the_record_undated(tmp_path):
    """Python's json reads NaN and Infinity; a date field holding one stopped the whole
    run with a traceback."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "The levee held overnight.", "published": NaN}\n'
                    '{"text": "The levee broke overnight.", "date": -Infinity}\n', encoding="utf-8")
    docs = _read(path)
    assert [d.published for d in docs] == [None, None]


@pytest.mark.parametrize(
    ("value", "leaning"),
    [("lean left", "left"), ("Left", "left"), ("Center", "center"), ("Lean Right", "right"), ("mixed", None)],
)
def test_normalise_leaning(value, leaning):
    assert normalise_leaning(value) == leaning


def test_front_matter_gives_text_files_their_fields(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        '---\ntitle: "Levee holds"\noutlet: The Example Ledger\npublished: 2024-05-02\n'
        "authors: Ana Ruiz\n---\nThe levee held overnight, officials said.\n",
        encoding="utf-8",
    )
    (doc,) = list(read_inputs([path]))
    assert (doc.title, doc.outlet, doc.published, doc.authors) == (
        "Levee holds", "The Example Ledger", "2024-05-02", ("Ana Ruiz",)
    )
    assert doc.kind == "text"
    assert doc.text.strip() == "The levee held overnight, officials said."


def test_an_address_of_another_scheme_is_named_as_such(tmp_path):
    """"ftp://host/x" read as a path became "ftp:/host/x: no such file": the wrong name and
    the wrong cause."""
    [err] = _read("ftp://127.0.0.1/x")
    assert isinstance(err, InputError) and err.source == "ftp://127.0.0.1/x"
    assert "not an http:// or https:// address" in str(err)


def test_a_refused_text_file_is_not_counted_as_naming_no_outlet(tmp_path, caplog):
    """The pipeline counts the text files without an outlet among those it keeps: a file
    refused as too short was also listed in the notice."""
    from manysides.analysis import Analysis
    from manysides.pipeline import _ingest, _Silent
    from manysides.store import Store

    (tmp_path / "kept.txt").write_text("Council votes\n\nThe council met on Monday and voted on the budget.",
                                       encoding="utf-8")
    (tmp_path / "notes.md").write_text("to do", encoding="utf-8")
    analysis = Analysis()
    with Store(tmp_path / "s.db") as store, caplog.at_level("WARNING", logger="manysides"):
        _ingest(store, [tmp_path / "kept.txt", tmp_path / "notes.md"], None, analysis, _Silent())
    assert [f.source for f in analysis.failures] == [str(tmp_path / "notes.md")]
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and said[0].startswith("1 text file names no outlet (") and "notes.md" not in said[0]


@pytest.mark.parametrize("record, says", [
    ({"text": 123, "title": "Budget"}, "record's 'text' field holds a number, not the article text as a string"),
    ({"body": {"p": "The council met."}}, "record's 'body' field holds an object, not the article text as a string"),
    ({"content": [1, 2]}, "record's 'content' field holds a list of non-strings, not the article text as a string"),
    ({"title": "Budget"}, "record has no article text"),
])
def test_a_text_field_of_the_wrong_kind_is_named(tmp_path, record, says):
    """"record has no article text" for a record whose text field holds a number sent
    the user looking for a field that is there."""
    (tmp_path / "a.json").write_text(json.dumps(record))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "The council met on Monday."}) + "\n" + json.dumps(record))
    assert str(_one_error(_read(tmp_path / "a.json"), "a.json")).startswith(f"{tmp_path / 'a.json'}: {says} (")
    assert str(_one_error(_read(tmp_path / "b.jsonl"), "b.jsonl:2")).startswith(f"{tmp_path / 'b.jsonl'}:2: {says}")


@pytest.mark.parametrize("name, says", [
    ("articles.csv", "a CSV table, not an article format manysides reads"),
    ("articles.tsv", "a TSV table, not an article format manysides reads"),
    ("story.rtf", "a word-processor document, not an article format manysides reads"),
    ("story.docx", "a word-processor document, not an article format manysides reads"),
    ("story.pdf", "a PDF document, not an article format manysides reads"),
])
def test_a_table_or_a_document_named_explicitly_is_refused_not_stored_as_its_text(tmp_path, name, says):
    """A CSV (or RTF) file named on the command line was sniffed as plain text and stored
    as one article of cells; a .docx was called a zip to unzip."""
    path = tmp_path / name
    path.write_bytes(b"title,outlet,text\nBudget,Ledger,\"The council approved the budget on Monday.\"\n"
                     if name.endswith("sv") else b"{\\rtf1 The council approved the budget.}" if name.endswith("rtf")
                     else b"PK\x03\x04" + b"\x00" * 40 if name.endswith("docx") else b"%PDF-1.4\n%\xe2\xe3")
    err = _one_error(_read(path), name)
    assert str(err).startswith(f"{path}: {says} (")
    assert not _docs(_read(path))
    assert "pandas" in err.hint if name.endswith("sv") else "unzip" not in err.hint


def test_binary_or_compressed_json_lines_are_one_line_not_one_per_line(tmp_path):
    import gzip

    junk = tmp_path / "junk.jsonl"
    junk.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    assert str(_one_error(_read(junk), "junk.jsonl")) == (f"{junk}: binary file, not JSON Lines text "
                                                         "(give UTF-8 JSON Lines)")
    packed = tmp_path / "rows.jsonl"
    packed.write_bytes(gzip.compress(b'{"text": "The council met."}\n' * 200))
    assert "gzip-compressed file, not text (decompress it first with gunzip" in str(_one_error(_read(packed), "rows"))


def test_a_link_that_leads_nowhere_is_named_as_one(tmp_path):
    """A loop, or a link whose target is gone, was "no such file or folder", which the
    user could see in the folder listing was false."""
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    for name in ("loop.txt", "gone.txt"):
        err = _one_error(_read(tmp_path / name), name)
        assert "a symbolic link that leads to no file" in str(err)


def test_a_json_list_without_any_object_is_one_line(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([1, "x", None, 2.5]))
    err = _one_error(_read(path), "list.json")
    assert str(err).startswith(f"{path}: JSON list holds no article objects (4 items: a number, a string, null)")
    path.write_text(json.dumps([{"text": "The council approved the budget on Monday."}, 7]))
    assert str(_one_error(_read(path), "list.json:1:")).startswith(f"{path}:1:")
    assert "list item is not a JSON object" in str(_one_error(_read(path), "list.json"))


@pytest.mark.parametrize("suffix", ["json", "jsonl"])
def test_a_field_of_another_kind_is_said_once_per_file_naming_the_records_and_left_out(tmp_path, caplog, suffix):
    """An outlet, a headline, an address or a leaning given as a number, a list or an
    object was dropped without a word (the article then counted under no outlet); a date
    as a number is an epoch time and read, and MongoDB's {"$date": ...} is a date too."""
    rows = [{"text": "The council met on Monday.", "outlet": 42, "title": 7.5, "published": 1551657600},
            {"text": "The council met again.", "outlet": {"id": 3}, "leaning": -1, "url": ["x"]},
            {"text": "The council met a third time.", "outlet": 17, "leaning": "far left",
             "date": {"$date": {"$numberLong": "1551657600000"}}},
            {"text": "The council met a fourth time.", "outlet": "Ledger", "leaning": "Lean Left"}]
    path = tmp_path / f"rows.{suffix}"
    path.write_text("\n".join(json.dumps(r) for r in rows) if suffix == "jsonl" else json.dumps(rows, indent=0))
    with caplog.at_level("WARNING", logger="manysides"):
        docs = _docs(_read(path))
    assert [d.outlet for d in docs] == [None, None, None, "Ledger"]
    assert [d.published for d in docs] == ["2019-03-04", None, "2019-03-04", None]
    said = [r.getMessage() for r in caplog.records]
    opens = [n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith("{")]
    first, third = f"{path}:{opens[0]}", f"{path}:{opens[2]}"
    assert (f"{path}: 2 records' 'outlet' field holds a number, not an outlet name, so it is left out: "
            f"42 ({first}), 17 ({third}) (give the outlet's name as a string") in " ".join(said)
    for part in ("'outlet' field holds an object without a name", "'title' field holds a number, not a headline",
                 "'url' field holds a list, not a web address", "'leaning' field holds a number",
                 "'leaning' field holds another word, not left, center or right, so it is left out: \"far left\""):
        assert sum(part in line for line in said) == 1, part
    assert all("\n" not in line and line.startswith(f"{path}: ") for line in said)
    assert not any("published" in line or "date" in line for line in said)


def test_dates_that_name_no_day_are_said_once_per_file(tmp_path, caplog):
    """A date manysides cannot read leaves its article undated, which grouping leans on;
    it was dropped without a word."""
    rows = [{"text": "The council met on Monday.", "published": "next tuesday-ish"},
            {"text": "The council met again.", "published": "2024-03-05"},
            {"text": "The council met a third time.", "date": "9999-12-31"}]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "one.json").write_text(json.dumps(rows[0]))
    (tmp_path / "good.json").write_text(json.dumps(rows[1]))
    with caplog.at_level("WARNING", logger="manysides"):
        docs = _docs(_read(tmp_path / "rows.jsonl", tmp_path / "one.json", tmp_path / "good.json"))
    assert [d.published for d in docs] == [None, "2024-03-05", None, None, "2024-03-05"]
    said = [r.getMessage() for r in caplog.records if "names no day" in r.getMessage()]
    assert said == [
        f"{tmp_path / 'rows.jsonl'}: 2 records have a date that names no day, so they are undated: "
        f"'next tuesday-ish' ({tmp_path / 'rows.jsonl'}:1), '9999-12-31' ({tmp_path / 'rows.jsonl'}:3) "
        "(give dates as YYYY-MM-DD, or as docs/inputs.md lists)",
        f"{tmp_path / 'one.json'}: 1 record has a date that names no day, so it is undated: 'next tuesday-ish' "
        "(give dates as YYYY-MM-DD, or as docs/inputs.md lists)"]


def test_a_folder_that_cannot_be_listed_is_one_line(tmp_path, monkeypatch):
    """It was two: "permission denied", then "folder holds no article files" for the
    same folder, the second sending the user to look for files of the wrong kind."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("The council met on Monday and approved the budget.")
    real = Path.iterdir

    def iterdir(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    err = _one_error(_read(locked), "locked")
    assert str(err) == f"{locked}: permission denied (check the folder's permissions)"


@pytest.mark.parametrize("code, says", [
    ("EAI_NONAME", "cannot be resolved (no such host: the name servers do not know it)"),
    ("EAI_AGAIN", "cannot be resolved (the name server did not answer; it may be down, or the network is off)"),
])
def test_a_host_that_cannot_be_looked_up_is_said_in_words(monkeypatch, code, says):
    """The resolver's "[Errno -2] Name or service not known" was shown as it came."""
    import socket

    def lookup(*args, **kwargs):
        raise socket.gaierror(getattr(socket, code), "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    err = _one_error(_read("https://news.example.org/a.html"), "news.example.org")
    assert says in str(err) and "Errno" not in str(err)


def test_a_web_address_without_its_scheme_is_said_to_need_one(tmp_path, monkeypatch):
    """"www.example.com/news.html" was "no such file or folder (check the path and its spelling)"."""
    monkeypatch.chdir(tmp_path)
    err = _one_error(_read("www.example.com/news.html"), "www.example.com/news.html")
    assert err.hint == "it looks like a web address: give it with https://, as https://www.example.com/news.html"
    err = _one_error(_read("notes.txt"), "notes.txt")
    assert err.hint == "check the path and its spelling"
