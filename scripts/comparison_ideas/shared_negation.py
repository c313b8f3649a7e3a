"""An idea measured and not shipped: keep a statement and its negation out of one shared point.

    nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_negation.py                  # BASIL and roundups
    nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_negation.py --corpus basil
    nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_negation.py --pairs /tmp/pairs.jsonl  # no model

A review read "Make no mistake, Hagel was fired" and "Hagel wasn't fired" as one shared
point (cosine 0.77). `contradicts` below rejects a pair when one sentence negates a word
(the first content word after "not", "never", "no" or a "-n't" word in its clause) that
the other states outside any negation.

Annotates the events of ../shared/data/same_event (BASIL: three full articles an event;
AllSides roundups: three lead paragraphs) with the project's pipeline, then for each event
prints every cross-outlet sentence pair alike enough to be a shared point's edge (cosine
>= SHARED_THRESHOLD) that `contradicts` rejects, so a person can judge each: an opposite
statement, or a rule error. Also prints the shared points per corpus without the rule and
with it (`shared_points(..., keep_apart=contradicts)`). With `--pairs FILE`, the pairs are
written there, or, when the file exists, read from it instead of annotating (to judge a
changed rule in seconds; the shared-point counts need the annotation and are then left
out). There is no gold for shared points; docs/comparison.md has the judged figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

SAME_EVENT = ROOT.parent / "shared" / "data" / "same_event" / "articles.jsonl"

from manysides.compare._text import STOP_WORDS as _STOP_WORDS  # noqa: E402

# a word (hyphens and apostrophes inside), or punctuation that ends a clause; quotation
# marks do not ("was not 'a war of choice'")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[.,;:!?()—–]")
_NEGATORS = frozenset("not never no nor neither cannot".split())
_NOT_NEGATING = frozenset("only just merely".split())  # "not only", "not just"
# words a negator reaches across to its word ("was not yet fired", "not to declare"); any
# other function word ends its reach ("not above the law" negates no word here)
_NEGATION_SKIPS = frozenset(
    "be been being is was were are am have has had do does did the a an to yet even ever always really so "
    "very going any".split())


def _polarity(text: str) -> dict[str, tuple[bool, bool]]:
    """Content word (stemmed) -> (negated, under a negation) over its occurrences.

    Negated: it is the first content word after a negator ("not", "never", "no", a "-n't"
    word) in its clause, as in "was not fired", "didn't vote", "no evidence"; only that
    word ("the law does not discriminate" negates "discriminate", not "law"). Under a
    negation: it stands anywhere after a negator in its clause ("no plans to resign")."""
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    out: dict[str, tuple[bool, bool]] = {}
    pending = under = False  # a negator waits for its word; the clause has a negator
    for i, w in enumerate(tokens):
        if not w[0].isalpha():
            pending = under = False  # punctuation ends the clause
            continue
        if w in _NEGATORS or w.endswith("n't"):
            pending = i + 1 >= len(tokens) or tokens[i + 1] not in _NOT_NEGATING
            under = under or pending
            continue
        if w in _STOP_WORDS or len(w) < 3:
            pending = pending and w in _NEGATION_SKIPS
            continue
        stem = _stem(w)
        was = out.get(stem, (False, False))
        out[stem] = (was[0] or pending, was[1] or under)
        pending = False
    return out


def contradicts(a: str, b: str) -> bool:
    """Whether one sentence negates a word the other states outside any negation ("was
    fired" / "wasn't fired", "evidence" / "no evidence"; not "will not resign" / "has no
    plans to resign")."""
    pa, pb = _polarity(a), _polarity(b)
    return any((pa[w][0] and not pb[w][1]) or (pb[w][0] and not pa[w][1]) for w in pa.keys() & pb.keys())


def _stem(word: str) -> str:
    """A crude stem, so "vote", "voted", "votes" and "voting" are one word here."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word




def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=("basil", "roundups", "both"), default="both")
    ap.add_argument("--pairs", type=Path, help="JSON Lines of the pairs: written, or read when it exists")
    args = ap.parse_args()
    from manysides.compare import shared

    if args.pairs and args.pairs.exists():
        with open(args.pairs, encoding="utf-8") as f:
            pairs = [json.loads(line) for line in f]
        for corpus in sorted({p["corpus"] for p in pairs}):
            mine = [p for p in pairs if p["corpus"] == corpus]
            vetoed = [p for p in mine if contradicts(p["a"], p["b"])]
            for p in vetoed:
                _show(p)
            print(f"{corpus}: {len(vetoed)} of {len(mine)} cross-outlet pairs at cosine >= {shared.SHARED_THRESHOLD} "
                  "rejected as contradicting\n")
        return 0
    if not SAME_EVENT.exists():
        print(f"skipped: {SAME_EVENT} not found")
        return 0
    import numpy as np

    from manysides.compare._text import is_boilerplate, sentence_views
    from manysides.nlp.annotate import annotate_many
    from manysides.nlp.models import load_embedder
    from manysides.records import Article

    with open(SAME_EVENT, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    corpora = ("basil", "roundups") if args.corpus == "both" else (args.corpus,)
    emb = load_embedder()
    for corpus in corpora:
        events: dict[str, list[dict]] = {}
        for r in rows:
            if (r.get("corpus") == "basil") == (corpus == "basil"):
                events.setdefault(r["event"], []).append(r)
        articles = [Article(id=r["id"], source="bench", outlet=r["outlet"], url=None, title=r.get("title"),
                            byline=None, published=r.get("date"), language="en", text=r["text"])
                    for e in sorted(events) for r in events[e]]
        t0 = time.perf_counter()
        anns = {a.article_id: a for a in annotate_many(articles)}
        by_id = {a.id: a for a in articles}
        vecs = {aid: emb.encode([by_id[aid].text[s.start:s.end] for s in ann.sentences]) for aid, ann in anns.items()}
        print(f"{corpus}: annotated {len(articles)} articles of {len(events)} events in {time.perf_counter() - t0:.0f}s")
        edges = vetoed = 0
        kept = []
        for e in sorted(events):
            arts = [by_id[r["id"]] for r in events[e]]
            views, mats = sentence_views(arts, anns, vecs)
            cands = [v for v in views if v.n_words >= shared.MIN_WORDS and not is_boilerplate(v.text)]
            for i, a in enumerate(cands):
                for b in cands[i + 1:]:
                    if a.outlet == b.outlet:
                        continue
                    cos = float(mats[a.article][a.index] @ mats[b.article][b.index])
                    if cos < shared.SHARED_THRESHOLD:
                        continue
                    edges += 1
                    pair = {"corpus": corpus, "event": e, "cosine": round(cos, 4), "a_outlet": a.outlet,
                            "a": a.text, "b_outlet": b.outlet, "b": b.text}
                    kept.append(pair)
                    if contradicts(a.text, b.text):
                        vetoed += 1
                        _show(pair)
        without = sum(len(shared.shared_points([by_id[r["id"]] for r in events[e]], anns, vecs)) for e in events)
        with_rule = sum(len(shared.shared_points([by_id[r["id"]] for r in events[e]], anns, vecs,
                                                  keep_apart=contradicts)) for e in events)
        if args.pairs:
            with open(args.pairs, "a", encoding="utf-8") as f:
                f.writelines(json.dumps(p) + "\n" for p in kept)
        print(f"{corpus}: {vetoed} of {edges} cross-outlet pairs at cosine >= {shared.SHARED_THRESHOLD} rejected "
              f"as contradicting; shared points {without} without the rule, {with_rule} with it\n")
    return 0


def _show(p: dict) -> None:
    print(f"  [{p['event']}] cosine {p['cosine']:.2f}\n    {p['a_outlet']}: {' '.join(p['a'].split())}\n"
          f"    {p['b_outlet']}: {' '.join(p['b'].split())}")


if __name__ == "__main__":
    raise SystemExit(main())
