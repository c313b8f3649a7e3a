"""Speakers review 20 found wrong, each by its general cause (docs/quotes.md, "Review 20's speakers");
invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from manysides.nlp.headings import is_heading_text

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_a_line_according_to_a_source_is_no_heading():
    assert not is_heading_text("According to CNN:")
    assert not is_heading_text("According To The Associated Press:")
    assert is_heading_text("Obama Hails News:")


def test_a_block_quote_under_according_to_is_the_sources(speech):
    text = ("President Marta Olsen has declared an emergency.\n\n"
            "According to Reuters:\n\n"
            "\"Rescue teams reached the village of Tarno on Monday, where most houses were gone. The river "
            "rose four metres overnight. \" 'We lost everything,' she said. ... \"Relief flights began at dawn "
            "and more are expected.\"")
    direct, _ = speech(text)
    speakers = {s for s, _ in _speakers(direct)}
    assert speakers == {"Reuters"}


def test_a_title_after_a_program_noun_is_no_ones_words(speech):
    text = ("Speaking on the NBC program “Sunday Morning Report” and later at a news conference, Dr. Helen Marsh "
            "said the outbreak was contained.")
    direct, _ = speech(text)
    assert direct == []


def test_a_writings_participle_gives_the_quote_to_the_writing(speech):
    text = ("The watchdog's report named several sites. It cited a Daily Ledger article calling the protests "
            "“a plot run by foreign bankers,” as well as a Tribune Weekly story blaming the unrest on “paid "
            "agitators and outside groups.”")
    direct, _ = speech(text)
    got = _speakers(direct)
    assert [t for _, t in got] == ["a plot run by foreign bankers", "paid agitators and outside groups."]
    assert all(s and "watchdog" not in s.lower() for s, _ in got)
    assert got[0][0] == "Daily Ledger"
    # a writing someone put out is theirs
    direct, _ = speech("The city's press office issued a short statement saying that “the permit was never "
                       "revoked.”")
    assert [s for s, _ in _speakers(direct)] == ["The city's press office"]
    direct, _ = speech("After the vote, Mayor Tom Baxter put out a statement saying the city was “weighing its "
                       "options.”")
    assert [s for s, _ in _speakers(direct)] == ["Tom Baxter"]


def test_a_quote_in_a_supposed_deed_is_not_the_subjects(speech):
    # (the terms of a rule or a bill, what a party might do: no one says them by doing it)
    direct, _ = speech("If it exercises “selective enforcement of its own policies,” Meta would lose its legal "
                       "protection.")
    assert _speakers(direct) == [(None, "selective enforcement of its own policies")]


def test_a_quote_in_the_deed_of_the_people_a_verb_acts_on_is_not_the_subjects(speech):
    text = ('A paramedic tested positive for the virus, sending health officials scrambling to find the "gap in '
            'procedure" that resulted in his infection.')
    direct, _ = speech(text)
    assert _speakers(direct) == [(None, "gap in procedure")]
    # a verb of speech that acts on people keeps its subject's words
    direct, _ = speech("Mayor Tom Baxter urged council members on Monday to reject the “reckless and costly” plan.")
    assert [s for s, _ in _speakers(direct)] in ([], ["Tom Baxter"])


def test_maintain_with_an_object_of_its_own_is_no_cue(speech):
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import _is_cue

    nlp = load_spacy()
    doc = nlp("Platforms must maintain a neutral feed to keep their shield.")
    assert not _is_cue(next(t for t in doc if t.lower_ == "maintain"))
    doc = nlp("The mayor maintained that the city did everything right.")
    assert _is_cue(next(t for t in doc if t.lower_ == "maintained"))
    # a speaker who maintains a claim still speaks
    direct, _ = speech("Mayor Tom Baxter maintained that “the city did everything right.”")
    assert [s for s, _ in _speakers(direct)] == ["Tom Baxter"]


def test_he_said_goes_on_with_the_paragraphs_speaker_not_a_person_only_mentioned(speech):
    text = ("Mayor Daniel Whitmore spoke on Sunday. Crews will clean the building by Tuesday, Whitmore said. "
            "At least 20 nurses who cared for Mr. Okafor during his stay were checking their temperatures. "
            "Now that group will be watched closely by a state team, he said.")
    _, reported = speech(text)
    last = [q for q in reported if q.text.startswith("Now that group")]
    assert [q.speaker for q in last] == ["Daniel Whitmore"]


# review 18's left-overs


def test_a_bare_quantifier_counts_the_people_the_sentence_before_met(speech):
    text = ("Pastor Ray Dunn said he arrived at the scene on Tuesday night. He said he talked to relatives of the "
            "driver as well as neighbors. All said the driver often waited there for his daughter's bus.")
    _, reported = speech(text)
    got = [q.speaker for q in reported if q.text.startswith("the driver often")]
    assert got == ["relatives of the driver as well as neighbors"]


def test_it_said_after_a_statement_is_the_statements_not_a_subject_it_reported(speech):
    text = ("Finance ministers of Spain, Italy and Greece met in Rome on Monday and said in a statement that they "
            "wanted Portugal to quickly join the fund.\n\n"
            "\"We are ready to act together and we will not wait,\" it said.")
    direct, _ = speech(text)
    assert len(direct) == 1 and direct[0].speaker != "Portugal"
    assert "ministers" in (direct[0].speaker or "").lower()


def test_a_report_naming_its_own_speaker_in_full_is_the_outlets_account(speech):
    text = ("The flooding prompted Gov. Laura Benton to declare a state of emergency and call up the National "
            "Guard, the governor said on Twitter. The damage would be repaired quickly, Benton said later.")
    _, reported = speech(text)
    assert [q.text.split()[0] for q in reported if q.speaker == "Laura Benton"] == ["The"]
    assert all(not q.text.startswith("The flooding") for q in reported)


def test_a_verb_of_urging_keeps_the_quote_its_subjects(speech):
    # (a guard of the rule above: PolNeAR's Trump "encouraging his supporters to visit polling locations ... to
    # make sure everything is “...”" lost its speaker to a first version)
    text = ("Governor Ana Ruiz kept questioning the count, encouraging her voters to visit the offices on Friday "
            "to make sure everything is “fair and square.”")
    direct, _ = speech(text)
    assert [(s or "").endswith("Ana Ruiz") for s, _ in _speakers(direct)] == [True]
