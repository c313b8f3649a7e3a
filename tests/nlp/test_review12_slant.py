"""Review 12's slant evidence, read again in session 31: a fixed term, an idiom and a market's record."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_effective_date_hot_on_a_tail_and_a_years_worst_day_are_plain() -> None:
    plain = ("Members diagnosed before the effective date of the policy can serve. He fled with police hot on his "
             "tail. The Nasdaq suffered its worst day of 2019.")
    assert _loaded(plain) == []
    assert _loaded("It was an effective leader's hot take, the worst mistake of 2019.") == ["effective", "hot", "worst"]
