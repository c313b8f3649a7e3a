"""Embedded posts read as quotes, on real scraped articles: how many, and a sample to judge.

    .venv/bin/python benchmarks/tweet_quotes.py                     # 3,000 AllSides articles
    .venv/bin/python benchmarks/tweet_quotes.py --n 0 --show 0      # all 31,534, counts only
    .venv/bin/python benchmarks/tweet_quotes.py --annotate 60       # and the full annotator on 60 of them

Cleans a seeded sample of the AllSides articles as `analyze` does (a JSON record with its
title) and finds the embedded posts' signatures ("— Name (@handle) May 13, 2019") in the
cleaned text. Prints the articles holding one, the posts, the posts that become quotes
(`nlp.tweets.tweet_quotes`, without the parse: the speaker is the display name), and
--show of them drawn at random (seeded), speaker and words, for a person to judge where
each post's words begin and end. With --annotate K, K articles with posts go through the
whole annotator: how many of their posts a quotation-mark quote already covered, how
many the account's name was matched to a person the article names.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.xz"  # ../shared beside the checkout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--n", type=int, default=3000, help="articles to sample (0: all)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--show", type=int, default=30, help="posts to print at random")
    ap.add_argument("--annotate", type=int, default=0, help="articles with posts to run the whole annotator on")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from manysides.errors import InputError
    from manysides.ingest.clean import clean_document
    from manysides.nlp.tweets import signatures, tweet_quotes
    from manysides.records import Document

    with lzma.open(args.data, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: r["id"])
    sample = random.Random(args.seed).sample(rows, args.n) if 0 < args.n < len(rows) else rows
    with_posts, posts, quoted = [], 0, []
    for r in sample:
        try:
            art = clean_document(Document(source=r["id"], text=r["text"], kind="text",
                                          title=r.get("title") or None, outlet=r.get("outlet")))
        except InputError:
            continue
        found = signatures(art.text)
        if found:
            with_posts.append(art)
            posts += len(found)
            quoted += [(r.get("outlet") or "", q) for q in tweet_quotes(art.text)]
    print(f"{len(sample):,} articles (seed {args.seed}); {len(with_posts):,} hold an embedded post "
          f"({len(with_posts) / max(1, len(sample)):.1%}); {posts:,} posts, {len(quoted):,} read as quotes")
    shown = random.Random(args.seed).sample(quoted, min(args.show, len(quoted)))
    if shown:
        print(f"\n{len(shown)} at random (outlet | speaker | words):")
    for outlet, q in shown:
        words = " ".join(q.text.split())
        print(f"  [{outlet[:16]}] {q.speaker} | {words[:150]}{'…' if len(words) > 150 else ''}")
    if args.annotate:
        from manysides.nlp.annotate import annotate

        arts = random.Random(args.seed).sample(with_posts, min(args.annotate, len(with_posts)))
        total = covered = named = 0
        for art in arts:
            ann = annotate(art, slant=False)
            bare = tweet_quotes(art.text)
            got = [q for q in ann.quotes if q.cue == "posted"]
            total += len(bare)
            covered += len(bare) - len(got)
            named += sum(q.speaker_kind == "person" for q in got)
        print(f"\nthe whole annotator on {len(arts)} articles with posts: {total} posts; "
              f"{covered} already inside a quotation-mark quote; of the {total - covered} quoted as posts, "
              f"{named} spoken by a person")


if __name__ == "__main__":
    main()
