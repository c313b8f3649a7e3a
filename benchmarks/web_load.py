"""Load test of `manysides serve`: concurrent readers while a large ingest runs.

1. Prepares a store from sample/articles plus `--prepare` real articles (AllSides corpus,
   ../shared/data/allsides/articles.jsonl.xz, taken in date order so stories form).
2. Starts the server (`manysides serve`, uvicorn, in a subprocess) on loopback.
3. Starts an ingest of the next `--ingest` articles as a concurrent `manysides analyze`
   process on the same store (SQLite WAL: readers go on while it writes).
4. Runs `--clients` concurrent clients (httpx, async) reading story pages, story JSON,
   the story list (plain, searched, filtered) and article pages until the ingest ends
   (or `--duration` seconds), then prints throughput, p50/p95/p99 latency and errors
   per kind of request.

   With `--client wrk` the load comes from wrk (Debian package `wrk`, written in C)
   instead: one wrk process per kind of request, the clients split by the same mix, for
   `--duration` seconds. A Python client takes most of a core on a 2-core machine; wrk
   takes little, so the figures say more about the server.

    .venv/bin/python benchmarks/web_load.py        # until the 1,000-article ingest ends
    .venv/bin/python benchmarks/web_load.py --prepare 40 --duration 600   # 10 minutes of it
    .venv/bin/python benchmarks/web_load.py --prepare 40 --duration 180 --client wrk

Exit status 0 when the target holds: no errors, story pages p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import lzma
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
CLI = [str(Path(sys.executable).with_name("manysides"))]  # the installed command, as a user runs it
SEARCH_WORDS = ["election", "court", "president", "tax", "police", "climate", "health", "fire", "vote", "border"]


def real_records(n_skip: int, n: int) -> list[dict]:
    """`n` AllSides articles after the first `n_skip`, in date order (so events cluster)."""
    with lzma.open(DATA, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if r.get("text") and r.get("date")]
    rows.sort(key=lambda r: (r["date"], r.get("id", "")))
    start = len(rows) // 2  # a window from the middle of the corpus
    return rows[start + n_skip : start + n_skip + n]


def write_jsonl(records: list[dict], path: Path) -> Path:
    keep = ("outlet", "leaning", "title", "date", "url", "authors", "text")
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in keep if r.get(k)}, ensure_ascii=False) + "\n")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used (Linux /proc), all its threads included."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def annotated_articles(db: Path) -> int:
    """Articles the ingest has taken through annotation (stored first, annotated after)."""
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM annotations").fetchone()[0]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


class Targets:
    """Story and article ids to read, refreshed from the API as the ingest changes them."""

    def __init__(self) -> None:
        self.stories: list[str] = []
        self.articles: list[str] = []
        self.outlets: list[str] = []

    async def refresh(self, client: httpx.AsyncClient) -> None:
        data = (await client.get("/api/stories", params={"limit": 500})).json()
        stories = data["stories"]
        self.stories = [s["id"] for s in stories]
        self.outlets = data["outlets"][:30]
        compared = [s["id"] for s in stories if len(s["outlets"]) >= 2][:40]
        articles = []
        for sid in compared[:15]:
            story = (await client.get(f"/api/stories/{sid}")).json()
            articles += [a["id"] for a in story["articles"]]
        self.articles = articles or self.articles


async def one_request(client: httpx.AsyncClient, kind: str, t: Targets) -> httpx.Response:
    if kind == "story page":
        return await client.get(f"/stories/{random.choice(t.stories)}", headers={"accept": "text/html"})
    if kind == "story json":
        return await client.get(f"/api/stories/{random.choice(t.stories)}")
    if kind == "list page":
        params = random.choice([{}, {"q": random.choice(SEARCH_WORDS)},
                                {"outlet": random.choice(t.outlets)} if t.outlets else {},
                                {"leaning": random.choice(["left", "center", "right"])}])
        return await client.get("/", params=params, headers={"accept": "text/html"})
    if kind == "list json":
        return await client.get("/api/stories", params={"q": random.choice(SEARCH_WORDS)})
    return await client.get(f"/articles/{random.choice(t.articles)}", headers={"accept": "text/html"})


MIX = ["story page"] * 4 + ["story json"] * 2 + ["list page"] * 2 + ["list json"] + ["article page"]


async def run_clients(base: str, n_clients: int, stop: asyncio.Event) -> dict[str, dict]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    gone: dict[str, int] = defaultdict(int)
    samples: list[str] = []
    limits = httpx.Limits(max_connections=n_clients, max_keepalive_connections=n_clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        targets = Targets()
        await targets.refresh(client)

        async def refresher() -> None:
            while not stop.is_set():
                await asyncio.sleep(15)
                try:
                    await targets.refresh(client)
                except httpx.HTTPError:
                    pass

        async def reader() -> None:
            while not stop.is_set():
                kind = random.choice(MIX)
                t0 = time.perf_counter()
                try:
                    r = await one_request(client, kind, targets)
                    elapsed = time.perf_counter() - t0
                    if r.status_code == 404:  # a story merged into another by the ingest
                        gone[kind] += 1
                    elif r.status_code != 200:
                        errors[kind] += 1
                        samples.append(f"{kind}: {r.status_code} {r.text[:160]}")
                    else:
                        latencies[kind].append(elapsed)
                except httpx.HTTPError as exc:
                    errors[kind] += 1
                    samples.append(f"{kind}: {type(exc).__name__} {exc}")

        start = time.perf_counter()
        refresh = asyncio.create_task(refresher())
        await asyncio.gather(*(reader() for _ in range(n_clients)))
        refresh.cancel()
        wall = time.perf_counter() - start
    for line in samples[:5]:
        print("error:", line, file=sys.stderr)
    return {k: {"n": len(latencies[k]), "errors": errors[k], "gone": gone[k], "lat": latencies[k], "wall": wall}
            for k in sorted(set(latencies) | set(errors) | set(gone))}


WRK_SCRIPT = """
paths = {%s}
accept = "%s"
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept"] = accept})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9/_?=&.-]*$")


def wrk_paths(base: str) -> dict[str, tuple[list[str], str]]:
    """Paths per kind of request (ids from the API; only plain characters pass)."""
    t = Targets()

    async def fetch() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            await t.refresh(client)

    asyncio.run(fetch())
    html, js = "text/html", "application/json"
    kinds = {
        "story page": ([f"/stories/{i}" for i in t.stories], html),
        "story json": ([f"/api/stories/{i}" for i in t.stories], js),
        "list page": (["/"] + [f"/?q={w}" for w in SEARCH_WORDS] + ["/?leaning=left", "/?leaning=right"], html),
        "list json": ([f"/api/stories?q={w}" for w in SEARCH_WORDS], js),
        "article page": ([f"/articles/{i}" for i in t.articles], html),
    }
    return {k: ([p for p in paths if _SAFE_PATH.match(p)], accept) for k, (paths, accept) in kinds.items()}


def run_wrk(base: str, n_clients: int, duration: float, tmp: Path) -> dict[str, dict]:
    """One wrk per kind of request, in parallel, clients split as in MIX."""
    procs = {}
    for kind, (paths, accept) in wrk_paths(base).items():
        share = max(1, round(n_clients * MIX.count(kind) / len(MIX)))
        script = tmp / f"wrk-{kind.replace(' ', '-')}.lua"
        script.write_text(WRK_SCRIPT % (", ".join(json.dumps(p) for p in paths), accept))
        procs[kind] = subprocess.Popen(
            ["wrk", "-t1", f"-c{share}", f"-d{int(duration)}s", "--timeout", "10s", "-s", str(script), base],
            stdout=subprocess.PIPE, text=True)
    out = {}
    for kind, proc in procs.items():
        text, _ = proc.communicate()
        m = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", text)
        if not m:
            raise SystemExit(f"wrk printed no result for {kind}: {text[-300:]}")
        n, dur_us, p50, p95, p99, sock, status = map(int, m.groups())
        out[kind] = {"n": n, "wall": dur_us / 1e6, "p": (p50 / 1000, p95 / 1000, p99 / 1000),
                     "errors": sock, "gone": status}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prepare", type=int, default=200, help="real articles in the store before the run")
    ap.add_argument("--ingest", type=int, default=1000, help="real articles ingested during the run")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=None, help="seconds of load (default: until the ingest ends)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--client", choices=["httpx", "wrk"], default="httpx",
                    help="the load generator: Python httpx (default) or wrk (needs --duration)")
    args = ap.parse_args()
    if args.client == "wrk" and (not args.duration or not shutil.which("wrk")):
        print("--client wrk needs --duration and the wrk command (apt-get install wrk)", file=sys.stderr)
        return 2
    if not DATA.exists():
        print(f"{DATA}: not found; this benchmark needs the AllSides corpus", file=sys.stderr)
        return 2

    tmp = Path(tempfile.mkdtemp(prefix="manysides-load-"))
    db = tmp / "load.db"
    records = real_records(0, args.prepare + args.ingest)
    prep = write_jsonl(records[: args.prepare], tmp / "prepare.jsonl")
    more = write_jsonl(records[args.prepare :], tmp / "ingest.jsonl")
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false"}
    t0 = time.perf_counter()
    inputs = [str(ROOT / "sample" / "articles")] + ([str(prep)] if args.prepare else [])
    subprocess.run(CLI + ["analyze", *inputs, "--db", str(db),
                          "--leanings", str(ROOT / "sample" / "leanings.csv"), "-q"], check=False, env=env)
    print(f"prepared {db} with sample/articles + {args.prepare} articles in {time.perf_counter() - t0:.0f} s")

    port = free_port()
    server = subprocess.Popen(CLI + ["serve", "--db", str(db), "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    ingest = None
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/stories?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        ingest = subprocess.Popen(CLI + ["analyze", str(more), "--db", str(db), "-q"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ingest_start = time.perf_counter()
        articles_before = annotated_articles(db)
        client_cpu = sum(os.times()[:2])
        server_cpu = cpu_seconds(server.pid)

        async def drive() -> dict:
            stop = asyncio.Event()

            async def stopper() -> None:
                while True:
                    await asyncio.sleep(0.5)
                    elapsed = time.perf_counter() - ingest_start
                    if (args.duration and elapsed >= args.duration) or (not args.duration and ingest.poll() is not None):
                        stop.set()
                        return

            task = asyncio.create_task(stopper())
            result = await run_clients(base, args.clients, stop)
            await task
            return result

        results = run_wrk(base, args.clients, args.duration, tmp) if args.client == "wrk" else asyncio.run(drive())
        ingest_state = "finished" if ingest.poll() is not None else "still running (stopped by --duration)"
        ingest_time = time.perf_counter() - ingest_start
        server_cpu = cpu_seconds(server.pid) - server_cpu
        ingested = annotated_articles(db) - articles_before
        client_cpu = sum(os.times()[:2]) - client_cpu
        if ingest.poll() is not None and ingest.returncode not in (0, 1):
            print(f"ingest failed ({ingest.returncode}): {ingest.stderr.read().decode()[-500:]}", file=sys.stderr)
    finally:
        if ingest is not None and ingest.poll() is None:
            ingest.terminate()
            ingest.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n{args.clients} clients for {ingest_time:.0f} s while ingesting {args.ingest} articles ({ingest_state}); "
          f"store started with sample/articles + {args.prepare}")
    print(f"annotated meanwhile: {ingested} of {args.ingest} articles; CPU used: server {server_cpu:.0f} s "
          f"({100 * server_cpu / ingest_time:.0f}% of one core), load client {client_cpu:.0f} s "
          f"({100 * client_cpu / ingest_time:.0f}%); load average now {os.getloadavg()[0]:.1f}")
    print(f"{'kind':<14}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>7}{'404':>6}")
    total_errors = 0
    if args.client == "wrk":
        print("(wrk: the '404' column counts every non-2xx answer, which wrk cannot tell apart, "
              "and they count as errors for the target; client CPU above is this script's, not wrk's)")
    for kind, r in results.items():
        if "p" in r:
            p50, p95, p99 = r["p"]
        else:
            lat = [x * 1000 for x in r["lat"]]
            p50, p95, p99 = percentile(lat, 50), percentile(lat, 95), percentile(lat, 99)
        total_errors += r["errors"] + (r["gone"] if "p" in r else 0)
        print(f"{kind:<14}{r['n']:>9}{r['n'] / r['wall']:>8.1f}{p50:>8.0f}{p95:>8.0f}"
              f"{p99:>8.0f}{r['errors']:>7}{r['gone']:>6}")
    story = results.get("story page", {})
    story_p95 = story["p"][1] if "p" in story else percentile([x * 1000 for x in story.get("lat", [])], 95)
    ok = total_errors == 0 and story_p95 < 300
    print(f"\ntarget (no errors, story page p95 < 300 ms): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
