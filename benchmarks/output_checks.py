"""Defects a reader would catch in the comparison, counted on real coverage (BASIL).

    nice -n 10 .venv/bin/python benchmarks/output_checks.py
    nice -n 10 .venv/bin/python benchmarks/output_checks.py --src /tmp/oldtree/src   # another version's code

Analyses the 142 BASIL articles of ../shared/data/same_event (Fox News, New York Times,
HuffPost; full texts, three to an event) and, with `--corpus roundups` or `both` (the
default), its 852 AllSides roundup leads (left, center and right outlet, three to an
event, 2021), each with the whole pipeline into a temporary store, then counts, from the
JSON contract:

* summary sentences that are mostly quoted words (a speaker's claim stated as agreed fact),
  and, listed to read, those stated plainly where another outlet's sentence of their point
  holds a quotation or a reported statement (a claim stated as fact, or a fact beside a quote);
* summary sentences that restate what the same report lists as "only one outlet reports"
  (one outlet's sentence stated as agreed), and summary sentences that start mangled
  (a digit or a lower-case letter: "19 vaccine mandates" from "COVID-19 vaccine mandates");
* shared points whose outlets give a figure differently (`differing`);
* "only one outlet reports" items that are cut off ("...", a dash or a colon at the end), that are
  also a shared point's evidence, or whose every figure another outlet of the story prints;
* slant "sentence" evidence that is a fragment (ends in an abbreviation such as "Oct." or
  "Sen.", or starts in lower case);
* framing terms that are contractions, titles or party-and-state tags, and time words
  ("years", "monday", "june");
* summary sentences that open with a connective ("But ...", "Meanwhile, ...") or a
  pronoun or a demonstrative ("He was released ...", "Under that test, ...": what it points
  back to is in a sentence the summary lacks),
  or that name an outlet of the story ("said in a statement to NBC News"), or that hold a
  word one of the story's articles uses as loaded wording outside quotes ("extraordinary");
* speakers with an editor's bracket, a colon or a quotation mark left open in their
  name, or a trailing "that"/"--";
* pairs of a story's voices with one surname (one person split in two, or two people);
* stories titled by a headline that teases or shouts while one of their articles has a
  plain headline (a pattern of this script's own, smaller than the pipeline's).

The patterns are this script's own, written for the defects found by reading the output;
they undercount. A figure is the count and its base, so versions can be compared.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"

QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
FRAGMENT_END = re.compile(r"\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.$")
JUNK_TERM = re.compile(r"^(?:\w+'\w+|d-\w+|r-\w+|sen|rep|gov)$")
JUNK_SPEAKER = re.compile(r"[\[\]:]| (?:that|--)$|^[^\"“”]*[\"“”](?:[^\"“”]*[\"“”][^\"“”]*[\"“”])*[^\"“”]*$")
TIME_TERM = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december|years?|months?|weeks?|days?|today|yesterday|"
                       r"tomorrow|tonight|hours?|decades?)$")
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# this script's own split of a summary into sentences; a month or title abbreviation before
# a number or a name ends none ("the Jan. 6 riot", "Sen. Jon Kyl")
SENTENCE_END = re.compile(r"(?<=[.!?\"”])" + "".join(f"(?<!{a}\\.)" for a in (
    "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "St"))
    + r"\s+(?=[A-Z0-9\"“])")
CONNECTIVE = re.compile(r"^(?:But|And|So|Yet|Still|Meanwhile|However|Also|Earlier|Later|Instead|Separately)\b")
PRONOUN = re.compile(r"^(?:He|She|They|It|His|Her|Their|Its|(?:(?:Under|In|After|Despite|Given|For) (?:that|this) )"
                     r"|This|That|These|Those)\b(?!['’]s\b)(?! (?:week|year|month|morning|night)\b)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    ap.add_argument("--corpus", choices=("basil", "roundups", "both"), default="both")
    args = ap.parse_args()
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} is missing")
        return 0
    sys.path.insert(0, str(args.src))
    print(f"code: {args.src}")
    rows = [json.loads(line) for line in SAME_EVENT.open(encoding="utf-8") if line.strip()]
    for name in ("basil", "roundups") if args.corpus == "both" else (args.corpus,):
        chosen = [r for r in rows if str(r.get("event", "")).startswith("basil") == (name == "basil")]
        check(name, chosen)
    return 0


def check(name: str, rows: list[dict]) -> None:
    from manysides.pipeline import analyze

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"{name}.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"title": r.get("title"), "text": r["text"], "outlet": r.get("outlet"),
                                      "published": r.get("date")}, ensure_ascii=False) + "\n")
        started = time.perf_counter()
        analysis = analyze([str(corpus)], db=Path(tmp) / f"{name}.db")
        seconds = time.perf_counter() - started
        data = analysis.to_json()
    arts = {a["id"]: a for a in data["articles"]}
    print(f"\n{len(rows)} {name} articles analysed in {seconds:.0f} s; {len(data['stories'])} stories")
    if name == "roundups":
        editors_overlap(data, rows)

    n = bad = 0
    bare, mostly = [], []
    for s in data["stories"]:
        for p in s["shared"]:
            e = next((e for e in p["evidence"] if e["text"].strip()[-70:] in (s["summary"] or "")), None)
            if e is None:
                continue
            n += 1
            # quoted words: direct quotes only (reported speech is the outlet's own wording,
            # and its sentence says who said it)
            quotes = [q for q in arts[e["article"]]["quotes"] if q.get("direct", True)]
            inside = sum(max(0, min(q["end"], e["end"]) - max(q["start"], e["start"])) for q in quotes)
            if inside > 0.5 * (e["end"] - e["start"]):
                bad += 1
                mostly.append(e["text"].strip()[:110])
            # to read: stated plainly where another outlet's sentence of the point holds a
            # quotation or a reported statement (a claim stated as fact, or a fact beside a quote?)
            others = [o for o in p["evidence"] if o["article"] != e["article"]]
            if not _says_who(e, arts) and any(_says_who(o, arts) for o in others):
                told = [o["text"].strip()[:100] for o in others if _says_who(o, arts)]
                bare.append((e["text"].strip()[:100], told[:1]))
    print(f"summary sentences mostly inside a quotation: {bad} of {n} {mostly}")
    print(f"summary sentences stated plainly where another outlet's sentence of the point holds a quote "
          f"or a reported statement (to read): {len(bare)} of {n}")
    for said, attributed in bare:
        print(f"    {said!r}  <- {attributed}")

    n = restated = mangled = connective = pronoun = self_named = charged = 0
    examples, named_examples, charged_examples = [], [], []
    from manysides.nlp.slant_outlets import family_name

    outlet_of = {a["id"]: a.get("outlet") or "" for a in data["articles"]}
    for s in data["stories"]:
        sentences = [t for t in SENTENCE_END.split(s["summary"] or "") if t.strip()]
        n += len(sentences)
        names = {re.sub(r"^The\s+", "", family_name(outlet_of[i])) for i in s["articles"]}
        named = [t for t in sentences
                 if any(len(m) >= 3 and re.search(r"(?<![\w.])" + re.escape(m) + r"(?!\w)", t) for m in names)]
        self_named += len(named)
        named_examples += [t[:90] for t in named]
        # a word one of the story's articles uses as loaded wording in its own voice
        loaded = {e["text"].lower() for i in s["articles"] for e in (arts[i].get("slant") or {}).get("evidence", [])
                  if e.get("kind") == "loaded" and "inside a direct quote" not in (e.get("note") or "")}
        hits = [t for t in sentences if loaded & set(re.findall(r"[a-z]+", QUOTED.sub(" ", t).lower()))]
        charged += len(hits)
        charged_examples += [t[:70] for t in hits]
        mangled += sum(bool(re.match(r"^[a-z0-9]", t)) for t in sentences)
        connective += sum(bool(CONNECTIVE.match(t)) for t in sentences)
        pronoun += sum(bool(PRONOUN.match(t)) for t in sentences)
        examples += [t[:60] for t in sentences if re.match(r"^[a-z0-9]", t)]
        uniques = [u["text"].strip()[-60:] for u in s["unique"] if len(u["text"].strip()) >= 30]
        restated += sum(any(u in t for u in uniques) for t in sentences)
    compared = [s for s in data["stories"] if s["shared"] or s["unique"]]
    print(f"compared stories with no summary: {sum(not s['summary'] for s in compared)} of {len(compared)}")
    print(f"summary sentences that restate an 'only one outlet reports' item: {restated} of {n}; "
          f"that start with a digit or in lower case: {mangled} of {n} {examples[:3]}; "
          f"that open with a connective ('But', 'Meanwhile'): {connective} of {n}; "
          f"that open with a pronoun ('He', 'It'): {pronoun} of {n}; "
          f"that name an outlet of the story ('told NBC News'): {self_named} of {n} {named_examples[:4]}; "
          f"with a word the story's articles use as loaded wording: {charged} of {n} {charged_examples[:3]}")

    disputes = [d for s in data["stories"] for d in s["disputed"]]
    print(f"disputed numbers: {len(disputes)} in {sum(bool(s['disputed']) for s in data['stories'])} stories "
          f"{[' / '.join(c['text'] for c in d['claims'])[:60] for d in disputes[:4]]}")

    points = [p for s in data["stories"] for p in s["shared"]]
    differ = [p for p in points if p.get("differing")]
    print(f"shared points whose outlets give different figures: {len(differ)} of {len(points)} "
          f"{[' / '.join(c['text'] for c in p['differing'])[:60] for p in differ[:4]]}")

    items = [u["text"].strip() for s in data["stories"] for u in s["unique"]]
    print(f"'only one outlet reports' items cut off ('...', '…', a dash or a colon at the end): "
          f"{sum(t.endswith(('...', '…', ':', '—', '―', '–', ' -', '--')) for t in items)} of {len(items)}")

    # an item also shown as a shared point's evidence gives the reader two opposite answers;
    # one whose every figure another outlet of the story prints restates a reported figure
    both = restating = with_figures = 0
    for s in data["stories"]:
        shared = [(e["article"], e["start"], e["end"]) for p in s["shared"] for e in p["evidence"]]
        outlet_of = {aid: arts[aid].get("outlet") or aid for aid in s["articles"] if aid in arts}
        for u in s["unique"]:
            both += any(a == u["article"] and st < u["end"] and en > u["start"] for a, st, en in shared)
            figures = set(FIGURE.findall(u["text"]))
            if not figures:
                continue
            with_figures += 1
            others = " ".join(arts[a]["text"] for a, o in outlet_of.items() if o != outlet_of.get(u["article"]))
            restating += all(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", others) for f in figures)
    print(f"'only one outlet reports' items also a shared point's evidence: {both} of {len(items)}; "
          f"items whose every figure another outlet prints: {restating} of {with_figures} with figures")

    n = bad = 0
    for a in data["articles"]:
        for e in (a.get("slant") or {}).get("evidence", []):
            if e.get("kind") == "sentence":
                n += 1
                t = e["text"].strip()
                bad += bool(FRAGMENT_END.search(t) or re.match(r"^[a-z0-9'’]", t))
    print(f"slant sentence evidence that is a fragment: {bad} of {n}")

    terms = [t["term"] for s in data["stories"] for ts in s["framing"].values() for t in ts]
    junk = sorted({t for t in terms if JUNK_TERM.match(t)})
    print(f"framing terms that are contractions, titles or party tags: "
          f"{sum(JUNK_TERM.match(t) is not None for t in terms)} of {len(terms)} {junk[:8]}")
    times = sorted({t for t in terms if TIME_TERM.match(t)})
    print(f"framing terms that are time words: {sum(TIME_TERM.match(t) is not None for t in terms)} "
          f"of {len(terms)} {times[:8]}")

    quoted = [q for a in data["articles"] for q in a["quotes"] if q.get("speaker")]
    odd = sorted({q["speaker"] for q in quoted if JUNK_SPEAKER.search(q["speaker"])})
    print(f"quotes whose speaker has a bracket, a colon, an open quotation mark or a trailing 'that'/'--': "
          f"{sum(JUNK_SPEAKER.search(q['speaker']) is not None for q in quoted)} of {len(quoted)} {odd[:6]}")
    jr = sum(q["speaker"].endswith("Jr.") for q in quoted)
    print(f"quotes given to a speaker named with 'Jr.': {jr}")

    # two people of one surname are possible, so this counts what a reader should check
    pairs = []
    for s in data["stories"]:
        people = [v["speaker"] for v in s["voices"] if v.get("kind") == "person" and " " in v["speaker"]]
        pairs += [(a, b) for i, a in enumerate(people) for b in people[i + 1:]
                  if a.split()[-1] == b.split()[-1]]
    print(f"story voice pairs with one surname (one person split in two, or two people): "
          f"{len(pairs)} {pairs[:10]}")

    # a headline that teases or shouts ("... Here's the insane reason why.", a question, "Rips")
    # as the story's title, where one of its articles has a plain one
    loud = re.compile(r"[!?]|\b(?:here['’]s|here is|this is why|insane|shocking|slams|blasts|rips|destroys)\b",
                      re.IGNORECASE)
    plain_there = [s["title"] for s in data["stories"] if len(s["articles"]) > 1 and loud.search(s["title"] or "")
                   and any(not loud.search(arts[i].get("title") or "?") for i in s["articles"] if i in arts)]
    print(f"stories of 2+ articles titled by a headline that teases or shouts while a plain one is there: "
          f"{len(plain_there)} of {sum(len(s['articles']) > 1 for s in data['stories'])} {plain_there[:3]}")


def _says_who(e: dict, arts: dict) -> bool:
    """Whether evidence `e` holds a quotation or reported speech of its article."""
    return any(q["start"] < e["end"] and e["start"] < q["end"] for q in arts[e["article"]]["quotes"])


def _unigrams(text: str) -> list[str]:
    from manysides.compare._text import STOP_WORDS, words

    return [w for w in words(text) if w not in STOP_WORDS]


def _f1(ours: str, gold: str) -> float:
    from collections import Counter

    a, b = Counter(_unigrams(ours)), Counter(_unigrams(gold))
    hit = sum((a & b).values())
    if not hit:
        return 0.0
    p, r = hit / sum(a.values()), hit / sum(b.values())
    return 2 * p * r / (p + r)


def editors_overlap(data: dict, rows: list[dict]) -> None:
    """Unigram F1 (stop words left out) of each event's summary against the AllSides
    editors' neutral summary, next to the first article's first two sentences."""
    path = SAME_EVENT.parent / "allsides_roundups.jsonl"
    if not path.exists():
        return
    editors = {r["event"]: r["neutral_summary"] for r in map(json.loads, path.open(encoding="utf-8"))
               if r.get("neutral_summary")}
    event_of = {}
    for a in data["articles"]:  # source "FILE:LINE" ("FILE#LINE" before session 24): the LINE-th input row
        event_of[a["id"]] = rows[int(re.split("[#:]", a["source"])[-1]) - 1]["event"]
    ours, lead = [], []
    for event, gold in editors.items():
        members = [s for s in data["stories"] if any(event_of.get(a) == event for a in s["articles"])]
        if not members:
            continue
        story = max(members, key=lambda s: sum(event_of.get(a) == event for a in s["articles"]))
        first = next(r for r in rows if r["event"] == event)
        two = " ".join(SENTENCE_END.split(first["text"].strip())[:2])
        ours.append((_f1(story["summary"] or "", gold), bool(story["summary"])))
        lead.append(_f1(two, gold))
    with_summary = [f for f, has in ours if has]
    print(f"summary vs the AllSides editors' neutral summary, unigram F1 without stop words, {len(ours)} events: "
          f"{sum(f for f, _ in ours) / max(len(ours), 1):.3f} (the {len(with_summary)} with a summary "
          f"{sum(with_summary) / max(len(with_summary), 1):.3f}); the first article's first two sentences "
          f"{sum(lead) / max(len(lead), 1):.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
