"""Session 46: stricter weak events from the allsides corpus for the fine-tune (s46_finetune --weak N), and a sample of
them to read by hand.

    cd scripts/grouping_ideas && PYTHONPATH=../../src nice -n 10 /path/to/python s46_weak.py [--show 20] [--seed 3]
        [--max-df 0.002] [--min-shared 1]

s45_weak's day-and-topic triples (one left, one centre, one right outlet: the shape of an AllSides roundup; the
benchmark's 1,000 unrelated articles and any same_event headline left out) were about a third wrong: three pieces on one
topic that day, not one event. The filter here asks for evidence of one event that is not the embedding: the three
articles must share a rare name, a capitalised word of the headline or the lead's first 60 words (not the first word
of a sentence) that occurs in at most --max-df of the corpus' articles (so "Trump", "Obama", "House" do not count, while
the name of a suspect, a town or a bill does). What it does not catch: two events of one rare subject on one day (a
bill's vote and its author's interview) still pass, and one event reported without a shared rare name is lost.
"""
from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import sys
from collections import Counter, defaultdict

from s44_common import bench, load
from s45_weak import weak_events

WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def names(r: dict) -> set[str]:
    """Capitalised words of the headline and the lead's first 60 words, not the first word of a sentence."""
    text = (r.get("title") or "") + ". " + " ".join((r.get("text") or "").split()[:60])
    out = set()
    for sent in re.split(r"(?<=[.!?:])\s+|\n", text):
        ws = WORD.findall(sent)
        out.update(w.lower() for w in ws[1:] if w[0].isupper() and not w.isupper())
    return out


def corpus_df() -> tuple[Counter, int]:
    df, n = Counter(), 0
    with lzma.open(bench.ALLSIDES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                df.update(names(json.loads(line)))
                n += 1
    return df, n


def strict_events(rows, extra, max_df=0.002, min_shared=1):
    """s45_weak's triples whose three articles share >= min_shared rare names (df <= max_df of the corpus)."""
    ex_ids = {r["id"][len("distractor-"):] for r in extra}
    ex_titles = {" ".join((r.get("title") or "").lower().split()) for r in rows}
    weak = weak_events(ex_ids, ex_titles)
    df, n = corpus_df()
    by_ev = defaultdict(list)
    for r in weak:
        by_ev[r["event"]].append(r)
    shared_of = {}
    for e, g in sorted(by_ev.items()):
        shared = set.intersection(*(names(r) for r in g))
        rare = sorted(w for w in shared if df[w] <= max_df * n)
        if len(rare) >= min_shared:
            shared_of[e] = rare
    return by_ev, shared_of


def strict_weak(rows, extra, n_events, seed=0):
    """At most `n_events` strict weak events (a seeded sample), rows ready for training (id, event, title, text)."""
    by_ev, shared_of = strict_events(rows, extra)
    evs = sorted(shared_of)
    return [r for e in sorted(random.Random(seed).sample(evs, min(n_events, len(evs)))) for r in by_ev[e]]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--max-df", type=float, default=0.002)
    ap.add_argument("--min-shared", type=int, default=1)
    a = ap.parse_args()
    rows, extra, _, _ = load(1000)
    by_ev, shared_of = strict_events(rows, extra, a.max_df, a.min_shared)
    print(f"{len(by_ev)} day-topic triples, {len(shared_of)} share a rare name (max df {a.max_df}, "
          f"at least {a.min_shared})", flush=True)
    rejected = sorted(set(by_ev) - set(shared_of))
    for label, evs, k in (("kept", sorted(shared_of), a.show), ("rejected", rejected, a.show // 2)):
        print(f"\n{label}: a sample of {k}")
        for e in random.Random(a.seed).sample(evs, min(k, len(evs))):
            print("---", e, "shared:", ", ".join(shared_of.get(e, [])))
            for r in by_ev[e]:
                lead = " ".join((r.get("text") or "").split()[:30])
                print(f"    {r['leaning'][:1]} {(r.get('title') or '')[:90]}\n        {lead[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
