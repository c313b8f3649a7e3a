"""Cleaning's speed on AllSides texts, and whether two versions clean every article alike, byte for byte.

    nice -n 10 .venv/bin/python benchmarks/clean_speed.py --src /old/src --src src          # 3,000 articles, seed 11
    nice -n 10 .venv/bin/python benchmarks/clean_speed.py --src /old/src --src src --n 0 --runs 1   # all 31,534

Each version (`--src`, given once or more) cleans the same seeded sample (`clean_furniture.py`'s: the articles
sorted by id, `--n` drawn with `--seed`) as text documents with their given titles, in a process of its own, `--runs`
times in turn (A, B, A, B, ...: a machine's load then weighs on both alike). Printed per version: the CPU seconds
of the cleaning alone (reading the corpus aside), the least and the median of the runs, and a digest of everything
cleaning returned for every article (title, byline, text, the removals and their notes, or the error), so that a
change meant only to be faster shows the same digest. `--dump` writes each version's output as JSON lines
(`<file>.<k>`, k = the version's place) to find the articles that differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout


def _worker(src: str, data: str, n: int, seed: int, dump: str | None) -> None:
    """Clean the sample with the cleaner under `src`; print {"seconds", "digest", "articles"} as JSON."""
    sys.path.insert(0, src)
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.records import Document

    with lzma.open(data, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: r["id"])
    if n:
        rows = random.Random(seed).sample(rows, min(n, len(rows)))
    docs = [Document(source=r["id"], text=r["text"], kind="text", title=r.get("title") or None,
                     outlet=r.get("outlet")) for r in rows]
    out = []
    t0 = time.process_time()
    for d in docs:
        try:
            a = clean_document(d)
            out.append({"id": d.source, "title": a.title, "byline": a.byline, "text": a.text,
                        "removed": list(a.removed)})
        except InputError as e:
            out.append({"id": d.source, "error": str(e)})
    seconds = time.process_time() - t0
    digest = hashlib.sha256()
    for rec in out:
        digest.update(json.dumps(rec, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in out)
    print(json.dumps({"seconds": seconds, "digest": digest.hexdigest(), "articles": len(out)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", action="append",
                    help="a src folder whose cleaner to time (once or more; default: this one)")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--n", type=int, default=3000, help="articles drawn at random (0: all)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--runs", type=int, default=3, help="runs per version, taken in turn")
    ap.add_argument("--dump", help="write version k's output to DUMP.k (JSON lines)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker, args.data, args.n, args.seed, args.dump)
        return 0
    if not Path(args.data).exists():
        print(f"skipped: {args.data} not found")
        return 0
    srcs = args.src or [str(ROOT / "src")]
    seconds: dict[int, list[float]] = {k: [] for k in range(len(srcs))}
    digests: dict[int, set[str]] = {k: set() for k in range(len(srcs))}
    for run in range(args.runs):
        for k, src in enumerate(srcs):
            cmd = [sys.executable, __file__, "--worker", str(Path(src).resolve()), "--data", args.data,
                   "--n", str(args.n), "--seed", str(args.seed)]
            if args.dump and run == 0:
                cmd += ["--dump", f"{args.dump}.{k}"]
            res = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            seconds[k].append(res["seconds"])
            digests[k].add(res["digest"])
            print(f"run {run + 1}, version {k} ({src}): {res['seconds']:.1f} s for {res['articles']:,} articles",
                  flush=True)
    base = min(seconds[0])
    for k, src in enumerate(srcs):
        low, mid = min(seconds[k]), statistics.median(seconds[k])
        print(f"version {k} ({src}): least {low:.1f} s, median {mid:.1f} s ({low / base:.0%} of version 0's least); "
              f"output digest {'/'.join(sorted(d[:16] for d in digests[k]))}")
    same = len({frozenset(d) for d in digests.values()}) == 1 and all(len(d) == 1 for d in digests.values())
    print("every version cleans every article alike" if same else "the versions' outputs DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
