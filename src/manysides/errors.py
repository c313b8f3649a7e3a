"""One exception tree. Every message says what went wrong and what to do about it."""

from __future__ import annotations


class ManysidesError(Exception):
    """Base of every error manysides raises on purpose."""

    exit_code = 1


class InputError(ManysidesError):
    """One input could not be read; the run goes on with the others.

    `source` names the input (a path, "path:line", "-" or a URL); `str(err)` is one line
    that names it, says the problem and what to do.
    """

    exit_code = 2

    def __init__(self, source: str, problem: str, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        msg = f"{source}: {problem}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)


class StoreError(ManysidesError):
    """The store file cannot be opened or written."""

    exit_code = 3


class StoreBusyError(StoreError):
    """Another process held the store (its write lock, or its grouping lock) for longer than
    a command waits: nothing is wrong with the store, and the same command run later works."""


class ModelError(ManysidesError):
    """A model package is missing or broken."""

    exit_code = 4


class ConfigError(ManysidesError):
    """A setting or a flag has a value that cannot be used."""

    exit_code = 2


class OutputError(ConfigError):
    """An output file (--json, --html, --export) could not be written once the work was done:
    a full disk, a file size limit, a failing disk. Exit code 3, as for a store that cannot
    grow; a name that cannot be used is found before the work, as a `ConfigError` (2). A
    `ConfigError` itself, as these were before session 25, so callers catching that still do."""

    exit_code = 3


class ClusterError(ManysidesError):
    """A distributed run (`manysides.scale`) stopped: the cluster failed, not an input."""

    exit_code = 1
