"""How many of a transcript's turns become quotes of their speakers, before and after a change.

    .venv/bin/python benchmarks/transcript_turns.py --src OLD/src --src NEW/src [--n 80] [--seed 38] [--show 60]

A broadcast transcript writes each turn as a paragraph opening with its speaker's label in
capitals and a colon ("SEN. JANE ROE: ..."; docs/quotes.md, `nlp.turns`). This takes the AllSides
articles of ../shared/data/allsides/articles.jsonl.xz whose text holds two label texts or more
at least twice each (a dialogue), shuffles them (seed), cleans and annotates the first `--n` with
the code of each `--src` (a subprocess each), and prints per version: the turns (labels that the
newest version's `transcript_labels` finds), how many of their paragraphs' words stand in a
direct quote with a speaker, how many turns' words are given to the label's person (the show's
host and reporters aside: their turns are the outlet's narration); for the last version also how
many labels name a person and how many of those resolve to a full name the article uses
elsewhere. Then the quotes whose speaker changed between the first and the last version, with
their label, a sample of `--show` to read by hand.
Session 38 (main at d2066a0 against ANNOTATOR_VERSION 96, the defaults): 77 of 80 articles hold labels (1,969);
1,547 name a person, 1,100 of them resolved to a full name the article uses elsewhere ("MAJORITY LEADER MITCH
McCONNELL" -> "Mitch McConnell", "INSKEEP" -> "Steve Inskeep", "HH" -> "Hugh Hewitt"); 619 are the show's own
people (Amy Goodman 441, NPR's reporters by their BYLINE); turn words in a direct quote with a speaker 0.029 -> 0.589;
turns of the other named people given to them 0 -> 918 of 928. All 80 sampled changed quotes read by hand: each the
labelled speaker's words under the article's name for them. Misses, not misattributions: lone surnames the article
never writes in full nor as a name inside a sentence ("DEVOS", "STAHL", "INSKEEP" where NPR names no host); a few
guests never introduced by surname (Bill Barr, Vijay Prashad) taken for the show's own, their turns left narration.
About 4 minutes (two versions, 80 articles).
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
_WORD = r"(?:[A-Z][a-z]{1,2})?[A-Z][A-Z.'’-]+"
LEAD = re.compile(rf"^[ \t]*({_WORD}(?: {_WORD}){{0,5}}(?:, [A-Z][A-Z ]+)?):(?=\s)", re.M)


def sample(n: int, seed: int) -> list[dict]:
    """The dataset's articles holding a dialogue of capitals labels, shuffled, the first `n`."""
    rows = []
    with lzma.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            labels = Counter(m.group(1).split(",")[0] for m in LEAD.finditer(r.get("text") or ""))
            if sum(k >= 2 for k in labels.values()) >= 2:
                rows.append(r)
    random.Random(seed).shuffle(rows)
    return rows[:n]


def dump(src: str, n: int, seed: int) -> None:
    """Print one JSON line per article: its clean text, quotes and (when the code has them) labels."""
    sys.path.insert(0, src)
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy
    from manysides.records import Document

    try:
        from manysides.nlp import turns
    except ImportError:
        turns = None
    nlp = load_spacy()
    for r in sample(n, seed):
        try:
            art = clean_document(Document(source=r["id"], text=r["text"], kind="text", title=r.get("title"),
                                          outlet=r.get("outlet"), published=r.get("date")))
        except InputError:
            continue
        ann = annotate_doc(art.id, nlp(art.text))
        out = {"id": r["id"], "outlet": r.get("outlet"), "text": art.text,
               "quotes": [[q.start, q.end, q.speaker, q.direct] for q in ann.quotes]}
        if turns is not None:
            labels = turns.label_speakers(art.text, ann.entities)
            out["labels"] = [list(x) for x in labels]
            out["hosts"] = sorted(turns._outlets_own(art.text, labels)) if labels else []
            out["named"] = sorted({e.name for e in ann.entities if e.type == "PERSON" and " " in e.name
                                   and not any(a <= e.start < b for a, b, _ in labels)})
        print(json.dumps(out), flush=True)


def _turn_ranges(text: str, labels: list) -> list[tuple[int, int, str | None, str]]:
    """(start, end, speaker, label) of each label's own paragraph's words."""
    out = []
    for a, b, who in labels:
        end = text.find("\n", b)
        out.append((b, len(text) if end < 0 else end, who, text[a:b]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", action="append", help="a manysides source folder (give two: before, after)")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=38)
    ap.add_argument("--show", type=int, default=60, help="how many changed quotes to print")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.n, args.seed)
        return 0
    srcs = args.src or [str(ROOT / "src")]
    runs = []
    for src in srcs:
        proc = subprocess.run([sys.executable, __file__, "--dump", src, "--n", str(args.n), "--seed", str(args.seed)],
                              capture_output=True, text=True, check=True)
        runs.append({d["id"]: d for d in map(json.loads, proc.stdout.splitlines())})
    last = runs[-1]
    labelled = {k: d for k, d in last.items() if d.get("labels")}
    print(f"{len(last)} articles cleaned, {len(labelled)} with a transcript's labels "
          f"({sum(len(d['labels']) for d in labelled.values())} labels)")
    persons = [(d["text"][a:b], who, who in d["named"]) for d in labelled.values() for a, b, who in d["labels"]]
    print(f"labels naming a person: {sum(w is not None for _, w, _ in persons)} of {len(persons)}; "
          f"resolved to a full name the article uses elsewhere: {sum(bool(n) for _, w, n in persons if w)}")
    print("labels read as a name the article uses nowhere else:",
          sorted(Counter(f"{t.split(',')[0].rstrip(':')} -> {w}" for t, w, n in persons if w and not n).items(),
                 key=lambda x: -x[1])[:60])
    hosts = [(t, w) for d in labelled.values() for a, b, w in d["labels"] if w in d.get("hosts", ())
             for t in [d["text"][a:b]]]
    print(f"labels of the show's own host or reporters (their turns the outlet's narration): {len(hosts)}:",
          sorted(Counter(w for _, w in hosts).items(), key=lambda x: -x[1])[:30])
    print("labels naming no one:", sorted(Counter(t.split(',')[0].rstrip(':') for t, w, _ in persons
                                                  if w is None).items(), key=lambda x: -x[1])[:40])
    for src, run in zip(srcs, runs):
        covered = total = turns_spoken = turns_person = 0
        for k, d in labelled.items():
            quotes = run.get(k, {}).get("quotes", [])
            for lo, hi, who, _ in _turn_ranges(d["text"], d["labels"]):
                total += hi - lo
                inside = [q for q in quotes if q[3] and q[2] and q[0] < hi and lo < q[1]]
                covered += sum(min(hi, q[1]) - max(lo, q[0]) for q in inside)
                if who and who not in d.get("hosts", ()):
                    turns_person += 1
                    turns_spoken += any(q[2] == who for q in inside)
        print(f"{src}: turn words in a direct quote with a speaker {covered / max(total, 1):.3f}; "
              f"turns of a named person, not the show's own, given to that person {turns_spoken} of {turns_person}")
    changed = []
    first = runs[0]
    for k, d in labelled.items():
        old = {(q[0], q[1]): q[2] for q in first.get(k, {}).get("quotes", [])}
        ranges = _turn_ranges(d["text"], d["labels"])
        for lo, hi, who, direct in last[k]["quotes"]:
            before = old.get((lo, hi), "(no quote)")
            if before == who:
                continue
            label = next((r[3] for r in reversed(ranges) if r[0] <= lo), "")
            changed.append((k, d["outlet"], label, before, who, d["text"][lo:hi]))
    print(f"\n{len(changed)} quotes new or with another speaker; a sample of {min(args.show, len(changed))}:")
    shown = random.Random(args.seed).sample(changed, min(args.show, len(changed)))
    for k, outlet, label, before, who, words in shown:
        print(f"  {k} {outlet} [{label}] {before!r} -> {who!r}: {words[:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
