"""What the review scripts (review8-15_events.py) share: the reviewed articles written
as a user would give them (one JSON Lines export and the outlets' leanings as a CSV) and
analysed once by `manysides.analyze`, the code of `--src`; and (reviews 11 and 12) the
printing of every output with the review's marks, each slant evidence span with its kind (`evidence_kind`),
and (reviews 11-15) the whole run, `run_review`."""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


def read_rows(path: Path, ids: Iterable[str]) -> dict[str, dict]:
    """The dataset's records (JSON Lines, plain or .xz) whose id is in `ids`, by id."""
    wanted = set(ids)
    opener = lzma.open if path.suffix == ".xz" else open
    rows = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in wanted:
                rows[r["id"]] = r
    return rows


def read_store(db: Path) -> tuple[dict, dict, dict]:
    """A store's articles by their external (gold) id, with their annotations and sentence vectors."""
    from manysides.store import Store

    store = Store(db)
    try:
        arts = {a.external_id: a for a in store.articles() if a.external_id}
        ids = [a.id for a in arts.values()]
        return arts, store.annotations(ids), store.sentence_vectors(ids)
    finally:
        store.close()


def analyze_rows(rows: dict[str, dict], order: Iterable[str], src: Path, name: str,
                 fields: Iterable[str] = ("url",), db: Path | None = None) -> tuple[dict, float, Path]:
    """(the analysis as JSON, seconds, the code's folder) for the records of `order`, each
    written with its title, text, outlet, date and `fields`, with their outlets' leanings; into the
    store `db` when given (kept: a second run annotates nothing again, and re-compares only when
    REPORT_VERSION differs), else into a temporary one."""
    sys.path.insert(0, str(src))
    import manysides
    from manysides.pipeline import load_leanings

    with tempfile.TemporaryDirectory(prefix=f"manysides-{name}-") as tmp:
        work = Path(tmp)
        with (work / "corpus.jsonl").open("w", encoding="utf-8") as out:
            for i in order:
                r = rows[i]
                record = {"id": i, "title": r["title"], "text": r["text"], "outlet": r["outlet"],
                          "published": r.get("date")} | {f: r.get(f) for f in fields}
                out.write(json.dumps(record) + "\n")
        with (work / "leanings.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["outlet", "leaning"])
            for outlet, leaning in sorted({(r["outlet"], r["leaning"]) for r in rows.values()}):
                w.writerow([outlet, leaning])
        t0 = time.perf_counter()
        analysis = manysides.analyze([str(work / "corpus.jsonl")], db=db or work / "r.db",
                                     leanings=load_leanings(work / "leanings.csv"))
        data = analysis.to_json()
    return data, time.perf_counter() - t0, Path(manysides.__file__).parent.parent


def sentence_around(text: str, start: int, end: int, width: int) -> str:
    """The sentence (or line) of `text` around the span start..end, on one line, cut to `width`."""
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    hi = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return " ".join(text[lo:hi + 1].split())[:width]


@dataclass(frozen=True)
class Marks:
    """What a review found wrong, as patterns marked "X" in the output: shared points' wordings,
    "only one outlet reports" items, quotes by speaker (lower case, without "the") -> the words
    it does not own, disputed figures, furniture lines; `main_fact`, by event, what its summary
    must state (None: summaries not checked); `slant`, by event, the slant evidence it found
    wrong, matched on each shown item's words (phrase, loaded word or verb, sentence; None: not
    checked)."""

    shared: str
    unique: str
    quotes: Mapping[str, str]
    disputes: str
    furniture: str
    main_fact: Mapping[str, str] | None = None
    slant: Mapping[str, str] | None = None


def print_review(data: dict, wanted: Mapping[str, str], seconds: float, code: Path, marks: Marks) -> None:
    """Print per event story everything a reader sees, with the review's marks counted per story."""
    print(f"{len(data['articles'])} articles, {len(data['stories'])} stories, {seconds:.0f} s ({code})")
    art = {a["id"]: a for a in data["articles"]}
    event = {a["id"]: wanted.get(a.get("external_id") or "", "?") for a in data["articles"]}

    def outlet(aid: str) -> str:
        return art[aid]["outlet"]

    def sentence(aid: str, start: int, end: int) -> str:
        return sentence_around(art[aid]["text"], start, end, 160)

    def mark(pattern: str, text: str) -> str:
        return "X " if re.search(pattern, text) else ""

    print("grouping: " + " | ".join(
        f"{len(s['articles'])}: " + ", ".join(sorted({event[i] for i in s['articles']})) for s in data["stories"]))
    totals: dict[str, list[int]] = {}  # the marks of every event story, summed: the figures the reviews' notes give
    furniture = 0
    for s in data["stories"]:
        events = sorted({event[i] for i in s["articles"]})
        if events == ["other event"]:
            continue
        # a story of one article has no summary (nothing to compare), so a summary is checked only with two or more
        checked = marks.main_fact is not None and len(s["articles"]) > 1
        tally = {k: [0, 0] for k in ("summary", "shared", "unique", "quotes", "disputes", "slant")
                 if (k != "summary" or checked) and (k != "slant" or marks.slant is not None)}
        slant_wrong = "|".join(f"(?:{marks.slant[e]})" for e in events if e in (marks.slant or {})) or r"(?!)"
        print(f"\n=== {', '.join(events)}: {len(s['articles'])} articles, title {s['title']!r}")
        print("  outlets: " + ", ".join(f"{outlet(i)} ({art[i].get('outlet_leaning')})" for i in s["articles"]))
        lacking = False
        if checked:
            main = [marks.main_fact[e] for e in events if e in marks.main_fact]
            lacking = any(not re.search(m, s.get("summary") or "") for m in main)
            tally["summary"][0 if lacking else 1] += 1
        print(f"  summary{' X (without the main fact)' if lacking else ''}: {s.get('summary')}")
        for d in s.get("disputed", []):
            flag = "X " if any(re.search(marks.disputes, c["text"]) for c in d["claims"]) else ""
            tally["disputes"][0 if flag else 1] += 1
            print(f"  {flag}disputed '{d['about']}':")
            for c in d["claims"]:
                print(f"    {outlet(c['article'])}: {c['text']!r} in: {sentence(c['article'], c['start'], c['end'])}")
        for k, p in enumerate(s.get("shared", [])):
            print(f"  shared #{k} [{len(set(p['articles']))} outlets]")
            wrong = False
            for e in p["evidence"]:
                text = " ".join(e["text"].split())
                wrong = wrong or bool(mark(marks.shared, text))
                print(f"    {mark(marks.shared, text)}{outlet(e['article'])}: {text[:160]}")
            tally["shared"][0 if wrong else 1] += 1
            if p.get("differing"):
                flag = "X " if any(re.search(marks.disputes, c["text"]) for c in p["differing"]) else ""
                tally["disputes"][0 if flag else 1] += 1
                days = {art[c["article"]].get("published") for c in p["differing"]}
                figures = " / ".join(f"{outlet(c['article'])}{' ' + str(art[c['article']].get('published')) if len(days) > 1 else ''}"
                                     f" {c['text']}" for c in p["differing"])
                print(f"    {flag}figures differ: {figures}")
        for u in s.get("unique", []):
            details = [d["text"] for d in u.get("details") or []]
            tally["unique"][0 if mark(marks.unique, u["text"]) else 1] += 1
            print(f"  only {mark(marks.unique, u['text'])}{outlet(u['article'])}: {u['text'][:160]!r}"
                  + (f" — {u['speaker']}" if u.get("speaker") else "") + (f" details {details}" if details else ""))
        print("  voices: " + "; ".join(f"{v['speaker']} ({v['kind']}, {len(set(v['articles']))} art.)"
                                       for v in s.get("voices", [])))
        for aid in s["articles"]:
            for q in art[aid].get("quotes") or []:
                if q.get("speaker"):
                    who = re.sub(r"(?i)^the ", "", q["speaker"]).lower()
                    flag = "X " if who in marks.quotes and re.search(marks.quotes[who], q["text"]) else ""
                    tally["quotes"][0 if flag else 1] += 1
                    print(f"  quote {flag}{outlet(aid)} | {q['speaker']}: {' '.join(q['text'].split())[:110]!r}")
        framing = s.get("framing") or {}
        for aid, terms in (framing.items() if isinstance(framing, dict) else []):
            if aid in art:
                shown = [t if isinstance(t, str) else t.get("term") for t in terms][:8]
                print(f"  framing {outlet(aid)}: {shown}")
        for aid in s["articles"]:
            a, sl = art[aid], art[aid]["slant"]
            ev = sorted((e for e in sl["evidence"] if e["kind"] in ("phrase", "sentence")),
                        key=lambda e: -abs(e["weight"]))
            phrases = [e["text"] for e in ev if e["kind"] == "phrase"][:5]
            sentences = [e["text"][:100] for e in ev if e["kind"] == "sentence"][:1]
            print(f"  slant {a['outlet']} ({a.get('outlet_leaning')}): {sl['label']} {sl['score']:+.2f}; "
                  f"phrases {phrases}; sentence {sentences}")
            # a digest's sections on other news (session 44): the label is read from them too, the evidence says so
            elsewhere = (s.get("other_news") or {}).get(aid) or []
            if elsewhere:
                print(f"    a digest: {len(elsewhere)} section(s) on other news; the label is read from them too")

            def where(e: dict) -> str:
                return " (another item of the digest)" if any(lo <= e["start"] < hi for lo, hi in elsewhere) else ""
            for e in sl["evidence"]:
                if marks.slant is not None and e["kind"] != "source":  # what the reader checks as slant wording
                    flag = mark(slant_wrong, " ".join(e["text"].split()))
                    tally["slant"][0 if flag else 1] += 1
                    print(f"    {flag}evidence {evidence_line(e)}{where(e)}")
                elif e["kind"] != "sentence":
                    print(f"    evidence {evidence_line(e)}{where(e)}")
            for r in a.get("removed") or []:
                print(f"    removed by cleaning: {r[:100]}")
            junk = [ln for ln in a["text"].split("\n") if ln.strip() and re.search(marks.furniture, ln.strip())]
            if junk:
                print(f"    furniture left in the text: {[ln.strip()[:60] for ln in junk]}")
                furniture += len(junk)
        print("  review marks (X = wrong / all): " + "; ".join(f"{k} {w}/{w + r}" for k, (w, r) in tally.items()))
        for k, (w, r) in tally.items():
            totals.setdefault(k, [0, 0])[0] += w
            totals[k][1] += w + r
    print("\nreview marks of all event stories (X = wrong / all): "
          + "; ".join(f"{k} {w}/{n}" for k, (w, n) in totals.items()) + f"; furniture left {furniture} lines")
    kinds = [{e["kind"] for e in (a.get("slant") or {}).get("evidence", [])} for a in data["articles"]]
    print(f"\nslant evidence: {sum('phrase' not in k for k in kinds)} of {len(kinds)} articles show no phrase, "
          f"{sum(not k & {'phrase', 'loaded'} for k in kinds)} no phrase and no loaded span")


def evidence_kind(e: Mapping) -> str:
    """What an evidence span is, as a reviewer reads it: a phrase that moved the score (shown
    only when it holds loaded wording), a loaded word (the lexicon's), a judgement verb of the
    narration, or sourcing (a party-identified speaker's quoted words); the note tells loaded
    words from verbs."""
    note = e.get("note") or ""
    if e["kind"] == "source":
        return "sourcing"
    if e["kind"] == "loaded":
        return "judgement verb" if "judgement verb" in note else "loaded word"
    return "loaded phrase" if e["kind"] == "phrase" else e["kind"]


def evidence_line(e: Mapping) -> str:
    """One evidence span for the review: its kind, its words, its weight and what its note adds
    (whose words a quoted one is; a verb's category and whom it characterises; a source's speaker)."""
    note = e.get("note") or ""
    kind = evidence_kind(e)
    why = ""
    if kind == "judgement verb":
        category = re.search(r"judgement verb \((\w+)\)", note)
        whom = re.search(r"it characterises .*$", note)
        why = "; ".join(m.group(1) if m is category else m.group() for m in (category, whom) if m)
    elif kind == "sourcing":
        why = note.split(";")[0]
    elif "inside a direct quote" in note or "inside an embedded post" in note:
        why = "quoted: the speaker's"
    text = " ".join(e["text"].split())
    return f"[{kind}] {text[:90]!r} {e['weight']:+.3f}" + (f" ({why[:140]})" if why else "")


ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"


def run_review(doc: str, name: str, events: Mapping[str, list[str]], others: list[str], marks: Marks,
               corpus: Path = ALLSIDES) -> int:
    """A review script's command line (`--src`, `--json`, `--load`): the events' articles and the
    unrelated ones of `corpus` (AllSides' unless told, e.g. `SAME_EVENT`) analysed by the code of `--src`
    (or an analysis saved with `--json`), every output printed with the review's marks."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the src folder of the version to measure")
    ap.add_argument("--json", type=Path, help="also write the analysis (JSON) here")
    ap.add_argument("--load", type=Path, help="print an analysis written with --json, marked anew (no run)")
    ap.add_argument("--db", type=Path, help="analyse into this store and keep it (a second run of another REPORT_VERSION "
                                            "re-does only the comparison)")
    args = ap.parse_args()
    wanted = {i: e for e, ids in events.items() for i in ids} | {i: "other event" for i in others}
    if args.load:
        print_review(json.loads(args.load.read_text(encoding="utf-8")), wanted, 0.0, args.load, marks)
        return 0
    if not corpus.exists():
        print(f"skipped: {corpus} not found")
        return 0
    rows = read_rows(corpus, wanted)
    data, seconds, code = analyze_rows(rows, wanted, args.src, name, ("url", "authors"), args.db)
    if args.json:
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
    print_review(data, wanted, seconds, code, marks)
    return 0
