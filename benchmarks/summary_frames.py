"""Opening sentences of real articles that the summary reads as framing the event (`compare.summary._frames`).

    nice -n 10 .venv/bin/python benchmarks/summary_frames.py                  # this checkout
    nice -n 10 .venv/bin/python benchmarks/summary_frames.py --src /old/src   # another version, to compare

Reads every AllSides article (../shared/data/allsides/articles.jsonl.xz), splits the first --first sentences of each
text at a stop, "?" or "!" followed by a space and a capital or a quotation mark, and prints how many sentences there
were, how many match `_FRAMED` (a lead that frames the event as a kind of story: "X is not just the usual story of
...", "For Trump, the vote is a sign that ...") or, since session 47, `_FRAMED_OTHER` (an appraisal in other words:
"... are nothing new to ...", "... spoke volumes about ...", "It should come as no surprise that ..."), and each
match, for a person to judge whether it is a frame (the writer's reading of the event) or a plain report. A frame in a
summary's lead gives way to a wording that tells the event (docs/comparison.md, "Neutral summary").

Session 46 (the lead, at its end): 94,595 opening sentences, 30 read as framing the event (docs/comparison.md, "Neutral
summary", says how many of them are frames). Session 47 (helper A, `_FRAMED_OTHER`): 53, the 23 new ones read by
hand: 19 the writer's appraisal ("Such reports of witchcraft being used against the President are nothing new.", "The
dueling visits spoke volumes about ..."), 4 a report wrapped in one ("It was no surprise that Bill Clinton responded
to Karl Rove's attack ...").
~1 min (most of it reading the corpus).
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z\"“])")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose summary rules to run")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--first", type=int, default=3, help="opening sentences read per article")
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.compare import summary
    if not hasattr(summary, "_FRAMED"):
        print(f"{args.src}: no frame rule in this version (before session 46)")
        return
    frames = getattr(summary, "_frames", summary._FRAMED.match)

    sentences = 0
    found: list[tuple[str, str]] = []
    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = " ".join((row.get("text") or "").split())
            for s in _SENTENCE_END.split(text)[: args.first]:
                sentences += 1
                if frames(s):
                    found.append((row["id"], s))
    print(f"{sentences:,} opening sentences ({args.first} per article), {len(found)} read as framing the event "
          f"({args.src})")
    for art, s in found:
        print(f"  {art}: {s[:200]}")


if __name__ == "__main__":
    main()
