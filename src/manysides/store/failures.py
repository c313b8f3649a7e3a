"""Store failures in words: SQLite's own errors ("database is locked", "database disk
image is malformed") name neither the file nor what to do.

A busy store: SQLite says only "database is locked".

SQLite cannot name the process that holds its write lock, but on Linux `/proc/locks`
lists the locks SQLite takes on the store's files, each with the process holding it: in
WAL mode (every store) a writer holds byte 120 of NAME-shm (WAL_WRITE_LOCK), in a
rollback journal a lock on the file itself; and each manysides run holds a `flock` on
NAME.runs (`Store.writing_run`). Elsewhere, or when the holder lives in another PID
namespace, the line says what kinds of process can hold it.

A store that cannot grow: SQLite says "database or disk is full" of a full disk, but only
"disk I/O error" of a file grown to the process's file size limit (`ulimit -f`) or a quota.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from ..errors import StoreBusyError, StoreError

_BUSY, _LOCKED, _IOERR, _CORRUPT, _FULL, _NOTADB = 5, 6, 10, 11, 13, 26  # SQLite's primary result codes


def _says(exc: BaseException, kind: type[BaseException], codes: tuple[int, ...], words: tuple[str, ...]) -> bool:
    """Whether `exc` is a `kind` SQLite error with one of the primary result `codes` (or, where
    this Python gives no code, one of `words` in its message)."""
    if not isinstance(exc, kind):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in codes
    return any(w in str(exc) for w in words)


def is_busy(exc: BaseException) -> bool:
    """Whether a SQLite error says another connection holds a lock ("database is locked")."""
    return _says(exc, sqlite3.OperationalError, (_BUSY, _LOCKED), ("locked", "busy"))


def is_damaged(exc: BaseException) -> bool:
    """Whether a SQLite error says the file is no database, or a damaged one."""
    return _says(exc, sqlite3.DatabaseError, (_CORRUPT, _NOTADB), ("malformed", "not a database"))


def is_full(exc: BaseException) -> bool:
    """Whether a SQLite error says a write found no room: a full disk ("database or disk is
    full"), or a write the system refused ("disk I/O error": SQLite says so of a file
    grown to the process's file size limit or a quota, EFBIG or EDQUOT, not only of a
    failing disk; `space_error` tells them apart)."""
    return _says(exc, sqlite3.OperationalError, (_FULL, _IOERR), ("disk is full", "disk I/O error"))


def space_error(path: str | Path, exc: BaseException) -> StoreError:
    """The line for a store SQLite could not write to (`is_full`). What was stored is whole:
    the transaction that found no room is rolled back (WAL: its frames are never committed)."""
    kept = "what was stored before is kept, whole"
    limit = _size_limit()
    if limit is not None and not _says(exc, sqlite3.OperationalError, (_FULL,), ("disk is full",)):
        return StoreError(f"{path}: the store's file is too large to grow: this command may write files of at most "
                          f"{_size(limit)} (a file size limit, `ulimit -f`); raise the limit (`ulimit -f unlimited`) "
                          f"and run the command again ({kept})")
    free = _free(path)
    room = f" ({_size(free)} free)" if free is not None else ""
    if _says(exc, sqlite3.OperationalError, (_FULL,), ("disk is full",)) or (free is not None and free < 1 << 20):
        return StoreError(f"{path}: the disk is full: the store could not grow{room}; free some space on that disk "
                          f"(or name a --db file on another one) and run the command again ({kept})")
    return StoreError(f"{path}: writing the store failed (a disk I/O error{room}: the disk may be failing, or a "
                      f"quota reached); check the disk, or name a --db file on another one ({kept})")


def _size_limit() -> int | None:
    """This process's file size limit in bytes (`ulimit -f`), or None when it has none."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return None
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


def _free(path: str | Path) -> int | None:
    """Bytes free on the disk holding `path`, or None when it cannot be told."""
    import shutil

    try:
        return shutil.disk_usage(Path(path).resolve().parent).free
    except OSError:
        return None


def _size(n: int) -> str:
    return f"{n / (1 << 20):,.1f} MB" if n >= 1 << 20 else f"{n:,} bytes"


def damaged_error(path: str | Path, exc: BaseException) -> StoreError:
    """The line for a store file SQLite cannot read as a database."""
    if _says(exc, sqlite3.DatabaseError, (_NOTADB,), ("not a database",)):
        return StoreError(f"{path}: not a manysides store: the file is no SQLite database (another program's file, "
                          "or one damaged from its first bytes); name another file with --db, or restore the "
                          "store from a copy")
    return StoreError(f"{path}: the store is damaged: parts of the file do not read as SQLite (a disk error, or a "
                      "copy cut short); restore it from a copy (`sqlite3 FILE .recover` saves what is left), or "
                      "analyse into a new --db file")


def busy_error(path: str | Path, waited: float) -> StoreBusyError:
    """The line for a store whose write lock another process held for `waited` seconds."""
    return StoreBusyError(f"{path}: the store is busy: {holder(str(path))} has held its write lock for over "
                      f"{waited:g} s; wait for it to finish (or close or end it), then run the command again, "
                      "or name another file with --db (what was stored is kept, whole)")


def holder(path: str) -> str:
    """Who holds the write lock of the store at `path`, as far as this system tells."""
    writers, runs = _lock_holders(path)
    others = [pid for pid in writers if pid != os.getpid()]
    if others:
        pid = others[0]
        command = _command(pid)
        if pid in runs or _ours(pid):
            return f"another manysides command (process {pid}{f': {command}' if command else ''})"
        return f"process {pid}{f' ({command})' if command else ''}"
    runs.discard(os.getpid())
    if runs:
        listed = ", ".join(str(p) for p in sorted(runs)[:3])
        return f"another process (a manysides run is writing to it: process {listed})"
    return ("another process (another manysides command, or a program with the store open in a transaction, "
            "such as the sqlite3 shell or DB Browser for SQLite)")


def grouping_holder(path: str) -> str:
    """Who holds the grouping lock of the store at `path` (a `flock` on NAME.lock), as far
    as this system tells: "another manysides command (process 8495: manysides analyze ...)"."""
    try:
        inode = os.stat(path + ".lock").st_ino
    except OSError:
        inode = None
    for pid in _flock_holders(inode) if inode is not None else ():
        if pid != os.getpid():
            command = _command(pid)
            return f"another manysides command (process {pid}{f': {command}' if command else ''})"
    return "another manysides command"


def grouping_busy_error(path: str | Path, waited: float) -> StoreBusyError:
    """The line for a store whose grouping lock another command held for `waited` seconds."""
    return StoreBusyError(f"{path}: {grouping_holder(str(path))} has been grouping stories in the store for over "
                          f"{waited:g} s; let it finish, then run this command again (what this one stored is kept: "
                          "the next run that writes to the store groups it)")


def _flock_holders(inode: int) -> list[int]:
    """Processes holding a `flock` on the file of `inode`, from /proc/locks."""
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    pids = []
    for parts in (line.split() for line in lines):
        if len(parts) >= 6 and parts[1] == "FLOCK" and parts[5].rsplit(":", 1)[-1] == str(inode):
            with contextlib.suppress(ValueError):
                if int(parts[4]) > 0:
                    pids.append(int(parts[4]))
    return pids


def _lock_holders(path: str) -> tuple[list[int], set[int]]:
    """(processes holding a write lock on the store or its -shm file, processes holding
    NAME.runs) from /proc/locks; empty where there is none."""
    inodes = {}
    for name, kind in ((path, "write"), (path + "-shm", "write"), (path + ".runs", "run")):
        try:
            inodes[os.stat(name).st_ino] = kind
        except OSError:
            continue
    writers: list[int] = []
    runs: set[int] = set()
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return writers, runs
    for line in lines:
        parts = line.split()
        # "1: POSIX  ADVISORY  WRITE 8153 fe:00:2146531 120 120"; "1: -> ..." is a waiter
        if len(parts) < 6 or parts[1] == "->":
            continue
        lock, mode, pid, where = parts[1], parts[3], parts[4], parts[5]
        try:
            inode, pid_n = int(where.rsplit(":", 1)[-1]), int(pid)
        except ValueError:
            continue
        kind = inodes.get(inode)
        if pid_n <= 0 or kind is None:  # <= 0: a process of another PID namespace
            continue
        if kind == "run" and lock == "FLOCK":
            runs.add(pid_n)
        elif kind == "write" and lock in ("POSIX", "OFDLCK") and mode == "WRITE" and pid_n not in writers:
            writers.append(pid_n)
    return writers, runs


def _ours(pid: int) -> bool:
    """Whether process `pid` runs manysides: its program or the script or module it runs is named so
    ("manysides analyze ...", "python -m manysides ..."). Not a word anywhere in the command line: a checkout
    in a folder called manysides puts the word in every program's path there."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return False
    names = [os.path.basename(a) for a in args[:2]]
    module = args[args.index("-m") + 1] if "-m" in args[:-1] else ""
    return "manysides" in names or module.split(".")[0] == "manysides"


def _command(pid: int) -> str:
    """The command line of process `pid`, shortened, or "" when it cannot be read."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    text = " ".join(raw.decode("utf-8", "replace").replace("\0", " ").split())
    return text if len(text) <= 100 else text[:99] + "…"
