"""Shared points judged pair by pair: which cross-outlet sentence pairs are one point.

    nice -n 10 .venv/bin/python benchmarks/shared_points_pairs.py                    # this checkout
    nice -n 10 .venv/bin/python benchmarks/shared_points_pairs.py --cache /tmp/se.db # keep the analysed store
    nice -n 10 .venv/bin/python benchmarks/shared_points_pairs.py --src /old/src --cache /tmp/copy.db  # another version

A review found a quarter of the shared points of long stories pairing two different
statements, at cosines (0.68-0.84) that no threshold separates. Readers (AI helper agents,
shown the two sentences and a guideline, no scores) then read 2,958 cross-outlet sentence
pairs and judged each "same" (both outlets report this) or
"different" (`data/shared_pairs_labels.jsonl`; the sentences are named by `sentence_key`,
a hash of their words without quotation marks, so the file holds no article text and a
label survives a closing mark moving between sentences; `scripts/rekey_labels.py` re-keyed
the first, exact-text keys, `scripts/rekey_raw_labels.py` those the readers saw in the raw text, with
a dateline cleaning removes): every pair of ../shared/data/same_event
at or above the edge cosine 0.68 (BASIL: three full articles an event; AllSides roundups:
three lead paragraphs), the pairs from 0.58 to 0.68 whose margin (below) was at least
1.05, and the points of the AllSides review corpus (`review_allsides.py`) before and
after the margin. 175 pairs read twice agreed 165 times; only agreed labels count.

The events are gold (the `event` field). The articles are analysed once by the pipeline
(about 5 minutes) into a temporary store, or `--cache`. This prints:

* per corpus, for rules on each edge (cosine alone; the margin, the pair's cosine over
  the mean of each sentence's other best matches in the other article, Artetxe &
  Schwenk's ratio margin; mutual best match; shared words that are not the subject's;
  the margin with sentences quoting different named people kept apart),
  the judged pairs kept, and in the shared points they yield: points, judged pairs that
  stand together in one point (same / different), points holding a different pair,
  and "clean" points (every pair judged same);
* the shipped `shared_points` over edge thresholds and margins, the same way.

The margin was chosen on BASIL (long articles, where the errors were) and is reported on
the roundups and the review corpus; docs/comparison.md has the figures. Main's code at 678e192,
shipped row: BASIL 292 points, 323 same / 48 different / 27 unjudged (58 under the first, exact-text
keys), 39 with a different pair, 238 clean; roundups 308 / 427 / 70 / 17 (21) / 54 / 241. Session 30
(ANNOTATOR_VERSION 47, the raw-text keys re-keyed): BASIL 292 / 341 / 51 / 6 / 40 / 247, roundups 308 / 434 /
71 / 11 / 54 / 244.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"
LABELS = Path(__file__).resolve().parent / "data" / "shared_pairs_labels.jsonl"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


# Quotation marks: every double one, and a single one unless it stands between two letters or
# digits (an apostrophe: "don't", "Trump's"). A closing mark moves between sentences when the
# splitting changes (session 27 gave it back to the sentence it closes), the words do not.
_QUOTE_MARKS = re.compile(r"""["“”„‟«»‹›]|(?<![^\W_])['‘’‚‛]|['‘’‚‛](?![^\W_])""")


def sentence_key(text: str) -> str:
    """A sentence's name in the label files: a hash of its words, without quotation marks and
    with spaces normalised, so a label survives a mark moving to the next sentence (no text kept).
    A text with no quotation mark keeps the key of its exact text (the files' first keys)."""
    return hashlib.sha1(" ".join(_QUOTE_MARKS.sub(" ", text).split()).encode("utf-8")).hexdigest()[:16]


def pair_key(a: str, b: str) -> tuple[str, str]:
    x, y = sentence_key(a), sentence_key(b)
    return (x, y) if x <= y else (y, x)


def load_labels(path: Path = LABELS) -> dict[tuple[str, str], str]:
    """(sentence key, sentence key) -> "same" | "different" | "unsure"."""
    out = {}
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[(r["a"], r["b"])] = r["label"]
    return out


def _stems(text: str, stop: frozenset[str]) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'").removesuffix("'s")
        if w in stop or len(w) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out


def analyse(cache: Path | None) -> tuple[dict, dict, dict, dict]:
    """Articles, annotations and sentence vectors by gold id, and the gold events."""
    from _review_corpus import read_store
    from manysides.pipeline import analyze

    rows = [json.loads(line) for line in SAME_EVENT.open(encoding="utf-8") if line.strip()]
    tmp = None
    if cache is None:
        tmp = tempfile.TemporaryDirectory()
        cache = Path(tmp.name) / "same_event.db"
    if not cache.exists():
        corpus = cache.with_suffix(".jsonl")
        with corpus.open("w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"id": r["id"], "title": r.get("title"), "text": r["text"],
                                      "outlet": r.get("outlet"), "published": r.get("date")}) + "\n")
        analyze([str(corpus)], db=cache)
    try:
        arts, anns, vecs = read_store(cache)
    finally:
        if tmp is not None:
            tmp.cleanup()
    events: dict[str, list[str]] = {}
    for r in rows:
        if r["id"] in arts:
            events.setdefault(r["event"], []).append(r["id"])
    return arts, anns, vecs, events


def pair_features(arts: dict, anns: dict, vecs: dict, events: dict, floor: float) -> list[dict]:
    """Every cross-outlet candidate pair of sentences at or above cosine `floor`, with what
    else could tell a paraphrase from a neighbour on the same subject."""
    from manysides.compare._text import STOP_WORDS, is_boilerplate, sentence_views
    from manysides.compare.shared import MIN_WORDS, _leads_in, pair_margins, told_apart

    out = []
    for event, gold_ids in sorted(events.items()):
        views, mats = sentence_views([arts[g] for g in gold_ids], anns, vecs)
        cands = [v for v in views if v.n_words >= MIN_WORDS and not is_boilerplate(v.text)]
        if len({v.outlet for v in cands}) < 2:
            continue
        mat = np.stack([mats[v.article][v.index] for v in cands])
        sims = mat @ mat.T
        margins = pair_margins([v.article for v in cands], sims)
        stems = [_stems(v.text, STOP_WORDS) for v in cands]
        per_article: dict[str, set] = {}
        for v, s in zip(cands, stems):
            per_article.setdefault(v.article, set()).update(s)
        subject = set.intersection(*per_article.values())  # words every article uses
        art = np.array([v.article for v in cands], dtype=object)
        outlet = np.array([v.outlet for v in cands], dtype=object)
        apart = told_apart(cands, anns, (sims >= floor) & (outlet[:, None] != outlet[None, :]), sims)
        # surnames of the named people a sentence quotes (a full name, as the quotes give it)
        speakers = [{q.speaker.split()[-1].lower() for q in anns[v.article].quotes
                     if q.start < v.end and q.end > v.start and q.speaker_kind == "person" and q.speaker
                     and q.speaker[:1].isupper() and " " in q.speaker.strip()} for v in cands]
        for i, j in zip(*np.nonzero(np.triu(sims >= floor, k=1))):
            a, b = cands[i], cands[j]
            if a.outlet == b.outlet:
                continue
            cos = float(sims[i, j])
            rank_a = int((sims[i, art == b.article] > cos).sum())
            rank_b = int((sims[j, art == a.article] > cos).sum())
            out.append({
                "event": event, "corpus": "basil" if event.startswith("basil") else "roundups",
                "a": a.text, "b": b.text, "key": pair_key(a.text, b.text), "cos": cos,
                "margin": float(margins[i, j]), "mutual": rank_a == 0 and rank_b == 0,
                "shared_words": len((stems[i] & stems[j]) - subject),
                "speakers_apart": bool(speakers[i] and speakers[j] and not speakers[i] & speakers[j]),
                "told_apart": bool(apart[i, j]),
                "lead_in": _leads_in(a.text) or _leads_in(b.text),
            })
    return out


def rules() -> dict:
    """Rules on one edge: name -> predicate on its features (True keeps it)."""
    out = {"cosine alone (before)": lambda f: True}
    for m in (1.10, 1.15, 1.20, 1.25, 1.30):
        out[f"margin >= {m:.2f}"] = lambda f, m=m: f["margin"] >= m
    out["mutual best match"] = lambda f: f["mutual"]
    for w in (1, 2):
        out[f"{w}+ shared words, or cosine >= 0.80"] = lambda f, w=w: f["shared_words"] >= w or f["cos"] >= 0.80
    out["margin >= 1.20, speakers not apart"] = lambda f: f["margin"] >= 1.20 and not f["speakers_apart"]
    out["margin >= 1.20, not told apart, no lead-in"] = \
        lambda f: f["margin"] >= 1.20 and not f["told_apart"] and not f["lead_in"]
    return out


def judge_points(points: list[list[str]], labels: dict) -> tuple[int, int, int, int, int, int]:
    """Points (each its sentences' texts), judged pairs in them (same, different,
    unjudged), points holding a different pair, and clean points (every pair judged same)."""
    n = same = diff = unjudged = with_diff = clean = 0
    for texts in points:
        n += 1
        got = [labels.get(pair_key(x, y)) for i, x in enumerate(texts) for y in texts[i + 1:]]
        same += got.count("same")
        diff += got.count("different")
        unjudged += len(got) - got.count("same") - got.count("different")
        with_diff += "different" in got
        clean += all(g == "same" for g in got)
    return n, same, diff, unjudged, with_diff, clean


HEAD = f"{'points':>6} {'same':>5} {'diff':>5} {'unjudged':>8} {'prec':>5} {'with a diff':>11} {'clean':>5}"


def _row(n, same, diff, unjudged, with_diff, clean) -> str:
    return (f"{n:6d} {same:5d} {diff:5d} {unjudged:8d} {same / max(1, same + diff):5.3f} "
            f"{with_diff:11d} {clean:5d}")


def by_rule(feats: list[dict], corpus: str, labels: dict, data: tuple) -> None:
    from manysides.compare.shared import shared_points

    arts, anns, vecs, events = data
    mine = [f for f in feats if f["corpus"] == corpus]
    judged = [f for f in mine if labels.get(f["key"]) in ("same", "different")]
    same = sum(labels[f["key"]] == "same" for f in judged)
    print(f"\n{corpus}: {len(judged)} judged edges (cosine >= 0.68), {same} same")
    print(f"  {'rule':36} {'kept':>5} {'prec':>5} {'same lost':>9} {'diff gone':>9} | {HEAD}")
    by_event: dict[str, dict] = {}
    for f in mine:
        by_event.setdefault(f["event"], {})[(f["a"], f["b"])] = f
    for name, keep in rules().items():
        kept = [f for f in judged if keep(f)]
        s = sum(labels[f["key"]] == "same" for f in kept)
        points = []
        for event, pairs in sorted(by_event.items()):

            def apart(x: str, y: str, pairs=pairs) -> bool:
                f = pairs.get((x, y)) or pairs.get((y, x))
                return f is not None and not keep(f)

            points += [[e.text for e in p.evidence] for p in
                       shared_points([arts[g] for g in events[event]], anns, vecs, keep_apart=apart, margin=0,
                                     tell_apart=False)]
        print(f"  {name:36} {len(kept):5d} {s / max(1, len(kept)):5.3f} {same - s:9d} "
              f"{(len(judged) - same) - (len(kept) - s):9d} | {_row(*judge_points(points, labels))}")


def sweep(corpus: str, labels: dict, data: tuple) -> None:
    from manysides.compare.shared import SHARED_MARGIN, SHARED_THRESHOLD, shared_points

    arts, anns, vecs, events = data
    print(f"\n{corpus}: shared_points by edge cosine and margin (shipped: {SHARED_THRESHOLD}, {SHARED_MARGIN})")
    print(f"  {'cosine':>6} {'margin':>6} {HEAD}")
    chosen = sorted(e for e in events if e.startswith("basil") == (corpus == "basil"))
    for threshold in (0.62, 0.65, 0.68):
        for margin in (0.0, 1.10, 1.15, 1.20, 1.25):
            points = [[x.text for x in p.evidence] for e in chosen for p in
                      shared_points([arts[g] for g in events[e]], anns, vecs, threshold=threshold, margin=margin)]
            print(f"  {threshold:6.2f} {margin:6.2f} {_row(*judge_points(points, labels))}")
    # the shipped settings without the rules that tell sentences apart (speakers, answers, lead-ins)
    points = [[x.text for x in p.evidence] for e in chosen for p in
              shared_points([arts[g] for g in events[e]], anns, vecs, tell_apart=False)]
    print(f"  {SHARED_THRESHOLD:6.2f} {SHARED_MARGIN:6.2f} {_row(*judge_points(points, labels))}  without told_apart")


def import_labels(pair_files: list[str], label_globs: list[str], corpus_of: str | None) -> None:
    """Write the label file from the readers' files (pair id -> label) and the pairs they
    read (pair id -> the two sentences), each sentence named by `sentence_key`; a pair whose
    readers disagree is left out."""
    pairs = {}
    for name in pair_files:
        text = Path(name).read_text(encoding="utf-8")
        rows = json.loads(text) if text.lstrip().startswith("[") else [json.loads(x) for x in text.splitlines() if x]
        pairs.update({p["pair"]: p for p in rows})
    got: dict[int, set[str]] = {}
    for pattern in label_globs:
        for name in sorted(glob.glob(pattern)):
            for line in open(name, encoding="utf-8"):
                if line.strip():
                    r = json.loads(line)
                    got.setdefault(r["pair"], set()).add(r["label"])
    rows = {}
    if LABELS.exists():
        rows = {(r["a"], r["b"]): r for r in map(json.loads, LABELS.read_text(encoding="utf-8").splitlines()) if r}
    for pid, seen in got.items():
        if pid in pairs and len(seen) == 1:
            p = pairs[pid]
            corpus = corpus_of or p.get("corpus") or ("basil" if p["event"].startswith("basil") else "roundups")
            a, b = pair_key(p["a"], p["b"])
            rows[(a, b)] = {"corpus": corpus, "a": a, "b": b, "label": seen.pop()}
    LABELS.parent.mkdir(exist_ok=True)
    LABELS.write_text("".join(json.dumps(r) + "\n" for _, r in sorted(rows.items())), encoding="utf-8")
    print(f"{len(rows)} labelled pairs in {LABELS}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, help="store of the analysed same_event articles, made when missing")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="the code to measure (another version's src folder; default this checkout's)")
    ap.add_argument("--import-pairs", nargs="+", help="(maintainers) add readers' labels: the pairs they read")
    ap.add_argument("--import-labels", nargs="+", help="(maintainers) with --import-pairs: globs of their labels")
    ap.add_argument("--corpus-name", help="(maintainers) with --import-pairs: the corpus the pairs come from")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    if args.import_pairs:
        import_labels(args.import_pairs, args.import_labels or [], args.corpus_name)
        return 0
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found")
        return 0
    labels = load_labels()
    data = analyse(args.cache)
    feats = pair_features(*data, floor=0.68)
    for corpus in ("basil", "roundups"):
        by_rule(feats, corpus, labels, data)
        sweep(corpus, labels, data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
