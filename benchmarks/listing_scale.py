"""Listing a large store: `manysides stories` (terminal and --json) and `manysides outlets`.

    .venv/bin/python benchmarks/listing_scale.py --articles 100000
    .venv/bin/python benchmarks/listing_scale.py --articles 100000 --keep /tmp/listing --against /tmp/oldtree/src
    .venv/bin/python benchmarks/listing_scale.py --articles 20000 --show --timeout 900

Builds a store of N articles whose texts and annotations are those of the bundled sample
(analysed once with the real models, then repeated under new ids: about 10 kB of
annotation JSON an article, as real ones are), one in ten a wire copy, in stories of
three; then runs each command in its own process and prints wall time and peak memory
(the child's maximum resident set), and the web app's story list, request by request.
`--against SRC` runs the same commands with another
checkout's `src` first on the path, for a side-by-side on one machine at one time.
`--keep DIR` keeps the built store and reuses it; `--store PATH` lists an existing store
instead (the built one has no storylines; a store `grouping_store_add.py --keep` filled
does). `--show` adds `manysides show --export` and `--json` of every story; the first
such run stores the stories' reports in the store, so later runs (of either version)
read them. The web step rewrites one story record (the same data) to time the list
after a change.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def build(path: Path, n: int) -> None:
    from dataclasses import replace

    from manysides import analyze
    from manysides.records import Story
    from manysides.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        sample = analyze([ROOT / "sample" / "articles"], db=Path(tmp) / "sample.db")
        with Store(Path(tmp) / "sample.db") as src:
            arts = src.articles()
            anns = src.annotations([a.id for a in arts])
    arts = [a for a in arts if a.id in anns]
    print(f"building {n:,} articles from the {len(arts)} annotated sample articles "
          f"({len(sample.stories)} stories there)", flush=True)
    t0 = time.perf_counter()
    with Store(path) as store:
        stories, members = [], []
        for i in range(n):
            a = arts[i % len(arts)]
            aid = f"{i:012x}"
            copy = f"{i - 1:012x}" if i % 10 == 9 else None  # a wire copy of the article before
            store.add_article(replace(a, id=aid, source=f"{aid}.txt", duplicate_of=copy), None)
            ann = anns[a.id]
            store.put_annotation(replace(ann, article_id=aid), np.zeros(8, np.float32), np.zeros((0, 8), np.float32))
            members.append(aid)
            if len(members) == 3 or i == n - 1:
                day = f"2024-{1 + (i // 3000) % 12:02d}-{1 + (i // 100) % 28:02d}"
                stories.append(Story(id=f"s-{members[0]}", title=a.title or "", articles=tuple(members),
                                     first_date=day, last_date=day))
                members = []
            if (i + 1) % 20_000 == 0:
                print(f"  {i + 1:,} articles, {time.perf_counter() - t0:.0f} s", flush=True)
        store.save_grouping(stories, [])
    print(f"built in {time.perf_counter() - t0:.0f} s: {path.stat().st_size / 1e9:.2f} GB", flush=True)


CLI = "import sys; from manysides.cli import app; sys.argv = ['manysides', *sys.argv[1:]]; app()"

# the web app's story list: the first request, then pages, filters and a search of the
# same stories, then the list after one story record changed (each printed with its time;
# the output compared is the JSON of the first)
WEB = """
import sys, time
from fastapi.testclient import TestClient
from manysides.web import create_app
with TestClient(create_app(sys.argv[1]), base_url="http://127.0.0.1") as c:
    for url in ["/api/stories", "/api/stories?offset=50", "/api/stories?leaning=left&limit=10",
                "/api/stories?outlet=Fox%20News", "/api/stories?q=Biden", "/"]:
        t0 = time.perf_counter()
        body = c.get(url, headers={"accept": "text/html"} if url == "/" else {}).content
        sys.stderr.write(f"    GET {url}: {time.perf_counter() - t0:.3f} s\\n")
        if url == "/api/stories":
            sys.stdout.buffer.write(body)
    # a story record rewritten, as a grouping run or a correction does; the list again
    import sqlite3
    with sqlite3.connect(sys.argv[1]) as db:
        db.execute("INSERT OR REPLACE INTO stories(id, data) SELECT id, data FROM stories "
                   "WHERE rowid = (SELECT max(rowid) FROM stories)")
    for url in ["/api/stories", "/api/stories?offset=50"]:
        t0 = time.perf_counter()
        c.get(url)
        sys.stderr.write(f"    GET {url} after one story changed: {time.perf_counter() - t0:.3f} s\\n")
"""


def run(args: list[str], src: str | None, code: str = CLI, timeout: float | None = None,
        cap_gb: float | None = None) -> tuple[float, float, int]:
    """(seconds, peak MB, stdout bytes) of one manysides command in a fresh process. A
    command still running after `timeout` seconds is killed: its seconds come back as
    infinity, with the peak it had reached. With `cap_gb` the process may not map more
    memory than that (so a version that would exhaust the machine fails instead): its
    seconds come back as NaN when it fails."""
    import resource
    import threading

    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src

    def cap() -> None:
        limit = int(cap_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=None if code is WEB else subprocess.DEVNULL, env=env,
                            preexec_fn=cap if cap_gb else None)
    timer = threading.Timer(timeout, proc.kill) if timeout else None
    if timer:
        timer.start()
    out = proc.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    if timer:
        timer.cancel()
    secs = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if timeout and secs >= timeout and proc.returncode < 0:
        return float("inf"), usage.ru_maxrss / 1024, len(out)
    if proc.returncode != 0:
        if cap_gb:
            return float("nan"), usage.ru_maxrss / 1024, len(out)
        raise SystemExit(f"manysides {' '.join(args)} failed (exit {proc.returncode})")
    return secs, usage.ru_maxrss / 1024, len(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="keep the built store in this folder and reuse it")
    ap.add_argument("--against", help="another checkout's src folder, run side by side")
    ap.add_argument("--show", action="store_true",
                    help="also time `manysides show --export` and `--json` of every story (this version twice: "
                         "the first run computes and stores the stories' reports, the second reads them)")
    ap.add_argument("--timeout", type=float, default=1800, help="kill any command still running after this many seconds")
    ap.add_argument("--memory-cap", type=float, metavar="GB",
                    help="the most memory each command may map (NaN s: it failed within that)")
    ap.add_argument("--only", help="run only the commands whose label starts with this")
    ap.add_argument("--store", type=Path, help="list this store instead of building one (e.g. one that "
                    "grouping_store_add.py --keep filled: its stories have storylines)")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        build(args.build, args.articles)
        return 0
    if args.store and not args.store.exists():
        raise SystemExit(f"no store {args.store}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = args.store or folder / f"listing-{args.articles}.db"
        if not path.exists():
            partial = folder / f"listing-{args.articles}.part.db"
            partial.unlink(missing_ok=True)
            # built in another process, so that the commands measured below are not forked
            # from one that holds the models (a child's peak counts the pages it starts with)
            subprocess.run([sys.executable, __file__, "--build", str(partial), "--articles", str(args.articles)],
                           check=True)
            shutil.move(partial, path)
        commands = [("stories (terminal, newest 50)", ["stories", "--db", str(path)], CLI),
                    ("stories --json (every story)", ["stories", "--json", "--db", str(path)], CLI),
                    ("outlets --json", ["outlets", "--json", "--db", str(path)], CLI),
                    ("stories timeline --json", ["stories", "timeline", "--json", "--db", str(path)], CLI),
                    ("web story list, 8 requests", [str(path)], WEB)]
        out = folder / "show-out"
        out.mkdir(exist_ok=True)
        if args.show:
            export = ["show", "--db", str(path), "--export", str(out / "news.parquet")]
            as_json = ["show", "--db", str(path), "--json", str(out / "news.json")]
            commands += [("show --export (1st run)", export, CLI),
                         ("show --export (2nd run)", export, CLI),
                         ("show --json FILE", as_json, CLI)]
        if args.show:
            import sqlite3

            with sqlite3.connect(path) as db:
                n_reports, n_stories = (db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("reports", "stories"))
            print(f"reports stored before the show runs: {n_reports:,} ({n_stories:,} stories)")
        print(f"\n{path.name}: wall s and peak MB of each command's process")
        print(f"{'command':32s} {'this s':>8s} {'this MB':>8s}" + (f" {'other s':>8s} {'other MB':>9s}" if args.against else ""))
        if args.only:
            commands = [c for c in commands if c[0].startswith(args.only)]
        for label, cmd, code in commands:
            if code is WEB:
                print("  web, this version:", flush=True)
            secs, mb, size = run(cmd, None, code, args.timeout, args.memory_cap)
            line = f"{label:32s} {secs:8.1f} {mb:8.0f}"
            if args.against and "(1st" not in label:  # the other version reads the reports the 1st run stored
                if code is WEB:
                    print("  web, the other:", flush=True)
                secs2, mb2, size2 = run(cmd, args.against, code, args.timeout, args.memory_cap)
                line += f" {secs2:8.1f} {mb2:9.0f}" + ("" if size2 == size else f"  (output: other {size2:,} bytes, this {size:,})")
            print(line, flush=True)
        if args.show:
            sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if not p.name.startswith(".")}
            print("show wrote: " + ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in sizes.items()))
            print("(inf s: killed after --timeout; nan s: failed within --memory-cap; "
                  "the output sizes are those of the last run that wrote them)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
