"""Direct-quote extraction and speaker attribution measured on PolNeAR.

    .venv/bin/python benchmarks/quotes_polnear.py [--split dev|train] [--limit N] [--indirect]

PolNeAR (Newell et al., LREC 2018) annotates every attribution in political news
articles: a Source (speaker) span, a Cue span and a Content span, in character offsets.
We score only what `extract_quotes` claims to do, direct quotations:

* gold direct quote: an attribution whose Content holds a double quotation mark; its
  *quoted part* is the stretch between the first and last mark inside the content
  (looked for one character beyond each end of the span, where annotators often left
  the marks out; with a single mark, from that mark to the span's other end).
* recall: share of gold direct quotes whose quoted part overlaps one of our quotes.
* precision: share of our quotes that overlap the Content of some gold attribution
  (direct or not: a quote inside an attributed content is an attributed quote).
* speaker accuracy: among matched gold direct quotes with a gold Source, the share
  whose Source shares a content word with our speaker (best-overlapping quote). When
  the gold Source is a pronoun ("he", "she", "they", ...), it is resolved *from the gold
  annotation alone*: to the nearest preceding non-pronoun gold Source of the same file
  (for he/she/I/me: the nearest one that contains a capitalised word, i.e. a name).
  No output of our own pipeline is used to resolve gold. Quotes whose pronoun has no
  such antecedent are left out of speaker accuracy and counted apart. Accuracy is also
  reported restricted to gold Sources that are names (a capitalised word, no pronoun).

With --indirect, reported speech (`extract_indirect`) is scored too, the same way:

* gold indirect attribution: one with a Content that is not a gold direct quote (no
  double mark in the content, nor one character beyond either end; '' written for a
  double mark, as in the NYT archive articles, counts as one here);
* recall: share of gold indirect contents overlapping one of our indirect quotes; also
  among the gold attributions whose Cue is one of the verbs we read (PolNeAR also
  annotates "endorsed Cruz", "polls show", "described himself as" ...);
* precision: share of our indirect quotes overlapping the Content of some gold
  attribution (direct or not);
* speaker accuracy: as for direct quotes, with the best-overlapping indirect quote.

The direct-quote figures do not depend on the option.

Tune on train (a subset), report on dev; the dev figures go to docs/quotes.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes"
MARKS = set("\"“”«»„")
PRONOUNS = {
    "he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "it", "you",
    "his", "their", "its", "who", "which", "that",
}
PERSONAL = {"he", "she", "him", "her", "i", "me", "who"}
STOP = {
    "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "mr", "mrs", "ms", "dr",
    "sen", "rep", "gov", "his", "her", "their", "its", "s", "former",
    "with", "by", "from", "who", "as", "new", "u",
}


def load(split: str, limit: int | None = None) -> list[dict]:
    path = DATA / f"polnear_{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    return recs[:limit] if limit else recs


def words(text: str) -> set[str]:
    text = re.sub(r"['’]s\b", "", text.lower())
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP}


def is_name(text: str) -> bool:
    toks = text.split()
    if not toks or text.lower() in PRONOUNS:
        return False
    return any(t[:1].isupper() for t in toks[1:]) or (toks[0][:1].isupper() and toks[0].lower() not in {"the", "a", "an"})


def quoted_part(text: str, spans: list[list[int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        lo, hi = max(0, s - 1), min(len(text), e + 1)
        marks = [i for i in range(lo, hi) if text[i] in MARKS]
        if len(marks) >= 2:
            out.append((marks[0] + 1, marks[-1]))
        elif len(marks) == 1:
            m = marks[0]
            opening = m + 1 < len(text) and not text[m + 1].isspace() and (m == 0 or text[m - 1].isspace() or m <= s)
            out.append((m + 1, e) if opening else (s, m))
    return [(a, b) for a, b in out if b > a]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_source(rec: dict, att: dict) -> tuple[str | None, str]:
    """(resolved source text, how): how is 'name', 'nominal', 'pronoun' or 'none'."""
    src = att.get("Source")
    if not src or not src.get("text"):
        return None, "none"
    text = src["text"].strip()
    if text.lower() not in PRONOUNS:
        return text, "name" if is_name(text) else "nominal"
    start = src["spans"][0][0]
    personal = text.lower() in PERSONAL
    best: tuple[int, str] | None = None
    for other in rec["attributions"]:
        o = other.get("Source")
        if not o or not o.get("text") or o["text"].strip().lower() in PRONOUNS:
            continue
        o_start = o["spans"][0][0]
        if o_start >= start or (personal and not is_name(o["text"])):
            continue
        if best is None or o_start > best[0]:
            best = (o_start, o["text"])
    return (best[1], "pronoun") if best else (None, "pronoun-unresolved")


def evaluate(records: list[dict], nlp=None, indirect: bool = False) -> dict:
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    nlp = nlp or load_spacy()
    cache: dict[str, list] = {}
    reported: dict[str, list] = {}
    indirect_seconds = 0.0
    t0 = time.perf_counter()
    texts = list(dict.fromkeys(r["text"] for r in records))
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=8)):
        ents = extract_entities(doc)
        cache[text] = extract_quotes(doc, ents)
        if indirect:
            from manysides.nlp.indirect import extract_indirect

            t1 = time.perf_counter()
            reported[text] = extract_indirect(doc, ents, cache[text])
            indirect_seconds += time.perf_counter() - t1
    elapsed = time.perf_counter() - t0 - indirect_seconds

    n_gold = n_found = n_ours = n_ours_ok = 0
    spk = {"all": [0, 0], "name": [0, 0], "nominal": [0, 0], "pronoun": [0, 0]}
    unresolved = 0
    misses: list[tuple[str, str]] = []
    for rec in records:
        text, quotes = rec["text"], cache[rec["text"]]
        contents = [tuple(sp) for a in rec["attributions"] if a.get("Content") for sp in a["Content"]["spans"]]
        for q in quotes:
            n_ours += 1
            if any(overlap((q.start, q.end), c) > 0 for c in contents):
                n_ours_ok += 1
        for att in rec["attributions"]:
            content = att.get("Content")
            if not content:
                continue
            parts = quoted_part(text, content["spans"])
            if not parts:
                continue
            n_gold += 1
            best = best_overlap(quotes, parts)
            if best is None:
                misses.append(("recall", content["text"][:120]))
                continue
            n_found += 1
            gold, how, ok = score_speaker(rec, att, best, spk)
            if gold is None:
                unresolved += how == "pronoun-unresolved"
                continue
            if not ok:
                before = text[max(0, best.start - 160) : best.start].replace("\n", " / ")
                misses.append(("speaker", f"gold={gold!r} ours={best.speaker!r} [{how}] ...{before!r} <Q>"))
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    out = {
        "records": len(records),
        "documents": len(texts),
        "seconds": elapsed,
        "docs_per_second": ratio(len(texts), elapsed),
        "gold_direct": n_gold,
        "recall": ratio(n_found, n_gold),
        "ours": n_ours,
        "precision": ratio(n_ours_ok, n_ours),
        **speaker_figures(spk, unresolved),
        "misses": misses,
    }
    if indirect:
        ind = score_indirect(records, reported)
        ind["seconds"] = indirect_seconds
        ind["ms_per_article"] = 1000 * ratio(indirect_seconds, len(texts))
        out["indirect"] = ind
    return out


def best_overlap(quotes: list, parts: list[tuple[int, int]]):
    """Our quote overlapping the gold content `parts` most (None when none overlaps)."""
    best, best_ov = None, 0
    for q in quotes:
        ov = sum(overlap((q.start, q.end), p) for p in parts)
        if ov > best_ov:
            best, best_ov = q, ov
    return best


def score_speaker(rec: dict, att: dict, best, spk: dict[str, list[int]]) -> tuple[str | None, str, bool]:
    """(gold source, its kind, whether `best`'s speaker matches it), counted into `spk`
    by kind; a gold source that cannot be resolved is not counted."""
    gold, how = gold_source(rec, att)
    if gold is None:
        return None, how, False
    ok = bool(best.speaker) and bool(words(gold) & words(best.speaker))
    for key in ("all", how):
        spk[key][0] += ok
        spk[key][1] += 1
    return gold, how, ok


def speaker_figures(spk: dict[str, list[int]], unresolved: int) -> dict[str, float | int]:
    """Speaker accuracy overall and by the kind of gold source, from [right, counted] pairs."""
    out: dict[str, float | int] = {}
    for key, suffix in (("all", ""), ("name", "_names"), ("nominal", "_nominal"), ("pronoun", "_pronoun")):
        right, n = spk[key]
        out["speaker_accuracy" + suffix] = right / n if n else 0.0
        out["speaker_n" + suffix] = n
    out["pronoun_unresolved"] = unresolved
    return out


def is_direct(text: str, att: dict) -> bool:
    """A content with a double mark, or with '' (two apostrophes, the NYT archive's
    quotation mark), within it or one character beyond either end."""
    spans = att["Content"]["spans"]
    return bool(quoted_part(text, spans)) or any("''" in text[max(0, s - 2) : e + 2] for s, e in spans)


_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "written": "write",
              "thought": "think", "found": "find", "shown": "show", "according": "according"}


def speech_cue(cue: str) -> bool:
    """Whether a gold Cue holds one of the verbs `extract_indirect` reads (or "according
    to"), by a crude lemmatisation of its words."""
    from manysides.nlp.indirect import INDIRECT_CUES

    for w in re.findall(r"[a-z]+", cue.lower()):
        if _IRREGULAR.get(w) in INDIRECT_CUES | {"according"} or w in INDIRECT_CUES:
            return True
        for suffix, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ies", "y"), ("ied", "y")):
            if w.endswith(suffix) and w[: -len(suffix)] + add in INDIRECT_CUES:
                return True
    return False


def score_indirect(records: list[dict], reported: dict[str, list]) -> dict:
    """Recall, precision and speaker accuracy of indirect quotes (`reported`: article
    text -> our indirect quotes) against the gold attributions that are not direct."""
    n_gold = n_found = n_ours = n_ours_ok = n_speech = n_speech_found = 0
    spk = {"all": [0, 0], "name": [0, 0], "nominal": [0, 0], "pronoun": [0, 0]}
    unresolved = 0
    misses: list[tuple[str, str]] = []
    for rec in records:
        text, quotes = rec["text"], reported.get(rec["text"], [])
        atts = [a for a in rec["attributions"] if a.get("Content")]
        contents = [tuple(sp) for a in atts for sp in a["Content"]["spans"]]
        for q in quotes:
            n_ours += 1
            if any(overlap((q.start, q.end), c) > 0 for c in contents):
                n_ours_ok += 1
            else:
                misses.append(("precision", f"{q.speaker!r} {q.cue!r}: {q.text[:120]!r}"))
        for att in atts:
            if is_direct(text, att):
                continue
            parts = [tuple(sp) for sp in att["Content"]["spans"]]
            n_gold += 1
            speech = speech_cue((att.get("Cue") or {}).get("text") or "")
            n_speech += speech
            best = best_overlap(quotes, parts)
            if best is None:
                cue = (att.get("Cue") or {}).get("text")
                misses.append(("recall" + "-speech" * speech, f"{cue!r}: {att['Content']['text'][:120]!r}"))
                continue
            n_found += 1
            n_speech_found += speech
            gold, how, ok = score_speaker(rec, att, best, spk)
            if gold is None:
                unresolved += how == "pronoun-unresolved"
                continue
            if not ok:
                misses.append(("speaker", f"gold={gold!r} ours={best.speaker!r} [{how}] {best.cue!r}: {best.text[:80]!r}"))
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {
        "gold": n_gold,
        "recall": ratio(n_found, n_gold),
        "gold_speech": n_speech,
        "recall_speech": ratio(n_speech_found, n_speech),
        "ours": n_ours,
        "precision": ratio(n_ours_ok, n_ours),
        **speaker_figures(spk, unresolved),
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None, help="first N annotation files only")
    ap.add_argument("--show-misses", type=int, default=0, help="print N misses for error analysis")
    ap.add_argument("--indirect", action="store_true", help="score indirect (reported) speech too")
    args = ap.parse_args(argv)
    if not (DATA / f"polnear_{args.split}.jsonl").exists():
        print(f"PolNeAR data not found under {DATA}; see ../shared/data/README.md", file=sys.stderr)
        return 2
    r = evaluate(load(args.split, args.limit), indirect=args.indirect)
    print(f"PolNeAR {args.split}: {r['records']} annotation files, {r['documents']} distinct articles")
    print(f"  gold direct quotes          {r['gold_direct']}")
    print(f"  direct-quote recall         {r['recall']:.3f}")
    print(f"  precision (our {r['ours']} quotes)   {r['precision']:.3f}")
    print(f"  speaker accuracy (all)      {r['speaker_accuracy']:.3f}  (n={r['speaker_n']})")
    print(f"    gold source is a name     {r['speaker_accuracy_names']:.3f}  (n={r['speaker_n_names']})")
    print(f"    gold source is nominal    {r['speaker_accuracy_nominal']:.3f}  (n={r['speaker_n_nominal']})")
    print(f"    gold source is a pronoun  {r['speaker_accuracy_pronoun']:.3f}  (n={r['speaker_n_pronoun']}, resolved from gold)")
    print(f"    pronoun, no gold antecedent (left out): {r['pronoun_unresolved']}")
    print(f"  speed: {r['docs_per_second']:.1f} articles/s ({r['seconds']:.1f} s, spaCy parse included)")
    for kind, msg in r["misses"][: args.show_misses]:
        print(f"  MISS {kind}: {msg}")
    if args.indirect:
        i = r["indirect"]
        print("  indirect (reported) speech")
        print(f"    gold indirect attributions  {i['gold']}")
        print(f"    indirect recall             {i['recall']:.3f}")
        print(f"      gold cue is one of our verbs or 'according to' (n={i['gold_speech']}): {i['recall_speech']:.3f}")
        print(f"    precision (our {i['ours']})       {i['precision']:.3f}")
        print(f"    speaker accuracy (all)      {i['speaker_accuracy']:.3f}  (n={i['speaker_n']})")
        print(f"      gold source is a name     {i['speaker_accuracy_names']:.3f}  (n={i['speaker_n_names']})")
        print(f"      gold source is nominal    {i['speaker_accuracy_nominal']:.3f}  (n={i['speaker_n_nominal']})")
        print(f"      gold source is a pronoun  {i['speaker_accuracy_pronoun']:.3f}  (n={i['speaker_n_pronoun']}, resolved from gold)")
        print(f"      pronoun, no gold antecedent (left out): {i['pronoun_unresolved']}")
        print(f"    cost: {i['ms_per_article']:.1f} ms/article ({i['seconds']:.2f} s; not in the speed above)")
        for kind, msg in i["misses"][: args.show_misses]:
            print(f"    MISS {kind}: {msg}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _seeded import fixed_hash_seed

    fixed_hash_seed()  # the same figures on every run
    raise SystemExit(main())
