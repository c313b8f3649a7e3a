"""Summaries (session 43, review 31): a summary with no shared point and no lead, made of sentences every outlet
echoes loosely, that lacks a word most headlines share takes a report's sentence that says them. Sentences invented."""

from __future__ import annotations

import re

from manysides.compare.summary import neutral_summary
from manysides.records import Article, Evidence, Sentence

FLOOD = ("Residents lined the river path at dusk. The old mill at Dunmore was flooded overnight as the river rose over "
         "its banks and water filled the ground floor. In the weeks ahead, people will tell their stories of the mill.")
COLUMN = ("For two centuries the mill stood by the river. Others posted photos of their visits to the mill at Dunmore. "
          "Its wheel turned through every winter.")
FEATURE = ("Crowds watched from the bridge as the water rose. Many shared memories of school trips to the mill at "
           "Dunmore. The town's council met in the evening.")
TEXTS = {"a": FLOOD, "b": COLUMN, "c": FEATURE}
TITLES = {"a": "A night of rising water", "b": "Dunmore's mill floods, and the people grieve",
          "c": "The mill was flooding and all could only watch"}


def _articles(titles):
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, titles.get(i), None, "2019-04-15", "en", t)
            for i, t in TEXTS.items()]


def _sentences():
    return {i: [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", t) if m.group().strip()]
            for i, t in TEXTS.items()}


def _echoed():
    picked = [("a", "In the weeks ahead, people will tell their stories of the mill."),
              ("b", "Others posted photos of their visits to the mill at Dunmore."),
              ("c", "Many shared memories of school trips to the mill at Dunmore.")]
    return tuple(Evidence(a, TEXTS[a].index(s), TEXTS[a].index(s) + len(s), s) for a, s in picked)


def _fixed(text: str) -> str:
    return " ".join(text.split())


def test_a_summary_of_echoes_lacking_the_headlines_word_takes_the_report_sentence_that_says_it():
    """Review 31: Notre Dame's story (a digest, a column, a feature) had no shared point, and its summary was two
    sentences of what people would share, though two headlines say the cathedral burns."""
    sentences = _sentences()
    got = neutral_summary([], _articles(TITLES), echoed=_echoed(), sentences=sentences)
    assert "was flooded overnight" in _fixed(got)
    # headlines that share no word the echoes lack leave the echoes alone
    plain = {"a": "Residents at the mill", "b": "The mill at Dunmore", "c": "Memories of the mill at Dunmore"}
    got = neutral_summary([], _articles(plain), echoed=_echoed(), sentences=sentences)
    assert "flooded" not in got and "Dunmore" in got
