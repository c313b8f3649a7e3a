"""Which judged sentence pairs a change to compare/shared.py brings together or takes apart.

    PYTHONPATH=/old/src nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_points_diff.py \
        --cache /tmp/se.db --save /tmp/old_points.json
    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/comparison_ideas/shared_points_diff.py \
        --cache /tmp/se.db --against /tmp/old_points.json

`benchmarks/shared_points_pairs.py` counts the judged pairs that stand together in one shared
point; this lists them. It computes the shipped `shared_points` of every same_event event (gold
`event`, the store of `--cache`) with the code on PYTHONPATH, saves every cross-outlet pair of
sentences standing in one point, and against a saved run prints the pairs gone and the pairs come,
each with its label in benchmarks/data/shared_pairs_labels.jsonl ("same", "different", or
unjudged), and the counts per label, for reading, and the shipped row of the benchmark (points,
judged pairs same / different, points with a different pair, clean) over the events whose
articles the store has all annotated (a store still being built can be read). `--link` tries
another LINK_THRESHOLD, `--rule` one of the rules tried for review 11-14's marks (`RULES`; session 26,
docs/comparison.md), each added to the shipped code here, none shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _stems(text: str) -> set[str]:
    from manysides.compare._text import NUMBER_WORDS, STOP_WORDS, words

    out = set()
    for w in words(text):
        if w in STOP_WORDS or w in NUMBER_WORDS or len(w) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out


def _one_person(cands, annotations, which, sims, *, speech: bool, share: float | None) -> np.ndarray:
    """[i, j]: both name one person (`speech`: both give one person's words) and the two share no
    word (of the whole sentence; `speech`: of the words given to people) besides names and the
    story's subject: words every article uses (`share` None) or that `share` of its sentences use."""
    from manysides.compare.shared import SAME_QUOTE, _name_words

    named, said = [], []
    for v in cands:
        ann = annotations[v.article]
        quotes = [q for q in ann.quotes if q.start < v.end and v.start < q.end and q.speaker_kind == "person"]
        spk = frozenset().union(*(_name_words(q.speaker) for q in quotes))
        people = [e for e in ann.entities if e.type == "PERSON" and v.start <= e.start and e.end <= v.end]
        named.append(spk if speech else spk.union(*(_name_words(e.name) for e in people)))
        said.append(" ".join(q.text for q in quotes) if speech else v.text)
    stems = [_stems(v.text) for v in cands]
    if share is None:
        by_article: dict[str, set] = {}
        for v, st in zip(cands, stems):
            by_article.setdefault(v.article, set()).update(st)
        common = set.intersection(*by_article.values())
    else:
        count: dict[str, int] = {}
        for st in stems:
            for w in st:
                count[w] = count.get(w, 0) + 1
        common = {w for w, n in count.items() if n >= max(3, share * len(cands))}
    content = [_stems(t) - common - _stems(" ".join(n)) for t, n in zip(said, named)]
    out = np.zeros(which.shape, dtype=bool)
    for i, j in zip(*np.nonzero(which)):
        out[i, j] = bool(named[i] & named[j] and (content[i] or not speech) and (content[j] or not speech)
                         and not content[i] & content[j] and sims[i, j] < SAME_QUOTE)
    return out


def _other_figures(cands, annotations, which, sims) -> np.ndarray:
    """[i, j]: figures of one unit in both, none alike (`shared._alike`)."""
    from manysides.compare.shared import _alike, _claims_in

    claims = [_claims_in(v, annotations[v.article]) for v in cands]
    out = np.zeros(which.shape, dtype=bool)
    for i, j in zip(*np.nonzero(which)):
        a, b = claims[i], claims[j]
        out[i, j] = bool({c.unit.lower() for c in a} & {c.unit.lower() for c in b}) and \
            not any(_alike(x, y) for x in a for y in b)
    return out


def _two_quantities(cands, annotations, which, sims, *, every: bool = True, kinds: bool = True) -> np.ndarray:
    """[i, j]: figures of one unit in both, none alike, and each two of one unit (`every`; else some two)
    two quantities by the disputes' tests: another kind (`numbers._kind`), apart (`numbers._apart`:
    the hurt and the dead, two kinds of one thing, ...) or too far apart to be one (`numbers._comparable`)."""
    from manysides.compare import numbers as nb
    from manysides.compare.shared import _alike, _claims_in

    claims = [_claims_in(v, annotations[v.article]) for v in cands]
    out = np.zeros(which.shape, dtype=bool)
    for i, j in zip(*np.nonzero(which)):
        a, b = claims[i], claims[j]
        if not kinds:
            a, b = [c for c in a if not nb.is_age(c)], [c for c in b if not nb.is_age(c)]
        pairs = [(x, y) for x in a for y in b if x.unit.lower() == y.unit.lower()
                 or (x.unit.lower() in nb.DURATION_SECONDS and y.unit.lower() in nb.DURATION_SECONDS)]
        if not pairs or any(_alike(x, y) or nb.intervals_overlap(nb._as_read(x), nb._as_read(y))
                            or nb._rounded_alike(x, y) for x in a for y in b):
            continue
        two = [(nb._kind(x) != nb._kind(y) if kinds else ("part" in nb._kind(x)) != ("part" in nb._kind(y)))
               or nb._apart(x, y, frozenset(), frozenset()) or not nb._comparable(x, y) for x, y in pairs]
        out[i, j] = all(two) if every else any(two)
    return out


RULES = {
    "figures-kinds": _two_quantities,
    "figures-kinds-any": lambda *a: _two_quantities(*a, every=False),
    "figures-apart-any": lambda *a: _two_quantities(*a, every=False, kinds=False),
    "person": lambda *a: _one_person(*a, speech=False, share=None),
    "speaker": lambda *a: _one_person(*a, speech=True, share=None),
    "speaker-5%": lambda *a: _one_person(*a, speech=True, share=0.05),
    "speaker-10%": lambda *a: _one_person(*a, speech=True, share=0.10),
    "figures": _other_figures,
    "mutual-best": None,  # every pair of a point that is no edge is each other's best match (`--slack`)
    "figures-unit": None,  # two same figures make no edge when one gives another figure of their unit
}


def _install(rule: str, shared_mod, slack: float) -> None:
    """Add `rule` to the shipped code (told apart, or the merge of points)."""
    if rule == "figures-unit":
        same = shared_mod._same_figures

        def same_figures(cands, annotations):
            out = same(cands, annotations)
            figs = [shared_mod.sentence_figures(v, annotations) for v in cands]
            for i, j in zip(*np.nonzero(out)):
                units = {u for u, _ in figs[i]} & {u for u, _ in figs[j]}
                out[i, j] = not any(u in units for u, _ in figs[i] ^ figs[j])
            return out

        shared_mod._same_figures = same_figures
    elif rule != "mutual-best":
        told = shared_mod.told_apart

        def told_apart(cands, annotations, which, sims):
            return told(cands, annotations, which, sims) | RULES[rule](cands, annotations, which, sims)

        shared_mod.told_apart = told_apart


def _mutual_best(story, anns, vecs, shared_mod, slack: float):
    """A `keep_apart` for one story: two sentences that are no edge (cosine and margin) and not
    within `slack` of each other's best match in the other's article stay apart."""
    from manysides.compare._text import sentence_views

    views, mats = sentence_views(story, anns, vecs)
    index = {v.text: k for k, v in enumerate(views)}
    mat = np.stack([mats[v.article][v.index] for v in views])
    sims = mat @ mat.T
    arts = [v.article for v in views]
    margins = shared_mod.pair_margins(arts, sims)
    art = np.asarray(arts, dtype=object)
    best = np.zeros(sims.shape, dtype=np.float32)
    for name in dict.fromkeys(arts):
        cols = np.nonzero(art == name)[0]
        best[:, cols] = sims[:, cols].max(axis=1, keepdims=True)

    def apart(x: str, y: str) -> bool:
        i, j = index[x], index[y]
        edge = sims[i, j] >= shared_mod.SHARED_THRESHOLD and margins[i, j] >= shared_mod.SHARED_MARGIN
        return not edge and not (sims[i, j] >= best[i, j] - slack and sims[i, j] >= best[j, i] - slack)

    return apart


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True, help="the analysed store (built once, ~5 min)")
    ap.add_argument("--save", type=Path, help="write this run's pairs here")
    ap.add_argument("--against", type=Path, help="a saved run: print the pairs gone and come")
    ap.add_argument("--link", type=float, help="LINK_THRESHOLD to try")
    ap.add_argument("--rule", choices=sorted(RULES), help="a rule tried, added to the shipped code")
    ap.add_argument("--slack", type=float, default=0.0, help="with --rule mutual-best: how far below the best")
    args = ap.parse_args()
    from shared_points_pairs import analyse, judge_points, load_labels, pair_key

    from manysides.compare import shared as shared_mod

    arts, anns, vecs, events = analyse(args.cache)
    labels = load_labels()
    kw = {} if args.link is None else {"link": args.link}
    if args.rule:
        _install(args.rule, shared_mod, args.slack)
    pairs: dict[str, list] = {}
    points: dict[str, list] = {"basil": [], "roundups": []}
    done = [e for e in sorted(events) if all(arts[g].id in anns for g in events[e])]
    for event in done:
        story = [arts[g] for g in events[event]]
        outlet = {a.id: a.outlet for a in story}
        if args.rule == "mutual-best":
            kw["keep_apart"] = _mutual_best(story, anns, vecs, shared_mod, args.slack)
        for p in shared_mod.shared_points(story, anns, vecs, **kw):
            ev = p.evidence
            points["basil" if event.startswith("basil") else "roundups"].append([e.text for e in ev])
            for i in range(len(ev)):
                for j in range(i + 1, len(ev)):
                    if outlet[ev[i].article] != outlet[ev[j].article]:
                        a, b = sorted((" ".join(ev[i].text.split()), " ".join(ev[j].text.split())))
                        # named as the labels name them: a quotation mark moved is the same pair
                        pairs["\t".join((event, *pair_key(a, b)))] = [event, a, b]
    if args.save:
        args.save.write_text(json.dumps(sorted(pairs.values())), encoding="utf-8")
    if args.against:
        saved = json.loads(args.against.read_text(encoding="utf-8"))
        old = {"\t".join((e, *pair_key(a, b))): [e, a, b] for e, a, b in saved}
        for title, keys in (("gone", old.keys() - pairs.keys()), ("come", pairs.keys() - old.keys())):
            tally: dict[str, int] = {}
            print(f"\n=== pairs {title}")
            for k in sorted(keys):
                event, a, b = (old if title == "gone" else pairs)[k]
                label = labels.get(pair_key(a, b), "unjudged")
                corpus = "basil" if event.startswith("basil") else "roundups"
                tally[f"{corpus} {label}"] = tally.get(f"{corpus} {label}", 0) + 1
                print(f"[{label}] {event}\n   {a[:200]}\n   {b[:200]}")
            print(f"pairs {title}: {dict(sorted(tally.items()))}")
    print(f"{len(pairs)} cross-outlet pairs in shared points of {len(done)} of {len(events)} events "
          "(those whose articles the store has all annotated)")
    for corpus, got in points.items():
        n, same, diff, unjudged, with_diff, clean = judge_points(got, labels)
        print(f"{corpus}: {n} points, judged same {same}, different {diff}, unjudged {unjudged}, "
              f"with a different pair {with_diff}, clean {clean}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
