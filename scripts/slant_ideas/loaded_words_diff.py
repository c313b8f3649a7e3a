"""Which loaded-wording spans one checkout lists and another does not, over AllSides articles (text alone).

    nice -n 10 .venv/bin/python scripts/slant_ideas/loaded_words_diff.py --old /work/main/src [--n 4000] [--show 200]

Runs `slant_loaded.loaded_words(text, max_spans=0)` (no parse, no quote stage: the rules read off the text alone) on
the first `--n` articles of ../shared/data/allsides/articles.jsonl.xz with the code of `--old` and of this checkout
(each in its own process), and prints each span listed by one and not the other with its context, then the counts.
A span "added" is mostly a word's next use, shown once the first one is ruled out (each word is listed once).
"""

from __future__ import annotations

import argparse
import json
import lzma
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
HERE_SRC = Path(__file__).resolve().parents[2] / "src"

_DUMP = """
import json, lzma, sys
from manysides.nlp import slant_loaded as L
out = {}
with lzma.open(sys.argv[1], "rt", encoding="utf-8") as fh:
    for i, line in enumerate(fh):
        if i >= int(sys.argv[2]):
            break
        r = json.loads(line)
        out[r["id"]] = [(e.start, e.end, e.text) for e in L.loaded_words(r["text"], max_spans=0)]
json.dump(out, open(sys.argv[3], "w"))
"""


def dump(src: Path, data: Path, n: int, out: Path) -> dict:
    subprocess.run([sys.executable, "-c", _DUMP, str(data), str(n), str(out)], check=True,
                   env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    return json.loads(out.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, required=True, help="the other checkout's src/")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--show", type=int, default=200)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = dump(a.old, a.data, a.n, Path(tmp) / "old.json")
        new = dump(HERE_SRC, a.data, a.n, Path(tmp) / "new.json")
    texts = {}
    with lzma.open(a.data, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= a.n:
                break
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    gone = added = shown = 0
    for k, spans in old.items():
        o, nw = set(map(tuple, spans)), set(map(tuple, new.get(k, [])))
        for what, diff in (("gone ", o - nw), ("added", nw - o)):
            for s, e, w in sorted(diff):
                gone += what == "gone "
                added += what == "added"
                if shown < a.show:
                    shown += 1
                    print(what, w, "|", texts[k][max(0, s - 110) : e + 60].replace("\n", " / "))
    print(f"{a.n} articles: {sum(map(len, old.values()))} spans before, {sum(map(len, new.values()))} after; "
          f"{gone} gone, {added} added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
