"""What only one outlet reports, judged item by item: is it really that outlet's own?

    nice -n 10 .venv/bin/python benchmarks/unique_items.py                    # this checkout
    nice -n 10 .venv/bin/python benchmarks/unique_items.py --cache /tmp/se.db # keep the analysed store
    nice -n 10 .venv/bin/python benchmarks/unique_items.py --src /old/src --cache /tmp/copy.db  # another version

Readers (AI helper agents, shown the event's articles, the listed sentence and its
details, no scores) judged the 2,062 "only one outlet reports" items that the comparison
listed for the gold events of ../shared/data/same_event (BASIL: three full articles an
event; AllSides roundups: three lead paragraphs), on 2026-12-01 after the details were
added: "own" (it reports something, a fact, figure, name, quote or claim, that no other
outlet's article reports in any words) or "elsewhere" (another outlet reports all of it),
and each of its details "new" or "given" (another outlet gives it in any form: rounded, in
words, by surname, under another name). `data/unique_items_labels.jsonl` holds the
judgements, the sentences and details named by a hash of their words without quotation
marks (`shared_points_pairs.sentence_key`; no article text, and a label survives a closing
mark moving between sentences).

The events are analysed once by the pipeline (about 5 minutes), into a temporary store or
`--cache`, and compared as stories; this prints, per corpus: the items listed, how many
are judged own / elsewhere / not judged (an item this version lists that the readers did
not see), by the listed sentence's best cosine to another outlet's sentences; and the details
listed, judged new / given / not judged, by kind (figure or name). Main's code at 678e192:
BASIL 909 items, own 792 / elsewhere 80 / not judged 37 (65 under the first, exact-text keys);
roundups 1,071, 957 / 112 / 2 (11); by version, docs/comparison.md ("Labels that survive").

An item widened over several sentences (since REPORT_VERSION 118 a sentence opening inside a
quotation is listed from where the quotation opens) is a text no reader saw whole: it is judged
by its sentences' labels (`judged`): own when one of them is judged own (the item reports what
that sentence reports), elsewhere when every one is judged elsewhere, else not judged; a line
per corpus counts them and those it could not judge, and a detail is looked up under any of
the item's sentences. On main's code at d3b53b9 (a copy of session 33's same-event store):
BASIL 896 items, own 740 / elsewhere 73 / not judged 83 by the item's text alone, 783 / 73 / 40
(precision 0.910 -> 0.915) with the 47 widened items judged by their sentences (43 own, 4 not:
one with no sentence judged, 3 with some judged elsewhere and the rest not); roundups 1,056,
925 / 110 / 21 -> 944 / 110 / 2 (0.894 -> 0.896; 19 widened, all own).
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from shared_points_pairs import SAME_EVENT, analyse, sentence_key  # noqa: E402

LABELS = HERE / "data" / "unique_items_labels.jsonl"
BINS = ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.68), (0.68, 1.01))


def load_labels(path: Path = LABELS) -> tuple[dict, dict]:
    """(event, sentence key) -> own / elsewhere; (event, sentence key, detail key) -> new / given."""
    items, details = {}, {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            items[(r["event"], r["item"])] = r["label"]
            for d, label in r["details"].items():
                details[(r["event"], r["item"], d)] = label
    return items, details


def listed(data: tuple) -> list[dict]:
    """Every item the comparison lists for each gold event, with its best cosine to the
    other outlets' sentences."""
    import numpy as np

    from manysides.compare import compare_story
    from manysides.compare._text import outlet_key, sentence_views
    from manysides.records import Story

    arts, anns, vecs, events = data
    out = []
    for event, ids in sorted(events.items()):
        group = [arts[g] for g in ids]
        report = compare_story(Story(id="s", title="", articles=tuple(a.id for a in group)), group, anns, vecs)
        views, mats = sentence_views(group, anns, vecs)
        row = {(v.article, v.end): v.index for v in views}
        for u in report.unique:
            own = next(a for a in group if a.id == u.article)
            others = [mats[a.id] for a in group if outlet_key(a) != outlet_key(own) and a.id in mats]
            vec = mats[u.article][row[(u.article, u.end)]]  # the sentence listed (a widened item's last)
            best = max(float((m @ vec).max()) for m in others) if others else 0.0
            # the sentences an item is made of: more than one when it is widened to where its quotation opens
            parts = [v.text for v in views if v.article == u.article and u.start <= v.start and v.end <= u.end]
            out.append({"event": event, "text": u.text, "best": best, "parts": parts,
                        "details": [d.text for d in getattr(u, "details", ())]})
    return out


def judged(item: dict, item_labels: dict) -> tuple[str, str]:
    """(own / elsewhere / not judged, how): the readers' label of the item's text ("text"); for an item widened
    over several sentences (a quotation listed from where it opens: a text no reader saw whole), what its
    sentences' labels say of the whole ("sentences"): own when one of them is judged own (the item reports what
    that sentence reports, which no other outlet does), elsewhere when every one is judged elsewhere; else not
    judged, a sentence never judged ("unseen") or, with none judged own, some judged elsewhere and some not
    ("partly")."""
    label = item_labels.get((item["event"], sentence_key(item["text"])))
    if label is not None:
        return label, "text"
    parts = item.get("parts", [])
    if len(parts) < 2:
        return "not judged", "unseen"
    got = [item_labels.get((item["event"], sentence_key(p))) for p in parts]
    if "own" in got:
        return "own", "sentences"
    if all(g == "elsewhere" for g in got):
        return "elsewhere", "sentences"
    return "not judged", "partly" if "elsewhere" in got else "unseen"


def detail_label(item: dict, detail: str, detail_labels: dict) -> str:
    """A detail's label, under the item's text or (a widened item) any of its sentences."""
    for text in (item["text"], *item.get("parts", [])):
        label = detail_labels.get((item["event"], sentence_key(text), sentence_key(detail)))
        if label is not None:
            return label
    return "not judged"


def report(items: list[dict], labels: tuple[dict, dict]) -> None:
    item_labels, detail_labels = labels
    for corpus in ("basil", "roundups"):
        mine = [i for i in items if i["event"].startswith("basil") == (corpus == "basil")]
        how = {id(i): judged(i, item_labels) for i in mine}
        got = Counter(how[id(i)][0] for i in mine)
        judged_n = got["own"] + got["elsewhere"]
        print(f"\n{corpus}: {len(mine)} items; own {got['own']}, elsewhere {got['elsewhere']}, "
              f"not judged {got['not judged']}; precision {got['own'] / max(1, judged_n):.3f}")
        widened = [i for i in mine if len(i.get("parts", [])) > 1]
        w = Counter(how[id(i)][1] for i in widened)
        wl = Counter(how[id(i)][0] for i in widened if how[id(i)][1] == "sentences")
        print(f"  widened items (several sentences): {len(widened)}; judged as a whole {w['text']}, by their "
              f"sentences' labels {w['sentences']} (own {wl['own']}, elsewhere {wl['elsewhere']}); could not "
              f"{w['unseen'] + w['partly']} (no sentence judged {w['unseen']}, some judged elsewhere and the rest "
              f"not {w['partly']})")
        for lo, hi in BINS:
            b = [i for i in mine if lo <= i["best"] < hi]
            c = Counter(how[id(i)][0] for i in b)
            print(f"  best cosine {lo:.2f}-{min(hi, 1.0):.2f}: {len(b):4d} items, own {c['own']:4d}, "
                  f"elsewhere {c['elsewhere']:3d}, not judged {c['not judged']:3d}")
        for kind in ("figure", "name"):
            d = Counter(detail_label(i, x, detail_labels)
                        for i in mine for x in i["details"] if bool(re.search(r"\d", x)) == (kind == "figure"))
            judged_n = d["new"] + d["given"]
            print(f"  details, {kind}s: {sum(d.values())}; new {d['new']}, given {d['given']}, "
                  f"not judged {d['not judged']}; precision {d['new'] / max(1, judged_n):.3f}")


def import_labels(events_file: str, label_globs: list[str]) -> None:
    """(maintainers) Write the label file from the items the readers saw and their labels,
    each sentence and detail named by `sentence_key` (as the measuring names them)."""
    events = {e["event"]: e for e in json.loads(Path(events_file).read_text(encoding="utf-8"))}
    rows = []
    for pattern in label_globs:
        for name in sorted(glob.glob(pattern)):
            for line in open(name, encoding="utf-8"):
                if not line.strip():
                    continue
                r = json.loads(line)
                item = next(i for i in events[r["event"]]["items"] if i["item"] == r["item"])
                if r["label"] not in ("own", "elsewhere") or len(r["details"]) != len(item["details"]):
                    continue
                rows.append({"event": r["event"], "item": sentence_key(item["text"]), "label": r["label"],
                             "details": {sentence_key(d): x for d, x in zip(item["details"], r["details"])}})
    rows.sort(key=lambda r: (r["event"], r["item"]))
    LABELS.parent.mkdir(exist_ok=True)
    LABELS.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} judged items in {LABELS}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="store of the analysed same_event articles, made when missing")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="the code to measure (another version's src folder; default this checkout's)")
    ap.add_argument("--import-events", help="(maintainers) the events and items the readers saw (JSON)")
    ap.add_argument("--import-labels", nargs="+", help="(maintainers) with --import-events: globs of their labels")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    if args.import_events:
        import_labels(args.import_events, args.import_labels or [])
        return 0
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found")
        return 0
    report(listed(analyse(args.cache)), load_labels())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
