"""Reviews 12-16's slant evidence, read again in session 31: fixed terms, an idiom and a market's record."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_effective_date_hot_on_a_tail_and_a_years_worst_day_are_plain() -> None:
    plain = ("Members diagnosed before the effective date of the policy can serve. He fled with police hot on his "
             "tail. The Nasdaq suffered its worst day of 2019.")
    assert _loaded(plain) == []
    assert _loaded("It was an effective leader's hot take, the worst mistake of 2019.") == ["effective", "hot", "worst"]


def test_names_of_a_policy_a_field_and_a_school_are_plain() -> None:
    """"affirmative action" (a policy's name, review 16's three Harvard pieces), "artificial intelligence" and "the
    elementary school" (review 13); "an affirmative vision", "artificial outrage" still count ("an affirmative vote",
    a vote's direction, is plain since session 36: tests/nlp/test_session36_slant.py)."""
    plain = ("Supporters of affirmative action cheered. A Huawei stand at an artificial intelligence conference. The "
             "elementary school collapsed.")
    assert _loaded(plain) == []
    assert _loaded("He offered an affirmative vision amid artificial outrage.") == ["affirmative", "artificial"]
