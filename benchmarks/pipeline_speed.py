"""Articles per second for the whole pipeline, per stage, on real articles.

    python benchmarks/pipeline_speed.py [--articles 300] [--workers 1] [--data FILE] [--reannotate]

Writes N articles of ../shared/data/same_event/articles.jsonl (BASIL full articles and
roundup leads, 2010-2021) to a temporary JSON Lines file and runs `manysides.analyze`
on it into a fresh store, exactly as `manysides analyze FILE` does. Prints the wall time
of each stage, model loading apart, and articles per second with and without it; then
runs the same input again to show that a second run recomputes nothing (with
--reannotate, then annotates every stored article again, as `manysides reannotate --all`
does); and last, the
speed of the two model passes alone (spaCy parse, sentence embedding), where annotation
spends its time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "same_event" / "articles.jsonl"


class StageClock:
    """The pipeline's Progress protocol, recording when each stage starts."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float, int]] = []
        self.done = 0

    def stage(self, name: str, total: int | None) -> None:
        self.marks.append((name, time.perf_counter(), total or 0))

    def advance(self, n: int = 1) -> None:
        self.done += n

    def durations(self, end: float) -> list[tuple[str, float, int]]:
        out = []
        for i, (name, start, total) in enumerate(self.marks):
            stop = self.marks[i + 1][1] if i + 1 < len(self.marks) else end
            out.append((name, stop - start, total))
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1, help="spaCy processes (manysides analyze --workers)")
    ap.add_argument("--reannotate", action="store_true",
                    help="also time `manysides reannotate --all` over the stored articles")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found; this benchmark needs ../shared/data beside the repo", file=sys.stderr)
        return 2

    import manysides
    from manysides.nlp.models import load_embedder, load_spacy
    from manysides.nlp.slant import SlantModel

    records = []
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            records.append({"title": r.get("title"), "text": r["text"], "outlet": r.get("outlet"),
                            "published": r.get("date") or r.get("published")})
            if len(records) == args.articles:
                break
    words = sum(len(r["text"].split()) for r in records)

    t0 = time.perf_counter()
    load_spacy()
    embedder = load_embedder()
    SlantModel.load()
    load_s = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        db = Path(tmp) / "bench.db"
        clock = StageClock()
        start = time.perf_counter()
        result = manysides.analyze([src], db=db, progress=clock, embedder=embedder, n_process=args.workers)
        end = time.perf_counter()
        total = end - start

        again = StageClock()
        t1 = time.perf_counter()
        manysides.analyze([src], db=db, progress=again, embedder=embedder, n_process=args.workers)
        rerun = time.perf_counter() - t1

        if args.reannotate:
            t4 = time.perf_counter()
            redone = manysides.reannotate(db, everything=True, embedder=embedder, n_process=args.workers)
            reannotate_s = time.perf_counter() - t4

    n = len(records)
    print(f"pipeline speed: {n} articles ({words:,} words) from {args.data.name}, "
          f"{args.workers} spaCy process(es)")
    print(f"  model loading (once per process)   {load_s:7.1f} s")
    for name, secs, count in clock.durations(end):
        rate = f"{count / secs:8.1f} items/s" if count and secs > 0 else ""
        print(f"  {name:<34} {secs:7.1f} s {rate}")
    print(f"  whole pipeline                     {total:7.1f} s  = {n / total:.2f} articles/s, "
          f"{words / total:,.0f} words/s")
    print(f"  with model loading                 {total + load_s:7.1f} s  = {n / (total + load_s):.2f} articles/s")
    print(f"  second run, same inputs            {rerun:7.1f} s  (stages: "
          f"{', '.join(name for name, _, _ in again.marks)})")
    if args.reannotate:
        print(f"  reannotate --all                   {reannotate_s:7.1f} s  = "
              f"{len(redone.annotated) / reannotate_s:.2f} articles/s ({len(redone.annotated)} articles, "
              f"{len(redone.failures)} failures)")
    print(f"  stories {len(result.stories)}, failures {len(result.failures)}, "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")

    # Where annotation's time goes: the two model passes, alone, on the same texts.
    texts = [r["text"] for r in records[:60]]
    t2 = time.perf_counter()
    docs = list(load_spacy().pipe(texts, batch_size=16, n_process=args.workers))
    parse_s = time.perf_counter() - t2
    sents = [s.text for d in docs for s in d.sents if s.text.strip()]
    t3 = time.perf_counter()
    embedder.encode(sents)
    embed_s = time.perf_counter() - t3
    n_words = sum(len(t.split()) for t in texts)
    print(f"  parts, first {len(texts)} articles: spaCy parse {n_words / parse_s:,.0f} words/s; "
          f"sentence embedding {len(sents) / embed_s:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
