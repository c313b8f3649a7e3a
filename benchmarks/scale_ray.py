"""Articles per second annotating on one process against the Ray runner on 1 and 2 cores.

    python benchmarks/scale_ray.py [--articles 150] [--cpus 1 2] [--data FILE]

Writes N articles of ../shared/data/same_event/articles.jsonl to JSON Lines files of 25
articles each, then, each in a fresh Python process:

- `pipeline`: `manysides.analyze` into a fresh store; its annotation stage is what the
  Ray runner spreads out (models loaded before the clock starts, as in pipeline_speed.py);
- `ray N`: `manysides.scale.annotate_to_parquet` on a local Ray of N cores, timed whole
  (starting Ray and loading the models in each actor included), then `load_parquet`
  of its rows into a fresh store (grouping and comparing on one machine).

Every configuration runs at niceness 15, the niceness Ray gives its workers, so that
on a shared machine each competes with other jobs on equal terms. Peak memory is the largest sum of the proportional set size (PSS: shared pages count
once) of the process and all its descendants (Ray's own processes and its workers),
sampled from /proc every 0.2 s.
Needs `pip install 'manysides[scale]'`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "same_event" / "articles.jsonl"
RAY_WORKER_NICENESS = 15


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--cpus", type=int, nargs="+", default=[1, 2], help="local Ray sizes to time")
    ap.add_argument("--one", nargs=2, metavar=("MODE", "DIR"), help=argparse.SUPPRESS)  # a child's run
    args = ap.parse_args(argv)
    if args.one:
        return _one(*args.one)
    if not args.data.exists():
        print(f"{args.data}: not found; this benchmark needs ../shared/data beside the repo", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        n, words = _write_inputs(args.data, args.articles, inputs)
        print(f"scale_ray: {n} articles ({words:,} words) from {args.data.name}; {os.cpu_count()} cores here")
        for mode in ["pipeline"] + [f"ray{c}" for c in args.cpus]:
            work = Path(tmp) / mode
            work.mkdir()
            result, peak = _measure([sys.executable, __file__, "--one", mode, str(work)], inputs)
            _print(mode, n, result, peak)
    return 0


def _write_inputs(data: Path, n: int, folder: Path) -> tuple[int, int]:
    records = []
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            records.append({"title": r.get("title"), "text": r["text"], "outlet": r.get("outlet"),
                            "published": r.get("date") or r.get("published")})
            if len(records) == n:
                break
    folder.mkdir()
    for i in range(0, len(records), 25):
        part = records[i : i + 25]
        (folder / f"part-{i // 25:04d}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in part),
                                                          encoding="utf-8")
    return len(records), sum(len(r["text"].split()) for r in records)


def _measure(cmd: list[str], inputs: Path) -> tuple[dict, float]:
    """Run `cmd` (it prints one JSON line last); the peak PSS sum of its process tree in MiB."""
    # at Ray's worker niceness (its `worker_niceness` default, 15) for every configuration:
    # on a machine shared with other jobs, Ray's workers would otherwise get less of it
    proc = subprocess.Popen([*cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            preexec_fn=lambda: os.nice(RAY_WORKER_NICENESS))
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.2):
            peak = max(peak, _tree_rss_mb(proc.pid))

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, _ = proc.communicate(str(inputs))
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), peak


def _tree_rss_mb(root: int) -> float:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier += kids
    total = 0.0
    for pid in tree:  # proportional set size: pages shared by processes (Ray's object store) count once
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) / 1024
        except (OSError, StopIteration):
            continue
    return total


def _one(mode: str, work: str) -> int:
    """One configuration, in this (child) process; prints its figures as JSON."""
    inputs = Path(sys.stdin.read().strip())
    work_dir = Path(work)
    if mode == "pipeline":
        import manysides
        from manysides.nlp.models import load_embedder, load_spacy
        from manysides.nlp.slant import SlantModel

        t0 = time.perf_counter()
        load_spacy(), load_embedder(), SlantModel.load()
        load_s = time.perf_counter() - t0
        clock = _Clock()
        t1 = time.perf_counter()
        result = manysides.analyze([inputs], db=work_dir / "bench.db", progress=clock)
        total = time.perf_counter() - t1
        print(json.dumps({"load": load_s, "annotate": clock.seconds("annotating", total), "total": total,
                          "stories": len(result.stories), "failures": len(result.failures)}))
        return 0
    from manysides.scale import annotate_to_parquet, load_parquet

    t1 = time.perf_counter()
    run = annotate_to_parquet([inputs], work_dir / "rows", num_cpus=int(mode.removeprefix("ray")))
    annotate_s = time.perf_counter() - t1
    t2 = time.perf_counter()
    result = load_parquet(work_dir / "rows", db=work_dir / "bench.db")
    load_s = time.perf_counter() - t2
    print(json.dumps({"annotate": annotate_s, "load_rows": load_s, "articles": run.articles,
                      "stories": len(result.stories), "failures": len(result.failures)}))
    return 0


class _Clock:
    """The pipeline's Progress protocol, recording when each stage starts."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = []
        self.t0 = time.perf_counter()

    def stage(self, name: str, total: int | None) -> None:
        self.marks.append((name, time.perf_counter() - self.t0))

    def advance(self, n: int = 1) -> None:
        pass

    def seconds(self, name: str, end: float) -> float:
        for i, (stage, start) in enumerate(self.marks):
            if stage == name:
                return (self.marks[i + 1][1] if i + 1 < len(self.marks) else end) - start
        return 0.0


def _print(mode: str, n: int, r: dict, peak: float) -> None:
    if mode == "pipeline":
        print(f"  one process, annotation stage   {r['annotate']:6.1f} s = {n / r['annotate']:5.2f} articles/s "
              f"(models loaded before: {r['load']:.1f} s; whole analyze {r['total']:.1f} s); "
              f"peak {peak:,.0f} MiB; {r['stories']} stories")
    else:
        print(f"  Ray, {mode.removeprefix('ray')} core(s), scale annotate {r['annotate']:6.1f} s = "
              f"{n / r['annotate']:5.2f} articles/s (Ray start and model loading included); "
              f"scale load {r['load_rows']:.1f} s; peak {peak:,.0f} MiB (all processes); {r['stories']} stories")


if __name__ == "__main__":
    raise SystemExit(main())
