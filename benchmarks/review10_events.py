"""The 6 events of review 10: summaries, shared points, figures, voices and slant evidence, to read.

    nice -n 10 .venv/bin/python benchmarks/review10_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review10_events.py --src /old/src  # another version

A fact-checker's review (review 10) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-5 outlets of all three leanings each, 2012-2020,
the ids below, none used by review_allsides.py, review8_events.py or review9_events.py) with
10 unrelated articles of the same weeks mixed in. This runs `manysides.analyze` on those 31
articles, written as one JSON Lines export with the dataset's outlets and leanings, and
prints per event story what the review found wrong, so a fix can be checked before and after:

* the summary (it stated "Clinton declined to say whether she would endorse Sanders" as
  agreed while AP's sentence under that point says she would endorse him; the jobs, Peshawar,
  Litvinenko and Peace Cross summaries leave out the event's main fact);
* every disputed number and differing figure, with its sentence (the review found 8 + 2,
  none genuine: U-6 14.7% and participation 63.6% against the 7.8% jobless rate, "fell from
  8.1 percent" against "fell to 7.8%", two earlier bombings' tolls against Peshawar's, and
  missed Fox's 141 dead against CNN's "at least 145"; after the rules of docs/comparison.md
  that followed: 2 + 1, all genuine: those tolls, Salon's 59 against 58, "at least 130" · 141);
* every shared point, each outlet's sentence (pairs judged wrong: Lugovoi's "anti-Russian"
  quote with the Foreign Office's "deep concern", Thomas with Kavanaugh, a Tobias quote with
  "The suit claimed MGM is negligent because:");
* "only one outlet reports" items that other outlets do report, and page furniture;
* the speakers of the quotes the review found misattributed (a dead man quoted through his
  widow's words, Sharif's words given to "Reuters", NPR's live-blog heads as speakers);
* each article's slant label and its strongest evidence (words such as "percent",
  "told the", "Follow" and sentences inside quotes), and its loaded words, "(q)" when the
  evidence says a direct quotation holds them.
About 3 minutes.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import analyze_rows, read_rows, sentence_around  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
EVENTS = {
    "Jobs report 7.8% (2012)": ["OLY7uV3SXTqODvK3", "QfH09ctFoQ5XlHy0", "V60H7DjyMVj9Zype", "Y42J1LkJKkuSixsh",
                                "yNgbZPhGRi30XHd8"],
    "Peshawar school attack (2014)": ["3DekSwk4Vs3oeLg7", "HAlS05J0QD9UYXrl", "mCNM0PdpCJGRFheq"],
    "Litvinenko inquiry (2016)": ["22FdeTjRXGmUK7I0", "zBz23kKxk6Kaui3x", "zFgqTI3GAaKFm43b"],
    "MGM sues Las Vegas victims (2018)": ["e4peecyGojpukDEO", "pIx0uydseiZtJnW7", "qSAo9eWZXm4R9Zij"],
    "Peace Cross ruling (2019)": ["ScFXTsd83hPbfU4E", "a73xjYka0F6y8rWd", "btAwd8CtN9ryXS8A"],
    "Clinton: nobody likes Sanders (2020)": ["4dBDSqyAeSxii7Nc", "GBoluTq88qC6MrIG", "lqIPJ4vpnIWubLPP",
                                             "qmLQ32UiWbWByCPM"],
}
OTHERS = ["dlKuw0Vpuho3HqWB", "XR3U21WHFohbot2l", "TPTBvx0BCEGVFK6s", "Z2Zu57UVJS7bsE0J", "yemYnAd5FbRZdB4F",
          "gKE3uk8JH7U8UjcQ", "I8VF2Jq66bec3Rln", "foaT31WNUBkrL9u7", "6bbsE68NkVdmDg1R", "vc4c6ZHhWosAvHvE"]
# "only one outlet reports" items the review found reported by another outlet too, or page furniture
UNIQUE_WRONG = r"no doubt that Alexander|Nearly 10 years|nearly 100 years|2002 federal act|Zhakarova|" \
               r"Follow the Ticker|Electoral Map|With Ryan by his side|Ground Game|This is a national tragedy"
# speakers the review found wrong (the right speaker in the closing notes of REVIEW.md)
SPEAKERS = {"Alexander Litvinenko", "Whom", "David Lidington", "his wife", "Litvinenko's widow", "Reuters",
            "Obama Hails News", "Labor Secretary", "White House", "Malala", "the statement", "statement", "Moscow",
            "An attorney for Litvinenko's widow", "Warren", "NBC News", "One Las Vegas attorney representing victims",
            "582,000 more people", "an estimated 873,000 more people", "Pakistani Taliban", "Maria Zhakarova"}
FURNITURE = r"Follow the Ticker|Electoral Map|Damon Winter/|Ground Game|^John Bacon$|^USA TODAY$|Ã¢"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    args = ap.parse_args()
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    wanted = {i: e for e, ids in EVENTS.items() for i in ids} | {i: "other event" for i in OTHERS}
    rows = read_rows(ALLSIDES, wanted)
    data, seconds, code = analyze_rows(rows, wanted, args.src, "review10", ("url", "authors"))
    print(f"{len(data['articles'])} articles, {len(data['stories'])} stories, {seconds:.0f} s ({code})")
    art = {a["id"]: a for a in data["articles"]}
    event = {a["id"]: wanted.get(a.get("external_id") or "", "?") for a in data["articles"]}

    def outlet(aid: str) -> str:
        return art[aid]["outlet"]

    def sentence(aid: str, start: int, end: int) -> str:
        return sentence_around(art[aid]["text"], start, end, 110)

    for s in data["stories"]:
        events = sorted({event[i] for i in s["articles"]})
        if events == ["other event"]:
            continue
        print(f"\n=== {', '.join(events)}: {len(s['articles'])} articles, title {s['title']!r}")
        print(f"  summary: {s.get('summary')}")
        for d in s.get("disputed", []):
            print(f"  disputed '{d['about']}':")
            for c in d["claims"]:
                print(f"    {outlet(c['article'])}: {c['text']!r} in: {sentence(c['article'], c['start'], c['end'])}")
        for k, p in enumerate(s.get("shared", [])):
            print(f"  shared #{k} [{len(set(p['articles']))} outlets]")
            for e in p["evidence"]:
                print(f"    {outlet(e['article'])}: {' '.join(e['text'].split())[:110]}")
            if p.get("differing"):
                figures = " / ".join(f"{outlet(c['article'])} {c['text']}" for c in p["differing"])
                print(f"    figures differ: {figures}")
        for u in s.get("unique", []):
            if re.search(UNIQUE_WRONG, u["text"]):
                details = [d["text"] for d in u.get("details") or []]
                print(f"  only {outlet(u['article'])}: {u['text'][:110]!r} details {details}")
        print("  voices: " + "; ".join(f"{v['speaker']} ({v['kind']}, {len(set(v['articles']))} art.)"
                                       for v in s.get("voices", [])))
        for aid in s["articles"]:
            for q in art[aid].get("quotes") or []:
                if (q.get("speaker") or "") in SPEAKERS:
                    print(f"  quote {outlet(aid)} | {q['speaker']}: {q['text'][:90]!r}")
        for aid in s["articles"]:
            a, sl = art[aid], art[aid]["slant"]
            ev = sorted((e for e in sl["evidence"] if e["kind"] in ("phrase", "sentence")),
                        key=lambda e: -abs(e["weight"]))
            phrases = [e["text"] for e in ev if e["kind"] == "phrase"][:4]
            sentences = [e["text"][:80] for e in ev if e["kind"] == "sentence"][:1]
            print(f"  slant {a['outlet']} ({a.get('outlet_leaning')}): {sl['label']} {sl['score']:+.2f}; "
                  f"phrases {phrases}; sentence {sentences}")
            # loaded words, "(q)" when the evidence says a quotation holds them (MGM's "one evil
            # individual", quoted with “ and ", was USA TODAY's own word before ANNOTATOR_VERSION 18)
            loaded = [e["text"] + (" (q)" if "inside a direct quote" in (e.get("note") or "") else "")
                      for e in sl["evidence"] if e["kind"] == "loaded"]
            print(f"    loaded {loaded}")
            junk = [ln for ln in a["text"].split("\n") if ln.strip() and re.search(FURNITURE, ln.strip())]
            if junk:
                print(f"    furniture left in the text: {[ln.strip()[:60] for ln in junk]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
