"""The 8 events of review 8: disputed numbers, differing figures and voices, to judge.

    nice -n 10 .venv/bin/python benchmarks/review8_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review8_events.py --src /old/src  # another version

A fact-checker's review (2026-12-01, review 8) read every output of a 45-article AllSides
corpus: 8 events of 2019–2020 reported by 3–6 outlets (the article ids below; tweets and
agency acronyms were what the events were picked for) and 15 unrelated articles. This
runs `manysides.analyze` on the 30 event articles alone, written as one JSON Lines export
with the outlets' leanings, and prints the grouping, every disputed number and every
shared point with differing figures (each figure with its sentence), the summaries and the voices. The
review judged 3 of its 5 disputes and both differing figures wrong (docs/comparison.md).
`benchmarks/speakers_review.py` scores the speakers it found wrong. About a minute.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import analyze_rows, read_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
EVENTS = {
    "E1 DOJ backs off Roger Stone sentence": ["DQcZfvP6JCZnTvpQ", "hB6RQ3sAl7HrbZGm", "li8E7owpXS9FONkU",
                                               "Gr4kX3YksOghdgN7", "jNAESR1ME4mHX4e3", "y3D4fkW8WMb4y6Bf"],
    "E2 Goya CEO praises Trump": ["EJLZ7AXQwC3s4AHy", "OTiRBhFslXCE0ija", "WRy0tmNSIgUQ1bSq"],
    "E3 Trump cancels Taliban talks": ["aQB7WVcsUN3QuPGv", "qk3iTphKa7iw8XmY", "9bZzUzHC5cYattHI",
                                       "K4HFkI634o3RNJL9", "zZ6i5THOWKbFzRQj"],
    "E4 Esper fires Navy secretary": ["WiRHlY8Q9cC9JTVo", "eko0lzijcuKhQ3KT", "hWK4F61QvQRcJqiB"],
    "E5 Hospitals to report COVID data to HHS": ["40WIsjRfR0lCKcjf", "K0kiwLq1g08GYMxP", "pSPfAG10GwuEQfbA"],
    "E6 FBI links Pensacola shooter to al Qaeda": ["a8CAxiOl6hrIPbAP", "oiga8USYMltEiB37", "ubM5n9nAtunu2NlX"],
    "E7 Facebook pulls Warren ads": ["CiuLM3JApPtsMIej", "KypsmXN9B1Q0WAij", "6duQKBIV4dF9qIMp", "b3DhaGiNRxNghtpX"],
    "E8 IRS misses tax-return deadline": ["84pkVVUFtvOjNBV8", "SqbAXQ5tr0SBBbAe", "V8psC7qdTDa9kMTl"],
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    args = ap.parse_args()
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    wanted = {i: e for e, ids in EVENTS.items() for i in ids}
    rows = read_rows(ALLSIDES, wanted)
    data, seconds, code = analyze_rows(rows, wanted, args.src, "review8", ("url",))
    print(f"{len(data['articles'])} articles, {len(data['stories'])} stories, {seconds:.0f} s ({code})")
    article = {a["id"]: a for a in data["articles"]}
    event = {a["id"]: wanted.get(a.get("external_id") or "", "?") for a in data["articles"]}

    def said(c: dict) -> str:
        a = article[c["article"]]
        text = a["text"]
        lo = max(text.rfind(". ", 0, c["start"]) + 2, text.rfind("\n", 0, c["start"]) + 1, 0)
        hi = min(x for x in (text.find(". ", c["end"]), text.find("\n", c["end"]), len(text)) if x >= 0)
        return f"    {a['outlet'][:18]:18} {c['text']!r:22} {' '.join(text[lo:hi + 1].split())[:150]}"

    disputes = differing = 0
    for s in data["stories"]:
        events = sorted({event[i] for i in s["articles"]})
        print(f"\n{', '.join(events)}: {len(s['articles'])} articles, {len(s.get('voices', []))} voices")
        print(f"  summary: {s.get('summary')}")
        for d in s.get("disputed", []):
            disputes += 1
            print(f"  disputed, about {d.get('about')!r}")
            for c in d["claims"]:
                print(said(c))
        for p in s.get("shared", []):
            if p.get("differing"):
                differing += 1
                print("  differing figures under a shared point")
                for c in p["differing"]:
                    print(said(c))
    voices = sum(len(s.get("voices", [])) for s in data["stories"])
    print(f"\ndisputed numbers: {disputes}; shared points with differing figures: {differing}; voices: {voices}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
