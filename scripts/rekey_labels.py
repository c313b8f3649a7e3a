"""Re-key the judged label files from exact-text hashes to `sentence_key` (quotation marks out).

    PYTHONPATH=<worktree of 728f430>/src nice -n 10 .venv/bin/python scripts/rekey_labels.py \\
        --store /tmp/old_738.db --store /tmp/review_02c68e0/r.db [--write]

The label files of `benchmarks/shared_points_pairs.py` (made at 02c68e0) and
`benchmarks/unique_items.py` (738584f) first named each sentence by a hash of its exact text,
spaces normalised; a closing quotation mark moving to the sentence it closes (session 27) cut
judged sentences off their labels. Run under the code whose lists the readers judged (728f430,
the parent of 738584f: its 2,062 items; 02c68e0 to 738584f analyse and split sentences alike) on
stores that code analysed (same_event, `unique_items.py --cache`; the review corpus,
`review_allsides.py --keep` at 02c68e0), this names every sentence the readers could have seen
(every sentence of every article, and the details of the unique items `compare_story` lists for
the gold events of same_event), maps each old key to its new one and, with `--write`, rewrites
both files (labels kept, no text). It prints how many keys were found and how many old keys of
different labels fall on one new key (those are left out, as readers' disagreements are).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_points_pairs import LABELS as PAIRS, SAME_EVENT, sentence_key  # noqa: E402
from unique_items import LABELS as ITEMS  # noqa: E402


def exact_key(text: str) -> str:
    """The files' first key: a hash of the exact text, spaces normalised."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def texts_of(db: Path) -> set[str]:
    """Every sentence of the store's articles, and the details of the items `compare_story`
    lists for same_event's gold events, as the code on the path gives them."""
    from manysides.compare import compare_story
    from manysides.compare._text import sentence_views
    from manysides.records import Story
    from manysides.store import Store

    store = Store(db)
    try:
        arts = {a.external_id or a.id: a for a in store.articles()}
        ids = [a.id for a in arts.values()]
        anns, vecs = store.annotations(ids), store.sentence_vectors(ids)
    finally:
        store.close()
    out = {v.text for a in arts.values() for v in sentence_views([a], anns, vecs)[0]}
    events: dict[str, list[str]] = {}
    for line in SAME_EVENT.open(encoding="utf-8"):
        r = json.loads(line) if line.strip() else None
        if r and r["id"] in arts:
            events.setdefault(r["event"], []).append(r["id"])
    for gold in events.values():
        group = [arts[g] for g in gold]
        report = compare_story(Story(id="s", title="", articles=tuple(a.id for a in group)), group, anns, vecs)
        for u in report.unique:
            out.add(u.text)
            out.update(d.text for d in getattr(u, "details", ()))
    return out


def _merged(got: dict[tuple[str, str], list[dict]]) -> tuple[list[dict], int, int]:
    """One row per key whose rows agree on the label; keys whose rows disagree are dropped.
    Returns (rows, rows merged into another of the same label, rows dropped)."""
    out, merged, dropped = [], 0, 0
    for _key, group in sorted(got.items()):
        if len({r["label"] for r in group}) == 1:
            out.append(group[0])
            merged += len(group) - 1
        else:
            dropped += len(group)
    return out, merged, dropped


def rekey_pairs(rows: list[dict], new: dict[str, str]) -> tuple[list[dict], int, int]:
    """The pair rows under new keys; pairs of one new key with different labels are dropped.
    Returns (rows, pairs merged into another of the same label, pairs dropped)."""
    got: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        a, b = sorted((new.get(r["a"], r["a"]), new.get(r["b"], r["b"])))
        got.setdefault((a, b), []).append(r | {"a": a, "b": b})
    return _merged(got)


def rekey_items(rows: list[dict], new: dict[str, str]) -> tuple[list[dict], int, int]:
    """The item rows under new keys (their details too); as `rekey_pairs`."""
    got: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        item = new.get(r["item"], r["item"])
        details = {new.get(d, d): x for d, x in r["details"].items()}
        got.setdefault((r["event"], item), []).append(r | {"item": item, "details": details})
    return _merged(got)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, action="append", required=True, help="a store analysed by the old code")
    ap.add_argument("--write", action="store_true", help="rewrite the label files")
    args = ap.parse_args()
    texts: set[str] = set()
    for db in args.store:
        texts |= texts_of(db)
    new = {exact_key(t): sentence_key(t) for t in texts}
    pairs = [json.loads(x) for x in PAIRS.read_text(encoding="utf-8").splitlines() if x.strip()]
    items = [json.loads(x) for x in ITEMS.read_text(encoding="utf-8").splitlines() if x.strip()]
    keys = {k for r in pairs for k in (r["a"], r["b"])}
    print(f"{len(texts)} texts; pair file: {len(keys)} sentence keys, {len(keys & new.keys())} found, "
          f"{sum(new[k] != k for k in keys & new.keys())} changed")
    ikeys = {r["item"] for r in items}
    dkeys = {d for r in items for d in r["details"]}
    print(f"item file: {len(ikeys)} item keys, {len(ikeys & new.keys())} found, "
          f"{sum(new[k] != k for k in ikeys & new.keys())} changed; {len(dkeys)} detail keys, "
          f"{len(dkeys & new.keys())} found, {sum(new[k] != k for k in dkeys & new.keys())} changed")
    new_pairs, merged, dropped = rekey_pairs(pairs, new)
    print(f"pairs: {len(pairs)} -> {len(new_pairs)}; {merged} fell on another of the same label, "
          f"{dropped} on one of another label (left out)")
    new_items, merged, dropped = rekey_items(items, new)
    print(f"items: {len(items)} -> {len(new_items)}; {merged} fell on another of the same label, "
          f"{dropped} on one of another label (left out)")
    if args.write:
        PAIRS.write_text("".join(json.dumps(r) + "\n" for r in new_pairs), encoding="utf-8")
        ITEMS.write_text("".join(json.dumps(r) + "\n" for r in new_items), encoding="utf-8")
        print(f"written: {PAIRS}, {ITEMS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
