"""Review 15 (left after session 27): a hurricane's "dangerous" in a quoted fragment, said of the storm by its name or
of a storm surge an appositive sets off from its verb."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_a_hazard_named_or_set_off_by_an_appositive_is_graded_not_judged() -> None:
    text = ("Hurricane Irma neared Florida. The center said Irma remained “extremely dangerous,” forecasters added.\n\n"
            "Storm surge, the wall of sea water that roars ashore as a hurricane makes landfall, inundating coastal "
            "areas, will be \"dangerous\" and \"life-threatening\" for people who didn't evacuate.")
    assert _loaded(text) == []


def test_a_person_or_an_unnamed_storm_is_still_judged() -> None:
    """Without "Hurricane Irma" in the text, "Irma" is no known hazard; a person set off by an appositive is no
    hazard."""
    assert _loaded("Irma remained extremely dangerous.") == ["dangerous"]
    assert _loaded("The senator, who voted against the storm relief bill, is dangerous.") == ["dangerous"]
