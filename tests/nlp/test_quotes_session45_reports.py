"""Session 45's reports (review 33): where a reported clause begins or ends. The day of the saying after its verb,
an "according to" credit at the end, the other side's "while ... say" clause, a participle of announcing, the tag
speaker's title the parse hung in the clause, an opening "to X," of whose view it is, an inverted tag with its
subject before it read as a report. Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _reported(speech, text):
    _, reported = speech(text)
    return {" ".join(q.text.split()): q.speaker for q in reported}


def test_the_day_of_the_saying_is_no_part_of_the_report(speech):
    """Review 33: Reuters' "The top U.S. Senate Democrat said on Friday he would force a vote ..." and "Moody's
    Investors Service said in a note Friday the FCC vote was “credit positive” ..." gave the day as the words."""
    got = _reported(speech, "Senator Ann Cole said on Monday she would block the bill in the committee.")
    assert got == {"she would block the bill in the committee": "Ann Cole"}
    got = _reported(speech, "The agency said in a filing Tuesday the merger was likely to raise prices for rural "
                            "customers.")
    assert got == {"the merger was likely to raise prices for rural customers": "The agency"}
    # (review 12's Reuters: the parse hangs the subject's number on the day)
    got = _reported(speech, "Separately, the Commerce Department said on Monday six Chinese technology firms were "
                            "among those it had banned from exporting goods.")
    assert got == {"six Chinese technology firms were among those it had banned from exporting goods":
                   "Commerce Department"}


def test_control_a_day_that_is_the_subject_or_after_that_stays(speech):
    got = _reported(speech, "Ann Cole said Friday would be the last day of the session.")
    assert got == {"Friday would be the last day of the session": "Ann Cole"}
    got = _reported(speech, "Ann Cole said that on Monday she would block the bill in the committee.")
    assert got == {"on Monday she would block the bill in the committee": "Ann Cole"}


def test_a_source_credited_at_the_end_is_no_part_of_the_report(speech):
    """Review 33: CNN's "Bostian ... initially told Philadelphia police he could not recall his speed, according to
    a law enforcement source with knowledge of the investigation"."""
    got = _reported(speech, "Hale initially told Denver police he could not recall his speed, according to a source "
                            "with knowledge of the inquiry.")
    assert got == {"he could not recall his speed": "Hale"}


def test_the_other_sides_while_clause_is_its_own_report(speech):
    """Review 33: Reuters' "Democrats say net neutrality is essential to protect consumers, while Republicans say the
    rules hindered investment by providers and were not needed" was all the Democrats'."""
    got = _reported(speech, "Unions say the new rule is essential to protect workers, while employers say the old "
                            "rule hindered hiring by small firms and was not needed.")
    assert got == {"the new rule is essential to protect workers": "Unions",
                   "the old rule hindered hiring by small firms and was not needed": "employers"}


def test_control_a_while_clause_of_no_speech_stays_the_speakers(speech):
    got = _reported(speech, "Smith said prices fell as demand slowed.")
    assert got == {"prices fell as demand slowed": "Smith"}


def test_a_participle_of_announcing_is_the_narrators(speech):
    """Review 33: NPR's "President Obama says the U.S. will sharply cut its emissions of greenhouse gases, announcing
    a new approach to climate change alongside Chinese President Xi Jinping"."""
    got = _reported(speech, "Mayor Tom Lee says the city will cut its bus fares by half, announcing a new plan for "
                            "public transit alongside the governor.")
    assert got == {"the city will cut its bus fares by half": "Tom Lee"}


def test_an_opening_to_phrase_of_whose_view_is_the_narrators(speech):
    """Review 33: the Times' "But to union leaders, the legal filing was only the latest example of Mr. Emanuel's
    “bullying behavior,” said a union spokeswoman, Stephanie Gadlin"."""
    got = _reported(speech, "But to the nurses, the new schedule was only the latest sign of the board's neglect, "
                            "said a union spokeswoman, Ana Diaz.")
    assert got == {"the new schedule was only the latest sign of the board's neglect": "Ana Diaz"}


def test_control_to_me_stays(speech):
    got = _reported(speech, "To me, the new schedule was only the latest sign of the board's neglect, said a union "
                            "spokeswoman, Ana Diaz.")
    assert got == {"To me, the new schedule was only the latest sign of the board's neglect": "Ana Diaz"}


def test_an_inverted_tag_with_its_subject_before_it_is_no_report(speech):
    """Review 33: Fox's "Cook County Judge Peter Flynn said to a city attorney that he preferred to schedule a
    hearing on the request for Wednesday, Drew told the Chicago Sun-Times." gave "Drew told the Chicago Sun-Times"
    as the judge's words (the parse made "that he preferred" a relative clause and "told" the complement)."""
    got = _reported(speech, "Judge Ruth Park said to a lawyer for the city that she preferred to hold the hearing on "
                            "Friday, Ross told the Tribune.")
    assert got == {"Judge Ruth Park said to a lawyer for the city that she preferred to hold the hearing on Friday":
                   "Ross"}


def _reparsed(text, changes):
    """The small model's parse of `text`, with the heads and relations of `changes` ({token: (head, relation)})
    set as another parse gave them: the rule is read off that parse."""
    from spacy.tokens import Doc

    from manysides.nlp.models import load_spacy

    nlp = load_spacy()
    doc = nlp(text)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i, (h, d) in changes.items():
        heads[i], deps[i] = h, d
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads,
               deps=deps, pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc], lemmas=[t.lemma_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


def test_the_tag_speakers_title_hung_in_the_clause_is_no_part_of_it():
    """Review 33: NPR's "The engineer applied the full emergency braking system moments before the derailment, NTSB
    board member Robert Sumwalt said." ended the report on "NTSB board member" (the parse made "member" an
    apposition of "derailment"); the same parse is set here."""
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.indirect import extract_indirect

    text = "The driver hit the brakes seconds before the crash, state board member Robert Sumner said."
    #       0   1      2   3   4      5       6      7   8    9 10    11    12     13     14     15  16
    doc = _reparsed(text, {10: (12, "compound"), 11: (12, "compound"), 12: (8, "appos"), 13: (14, "compound"),
                           14: (15, "nsubj"), 15: (15, "ROOT"), 2: (15, "ccomp"), 16: (15, "punct"),
                           9: (8, "punct")})
    got = {q.text: q.speaker for q in extract_indirect(doc, extract_entities(doc), [])}
    assert got == {"The driver hit the brakes seconds before the crash": "Robert Sumner"}


_RUN_ON = ("As she read a book in the last car, Nora Fenn said, she \"felt like we were going a little too fast around "
           "a bend. The car {} was in started to tip, and she was thrown onto {}.\n\n\"People started to fall on us,\" "
           "she said.")


def test_a_quotation_left_open_ends_before_the_narrations_she(speech):
    """Review 33: CNN's 'As she read a book in the second-to-last car, Janna D'Ambrisi said, she "felt like we were
    going a little too fast around a curve. The car she was in started to tip, and she was thrown onto another
    woman.' (no closing mark) gave CNN's narration as her words."""
    direct, _ = speech(_RUN_ON.format("she", "another woman"))
    assert [q.text for q in direct] == ["felt like we were going a little too fast around a bend.",
                                        "People started to fall on us"]


def test_control_a_quotation_left_open_that_says_i_runs_on(speech):
    direct, _ = speech(_RUN_ON.format("I", "me"))
    assert direct[0].text.endswith("and she was thrown onto me.")
