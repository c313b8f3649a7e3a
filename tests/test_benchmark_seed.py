"""The PolNeAR and speakers benchmarks run under one hash seed: two runs print the same figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_a_script_using_fixed_hash_seed_iterates_sets_alike_on_every_run(tmp_path):
    script = tmp_path / "probe.py"
    script.write_text(
        f"import sys\nsys.path.insert(0, {str(BENCH)!r})\nfrom _seeded import fixed_hash_seed\n"
        "fixed_hash_seed()\nprint(list({'alpha', 'beta', 'gamma', 'delta', 'epsilon'}))\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    outs = set()
    for seed in ("random", "1", "2"):  # whatever seed the caller's shell had
        run = subprocess.run([sys.executable, str(script)], env=env | {"PYTHONHASHSEED": seed},
                             capture_output=True, text=True, check=True)
        outs.add(run.stdout)
    assert len(outs) == 1


def test_both_benchmarks_fix_the_seed():
    for name in ("quotes_polnear.py", "speakers_review.py"):
        assert "fixed_hash_seed()" in (BENCH / name).read_text(encoding="utf-8"), name
