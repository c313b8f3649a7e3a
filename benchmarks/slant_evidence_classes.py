"""What the slant and hyperpartisan *phrase* evidence is made of, by class.

    .venv/bin/python benchmarks/slant_evidence_classes.py            # ~1 min
    .venv/bin/python benchmarks/slant_evidence_classes.py --src OLD/src   # another checkout's code

A review (docs/model-card-slant.md, "Evidence a reader can check") read every evidence
item of 36 articles and found most phrase evidence uncheckable as slant: name pieces
("President Trump", "Barack", "Los"), function words and connectives ("though", "such
as", "meanwhile"), neutral attribution ("said the", "told", "reported"), how figures and
time spans are written ("percent", "trillion", "years ago"), and phrases inside a direct
quote shown as if they were the outlet's. This counts those classes, by the rules below
(written here, independent of the scorer's own lists, so that the same count can be run
on an older checkout with `--src`), over:

- the held-out families' AllSides articles (every 4th of the fixed split's 3,202), and
- the 142 BASIL articles of same_event,

and prints the share of shown phrases in each class, the phrases per article, and
whether the scores are identical to a reference run (`--save` / `--compare` a JSON of
scores), since only the evidence may change.

Classes (a phrase counts in the first that fits; "content" is the rest: the words a
reader could at least read as wording, topic words included):
- name piece: every word that is not a function word is capitalised as a name (not at a
  sentence start, or at one with a capitalised word after it; a title or an initial before
  it, "Mr." or "A.", ends no sentence; an all-capital word beside another all-capital
  word is shouting, not a name);
- function/connective: only function words, connectives, quantifiers and prepositions;
- attribution: only those and neutral attribution words (said, told, reported, according ...);
- figure/time: only those and figure or time-span words (percent, trillion, years ago ...);
- inside a quote (counted apart, across classes): the phrase lies in a direct quotation;
- no subjective word (counted apart, across classes): no word of the phrase is rated 0.5 or
  more subjective (mean over its senses) by the TextBlob subjectivity lexicon: topic words
  ("page", "rate", "column") and plain verbs, which review 11 found shown as slant wording.

It also counts (session 27) the sentence and loaded-wording spans shown, per article, and how
many lie inside a direct quotation or hold no subjective word (review 15 found sentences of
plain facts and quoted speakers' words among them).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

FUNCTION = frozenset(
    "a an the of to in on at by for from with and or but nor so as is are was were be been being it its this "
    "that these those he she they we you i his her their our your my me him them us who whom which what when "
    "where why how not no than then there here has have had do does did will would can could should may might "
    "must also just about into over after before up down out more most very "
    # connectives, quantifiers, prepositions, contractions
    "though although however meanwhile indeed yet still even instead thus hence therefore moreover furthermore "
    "nevertheless nonetheless otherwise besides such like unlike especially regarding among amid between "
    "through during without within against toward towards upon across around behind beyond despite except "
    "since until unless whether while because if else own other others another many much few several some any "
    "all each every both either neither only less least whose who's it's that's there's he's she's they're "
    "we're we've i'm i've you're let's isn't wasn't don't doesn't didn't".replace("'", "’").split()
    + "who's it's that's there's he's she's they're we're we've i'm i've you're let's isn't wasn't don't "
      "doesn't didn't".split()
)
STYLE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april june july august "
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday "
    "tomorrow tonight morning afternoon evening overnight mr mrs ms dr sen rep gov lt gen former".split()
)
ATTRIBUTION = frozenset(
    "said says say saying told tell tells telling according added adds reported reports reportedly".split()
)
FIGURE_TIME = frozenset(
    "percent cent hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens ago year years month months week weeks day days hour hours decade decades now late later "
    "earlier recently".split()
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_QUOTE = re.compile(r"\"[^\"\n]{1,1500}\"|“[^”\n]{1,1500}”")
_START = re.compile(r"(?:^|[.!?:;\"“”(\[\n—–-])[\s\"“'‘(]*$")
_CAP = re.compile(r"[A-Z][\w'’.-]*")
# a title or an initial before a name is no sentence end ("Mr. Obama's", "Henry A. Wallace")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Pres|Sec|Atty|St|Jr|Sr)"
                     r"|\b[A-Z]\.[A-Z])\.[\"'”’)]*$")


def _name_word(text: str, s: int, e: int) -> bool:
    w = text[s:e]
    if not w[:1].isupper():
        return False
    nxt = re.match(r"[\s-]+([\w'’.-]+)", text[e:e + 40])
    prv = re.search(r"([\w'’.-]+)[\s-]+$", text[max(0, s - 40):s])
    if len(w) > 1 and w.isupper():  # an acronym, unless the words beside it shout too
        return not any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (nxt, prv))
    before = text[max(0, s - 40):s]
    if _START.search(before) is None or _ABBREV.search(before.rstrip()):
        return True
    return nxt is not None and _CAP.fullmatch(nxt.group(1)) is not None and not nxt.group(1).isupper()


def phrase_class(text: str, s: int, e: int) -> str:
    words = [(m.group(), s + m.start(), s + m.end()) for m in _WORD.finditer(text[s:e])]
    content = [(w, a, b) for w, a, b in words
               if w.lower() not in FUNCTION | STYLE and len(w) >= 3 and not w.isdigit()]
    if content and all(_name_word(text, a, b) for _, a, b in content):
        return "name piece"
    rest = {w.lower() for w, _, _ in content}
    if not rest:
        return "function/connective"
    if rest <= ATTRIBUTION:
        return "attribution"
    if rest <= FIGURE_TIME | ATTRIBUTION:
        return "figure/time"
    return "content"


def in_quote(text: str, s: int, e: int) -> bool:
    return any(qs < s and e <= qe for qs, qe in ((m.start(), m.end()) for m in _QUOTE.finditer(text)))


CLASSES = ("name piece", "function/connective", "attribution", "figure/time", "content")


def subjective_word(lex, text: str, s: int, e: int) -> bool:
    return any((en := lex.get(m.group().lower())) is not None and en.subjectivity >= 0.5
               for m in _WORD.finditer(text, s, e))


def tally(model, items: list[tuple[str, str | None]], lex) -> tuple[dict, list[float]]:
    counts = {k: Counter() for k in ("slant", "hyperpartisan")}
    quoted = Counter()
    scores = []
    for text, title in items:
        slant, hp = model.score(text, title)
        scores.append(slant.score)
        scores.append(hp.probability)
        for name, ev in (("slant", slant.evidence), ("hyperpartisan", hp.evidence)):
            for e in ev:
                if e.kind in ("sentence", "loaded"):  # session 27: what else a reader is shown
                    k = f"{name} {e.kind}"
                    quoted[k] += 1
                    quoted[k + " in quote"] += in_quote(text, e.start, e.end)
                    quoted[k + " plain"] += not subjective_word(lex, text, e.start, e.end)
                if e.kind != "phrase":
                    continue
                counts[name][phrase_class(text, e.start, e.end)] += 1
                counts[name]["all"] += 1
                quoted[name] += in_quote(text, e.start, e.end)
                quoted[name + " noted"] += bool(e.note and "quote" in e.note)
                quoted[name + " plain"] += not subjective_word(lex, text, e.start, e.end)
    return {"counts": counts, "quoted": quoted, "articles": len(items)}, scores


def show(title: str, res: dict) -> None:
    print(f"\n== {title}: {res['articles']} articles")
    for name, c in res["counts"].items():
        n = c["all"]
        parts = "  ".join(f"{k} {c[k]} ({c[k] / max(n, 1):.1%})" for k in CLASSES)
        print(f"   {name:13s} phrases {n} ({n / max(res['articles'], 1):.2f}/article): {parts}")
        print(f"   {'':13s} inside a direct quote {res['quoted'][name]} ({res['quoted'][name] / max(n, 1):.1%}), "
              f"of which noted as quoted {res['quoted'][name + ' noted']}")
        print(f"   {'':13s} no subjective word {res['quoted'][name + ' plain']} "
              f"({res['quoted'][name + ' plain'] / max(n, 1):.1%})")
        for kind in ("sentence", "loaded"):
            k, q = f"{name} {kind}", res["quoted"]
            if q[k]:
                per = q[k] / max(res["articles"], 1)
                print(f"   {'':13s} {kind} spans {q[k]} ({per:.2f}/article): inside a direct "
                      f"quote {q[k + ' in quote']} ({q[k + ' in quote'] / q[k]:.1%}), no subjective word "
                      f"{q[k + ' plain']} ({q[k + ' plain'] / q[k]:.1%})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the manysides source folder to measure")
    ap.add_argument("--every", type=int, default=4, help="every Nth held-out AllSides article")
    ap.add_argument("--save", type=Path, help="write the scores (slant score, hyperpartisan probability) here")
    ap.add_argument("--compare", type=Path, help="check the scores equal those of a --save run")
    args = ap.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    T = importlib.import_module("manysides.nlp.slant_train")
    model = importlib.import_module("manysides.nlp.slant").SlantModel.load()
    print(f"code: {importlib.import_module('manysides').__file__}")
    lex = importlib.import_module("manysides.nlp.slant_loaded").lexicon()
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    _, te = T.family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    held = [(r["text"], r.get("title")) for r, t in zip(rows, te) if t][:: args.every]
    basil = [(a["text"], a.get("title")) for a in T.load_jsonl(DATA / "same_event" / "articles.jsonl")
             if a["corpus"] == "basil"]
    all_scores = []
    for title, items in ((f"held-out AllSides articles (every {args.every}th)", held), ("BASIL articles", basil)):
        res, scores = tally(model, items, lex)
        all_scores += scores
        show(title, res)
    if args.save:
        args.save.write_text(json.dumps(all_scores))
    if args.compare:
        ref = json.loads(args.compare.read_text())
        same = ref == all_scores
        print(f"\nscores identical to {args.compare}: {same} ({len(all_scores)} values)")


if __name__ == "__main__":
    main()
