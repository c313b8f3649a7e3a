"""The terms framing is measured on: content unigrams and bigrams.

`term_counts` is also what the pipeline accumulates over the whole corpus as the
background that framing uses as its prior, so both sides must count terms the same way.
"""

from __future__ import annotations

from collections import Counter

from ._text import CONNECTOR, phrases


def term_counts(text: str) -> Counter:
    """Unigrams and bigrams of `text`: lower-cased, stop words and numbers dropped.

    Bigrams join two content words that stand next to each other in the text (no stop
    word or punctuation between), e.g. "gut punch", written with one space; two content
    words joined by "of" count as one bigram written with it ("beacon of hope").
    """
    counts: Counter = Counter()
    if not isinstance(text, str):
        return counts
    for run in phrases(text):
        content = [w for w in run if w != CONNECTOR]
        counts.update(content)
        for i in range(len(run) - 1):
            a, b = run[i], run[i + 1]
            if a == CONNECTOR:
                continue
            if b == CONNECTOR:
                if i + 2 < len(run):
                    counts[f"{a} {CONNECTOR} {run[i + 2]}"] += 1
                continue
            counts[f"{a} {b}"] += 1
    return counts
