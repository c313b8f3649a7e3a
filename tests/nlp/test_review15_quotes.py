"""Quotes reviews 14 and 15 left with the wrong speaker, and the sample's "second-term lawmaker",
each by its general cause (docs/quotes.md, "Review 15's quotes")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def test_a_description_joined_to_an_apposition_is_the_named_person(said, quote_of):
    text = ("The most prominent is state Rep. Colby Ransford of Glenhollow, a former county commissioner and "
            "second-term lawmaker who has criticized Okafor's support for a federal cleanup grant as "
            "\"a giveaway to the lawyers.\"")
    assert quote_of(said(text), "a giveaway to the lawyers").speaker == "Colby Ransford"


def test_a_party_and_state_tag_is_no_speaker(said, quote_of):
    text = ("Her sentiment was echoed by Sens. Kamala Harris of California and Maggie Hassan of New Hampshire.\n\n"
            "Hassan, D-N.H., tweeted, “It is clear that Al Franken has engaged in a pattern of egregious "
            "behavior. He should resign.\"")
    assert quote_of(said(text), "He should resign").speaker == "Maggie Hassan"


def test_a_show_after_an_outlets_bare_apostrophe_is_no_quote(said):
    text = ("\"I appreciate being brought into the orbit,\" Sen. Lindsey Graham told Fox News' \"Fox and Friends.\" "
            "\"We will stand up for our people.\"")
    quotes = said(text)
    assert not [q for q in quotes if "Friends" in q.text]
    assert {q.speaker for q in quotes if q.direct} == {"Lindsey Graham"}


def test_the_state_republican_is_the_main_subject_not_the_last_name(said, quote_of):
    text = ("Sen. Lindsey Graham said Friday President Donald Trump informed him about the operation that ended "
            "with the death of Iranian General Qassem Soleimani when he was in Florida.\n\n"
            "\"I appreciate being brought into the orbit,\" the South Carolina Republican, who chairs the Senate "
            "Judiciary Committee, told reporters.")
    assert quote_of(said(text), "brought into the orbit").speaker == "Lindsey Graham"


def test_she_after_an_unnamed_accuser_is_no_earlier_speaker(said, quote_of):
    text = ("Senate Majority Leader Mitch McConnell weighed in.\n\n“He can not serve,” McConnell said.\n\n"
            "Before that, another woman accused Franken of trying to kiss her.\n\nThe woman, who spoke to Politico, "
            "claims Franken pursued her. The woman was in her 20s at the time.\n\n"
            "The accuser, who was not identified, said Franken tried to kiss her but that she ducked.\n\n"
            "Franken, a former comedian, allegedly followed up by telling her it was his “right as an "
            "entertainer.”\n\n"
            "“He was between me and the door,” she told Politico.")
    assert quote_of(said(text), "between me and the door").speaker is None


def test_the_company_is_the_body_its_own_sentence_names(said, quote_of):
    text = ("Viacom, the media company, also reported a jump in quarterly revenue.\n\n"
            "Shares of Weight Watchers plunged after the company reported weak earnings and announced that CEO "
            "David Kirchhoff will step down.")
    assert quote_of(said(text), "Kirchhoff will step down").speaker == "Weight Watchers"


def test_words_under_a_denied_cue_are_the_reporting_speakers(said, quote_of):
    text = ("But in his opinion, Judge Richard Leon concluded that the government didn't cite a single instance in "
            "which the program \"actually stopped an imminent terrorist attack.\"")
    assert quote_of(said(text), "actually stopped").speaker == "Richard Leon"


def test_a_report_stops_where_the_main_clause_after_while_begins(said, quote_of):
    text = ("While critics contend the EPA rules will mean higher electricity costs, Obama and members of his "
            "administration argued the transformation would bring lower electricity bills in the future.")
    assert quote_of(said(text), "higher electricity costs").text == "the EPA rules will mean higher electricity costs"


def test_narration_about_the_ruling_is_not_the_judges_report(said, quote_of):
    quotes = said("A federal judge said Monday that he believes the government's collection of domestic phone records "
                  "is unconstitutional, setting up likely appeals and further challenges to the data mining.")
    assert quote_of(quotes, "unconstitutional").text.endswith("is unconstitutional")
    quotes = said("A federal judge said Monday that the NSA’s secret phone-snooping program violates Americans’ "
                  "privacy rights, in a ruling that sets up a major legal and political hurdle for the administration.")
    assert quote_of(quotes, "violates").text.endswith("privacy rights")


_PODCAST = ("aimee stephens\n\nMy name is Aimee Stephens. I live in Redford.\n\nmichael barbaro\n\n"
            "Aimee, could you read from the letter?\n\naimee stephens\n\nSure.\n\nmichael barbaro\n\n"
            "Adam, tell us about the ruling.\n\nadam liptak\n\nThe cases were brought by two gay men and a transgender "
            "woman. crowd chanting Trans lives matter! Trans lives matter! The third was a transgender woman named "
            "Aimee Stephens, who, Michael, your listeners may remember, because —\n\nmichael barbaro\n\nRight.\n\n"
            "adam liptak\n\n— you had a conversation with her and she described how, when she announced she was "
            "going to assume the gender identity that she believed was hers, the funeral home fired her.")


def test_a_transcript_speaker_talked_about_in_anothers_turn_is_a_he_or_she(said, quote_of):
    assert quote_of(said(_PODCAST), "going to assume the gender identity").speaker == "Aimee Stephens"


def test_a_speech_tag_inside_marks_left_open_names_the_speaker(said, quote_of):
    text = ("Sen. Lindsey Graham spoke on Friday.\n\nTrump acted because \"the intelligence was that Soleimani was "
            "orchestrating chaos in Iraq at our expense, said Graham, and he prevented \"holy hell\" from taking "
            "place in Iraq.")
    assert quote_of(said(text), "the intelligence was").speaker == "Lindsey Graham"


def test_he_after_a_persons_ruling_is_its_author(said, quote_of):
    text = ("U.S. District Judge Richard Leon issued the ruling.\n\nTwo of the suits were filed by Larry Klayman, an "
            "attorney.\n\nJudge Leon’s ruling focuses on the constitutional question of whether the secret "
            "collection of telephone metadata violates the Fourth Amendment.\n\nHe noted that the framers of the "
            "Constitution sought to protect the people from “unreasonable searches and seizures,” particularly "
            "general warrants.")
    assert quote_of(said(text), "unreasonable searches").speaker == "Richard Leon"


def test_he_after_the_group_is_still_the_last_person_quoted(said, quote_of):
    # "the group" is a body, not an unnamed person who would take the he
    text = ("The Texas Civil Rights Project is taking a different approach.\n\n“A lot of people have fled enormous "
            "violence,” said Jaimes Pérez. “We had a mother and an 11-year-old son who fled Guatemala.”\n\n"
            "The group sees between 30 and 40 people each day. “We don’t expect that to abate any time soon,” he said.")
    assert quote_of(said(text), "to abate").speaker == "Jaimes Pérez"


def test_he_after_a_description_of_the_named_person_is_that_person(said, quote_of):
    # "the 66-year-old former comedian" was never brought in unnamed ("a comedian"): it is Franken
    text = ("U.S. Democratic Senator Al Franken announced his resignation on Thursday.\n\nFranken, buffeted for "
            "weeks by sexual harassment charges, said on the Senate floor he would leave in a few weeks.\n\n"
            "The 66-year-old former comedian from Minnesota had been seen as a rising star in the Democratic "
            "Party.\n\n“I know in my heart that nothing I’ve done as a senator has brought dishonor on this "
            "institution,” he said.")
    assert quote_of(said(text), "I know in my heart").speaker == "Al Franken"
