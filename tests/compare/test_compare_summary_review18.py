"""Summaries (session 29): a point that one outlet adds in support of the sentence before ("Indeed, ...")
is background, ranked after the others (review 13's Nike summary)."""

from __future__ import annotations

from manysides.compare.summary import neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2018-09-04", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


A = ("Nike made the quarterback the face of its campaign. The league signed a deal with Nike in March. Indeed, "
     "Nike's swoosh logo is a prominent part of all league events. Nike stock fell 3 percent on the news.")
B = ("The quarterback appears in Nike's campaign. Every player wears a Nike-made uniform, with swoosh. Shares of "
     "Nike fell 3 percent on Tuesday.")
UNIFORM = _point(("b", B, "Every player wears a Nike-made uniform, with swoosh."),
                 ("a", A, "Indeed, Nike's swoosh logo is a prominent part of all league events."))
STOCK = _point(("a", A, "Nike stock fell 3 percent on the news."), ("b", B, "Shares of Nike fell 3 percent on Tuesday."))


def test_a_point_one_outlet_adds_in_support_of_another_ranks_after_the_news():
    """Review 13: "Indeed, Nike's iconic swoosh logo ..." beside "Every NFL player wears a Nike-made uniform"
    took the summary's last place from the stock's fall."""
    got = neutral_summary([UNIFORM, STOCK], _articles({"a": A, "b": B}), max_sentences=1)
    assert "fell 3 percent" in got
    # a point none of whose wordings adds in support keeps its rank
    plain = _point(("b", B, "Every player wears a Nike-made uniform, with swoosh."),
                   ("a", A, "The league signed a deal with Nike in March."))
    assert "uniform" in neutral_summary([plain, STOCK], _articles({"a": A, "b": B}), max_sentences=1)
