"""A voice's links on the story page go to the quotes the ledger counts for it."""

from __future__ import annotations

from manysides.records import Annotation, Quote, Voice
from manysides.web.queries import anchor, voice_links


def _ann(aid, *quotes):
    return Annotation(aid, (), (), tuple(quotes), ())


def test_a_misspelt_speaker_links_to_the_voice_it_joined():
    """Review 10: Fox's quotes name "Maria Zhakarova", the voices ledger "Maria Zakharova":
    the voice's link to Fox's article found no quote of that name."""
    fox = Quote("We regret it", "Maria Zhakarova", "said", 10, 22, True, "person")
    ap = Quote("It is a provocation", "Maria Zakharova", "said", 5, 24, True, "person")
    anns = {"fox": _ann("fox", fox), "ap": _ann("ap", ap)}
    voices = (Voice("Maria Zakharova", ("ap", "fox"), 2, "person"),)
    links = voice_links(voices, anns, {("fox", 10, 22): 0, ("ap", 5, 24): 0})
    assert links == {("Maria Zakharova", "fox"): anchor(10, 22), ("Maria Zakharova", "ap"): anchor(5, 24)}
    # without the ledger, a quote whose speaker holds the voice's name still links
    assert voice_links(voices, anns, {}) == {("Maria Zakharova", "ap"): anchor(5, 24)}
