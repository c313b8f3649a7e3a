"""The removals one cleaner makes that another does not, on the AllSides articles a new rule could touch.

    .venv/bin/python scripts/clean_rule_removals.py --dump /tmp/new.json                    # this checkout
    .venv/bin/python scripts/clean_rule_removals.py --src /work/main/src --dump /tmp/old.json
    .venv/bin/python scripts/clean_rule_removals.py --compare /tmp/old.json /tmp/new.json --show 40

Cleans, as `analyze` does a JSON record (title, outlet, authors), every article of
/work/shared/data/allsides/articles.jsonl.xz that holds one of `--grep`'s patterns or a name of its byline (review 20's
rules: the New York Times' "Credit...", a graphic's "Source:", a link under a quoted label, a note on the author),
and writes each article's removals. `--compare OLD NEW` counts the removals NEW makes and OLD does not (and the
reverse) by rule, lists the articles of review scripts (`benchmarks/review*_events.py`) that changed, and prints
`--show` of them at random (seeded). A faster, narrower `benchmarks/clean_furniture.py --against` for whole-corpus
rules that leave a mark in the text.
"""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout
GREP = r"Credit\.\.\.|Source:|['’\"”]:[A-Z'‘\"“]"


def _names(authors: str | None) -> list[str]:
    return [a.strip() for a in re.split(r",|\band\b", authors or "") if len(a.split()) >= 2]


def dump(src: str, data: Path, grep: str, out: Path) -> None:
    sys.path.insert(0, src)
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.records import Document

    pattern = re.compile(grep)
    res: dict[str, list[str] | None] = {}
    with lzma.open(data, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not (pattern.search(r["text"]) or any(n in r["text"] for n in _names(r.get("authors")))):
                continue
            authors = tuple(a.strip() for a in (r.get("authors") or "").split(",") if a.strip())
            try:
                art = clean_document(Document(source=r["id"], text=r["text"], kind="text", title=r["title"],
                                              outlet=r["outlet"], authors=authors))
                res[r["id"]] = list(art.removed)
            except InputError:
                res[r["id"]] = None
    out.write_text(json.dumps(res), encoding="utf-8")
    print(f"{len(res)} articles cleaned by {src}")


def compare(old: Path, new: Path, show: int) -> None:
    a, b = json.loads(old.read_text(encoding="utf-8")), json.loads(new.read_text(encoding="utf-8"))
    reviewed = set(re.findall(r'"([A-Za-z0-9]{16})"', " ".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "benchmarks").glob("review*.py"))))
    added, dropped, changed = collections.Counter(), collections.Counter(), []
    shown = []
    for aid in sorted(b):
        now, before = b[aid] or [], a.get(aid) or []
        extra, gone = [x for x in now if x not in before], [x for x in before if x not in now]
        added.update(x.split(":")[0] for x in extra)
        dropped.update(x.split(":")[0] for x in gone)
        shown += [(aid, x) for x in extra]
        if (extra or gone) and aid in reviewed:
            changed.append(aid)
    print(f"{len(b)} articles; removals made now, not before: {dict(added.most_common())}")
    print(f"made before, not now: {dict(dropped.most_common())}")
    print(f"articles of review scripts changed: {changed or 'none'}")
    for aid, x in random.Random(7).sample(shown, min(show, len(shown))):
        print(f"  {aid}  {x[:150]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose cleaner to run")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--grep", default=GREP, help="clean only articles whose text matches (or names its byline)")
    ap.add_argument("--dump", type=Path, help="write each article's removals (JSON) here")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare, args.show)
    elif args.dump:
        dump(args.src, args.data, args.grep, args.dump)
    else:
        ap.error("give --dump FILE or --compare OLD NEW")


if __name__ == "__main__":
    main()
