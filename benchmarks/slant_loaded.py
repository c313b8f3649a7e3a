"""Loaded-wording evidence (kind "loaded") against BASIL's lexical-bias spans.

    .venv/bin/python benchmarks/slant_loaded.py          # tuning grid + held-out figures + speed (~1 min)
    .venv/bin/python benchmarks/slant_loaded.py --no-grid
    .venv/bin/python benchmarks/slant_loaded.py --no-grid --tags   # also with the parse's word classes
    .venv/bin/python benchmarks/slant_loaded.py --no-grid --tags --variants   # and review 11's rule's variants
    .venv/bin/python benchmarks/slant_loaded.py --no-grid --tags --quoted     # and session 27's quote rule's
    .venv/bin/python benchmarks/slant_loaded.py --no-grid --tags --src OLD/src  # another checkout's code
    .venv/bin/python benchmarks/slant_loaded.py --no-grid --tags --unmarked tune   # the pipeline's unmarked spans

With --tags it also prints the loaded wording without the judgement verbs of the narration
(slant_verbs.py, session 24) and those verbs alone, and the pipeline's reading: word classes and
the reported speech the annotate stage finds (`speech`), as `SlantModel.score` is given them.

BASIL's annotators mark loaded words inside quotations too (55 of the 232 held-out spans); the
evidence is meant to find the outlet's own wording, so each "unquoted spans only" line measures
against the spans outside quotations alone (session 28): precision is the share of our spans on
such a span, recall the share of them found.

The 142 BASIL articles are split in two by a hash of their *event* (so the three
articles of one event stay together): the cut-offs of nlp/slant_loaded.py were chosen on
the tuning half (the grid below prints it) and the figures are reported on the other
half. Per configuration:

- precision: share of our spans that overlap an annotated lexical-bias (`bias == "lex"`)
  span of the same article;
- recall: share of annotated lexical-bias spans that at least one of our spans overlaps;
- the same two figures for random spans of the same lengths at random places in the same
  article (the baseline of slant_eval.py), and for the existing phrase evidence of the
  slant model (`SlantModel.phrase_evidence`).

Only articles where at least one lexical-bias span was found in the text count, as in
slant_eval.py.

Since (session 34, ANNOTATOR_VERSION 77: a document's claim, a negated judgement verb, a verb in a charge's clause, a
characterisation given "as", "enthusiastic", read from `--unmarked tune`): "loaded wording, pipeline (classes +
speech)" held-out half 15/53 = 0.283, recall 15/112 -> identical (none of the classes occurs there); tuning half
16/57 = 0.281 -> 16/52 = 0.308, recall 17/120 unchanged.

Since (session 36, ANNOTATOR_VERSION 86, rules read from both halves' unmarked spans: a plain "insist", "an
affirmative vote", a rated adjective heading a noun phrase, a feeling said of someone, a question asked, a critic's
reason for a verb): "loaded wording, pipeline (classes + speech)" held-out half 15/53 = 0.283 -> 15/44 = 0.341, recall
15/112 unchanged (F1 0.192); tuning half 16/52 = 0.308 -> 16/48 = 0.333, recall 17/120 unchanged (F1 0.199).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# --src OLD/src measures another checkout's code with this benchmark (read before the imports)
SRC = Path(sys.argv[sys.argv.index("--src") + 1]).resolve() if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _basil import lex_spans  # noqa: E402
from manysides.nlp import slant_loaded as L  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "same_event"
SEED = 13


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def half(event: str) -> int:
    """0 = tuning half, 1 = held-out half."""
    return hashlib.sha256(event.encode("utf-8")).digest()[0] % 2


def basil_items() -> list[dict]:
    """BASIL articles with their lexical-bias spans located in the text."""
    arts = {a["id"]: a for a in load_jsonl(DATA / "articles.jsonl")}
    out = []
    for ann in load_jsonl(DATA / "basil_annotations.jsonl"):
        a = arts.get(ann["id"])
        if a is None:
            continue
        text = a["text"]
        lex = lex_spans(text, ann["spans"])
        if lex:
            out.append({"id": a["id"], "event": a["event"], "title": a.get("title"), "text": text, "lex": lex})
    return out


def overlaps(s: int, e: int, spans) -> bool:
    return any(s < le and ls < e for ls, le, *_ in spans)


def measure(items: list[dict], spans_of, rng: np.random.Generator, repeats: int = 20) -> dict:
    """Precision and recall of `spans_of(item) -> [(start, end)]`, and of random spans of
    the same lengths (mean over `repeats` draws)."""
    n = hits = n_lex = found = 0
    r_hits = r_found = 0.0
    for it in items:
        text, lex = it["text"], it["lex"]
        spans = spans_of(it)
        n += len(spans)
        n_lex += len(lex)
        hits += sum(overlaps(s, e, lex) for s, e in spans)
        found += sum(overlaps(ls, le, spans) for ls, le, _ in lex)
        for _ in range(repeats):
            rand = []
            for s, e in spans:
                s0 = int(rng.integers(0, max(len(text) - (e - s), 1)))
                rand.append((s0, s0 + e - s))
            r_hits += sum(overlaps(s, e, lex) for s, e in rand) / repeats
            r_found += sum(overlaps(ls, le, rand) for ls, le, _ in lex) / repeats
    return {
        "spans": n, "hits": hits, "lex": n_lex, "found": found,
        "precision": hits / max(n, 1), "recall": found / max(n_lex, 1),
        "rand_precision": r_hits / max(n, 1), "rand_recall": r_found / max(n_lex, 1),
    }


def unquoted(items: list[dict]) -> list[dict]:
    """The same articles with only their lexical-bias spans outside quotations (the outlet's own wording)."""
    return [{**it, "lex": [sp for sp in it["lex"] if not sp[2]]} for it in items]


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def loaded_fn(model: SlantModel, with_tags: bool = False, **kw):
    idf = model.word_idf

    def spans_of(it: dict) -> list[tuple[int, int]]:
        tags = it["tags"] if with_tags else None
        return [(e.start, e.end) for e in L.loaded_words(it["text"], idf=idf, tags=tags, **kw)]

    return spans_of


def pipeline_fn(model: SlantModel):
    """The loaded spans as `SlantModel.score` reads them in the pipeline: word classes and reported speech."""

    def spans_of(it: dict) -> list[tuple[int, int]]:
        speech = it.get("speech", ())
        kw = {"speech": speech} if "speech" in L.loaded_words.__code__.co_varnames else {}
        return [(e.start, e.end) for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it["tags"], **kw)]

    return spans_of


def verbs_fn(model: SlantModel):
    """The judgement-verb spans alone (their note says so), with the parse's word classes."""

    def spans_of(it: dict) -> list[tuple[int, int]]:
        return [(e.start, e.end) for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it["tags"])
                if "judgement verb" in (e.note or "")]

    return spans_of


def line(name: str, m: dict) -> str:
    return (f"   {name:46s} spans {m['spans']:4d}  precision {m['hits']:3d}/{m['spans']:<4d}= {m['precision']:.3f} "
            f"(random {m['rand_precision']:.3f})  recall {m['found']:3d}/{m['lex']} = {m['recall']:.3f} "
            f"(random {m['rand_recall']:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-grid", action="store_true", help="skip the tuning grid")
    ap.add_argument("--tags", action="store_true",
                    help="also measure the pipeline's way: a word counts only as the word class the lexicon rates "
                         "(spaCy's tags; parses the articles, ~30 s)")
    ap.add_argument("--words", type=int, default=0, help="print the N most frequent loaded words of the tuning half")
    ap.add_argument("--variants", action="store_true",
                    help="the review 11 rule's variants (a tone; every sense subjective), both halves; needs --tags")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the manysides source folder to measure")
    ap.add_argument("--quoted", action="store_true",
                    help="session 27's quote rule's variants (how long a quotation is a statement), both halves; "
                         "needs --tags")
    ap.add_argument("--unmarked", choices=("tune", "test"),
                    help="list the pipeline's loaded spans (classes + speech) on no lexical-bias span, with their "
                         "context, on the tuning half (read rules from these) or the held-out half; needs --tags")
    args = ap.parse_args()
    if not (DATA / "basil_annotations.jsonl").exists():
        sys.exit(f"missing {DATA}: see ../shared/data/README.md")
    model = SlantModel.load()
    items = basil_items()
    if args.tags:
        from manysides.nlp.annotate import annotate_doc
        from manysides.nlp.models import load_spacy

        for it, doc in zip(items, load_spacy().pipe([it["text"] for it in items], batch_size=16)):
            it["tags"] = {t.idx: t.tag_ for t in doc}
            # reported speech as the pipeline gives it to the scorer (SlantModel.score's `speech`)
            # (and, since session 30, a quoted fragment a speech verb gives a named speaker: `speaker_regions`)
            quotes = annotate_doc(it["id"], doc).quotes
            it["speech"] = (L.speaker_regions(quotes) if hasattr(L, "speaker_regions")
                            else [(q.start, q.end) for q in quotes if not q.direct])
    tune = [it for it in items if half(it["event"]) == 0]
    test = [it for it in items if half(it["event"]) == 1]
    print(f"BASIL articles with lexical-bias spans: {len(items)}; tuning half {len(tune)} articles "
          f"({sum(len(i['lex']) for i in tune)} spans), held-out half {len(test)} articles "
          f"({sum(len(i['lex']) for i in test)} spans, {sum(q for i in test for *_, q in i['lex'])} inside quotes)")
    shipped = dict(min_subjectivity=L.MIN_SUBJECTIVITY, min_idf=L.MIN_IDF, max_spans=L.MAX_LOADED,
                   skip_quoted=L.SKIP_QUOTED)

    if not args.no_grid:
        print("\n== Tuning half: the grid the shipped cut-offs were chosen from (by F1)")
        rows = []
        for subj in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
            for min_idf in (0.0, 2.0, 3.0, 4.0):
                for skip in (True, False):
                    for cap in (3, 6, 10, 0):
                        kw = dict(min_subjectivity=subj, min_idf=min_idf, max_spans=cap, skip_quoted=skip)
                        m = measure(tune, loaded_fn(model, **kw), np.random.default_rng(SEED), repeats=2)
                        rows.append((f1(m["precision"], m["recall"]), kw, m))
        rows.sort(key=lambda r: -r[0])
        for score, kw, m in rows[:12]:
            print(f"   F1 {score:.3f}  P {m['precision']:.3f} R {m['recall']:.3f} spans {m['spans']:4d}  {kw}")
        for skip in (True, False):
            best = max((r for r in rows if r[1]["skip_quoted"] is skip), key=lambda r: r[0])
            print(f"   best with skip_quoted={skip}: F1 {best[0]:.3f} {best[1]}")

    if args.words:
        # which words are loaded on the tuning half, and how often inside an annotated span:
        # what the plain-in-news list (slant_loaded.PLAIN_IN_NEWS) is read from
        counts: dict[str, list[int]] = {}
        for it in tune:
            for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it.get("tags"), **shipped):
                c = counts.setdefault(e.text.lower(), [0, 0])
                c[0] += 1
                c[1] += overlaps(e.start, e.end, it["lex"])
        top = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))[: args.words]
        print("\n== tuning half: the most frequent loaded words (times, inside a lexical-bias span)")
        print("   " + ", ".join(f"{w} {n}/{h}" for w, (n, h) in top))

    if args.variants and args.tags:
        # review 11: "vast" (no tone) and "detailed" (a plain sense) were listed as loaded
        print("\n== review 11's rule, word classes (pipeline): F1 on the tuning half | held-out half")
        for tone_ in (0.0, L.MIN_TONE):
            for every in (False, True):
                kw = {**shipped, "min_tone": tone_, "every_sense": every}
                res = [measure(p, loaded_fn(model, with_tags=True, **kw), np.random.default_rng(SEED), repeats=2)
                       for p in (tune, test)]
                print(f"   min_tone {tone_:.1f}, every sense {every!s:5s}: " + " | ".join(
                    f"spans {m['spans']:3d} P {m['precision']:.3f} R {m['recall']:.3f} F1 "
                    f"{f1(m['precision'], m['recall']):.3f}" for m in res))

    if args.quoted and args.tags:
        # session 27 (review 15): a loaded word inside a quoted statement is the speaker's; up to how
        # many words is a quotation a fragment the outlet picked out ("a witch hunt") and kept?
        print("\n== the quote rule, word classes (pipeline): tuning half | held-out half")
        for label, kw in [("every quoted word listed (before)", {"statements": True}),
                          *[(f"fragments of <= {n} words kept", {"fragment_words": n}) for n in (0, 1, 2, 3, 4, 6)]]:
            res = [measure(p, loaded_fn(model, with_tags=True, **{**shipped, **kw}), np.random.default_rng(SEED),
                           repeats=2) for p in (tune, test)]
            print(f"   {label:34s}: " + " | ".join(
                f"spans {m['spans']:3d} P {m['hits']}/{m['spans']} = {m['precision']:.3f} R {m['found']}/{m['lex']} = "
                f"{m['recall']:.3f} F1 {f1(m['precision'], m['recall']):.3f}" for m in res))

    if args.unmarked and args.tags:
        # session 34: what the pipeline lists that BASIL's annotators did not mark (read on the tuning half only)
        part = tune if args.unmarked == "tune" else test
        print(f"\n== the pipeline's loaded spans on no lexical-bias span, {args.unmarked} half")
        n = 0
        for it in part:
            for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it["tags"], speech=it.get("speech", ())):
                if not overlaps(e.start, e.end, it["lex"]):
                    n += 1
                    t = it["text"]
                    ctx = (t[max(0, e.start - 90):e.start] + "[[" + t[e.start:e.end] + "]]" + t[e.end:e.end + 70])
                    print(f"   {it['id']}  {e.text!r:18s} {(e.note or '')[:40]!r:44s} ... {' '.join(ctx.split())}")
        print(f"   {n} spans")

    for name, part in (("tuning half", tune), ("held-out half", test)):
        print(f"\n== {name} ({len(part)} articles), shipped settings {shipped}")
        rng = np.random.default_rng(SEED)
        print(line("loaded wording (shipped)", measure(part, loaded_fn(model, **shipped), rng)))
        flip = {**shipped, "skip_quoted": not shipped["skip_quoted"]}
        print(line(f"loaded wording, skip_quoted={flip['skip_quoted']}", measure(part, loaded_fn(model, **flip), rng)))
        if "statements" in L.loaded_words.__code__.co_varnames:  # session 27: quoted statements left out
            print(line("loaded wording, quoted statements too", measure(
                part, loaded_fn(model, **shipped, statements=True), np.random.default_rng(SEED))))
        print(line("loaded wording, no cap", measure(part, loaded_fn(model, **{**shipped, "max_spans": 0}), rng)))
        if args.tags:
            m = measure(part, loaded_fn(model, with_tags=True, **shipped), rng)
            print(line("loaded wording, word classes (pipeline)", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
            m = measure(part, loaded_fn(model, **shipped), np.random.default_rng(SEED))
            print(line("loaded wording, any word class", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
            # the judgement verbs of the narration (slant_verbs.py), session 24: without them, and alone
            m = measure(part, loaded_fn(model, with_tags=True, verbs=False, **shipped), np.random.default_rng(SEED))
            print(line("  word classes, no judgement verbs", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
            m = measure(part, verbs_fn(model), np.random.default_rng(SEED))
            print(line("  word classes, judgement verbs alone", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
            m = measure(part, pipeline_fn(model), np.random.default_rng(SEED))
            print(line("loaded wording, pipeline (classes + speech)", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
            m = measure(unquoted(part), pipeline_fn(model), np.random.default_rng(SEED))
            print(line("  pipeline, unquoted spans only", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")

        def phrases(it: dict) -> list[tuple[int, int]]:
            return [(e.start, e.end) for e in model.phrase_evidence(it["text"])[0]]

        m = measure(unquoted(part), loaded_fn(model, **shipped), np.random.default_rng(SEED))
        print(line("loaded wording (shipped), unquoted spans only", m) + f"  F1 {f1(m['precision'], m['recall']):.3f}")
        print(line("slant phrase evidence (existing)", measure(part, phrases, rng)))

    # speed: the full scorer, which now adds the loaded spans
    arts = load_jsonl(DATA / "articles.jsonl")
    L.lexicon()  # read once per process; timed apart
    t0 = time.perf_counter()
    L.lexicon.cache_clear()
    L.lexicon()
    t_lex = time.perf_counter() - t0
    for name, texts in (("same_event", [(a["text"], a.get("title")) for a in arts]),
                        ("BASIL full articles", [(i["text"], i["title"]) for i in items])):
        t0 = time.perf_counter()
        for text, title in texts:
            model.score(text, title)
        dt = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text, title in texts:
            model._score(text, title, loaded=False)
        d0 = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text, _ in texts:
            L.loaded_words(text, idf=model.word_idf)
        dl = time.perf_counter() - t0
        print(f"\n   scoring speed on {name} ({len(texts)} articles, mean "
              f"{np.mean([len(t) for t, _ in texts]):.0f} characters): {len(texts) / dt:.0f} articles/s "
              f"with loaded wording, {len(texts) / d0:.0f} without; the loaded-wording step alone "
              f"{len(texts) / dl:.0f} articles/s")
    print(f"   reading the lexicon from the installed textblob: {1000 * t_lex:.0f} ms once per process")


if __name__ == "__main__":
    main()
