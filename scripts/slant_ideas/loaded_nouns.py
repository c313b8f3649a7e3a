"""What the loaded-wording evidence misses of BASIL's lexical-bias spans, by part of speech, and
general ways to find loaded nouns and phrases, measured on BASIL's tuning and held-out halves.

    nice -n 10 .venv/bin/python scripts/slant_ideas/loaded_nouns.py      # ~1 min (parses 98 articles)

The halves are those of benchmarks/slant_loaded.py (by a hash of the event). A span is
"found" when a loaded span (word classes, as the pipeline gives them) overlaps it; its class
is the part of speech of its single word, or "multi:" and that of the head of its words.

Ways measured (each adds its spans to the shipped loaded wording, each word once per article):
- hyperpartisan corpus: words whose document frequency in the 645 hand-labelled hyperpartisan
  articles stands out against the others (log-odds z-score, Monroe et al. 2008, prior 1), at
  least 5 articles, not among the commonest news words (idf < 3), used as a noun, not a name;
- BASIL tuning nouns: the lemmas of nouns inside the tuning half's lexical-bias spans more often
  than outside them (what a list read off the training part gives on unseen events);
- adverbs of loaded adjectives ("strikingly" of "striking": -ly, -ily, -ically forms of a word the
  lexicon rates loaded, used as an adverb);
- intensifier + adjective ("very serious": a word the lexicon rates as an intensifier before an
  adjective rated at least 0.5 subjective or not rated), the span covering both.
None raised F1 on the tuning half (docs/model-card-slant.md, "What the loaded wording misses").
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from slant_loaded import basil_items, f1, half, measure, overlaps  # noqa: E402

from manysides.nlp import slant_loaded as L  # noqa: E402
from manysides.nlp.models import load_spacy  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import tokenize  # noqa: E402

HYPER = ROOT.parent / "shared" / "data" / "hyperpartisan" / "train.jsonl"


def parse(items: list[dict]) -> None:
    """Each item's tokens (start, end, tag, lemma, entity type, pos, head's pos) and tags."""
    for it, doc in zip(items, load_spacy().pipe([it["text"] for it in items], batch_size=16)):
        it["toks"] = [(t.idx, t.idx + len(t), t.tag_, t.lemma_.lower(), t.ent_type_) for t in doc]
        it["tags"] = {t.idx: t.tag_ for t in doc}
        it["doc"] = doc


def missed_by_class(items: list[dict], model: SlantModel) -> None:
    by, found, examples = Counter(), Counter(), {}
    for it in items:
        ours = [(e.start, e.end) for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it["tags"])]
        for s, e, _ in it["lex"]:
            span = it["doc"].char_span(s, e, alignment_mode="expand")
            toks = [t for t in span if not t.is_punct] if span is not None else []
            if not toks:
                cls = "punctuation"
            elif len(toks) == 1:
                cls = toks[0].pos_
            else:
                cls = "multi:" + min(toks, key=lambda t: len(list(t.ancestors))).pos_
            by[cls] += 1
            hit = overlaps(s, e, ours)
            found[cls] += hit
            if not hit:
                examples.setdefault(cls, []).append(it["text"][s:e])
    print(f"== BASIL lexical-bias spans (both halves, {sum(by.values())}) by part of speech: spans, found, missed")
    for cls, n in by.most_common():
        print(f"   {cls:14s} {n:4d} {found[cls]:4d} {n - found[cls]:4d}   e.g. {examples.get(cls, [])[:10]}")


def hyper_words(model: SlantModel, min_z: float) -> set[str]:
    """Words whose share of hyperpartisan articles stands out (log-odds z-score >= `min_z`)."""
    df = {True: Counter(), False: Counter()}
    n = Counter()
    with open(HYPER, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            words = {w for w, *_ in tokenize(f"{r.get('title') or ''} {r.get('text') or ''}") if w.isalpha()}
            df[bool(r["hyperpartisan"])].update(words)
            n[bool(r["hyperpartisan"])] += 1
    out = set()
    for w in set(df[True]) | set(df[False]):
        y1, y0 = df[True][w], df[False][w]
        if y1 + y0 < 5 or len(w) < 3 or (model.word_idf(w) or 99.0) < L.MIN_IDF:
            continue
        d = math.log((y1 + 1) / (n[True] - y1 + 1)) - math.log((y0 + 1) / (n[False] - y0 + 1))
        if d / math.sqrt(1 / (y1 + 1) + 1 / (y0 + 1)) >= min_z:
            out.add(w)
    return out


def tuning_nouns(tune: list[dict]) -> set[str]:
    inside, outside = Counter(), Counter()
    for it in tune:
        for s, e, tag, lemma, _ in it["toks"]:
            if tag in ("NN", "NNS"):
                (inside if overlaps(s, e, it["lex"]) else outside)[lemma] += 1
    return {w for w, c in inside.items() if c > outside[w]}


def adding(model: SlantModel, extra_of):
    """The shipped loaded spans (word classes) plus `extra_of(item)`'s spans that overlap none of them."""
    def spans_of(it: dict) -> list[tuple[int, int]]:
        base = [(e.start, e.end) for e in L.loaded_words(it["text"], idf=model.word_idf, tags=it["tags"])]
        return base + [x for x in extra_of(it) if not overlaps(x[0], x[1], base)]
    return spans_of


def nouns_in(words: set[str], by_lemma: bool):
    def extra(it: dict) -> list[tuple[int, int]]:
        out, seen = [], set()
        for s, e, tag, lemma, ent in it["toks"]:
            key = lemma if by_lemma else it["text"][s:e].lower()
            if tag in ("NN", "NNS") and key in words and key not in seen and not ent and not it["text"][s].isupper():
                seen.add(key)
                out.append((s, e))
        return out
    return extra


def adverbs_and_intensified(it: dict) -> list[tuple[int, int]]:
    lex = L.lexicon()
    toks, text, out = it["toks"], it["text"], []
    for i, (s, e, tag, _, _) in enumerate(toks):
        w = text[s:e].lower()
        if tag == "RB" and any(w.endswith(suf) and L.rated_loaded(w[: len(w) - len(suf)] + rep, "JJ")
                               for suf, rep in (("ically", "ic"), ("ily", "y"), ("ly", "le"), ("ly", ""))):
            out.append((s, e))
        if (w in lex and lex[w].intensity > 1.0 and i + 1 < len(toks) and toks[i + 1][2] == "JJ"
                and ((nx := lex.get(text[toks[i + 1][0]:toks[i + 1][1]].lower())) is None or nx.subjectivity >= 0.5)):
            out.append((s, toks[i + 1][1]))
    return out


def main() -> None:
    model = SlantModel.load()
    items = basil_items()
    parse(items)
    missed_by_class(items, model)
    tune = [it for it in items if half(it["event"]) == 0]
    test = [it for it in items if half(it["event"]) == 1]
    ways = [("shipped loaded wording (word classes)", adding(model, lambda it: []))]
    for z in (3.0, 4.0, 5.0):
        words = hyper_words(model, z)
        ways.append((f"+ hyperpartisan corpus nouns, z >= {z:.0f} ({len(words)} words)",
                     adding(model, nouns_in(words, by_lemma=False))))
    words = tuning_nouns(tune)
    ways.append((f"+ BASIL tuning-half nouns ({len(words)} lemmas)", adding(model, nouns_in(words, by_lemma=True))))
    ways.append(("+ adverbs of loaded adjectives, intensifier + adjective", adding(model, adverbs_and_intensified)))
    print("\n== spans, precision, recall, F1: tuning half | held-out half")
    for name, fn in ways:
        cells = []
        for part in (tune, test):
            m = measure(part, fn, np.random.default_rng(13), repeats=2)
            cells.append(f"{m['spans']:4d} {m['hits']:3d}/{m['spans']:<4d}= {m['precision']:.3f} "
                         f"{m['found']:3d}/{m['lex']} = {m['recall']:.3f} F1 {f1(m['precision'], m['recall']):.3f}")
        print(f"   {name:58s} " + " | ".join(cells))


if __name__ == "__main__":
    main()
