"""Standard output whose reader may go away, for the command line (`manysides show | head -1`)."""

from __future__ import annotations

import os


class ReaderGone(Exception):
    """Raised into a stream of output (`--json -`) once its reader went away: the rest would go nowhere."""


class QuietPipe:
    """Wraps `sys.stdout`: a write to a pipe whose reader closed it points standard output at
    nothing and is dropped, so the command finishes its work (the files it writes, the failed
    inputs it names on standard error) and ends with its own exit code, quietly, as Unix tools
    do. Without it rich turns the closed pipe into exit 1, the code of failed inputs, and a
    plain `print` into a traceback."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._gone()
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()
            try:  # what the stream still held goes to nothing now
                self._stream.flush()
            except OSError:
                pass

    def _gone(self) -> None:
        self.reader_gone = True
        try:
            fd = os.open(os.devnull, os.O_WRONLY)
            os.dup2(fd, self._stream.fileno())
            os.close(fd)
        except (OSError, ValueError, AttributeError):
            pass

    def __getattr__(self, name: str):  # isatty, fileno, encoding, buffer, ... are the stream's
        return getattr(self._stream, name)


class Streamed:
    """What a long stream of output (`show --json -`) writes to: it stops the stream with
    `ReaderGone` once the reader of standard output went away, rather than making every
    story's part for nothing."""

    def __init__(self, stdout) -> None:
        self._stdout = stdout

    def write(self, text: str) -> int:
        if getattr(self._stdout, "reader_gone", False):
            raise ReaderGone
        written = self._stdout.write(text)
        if getattr(self._stdout, "reader_gone", False):
            raise ReaderGone
        return written
