"""Speakers review 24 found wrong, each by its general cause (docs/quotes.md, "Review 24's speakers");
invented sentences of the same shapes, each with a control that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _reported(speech, text):
    return _speakers(speech(text)[1])


def test_a_closing_clause_in_the_reporting_verbs_tense_is_the_narrators(speech):
    assert _reported(speech, "Marta Lind said the bridge is perfectly safe as her neighbors packed up and left "
                             "town.") == [("Marta Lind", "the bridge is perfectly safe")]
    assert _reported(speech, "Hale has said the audit cost him the election, while Ruiz has defended his "
                             "decision.") == [("Hale", "the audit cost him the election")]
    # the report's own tense: the clause is part of what was said
    assert _reported(speech, "Marta Lind said prices fell sharply as demand slowed across the region.") == [
        ("Marta Lind", "prices fell sharply as demand slowed across the region")]
    assert _reported(speech, "Marta Lind said prices are falling while wages stagnate.") == [
        ("Marta Lind", "prices are falling while wages stagnate")]
    # a report ending on a quoted phrase keeps the clause (and so stays a report)
    assert _reported(speech, 'The president said it\'s a "sad day" as he departed Wednesday morning.') == [
        ("The president", 'it\'s a "sad day" as he departed Wednesday morning')]
    # a clause of a relative clause inside the report is not the report's own
    assert _reported(speech, "Industry groups argue the agency overstepped its authority when it issued the rules, "
                             "which the court has put on hold while the case is heard.") == [
        ("Industry groups", "the agency overstepped its authority when it issued the rules, which the court has put "
                            "on hold while the case is heard")]


def test_that_after_the_verbs_object_is_a_relative_clause(speech):
    text = ("Judge Ann Powell has sided with the tenants again, writing the main opinion Friday that struck down "
            "the rent rule for every building in the city.")
    assert not any("struck down" in q.text for q in speech(text)[1])
    # "that" as the subject of a report with no object before it still reports
    assert _reported(speech, "Powell has said that largely settled the matter for the tenants.") == [
        ("Powell", "that largely settled the matter for the tenants")]


def test_a_topic_before_a_tag_with_its_own_clause_is_no_report(speech):
    assert _reported(speech, "But as to which roads they can use, the mayor said that much is decided and it "
                             "will not change.") == [("the mayor", "much is decided and it will not change")]
    assert _reported(speech, "But as to which candidates they can choose from, the chief executive said that the "
                             "committee will decide.") == [("the chief executive", "the committee will decide")]
    # a quotation after the verb leaves the words before it the report
    assert ("Louisa Park", "But it is hard for the world to deter the regime") in _reported(
        speech, "But it is hard for the world to deter the regime, Louisa Park said: “There is little left to "
                "sanction.”")
    # nor a clause that does not start right after the verb ('announced at 6 a.m. As ...', one sentence to the parse)
    assert _reported(speech, "The river rose two feet overnight in the valley, the agency announced at 6 a.m. As "
                             "the rain moves east, forecasters expect it to ease.")[0] == (
        "the agency", "The river rose two feet overnight in the valley")
    # an inverted tag with no clause of its own reports the words before it
    assert _reported(speech, "The roads will stay closed until Monday, the mayor said.") == [
        ("the mayor", "The roads will stay closed until Monday")]


def test_a_quoted_verb_of_a_claims_that_clause_is_the_claimants(speech):
    text = ("Senator Paul Reyes spoke to the committee on Monday. On Tuesday his office issued a statement aiming "
            'to clear up his testimony that the aide "shredded hundreds of files" before the audit.')
    assert _speakers(speech(text)[0]) == [("Paul Reyes", "shredded hundreds of files")]
    # the quoted words of a testimony's subject are still not its owner's when the verb is outside them
    text = ("Senator Paul Reyes spoke to the committee on Monday. His office later issued a statement about the "
            'aide who was "very upset" that day.')
    assert [q.speaker for q in speech(text)[0]] != ["Paul Reyes"]


def test_a_relative_that_x_said_after_a_quote_names_its_owner(speech):
    text = ('The memo, signed by a deputy, clarified that the "thousands of files" that Reyes said were '
            '\'shredded" from the server "included copies kept on backup drives."')
    direct = speech(text)[0]
    assert ("Reyes", "thousands of files") in _speakers(direct)
    # the memo's own words after it stay the memo's
    assert ("The memo", "included copies kept on backup drives.") in _speakers(direct)


def test_a_single_mark_a_double_one_closes_is_one_pair(speech):
    from manysides.nlp.quotes import find_quote_spans

    text = "The memo, signed by a deputy, clarified that the files Reyes said were 'shredded\" had been copied."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["shredded"]
    # a stray closing mark with no single mark before it still runs back to its sentence start
    text = 'The plan was unfair." He said so twice.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["The plan was unfair."]


def test_chants_one_wakes_up_to_are_no_ones(speech):
    text = ("So there they were at dawn, waking up to chants over loudspeakers calling for the governor to resign "
            'and for everyone to "save the harbor."')
    assert [q.speaker for q in speech(text)[0]] == [None]
    text = 'By dawn the crowds were waking up to chants over loudspeakers calling for everyone to "stay calm."'
    assert all(q.speaker != "the crowds" for q in speech(text)[0])
    # chants a subject breaks into are theirs
    text = 'The marchers broke into chants calling for the mayor to "resign now" as they crossed the bridge.'
    assert [q.speaker for q in speech(text)[0]] == ["The marchers"]
    # and a conference a speaker announces at is no chant
    _, reported = speech('"We will win," Mayor Ann Hale said at a news conference announcing that her office was '
                         "suing the state over its new law.")
    assert [q.speaker for q in reported] == ["Ann Hale"]


def test_they_after_a_plural_subject_the_ner_typed_a_person(speech):
    text = ("The ministry reported the mayors of Lorton, Keswick and Dunmore had opened 40 shelters.\n\n"
            "Forecasters said the storm could drop 10 inches of rain in some places.\n\n"
            "They said the main danger would be the flooding along the rivers.")
    reported = speech(text)[1]
    assert _speakers(reported)[-1] == ("Forecasters", "the main danger would be the flooding along the rivers")
    assert [q.speaker_kind for q in reported if q.speaker == "Forecasters"] == ["group", "group"]
    # with no forecasters, "they" is the people the sentence before reports on, as before
    text = ("The ministry reported the mayors of Lorton, Keswick and Dunmore had opened 40 shelters.\n\n"
            "They said the main danger would be the flooding along the rivers.")
    assert _reported(speech, text)[-1][0] == "the mayors of Lorton"


def test_the_official_after_officials_said_is_one_of_them(speech):
    text = ("Mayor Tom Hale praised the new port. City officials said the port was hardly a threat to the river. "
            "“I am not worried about this port,” the city official said. He then went on to warn, noting that "
            "the builder “is in it for the money, like his father before him.”")
    direct = speech(text)[0]
    assert [q.speaker for q in direct if "for the money" in q.text] != ["Tom Hale"]
    # with no such officials before, a named mayor is still the he
    text = ("Mayor Tom Hale praised the new port on Monday. He then went on to warn, noting that the builder “is "
            "in it for the money, like his father before him.”")
    assert [q.speaker for q in speech(text)[0]] == ["Tom Hale"]


def test_a_quote_closed_by_its_own_he_said_is_his(speech):
    text = ('In a news conference on Tuesday, Chief Inspector Wen Lau stressed that police never meant to "open '
            'fire" on the crowd.\n\nThe Harbour Daily says:\n\n"Pressed on whether police planned to shoot, [Lau] '
            'refused to answer directly. "Lau suggested a sign held up by officers may have caused confusion. " '
            '\'The sign has two sides; the red side says "stop," while the other side says "move back or we fire," '
            '\' he said. \'We never meant to show the other side to the crowd.\' " "Only batons and tear gas were '
            'used, he said."')
    direct = speech(text)[0]
    assert [q.speaker for q in direct if q.text.startswith("Only batons")] == ["Wen Lau"]
    # a quote without its own tag still takes the one before it
    assert [q.speaker for q in direct if q.text == "move back or we fire"] == ["the other side"]


def test_a_title_of_two_words_names_its_one_holder(speech):
    text = ("Chief Justice John Olsen wrote for the majority. Justice Paul Kim and Justice Ed Barr dissented.\n\n"
            "Tom Vale, a law professor, said the ruling is bigger than the case itself.\n\n"
            "“It changes everything,” he said.\n\n"
            "Critics said the ruling would hurt the states that joined late. But the chief justice, writing for "
            "the court, said the law was clear enough.\n\n"
            "He said the intent of the lawmakers could not have been to punish the states that joined late.")
    assert _reported(speech, text)[-1] == (
        "John Olsen", "the intent of the lawmakers could not have been to punish the states that joined late")
    # "the justice" of three justices names none of them: the he stays with the last subject named
    text = text.replace("But the chief justice", "But the justice")
    assert _reported(speech, text)[-1][0] != "John Olsen"


def test_a_citys_state_before_a_subject_noun_is_no_speaker(speech):
    text = ('The National Weather Service\'s Tampa, Florida, office warned that the storm "could be the worst in '
            'decades."')
    speakers = [q.speaker for q in speech(text)[0]]
    assert len(speakers) == 1 and speakers[0].endswith("office")  # not "Tampa", as before (session 37)
    # a place that is the subject speaks
    text = 'Florida warned on Monday that homes "may be unsafe for weeks."'
    assert [q.speaker for q in speech(text)[0]] == ["Florida"]


def test_a_business_name_is_no_person(speech):
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy

    nlp = load_spacy()
    ents = extract_entities(nlp("Reporters found Dan Moll boarding up his business, Surfside Cafe, on Monday."))
    assert all(e.type != "PERSON" for e in ents if "Cafe" in e.text)
    assert any(e.type == "PERSON" and e.name == "Dan Moll" for e in ents)


def _surname_tagged_alone(text, surname):
    """`text` parsed, with the NER's entities replaced by the last `surname` alone, typed a person (as the
    small model tags "Sui-ying Cheng")."""
    from spacy.tokens import Span

    from manysides.nlp.models import load_spacy

    doc = load_spacy()(text)
    k = [t.i for t in doc if t.text == surname][-1]
    doc.ents = [Span(doc, k, k + 1, label="PERSON")]
    return doc


def test_a_hyphened_given_name_is_part_of_the_name():
    from manysides.nlp.entities import extract_entities

    doc = _surname_tagged_alone('"We will stay here tonight," Mei-ling Chan, 18, a student, told Reuters.', "Chan")
    assert [e.name for e in extract_entities(doc)] == ["Mei-ling Chan"]
    # a place and a participle ("Texas-born"), or a lower-case word ("so-called"), before it are no given name
    for text in ("The Texas-born Chan spoke to the crowd.", "Critics mocked the so-called Chan plan.",
                 "The visit of Secretary-General Chan was short."):
        assert [e.name for e in extract_entities(_surname_tagged_alone(text, "Chan"))] == ["Chan"]
