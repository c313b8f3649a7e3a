"""Re-key the pair labels that `rekey_labels.py` found in no text: the readers saw them in the raw texts.

    PYTHONPATH=src nice -n 10 .venv/bin/python scripts/rekey_raw_labels.py --store STORE [--write]

37 pair sentence keys (100 pairs) of `benchmarks/data/shared_pairs_labels.jsonl` are in no text of the
versions `rekey_labels.py` read (728f430, 02c68e0). Each is the exact-text key of a stretch of the
dataset's raw text (`../shared/data/same_event/articles.jsonl`), as the readers were shown it before
cleaning: a lead sentence with its dateline ("WASHINGTON — President Trump on Friday reversed ..."), the
title line the raw text repeats at its top, an Axios label ("Be smart: Despite ..."), a question and its
attribution in one sentence. This script finds each key's raw stretch (any run of the raw text between
two sentence or line ends) and maps it to the sentence of that article in STORE (any store the current
code analysed, e.g. `unique_items.py --cache`) that says the same words:

* the same words, quotation marks and spaces aside (`sentence_key` equal); or
* the same words after a leading dateline or label that cleaning removes (at most 6 words ending in a
  dash or a colon: "WASHINGTON —", "AUGUSTA, Me. —", "Be smart:"), which names where the story was filed
  or a site's section, not what is reported.

A stretch that no sentence says so (a title line, which cleaning takes out; a sentence now split in two)
is left under its old key, and listed. With `--write` the label file is rewritten (pairs that fall on
another pair of the same label are merged, of another label left out, as `rekey_labels.py` does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from rekey_labels import exact_key, rekey_pairs  # noqa: E402
from shared_points_pairs import LABELS as PAIRS, SAME_EVENT, sentence_key  # noqa: E402

# Where a sentence or line may end in a raw text (a stretch runs between two of them); a closing mark may
# have been given to the next sentence.
_END = re.compile(r"(?<=[.!?:;\"”’')])\s+|\n+|(?<=[.!?])(?=[\"”’'])")
# A dateline or a site's label before the sentence: a few words ending in a dash or a colon.
_PREFIX = re.compile(r"^(?:\S+\s+){0,5}?\S*(?:\s*(?:—|–|--|-)|:)$")
_LONGEST = 1500


def _norm(text: str) -> str:
    return " ".join(text.split())


def raw_stretches(text: str, wanted: set[str]) -> dict[str, str]:
    """The stretches of `text` between two sentence or line ends whose exact key is in `wanted`."""
    cuts = [(m.start(), m.end()) for m in _END.finditer(text)]
    starts = [0] + [e for _, e in cuts]
    ends = [s for s, _ in cuts] + [len(text)]
    found = {}
    for s in starts:
        for e in ends:
            if e <= s:
                continue
            if e - s > _LONGEST:
                break
            k = exact_key(text[s:e])
            if k in wanted:
                found[k] = text[s:e]
    return found


def new_key(old: str, sentences: list[str]) -> str | None:
    """The key of the sentence among `sentences` that says `old`'s words (marks and spaces aside), or
    says them after `old`'s leading dateline or label; None when none does."""
    want = sentence_key(old)
    for s in sentences:
        if sentence_key(s) == want:
            return want
    flat = _norm(old)
    for s in sentences:
        tail = _norm(s)
        if len(tail) > 20 and flat.endswith(tail) and _PREFIX.match(flat[:-len(tail)].strip()):
            return sentence_key(s)
    return None


def store_sentences(db: Path) -> dict[str, list[str]]:
    """Every sentence of the store's articles (the current code's `sentence_views`), by external id."""
    from manysides.compare._text import sentence_views
    from manysides.store import Store

    store = Store(db)
    try:
        arts = list(store.articles())
        ids = [a.id for a in arts]
        anns, vecs = store.annotations(ids), store.sentence_vectors(ids)
    finally:
        store.close()
    return {a.external_id or a.id: [v.text for v in sentence_views([a], anns, vecs)[0]] for a in arts if a.id in anns}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, required=True, help="a store the current code analysed (same_event)")
    ap.add_argument("--write", action="store_true", help="rewrite the label file")
    args = ap.parse_args()
    sentences = store_sentences(args.store)
    known = {sentence_key(s) for ss in sentences.values() for s in ss}
    pairs = [json.loads(x) for x in PAIRS.read_text(encoding="utf-8").splitlines() if x.strip()]
    missing = {k for r in pairs if r["corpus"] in ("basil", "roundups") for k in (r["a"], r["b"])} - known
    print(f"{len(missing)} pair sentence keys of same_event found in no sentence of the store")
    new: dict[str, str] = {}
    left: list[tuple[str, str]] = []
    for line in SAME_EVENT.open(encoding="utf-8"):
        r = json.loads(line) if line.strip() else None
        if not r:
            continue
        for k, old in raw_stretches(r.get("text") or "", missing - new.keys()).items():
            nk = new_key(old, sentences.get(r["id"], []))
            if nk:
                new[k] = nk
            else:
                left.append((k, old))
    left = [(k, t) for k, t in left if k not in new]
    unseen = missing - new.keys() - {k for k, _ in left}
    print(f"re-keyed {len(new)}; raw stretch found but no sentence says it {len(left)}; not in the raw texts "
          f"{len(unseen)}")
    for k, t in sorted(left):
        print(f"  left {k}: {_norm(t)[:100]!r}")
    touched = sum(r["a"] in new or r["b"] in new for r in pairs)
    new_pairs, merged, dropped = rekey_pairs(pairs, new)
    print(f"pairs touched {touched}; {len(pairs)} -> {len(new_pairs)}; {merged} fell on another of the same "
          f"label, {dropped} on one of another label (left out)")
    if args.write:
        PAIRS.write_text("".join(json.dumps(r) + "\n" for r in new_pairs), encoding="utf-8")
        print(f"written: {PAIRS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
