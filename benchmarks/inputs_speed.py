"""How fast feeds and web archives are read, and read and cleaned, on real article texts.

    nice -n 10 .venv/bin/python benchmarks/inputs_speed.py
    nice -n 10 .venv/bin/python benchmarks/inputs_speed.py --copies 5

The 994 same_event articles (full BASIL articles and roundup leads, ../shared/data) are
written `--copies` times over (default 2), each copy as an HTML page (title, site name,
date, a paragraph per line) into a gzipped WARC (with a request record and an image
capture beside each page, as a crawl has them), and as an RSS 2.0 feed whose entries
carry the article in `content:encoded`. Then, for each file, it prints the seconds and
articles per second of `read_inputs` alone (warcio or feedparser) and of `read_inputs`
followed by `clean_document` (trafilatura extracts each archived page; feed HTML is read
out), and the file's size. Cleaning is what the pipeline runs after reading; both come
before the models' annotation, which costs far more per article (benchmarks/pipeline_speed.py).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"


def page(row: dict) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in (row.get("text") or "").split("\n") if p.strip())
    return (f"<html><head><title>{html.escape(row.get('title') or '')}</title>"
            f"<meta property='og:site_name' content='{html.escape(row.get('outlet') or '')}'>"
            f"<meta name='date' content='{row.get('date') or ''}'></head><body><article>"
            f"<h1>{html.escape(row.get('title') or '')}</h1>{paras}</article></body></html>")


def write_warc(rows: list[dict], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, row in enumerate(rows):
            url = f"https://news{i % 50}.example.com/a/{i}"
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(page(row).encode()),
                                                http_headers=headers))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG" + b"0" * 2000),
                                                http_headers=headers))


def write_rss(rows: list[dict], path: Path) -> None:
    items = []
    for i, row in enumerate(rows):
        body = "".join(f"<p>{html.escape(p)}</p>" for p in (row.get("text") or "").split("\n") if p.strip())
        items.append(f"<item><title>{html.escape(row.get('title') or '')}</title>"
                     f"<link>https://news.example.com/a/{i}</link><pubDate>{row.get('date') or ''}</pubDate>"
                     f"<source url='https://x.example.com'>{html.escape(row.get('outlet') or '')}</source>"
                     f"<description>{html.escape(body[:200])}</description>"
                     f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    path.write_text("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
                    "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Bench</title>"
                    + "".join(items) + "</channel></rss>", encoding="utf-8")


def timed(path: Path, clean: bool) -> tuple[float, int, int]:
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.ingest.readers import read_inputs

    t0 = time.perf_counter()
    ok = bad = 0
    for doc in read_inputs([str(path)]):
        if isinstance(doc, InputError):
            bad += 1
            continue
        if clean:
            try:
                clean_document(doc)
            except InputError:
                bad += 1
                continue
        ok += 1
    return time.perf_counter() - t0, ok, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=2, help="how many times the 994 articles are written")
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print("skipped: ../shared/data not found")
        return 0
    rows = [json.loads(line) for line in SAME_EVENT.open(encoding="utf-8") if line.strip()] * args.copies
    words = sum(len((r.get("text") or "").split()) for r in rows)
    print(f"{len(rows)} articles, {words / len(rows):.0f} words each on average")
    print(f"{'input':16s} {'MB':>6s} {'step':>15s} {'s':>7s} {'articles/s':>11s} {'read':>6s} {'failed':>6s}")
    with tempfile.TemporaryDirectory() as tmp:
        files = [Path(tmp) / "crawl.warc.gz", Path(tmp) / "feed.rss"]
        write_warc(rows, files[0])
        write_rss(rows, files[1])
        for path in files:
            for clean in (False, True):
                secs, ok, bad = timed(path, clean)
                step = "read + clean" if clean else "read"
                print(f"{path.name:16s} {path.stat().st_size / 1e6:6.1f} {step:>15s} {secs:7.1f} {ok / secs:11.0f} "
                      f"{ok:6d} {bad:6d}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
