"""Open exports of an analysis: JSON, Parquet or CSV, chosen by the file suffix.

Files are written atomically (a temporary file in the same folder, then `os.replace`),
so an interrupted export leaves either the old file or the new one, never half of one. A
symbolic link's file is replaced (the link stays); a pipe or a device is written directly.
`export_parts` writes the same files from a stream of `Analysis` parts
(`pipeline.iter_analysis`), holding one part in memory at a time: a whole store exports
in the memory of a few hundred stories.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import io
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from ..analysis import Analysis
from ..errors import ConfigError, OutputError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SUFFIXES = (".json", ".parquet", ".csv", ".html")
TABLES = ("stories", "articles", "claims", "quotes", "voices")


def export(analysis: Analysis, path: str | Path) -> list[Path]:
    """Write `analysis` to `path` in the format its suffix names; return the paths written.

    `.json`: the JSON contract (`Analysis.to_json()`), UTF-8, indented.
    `.parquet` / `.csv`: five tables next to each other, `<stem>.stories.<ext>`,
    `<stem>.articles.<ext>`, `<stem>.claims.<ext>`, `<stem>.quotes.<ext>` and
    `<stem>.voices.<ext>` (in CSV, list columns hold JSON); a file named after one table
    (`claims.csv`) holds that table alone, at that path.
    `.html`: the static report of `render_html`.
    """
    if not isinstance(analysis, Analysis):
        raise TypeError(f"export takes an Analysis (what analyze or open_analysis return), not {type(analysis).__name__}")
    path = check_target(path)
    if path.suffix.lower() == ".html":
        from .html import render_html

        return _write_all({path: _text_writer(render_html(analysis))})
    return export_parts([analysis], path)


def export_parts(parts: Iterable[Analysis], path: str | Path) -> list[Path]:
    """`export` for an analysis that comes in parts (`pipeline.iter_analysis`), holding
    one part in memory at a time. JSON, Parquet and CSV only: an HTML report is one page.

    The files hold the parts' records in turn (so the articles of a story come together);
    storylines that several parts carry are written once, oldest first, as the store lists them.
    """
    path = check_target(path)
    suffix = path.suffix.lower()
    if suffix == ".html":
        raise ConfigError(f"cannot export {str(path)!r} in parts: an HTML report is written whole (use export)")
    if suffix == ".json":
        return [write_json_file(parts, path)]
    ext = suffix.lstrip(".")
    stem = path.name[: -len(path.suffix)]
    names = (stem.lower(),) if stem.lower() in TABLES else TABLES  # "claims.csv": that table alone
    targets = ({names[0]: path} if len(names) == 1 else
               {name: path.parent / f"{stem}.{name}.{ext}" for name in TABLES})
    try:
        scratch = tempfile.TemporaryDirectory(prefix=f".{stem}.parts.", dir=path.parent)
    except OSError as err:
        raise unwritable(err, path) from err
    with scratch:
        pieces: dict[str, list[Path]] = {name: [] for name in names}

        def add(part: Analysis) -> None:
            frames = _frames(part)
            for name in names:
                piece = Path(scratch.name) / f"{name}.{len(pieces[name])}.{ext}"
                first = not pieces[name]
                write = _parquet_writer(frames[name], name) if ext == "parquet" else _csv_writer(frames[name], header=first)
                try:
                    write(piece)
                except OSError as err:
                    raise unwritable(err, targets[name]) from err
                pieces[name].append(piece)

        for part in parts:
            add(part)
        if not pieces[names[0]]:  # no parts at all: the tables still get their columns
            add(Analysis())
        join = _join_parquet if ext == "parquet" else _join_files
        return _write_all({targets[name]: functools.partial(join, pieces[name]) for name in names})


def write_json(parts: Iterable[Analysis], out: IO[str]) -> None:
    """The JSON contract of `parts` taken together (indented, strict: NaN and infinities
    become null), written to `out` as the parts come, each storyline once, oldest first.
    Articles come first in the contract and stories after, so the stories wait in a
    temporary file meanwhile."""
    storylines: dict[str, Any] = {}
    first_day: dict[str, str | None] = {}  # a story's first date, for the storylines' order
    failures: list[Any] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace", newline="") as stories:
        out.write('{\n  "articles": [')
        n_articles = n_stories = 0
        for part in parts:
            doc = part.to_json()
            for item in doc["articles"]:
                out.write(("\n" if n_articles == 0 else ",\n") + _json_item(item))
                n_articles += 1
            for item in doc["stories"]:
                stories.write(("\n" if n_stories == 0 else ",\n") + _json_item(item))
                n_stories += 1
            for item in doc["storylines"]:
                storylines.setdefault(item["id"], item)
            first_day.update({sid: st.first_date for sid, st in part.storyline_stories.items()})
            first_day.update({st.id: st.first_date for st in part.stories})
            failures += doc["failures"]
        out.write(('\n  ]' if n_articles else "]") + ',\n  "stories": [')
        stories.seek(0)
        shutil.copyfileobj(stories, out)
        out.write('\n  ]' if n_stories else "]")
    def oldest_first(item: dict) -> tuple:  # as the store lists them (`Store.storylines`): undated last, then by id
        first = first_day.get(item["stories"][0]) if item["stories"] else None
        return first is None, first or "", item["id"]

    for key, items in (("storylines", sorted(storylines.values(), key=oldest_first)), ("failures", failures)):
        out.write(f',\n  "{key}": [' + ",".join("\n" + _json_item(item) for item in items))
        out.write("\n  ]" if items else "]")
    out.write("\n}\n")


def write_json_file(parts: Iterable[Analysis], path: str | Path) -> Path:
    """`write_json` to a file, whatever its suffix, written atomically (folders made)."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return _write_all({path: lambda tmp: _json_file(parts, tmp)})[0]


def check_target(path: str | Path) -> Path:
    """`path` as a `Path` when its suffix names a format, its folder made when missing (as
    `--json` and `--html` make theirs); else a `ConfigError` saying what to do (checked before
    any work, not after it)."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ConfigError(
            f"cannot export to {str(path)!r}: unknown file type {path.suffix or '(no suffix)'!r} "
            f"(use one of {', '.join(SUFFIXES)})"
        )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in its place, a folder that cannot be written
        raise ConfigError(f"cannot export to {str(path)!r}: folder {str(folder)!r} cannot be made: "
                          f"{exc.strerror or exc} (give a path in a folder you can write to)") from None
    return path


def _json_item(value: Any) -> str:
    """One list item as `json.dumps(..., indent=2)` lays it out two levels deep (JSON
    strings hold no raw newline, so indenting every line is safe)."""
    return "    " + _dumps(value).replace("\n", "\n    ")


def to_json_text(analysis: Analysis) -> str:
    """The JSON contract as strict JSON text (NaN and infinities become null)."""
    out = io.StringIO()
    write_json([analysis], out)
    return out.getvalue()


def _dumps(value: Any) -> str:
    """Indented strict JSON, laid out as `json.dumps(value, indent=2, ensure_ascii=False)`
    would; NaN and infinities become null.

    orjson writes the same text far faster than the standard library, whose C encoder
    cannot indent (`show --json` of a 200k-article store: 198.5 s against 284.8 s,
    benchmarks/listing_scale.py); it already writes NaN as null. What it refuses (a lone surrogate, an integer past 64 bits) goes through
    the standard library, with NaN replaced by a copy made only when there is one."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:
        pass
    try:
        return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), ensure_ascii=False, indent=2, allow_nan=False)


def write_frame(frame: "pd.DataFrame", path: str | Path) -> Path:
    """One table as `path` (.csv or .parquet, by its suffix), written whole or not at all;
    CSV cells are made safe for spreadsheets as the story tables' are."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ConfigError(f"cannot export a table to {str(path)!r}: use a .csv or .parquet file name")
    check_target(path)
    writer = _csv_writer(frame) if suffix == ".csv" else _parquet_writer(frame, "")
    return _write_all({path: writer})[0]


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write `text` as UTF-8 to `path` via a temporary sibling: never a half-written file."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return _write_all({path: _text_writer(text)})[0]


# -- writers: each writes one complete file at a temporary path ---------------------------------


def _text_writer(text: str) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        # Lone surrogates cannot be UTF-8; replacing them beats failing the export.
        tmp.write_bytes(text.encode("utf-8", errors="replace"))

    return write


def _json_file(parts: Iterable[Analysis], tmp: Path) -> None:
    # Lone surrogates cannot be UTF-8; replacing them beats failing the export.
    with tmp.open("w", encoding="utf-8", errors="replace", newline="") as out:
        write_json(parts, out)


def _parquet_writer(frame: "pd.DataFrame", table_name: str) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        # a column with no value in this part (no wire copy: duplicate_of) gets the type it
        # has when it has values, so that exports of different runs concatenate
        kinds = _arrow_types(table_name)
        fields = [pa.field(f.name, kinds.get(f.name, pa.large_string())) if pa.types.is_null(f.type)
                  else pa.field(f.name, pa.list_(pa.string())) if pa.types.is_list(f.type) and pa.types.is_null(f.type.value_type)
                  else f for f in table.schema]
        pq.write_table(table.cast(pa.schema(fields, metadata=table.schema.metadata)), tmp)

    return write


@functools.cache
def _arrow_types(table_name: str) -> dict[str, Any]:
    """Column -> Arrow type of a table's number and flag columns, from the records' field
    types and the frames' own columns (every other column is text)."""
    import pyarrow as pa

    from ..records import Article, Claim, Quote

    if table_name == "stories":  # every column but these is a count
        frame = Analysis().stories_frame()
        return {c: pa.int64() for c in frame.columns
                if c not in ("story", "title", "first_date", "last_date", "storyline", "summary")}
    named = {"float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    record = {"articles": Article, "claims": Claim, "quotes": Quote}.get(table_name)
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record) if record else ():
        base = str(f.type).replace(" | None", "")
        if base in named:
            out[f.name] = named[base]
    if table_name == "articles":
        out.update({c: pa.float64() for c in ("slant_score", "slant_confidence", "hyperpartisan")})
        out["removed"] = pa.list_(pa.string())  # as pyarrow writes a list of str
    if table_name == "claims":
        out["disputed"] = pa.bool_()
    if table_name == "quotes":
        out["voice"] = pa.int64()
    if table_name == "voices":
        out.update({"voice": pa.int64(), "quotes": pa.int64(), "reported": pa.int64(),
                    "articles": pa.list_(pa.string()), "outlets": pa.list_(pa.string())})
    return out


# A spreadsheet runs a cell that starts with one of these as a formula; an article's
# title such as '=HYPERLINK("http://…")' must open as text (OWASP's advice: a leading ').
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ... but a plain signed number ("-17", "-3.2%") is no formula, and an id or a figure the
# user joins on must come back as it was
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")


def _as_text_cell(value: object) -> object:
    """`value` as a CSV cell: a leading `'` added to text a spreadsheet would run, and to text
    that starts with `'` itself (a quoted title), so that every text cell starting with `'` had
    one added, and taking one off gives the value back (no guessing which `'` is the guard's)."""
    if isinstance(value, str) and (value.startswith("'") or value.startswith(_FORMULA_START)
                                   and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


def _csv_writer(frame: "pd.DataFrame", header: bool = True) -> Callable[[Path], None]:
    from pandas.api.types import is_string_dtype

    flat = frame.copy()
    for col in flat.columns:
        if flat[col].map(lambda v: isinstance(v, (list, tuple, dict))).any():
            flat[col] = flat[col].map(
                lambda v: json.dumps(list(v) if isinstance(v, tuple) else v, ensure_ascii=False)
                if isinstance(v, (list, tuple, dict))
                else v
            )
        if flat[col].dtype == object or is_string_dtype(flat[col]):
            flat[col] = flat[col].map(_as_text_cell)

    def write(tmp: Path) -> None:
        text = flat.to_csv(index=False, header=header, lineterminator="\n")
        tmp.write_bytes(text.encode("utf-8", errors="replace"))

    return write


def _join_files(pieces: list[Path], tmp: Path) -> None:
    with tmp.open("wb") as out:
        for piece in pieces:
            with piece.open("rb") as src:
                shutil.copyfileobj(src, out)


def _join_parquet(pieces: list[Path], tmp: Path) -> None:
    """One Parquet file from the parts' files, one row group per part. A column that one
    part leaves empty (all null, or only empty lists) takes the type the others give it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = [pq.read_schema(p) for p in pieces]
    schema = pa.unify_schemas(schemas, promote_options="permissive")
    # the first part's pandas metadata (column dtypes) keeps a one-part export as pandas wrote it
    schema = schema.with_metadata(schemas[0].metadata)
    with pq.ParquetWriter(tmp, schema) as writer:
        for piece in pieces:
            writer.write_table(pq.read_table(piece).cast(schema))


def _write_all(writers: dict[Path, Callable[[Path], None]]) -> list[Path]:
    """Write every file to a temporary sibling first, then move them all into place, so a
    failure leaves no partial file and no mix of old and new tables."""
    temps: dict[Path, Path] = {}
    given = next(iter(writers))
    try:
        for given, write in writers.items():
            # a link's file is replaced, not the link; a pipe or a device (/dev/stdout) is
            # written to as it is: replacing it would put a plain file in its place
            target = Path(os.path.realpath(given)) if given.is_symlink() else given  # a loop stays itself
            if target.exists() and not target.is_file():
                write(target)
                continue
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            temps[target] = Path(name)
            write(temps[target])
            os.chmod(temps[target], _file_mode(target))
        for given, tmp in temps.items():
            os.replace(tmp, given)
    except OSError as err:
        raise unwritable(err, given) from err
    finally:
        for tmp in temps.values():
            if tmp.exists():
                tmp.unlink(missing_ok=True)
    return list(writers)


def unwritable(err: OSError, target: Path | None) -> OutputError:
    """The line for an output that could not be written (`target` None: standard output, as
    `--json -` into a file on a full disk). It names the user's file, not the temporary one
    beside it that the error was met on, and the cause in words: pyarrow's "Error writing
    bytes to file. Detail: [errno 28] ..." names neither. `_write_all` leaves nothing there."""
    code = err.errno
    if code is None:  # pyarrow gives the system's error number only in its text
        found = re.search(r"\[errno (\d+)\]", str(err), re.IGNORECASE)
        code = int(found.group(1)) if found else None
    if target is None:
        name, free, kept = "standard output", "", "what came before the failure is in the file it went to"
    else:
        name, free = repr(str(target)), _free_space(target)
        kept = "nothing was written there; a file of that name before is kept as it was"
    if code == errno.ENOSPC:
        return OutputError(f"cannot write {name}: the disk is full{free}; free some space, or write it to "
                           f"another disk, and run the command again ({kept})")
    if code == errno.EFBIG:
        return OutputError(f"cannot write {name}: the file would be larger than this command may write (a "
                           f"file size limit, `ulimit -f`); raise the limit and run the command again ({kept})")
    if code == errno.EDQUOT:
        return OutputError(f"cannot write {name}: the disk quota is reached{free}; free some space, or "
                           f"write it to another disk ({kept})")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {name}: {os.strerror(code)}; give a path in a folder you can "
                           f"write to ({kept})")
    what = os.strerror(code) if code else " ".join(str(err).split())[:200]
    return OutputError(f"cannot write {name}: {what}; check the disk and the folder, or write it "
                       f"elsewhere ({kept})")


def _free_space(target: Path) -> str:
    """" (N bytes free)" on the disk holding `target`, or "" when it cannot be told."""
    try:
        free = shutil.disk_usage(target.parent).free
    except OSError:
        return ""
    return f" ({free / (1 << 20):,.1f} MB free)" if free >= 1 << 20 else f" ({free:,} bytes free)"


def _frames(analysis: Analysis) -> dict[str, "pd.DataFrame"]:
    # Arrow-backed strings refuse lone surrogates (text decoded with surrogateescape), so
    # what the tables hold is scrubbed first; only that: sentences, entities and reports
    # (but each story's summary) are not in the tables, and walking them cost more than
    # writing the tables.
    voice_of = analysis.quote_voices()  # before entities are dropped: the ledger reads them
    analysis = Analysis(
        articles=_scrub(analysis.articles),
        stories=_scrub(analysis.stories),
        reports=analysis.reports,  # read for counts and the summary, scrubbed below
        annotations={
            _scrub(aid): dataclasses.replace(
                ann, sentences=(), entities=(), claims=_scrub(ann.claims), quotes=_scrub(ann.quotes)
            )
            for aid, ann in analysis.annotations.items()
        },
        leanings=analysis.leanings,
    )
    stories = analysis.stories_frame()
    stories["summary"] = stories["summary"].map(_scrub)
    return {
        "stories": stories,
        "articles": analysis.articles_frame(),
        "claims": analysis.claims_frame(),
        "quotes": analysis.quotes_frame(voice_of),
        "voices": analysis.voices_frame().map(_scrub),
    }


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """`value` (records, containers, strings) with lone surrogates replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _scrub(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, (list, tuple)):
        return type(value)(_scrub(v) for v in value)
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def _file_mode(target: Path) -> int:
    """Keep an existing file's mode; new files get the usual umask-derived one (mkstemp
    would leave them private to the owner)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such numbers become null rather than invalid JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value
