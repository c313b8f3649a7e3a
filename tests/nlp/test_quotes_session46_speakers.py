"""Session 46's speakers (review 34): a bare surname beside a relative the article introduces as that surname's
("Flynn's son, Michael Flynn Jr."), a body's name glued to an office holder's ("Secretary of Homeland Security Kirstjen
Nielsen"). Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _speakers(speech, text):
    direct, reported = speech(text)
    return {" ".join(q.text.split()).rstrip(".,"): q.speaker for q in [*direct, *reported]}


_SON = ("In court on Monday, Harlan answered only yes or no. He told the judge he had not been promised a lighter "
        "sentence. In a statement, Harlan said his actions \"were a mistake, and I will make them right.\"\n\n"
        "Harlan's son, Peter Harlan Jr., has also been questioned by investigators. Harlan Jr. worked as his father's "
        "aide at the firm.")


def test_a_bare_surname_is_not_the_relative_it_introduces(speech):
    """Review 34: CNN's text opens mid-article, its only full Flynn "Flynn's son, Michael Flynn Jr.", so Flynn's five
    quotes ("He told the judge he has not been coerced ...", "were wrong, and, through my faith in God, ...") went to
    the son; Trump's "he hadn't known that Flynn took payments ..." to "Trump's daughter, Ivanka Trump"."""
    got = _speakers(speech, _SON)
    assert got["he had not been promised a lighter sentence"] == "Harlan"
    assert got["were a mistake, and I will make them right"] == "Harlan"


def test_a_bare_surname_is_not_the_daughter_it_introduces(speech):
    got = _speakers(speech, "Marsh's daughter, Ellen Marsh, joined the board in May. Marsh said in June that he had "
                            "not known about the loans.")
    assert got["he had not known about the loans"] == "Marsh"


def test_control_a_relative_introduced_by_someone_else_is_the_surname(speech):
    got = _speakers(speech, "The victim's mother, Ellen Marsh, spoke outside the court. Marsh said she had not known "
                            "about the loans.")
    assert got["she had not known about the loans"] == "Ellen Marsh"


def test_control_the_suffixed_name_is_the_son(speech):
    got = _speakers(speech, _SON + " Harlan Jr. said he \"will never stop fighting.\"")
    assert got["will never stop fighting"] == "Peter Harlan Jr."


_OFFICE = ("Homeland Security is short of staff, officials said. The president wrote: \"Secretary of Homeland Security "
           "Karin Vollmer will be leaving her post.\" Secretary of Homeland Security Karin Vollmer said that she "
           "would stay on until Friday.")


def test_a_body_named_in_the_article_is_no_part_of_the_holders_name(speech):
    """Review 34: Reuters' "... said on Twitter: “Secretary of Homeland Security Kirstjen Nielsen will be leaving ...”"
    made the NER type "Homeland Security Kirstjen Nielsen" a body, and the name cut after the title's "of" kept
    "Security": Nielsen's three quotes went to "Security Kirstjen Nielsen"."""
    got = _speakers(speech, _OFFICE)
    assert got["she would stay on until Friday"] == "Karin Vollmer"


def test_an_asides_cue_says_nothing_after_its_closing_dash(speech):
    """Review 34: National Review's "Schiff criticized the president — who said “some” lawmakers were notified — for
    not making the “Gang of Eight,” ..., aware" gave "Gang of Eight" to the president (the parse hung the rest on
    the aside's verb)."""
    got = _speakers(speech, "Senator Jo Ames faulted the governor — who said “some” mayors were told in advance — for "
                            "not making the “Council of Nine” aware of the plan.")
    assert got.get("Council of Nine") != "the governor"


def test_control_a_cue_before_its_quote_inside_the_aside(speech):
    got = _speakers(speech, "Senator Jo Ames — who said the plan was “a total disgrace” — left early.")
    assert got["a total disgrace"] == "Jo Ames"


def test_a_speech_supposed_is_not_made(speech):
    """Review 34: the Washington Times' "the next best thing would be for Mr. Kim to say “inspectors” during a likely
    press conference" gave "inspectors" to Kim."""
    got = _speakers(speech, "The next best thing would be for Mr. Ono to say “audit” at the press conference on "
                            "Friday, the sources said.")
    assert got.get("audit") != "Ono"


def test_control_a_speech_made_after_to(speech):
    got = _speakers(speech, "Mr. Ono went on to say “never again will we wait” at the press conference on Friday.")
    assert got["never again will we wait"] == "Ono"


def test_the_speaker_of_a_raised_passive_not_the_one_called_names(speech):
    """Review 34: Reuters' "Tillerson was reported in October to have privately called Trump a “moron,”" gave the word
    to Trump (the name after the verb read as an inverted tag)."""
    got = _speakers(speech, "Dunmore was reported in May to have privately called Hale a “clown,” something the "
                            "minister sought to deny.")
    assert got["clown"] == "Dunmore"


def test_a_manner_word_is_not_what_was_said(speech):
    """Review 34: USA Today's "his client had “fully” informed the Defense Department" gave "fully" to "his client"."""
    got = _speakers(speech, "The lawyer has maintained that her client had “fully” informed the agency of the trip.")
    assert "fully" not in got


def test_control_a_word_the_cue_takes_as_its_object(speech):
    got = _speakers(speech, "The lawyer called the charges “baseless” on Monday.")
    assert got["baseless"] == "The lawyer"


def test_words_that_name_another_clauses_subject(speech):
    """Review 34: National Review's "The U.S. suffered no serious casualties ..., while “a large number” of ISIS
    fighters ... were killed" gave the count to the U.S."""
    got = _speakers(speech, "The army suffered no losses in the raid, while “a large number” of rebels were killed.")
    assert got.get("a large number") in (None, "")


def test_a_chant_named_before_its_noun_is_its_starters(speech):
    """Review 34: CNN's 'Hillary Clinton, ... the focus of the "lock her up" chant first popularized by Flynn ...,
    declined ... to comment' gave the chant to Clinton; the Washington Times' "Asked ... about Mr. Flynn joining the
    convention in a chant of “lock her up” ..., Mr. Kaine replied" to Kaine."""
    got = _speakers(speech, "Mary Lund, the focus of the \"send her home\" chant first popularized by Dorn at the "
                            "rally, declined to comment on Friday.")
    assert got["send her home"] == "Dorn"
    got = _speakers(speech, "Asked by reporters about Mr. Dorn joining the rally in a chant of “send her home” over "
                            "the scandal, Mr. Vick replied, “He would not give that benefit to anybody else.”")
    assert got["send her home"] == "Dorn"
    assert got["He would not give that benefit to anybody else"] == "Vick"


def test_control_a_crowd_breaking_into_chants(speech):
    got = _speakers(speech, "The crowd broke into chants of “send her home” as the senator spoke.")
    assert got["send her home"] == "The crowd"


def test_a_participle_on_a_verb_of_stance_is_its_subjects(speech):
    """Review 34: NPR's "The Washington Post reports that Russia initially disputed Turkey's version of events, saying
    the plane was likely downed “due to shelling from the ground.”" gave Russia's words to the Post."""
    got = _speakers(speech, "The Daily Ledger reports that the ministry disputed the army's account, saying the "
                            "bridge was destroyed \"by a storm, not by shelling.\"")
    assert got["by a storm, not by shelling"] == "the ministry"


def test_control_adding_stays_the_reporters(speech):
    got = _speakers(speech, "Smith said the plan could be \"messy and slow,\" adding that it would take years.")
    assert got["messy and slow"] == "Smith"
    assert got["it would take years"] == "Smith"


def test_an_outlets_closing_tag_vouches_for_the_speaker_before(speech):
    """Review 34: the Washington Times' "South Korean officials said Mr. Moon encouraged Mr. Trump to continue his
    efforts for accomplishing the “historic feat of ...” and that ..., The Associated Press reported." gave the words
    to the AP."""
    got = _speakers(speech, "Japanese officials said Mr. Sato encouraged Mr. Lee to continue his efforts for "
                            "reaching the “historic goal of ending the region's longest feud” and that the two leaders "
                            "agreed to meet again, The Daily Ledger reported.")
    assert got["historic goal of ending the region's longest feud"] == "Japanese officials"


def test_control_an_outlets_tag_alone_is_the_outlets(speech):
    got = _speakers(speech, "The ministry ordered the “immediate closure of every crossing” on Sunday, The Daily "
                            "Ledger reported.")
    assert got["immediate closure of every crossing"] == "Daily Ledger"


def test_he_after_a_role_that_spoke_is_the_role(speech):
    """Review 34: CNN's '"Last night was a great night ...," the President said. He described ... He said the leader,
    "spent his last moments in utter fear ..."' (the article names no president in full) gave Trump's words to the
    acting DNI Joseph Maguire, named and quoted a paragraph before."""
    got = _speakers(speech, "Acting Director Paul Renner was not in the room, but a spokesperson said Renner was "
                            "\"fully aware of the plan. He was out of town that day.\"\n\n\"Last night was a great "
                            "night for the country,\" the Governor said. He described in harsh terms how the "
                            "fugitive was caught.\n\nHe said the fugitive \"spent his last hours hiding in a shed.\"")
    assert got["spent his last hours hiding in a shed"] == "the Governor"


def test_control_he_after_a_named_speaker(speech):
    got = _speakers(speech, "\"Last night was a great night for the country,\" Governor Tom Hale said. He described in "
                            "harsh terms how the fugitive was caught.\n\nHe said the fugitive \"spent his last hours "
                            "hiding in a shed.\"")
    assert got["spent his last hours hiding in a shed"] == "Tom Hale"


def test_a_hyphened_given_name_ending_in_a_short_word(speech):
    """Review 34: the Guardian's "South Korea’s president, Moon Jae-in, used a national holiday speech ... “I believe
    ...,” he said." went to Trump: the name was cut to "Moon Jae" ("in" read as a dangling preposition)."""
    got = _speakers(speech, "Trump left early. On Friday, the country's president, Park Ji-in, used a holiday speech "
                            "to calm the public. “I believe this is part of a long process,” she said.")
    assert got["I believe this is part of a long process"] == "Park Ji-in"


def test_they_after_but_is_the_body_that_reported(speech):
    """Review 34: CNN's "The Trump transition team acknowledged that Flynn and Kislyak spoke on the day ... the Obama
    administration ... expelled 35 diplomats, but they insisted the conversation did not include sanctions" gave the
    denial to "35 diplomats"."""
    got = _speakers(speech, "The campaign team acknowledged that Hale and Moss spoke on the day the city fired 40 "
                            "workers, but they insisted the call did not touch on the budget.")
    assert got["the call did not touch on the budget"] == "The campaign team"


def test_control_they_after_but_with_a_plural_subject(speech):
    got = _speakers(speech, "Local officials acknowledged that the plant was closed, but they insisted the workers "
                            "would be paid in full.")
    assert got["the workers would be paid in full"] == "Local officials"


def test_a_sentence_credited_at_its_end_quotes_its_source(speech):
    """Review 34: USA Today's 'Flynn called a "senior official of the Presidential Transition Team" at ... resort "to
    discuss what, if anything, to communicate ...," according to a court filing' gave the filing's words to Flynn
    ("called" a person is no naming)."""
    got = _speakers(speech, "The next day, Hale called a \"senior member of the budget office\" at the mayor's "
                            "country house \"to discuss what, if anything, to tell the council about the cuts,\" "
                            "according to a court filing signed by Hale.")
    assert got["senior member of the budget office"] == "a court filing"
    assert got["to discuss what, if anything, to tell the council about the cuts"] == "a court filing"


def test_control_called_someone_a_name(speech):
    got = _speakers(speech, "Mayor Jo Ames called the senator a \"disgrace to the state.\"")
    assert got["disgrace to the state"] == "Jo Ames"


def test_control_a_name_the_parse_made_a_later_clauses_subject(speech):
    """Review 34's Washington Times, 'Mr. Trump taunted Mr. Kim as “Little Rocket Man” when North Korea was launching
    test missiles and tensions ... soared' (the parse made the name the subject of "soared"), stays Trump's."""
    got = _speakers(speech, "In 2017, Mr. Hale taunted Mr. Ruiz as “Little Rocket Boy” when the county was launching "
                            "new drills and tensions over a possible strike soared across the state.")
    assert got["Little Rocket Boy"] == "Hale"


def test_control_a_one_word_answer_after_its_verb(speech):
    got = _speakers(speech, "Asked whether the envoys would be expelled, Mayor Jo Ames said: “Absolutely.”")
    assert got["Absolutely"] == "Jo Ames"


def test_control_the_father_named_in_full_beside_a_namesake_son(speech):
    got = _speakers(speech, "Senator Paul Harlan spoke on Monday. Harlan's son, Paul Harlan Jr., was in the room. "
                            "Harlan said he \"will never stop fighting for the state.\"")
    assert got["will never stop fighting for the state"] == "Paul Harlan"
