"""A sweep of bad inputs and bad environments through `manysides analyze`, as a user meets them.

    nice -n 10 .venv/bin/python benchmarks/bad_inputs.py [--src OTHER/src] [--only NAME,NAME] [--messages]

Each case builds, in a temporary folder, one malformed input of a kind the tool accepts
(text, HTML, JSON, JSON Lines, feeds, OPML, web archives, folders, URLs, standard input,
compressed and foreign files), a usage error, an output on a full disk (a tmpfs of 8 KB
holding an earlier export, mounted in a mount namespace of the command's own: `unshare`), or
one bad store (`--db` in a read-only or missing folder, a file that is not SQLite, a damaged
SQLite file, a store another process holds or is grouping stories in, a store that cannot
grow: the run may write files of at most 40,000 bytes, RLIMIT_FSIZE, as on a disk filling
up), and runs
`manysides analyze` on it together with one good article, in a new process. Per case it
prints: the exit code (and the one expected from the README's list), the lines on standard
error, whether the error line names the bad input, whether the good article was stored,
whether a Python traceback or a library's raw exception text leaked, whether the store is whole afterwards (SQLite's
integrity check, and for a store that must be refused: its bytes unchanged; for a full disk: the earlier
export whole and no other file left on it), whether a line
says what the case needs said (the encoding named, a field of another kind warned of, a record
named FILE:LINE, a wait announced: `says`, `forbid`), and `ok` when all of these are as a
user needs. For a held store it also prints when the line saying that the command waits came.
`--messages` also prints each case's stderr.

Run as root, each command runs without the capabilities that let root read and write
any file (`setpriv`), so unreadable files and read-only folders behave as for a user.
`--src` runs another checkout's code (PYTHONPATH), to compare before and after a change.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import lzma
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
_CLI = "from manysides.cli import main; main()"

GOOD_TITLE = "Corwin library reopens after flood repairs"
GOOD = (
    "---\noutlet: Corwin Ledger\npublished: 2026-03-04\n---\n" + GOOD_TITLE + "\n\n"
    "CORWIN, Idaho — The Corwin public library reopened Monday after four months of repairs "
    "that cost about $1.2 million, the city said. \"We missed our readers,\" said librarian "
    "Ana Reyes. More than 300 people came on the first day.\n"
)
OTHER = ("The Harlow county board approved a new bus route on Thursday after a long debate, "
         "its chair Tom Okafor said. The route opens in May and costs $400,000 a year.")
_BUS = "---\noutlet: Harlow Post\npublished: 2026-03-05\n---\nBus route approved\n\n" + OTHER + "\n"
PAGE = ("<html><head><title>Bus route approved</title></head><body><article><h1>Bus route approved</h1>"
        + f"<p>{OTHER}</p>" * 3 + "</article></body></html>")


_RU_PAGE = ("<html><head>{}<title>Совет утвердил маршрут</title></head><body><article><h1>Совет утвердил маршрут</h1>"
            + "<p>Совет округа Харлоу в четверг утвердил новый автобусный маршрут после долгих споров.</p>" * 3
            + "</article></body></html>")
# an English page of a Japanese outlet, in Shift-JIS, with the place's name in Japanese (a page
# all in Japanese is read too, but has no ten words for the extractor: manysides reads English)
_JP_PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>Bus route '
            "approved</title></head><body><article><h1>Bus route approved</h1>"
            + f"<p>{OTHER.replace('The Harlow county board', 'The Harlow (ハーロウ郡) county board')}</p>" * 3
            + "</article></body></html>")


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # makes the files; returns the bad inputs (or --db args, see `store`)
    names: str  # what the error line must name
    expect: int = 1  # the README's exit code for this case
    good_stored: bool = True  # whether the good article must be stored
    store: bool = False  # build returns `--db` arguments; the good article is the only input
    unchanged: bool = False  # the store the case made must be left byte for byte as it was
    stdin: bytes | None = None
    holder: bool = False  # another process holds the store's write lock during the run
    grouping: bool = False  # another process holds the grouping lock until the run says it waits (240 s at most)
    says: str = ""  # words a line on standard error must hold (a warning's, or the error line's)
    forbid: str = ""  # words no line may hold (an old way of naming a record)
    fsize: int | None = None  # the run may write files of at most this many bytes (RLIMIT_FSIZE: a disk filling up)
    full: list[str] = field(default_factory=list)  # output flags: the run writes FULL/NAME on a full disk
    notes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ builders of bad inputs
def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _one(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    return lambda d: [str(_write(d / name, data))]


def _junk(n: int = 4096) -> bytes:
    return bytes((i * 7919 + 13) % 256 for i in range(n))


def _warc(records: list[tuple[str, bytes]], gz: bool) -> bytes:
    """A WARC of HTML responses (url, page), gzipped per record or plain."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def _warc_bad_header(d: Path) -> list[str]:
    good = _warc([("https://a.example.com/bus", PAGE.encode())], gz=False)
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nthis line is no header field\r\nContent-Length: 12\r\n\r\n"
           b"hello world!\r\n\r\n")
    return [str(_write(d / "crawl.warc", good + bad))]


def _warc_bad_length(d: Path) -> list[str]:
    good = _warc([("https://a.example.com/bus", PAGE.encode())], gz=False)
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nhello world!\r\n\r\n"
    return [str(_write(d / "crawl.warc", good + bad))]


def _warc_bad_version(d: Path) -> list[str]:
    good = _warc([("https://a.example.com/bus", PAGE.encode())], gz=True)
    bad = gzip.compress(b"WARC/9.Z garbage\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n")
    return [str(_write(d / "crawl.warc.gz", good + bad))]


def _warc_truncated(d: Path) -> list[str]:
    data = _warc([("https://a.example.com/bus", PAGE.encode()), ("https://a.example.com/b2", PAGE.encode())], True)
    return [str(_write(d / "cut.warc.gz", data[: len(data) * 3 // 4]))]


def _empty_dir(d: Path) -> list[str]:
    (d / "empty").mkdir()
    return [str(d / "empty")]


def _other_files_dir(d: Path) -> list[str]:
    _write(d / "pics" / "a.png", b"\x89PNG\r\n\x1a\n" + _junk(100))
    _write(d / "pics" / "b.pdf", b"%PDF-1.4\n" + _junk(100))
    return [str(d / "pics")]


def _unreadable_dir(d: Path) -> list[str]:
    _write(d / "locked" / "a.txt", GOOD.replace("Corwin", "Harlow"))
    (d / "locked").chmod(0)
    return [str(d / "locked")]


def _unreadable_file(d: Path) -> list[str]:
    p = _write(d / "secret.txt", "Title\n\n" + OTHER)
    p.chmod(0)
    return [str(p)]


def _zip(d: Path) -> list[str]:
    p = d / "articles.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("a.txt", "Bus route approved\n\n" + OTHER)
    return [str(p)]


def _symlink_loop(d: Path) -> list[str]:
    (d / "loop.txt").symlink_to(d / "loop.txt")
    return [str(d / "loop.txt")]


def _fifo_dir(d: Path) -> list[str]:
    """A folder with a named pipe ending in .txt (nothing writes to it)."""
    (d / "spool").mkdir()
    os.mkfifo(d / "spool" / "pipe.txt")
    return [str(d / "spool")]


def _jsonl(lines: list[str]) -> Callable[[Path], list[str]]:
    return _one("rows.jsonl", "\n".join(lines) + "\n")


def _row(**fields) -> str:
    return json.dumps({"text": OTHER, "outlet": "Harlow Post", **fields})


INPUT_CASES = [
    Case("text: empty file", _one("empty.txt", ""), "empty.txt"),
    Case("text: binary junk", _one("junk.txt", _junk()), "junk.txt", says="binary file, not text"),
    Case("text: a PDF named .txt", _one("scan.txt", b"%PDF-1.4\n" + _junk()), "scan.txt",
         says="binary file (a PDF document), not text"),
    Case("text: UTF-16 without BOM", _one("utf16.txt", ("Bus route\n\n" + OTHER).encode("utf-16-le")), "utf16.txt",
         says="UTF-16LE text without a byte-order mark"),
    Case("text: UTF-16 with BOM (read)", _one("utf16bom.txt", ("Bus route\n\n" + OTHER).encode("utf-16")),
         "utf16bom.txt", expect=0),
    Case("text: Windows-1252, Western (read)", _one("cp1252.txt", ("Café route\n\n" + OTHER.replace("debate", "débat")
                                                                  ).encode("cp1252")), "cp1252.txt", expect=0),
    Case("text: Windows-1251, Cyrillic", _one("cp1251.txt", ("Совет округа утвердил новый автобусный маршрут. " * 5
                                                             ).encode("cp1251")), "cp1251.txt", says="Cyrillic"),
    Case("text: Shift-JIS", _one("sjis.txt", ("バス路線が承認された。" * 20).encode("shift_jis")),
         "sjis.txt", says="not UTF-8 text: most of its words"),
    Case("text: a 1.2 MB line", _one("huge.txt", "Huge\n\n" + "word " * 240_000), "huge.txt"),
    Case("text: web addresses only", _one("urls.txt", "https://a.example.com/1\nhttps://b.example.com/2\n"),
         "urls.txt"),
    Case("text: named pipe in a folder", _fifo_dir, "spool"),
    Case("text: links with a mistyped line", _one("links.txt", "https://a.example.com/1\nhtps//b.example.com/2 x\n"
                                                  "https://c.example.com/3\n"), "links.txt", says="no address"),
    Case("HTML: no article (a menu)", _one("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"),
         "menu.html"),
    Case("HTML: binary junk", _one("page.html", _junk()), "page.html"),
    Case("HTML: Windows-1251 page declaring it (read)", _one("ru.html", _RU_PAGE.format(
        '<meta charset="windows-1251">').encode("cp1251")), "ru.html", expect=0, says="not look like English"),
    Case("HTML: Shift-JIS page declaring it (read)", _one("jp.html", _JP_PAGE.encode("shift_jis")), "jp.html",
         expect=0),
    Case("HTML: Windows-1251 page, no declaration", _one("ru2.html", _RU_PAGE.format("").encode("cp1251")),
         "ru2.html", says="not UTF-8 text: most of its words"),
    Case("JSON: truncated", _one("cut.json", _row()[:40]), "cut.json"),
    Case("JSON: wrong field types", _one("types.json", json.dumps({"text": 123, "title": ["a"], "outlet": 5,
                                                                     "published": {"y": 1}})), "types.json"),
    Case("JSON: text is an object", _one("obj.json", json.dumps({"text": {"p": OTHER}, "outlet": "Harlow Post"})),
         "obj.json"),
    Case("JSON: list of non-objects", _one("list.json", json.dumps([1, "x", None])), "list.json"),
    Case("JSON: a bare string", _one("str.json", json.dumps(OTHER)), "str.json"),
    Case("JSON: unparseable date (kept undated)", _one("date.json", _row(published="next tuesday-ish")), "date.json",
         expect=0),
    Case("JSON: outlet and title as numbers", _one("nums.json", json.dumps({"text": OTHER, "outlet": 42, "title": 7.5,
                                                                           "authors": [1, None]})), "nums.json",
         expect=0, says="'outlet' field holds a number, not an outlet name"),
    Case("JSON list: an item that is no object", _one("list.json", json.dumps([json.loads(_row()), 7], indent=1)),
         "list.json:6", forbid="list.json#"),
    Case("JSONL: broken middle line", _jsonl([_row(), '{"text": "cut', _row(text=OTHER.replace("bus", "tram"))]),
         "rows.jsonl"),
    Case("JSONL: wrong field types", _jsonl([_row(), json.dumps({"text": [1, 2], "outlet": {"a": 1}})]),
         "rows.jsonl"),
    Case("JSONL: a 1.2 MB line", _jsonl([_row(), _row(text="word " * 240_000)]), "rows.jsonl"),
    Case("JSONL: binary junk", _one("junk.jsonl", _junk()), "junk.jsonl"),
    Case("JSONL: UTF-16 without BOM", _one("wide.jsonl", (_row() + "\n").encode("utf-16-le")), "wide.jsonl",
         says="UTF-16LE text without a byte-order mark"),
    Case("JSONL: outlet as a number", _jsonl([_row(outlet=42)]), "rows.jsonl", expect=0,
         says="rows.jsonl: 1 record's 'outlet' field holds a number"),
    Case("JSONL: a record given twice", _jsonl([_row(), _row()]), "rows.jsonl", expect=0, says="rows.jsonl:2",
         forbid="rows.jsonl#"),
    Case("CSV table of articles",
         _one("articles.csv", "title,outlet,text\n\"Bus\",\"Harlow Post\",\"" + OTHER + "\"\n"), "articles.csv"),
    Case("RSS: truncated XML", _one("feed.rss", "<?xml version='1.0'?><rss version='2.0'><channel><title>P</title>"
                                               "<item><title>Bus</title><description>" + OTHER[:60]), "feed.rss"),
    Case("RSS: plain text in .rss", _one("notxml.rss", "hello, this is no feed at all"), "notxml.rss"),
    Case("Atom: no entries", _one("empty.atom", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                                               "<title>P</title></feed>"), "empty.atom"),
    Case("RSS: cut short, named FEED:LINE:COL", _one("cut.rss", "<?xml version='1.0'?>\n<rss version='2.0'>"
                                                  "<channel><title>P</title>\n<item><title>Bus</title>"
                                                  "<description>" + OTHER[:60]),
         "cut.rss", says="cut.rss:3:", forbid=", column "),
    Case("OPML: broken XML, named FILE:LINE:COL", _one("subs.opml", "<?xml version='1.0'?>\n<opml version='2.0'><body>"
                                                    "\n<outline xmlUrl='https://x.example.com/f.rss' </body></opml>"),
         "subs.opml", says="subs.opml:3:", forbid=", column "),
    Case("XML that is no feed", _one("sitemap.xml", "<?xml version='1.0'?><urlset><url><loc>x</loc></url></urlset>"),
         "sitemap.xml"),
    Case("OPML: non-http feed", _one("subs.opml", "<?xml version='1.0'?><opml version='2.0'><body>"
                                                 "<outline xmlUrl='ftp://x.example.com/f.rss'/></body></opml>"),
         "subs.opml"),
    Case("WARC: malformed header line", _warc_bad_header, "crawl.warc"),
    Case("WARC: Content-Length not a number", _warc_bad_length, "crawl.warc"),
    Case("WARC: bad version line", _warc_bad_version, "crawl.warc.gz"),
    Case("WARC: truncated gzip", _warc_truncated, "cut.warc.gz"),
    Case("WARC: not an archive", _one("text.warc", "hello, this is not an archive"), "text.warc"),
    Case("folder: empty", _empty_dir, "empty"),
    Case("folder: only images and PDFs", _other_files_dir, "pics"),
    Case("folder: unreadable", _unreadable_dir, "locked"),
    Case("zip archive", _zip, "articles.zip"),
    Case("gzip: truncated", _one("a.txt.gz", gzip.compress(("Bus\n\n" + OTHER).encode())[:30]), "a.txt.gz"),
    Case("xz: truncated", _one("a.txt.xz", lzma.compress(("Bus\n\n" + OTHER).encode())[:30]), "a.txt.xz"),
    Case("missing file", lambda d: [str(d / "nope.txt")], "nope.txt"),
    Case("unreadable file", _unreadable_file, "secret.txt"),
    Case("symlink loop", _symlink_loop, "loop.txt"),
    Case("URL: private address", lambda d: ["http://127.0.0.1:9/news.html"], "http://127.0.0.1:9/news.html"),
    Case("URL: no host", lambda d: ["http://"], "http://"),
    Case("URL: host that does not resolve", lambda d: ["http://no-such-host.invalid/a.html"], "no-such-host.invalid"),
    Case("URL: other scheme", lambda d: ["ftp://example.com/a.txt"], "ftp://example.com/a.txt"),
    Case("URL: without https://", lambda d: ["www.example.com/news.html"], "www.example.com/news.html",
         says="give it with https://"),
    Case("usage: an unknown option", lambda d: ["--since", "2024-13-45"], "--since", expect=2, good_stored=False,
         says="(see `manysides analyze --help`)"),
    Case("usage: a bad option value", lambda d: ["--workers", "two"], "--workers", expect=2, good_stored=False,
         says="(see `manysides analyze --help`)"),
    Case("stdin: binary", lambda d: ["-"], "-:", stdin=_junk()),
    Case("output: --json on a full disk", _one("bus.txt", _BUS), "out.json", expect=3,
         full=["--json", "FULL/out.json"], says="the disk is full"),
    Case("output: --export on a full disk", _one("bus.txt", _BUS), "full/out.",
         expect=3, full=["--export", "FULL/out.csv"], says="the disk is full"),
]


# ------------------------------------------------------------------ builders of bad stores
def _store_case(make: Callable[[Path, Path], Path]) -> Callable[[Path], list[str]]:
    return lambda d: ["--db", str(make(d, d / "seed.db"))]


def _ro_dir_new(d: Path, seed: Path) -> Path:
    (d / "ro").mkdir()
    (d / "ro").chmod(0o555)
    return d / "ro" / "news.db"


def _ro_dir_existing(d: Path, seed: Path) -> Path:
    (d / "ro").mkdir()
    shutil.copy(seed, d / "ro" / "news.db")
    (d / "ro" / "news.db").chmod(0o444)
    (d / "ro").chmod(0o555)
    return d / "ro" / "news.db"


def _missing_dir(d: Path, seed: Path) -> Path:
    return d / "new" / "folder" / "news.db"


def _parent_is_file(d: Path, seed: Path) -> Path:
    _write(d / "notes.txt", "a file")
    return d / "notes.txt" / "news.db"


def _db_is_dir(d: Path, seed: Path) -> Path:
    (d / "news.db").mkdir()
    return d / "news.db"


def _not_sqlite(d: Path, seed: Path) -> Path:
    return _write(d / "news.db", "id,title\n1,hello\n")


def _foreign_sqlite(d: Path, seed: Path) -> Path:
    with sqlite3.connect(d / "news.db") as c:
        c.execute("CREATE TABLE contacts (name TEXT)")
    return d / "news.db"


def _corrupt(d: Path, seed: Path) -> Path:
    """The seed store with pages 3 onwards overwritten by junk (a disk error)."""
    data = bytearray(seed.read_bytes())
    for i in range(8192, len(data)):
        data[i] = (i * 131) % 251
    return _write(d / "news.db", bytes(data))


def _truncated(d: Path, seed: Path) -> Path:
    data = seed.read_bytes()
    return _write(d / "news.db", data[: len(data) // 3])


def _header_junk(d: Path, seed: Path) -> Path:
    data = bytearray(seed.read_bytes())
    data[0:100] = _junk(100)
    return _write(d / "news.db", bytes(data))


def _held(d: Path, seed: Path) -> Path:
    shutil.copy(seed, d / "news.db")
    return d / "news.db"


STORE_CASES = [
    Case("store: folder missing (made)", _store_case(_missing_dir), "", expect=0, store=True),
    Case("store: new, in a read-only folder", _store_case(_ro_dir_new), "news.db", expect=3, good_stored=False,
         store=True),
    Case("store: read-only file and folder", _store_case(_ro_dir_existing), "news.db", expect=3, good_stored=False,
         store=True, unchanged=True),
    Case("store: its folder is a file", _store_case(_parent_is_file), "news.db", expect=3, good_stored=False,
         store=True),
    Case("store: --db is a folder", _store_case(_db_is_dir), "news.db", expect=3, good_stored=False, store=True),
    Case("store: not SQLite (a CSV)", _store_case(_not_sqlite), "news.db", expect=3, good_stored=False, store=True,
         unchanged=True),
    Case("store: another program's SQLite", _store_case(_foreign_sqlite), "news.db", expect=3, good_stored=False,
         store=True, unchanged=True),
    Case("store: damaged pages", _store_case(_corrupt), "news.db", expect=3, good_stored=False, store=True,
         unchanged=True),
    Case("store: truncated", _store_case(_truncated), "news.db", expect=3, good_stored=False, store=True,
         unchanged=True),
    Case("store: header overwritten", _store_case(_header_junk), "news.db", expect=3, good_stored=False, store=True,
         unchanged=True),
    Case("store: another process holds a write lock", _store_case(_held), "news.db", expect=3, good_stored=False,
         store=True, holder=True, says="news.db: waiting for the store's write lock, which process"),
    Case("store: another command is grouping stories in it", _store_case(_held), "news.db", expect=0, store=True,
         grouping=True, says="news.db: waiting for another manysides command (process"),
    Case("store: no room to grow (file size limit)", _store_case(_held), "news.db", expect=3, good_stored=False,
         store=True, fsize=40_000, says="the store's file is too large to grow"),
]

# holds the store's write lock (a transaction left open, as a sqlite3 shell or a stuck
# process does) until killed
_HOLDER = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
           "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT OR REPLACE INTO meta VALUES ('held', '1')\"); "
           "print('ready', flush=True); time.sleep(600)")


# holds the store's grouping lock (NAME.lock, as a command grouping stories does) until
# killed, when the run has said that it waits, or for 240 s (code that does not say so)
_GROUPER = ("import fcntl, sys, time; fh = open(sys.argv[1] + '.lock', 'a+b'); fcntl.flock(fh, fcntl.LOCK_EX); "
            "print('ready', flush=True); time.sleep(240)")


# ------------------------------------------------------------------ running
def _env(src: Path | None, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MANYSIDES")}
    env["PYTHONPATH"] = str(src or ROOT / "src")
    env["COLUMNS"] = "200"  # lines as one line each: the count is of messages, not of wrapping
    env["TMPDIR"] = str(home)  # an internal error's saved traceback stays in the case folder
    return env


def _prefix() -> list[str]:
    """Without root's power over file permissions, where this runs as root."""
    if os.geteuid() == 0 and shutil.which("setpriv"):
        return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    return []


# runs a command with a small disk mounted at its first argument, in a mount namespace of
# its own: the disk holds an earlier export (OLD) and has 4 KB left; after the command the
# disk's files are listed (with OLD's bytes), to see that nothing half-written was left
_FULL_DISK = ('d="$1"; shift; mount -t tmpfs -o size=8k manysides-full "$d" || exit 97; '
              'printf OLD > "$d/out.json"; "$@"; rc=$?; for f in "$d"/* "$d"/.[!.]*; do [ -e "$f" ] && '
              'printf "%s %s\\n" "$(basename "$f")" "$(head -c 20 "$f")"; done > "$d.listing"; exit $rc')


def _full_disk(folder: Path) -> list[str]:
    """The prefix that runs a command with `folder` a full disk (tmpfs in a mount namespace:
    as root `unshare -m`, else in a user namespace `unshare -rm`)."""
    folder.mkdir()
    return ["unshare", "-m" if os.geteuid() == 0 else "-rm", "sh", "-c", _FULL_DISK, "sh", str(folder)]


def _cli(args: list[str], src: Path | None, home: Path, stdin: bytes | None, fsize: int | None = None,
         outer: list[str] = (), on_line: Callable[[str], None] | None = None,
         ) -> tuple[subprocess.CompletedProcess, dict[str, float]]:
    """The command's result, and when (seconds from its start) each line of its standard
    error came: whether a line said at once what the command waits for. `on_line` is
    called with each line as it comes."""
    import threading

    limit = (lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))) if fsize else None
    t0 = time.perf_counter()
    proc = subprocess.Popen([*outer, *_prefix(), sys.executable, "-c", _CLI, *args], env=_env(src, home), cwd=home,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limit)
    err, came = bytearray(), {}

    def read_err() -> None:
        for raw in proc.stderr:
            err.extend(raw)
            came.setdefault(raw.decode("utf-8", "replace").strip(), time.perf_counter() - t0)
            if on_line:
                on_line(raw.decode("utf-8", "replace"))

    reader = threading.Thread(target=read_err, daemon=True)
    reader.start()
    proc.stdin.write(stdin or b"")  # small: the pipe takes it whole
    proc.stdin.close()
    out = proc.stdout.read()  # standard error is the reader's alone
    proc.wait(timeout=900)
    reader.join()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, bytes(err)), came


def _stored_titles(db: Path) -> list[str] | None:
    if not db.is_file():
        return None
    try:
        with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as c:
            return [t for (t,) in c.execute("SELECT title FROM articles")]
    except sqlite3.Error:
        return None


def _whole(db: Path) -> bool | None:
    if not db.is_file():
        return None
    try:
        with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as c:
            return c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False


# a library's exception as it was raised ("AttributeError: 'NoneType' object has no
# attribute ...", "ValueError: invalid literal for int()"): text that names no input and
# says nothing of what to do
_RAW = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Failed)\b:|NoneType|object has no attribute|invalid literal for")


def _chmod_back(d: Path) -> None:
    for p in [d, *d.rglob("*")]:
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() else 0o644)


def run_case(case: Case, base: Path, src: Path | None, seed: Path) -> dict:
    d = base / case.name.replace(" ", "_").replace(":", "").replace("/", "_")
    d.mkdir()
    shutil.copy(seed, d / "seed.db")
    good = _write(d / "good.txt", GOOD)
    bad = case.build(d)
    outer: list[str] = []
    if case.store:
        args = ["analyze", str(good), *bad, "-q"]
        db = Path(bad[-1])
    else:
        db = d / "run.db"
        args = ["analyze", str(good), *bad, "--db", str(db), "-q"]
    if case.full:
        outer = _full_disk(d / "full")
        args += [a.replace("FULL", str(d / "full")) for a in case.full]
    before = db.read_bytes() if db.is_file() else None
    holder = None
    if case.holder or case.grouping:
        holder = subprocess.Popen([sys.executable, "-c", _GROUPER if case.grouping else _HOLDER, str(db)],
                                  stdout=subprocess.PIPE, text=True)
        holder.stdout.readline()
    t0 = time.perf_counter()
    try:
        release = (lambda ln: holder.kill() if case.says in ln else None) if case.grouping else None
        done, came = _cli(args, src, d, case.stdin, case.fsize, outer, release)
    finally:
        if holder:
            holder.kill()
            holder.wait()
    wall = time.perf_counter() - t0
    _chmod_back(d)
    err = done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8", "replace")
    lines = [ln for ln in err.splitlines() if ln.strip()]
    told = [ln for ln in lines if ln.startswith(("failed:", "error:", "internal error:"))]
    titles = _stored_titles(db)
    stored = bool(titles) and GOOD_TITLE in titles
    if case.unchanged:
        kept = db.is_file() and db.read_bytes() == before
    else:
        kept = _whole(db) is not False  # no store, or a whole one
    names = (not case.names) or case.expect == 0 or any(case.names in ln for ln in told)
    one_line = (case.expect == 0 and not told) or len([ln for ln in told if case.names in ln]) == 1
    leaked = "Traceback (most recent call last)" in err + out
    raw = any(_RAW.search(ln) for ln in told)
    said = (not case.says or any(case.says in ln for ln in lines)) and not (case.forbid and case.forbid in err)
    if case.full:  # the full disk holds the earlier export, whole, and nothing else
        listing = d / "full.listing"
        kept = kept and listing.is_file() and listing.read_text().splitlines() == ["out.json OLD"]
    ok = (done.returncode == case.expect and names and one_line and stored == case.good_stored and not leaked and kept
          and not raw and said)
    first = min((t for ln, t in came.items() if case.says and case.says in ln), default=None)
    return {"case": case.name, "exit": done.returncode, "expect": case.expect, "lines": len(lines),
            "names": names, "one": one_line, "stored": stored, "traceback": leaked, "raw": raw, "kept": kept,
            "said": said, "ok": ok, "wall": wall, "said_at": first, "stderr": err}


def make_seed(base: Path, src: Path | None) -> Path:
    """A store holding one article (not the good one), made once with this checkout."""
    seed_dir = base / "_seed"
    seed_dir.mkdir()
    art = _write(seed_dir / "bus.txt", "---\noutlet: Harlow Post\npublished: 2026-02-01\n---\nBus route approved\n\n"
                 + OTHER + "\n")
    db = seed_dir / "seed.db"
    done, _ = _cli(["analyze", str(art), "--db", str(db), "-q"], None, seed_dir, None)
    if done.returncode != 0:
        sys.exit(f"could not make the seed store: {done.stderr.decode()}")
    with sqlite3.connect(db) as c:  # one file, no WAL beside it, to copy
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.execute("PRAGMA journal_mode=DELETE")
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA journal_mode=WAL")  # as a store is kept
    return db


def _yes(v: bool) -> str:
    return "yes" if v else "no"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=None, help="another checkout's src folder to run instead")
    ap.add_argument("--only", default="", help="comma-separated parts of case names to run")
    ap.add_argument("--messages", action="store_true", help="print each case's standard error too")
    args = ap.parse_args()
    cases = INPUT_CASES + STORE_CASES
    if args.only:
        cases = [c for c in cases if any(part.lower() in c.name.lower() for part in args.only.split(","))]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        base.chmod(0o755)
        seed = make_seed(base, args.src)
        rows = []
        for case in cases:
            row = run_case(case, base, args.src, seed)
            rows.append(row)
            print(f"  {row['case']}: exit {row['exit']} ({row['wall']:.0f} s)", file=sys.stderr, flush=True)
    print(f"code: {args.src or ROOT / 'src'}")
    print("| case | exit (expected) | stderr lines | names input, once | good article stored (expected) "
          "| traceback | raw exception text | store whole / unchanged | says what it should | ok |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        case = next(c for c in cases if c.name == r["case"])
        print(f"| {r['case']} | {r['exit']} ({r['expect']}) | {r['lines']} | {_yes(r['names'] and r['one'])} "
              f"| {_yes(r['stored'])} ({_yes(case.good_stored)}) | {_yes(r['traceback'])} | {_yes(r['raw'])} "
              f"| {_yes(r['kept'])} | {_yes(r['said'])} | {'ok' if r['ok'] else 'NO'} |")
    print(f"\n{sum(r['ok'] for r in rows)} of {len(rows)} cases ok")
    for r in rows:  # a wait: whether the command said at once what it waits for
        if any(c.holder or c.grouping for c in cases if c.name == r["case"]):
            at = f"{r['said_at']:.1f} s" if r["said_at"] is not None else "never"
            print(f"{r['case']}: the line saying it waits came after {at}; the command ended after {r['wall']:.1f} s "
                  "(both from the command's start, Python's start-up included)")
    if args.messages:
        for r in rows:
            print(f"\n## {r['case']} (exit {r['exit']})\n{r['stderr'].rstrip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
