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


def test_a_subhead_quoting_a_statement_in_single_marks_is_the_speakers() -> None:
    """A subhead in single marks repeating the words of the statement under it (review 19's 'Very unique coalition'
    over "Trump is putting together a very unique coalition ..."; here a word still loaded, since review 20 made
    "unique" plain) is the speaker's; a fragment the text quotes from no statement stays the outlet's pick, noted."""
    text = ("Gingrich said the endorsements changed perceptions.\n\n'Very outrageous coalition'\n\n\"Trump is putting "
            "together a very outrageous coalition that's rattled a lot of people,\" Gingrich said.")
    assert _loaded(text) == []
    picked = "Critics of the bill spoke.\n\n'Very outrageous coalition'\n\nThe coalition met on Monday."
    assert _loaded(picked) == ["outrageous"]
    assert "inside a direct quote" in L.loaded_words(picked)[0].note
    # one word a longer statement happens to hold is still the outlet's pick, noted
    single = "\"It is a truly outrageous plan,\" Smith said on Monday. Critics saw the \u201coutrageous\u201d plan."
    assert _loaded(single) == ["outrageous"]


def test_single_quoted_regions_pair_quotation_marks_not_apostrophes() -> None:
    text = "It's the voters' choice, Newt's 'deal' was off. The '90s ended. ‘We will win,’ he said."
    assert [text[a:b] for a, b in L.single_quoted_regions(text)] == ["'deal'", "‘We will win,’"]


def test_a_measured_things_rank_among_peers_is_stated() -> None:
    """"a gun violence problem that is by far the worst in the developed world" ranks a toll against other
    countries, as the homicide rates after it do; "the worst president in the world" and "the greatest country in the
    world" still count."""
    plain = ("Trump avoided any talk of a gun violence problem that is by far the worst in the developed world. The "
             "death toll was the worst since 1991. It had the worst death toll of any nation.")
    assert "worst" not in _loaded(plain)  # ("far" without the parse's word classes: "by far" is an adverb)
    assert _loaded("He is the worst president in the world. It is the greatest country in the world.") == [
        "worst", "greatest"]


def test_a_deadly_infection_is_stated() -> None:
    """"diagnosed with the deadly infection" (review 20's Ebola): a disease that kills, as "a deadly virus";
    "a deadly ideology" still counts."""
    assert _loaded("He was diagnosed with the deadly infection. It is a deadly illness.") == []
    assert _loaded("It is a deadly ideology.") == ["deadly"]


def test_fallen_ill_and_hazardous_waste_are_stated() -> None:
    """"two other nurses have fallen ill" (a state of health, review 20) and "hazardous waste" (a regulated class's
    name); "spoke ill of" and "hazardous to democracy" still count."""
    assert _loaded("Two other nurses have fallen ill. She fell ill on Friday. The site holds hazardous waste.") == []
    assert _loaded("He spoke ill of the dead. They are hazardous to democracy.") == ["ill", "hazardous"]


def test_a_storms_deadly_landfalls_and_a_deadly_event_are_stated() -> None:
    """"Haiyan made its first of six deadly landfalls" and "a horrific and very deadly event" (review 20's typhoon):
    what the storm did, counted by its dead; "horrific" still counts."""
    assert _loaded("Haiyan made its first of six deadly landfalls on Friday.") == []
    assert _loaded("This was a horrific and very deadly event.") == ["horrific"]
