"""The AllSides review corpus: what a fact-checker would catch, counted and listed to judge.

    nice -n 10 .venv/bin/python benchmarks/review_allsides.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review_allsides.py --src /old/src  # another version
    nice -n 10 .venv/bin/python benchmarks/review_allsides.py --keep DIR       # keep the corpus and the store

A review (2026-12-01) read every output of 64 AllSides articles
(../shared/data/allsides/articles.jsonl.xz): 10 events that 3–6 outlets of all three
leanings reported on the same or adjacent days (the article ids below), and 23 unrelated
articles of the same weeks (3 near misses, named below, and 2 per event drawn by a seeded
rule: 1–6 days from the event, 2,000–8,000 characters, TF-IDF cosine under 0.12 with every
event article). They are written as a user would have them: a third as .txt files
(headline first, front matter with outlet and date, two unrelated files with none), a
third as minimal .html pages, a third in one .jsonl export. `manysides analyze` runs on
them (with the outlets' leanings), and this prints:

* how the events were grouped (split over stories, and unrelated articles pulled in);
* the summary of each event's story, to read;
* every disputed number and every shared point with differing figures, each claim with
  its sentence, to judge (the review found 9 and 4, none right);
* page furniture left in the output (video players, galleries, related links, captions;
  the patterns of the review), counted outside the article texts;
* voices per story, and the story voice pairs that share a surname; how many items
  "only one outlet reports" lists;
* the shared points, judged pair by pair by the labels of `shared_points_pairs.py`
  (readers judged every pair of this corpus's points before and after the margin).

The judged figures are in the closing notes and docs/comparison.md. About 2 minutes.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import html
import json
import lzma
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"

EVENTS = {
    "egypt_libya": ["IOZTHFkBwvrnLapa", "vI4CYsYnElRBrop6", "US2YGomkyg51mr3H"],
    "rand_paul": ["g5DIfFkq0ifYPvVr", "sp9aYhIsnSwpfqKK", "mKtFt8M41zsrzRBa", "iPaTHgskdeNX4evH"],
    "hagel": ["Z2XADgGoNq98yMx4", "XyK4SeiSsDFC1ujQ", "qhJqJRrWddU0hgEH", "s9FlOqC1pHyAdr5l", "ypjidns4gKRclFoP",
              "2joj68MvMgMP3wMu"],
    "manafort": ["jD5oiRuO8lDQ36Ir", "PwaMMAjXUtkYOnQ5", "P3uMxW8g7lTGYFiC", "oRA0aqFybntU59Wh"],
    "nice": ["YZRFeHQ8F0zB5VJD", "z8w9KegYDu0O9ZYN", "pRYzTSFjsqDpza0s", "J8qnnsWuD6fbh5W1"],
    "ny_abortion": ["Op7ojct6aBfUKtiB", "cXH3GGAtt5LmDAPF", "mAdbLHBbicSr4Wm9"],
    "hyde_smith": ["EamvszVL1I0bEYux", "kifYcbIkfjbB7J0n", "WsiVDEWbl2vASJjL"],
    "susan_rice": ["mVwCm5sgMSVcXrEW", "VwQmCrRjjGkoCX8X", "zUFQhtx2xwtRS2fW", "GkppyFpva3CSyq6h",
                   "vRwwDyNjyQZn0oLD"],
    "blagojevich": ["fTgiLvZO7Z8rWmYe", "1gDKhXovuHmDpYRk", "sefPKtm15JQCvze8", "zd2oRlvrl7Dcj0fS"],
    "ebola": ["oBe15rI1kRmvg1ep", "I3Estov6UF1vy2EG", "Qky43HgfcEo8gWBd", "5jsusEjUv1q28XYF", "bUxUeIY2RBz0An1n"],
}
NEAR_MISSES = ["0Ti8RXNSvuC3MIjb", "wFtPa6HRPcv2wetI", "jU7kbPrmohVaTkbC"]  # same days, related subjects
FURNITURE = {
    "video player": r"JUST WATCHED|MUST WATCH|Replay More Videos",
    "summary box": r"Story highlights",
    "gallery": r"(?i)hide caption|Previous Next|View slideshow|Slideshow \(\d+ Images\)|\[image\]|\b\d+ years ago\b",
    "related link": r"\b[A-Z][\w.'’-]*(?: [\w.'’-]+){0,5}[a-z.]:[A-Z][a-z]|(?i:see also)|Read more\b|\(\s*PHOTOS:",
    "caption credit": r"[A-Z][a-z]+ [A-Z][a-z]+/(?:Reuters|AP|Getty)|REUTERS/",
    "prompt": r"delivered to your inbox|letters@|Follow @",
}


def build(out: Path) -> tuple[dict[str, str], Path]:
    """Write the corpus into `out`; returns URL (and headline) -> event ("" for unrelated)
    and the leanings table."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    with lzma.open(ALLSIDES, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    by_id = {r["id"]: r for r in rows}
    chosen = [by_id[i] for ids in EVENTS.values() for i in ids]
    dated = [r for r in rows if re.fullmatch(r"\d{4}-\d\d-\d\d", r.get("date") or "")]
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(
        [r["title"] + " " + r["text"] for r in chosen + dated[:5000]])
    event_matrix = vec.transform([r["title"] + " " + r["text"] for r in chosen])
    rnd = random.Random(5)
    unrelated = [by_id[i] for i in NEAR_MISSES]
    taken = {r["id"] for r in chosen + unrelated}
    for ids in EVENTS.values():
        day = datetime.date.fromisoformat(by_id[ids[0]]["date"])
        pool = [r for r in dated if r["id"] not in taken and 2000 < len(r["text"]) < 8000
                and 1 <= abs((datetime.date.fromisoformat(r["date"]) - day).days) <= 6]
        rnd.shuffle(pool)
        picked = 0
        for r in pool:
            if cosine_similarity(vec.transform([r["title"] + " " + r["text"]]), event_matrix).max() < 0.12:
                unrelated.append(r)
                taken.add(r["id"])
                picked += 1
                if picked == 2:
                    break
    (out / "txt").mkdir(parents=True)
    (out / "html").mkdir()
    records, event_of = [], {}
    for k, r in enumerate(chosen + unrelated):
        paras = [p.strip() for p in r["text"].split("\n") if p.strip()]
        fmt = ("txt", "html", "jsonl")[k % 3]
        if fmt == "txt":  # two unrelated files name no outlet: a headline line only
            front = "" if (r in unrelated and k % 7 == 0) else (
                f"---\noutlet: {r['outlet']}\npublished: {r['date']}\nurl: {r['url']}\n---\n")
            (out / "txt" / f"{r['id']}.txt").write_text(front + r["title"] + "\n\n" + "\n\n".join(paras) + "\n")
        elif fmt == "html":
            e = html.escape
            body = "\n".join(f"<p>{e(p)}</p>" for p in paras)
            (out / "html" / f"{r['id']}.html").write_text(
                f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
                f"<title>{e(r['title'])} | {e(r['outlet'])}</title>\n"
                f'<meta property="og:site_name" content="{e(r["outlet"])}">\n'
                f'<meta property="og:title" content="{e(r["title"])}">\n'
                f'<meta property="article:published_time" content="{r["date"]}T09:00:00Z">\n'
                f'<link rel="canonical" href="{e(r["url"] or "")}">\n</head><body>\n'
                '<nav><a href="/">Home</a> | <a href="/politics">Politics</a></nav>\n'
                f"<article><h1>{e(r['title'])}</h1>\n<p class=\"byline\">By {e(r.get('authors') or 'Staff')}</p>\n"
                f"<time datetime=\"{r['date']}\">{r['date']}</time>\n{body}\n</article>\n"
                f"<footer><p>Copyright {r['date'][:4]} {e(r['outlet'])}. All rights reserved.</p></footer>\n"
                "</body></html>\n")
        else:
            records.append({"text": r["text"], "title": r["title"], "outlet": r["outlet"],
                            "published": r["date"], "url": r["url"]})
        event = next((ev for ev, ids in EVENTS.items() if r["id"] in ids), "")
        event_of[r["url"] or r["title"]] = event
        event_of[r["title"]] = event  # the files with no front matter give only their headline
    with open(out / "export.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(rec) + "\n" for rec in records)
    leanings = out.parent / "outlets.csv"
    with open(leanings, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["outlet", "leaning"])
        for outlet, leaning in sorted({(r["outlet"], r["leaning"]) for r in chosen + unrelated}):
            w.writerow([outlet, leaning])
    return event_of, leanings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    ap.add_argument("--keep", type=Path, help="a new folder to keep the corpus and the store in")
    args = ap.parse_args()
    if not ALLSIDES.exists():
        print(f"skipped: {ALLSIDES} not found")
        return 0
    sys.path.insert(0, str(args.src))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return report(args.keep, keep=True)
    with tempfile.TemporaryDirectory(prefix="manysides-review-") as tmp:
        return report(Path(tmp), keep=False)


def report(work: Path, keep: bool) -> int:
    """Build the corpus in `work`, analyse it there and print what the module doc lists."""
    import manysides
    from manysides.pipeline import load_leanings

    event_of, leanings = build(work / "corpus")
    t0 = time.perf_counter()
    analysis = manysides.analyze([str(work / "corpus")], db=work / "r.db", leanings=load_leanings(leanings))
    data = analysis.to_json()
    print(f"{len(analysis.articles)} articles, {len(data['stories'])} stories, {len(analysis.failures)} failures, "
          f"{time.perf_counter() - t0:.0f} s ({Path(manysides.__file__).parent.parent})\n")

    article = {a["id"]: a for a in data["articles"]}

    def event(aid: str) -> str:
        a = article[aid]
        return event_of.get(a.get("url") or "", event_of.get(a.get("title") or "", "?"))

    def said(c: dict) -> str:
        """A claim as its outlet gave it: the outlet, the figure and its sentence."""
        a = article.get(c["article"], {})
        text = a.get("text") or ""
        lo = max(text.rfind(". ", 0, c["start"]) + 2, text.rfind("\n", 0, c["start"]) + 1, 0)
        hi = min(x for x in (text.find(". ", c["end"]), text.find("\n", c["end"]), len(text)) if x >= 0)
        return f"{a.get('outlet')}: {c['text']!r} — {' '.join(text[lo:hi + 1].split())[:170]}"

    events: dict[str, set[str]] = {}
    for s in data["stories"]:
        for aid in s["articles"]:
            events.setdefault(event(aid), set()).add(s["id"])
    split = {ev: len(ids) for ev, ids in events.items() if ev not in ("", "?") and len(ids) > 1}
    pulled = [article[aid].get("title") for s in data["stories"] for aid in s["articles"] if event(aid) == ""
              and any(event(b) not in ("", "?") for b in s["articles"])]
    print(f"grouping: events split over stories {split or 'none'}; unrelated articles in an event's story: "
          f"{len(pulled)} {pulled}; articles not found in the corpus: {sum(event(a) == '?' for a in article)}\n")

    for s in data["stories"]:  # the summary of each event's story, to read
        named = sorted({event(aid) for aid in s["articles"]} - {"", "?"})
        if named and s.get("summary") is not None:
            print(f"summary of {', '.join(named)}: {s['summary']}")
    disputes = differing = 0
    for s in data["stories"]:
        for d in s.get("disputed", []):
            disputes += 1
            print(f"dispute in {s['title'][:60]!r}: about {d.get('about')!r}")
            for c in d["claims"]:
                print(f"    {said(c)}")
        for p in s.get("shared", []):
            if p.get("differing"):
                differing += 1
                print(f"figures differ in {s['title'][:60]!r}: {' '.join(p['summary'].split())[:120]}")
                for c in p["differing"]:
                    print(f"    {said(c)}")
    print(f"\ndisputed numbers: {disputes}; shared points with differing figures: {differing}; "
          f"items only one outlet reports: {sum(len(s.get('unique', [])) for s in data['stories'])}")

    strings: list[tuple[str, str]] = []

    def walk(x, key=""):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, k)
        elif isinstance(x, list):
            for v in x:
                walk(v, key)
        elif isinstance(x, str) and key not in ("text", "removed"):
            strings.append((key, x))

    walk(data["stories"])
    print("page furniture in the stories' outputs: " + ", ".join(
        f"{kind} {sum(1 for _, s in strings if re.search(pat, s))}" for kind, pat in FURNITURE.items()))

    voices = [v for s in data["stories"] for v in s.get("voices", [])]
    pairs = 0
    for s in data["stories"]:
        names = [v["speaker"] for v in s.get("voices", []) if v.get("kind") == "person"
                 and all(w[:1].isupper() for w in v["speaker"].split())]  # named people, not "an official"
        last = [n.split()[-1].lower() for n in names if n.split()]
        pairs += sum(1 for i in range(len(last)) for j in range(i + 1, len(last)) if last[i] == last[j])
    print(f"voices: {len(voices)}; story voice pairs of named people sharing a surname: {pairs}")

    # shared points judged by the pairs readers judged (shared_points_pairs.py's label file)
    from shared_points_pairs import LABELS, judge_points, load_labels

    n, same, diff, unjudged, with_diff, clean = judge_points(
        [[e["text"] for e in p["evidence"]] for s in data["stories"] for p in s.get("shared", [])], load_labels(LABELS))
    print(f"shared points: {n}; their sentence pairs judged same {same}, different {diff}, not judged {unjudged}; "
          f"points with a pair judged different {with_diff}; clean points (every pair judged same) {clean}")
    print(f"\nkept in {work}" if keep else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
