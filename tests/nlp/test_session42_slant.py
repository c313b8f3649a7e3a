"""Slant evidence a reader can check (session 42, helper B, review 29's sourcing): a reported clause given to a
speaker the sentence names only after another subject's cue. Invented sentences, each with a control that still
counts."""

from __future__ import annotations

from manysides.nlp.slant_sourcing import sourcing
from manysides.records import Quote


def _reported(text: str, words: str, speaker: str, cue: str) -> Quote:
    i = text.index(words)
    return Quote(words, speaker, cue, i, i + len(words), direct=False)


def test_another_subjects_report_is_no_sided_voice() -> None:
    """"After the head of the agency confirmed she had seen the memo in May, Reed asked ...": the head's report, not
    Reed's, though the quote stage gave it to Reed; "Reed confirmed he had seen ...", "He had seen ..., Reed said."
    and "Reed said he had seen ..." stay his."""
    lead = "Republican Sen. Tom Reed questioned the general on Monday.\n\n"
    other = lead + "After the head of the agency confirmed she had seen the memo in May, Reed asked why nothing changed."
    assert sourcing(other, [_reported(other, "she had seen the memo in May", "Tom Reed", "confirmed")]).evidence == ()
    for own, words, cue in ((lead + "Reed confirmed he had seen the memo in May.", "he had seen the memo in May",
                             "confirmed"),
                            (lead + "He had seen the memo in May, Reed said.", "He had seen the memo in May", "said"),
                            (lead + "Later, Sen. Reed said that he had seen the memo in May.",
                             "he had seen the memo in May", "said")):
        ev = sourcing(own, [_reported(own, words, "Tom Reed", cue)]).evidence
        assert [(e.text, e.weight) for e in ev] == [(words, 1.0)], own
