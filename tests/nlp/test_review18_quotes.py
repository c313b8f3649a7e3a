"""Quotes review 18 marked wrong, each by its general cause (docs/quotes.md, "Review 18's quotes");
invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def test_a_news_reports_tag_after_a_speakers_tag_leaves_the_words_to_the_speaker(speech):
    direct, _ = speech('The best answer is patience, "not anger at the fans," Lopez added, Reuters reported.')
    assert [q.speaker for q in direct] == ["Lopez"]


def test_a_joined_verb_of_a_reported_clause_has_that_clauses_subject(speech):
    text = ("Striker Tom Hale spoke after the match. The 27-year-old star stayed calm during his comments and "
            "called the referee's decision \"embarrassing,\" ESPN reported.")
    direct, _ = speech(text)
    assert direct[0].speaker != "ESPN" and "star" in direct[0].speaker
    # under a speaker's own cue, the joined verb is the speaker's
    text = ("Geng Shuang, a spokesman for China's foreign ministry, said Beijing was \"highly concerned\" about the "
            "killing and called for \"calm and restraint.\"")
    direct, _ = speech(text)
    calm = [q for q in direct if q.text.startswith("calm and restraint")]
    assert [q.speaker for q in calm] == ["Geng Shuang"]


def test_a_report_a_news_outlet_vouches_for_is_the_speakers_without_the_outlets_tag(speech):
    text = ("Coach Maria Lopez said the players were tired but stood behind the decision, the Associated Press "
            "reported.")
    _, reported = speech(text)
    assert _speakers(reported) == [("Maria Lopez", "the players were tired but stood behind the decision")]


def test_a_news_outlets_own_report_stays_its_own(speech):
    _, reported = speech("The Associated Press reported that the players were tired after the long flight home.")
    assert [q.speaker for q in reported] == ["Associated Press"]
    # a report whose own cue reports no clause, or too short a one, stays the outlet's
    _, reported = speech("The players and their coach tell a different story, reports Jane Doe of the Daily Star.")
    assert [q.speaker for q in reported] == ["Jane Doe"]
    _, reported = speech("The victim's sister has also claimed that he was unarmed, local journalist Joe Bruno "
                         "reported.")
    assert [q.speaker for q in reported] == ["Joe Bruno"]


def test_reacted_tags_a_quote(speech):
    text = ("\"Europe must listen to its voters, this is the lesson of the day,\" Polish President Andrzej Duda "
            "reacted. Czech Prime Minister Petr Fiala said the vote \"will change the union.\"")
    direct, _ = speech(text)
    assert [q.speaker for q in direct] == ["Andrzej Duda", "Petr Fiala"]


def test_reacting_to_something_is_no_cue(speech):
    direct, _ = speech('Mayor Tom Reed reacted angrily to the "fake news" reports about the city budget.')
    assert all(q.speaker != "Tom Reed" for q in direct)


def test_what_a_ruling_suggests_is_an_inference_not_a_statement(speech):
    _, reported = speech("But the unanimous ruling suggests that the company will face an uphill battle in the "
                         "higher court.")
    assert reported == []
    _, reported = speech("The ruling says that the company must pay the workers their back wages.")
    assert [q.speaker for q in reported] == ["The ruling"]
    _, reported = speech("Partial results showed the opposition party winning at least 275 of 543 seats.")
    assert [q.speaker for q in reported] == ["Partial results"]


def test_a_title_of_a_body_with_the_holders_name_is_that_person_and_a_later_he_too(speech):
    text = ("President Donald Trump tweeted that the ruling was a disgrace. The solicitor general for the state of "
            "Washington, Noah Purcell, argued that the travel ban is discriminatory and violates federal statutes. "
            "He told the court that the judiciary's role is to check the abuses of the executive branch.")
    _, reported = speech(text)
    assert [q.speaker for q in reported] == ["Donald Trump", "Noah Purcell", "Noah Purcell"]


def test_a_name_before_its_title_is_the_subject_the_parse_missed(speech):
    # the parse hangs "Flentje" on the verb and takes "the lawyer" for its subject
    text = ("President Donald Trump tweeted that the ruling was a disgrace. The appeals court decision follows a "
            "hearing on Tuesday night. August Flentje, the lawyer for the federal government, argued that the ban "
            "was \"plainly constitutional\", noting that Congress has granted the president the authority. However, "
            "he additionally argued that the decision should not be subject to judicial review.")
    _, reported = speech(text)
    assert [q.speaker for q in reported][1:] == ["Flentje", "Flentje"]


def test_words_a_pledge_holds_are_its_authors_through_the_pledges_verb(speech):
    text = ("The mayor cited the governor's pledge to build \"a new bridge over the river by the end of next "
            "year\" in her speech.")
    direct, _ = speech(text)
    assert [q.speaker for q in direct] == ["the governor"]
    # a phone call is no utterance
    text = ("The aid was held before Trump's call with Zelensky \"pending a policy decision\" from the White "
            "House, officials said.")
    direct, _ = speech(text)
    assert all(q.speaker != "Trump" for q in direct)


def test_a_report_in_a_relative_clause_ends_where_the_clause_does(speech):
    # review 15's CNN report: the main clause ("retreated ...") the parse ran into the report is the writer's
    text = ("Governor Tom Hale, who began the week insisting he had the \"absolute authority\" to close the schools, "
            "retreated after pushback from mayors and parents alike.")
    _, reported = speech(text)
    assert _speakers(reported) == [("Tom Hale", "he had the \"absolute authority\" to close the schools")]
    _, reported = speech("Senator Ann Lee said the schools, which closed in March, reopened after the mayor "
                         "intervened in the dispute.")
    assert reported[0].text.endswith("intervened in the dispute")


def test_they_is_not_the_group_its_own_clause_talks_about(speech):
    text = ("Foreign ministers of Germany, France and Italy met in Berlin on Saturday and said in a statement that "
            "they wanted Britain to leave quickly. Regarding the other members, they said \"We have to find better "
            "ways of dealing with these different levels\" of commitment to unity.")
    direct, _ = speech(text)
    assert direct[0].speaker == "Foreign ministers of Germany"


def test_a_name_the_ner_missed_with_a_body_it_is_of_is_an_antecedent(speech):
    text = ("Police Chief Tom Reed spoke on Tuesday. About 200 students gathered at the student union, said Justice "
            "White of the school's Black Student Union. \"We want to focus on making others aware of police "
            "brutality,\" she said.")
    direct, _ = speech(text)
    assert "White" in direct[0].speaker
