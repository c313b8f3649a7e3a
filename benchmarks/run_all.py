"""Run every benchmark in turn and print its figures (`make bench`).

    python benchmarks/run_all.py [--only NAME ...] [--skip-long]

Each benchmark is its own script (run it alone for its options); this runner calls them
with their default settings, one after another so they do not compete for the CPU, and
prints a line with the wall time of each. Needs ../shared/data beside the repository.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (name, arguments, about how long it takes on the 2-core reference machine)
BENCHMARKS: list[tuple[str, list[str], str]] = [
    ("pipeline_speed.py", ["--articles", "300"], "short"),
    ("rerun_cli.py", [], "short"),
    ("bad_inputs.py", [], "long"),
    ("scale_ray.py", ["--articles", "150"], "short"),
    ("quotes_polnear.py", ["--split", "dev", "--indirect"], "short"),
    ("tweet_quotes.py", ["--annotate", "40", "--show", "0"], "short"),
    ("speakers_review.py", [], "short"),
    ("review8_events.py", [], "short"),
    ("review9_events.py", [], "short"),
    ("grouping_same_event.py", [], "short"),
    ("grouping_compare.py", [], "long"),
    ("grouping_scale.py", [], "long"),
    ("grouping_store_add.py", [], "long"),
    ("storyline_link.py", [], "short"),
    ("store_random_runs.py", ["--span", "90", "--subjects", "15", "--seeds", "300"], "short"),
    ("store_random_runs.py", ["--span", "400", "--subjects", "30", "--seeds", "150"], "short"),
    ("store_random_runs.py", ["--span", "90", "--subjects", "15", "--seeds", "300", "--undo", "0.25"], "short"),
    ("listing_scale.py", ["--articles", "200000", "--show"], "long"),
    ("story_cells_recall.py", [], "short"),
    ("disputes_basil.py", ["--events", "48"], "short"),
    ("shared_points_pairs.py", [], "short"),
    ("unique_items.py", [], "short"),
    ("output_checks.py", [], "short"),
    ("framing_terms.py", [], "short"),
    ("why_agreement.py", [], "short"),
    ("storyline_span.py", [], "short"),
    ("slant_eval.py", [], "long"),
    ("slant_loaded.py", ["--tags"], "short"),
    ("slant_short.py", [], "short"),
    ("slant_outlet_mentions.py", [], "short"),
    ("slant_evidence_classes.py", [], "short"),
    ("web_load.py", ["--prepare", "40", "--duration", "180", "--client", "wrk"], "long"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="benchmark file names to run (default: all)")
    ap.add_argument("--skip-long", action="store_true", help="only the benchmarks that take minutes, not tens")
    args = ap.parse_args(argv)
    failed = []
    for name, extra, length in BENCHMARKS:
        script = HERE / name
        if args.only and name not in args.only and name.removesuffix(".py") not in args.only:
            continue
        if args.skip_long and length == "long":
            continue
        if not script.exists():
            print(f"== {name}: not in this checkout, skipped", flush=True)
            continue
        print(f"== {name} {' '.join(extra)}", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *extra])
        print(f"== {name}: exit {code}, {time.perf_counter() - start:.0f} s\n", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
