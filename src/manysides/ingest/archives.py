"""Web archives (WARC, and the older ARC; plain or gzipped) as articles.

A crawl (wget --warc-file, Heritrix, Browsertrix, the Internet Archive) stores every
capture of a page as a record. Each successful HTML capture becomes one
`Document(kind="html")` with the captured address as its URL; cleaning then extracts the
article as from a saved page. The archive is streamed with warcio, record by record, so
its size is not limited, only each page's (`max_bytes`). Requests, metadata, revisits,
redirects, error pages and non-HTML captures (images, scripts, style sheets) are passed
over. A captured page in which cleaning finds no article (a home or section page) is
passed over and counted, not reported as a failure (`Document.optional`). The capture
date is not taken as the publication date: a page crawled today may be years old; the
page's own date is extracted as for a saved page.
"""

from __future__ import annotations

import gzip
import io
import logging
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader

from ..errors import InputError
from ..records import Document

# warcio logs a warning per malformed header line; with no handler of the application's
# own, Python would print them. An application that wants them configures logging.
logging.getLogger("warcio").addHandler(logging.NullHandler())

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Longer than any real header line (a captured URL or cookie is a few KB). warcio reads a
# header line whole, however long, so a small gzipped archive with one endless line
# would otherwise take gigabytes of memory.
MAX_HEADER_LINE = 256 * 1024


def read_archive(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    """Each HTML page captured in the archive open in `fh` (source `SOURCE#N`, N counting
    the archive's records from 1), or an InputError for a page or for the archive. A
    damaged archive keeps the pages read before the damage and reports where it is."""
    from .readers import _too_big, decode_body

    kind = _archive_kind(fh)
    if kind is None:
        yield InputError(source, "not a WARC or ARC archive", "give a .warc or .warc.gz file written by a crawler")
        return
    arc = kind == "arc"
    gzipped = fh.read(2) == b"\x1f\x8b"
    fh.seek(0)
    stream: BinaryIO = fh  # the file, or (an archive gzipped whole) its inflated bytes
    skip = 0  # records read already, before an archive was found to be gzipped whole
    pages = n = wrong_lengths = 0
    bad_length: list[int] = []  # records whose block does not end where Content-Length says
    records = _QuietIterator(fh, arc2warc=True)
    it = iter(records)
    record = None
    while True:
        # warcio meets damage with whatever error the broken bytes lead it to (a missing
        # header surfaces as an AttributeError): any error while reading a record or its
        # body is damage in the archive; the code that handles a record is outside this
        try:
            record = next(it)
            if gzipped and records.reader.decompressor is None:
                # a gzip member that does not inflate: warcio reads the rest of the file
                # as plain bytes, one record of noise, and ends as if the archive did
                yield InputError(source, f"damaged after record {n}: record {n + 1} is not whole gzip data",
                                 _DAMAGED)
                return
            mime = _content_type(record)
            html = mime is not None and mime.partition(";")[0].strip().lower() in _HTML_TYPES
            body = record.content_stream().read(max_bytes + 1) if html else b""
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - see above
            if gzipped and _gzipped_whole(exc):
                # `gzip crawl.warc` makes one gzip stream of the whole archive, where crawlers
                # compress each record on its own, and warcio stops at the second record: the
                # archive is read again as one inflated stream, passing over what was read
                fh.seek(0)
                stream, skip, gzipped = _Inflating(fh), n, False
                pages = n = wrong_lengths = 0
                bad_length = []
                records = _QuietIterator(stream, arc2warc=True)
                it, record = iter(records), None
                continue
            if isinstance(stream, _Inflating):  # no going back in it to read the header again
                why = ("is not whole gzip data" if stream.broken
                       else "cannot be read: its header or its length is damaged")
                yield InputError(source, f"damaged after record {n}: record {n + 1} {why}", _DAMAGED)
                return
            yield _unreadable_record(fh, source, n + 1, records, gzipped, arc, exc)
            return
        if records.err_count > wrong_lengths:  # found reading on from the record before this one
            wrong_lengths = records.err_count
            bad_length.append(n)
        if html and len(body) <= max_bytes and _cut_short(record):
            # the file ends inside this record (a plain WARC cut short): half a page is no article
            yield InputError(source, f"damaged after record {n}: record {n + 1} is cut short", _DAMAGED)
            return
        n += 1
        if not html:
            continue
        pages += 1
        if n <= skip:  # given already, before the archive was found to be gzipped whole
            continue
        item = f"{source}#{n}"
        if len(body) > max_bytes:
            yield _too_big(item, len(body), max_bytes)
            continue
        text = decode_body(body, mime, item)
        if isinstance(text, InputError):
            yield text
        elif text.strip():
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            yield Document(source=item, text=text, kind="html", url=url, optional=True)
    # warcio ends quietly where a gzip member is cut short: the rest of the file was not read
    size = stream.size() if isinstance(stream, _Inflating) else os.fstat(fh.fileno()).st_size
    if isinstance(stream, _Inflating) and stream.broken:  # ended where the gzip data breaks off
        yield InputError(source, f"damaged after record {n}: the rest of the archive is not whole gzip data "
                         "(cut short or damaged)", _DAMAGED)
        return
    if record is not None and _cut_short(record):  # the last record, not a page, cut short
        yield InputError(source, f"damaged after record {n - 1}: record {n} is cut short", _DAMAGED)
    elif records.offset < size:
        yield InputError(source, f"damaged after record {n}: its last {size - records.offset} bytes are not a whole record", _DAMAGED)
    elif records.err_count:
        bad_length += [n] * (records.err_count > wrong_lengths)  # the last record's, found at the end
        yield InputError(source, f"{_records(bad_length)} {'has' if len(bad_length) == 1 else 'have'} a wrong "
                         "Content-Length (the record does not end where it says); "
                         f"{'its page' if len(bad_length) == 1 else 'their pages'} may be cut",
                         _DAMAGED)
    elif pages == 0:
        yield InputError(source, f"archive holds no HTML pages ({n} records read)",
                         "give an archive of captured article pages")


_DAMAGED = "the pages before the damage were read; re-download or repair the archive"
# fields every WARC record must have (WARC 1.1, section 5), and the record types that
# must also name the address they capture (WARC-Target-URI)
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
_TARGETED = {"response", "resource", "request", "revisit", "conversion", "continuation"}


def _gzipped_whole(exc: Exception) -> bool:
    """warcio's refusal of a gzip stream that runs on past a record's end: an archive
    compressed whole (`gzip crawl.warc`), whole and readable as one stream."""
    from warcio.exceptions import ArchiveLoadFailed

    return isinstance(exc, ArchiveLoadFailed) and "non-chunked gzip" in str(exc)


class _Inflating(io.RawIOBase):
    """An archive gzipped whole, inflated as warcio reads it. Where the gzip data breaks off
    (a file cut short, damaged bytes) it ends, `broken` set, after all that inflated before
    the break: gzip's own reader raised, losing the block it was filling."""

    def __init__(self, fh: BinaryIO) -> None:
        self._gz = gzip.GzipFile(fileobj=fh, mode="rb")
        self.broken = False
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.broken:
            return 0
        try:
            data = self._gz.read1(len(buffer))  # at most one inflated block: what came before a break stays
        except (EOFError, OSError, zlib.error):
            self.broken = True
            return 0
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def size(self) -> int:
        """The inflated archive's size, read to its end (or to where it breaks off)."""
        while self.read(1 << 16):
            pass
        return self._pos


def _records(numbers: list[int]) -> str:
    shown = ", ".join(str(k) for k in numbers[:5]) + (", ..." if len(numbers) > 5 else "")
    return f"record {shown}" if len(numbers) == 1 else f"{len(numbers)} records ({shown})"


def _unreadable_record(fh: BinaryIO, source: str, number: int, records: ArchiveIterator,
                       gzipped: bool, arc: bool, exc: Exception) -> InputError:
    """The line for a record warcio could not read: which record, where, and what is
    wrong with its header in words. warcio's own errors name neither the record nor the
    field ("'NoneType' object has no attribute 'startswith'" for a missing address)."""
    offset = records.offset
    if isinstance(exc, _LongLine):
        problem = f"has a header line longer than {MAX_HEADER_LINE // 1024} KB"
    else:
        problem = _header_problem(fh, offset, gzipped, arc)
    return InputError(source, f"damaged after record {number - 1}: record {number} (at byte {offset:,}) {problem}",
                      _DAMAGED)


def _header_problem(fh: BinaryIO, offset: int, gzipped: bool, arc: bool) -> str:
    """What is wrong with the header of the record at byte `offset`, checked against
    the WARC format's rules; a general phrase when none of them is broken."""
    unreadable = "cannot be read: its header or its length is damaged"
    try:
        fh.seek(offset)
        raw = fh.read(MAX_HEADER_LINE)
        if gzipped:
            raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, MAX_HEADER_LINE)
    except (OSError, zlib.error):
        return "is not whole gzip data"
    lines = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("utf-8", "replace").split("\n")
    first = lines[0].strip()
    if arc:
        return unreadable  # an ARC record's header is one line of fields, not WARC's
    if not first.startswith(("WARC/1.0", "WARC/1.1", "WARC/0.1")):
        return f"does not open with a WARC/1.0 or WARC/1.1 line (it opens with {_quoted(first)})"
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 2):
        if line[:1] in (" ", "\t"):
            continue  # a folded line, the field above it continued
        name, sep, value = line.partition(":")
        if not sep or not name.strip() or " " in name.strip():
            return f"has a malformed header: its line {i} is no 'Name: value' field ({_quoted(line)})"
        fields[name.strip().lower()] = value.strip()
    missing = [f for f in _REQUIRED if not fields.get(f.lower())]
    if missing:
        return f"has a malformed header: it has no {', no '.join(missing)} field"
    if not fields["content-length"].isdigit():
        return f"has a malformed header: its Content-Length is no number ({_quoted(fields['content-length'])})"
    if fields["warc-type"].lower() in _TARGETED and not fields.get("warc-target-uri"):
        return f"has a malformed header: a {fields['warc-type']} record without its WARC-Target-URI field"
    return unreadable


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return repr(text[:40] + ("..." if len(text) > 40 else "")) if text else "an empty line"


class _LongLine(ValueError):
    """A header line longer than MAX_HEADER_LINE."""


class _BoundedLineReader(DecompressingBufferedReader):
    """warcio's reader, refusing a line longer than MAX_HEADER_LINE (only headers and
    chunk sizes are read by the line; page bodies are read in blocks)."""

    def readline(self, length=None):
        if length is not None and length <= MAX_HEADER_LINE:
            return super().readline(length)
        parts, size = [], 0
        while True:  # warcio's readline(n) may stop short of n at a buffer's end
            want = MAX_HEADER_LINE + 1 - size
            part = super().readline(want if length is None else min(want, length - size))
            parts.append(part)
            size += len(part)
            if not part or part.endswith(b"\n") or (length is not None and size >= length):
                return b"".join(parts)
            if size > MAX_HEADER_LINE:
                raise _LongLine()


class _QuietIterator(ArchiveIterator):
    """warcio's iterator with bounded header lines, and without its own stderr warning
    for a record of the wrong length (counted in `err_count`, reported as one line)."""

    INC_RECORD = ""

    def __init__(self, fileobj, **kwargs):
        super().__init__(fileobj, **kwargs)
        self.reader = _BoundedLineReader(self.fh)  # before anything is read


def _archive_kind(fh: BinaryIO) -> str | None:
    """"warc" or "arc" when the file opens with a WARC or an ARC header, gzipped or not,
    else None (checked before warcio reads it, which would otherwise warn its way
    through any file as broken records)."""
    head = fh.read(4096)
    fh.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
    return "warc" if head.startswith(b"WARC/") else "arc" if head.startswith(b"filedesc://") else None


def _cut_short(record) -> bool:
    """The record's block, read to its end, is shorter than its Content-Length says."""
    return getattr(record.raw_stream, "limit", 0) > 0


def _content_type(record) -> str | None:
    """The captured page's content type for a successful HTML capture, else None."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        return http.get_header("Content-Type") or ""
    if record.rec_type == "resource":  # a capture stored without HTTP headers
        return record.rec_headers.get_header("Content-Type") or ""
    return None


__all__ = ["read_archive"]
