"""Open exports of an analysis: JSON, Parquet or CSV, chosen by the file suffix.

Files are written atomically (a temporary file in the same folder, then `os.replace`),
so an interrupted export leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis import Analysis
from ..errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SUFFIXES = (".json", ".parquet", ".csv", ".html")
TABLES = ("articles", "claims", "quotes")


def export(analysis: Analysis, path: str | Path) -> list[Path]:
    """Write `analysis` to `path` in the format its suffix names; return the paths written.

    `.json`: the JSON contract (`Analysis.to_json()`), UTF-8, indented.
    `.parquet` / `.csv`: three tables next to each other, `<stem>.articles.<ext>`,
    `<stem>.claims.<ext>` and `<stem>.quotes.<ext>` (in CSV, list columns hold JSON).
    `.html`: the static report of `render_html`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ConfigError(
            f"cannot export to {str(path)!r}: unknown file type {path.suffix or '(no suffix)'!r} "
            f"(use one of {', '.join(SUFFIXES)})"
        )
    folder = path.parent
    if not folder.is_dir():
        raise ConfigError(f"cannot export to {str(path)!r}: folder {str(folder)!r} does not exist (create it first)")
    if suffix == ".json":
        text = to_json_text(analysis)
        return _write_all({path: _text_writer(text)})
    if suffix == ".html":
        from .html import render_html

        return _write_all({path: _text_writer(render_html(analysis))})
    # Arrow-backed strings refuse lone surrogates (text decoded with surrogateescape).
    frames = _frames(_scrub(analysis))
    ext = suffix.lstrip(".")
    stem = path.name[: -len(path.suffix)]
    writers: dict[Path, Callable[[Path], None]] = {}
    for name in TABLES:
        target = folder / f"{stem}.{name}.{ext}"
        writers[target] = _parquet_writer(frames[name]) if ext == "parquet" else _csv_writer(frames[name])
    return _write_all(writers)


def to_json_text(analysis: Analysis) -> str:
    """The JSON contract as strict JSON text (NaN and infinities become null)."""
    return json.dumps(_finite(analysis.to_json()), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


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


def _parquet_writer(frame: "pd.DataFrame") -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        frame.to_parquet(tmp, index=False, engine="pyarrow")

    return write


def _csv_writer(frame: "pd.DataFrame") -> Callable[[Path], None]:
    flat = frame.copy()
    for col in flat.columns:
        if flat[col].map(lambda v: isinstance(v, (list, tuple, dict))).any():
            flat[col] = flat[col].map(
                lambda v: json.dumps(list(v) if isinstance(v, tuple) else v, ensure_ascii=False)
                if isinstance(v, (list, tuple, dict))
                else v
            )

    def write(tmp: Path) -> None:
        text = flat.to_csv(index=False, lineterminator="\n")
        tmp.write_bytes(text.encode("utf-8", errors="replace"))

    return write


def _write_all(writers: dict[Path, Callable[[Path], None]]) -> list[Path]:
    """Write every file to a temporary sibling first, then move them all into place, so a
    failure leaves no partial file and no mix of old and new tables."""
    temps: dict[Path, Path] = {}
    try:
        for target, write in writers.items():
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            temps[target] = Path(name)
            write(temps[target])
            os.chmod(temps[target], _file_mode(target))
        for target, tmp in temps.items():
            os.replace(tmp, target)
    except OSError as err:
        raise ConfigError(
            f"cannot write {str(err.filename or next(iter(writers)))!r}: {err.strerror or err} "
            "(check the folder exists and is writable, and the disk has room)"
        ) from err
    finally:
        for tmp in temps.values():
            if tmp.exists():
                tmp.unlink(missing_ok=True)
    return list(writers)


def _frames(analysis: Analysis) -> dict[str, "pd.DataFrame"]:
    return {
        "articles": analysis.articles_frame(),
        "claims": analysis.claims_frame(),
        "quotes": analysis.quotes_frame(),
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
