"""Review 19: slant evidence of words neutral in their sense there (a toll's "deadly" and "worst", a feeling said of
survivors, how often or how strong, a title)."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_a_tolls_deadly_and_worst_are_stated() -> None:
    """"this deadly mass shooting", "mass shootings appear to be increasingly deadly", "the worst mass shooting in
    U.S. history": people died, a record of the toll; "a deadly ideology", "the worst president in history" still
    count."""
    plain = ("Mass shootings appear to be increasingly deadly. No one knew what caused this deadly mass shooting. "
             "It is now called the worst mass shooting in U.S. history.")
    assert _loaded(plain) == []
    assert _loaded("It is a deadly ideology. He is the worst president in history.") == ["deadly", "worst"]


def test_survivors_shocked_rare_famous_intense_and_a_title_are_plain() -> None:
    """"survivors stood teary-eyed and shocked" (their state), "in a rare occurrence", "a phrase made famous by
    Watergate", "an intense debate", "the Klan grand wizard" (a title), "a grand-slam homerun"."""
    plain = ("Survivors stood teary-eyed and shocked. In a rare occurrence, all four justices dissented. He used a "
             "phrase made famous by the scandal after an intense debate. He would not disavow the Klan grand wizard. "
             "It was a grand-slam homerun.")
    assert _loaded(plain) == []
    assert _loaded("The shocked look was a grand gesture.") == ["shocked", "grand"]
