"""What the review scripts (review8/9/10/11_events.py) share: the reviewed articles written
as a user would give them (one JSON Lines export and the outlets' leanings as a CSV) and
analysed once by `manysides.analyze`, the code of `--src`."""

from __future__ import annotations

import csv
import json
import lzma
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path


def read_rows(path: Path, ids: Iterable[str]) -> dict[str, dict]:
    """The dataset's records (JSON Lines, plain or .xz) whose id is in `ids`, by id."""
    wanted = set(ids)
    opener = lzma.open if path.suffix == ".xz" else open
    rows = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = r
    return rows


def analyze_rows(rows: dict[str, dict], order: Iterable[str], src: Path, name: str,
                 fields: Iterable[str] = ("url",)) -> tuple[dict, float, Path]:
    """(the analysis as JSON, seconds, the code's folder) for the records of `order`, each
    written with its title, text, outlet, date and `fields`, with their outlets' leanings."""
    sys.path.insert(0, str(src))
    import manysides
    from manysides.pipeline import load_leanings

    with tempfile.TemporaryDirectory(prefix=f"manysides-{name}-") as tmp:
        work = Path(tmp)
        with (work / "corpus.jsonl").open("w", encoding="utf-8") as out:
            for i in order:
                r = rows[i]
                record = {"id": i, "title": r["title"], "text": r["text"], "outlet": r["outlet"],
                          "published": r.get("date")} | {f: r.get(f) for f in fields}
                out.write(json.dumps(record) + "\n")
        with (work / "leanings.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["outlet", "leaning"])
            for outlet, leaning in sorted({(r["outlet"], r["leaning"]) for r in rows.values()}):
                w.writerow([outlet, leaning])
        t0 = time.perf_counter()
        analysis = manysides.analyze([str(work / "corpus.jsonl")], db=work / "r.db",
                                     leanings=load_leanings(work / "leanings.csv"))
        data = analysis.to_json()
    return data, time.perf_counter() - t0, Path(manysides.__file__).parent.parent


def sentence_around(text: str, start: int, end: int, width: int) -> str:
    """The sentence (or line) of `text` around the span start..end, on one line, cut to `width`."""
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hi = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return " ".join(text[lo:hi + 1].split())[:width]
