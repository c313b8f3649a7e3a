"""The 6 events of review 9: summaries, shared points, figures and writings, to read.

    nice -n 10 .venv/bin/python benchmarks/review9_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review9_events.py --src /old/src  # another version

A fact-checker's review (2026-12-02, review 9) read every output of six events of
../shared/data/same_event (three outlets each, 2014-2021, the ids below) with 10 articles
of other events mixed in. This runs `manysides.analyze` on those 28 articles, written as
one JSON Lines export with the dataset's outlets and leanings (the review gave two events
as text files without an outlet), and prints per event story: the summary, the number of
outlets of each shared point, disputed numbers and differing figures, the "only one outlet
reports" details that are figures in months or years, and the writings (document voices).
What the review found there: two death tolls in the Ida summary, The Hill's "In an
extraordinary bow to ..." as the Cheney summary, the jobless claims' main figures shared
by 2 of 3 outlets, Fox's "270-month" as a detail of its own, one lawsuit as two voices.
`benchmarks/speakers_review.py` scores the speakers it found wrong. About a minute.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import analyze_rows, read_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"
EVENTS = {
    "Hunter indicted": ["basil-85642250-766d-4a22-9432-f5e9b2762bcd", "basil-a1f10f4a-4ea8-43dc-8e15-1094d1f8d7af",
                        "basil-ed0e1a57-8836-43ac-8b80-eacbdfb8429b"],
    "Nebraska and Oklahoma sue Colorado": ["basil-6b573b3f-9b68-4aac-996e-8bd06bf614b8",
                                           "basil-987ca58a-7b4b-4df5-b53f-b2a3902a01b7",
                                           "basil-aaddc4d1-d6c2-4388-9588-1b6d17979113"],
    "Ida floods New York": ["allsides-5735-left", "allsides-5735-center", "allsides-5735-right"],
    "Chauvin sentenced": ["allsides-5918-left", "allsides-5918-center", "allsides-5918-right"],
    "Jobless claims 412,000": ["allsides-5945-left", "allsides-5945-center", "allsides-5945-right"],
    "Cheney ousted": ["allsides-6051-left", "allsides-6051-center", "allsides-6051-right"],
}
OTHERS = ["allsides-5842-left", "allsides-6027-left", "allsides-5731-left", "allsides-5858-left", "allsides-5926-left",
          "allsides-5980-left", "allsides-5949-left", "allsides-6066-left", "basil-93ca4051-9fa9-44f5-94f5-75806088d83f",
          "basil-369ffb5e-a8bd-4a00-b3d1-92261ba8ed6a"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found")
        return 0
    wanted = {i: e for e, ids in EVENTS.items() for i in ids} | {i: "other event" for i in OTHERS}
    rows = read_rows(SAME_EVENT, wanted)
    data, seconds, code = analyze_rows(rows, wanted, args.src, "review9", ("url",))
    print(f"{len(data['articles'])} articles, {len(data['stories'])} stories, {seconds:.0f} s ({code})")
    event = {a["id"]: wanted.get(a.get("external_id") or "", "?") for a in data["articles"]}
    for s in data["stories"]:
        events = sorted({event[i] for i in s["articles"]})
        if events == ["other event"]:
            continue
        print(f"\n{', '.join(events)}: {len(s['articles'])} articles")
        print(f"  summary: {s.get('summary')}")
        print(f"  shared points, outlets each: {[len(set(p['articles'])) for p in s.get('shared', [])]}")
        for d in s.get("disputed", []):
            print(f"  disputed: {' / '.join(c['text'] for c in d['claims'])}")
        for p in s.get("shared", []):
            if p.get("differing"):
                print(f"  differing under a shared point: {' / '.join(c['text'] for c in p['differing'])}")
        for u in s.get("unique", []):
            times = [d["text"] for d in u.get("details") or [] if "month" in d["text"] or "year" in d["text"]]
            if times:
                print(f"  a detail of one outlet, in months or years: {times}")
        writings = [f"{v['speaker']} ({v['quotes']} quoted, {v.get('reported', 0)} reported)"
                    for v in s.get("voices", []) if v.get("kind") == "document"]
        print(f"  writings: {writings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
