"""Listing a large store: `manysides stories` (terminal and --json) and `manysides outlets`.

    .venv/bin/python benchmarks/listing_scale.py --articles 100000
    .venv/bin/python benchmarks/listing_scale.py --articles 100000 --keep /tmp/listing --against /tmp/oldtree/src

Builds a store of N articles whose texts and annotations are those of the bundled sample
(analysed once with the real models, then repeated under new ids: about 10 kB of
annotation JSON an article, as real ones are), one in ten a wire copy, in stories of
three; then runs each command in its own process and prints wall time and peak memory
(the child's maximum resident set), and the web app's story list, request by request.
`--against SRC` runs the same commands with another
checkout's `src` first on the path, for a side-by-side on one machine at one time.
`--keep DIR` keeps the built store and reuses it.
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
# same stories (each printed with its time; the output compared is the JSON of all)
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
"""


def run(args: list[str], src: str | None, code: str = CLI) -> tuple[float, float, int]:
    """(seconds, peak MB, stdout bytes) of one manysides command in a fresh process."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=None if code is WEB else subprocess.DEVNULL, env=env)
    out = proc.stdout.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"manysides {' '.join(args)} failed (exit {proc.returncode})")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, len(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="keep the built store in this folder and reuse it")
    ap.add_argument("--against", help="another checkout's src folder, run side by side")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        build(args.build, args.articles)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"listing-{args.articles}.db"
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
                    ("web story list, 6 requests", [str(path)], WEB)]
        print(f"\n{args.articles:,} articles; wall s and peak MB of each command's process")
        print(f"{'command':32s} {'this s':>8s} {'this MB':>8s}" + (f" {'other s':>8s} {'other MB':>9s}" if args.against else ""))
        for label, cmd, code in commands:
            if code is WEB:
                print("  web, this version:", flush=True)
            secs, mb, size = run(cmd, None, code)
            line = f"{label:32s} {secs:8.1f} {mb:8.0f}"
            if args.against:
                if code is WEB:
                    print("  web, the other:", flush=True)
                secs2, mb2, size2 = run(cmd, args.against, code)
                line += f" {secs2:8.1f} {mb2:9.0f}" + ("" if size2 == size else f"  (output: other {size2:,} bytes, this {size:,})")
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
