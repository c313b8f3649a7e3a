"""Summaries (session 46, helper A, review 35): a surname opening a sentence after a time phrase ("Late Monday, Abbott
released ...") is given its full name as one opening the sentence is; an editor's update note opening a sentence
("Updated at noon Eastern time: ...") is left out. Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import _bare_surname, _introduced


def test_a_surname_after_an_opening_time_phrase_gets_its_full_name():
    """Review 35: the Sydney siege's summary went on "Late Monday, Abbott released a pre-recorded statement ...",
    Abbott named nowhere before it; a surname opening the sentence was given its full name, one after a time phrase
    was not."""
    persons = ["Dana Brook", "Dana Brook", "Lee Marsh"]
    said = _introduced(["A ferry sank in Norland's main harbour on Tuesday.",
                        "Late Monday, Brook released a statement calling the sinking a tragedy."], persons)
    assert said[1] == "Late Monday, Dana Brook released a statement calling the sinking a tragedy."
    assert _bare_surname("Earlier, Marsh said the divers had found the recorder.", persons, "")
    # controls: named in full before it, a time phrase before no surname, a surname of nobody in the story
    assert not _bare_surname("Late Monday, Brook released a statement.", persons, "Minister Dana Brook said")
    assert not _bare_surname("Late Monday, police closed the harbour to ferries.", persons, "")
    assert not _bare_surname("On Tuesday, Norland closed the harbour to ferries.", persons, "")


def test_an_update_note_opening_a_sentence_is_left_out():
    """Review 35: the Sydney siege's summary opened "Updated at noon Eastern time: Police in Sydney said early Tuesday
    the siege was over ...", the Monitor's note on its page's revision."""
    from manysides.compare.summary import _without_connective

    assert _without_connective("Updated at noon Eastern time: Harbour police said the pier was closed.") == \
        "Harbour police said the pier was closed."
    assert _without_connective("UPDATE: The ferry's owner said it had passed inspection.") == \
        "The ferry's owner said it had passed inspection."
    assert _without_connective("Update 5:35 p.m.: Divers found the recorder.") == "Divers found the recorder."
    # controls: "updated" as a word of the statement, a colon before no capital, a label that is no time
    for plain in ("Updated figures show the harbour's traffic fell.", "Updates to the ferry rules: none so far.",
                  "Updated rules take effect: The board said so Monday."):
        assert _without_connective(plain) == plain
