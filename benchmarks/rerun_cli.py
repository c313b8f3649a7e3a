"""Wall time and peak memory of `manysides analyze` run again on inputs it already stored.

    .venv/bin/python benchmarks/rerun_cli.py [--inputs sample/articles] [--repeats 3] [--src OTHER/src]

Analyses the inputs once into a temporary store (not timed), then runs the same command
again `--repeats` times as a user would (a new process each time) and prints each run's
wall time and the process's peak RSS. A second run finds everything stored: it should
neither annotate nor load a model. `--src` runs another checkout's code (PYTHONPATH) on
the same store, to compare before and after a change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


# A wrapper process per measurement: the peak RSS of its one child is the command's own
# (a parent's RUSAGE_CHILDREN only ever grows, so it cannot time several runs).
_WRAPPER = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
_CLI = "from manysides.cli import main; main()"


def measure(command: list[str], src: Path | None) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of `manysides COMMAND` in a new process."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-c", _CLI, *command], env=_env(src),
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=Path, default=ROOT / "sample" / "articles")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--src", type=Path, default=None, help="another checkout's src folder to time instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rerun.db"
        command = ["analyze", str(args.inputs), "--db", str(db), "-q"]
        first, _ = measure(command, None)
        print(f"first run (this checkout, stores {args.inputs.name}): {first:.1f} s")
        label = f"code from {args.src}" if args.src else "this checkout"
        for i in range(args.repeats):
            wall, peak = measure(command, args.src)
            print(f"run again #{i + 1} ({label}): {wall:.2f} s, peak RSS {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
