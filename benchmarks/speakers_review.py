"""Speakers of the quotes reviews 8 to 13 found wrong, and of some they found right.

    .venv/bin/python benchmarks/speakers_review.py [--src OTHER/src] [--data allsides.jsonl.xz]

A fact-checker's reading of 45 AllSides articles (review 8, 2026-12-01) listed direct
quotes credited to the wrong person; review 9 (2026-12-02) read six events of
../shared/data/same_event; review 10 six more AllSides events (a widow's words given to her
dead husband, a subheading and a news agency as speakers, survey figures as voices); review 11
six more (a he/she or a role noun given to a person of the other sex or side, reports and
airports as speakers); review 12 six more (garbled names: "House Nancy Pelosi", "Conditt, Manley";
a he/she past an unattached subject or a passive's agent; left-overs: a pledge quoted in narration, a joined
clause's subject, "several"); review 13 six more (names the NER typed a body or a people, a he/she after an
unnamed person, "who" after joined names, words a tweet cites, "as X puts it"); reviews 14 and 15 eight
more ("the company" of its own sentence, a denied cue, a person's ruling, a transcript speaker talked about, an
unnamed accuser, a party-and-state tag, "the South Carolina Republican", a tag inside marks left open).
`benchmarks/data/speaker_labels.jsonl` holds those cases and a few the reviewers found right,
each as an article id (AllSides, or same_event where the label says `"corpus": "same_event"`),
words of the quote (direct, or reported where none is), and the words one of which the right
speaker's name holds (`speaker`; `all`: every one of them; `null`: no speaker is right), words
it must not hold (`not`) and the kind it must have (`kind`); `exact`: the words are the whole
quote (a short quote that a longer one holds too). Each article is cleaned as `analyze` cleans
a JSON record and annotated (no slant); the quote that holds the words is scored. Labels with
`added` (the review left-overs a later session took up) are counted apart too. The cases are the ones the
speaker rules of ANNOTATOR_VERSION 12, 14, 16-17, 18, 19, 20, 23, 25, 29 and 37 were written from: this measures that they
hold, not how well speakers are found elsewhere (PolNeAR is that:
benchmarks/quotes_polnear.py).

~30 s (reading the corpus and loading spaCy).
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
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "speaker_labels.jsonl"


def _has_word(name: str, words: list[str]) -> bool:
    found = set(re.findall(r"\w+", name.lower()))
    return any(w.lower() in found for w in words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src folder whose annotator to run")
    ap.add_argument("--data", default=str(DATA))
    args = ap.parse_args()
    sys.path.insert(0, args.src)
    from manysides.ingest.clean import clean_document
    from manysides.nlp.annotate import annotate
    from manysides.records import Document

    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {lab["id"] for lab in labels}
    rows = {}
    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = r
    with SAME_EVENT.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = r
    quotes = {}
    for aid in sorted(wanted):
        r = rows[aid]
        art = clean_document(Document(source=aid, text=r["text"], kind="text",
                                      title=r.get("title") or None, outlet=r.get("outlet")))
        quotes[aid] = sorted(annotate(art, slant=False).quotes, key=lambda q: not q.direct)  # direct first
    right = 0
    tally: dict[str, list[int]] = {}  # labels added later ("added") are counted apart too
    for lab in labels:
        found = [q for q in quotes[lab["id"]] if (lab["quote"] == " ".join(q.text.split()).rstrip(".,")
                                                 if lab.get("exact") else lab["quote"] in " ".join(q.text.split()))]
        speaker = found[0].speaker if found else None
        if lab["speaker"] is None:  # no one is the right answer
            ok = bool(found) and speaker is None
        else:
            ok = (bool(speaker) and _has_word(speaker, lab["speaker"]) and not _has_word(speaker, lab.get("not", []))
                  and all(_has_word(speaker, [w]) for w in lab.get("all", []))
                  and lab.get("kind", found[0].speaker_kind) == found[0].speaker_kind)
        right += ok
        tally.setdefault(lab.get("added", "earlier labels"), [0, 0])[0 if ok else 1] += 1
        shown = "no such quote" if not found else repr(speaker)
        print(f"  {'right' if ok else 'WRONG'}  {lab['quote'][:44]!r:48} {shown:34}  ({lab['why']})")
    print(f"\n{right} of {len(labels)} speakers right ({args.src})")
    for batch, (good, bad) in tally.items():
        print(f"  {batch}: {good} of {good + bad}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _seeded import fixed_hash_seed

    fixed_hash_seed()  # the same figures on every run
    main()
