"""Read inputs (files, folders, standard input) into raw `Document`s.

Every problem with one input is *yielded* as an `InputError`, never raised, so a caller
reading a thousand files reports the three bad ones and goes on with the rest.
Formats are chosen by suffix; standard input and explicitly named files with an unknown
suffix are sniffed (JSON, JSON Lines, a feed, HTML, else plain text). Feeds are read by
`ingest.feeds`, web archives by `ingest.archives`. See docs/inputs.md.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ..errors import ConfigError, InputError
from ..records import Document
from .feeds import (FEED_LIST_SUFFIXES, FEED_SUFFIXES, looks_like_feed, looks_like_feed_list, read_feed,
                    read_feed_list)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

TEXT_FIELDS = ("text", "content", "body", "maintext", "article", "content_text", "content_html")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site_name", "domain")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "date", "publish_date", "date_publish", "pubDate", "datetime", "date_published")
AUTHOR_FIELDS = ("authors", "author", "byline")
LEANING_FIELDS = ("leaning", "bias")
ID_FIELDS = ("id", "article_id", "_id")
WRAPPER_FIELDS = ("articles", "items")
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")  # read by ingest.archives
WHOLE_PAGE = re.compile(r"<(!doctype\s+html|html|head|body)\b", re.IGNORECASE)  # not a fragment

_SUPPORTED = ".txt, .md, .html, .htm, .json, .jsonl, feed (.rss, .atom, .xml, .opml) or web archive (.warc, .warc.gz)"
_HTML_START = re.compile(
    r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|div|p|section|"
    r"h[1-6]|meta|title|span|figure|header|table|ul|ol|br)\b",
    re.IGNORECASE | re.DOTALL,
)
_LEANINGS = {
    "left": "left",
    "lean left": "left",
    "leans left": "left",
    "left-center": "left",
    "center-left": "left",
    "centre-left": "left",
    "liberal": "left",
    "center": "center",
    "centre": "center",
    "neutral": "center",
    "least biased": "center",
    "right": "right",
    "lean right": "right",
    "leans right": "right",
    "right-center": "right",
    "center-right": "right",
    "centre-right": "right",
    "conservative": "right",
}


# --------------------------------------------------------------------------- entry point
def read_inputs(
    inputs: Iterable[str | Path],
    stdin: TextIO | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn_unnamed: bool = True,
) -> Iterator[Document | InputError]:
    """Yield one `Document` per article found, or an `InputError` per unusable input.

    `inputs` are file paths, folder paths (read recursively in sorted order, hidden
    entries skipped), http(s) URLs (see `ingest.fetch`) or "-" for `stdin` (default
    `sys.stdin`). Files larger than
    `max_bytes` are refused before being read, except JSON Lines, which is streamed and
    limited per line. Text files that name no outlet are said in one warning at the end
    (`warn_unnamed=False` leaves that to the caller, which may refuse some of them later).
    """
    bare: list[str] = []  # plain-text articles that name no outlet: said once at the end
    for doc in _read_all(inputs, stdin, max_bytes):
        if warn_unnamed and unnamed_text(doc):
            bare.append(doc.source)
        yield doc
    warn_unnamed_outlets(bare)


def unnamed_text(doc: Document | InputError) -> bool:
    """Whether `doc` is a text file that names no outlet (coverage counts it as its own)."""
    return isinstance(doc, Document) and doc.kind == "text" and not doc.outlet and doc.source != "-"


_RECORD_PLACE = re.compile(r"(?::\d+(?::\d+)?|#\d+)$")


def input_of(source: str) -> str:
    """The input a record's source names it in: "rows.jsonl" for "rows.jsonl:3", "list.json:1:40"
    or "feed.rss#2" (docs/inputs.md, how a record is named); a whole file names itself."""
    return _RECORD_PLACE.sub("", source)


def warn_unnamed_outlets(sources: list[str]) -> None:
    """One warning for all the text files in `sources` that name no outlet."""
    if sources:
        logging.getLogger("manysides").warning(
            "%s name%s no outlet (%s%s): give each a front matter block with outlet: and published: "
            "(docs/inputs.md), or each is counted as an outlet of its own, of unknown leaning",
            f"{len(sources)} text files" if len(sources) > 1 else "1 text file", "" if len(sources) > 1 else "s",
            ", ".join(sources[:3]), ", ..." if len(sources) > 3 else "")


def _read_all(inputs: Iterable[str | Path], stdin: TextIO | None, max_bytes: int) -> Iterator[Document | InputError]:
    for item in as_inputs(inputs):
        if not isinstance(item, (str, os.PathLike)):
            yield InputError(repr(item)[:80], f"is a {type(item).__name__}, not an input name",
                             "give a file or folder path, a URL or - for standard input")
        elif not str(item).strip():  # an unset $VAR: Path("") would be the working folder
            yield InputError(repr(str(item)), "empty input name", "give a file, a folder, a URL or - for standard input")
        elif str(item) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
        elif isinstance(item, str) and item.strip().lower().startswith(("http://", "https://")):
            from .fetch import read_url  # http(s) URLs are fetched (public addresses only)

            yield from read_url(item)
        elif isinstance(item, str) and is_address(item):
            # as a path, "ftp://host/x" would become "ftp:/host/x", "no such file"
            yield InputError(item.strip(), "not an http:// or https:// address",
                             "give an http(s) URL, or save the page and give its path")
        else:
            yield from _read_path(Path(item), max_bytes)


_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_address(name: str) -> bool:
    """Whether an input name is an address of some scheme ("ftp://host/x"), not a path:
    read as a path it would become "ftp:/host/x", "no such file"."""
    return bool(_SCHEME.match(name.strip())) and not Path(name).exists()


def as_inputs(inputs: Iterable[str | Path] | str | Path) -> Iterable[str | Path]:
    """`inputs` as a collection of input names: one path, URL or "-" given alone is one
    input (a str is not read as its characters, "/" not as the root folder)."""
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    if inputs is None or not isinstance(inputs, Iterable) or isinstance(inputs, (bytes, Mapping)):
        raise ConfigError(f"inputs must be a path, a URL or a list of them, not {type(inputs).__name__}")
    return inputs


# --------------------------------------------------------------------------- paths
def _read_path(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    got = passed = 0
    for item in path_files(path):
        if isinstance(item, InputError):
            got += 1
            yield item
            continue
        before = got
        for doc in _read_file(item[0], max_bytes, explicit=item[1]):
            got += 1
            yield doc
        passed += got == before
    if passed and not got:
        # every file of the folder was passed over (.xml files that are no feed): say so,
        # or the run ends with nothing read and no word why
        yield InputError(str(path), f"folder holds no article files ({passed} file{'s' * (passed != 1)} passed over: "
                         ".xml that is no RSS or Atom feed)", f"put {_SUPPORTED} files in it")


def path_files(path: str | Path) -> Iterator[tuple[Path, bool] | InputError]:
    """The files one path input names, each as (file, explicit), or an `InputError` for a
    path that names none: a file is explicit (read whatever its suffix), a folder gives its
    readable-format files (not explicit), as `read_inputs` walks it. With `read_file`, a
    caller can share a folder's files out (the Ray runner, `manysides.scale`) and read each
    exactly as `read_inputs` would."""
    path = Path(path)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as exc:  # e.g. a path name too long for the file system
        yield InputError(str(path), f"cannot be read: {exc.strerror or exc}", "check the path")
        return
    if not exists and path.is_symlink():  # a loop, or a link whose target is gone
        yield InputError(str(path), "a symbolic link that leads to no file (its target is missing, or it "
                         "leads back to itself)", "give the file it should lead to, or fix the link")
    elif not exists:
        web = _SCHEMELESS.match(str(path))
        yield InputError(str(path), "no such file or folder",
                         f"it looks like a web address: give it with https://, as https://{path}" if web
                         else "check the path and its spelling")
    elif not is_dir:
        yield path, True
    else:
        found = said = False
        for item in _walk(path):
            if not isinstance(item, InputError):
                found = True
                item = (item, False)
            said = said or isinstance(item, InputError)
            yield item
        if not found and not said:  # a folder that could not be listed has said so
            packed = next((p.name for p in path.rglob("*") if p.suffix.lower() in _PACKED), None)
            yield InputError(
                str(path),
                "folder holds no article files" + (f"; compressed files such as {packed} are not read" if packed else ""),
                ("decompress them first with gunzip, unxz or unzip; " if packed else "")
                + f"put {_SUPPORTED} files in it; hidden files and other suffixes are skipped",
            )


def read_file(path: str | Path, *, explicit: bool = True,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The documents of one file (as `path_files` gives it), or an `InputError` for each
    unusable part, as `read_inputs` reads it."""
    yield from _read_file(Path(path), max_bytes, explicit)


def _walk(folder: Path) -> Iterator[Path | InputError]:
    """Readable-format files under `folder`, depth first, sorted by name, hidden skipped."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except PermissionError:
        yield InputError(str(folder), "permission denied", "check the folder's permissions")
        return
    except OSError as exc:
        yield InputError(str(folder), f"cannot be listed: {exc.strerror or exc}", "check the folder")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:  # an entry the user may not look at (a folder without x permission, /proc)
            is_dir = entry.is_dir() and not entry.is_symlink()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield InputError(str(entry), f"cannot be read: {exc.strerror or exc}", "check its permissions")
            continue
        if is_dir:
            yield from _walk(entry)
        elif is_file and _format_of(entry) != "sniff":
            yield entry


# a web address given without its scheme ("www.example.com/news.html", "example.org/a/b"):
# read as a path, it names no file
_SCHEMELESS = re.compile(r"(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|news|info|io|co"
                         r"|uk|de|fr|us|ca|au|in|eu))(?:/|$)", re.IGNORECASE)


def known_suffix(name: str) -> str:
    """The ending of a file name that names a format manysides reads (".html", ".rss",
    ".warc.gz", ...), else ""."""
    lower = name.lower()
    archive = next((s for s in ARCHIVE_SUFFIXES if lower.endswith(s)), None)
    if archive:
        return archive
    return Path(lower).suffix if _format_of(Path(lower)) != "sniff" else ""


def _format_of(path: Path) -> str:
    """The format a file's name says it holds ("sniff" when it says none)."""
    if path.name.lower().endswith(ARCHIVE_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in FEED_LIST_SUFFIXES:
        return "opml"
    return SUFFIX_FORMATS.get(suffix, "sniff")


# files of other kinds a user may name by mistake, with what to do: sniffed, a CSV table
# or an RTF document reads as plain text and would be stored as one article of cells or
# markup; a .docx or an .odt is a zip, which "decompress it with unzip" would not help
_OTHER_KINDS = {
    ".csv": ("a CSV table", "manysides reads articles from JSON Lines, not tables: convert it with "
             "`python -c \"import pandas as p; p.read_csv('FILE').to_json('FILE.jsonl', orient='records', "
             "lines=True)\"` (a text column holds each article), or give each article as a file"),
    ".tsv": ("a TSV table", "manysides reads articles from JSON Lines, not tables: convert it with "
             "`python -c \"import pandas as p; p.read_csv('FILE', sep='\\t').to_json('FILE.jsonl', orient='records', "
             "lines=True)\"` (a text column holds each article), or give each article as a file"),
    **{suffix: ("a word-processor document", "save it as plain text (.txt) or as a web page (.html) and give that")
       for suffix in (".docx", ".doc", ".odt", ".rtf", ".pages")},
    ".pdf": ("a PDF document", "save or copy its text as a .txt file (e.g. `pdftotext FILE`), or give the web page"),
    ".epub": ("an e-book", "give its chapters as .html or .txt files"),
    **{suffix: ("a spreadsheet", "save the sheet as CSV and convert it to JSON Lines (docs/inputs.md)")
       for suffix in (".xlsx", ".xls", ".ods")},
}


def _read_file(path: Path, max_bytes: int, explicit: bool) -> Iterator[Document | InputError]:
    source = str(path)
    fmt = _format_of(path)
    other = _OTHER_KINDS.get(path.suffix.lower()) if fmt == "sniff" else None
    if other:
        yield InputError(source, f"{other[0]}, not an article format manysides reads", other[1])
        return
    try:
        size = path.stat().st_size
        if fmt == "warc":  # streamed record by record; each page is size-limited
            from .archives import read_archive

            with _open_binary(path) as fh:
                yield from read_archive(fh, source, max_bytes)
            return
        if fmt == "jsonl":
            with _open_binary(path) as fh:
                yield from _read_jsonl_stream(fh, source, size, max_bytes)
            return
        if fmt == "feed" and not explicit and path.suffix.lower() == ".xml":
            with _open_binary(path) as fh:
                if not looks_like_feed(fh.read(4096)):
                    return  # a sitemap or a config in a folder: not ours, however large
        if size > max_bytes:
            yield _too_big(source, size, max_bytes)
            return
        with _open_binary(path) as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        yield InputError(source, "permission denied", "check the file's permissions (chmod +r)")
        return
    except OSError as exc:
        yield InputError(source, f"cannot be read: {exc.strerror or exc}", "check the file")
        return
    if len(data) > max_bytes:  # grew after stat, or a special file
        yield _too_big(source, len(data), max_bytes)
        return
    if fmt == "feed" or (fmt == "sniff" and looks_like_feed(data)):
        yield from _read_feed_file(data, source, path)
        return
    if fmt == "opml" or (fmt == "sniff" and looks_like_feed_list(data)):
        if data.strip():
            yield from read_feed_list(data, source)
        else:
            yield InputError(source, "file is empty", "export the feed list again from the feed reader")
        return
    text = _decode(data, source, html=fmt == "html" or (fmt == "sniff" and _html_bytes(data)))
    if isinstance(text, InputError):
        yield text
    elif not text.strip():
        yield InputError(source, "file is empty", "give a file that holds an article")
    else:
        yield from _parse_text(text, source, fmt)


def _read_feed_file(data: bytes, source: str, path: Path) -> Iterator[Document | InputError]:
    """A feed file, handed over as bytes so that its XML declaration names its encoding.
    An .xml file named on its own that is no feed is refused (in a folder it was passed
    over before it was read)."""
    if not data.strip():
        yield InputError(source, "file is empty", "give a file that holds an article")
    elif path.suffix.lower() == ".xml" and not looks_like_feed(data):
        yield InputError(source, "XML that is not an RSS or Atom feed", "give a news feed, or the articles themselves")
    else:
        yield from read_feed(data, source)


def _open_binary(path: Path) -> BinaryIO:
    return open(path, "rb")  # noqa: SIM115 - callers close it


def _too_big(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        source,
        f"file is {_mb(size)}, over the {_mb(max_bytes)} limit",
        "split it into smaller files (for many articles use JSON Lines, one per line, "
        "which is streamed)",
    )


# compressed files by their first bytes: read as text they are "binary", which says
# nothing of what to do
_PACKED_MAGIC = ((b"\x1f\x8b", "gzip", "gunzip"), (b"\xfd7zXZ\x00", "xz", "unxz"), (b"BZh", "bzip2", "bunzip2"),
                 (b"PK\x03\x04", "zip", "unzip"), (b"\x28\xb5\x2f\xfd", "zstd", "unzstd"))
_PACKED = {".gz", ".xz", ".bz2", ".zip", ".zst", ".tgz"}


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


# --------------------------------------------------------------------------- stdin
def _read_stdin(stdin: TextIO, max_bytes: int) -> Iterator[Document | InputError]:
    # The bytes under a text stream, where there are any: decoded and checked like a
    # file's (a locale's decoder would let invalid bytes through as lone surrogates).
    source = getattr(stdin, "buffer", stdin)
    try:
        text = source.read(max_bytes + 1)
    except UnicodeDecodeError:
        yield InputError("-", "standard input is not UTF-8 text", "pipe UTF-8 text, HTML or JSON")
        return
    except OSError as exc:
        yield InputError("-", f"standard input cannot be read: {exc}", "pipe a file into it")
        return
    if isinstance(text, bytes):
        if len(text) > max_bytes:  # bytes, as for a file: not the characters they decode to
            yield InputError("-", f"standard input is over the {_mb(max_bytes)} limit", "give a file path instead")
            return
        text = _decode(text, "-", html=_html_bytes(text))
        if isinstance(text, InputError):
            yield text
            return
    if len(text) > max_bytes:
        yield InputError("-", f"standard input is over the {_mb(max_bytes)} limit", "give a file path instead")
    elif not text.strip():
        yield InputError("-", "standard input is empty", "pipe an article into it, or name files")
    else:
        yield from _parse_text(text, "-", "sniff")


# --------------------------------------------------------------------------- decoding
def decode_body(body: bytes, content_type: str, source: str) -> str | InputError:
    """A fetched or archived page's bytes as text: by the charset its Content-Type
    names, else (none named, or it fails) as `_decode` reads a file, a page's own
    declaration (`<meta charset>`) read as a saved page's is."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return body.decode(_codec(value.strip("\"' ")))
            except (LookupError, UnicodeDecodeError):
                break
    mime = content_type.partition(";")[0].strip().lower()
    return _decode(body, source, html=mime in ("text/html", "application/xhtml+xml") or _html_bytes(body))


# a page's own declaration of its encoding, in its first bytes (browsers look in the first
# 1,024; saved pages put scripts first, so a few more): <meta charset="...">, <meta
# http-equiv="Content-Type" content="text/html; charset=...">, or an XHTML page's XML declaration
_DECLARED = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([\w.:-]+)|\A\s*<\?xml\b[^>]*?\bencoding\s*="
                       rb"\s*[\"']([\w.:-]+)", re.IGNORECASE)
# labels a browser decodes with a wider encoding than Python's codec of that name (the WHATWG
# Encoding Standard: "iso-8859-1" is windows-1252, "shift_jis" Microsoft's cp932, ...), and a
# declared UTF-16, which the declaration being readable as ASCII rules out (browsers: UTF-8)
_WIDER = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "gb2312": "gb18030", "gbk": "gb18030",
          "big5": "big5hkscs", "euc_kr": "cp949", "shift_jis": "cp932", "tis-620": "cp874", "iso8859-11": "cp874",
          "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}


def _codec(label: str) -> str:
    """The codec to decode a declared charset `label` with, as a browser would; LookupError
    for a label Python does not know."""
    name = codecs.lookup(label.strip().lower()).name
    return _WIDER.get(name, name)


def _html_bytes(data: bytes) -> bool:
    """Whether bytes open as a web page does (`looks_like_html`)."""
    return looks_like_html(data[:1024].decode("latin-1").lstrip(" \t\r\n\xef\xbb\xbf"))


def _declared(data: bytes) -> str | None:
    """A web page's bytes decoded by the charset the page declares (`_DECLARED`), as
    browsers and trafilatura read it; None when it declares none, or one that does not
    decode it (more than one byte in a thousand undecodable: not what it says it is)."""
    found = _DECLARED.search(data[:8192])
    if not found:
        return None
    try:
        codec = _codec((found.group(1) or found.group(2)).decode("ascii"))
        text = data.decode(codec, errors="replace")
    except (LookupError, UnicodeDecodeError):  # LookupError: an unknown label, or no text encoding ("base64")
        return None
    return text if text.count("\ufffd") <= len(text) / 1000 else None


# byte-order marks: (mark, codec, name); UTF-32LE's before UTF-16LE's, which it begins with
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"), (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
         (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"), (b"\xff\xfe", "utf-16", "UTF-16"),
         (b"\xfe\xff", "utf-16", "UTF-16"))


def _decode(data: bytes, source: str, html: bool = False) -> str | InputError:
    """Bytes to text: BOM-marked UTF-8/16/32, plain UTF-8, else (a web page, `html`) the
    charset the page declares, else Western text in clean cp1252; anything else is refused
    with the line that fits it (`_not_text`)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return InputError(source, f"starts with a {name} byte-order mark but is not whole {name} text "
                                  "(cut short, or damaged)", "save it again as UTF-8, or give a whole copy")
    if b"\x00" in data[:65536]:  # valid UTF-8, but no text has NUL bytes: UTF-16 without a mark, or binary
        return _not_text(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data) if html else None
    if declared is not None:  # a Cyrillic or Japanese page says so; it is read, and said not to be English
        return declared
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text) and not _mojibake(text):
        return text
    return _not_text(data, source)


def _not_text(data: bytes, source: str) -> InputError:
    """The line for bytes that are not text manysides reads: compressed, UTF-16/32 without
    a byte-order mark (said with the iconv command that converts it), binary (its kind
    named when its first bytes tell it), Western text with stray bytes, or text in
    another encoding (Cyrillic, Greek, Chinese, ...)."""
    packed = _packed(data, source)
    if packed:
        return packed
    head = data[:65536]
    wide = _wide_unicode(head)
    if wide:
        return InputError(source, f"{wide} text without a byte-order mark (manysides reads {wide[:6]} with one)",
                          f"re-save it as UTF-8, e.g. `iconv -f {wide} -t UTF-8 FILE > NEW`")
    latin = head.decode("latin-1")
    if b"\x00" in head or not _looks_like_text(latin):
        kind = next((k for magic, k in _BINARY_KINDS if data.startswith(magic)), "")
        return InputError(source, f"binary file{f' ({kind})' if kind else ''}, not text",
                          f"give the article as text: {_SUPPORTED}")
    if _mojibake(latin) or sum(b > 0x7F for b in head) > 0.3 * len(head.translate(None, b" \t\r\n")):
        return InputError(source, "not UTF-8 text: most of its words are in bytes outside ASCII, as in a Cyrillic, "
                          "Greek, Arabic, Chinese or Japanese encoding (manysides reads English)",
                          "re-save it as UTF-8 from the program that made it, or with "
                          "`iconv -f ENCODING -t UTF-8 FILE > NEW` (ENCODING such as CP1251, SHIFT_JIS or GB18030)")
    return InputError(source, "not UTF-8 text, and some bytes are not Windows-1252 either (Latin-1 text with "
                      "control bytes, or a damaged file)",
                      "re-save it as UTF-8, e.g. `iconv -f LATIN1 -t UTF-8 FILE > NEW`")


# binary files a user may name as an article, by their first bytes
_BINARY_KINDS = ((b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
                 (b"GIF8", "a GIF image"), (b"SQLite format 3\x00", "a SQLite database"), (b"\x7fELF", "a program"),
                 (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"))


def _wide_unicode(head: bytes) -> str | None:
    """"UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when `head` (a file's first bytes,
    without a byte-order mark) is plainly that: mostly Latin letters, whose high bytes are
    zero in those encodings, and text once decoded; else None."""
    n = len(head) // 4 * 4
    if n < 8:
        return None
    zeros = [head[i:n:4].count(0) / (n // 4) for i in range(4)]
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    for name, plain in (("UTF-32LE", zeros[1] > 0.5 and min(zeros[2:]) > 0.95 and zeros[0] < 0.05),
                        ("UTF-32BE", zeros[2] > 0.5 and min(zeros[:2]) > 0.95 and zeros[3] < 0.05),
                        ("UTF-16LE", odd > 0.5 and even < 0.05), ("UTF-16BE", even > 0.5 and odd < 0.05)):
        if plain:
            try:
                text = head[:n].decode(name)
            except UnicodeDecodeError:
                return None
            return name if _looks_like_text(text) else None
    return None


_WORD = re.compile(r"[^\W\d_]{2,}")


def _mojibake(text: str) -> bool:
    """Whether text decoded as cp1252 (or Latin-1) is another encoding misread: in Western
    text a word made mostly of letters outside ASCII is rare ("été"); in Cyrillic, Greek
    or CJK bytes read so, nearly every word of the text is one ("Ñîâåò")."""
    words = _WORD.findall(text[:65536])
    if not words:
        return False
    foreign = sum(1 for w in words if sum(ch > "\x7f" for ch in w) * 2 > len(w))
    return foreign >= max(3, 0.05 * len(words))


def _packed(data: bytes, source: str = "") -> InputError | None:
    """The line for compressed data (gzip, xz, zip, ...), by its first bytes, else None."""
    packed = next(((name, tool) for magic, name, tool in _PACKED_MAGIC if data.startswith(magic)), None)
    if packed is None:
        return None
    return InputError(source, f"{packed[0]}-compressed file, not text",
                      f"decompress it first with {packed[1]}, then give the file that makes")


def _bad_encoding(source: str, expected: str) -> InputError:
    return InputError(
        source,
        f"not readable as {expected} text (binary, or an unknown encoding)",
        "re-save it as UTF-8, e.g. `iconv -f LATIN1 -t UTF-8 FILE > NEW`",
    )


def _looks_like_text(text: str) -> bool:
    """True when control characters (other than whitespace) are rare: real prose."""
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / len(text) < 0.001


# --------------------------------------------------------------------------- formats
def _parse_text(text: str, source: str, fmt: str) -> Iterator[Document | InputError]:
    if fmt == "sniff":
        fmt = sniff_format(text)
    if fmt == "json":
        yield from _parse_json(text, source)
    elif fmt == "jsonl":
        yield from _parse_jsonl_lines(enumerate(text.splitlines(), 1), source)
    elif fmt == "feed":  # decoded already: say so, whatever the XML declaration claims
        yield from read_feed(text.encode("utf-8"), source, "application/xml; charset=utf-8")
    elif fmt == "opml":
        yield from read_feed_list(re.sub(r"\A\ufeff?\s*<\?xml[^>]*\?>", "", text).encode("utf-8"), source)
    elif fmt == "html":
        yield Document(source=source, text=text, kind="html")
    else:
        yield _text_document(text, source)


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def _text_document(text: str, source: str) -> Document:
    """Plain text, with an optional leading `---` block of `key: value` lines (the
    Jekyll/Hugo front matter) giving the same fields as a JSON record."""
    m = _FRONT_MATTER.match(text)
    if m:
        fields: dict[str, Any] = {}
        for line in m.group(1).splitlines():
            kv = _FRONT_LINE.match(line)
            if kv:
                value = kv.group(2)
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                    value = value[1:-1]
                fields[kv.group(1).lower()] = value
        if fields:
            body = text[m.end() :]
            doc = record_to_document({**fields, "text": body}, source)
            if isinstance(doc, Document):
                return dataclasses.replace(doc, kind="text")
    return Document(source=source, text=text, kind="text")


def sniff_format(text: str) -> str:
    """"json", "jsonl", "feed", "opml", "html" or "text" from the content alone."""
    head = text.lstrip()
    if head[:1] in ("{", "["):
        try:
            json.loads(text)
            return "json"
        except (ValueError, RecursionError):
            pass
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.startswith("{") for ln in lines):
            return "jsonl"
        if head[:1] == "{" and len(lines) == 1:
            return "json"  # one broken object: report it as invalid JSON
    if looks_like_feed(head):
        return "feed"
    if looks_like_feed_list(head):
        return "opml"
    if looks_like_html(head):
        return "html"
    return "text"


def _json_limit(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return " ".join(str(exc).split())[:120]


def _json_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling "starting at" (the position it names is
    in the error's own line and column)."""
    return re.sub(r"\s+(?:starting\s+)?at$", "", exc.msg)


def looks_like_html(text: str) -> bool:
    """True when text starts with markup such as `<html>`, `<!DOCTYPE html>` or `<p>`."""
    return bool(_HTML_START.match(text))


def _parse_json(text: str, source: str) -> Iterator[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(  # FILE:LINE:COLUMN, as compilers name the place
            f"{source}:{exc.lineno}:{exc.colno}",
            f"invalid JSON: {_json_problem(exc)}",
            "the file may be truncated; check it with `python -m json.tool FILE`",
        )
        return
    except (ValueError, RecursionError) as exc:  # nested too deep, a number of thousands of digits
        yield InputError(source, f"JSON that cannot be read ({_json_limit(exc)})", "give article records as JSON")
        return
    outlet = wrapped = None
    if isinstance(data, dict):
        wrapped = next((data[k] for k in WRAPPER_FIELDS if isinstance(data.get(k), list)), None)
        if wrapped is None or _text_of(data) is not None:
            doc = record_to_document(data, source)
            yield doc
            if isinstance(doc, Document):
                one = _FieldTally()
                one.add(data, doc)
                one.warn(source, unread=False)
            return
        if "jsonfeed.org" in str(data.get("version", "")):  # a JSON Feed names its site once
            outlet = _first_str(data, TITLE_FIELDS)
        data = wrapped
    if not isinstance(data, list):
        yield InputError(source, "JSON is not an object or a list of objects", _fields_hint())
        return
    if not data:
        yield InputError(source, "JSON list is empty", "give at least one article object")
        return
    if not any(isinstance(record, dict) for record in data):  # one line for the file, not one per item
        kinds = sorted({_JSON_KINDS.get(type(r), "a string" if isinstance(r, str) else "null") for r in data})
        yield InputError(source, f"JSON list holds no article objects ({len(data):,} items: {', '.join(kinds)})",
                         _fields_hint())
        return
    tally = _FieldTally()
    places = _item_places(text, len(data))
    for i, record in enumerate(data, 1):
        item = f"{source}{places[i - 1]}"
        if isinstance(record, dict):
            doc = record_to_document(record, item)
            if isinstance(doc, Document):
                doc = dataclasses.replace(doc, outlet=outlet) if outlet and not doc.outlet else doc
                tally.add(record, doc)
            yield doc
        else:
            yield InputError(item, "list item is not a JSON object", _fields_hint())
    tally.warn(source)


def _read_jsonl_stream(
    fh: BinaryIO, source: str, size: int, max_bytes: int
) -> Iterator[Document | InputError]:
    """Stream JSON Lines with bounded memory: each line is limited to `max_bytes`."""
    head = fh.read(4096)
    fh.seek(0)
    if not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) and _wide_unicode(head):
        yield _not_text(head, source)  # one line for the file, with the command that converts it
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.startswith(b"\x00\x00\xfe\xff"):
        # UTF-16/32 cannot be split on b"\n": decode whole (size-limited).
        if size > max_bytes:
            yield _too_big(source, size, max_bytes)
            return
        text = _decode(fh.read(max_bytes + 1), source)
        if isinstance(text, InputError):
            yield text
        elif not text.strip():
            yield InputError(source, "file is empty", "give one JSON object per line")
        else:
            yield from _parse_jsonl_lines(enumerate(text.splitlines(), 1), source)
        return
    yield from _parse_jsonl_lines(_decoded_lines(fh, source, max_bytes), source)


def _decoded_lines(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    lineno = 0
    while True:
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of an over-long line without holding it
            yield lineno, InputError(f"{source}:{lineno}", f"line is over the {_mb(max_bytes)} limit for one record",
                                     "leave that record out or shorten its text; the other lines are read")
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if lineno == 1 and (b"\x00" in raw or _packed(raw)):
            # a binary or compressed file: one line for the file, not one per "line" of it
            refused = _packed(raw) or InputError(source, "binary file, not JSON Lines text", "give UTF-8 JSON Lines")
            yield lineno, InputError(source, refused.problem, refused.hint)
            return
        if b"\x00" in raw:
            yield lineno, InputError(f"{source}:{lineno}", "binary data, not text", "give UTF-8 JSON Lines")
            continue
        yield lineno, _decode(raw, f"{source}:{lineno}")


_READ_FIELDS = frozenset((*TEXT_FIELDS, *TITLE_FIELDS, *OUTLET_FIELDS, *URL_FIELDS, *DATE_FIELDS, *AUTHOR_FIELDS,
                          *LEANING_FIELDS, *ID_FIELDS))


class _FieldTally:
    """What a file's records gave: said once per file when no record names its outlet or
    date and the records carry fields manysides does not read (most often the same thing
    under another name, `media_name` or `pub_date`), since grouping then has no dates and
    coverage no outlets, without any error to show for it."""

    def __init__(self) -> None:
        self.records = 0
        self.found = {"outlet": 0, "date": 0, "id": 0}
        self.unread: dict[str, None] = {}
        self.bad_dates: list[tuple[str, str]] = []  # (record, value) of dates that name no day
        # (field, kind) -> [count, (record, value shown), ...] of values of another JSON kind, left out
        self.odd: dict[tuple[str, str], list] = {}

    def add(self, record: dict[str, Any], doc: Document) -> None:
        self.records += 1
        self.found["outlet"] += doc.outlet is not None
        self.found["date"] += doc.published is not None
        self.found["id"] += doc.external_id is not None
        if self.records <= 100 and len(self.unread) < 40:
            self.unread.update((str(k), None) for k in record if k not in _READ_FIELDS)
        if doc.published is None:
            given = next((record[k] for k in DATE_FIELDS if record.get(k) not in (None, "")), None)
            if given is not None:
                self.bad_dates.append((doc.source, str(given)))
        for key, kind, value in _odd_fields(record, doc):
            seen = self.odd.setdefault((key, kind), [0])
            seen[0] += 1
            if len(seen) <= 3:
                seen.append((doc.source, value))

    def warn(self, source: str, unread: bool = True) -> None:
        self._warn_dates(source)
        self._warn_odd(source)
        if unread:
            self._warn_unread(source)

    def _warn_odd(self, source: str) -> None:
        """A line per field a file's records give as another kind of JSON value (a number
        for an outlet: an id column mapped by mistake), which is left out, not guessed at."""
        for (key, kind), (count, *shown) in self.odd.items():
            group = next(g for g, keys, _, _ in _CHECKED if key in keys)
            what, hint = next((w, h) for g, _, w, h in _CHECKED if g == group)
            logging.getLogger("manysides").warning(
                "%s: %s %r field holds %s, not %s, so it is left out: %s%s (%s)", source,
                f"{count:,} records'" if count > 1 else "1 record's", key, kind, what,
                ", ".join(f"{v}{f' ({name})' if name != source else ''}" for name, v in shown),
                ", ..." if count > len(shown) else "", hint)

    def _warn_dates(self, source: str) -> None:
        """One line for a file's dates that name no day: each leaves its article undated,
        which grouping leans on (docs/grouping.md), without an error to show for it."""
        if not self.bad_dates:
            return
        shown = ", ".join(f"{' '.join(v.split())[:30]!r}{f' ({n})' if n != source else ''}"
                          for n, v in self.bad_dates[:3])
        logging.getLogger("manysides").warning(
            "%s: %s a date that names no day, so %s undated: %s%s (give dates as YYYY-MM-DD, or as docs/inputs.md "
            "lists)", source, f"{len(self.bad_dates):,} records have" if len(self.bad_dates) > 1 else "1 record has",
            "they are" if len(self.bad_dates) > 1 else "it is", shown, ", ..." if len(self.bad_dates) > 3 else "")

    def _warn_unread(self, source: str) -> None:
        missing = [f for f in ("outlet", "date") if self.records and not self.found[f]]
        if not self.found["id"] and any("id" in k.lower() for k in self.unread):
            missing.append("id")
        if not missing or not self.unread:
            return
        costs = {"date": "grouped without dates", "outlet": "counted under no outlet",
                 "id": "not joinable to your records"}
        logging.getLogger("manysides").warning(
            "%s: no record gives %s; fields it has that manysides does not read: %s. Rename them to the "
            "accepted names (docs/inputs.md: outlet, published or date, id, ...), or the articles are %s",
            source, _either([f"an {m}" if m[0] in "aeiou" else f"a {m}" for m in missing]),
            ", ".join(list(self.unread)[:12]), _either([costs[m] for m in missing]).replace(" or ", " and "))


# fields whose value of another kind is said (`_FieldTally._warn_odd`): (field, names, what it
# should be, what to do). A date as a number is an epoch time, read (`normalise_date`)
_CHECKED = (
    ("title", TITLE_FIELDS, "a headline", 'give the headline as a string, e.g. "title": "Bus route approved"'),
    ("outlet", OUTLET_FIELDS, "an outlet name", 'give the outlet\'s name as a string, e.g. "outlet": "Harlow Post"'),
    ("url", URL_FIELDS, "a web address", "give the address as a string"),
    ("leaning", LEANING_FIELDS, "left, center or right",
     "give left, center or right (lean left, lean right), or a --leanings table of outlets"),
    ("authors", AUTHOR_FIELDS, "names", 'give names as strings, e.g. "authors": ["Ana Reyes"]'),
)


_GROUP_OF = {key: group for group, keys, _, _ in _CHECKED for key in keys}


def _odd_fields(record: dict[str, Any], doc: Document) -> Iterator[tuple[str, str, str]]:
    """(field, kind, value shown) for each checked field that gave the article nothing
    though the record has a value in it: a number, a list, an object, or a leaning that is
    none of the known words. One pass over the record's fields: this runs on every record."""
    said: set[str] = set()
    for key, value in record.items():
        group = _GROUP_OF.get(key)
        if group is None or group in said or value is None or value == "" or value == [] or value == {}:
            continue
        if getattr(doc, group):
            continue  # the field gave the article its value (this one, or one before it)
        said.add(group)  # the first field of the group with a value speaks for it, as it is read
        if isinstance(value, str):
            if group != "leaning" or not value.strip():
                continue  # a string of white space: empty, as before
            kind = "another word"
        else:
            kind = _JSON_KINDS.get(type(value), "a value of another kind")
            if kind == "an object" and group in ("outlet", "authors"):
                kind = "an object without a name"
            elif kind == "a list" and group == "authors":
                kind = "a list without a name in it"
        shown = " ".join(json.dumps(value, ensure_ascii=False, default=str).split())
        yield key, kind, shown if len(shown) <= 30 else shown[:29] + "…"


def _item_places(text: str, count: int) -> list[str]:
    """Where each of the `count` items of the JSON list in `text` (or under its wrapper key)
    starts, as ":LINE" (":LINE:COLUMN" when a line holds several), the way compilers name a
    place in a file; "#N", the item's number, should the list not be found."""
    starts = _list_starts(text)
    if starts is None or len(starts) != count:
        return [f"#{i}" for i in range(1, count + 1)]
    places, line, pos, line_start = [], 1, 0, -1  # line_start: the offset of the line's "\n"
    for start in starts:  # each stretch of the text is looked at once
        line += text.count("\n", pos, start)
        line_start = max(line_start, text.rfind("\n", pos, start))
        pos = start
        places.append((line, start - line_start))
    per_line = Counter(ln for ln, _ in places)
    return [f":{ln}:{col}" if per_line[ln] > 1 else f":{ln}" for ln, col in places]


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _list_starts(text: str) -> list[int] | None:
    """The offsets at which the items of the JSON list in `text` start: the list itself, or
    the first list under a wrapper key (`WRAPPER_FIELDS`) of an object; None when not found."""
    try:
        i = _SPACE.match(text, 1 if text.startswith("\ufeff") else 0).end()
        if text[i] == "[":
            return _array_starts(text, i)
        i = _SPACE.match(text, i + 1).end()
        found: dict[str, list[int]] = {}
        while text[i] != "}":
            key, i = _DECODER.raw_decode(text, i)
            i = _SPACE.match(text, _SPACE.match(text, i).end() + 1).end()  # past the colon
            if key in WRAPPER_FIELDS and text[i] == "[":
                found[key] = _array_starts(text, i)  # a repeated key: the last one, as json.loads keeps
            _, i = _DECODER.raw_decode(text, i)
            i = _SPACE.match(text, i).end()
            i = _SPACE.match(text, i + 1).end() if text[i] == "," else i
    except (ValueError, IndexError, RecursionError):
        return None
    return next((found[k] for k in WRAPPER_FIELDS if k in found), None)


def _array_starts(text: str, i: int) -> list[int]:
    """The offsets of the items of the JSON array opening at `i`."""
    starts: list[int] = []
    i = _SPACE.match(text, i + 1).end()
    while text[i] != "]":
        starts.append(i)
        _, i = _DECODER.raw_decode(text, i)
        i = _SPACE.match(text, i).end()
        i = _SPACE.match(text, i + 1).end() if text[i] == "," else i
    return starts


def _either(items: list[str]) -> str:
    """'a, b or c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _parse_jsonl_lines(
    lines: Iterable[tuple[int, str | InputError]], source: str
) -> Iterator[Document | InputError]:
    seen = False
    tally = _FieldTally()
    for lineno, line in lines:
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        where = f"{source}:{lineno}"
        try:  # without its line break, which a cut-off string would hold ("Invalid control character")
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield InputError(
                f"{where}:{exc.colno}",
                f"invalid JSON: {_json_problem(exc)}",
                "fix or delete this line, which may be cut off; the other lines are read",
            )
            continue
        except (ValueError, RecursionError) as exc:
            yield InputError(where, f"JSON that cannot be read ({_json_limit(exc)})",
                             "fix or delete this line; the other lines are read")
            continue
        if isinstance(record, dict):
            doc = record_to_document(record, where)
            if isinstance(doc, Document):
                tally.add(record, doc)
            yield doc
        else:
            yield InputError(where, "line is not a JSON object", "give one JSON object per line")
    if not seen:
        yield InputError(source, "file is empty", "give one JSON object per line")
    tally.warn(source)


# --------------------------------------------------------------------------- records
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "table", "tr", "section", "article", "figure", "figcaption", "hr"}


def fragment_text(fragment: str) -> str:
    """An HTML fragment's text, a paragraph per block element; scripts and styles dropped."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    parts: list[str] = []

    def walk(el) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    paragraphs = (" ".join(p.split()) for p in "".join(parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _fields_hint() -> str:
    return "put the article text in one of the fields: " + ", ".join(TEXT_FIELDS)


def record_to_document(record: dict[str, Any], source: str) -> Document | InputError:
    """One JSON object (an article record) as a `Document`; see docs/inputs.md for fields."""
    text = _text_of(record)
    if text is None:
        return InputError(source, _no_text(record), _fields_hint())
    return Document(
        source=source,
        text=text,
        kind="html" if looks_like_html(text) else "json",
        title=_first_str(record, TITLE_FIELDS),
        outlet=_outlet_of(record),
        url=_first_str(record, URL_FIELDS),
        published=_date_of(record),
        authors=_authors_of(record),
        leaning=normalise_leaning(_first_str(record, LEANING_FIELDS)),
        external_id=_id_of(record),
    )


_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", dict: "an object", list: "a list"}


def _no_text(record: dict[str, Any]) -> str:
    """Why a record gives no text: none of the text fields, or one holding a value of
    another kind (a number, an object: an export's mapping gone wrong), named."""
    for key in TEXT_FIELDS:
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            continue  # a list of empty paragraphs: no text, as an empty string
        kind = "a list of non-strings" if isinstance(value, list) else _JSON_KINDS.get(type(value), "no string")
        return f"record's {key!r} field holds {kind}, not the article text as a string"
    return "record has no article text"


def _id_of(record: dict[str, Any]) -> str | None:
    """The record's own id, as a string (a number id too; at most 200 characters)."""
    for key in ID_FIELDS:
        value = record.get(key)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()[:200]
    return None


def _text_of(record: dict[str, Any]) -> str | None:
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, list):  # a list of paragraphs
            value = "\n\n".join(v for v in value if isinstance(v, str))
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first_str(record: dict[str, Any], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _outlet_of(record: dict[str, Any]) -> str | None:
    for key in OUTLET_FIELDS:
        value = record.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date_of(record: dict[str, Any]) -> str | None:
    for key in DATE_FIELDS:
        if record.get(key) not in (None, ""):
            return normalise_date(record[key])
    return None


def _authors_of(record: dict[str, Any]) -> tuple[str, ...]:
    for key in AUTHOR_FIELDS:
        value = record.get(key)
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, dict):
                item = item.get("name")
            if isinstance(item, str) and item.strip():
                names.append(re.sub(r"^by\s+", "", item.strip(), flags=re.IGNORECASE))
        if names:
            return tuple(names)
    return ()


def normalise_leaning(value: str | None) -> str | None:
    """"lean left"/"Left" -> "left", likewise center and right; anything else -> None."""
    if not value:
        return None
    key = re.sub(r"[\s_]+", " ", value.strip().lower())
    return _LEANINGS.get(key)


# Publication dates outside these years are placeholders ("9999-12-31", "0001-01-01"),
# not days: the article is undated rather than grouped in a window no story shares.
FIRST_YEAR, LAST_YEAR = 1800, 2200


def normalise_date(value: Any) -> str | None:
    """An ISO date "YYYY-MM-DD" from ISO strings, RFC 822 dates, epoch numbers or common
    written dates; None when the value does not name one day unambiguously, or names one
    outside the years 1800-2200."""
    day = _any_date(value)
    return day if day is not None and FIRST_YEAR <= int(day[:4]) <= LAST_YEAR else None


# Unix seconds (9-10 digits) or milliseconds (12-13) written as text; shorter digit
# strings ("2019", "20190304") are read as written dates
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _any_date(value: Any) -> str | None:
    if isinstance(value, dict) and "$date" in value:  # MongoDB's export: {"$date": ...}
        value = value["$date"]
        if isinstance(value, dict) and "$numberLong" in value:  # {"$date": {"$numberLong": "1551657600000"}}
            value = value["$numberLong"]
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        value = float(value)  # an export's "1551657600": a Unix time written as text
    if isinstance(value, (int, float)):
        # a number is a Unix time (seconds, or milliseconds past 1e11), or 20190304 as a
        # day; a smaller one (a year, 2019) names no day, and as seconds it would be 1970
        if not math.isfinite(value):  # JSON's NaN and Infinity, which Python's json reads
            return None
        if value == int(value) and 19000101 <= value <= 21001231:
            n = int(value)
            return _valid_date(n // 10000, n // 100 % 100, n % 100)
        if value < 1e8:
            return None
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})(?!\d)", text)
    if iso:
        return _valid_date(*map(int, iso.groups()))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    dotted = _DOTTED.fullmatch(text)
    if dotted:  # 10.06.2019: written with dots, the day comes first wherever it is written so
        return _valid_date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    return _dateutil_date(text)


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def _dateutil_date(text: str) -> str | None:
    """Parse with two different defaults: a date that depends on them was not given."""
    try:
        from dateutil import parser
    except ImportError:  # pragma: no cover - dateutil ships with pandas
        return None
    try:
        a = parser.parse(text, default=datetime(2001, 1, 1))
        b = parser.parse(text, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    return a.date().isoformat() if a.date() == b.date() else None


__all__ = ["DEFAULT_MAX_BYTES", "read_inputs", "record_to_document", "normalise_date", "normalise_leaning"]
