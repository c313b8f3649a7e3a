"""Disputed numbers on real coverage: what `disputed_numbers` flags in BASIL events.

    nice -n 10 .venv/bin/python benchmarks/disputes_basil.py              # 24 events
    nice -n 10 .venv/bin/python benchmarks/disputes_basil.py --events 48

Takes the first N BASIL events with all three articles in ../shared/data/same_event/articles.jsonl (events sorted
by id; three full articles each: Fox News, New York Times, HuffPost), annotates them with
the project's pipeline (spaCy, claims, MiniLM sentence vectors) and prints every dispute
flagged, with each claim's subject and sentence, so a person can judge it. As controls,
N "stories" made of three articles from three different events (event k, k+1, k+2): a
dispute there is certainly false. There is no gold set of disputed figures, so precision
is judged by reading; docs/comparison.md has the judged figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=24)
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found")
        return 0
    from manysides.compare import disputed_numbers
    from manysides.nlp.annotate import annotate_many
    from manysides.nlp.models import load_embedder
    from manysides.records import Article

    with open(SAME_EVENT, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    events: dict[str, list[dict]] = {}
    for r in rows:
        if r.get("corpus") == "basil":
            events.setdefault(r["event"], []).append(r)
    triples = [e for e in sorted(events) if len({r["outlet"] for r in events[e]}) == 3]
    picked = [sorted(events[e], key=lambda r: r["outlet"]) for e in triples[: args.events]]
    articles = [Article(id=r["id"], source="bench", outlet=r["outlet"], url=r.get("url"), title=r.get("title"),
                        byline=None, published=r.get("date"), language="en", text=r["text"])
                for ev in picked for r in ev]
    t0 = time.perf_counter()
    anns = {a.article_id: a for a in annotate_many(articles)}
    emb = load_embedder()
    by_id = {a.id: a for a in articles}
    vecs = {aid: emb.encode([by_id[aid].text[s.start:s.end] for s in ann.sentences]) for aid, ann in anns.items()}
    print(f"annotated {len(articles)} articles in {time.perf_counter() - t0:.0f}s\n")

    def report(label: str, stories: list[list[dict]]) -> int:
        flagged = 0
        for ev in stories:
            arts = [by_id[r["id"]] for r in ev]
            for d in disputed_numbers(arts, anns, vecs):
                flagged += 1
                print(f"[{label}] {ev[0].get('event_title') or ev[0]['event']}: about {d.about!r}")
                for c in d.claims:
                    claim = next(x for x in anns[c.article].claims if (x.start, x.end) == (c.start, c.end))
                    sentence = " ".join((claim.sentence or "").split())
                    print(f"    {by_id[c.article].outlet:16s} {c.text!r:28s} subject {claim.subject!r}: {sentence[:160]}")
        return flagged

    same = report("same event", picked)
    mixed = [[picked[k][0], picked[(k + 1) % len(picked)][1], picked[(k + 2) % len(picked)][2]]
             for k in range(len(picked))]
    controls = report("control", mixed)
    print(f"\n{same} disputes flagged in {len(picked)} events; {controls} in {len(mixed)} mixed-event controls")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
