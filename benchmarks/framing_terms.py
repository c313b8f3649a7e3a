"""Framing terms judged: how many of the words "each outlet uses more than the others" say something.

    nice -n 10 .venv/bin/python benchmarks/framing_terms.py                  # this checkout
    nice -n 10 .venv/bin/python benchmarks/framing_terms.py --src /old/src   # another version
    nice -n 10 .venv/bin/python benchmarks/framing_terms.py --unlabelled     # list terms to label, in context

Runs `manysides.analyze` once on a fixed set of same_event stories
(../shared/data/same_event/articles.jsonl): the first 12 BASIL events (Fox News, New York
Times, HuffPost full articles) and the first 12 AllSides roundup events (left, center and
right outlet's lead), each list of events sorted by the SHA-1 of its gold `event` id, three
articles to an event. Every framing term of the stories is looked up, by (event, outlet,
term), in benchmarks/data/framing_labels.jsonl. Events alternate between two halves in
that order: "tune" (ranks 0, 2, 4, ...), on which the rules of compare/framing.py were
chosen, and "report" (ranks 1, 3, 5, ...), read only to report. Per half it prints the terms
per outlet, the precision (terms labelled framing / terms labelled), the framing terms
kept, against all the framing-labelled terms of the half (the labels hold the terms of the
code before and after the change of docs/comparison.md, so this is a recall proxy: the
union of both versions' good terms), and the time compare/framing.py took on the stories.

Guideline the labels follow (each term was read in its sentences):

* framing: the word choice says something about how the outlet tells the story: an
  evaluative or charged word ("daring", "punishing", "bigoted", "tirade"), a label chosen for
  an actor, an act or an event ("pot" against "marijuana", "tax hikes", "fake news"), or an
  angle or topic the outlet stresses that the others leave out ("security detail" after a
  shooting, "changed climate" in flood coverage, "allegedly", "cellphone video").
* noise: a generic word that any account would use ("new", "comes", "set", "members",
  "number", "officials"); a fragment across a phrase boundary ("away cars" of "swept away
  cars", "ida killed", "insurance rose"); a fragment of a name or a whole name of an
  organisation, an office or a title ("attorney office" of "U.S. Attorney's Office", "white
  house", "majority leader"); the unit of a number ("month prison" of "270-month prison");
  a sourcing or reporting word ("statement", "press release", "data showed", "noted");
  a word in another sense than the framing one ("left" the verb).

A term labelled neither way is counted as unlabelled and left out of the precision;
`--unlabelled` prints such terms with a context to judge. About 2 minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "framing_labels.jsonl"
PER_CORPUS = 12


def events(rows: list[dict]) -> dict[str, str]:
    """Chosen gold event id -> its half ("tune" or "report")."""
    by: dict[str, int] = defaultdict(int)
    for r in rows:
        by[r["event"]] += 1
    out = {}
    for basil in (True, False):
        evs = sorted((e for e, n in by.items() if e.startswith("basil") == basil and n == 3),
                     key=lambda e: hashlib.sha1(e.encode()).hexdigest())[:PER_CORPUS]
        out.update({e: ("tune" if i % 2 == 0 else "report") for i, e in enumerate(evs)})
    return out


def context(text: str, term: str, width: int = 80) -> str:
    """The first place `term` stands in `text`, with `width` characters either side."""
    pat = r"(?<![A-Za-z])" + r"[^A-Za-z0-9]+".join(re.escape(w) for w in term.split()) + r"(?![A-Za-z])"
    m = re.search(pat, text, re.I)
    return " ".join(text[max(0, m.start() - width):m.end() + width].split()) if m else "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    ap.add_argument("--unlabelled", action="store_true", help="list the terms the labels lack, in context")
    ap.add_argument("--terms", action="store_true", help="list every term with its label")
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} is missing")
        return 0
    sys.path.insert(0, str(args.src))
    import manysides.compare.report as report
    from manysides.pipeline import analyze

    rows = [json.loads(line) for line in SAME_EVENT.open(encoding="utf-8") if line.strip()]
    half = events(rows)
    chosen = {r["id"]: r for r in rows if r["event"] in half}
    labels = {}
    if LABELS.exists():
        for line in LABELS.open(encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                labels[(d["event"], d["outlet"], d["term"])] = d["label"]

    spent = [0.0]
    framing_terms = report.framing_terms

    def timed(*a, **k):
        t0 = time.perf_counter()
        try:
            return framing_terms(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0

    report.framing_terms = timed
    with tempfile.TemporaryDirectory(prefix="manysides-framing-") as tmp:
        corpus = Path(tmp) / "events.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for i, r in chosen.items():
                out.write(json.dumps({"id": i, "title": r.get("title"), "text": r["text"], "outlet": r.get("outlet"),
                                      "published": r.get("date")}, ensure_ascii=False) + "\n")
        started = time.perf_counter()
        data = analyze([str(corpus)], db=Path(tmp) / "events.db").to_json()
        seconds = time.perf_counter() - started
    report.framing_terms = framing_terms
    print(f"code: {args.src}\n{len(chosen)} articles of {len(half)} events, {len(data['stories'])} stories, "
          f"analysed in {seconds:.0f} s; compare/framing.py: {spent[0] * 1000:.0f} ms")

    arts = {a["id"]: a for a in data["articles"]}
    got = []  # (half, event, outlet, term, score, article)
    for s in data["stories"]:
        for aid, terms in (s.get("framing") or {}).items():
            a = arts[aid]
            ev = chosen[a["external_id"]]["event"]
            got += [(half[ev], ev, a["outlet"], t["term"], t["score"], a) for t in terms]
    for name in ("tune", "report"):
        mine = [g for g in got if g[0] == name]
        outlets = {(g[1], g[2]) for g in mine}
        judged = [labels[g[1:4]] for g in mine if g[1:4] in labels]
        good = judged.count("framing")
        union = sum(1 for (ev, _o, _t), lab in labels.items() if half.get(ev) == name and lab == "framing")
        print(f"\n{name} half: {len(mine)} terms, {len(mine) / max(len(outlets), 1):.1f} per outlet "
              f"({len(outlets)} outlets); labelled {len(judged)} (unlabelled {len(mine) - len(judged)})")
        print(f"  precision: {good} framing of {len(judged)} labelled = {good / max(len(judged), 1):.2f}")
        print(f"  framing terms kept: {good} of {union} framing-labelled terms of the half "
              f"= {good / max(union, 1):.2f}")
    if args.terms or args.unlabelled:
        print()
        for h, ev, outlet, term, score, a in got:
            lab = labels.get((ev, outlet, term))
            if args.terms or lab is None:
                text = f"{a.get('title') or ''} || {a['text']}"
                print(f"{h}\t{ev}\t{outlet}\t{term}\t{score:.2f}\t{lab or '?'}\t{context(text, term)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
