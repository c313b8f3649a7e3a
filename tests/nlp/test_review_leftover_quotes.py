"""Speakers the reviews still marked after session 34 (reviews 23, 22, 21, 15), each by its general
cause (docs/quotes.md, "The reviews' left-over speakers"); invented sentences of the same shapes,
each with a control that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_a_quote_after_a_pointer_is_a_linked_title(speech):
    direct, _ = speech('Ms. Hale was elected in 2015. Her plain style (see: "Twelve Times The Mayor Said No '
                       'To Lunch") and her record on roads only made her more popular with voters.')
    assert direct == []
    direct, _ = speech('The council voted on Monday.\n\nRead more: "Why The Bridge Vote Still Matters"\n\n'
                       'The mayor said the work would start in May.')
    assert [q.speaker for q in direct] == []
    # a colon after a verb of saying still introduces words
    direct, _ = speech('Ms. Hale was elected in 2015. She said: "We will fix the roads first."')
    assert _speakers(direct) == [("Hale", "We will fix the roads first.")]


def test_a_name_with_a_named_persons_surname_is_a_relative(said):
    from collections import Counter

    from manysides.nlp.entities import _family_named

    # the small NER model types a relative's name an organisation in some sentences only
    # ("Adrian Toole said his daughter ..."): the rule on the entities as the NER gave them
    raw = [(0, 14, "PERSON", "Mirela Dunmore"), (20, 34, "ORG", "Graeme Dunmore"),
           (40, 58, "ORG", "Dunmore Foundation"), (60, 74, "ORG", "Mirela Dunmore"), (80, 92, "ORG", "Graeme Hall")]
    full = Counter({"Mirela Dunmore": 1})
    assert [r[2] for r in _family_named(raw, full)] == ["PERSON", "PERSON", "ORG", "ORG", "ORG"]
    assert "Graeme Dunmore" in full
    # and so the father's he, not his daughter's name
    text = ("The father of a Canadian woman named Mirela Dunmore has told a local website that she was on the "
            "train.\n\nGraeme Dunmore said his 29-year-old daughter Mirela was travelling for her work.\n\n"
            'He said "Mirela never wanted an office job, she wanted the mountains."')
    assert {q.speaker for q in said(text) if "mountains" in q.text} == {"Graeme Dunmore"}


def test_what_a_page_ran_or_printed_is_its_caption(speech):
    direct, _ = speech('Critics said the report confirmed their fears. The Evening Ledger ran a photograph of the '
                       'bank\'s chief executive Maria Olsen: "Not Saving ... Spending!"')
    assert _speakers(direct) == [(None, "Not Saving ... Spending!")]
    direct, _ = speech('The paper printed a picture of Governor Tom Baker: "Asleep At The Wheel?"')
    assert _speakers(direct) == [(None, "Asleep At The Wheel?")]
    # what someone posts is still theirs
    direct, _ = speech('The senator posted a photo of the dam on Twitter: "This is what neglect looks like."')
    assert _speakers(direct) == [("The senator", "This is what neglect looks like.")]


def test_a_title_after_where_someone_spoke_is_the_broadcasts(speech):
    direct, _ = speech('"We need time to set up testing," Dr. Ann Meyer said on ABC\'s Evening Forum, '
                       '"Schools: Open or Shut."')
    assert _speakers(direct) == [("Ann Meyer", "We need time to set up testing")]
    # words after a comma that are no title stay the speaker's
    direct, _ = speech('"We need time," Dr. Ann Meyer said on ABC\'s Evening Forum, "and we need it now."')
    assert {q.speaker for q in direct} == {"Ann Meyer"}


def test_a_title_between_an_article_its_adjectives_and_a_noun_is_a_name(speech):
    direct, _ = speech('Dalton, a former "Late Night Comedy Hour" writer who was a host on a radio network at '
                       'the time, allegedly told her it was his "right as a star."')
    assert _speakers(direct) == [("Dalton", "right as a star.")]


def test_an_infinitive_of_a_named_vow_is_the_vowers(speech):
    direct, _ = speech('Prime Minister Ivan Petrov has vowed to respond to the attack with "swift punishment," and '
                       'Jones said Hale must make clear that more violence will bring strikes, "the last thing '
                       'they want," he said.')
    assert ("Ivan Petrov", "swift punishment") in _speakers(direct)
    assert ("Jones", "the last thing they want") in _speakers(direct)
    # a participle under a speaker's report is still the reporter's
    direct, _ = speech('Smith said the plan could be "messy and slow," adding that it would take years.')
    assert _speakers(direct) == [("Smith", "messy and slow")]


def test_who_after_a_things_person_is_that_person(speech):
    # ("Houston" is a name the small NER model types a place)
    _, reported = speech("Senator Maria Houston toured the plant. The closure also spurred comments from Houston, "
                         "who said the workers could have been warned.")
    assert [q.speaker for q in reported] == ["Maria Houston"]
    # a person noun before "of" is still the one "who" stands for
    _, reported = speech("Officials met the brother of the mayor, who said the farm could not be saved.")
    assert [q.speaker for q in reported] != ["the mayor"]


def test_what_a_statement_says_is_its_owners(speech):
    direct, _ = speech('Lena Ortiz, the nurse who first told reporters about the incident, said she was upset. On '
                       'Dalton\'s statement that some of the claims are "simply not true," Ortiz said she wonders '
                       'if he meant her.')
    assert _speakers(direct) == [("Dalton", "simply not true")]
    # "said in a statement that ...": still the one who said it
    direct, _ = speech('Smith said in a statement that the plan was "dead and buried for now."')
    assert _speakers(direct) == [("Smith", "dead and buried for now.")]


def test_what_someone_received_is_no_words_of_theirs(speech):
    direct, _ = speech('Harlan left the navy in 2009 after receiving a "bad conduct discharge." He later moved to '
                       'Ohio.')
    assert _speakers(direct) == [(None, "bad conduct discharge.")]
    # a quote a subject gives is still the subject's
    direct, _ = speech('Harlan left the navy in 2009 after calling it "a waste of my best years."')
    assert _speakers(direct) == [("Harlan", "a waste of my best years.")]


def test_a_quote_that_ends_its_sentence_ends_the_clause_before_the_next(speech):
    # the clause before the next quote starts after it: "ran ...:" holds no verb of saying of the sentence before
    direct, _ = speech('Ann Ruiz told the Herald the audit confirmed "what savers always feared: the fund is '
                       'empty." The Evening Ledger ran a photograph of the mayor: "Not Saving ... Spending!"')
    assert ("Not Saving ... Spending!" in [t for _, t in _speakers(direct)]
            and dict((t, s) for s, t in _speakers(direct))["Not Saving ... Spending!"] is None)
    # a speaker's colon after such a quote still introduces the speaker's words
    direct, _ = speech('Ann Ruiz told the Herald the audit was "a disgrace." Mayor Tom Baker said: "We will '
                       'answer every question."')
    assert ("Tom Baker", "We will answer every question.") in _speakers(direct)


def test_a_quote_paragraph_after_a_dropped_title_goes_on_with_the_speaker(speech):
    direct, _ = speech('"We need time to set up testing," Dr. Ann Meyer said on ABC\'s Evening Forum, "Schools: '
                       'Open or Shut."\n\n"I think those two steps together will let the states move forward."')
    assert _speakers(direct) == [("Ann Meyer", "We need time to set up testing"),
                                 ("Ann Meyer", "I think those two steps together will let the states move forward.")]
