"""Run a benchmark under one fixed string-hash seed, so two runs of the same code print the same
figures whatever order a set of strings is iterated in anywhere below (the speaker rules pick from
sets; docs/quotes.md noted reported-speech figures that differed between unseeded runs)."""

from __future__ import annotations

import os
import sys

SEED = "0"


def fixed_hash_seed() -> None:
    """Re-run this script with PYTHONHASHSEED=0 unless it already runs so (a no-op then)."""
    if os.environ.get("PYTHONHASHSEED") == SEED:
        return
    env = dict(os.environ, PYTHONHASHSEED=SEED)
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, *sys.argv], env)
