"""Session 48, helper B: review 36's quotes given to the wrong speaker or words (docs/quotes.md, "Session 48,
helper B"). Every sentence is invented, in the shapes the review found."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of

pytestmark = pytest.mark.models


def _direct(speech, text):
    return speakers_of(speech(text)[0])


def _reports(speech, text):
    return speakers_of(speech(text)[1])


# -- he/she: a gender read off a possessive that may be another person's -------------------------------------------

def test_a_possessive_after_an_object_pronoun_says_nothing_of_the_subjects_gender(speech):
    """CNN's "Judge Thokozile Masipa cleared him of murder in the killing of his girlfriend" made the judge a man,
    and her "she said" went to the dead girlfriend: "his" there may be the cleared man's."""
    got = _direct(speech, "Judge Nomsa Dube found Sipho Mokoena guilty of culpable homicide on Friday.\n\n"
                          "A day before the verdict, Judge Nomsa Dube cleared him of murder in the death of his "
                          "girlfriend, Lerato Khumalo.\n\nKhumalo had locked herself in the bathroom that night.\n\n"
                          "But Mokoena \"acted too hastily,\" Dube ruled.\n\n\"His conduct was negligent,\" she said.")
    assert ("Nomsa Dube", "His conduct was negligent") in got


def test_a_possessive_with_no_object_pronoun_before_it_still_tells_the_gender(speech):
    got = _direct(speech, "Robin Hale thanked his staff on Friday.\n\nHale's office had told Kim Ford of the plan."
                          "\n\n\"I will miss this place,\" he said.")
    assert got == [("Robin Hale", "I will miss this place")]


# -- she: the one person of the sentence before whose gender the article gives -------------------------------------

def test_she_after_a_sentence_naming_one_woman_is_her_not_a_subject_further_back(speech):
    """Fox's "An email from Gove's wife, ... Sarah Vine, ... suggested that Gove should ensure he had specific
    guarantees from Johnson ... She added that ... "instinctively dislike" Johnson" gave Vine's words to Johnson."""
    got = _direct(speech, "The race took a turn on Thursday when Tom Hale quit.\n\nIn a statement, Paul Grant said "
                          "he would run after concluding that Hale \"cannot lead the party.\"\n\nAn email from "
                          "Grant's wife, columnist Mary Grant, obtained by a news channel, suggested that Grant "
                          "should get guarantees from Hale before backing his bid.\n\nShe added that two newspaper "
                          "owners \"deeply distrust\" Hale.")
    assert ("Mary Grant", "deeply distrust") in got
    assert ("Paul Grant", "cannot lead the party.") in got


# -- a thing that explains or suggests says nothing ----------------------------------------------------------------

def test_a_thing_that_explains_is_no_speaker_of_the_words_its_phrase_holds(speech):
    """CNN's "Defense arguments that his upbringing "in a crime-riddled environment ..." might explain his conduct
    ..., but "it does not excuse the conduct," Masipa said" gave the words to "his upbringing"."""
    got = _direct(speech, "Judge Ann Cole read her ruling on Thursday.\n\nDefense arguments that his childhood "
                          "\"in a violent town and in a house where the father was always drunk and often armed\" "
                          "might explain his conduct that night, but \"it does not excuse the conduct,\" Cole said.")
    assert got == [("Ann Cole", "in a violent town and in a house where the father was always drunk and often armed"),
                   ("Ann Cole", "it does not excuse the conduct")]
    short = _direct(speech, "Judge Ann Cole read her ruling on Thursday.\n\nDefense arguments that his childhood "
                            "\"in a poor town with a violent father\" might explain his conduct, but \"it does not "
                            "excuse it,\" Cole said.")
    assert not any(speaker and "childhood" in speaker for speaker, _ in short)


def test_a_clause_on_a_noun_of_no_one_still_speaks_for_it(speech):
    """Kept: review 32's 'Michael Cohen, the president's former fixer who once famously claimed he was willing to
    "take a bullet"' (the words hang on the fixer's own clause, not on the noun)."""
    got = _direct(speech, "Tom Reed, the mayor's former fixer who once famously claimed he was willing to \"take the "
                          "fall\" for the mayor, was sentenced on Friday.")
    assert got == [("the mayor's former fixer", "take the fall")]


def test_an_increase_that_suggests_is_no_speaker(speech):
    """Fox's "The increase suggests employers are not yet delaying hiring decisions because of the "fiscal cliff.""
    gave the term to "The increase"."""
    got = _direct(speech, "Hiring rose again in March. The increase suggests employers are not yet worried about "
                          "the \"trade war.\" That is the row over tariffs.")
    assert not any(speaker for speaker, _ in got)
    kept = _direct(speech, "Hiring rose again in March. Economist Ann Reyes suggests employers are not yet worried "
                           "about the \"trade war.\"")
    assert kept == [("Ann Reyes", "trade war.")]
    # a named thing is a work that speaks (review 23's 'The Washington Post's The Fix blog ... suggests there are "5
    # senators to watch"')
    named = _direct(speech, "The Daily Ledger's The Score blog this morning suggests there are \"4 votes to watch\" "
                            "during the debate.")
    assert [speaker for speaker, _ in named] == ["The Daily Ledger's The Score blog"]
    # only the cue's own subject: review 14's '... and explain the need for more time, ..., "as appropriate," the
    # proposed rule says' finds the rule through the tag
    tagged = _direct(speech, "Cities that need more time can file a first plan by June and explain the need for more "
                             "time, with a final plan due a year later, \"as needed,\" the draft rule says.")
    assert tagged == [("the draft rule", "as needed")]


# -- who announces: the subordinate clause's subject -----------------------------------------------------------------

def test_who_stuns_an_audience_by_announcing_is_the_announcer(speech):
    got = _reports(speech, "Ann Hale dropped out after Justice Minister Paul Grant, Hale's ally in the \"leave\" "
                           "campaign, shocked the party by announcing that he was running to replace Prime Minister "
                           "Tom Reid.")
    assert got == [("Paul Grant", "he was running to replace Prime Minister Tom Reid")]


def test_a_quoted_word_read_as_the_clauses_verb_leaves_the_clause_its_subject(speech):
    """Fox's "Johnson dropped out after ... Michael Gove, Johnson's ally in the EU "leave" campaign, astonished the
    political world by announcing that he was running ..." gave Gove's announcement to Johnson: the parse took
    "leave" for the clause's verb and joined "astonished" to "dropped"."""
    got = _reports(speech, "Hale dropped out after Justice Secretary Paul Grant, Hale's ally in the EU \"leave\" "
                           "campaign, astonished the political world by announcing that he was running to succeed "
                           "Prime Minister Tom Reid.")
    assert got == [("Paul Grant", "he was running to succeed Prime Minister Tom Reid")]


def test_a_by_saying_hung_on_a_clause_of_control_still_climbs(speech):
    got = _direct(speech, "Governor Carl Alvarez spoke to donors on Tuesday. Sounding tired, Mr. Alvarez explained "
                          "his slow start during the months when Democrats controlled the legislature by saying, "
                          "“I was still learning the ropes.”")
    assert got == [("Carl Alvarez", "I was still learning the ropes.")]


# -- a count added is no report ----------------------------------------------------------------------------------

def test_a_count_added_is_no_report(speech):
    """Fox's "temporary help companies added 18,000 and education and health care also gained 18,000" was read as
    the companies' report."""
    assert _reports(speech, "Builders added 35,000 positions while temporary help companies added 18,000 and hotels "
                            "and restaurants also gained 18,000.") == []
    kept = _reports(speech, "Mayor Tom Hale said the storm hit the coast on Monday. He added that 18,000 had fled "
                            "their homes by Tuesday night.")
    assert ("Tom Hale", "18,000 had fled their homes by Tuesday night") in kept


# -- the name of a kind of thing in quotation marks ----------------------------------------------------------------

def test_a_laws_name_before_its_noun_is_no_ones_words(speech):
    """Politico's "Labor leaders have vowed to make Snyder regret signing the "right to work" law" gave the law's
    name to the labour leaders."""
    assert _direct(speech, "Union leaders have vowed to make Governor Ray Dunn regret signing the \"right to work\" "
                           "law he approved this week.") == []
    assert _direct(speech, "Governor Ray Dunn repeated the \"no new taxes\" pledge he made last year.") == [
        ("Ray Dunn", "no new taxes")]
    # a noun alone before the noun is a judgement, the speaker's word (review 30's 'a “kingpin” company')
    assert _direct(speech, "During the trial, Attorney General Ann Hale blasted the firm as a \"kingpin\" company "
                           "driven by greed.") == [("Ann Hale", "kingpin")]


def test_a_units_name_is_no_ones_words(speech):
    """The Washington Times' "The ... Centers for Disease and Prevention helped develop the "air transport
    bio-containment unit" ..." gave the unit's name to the agency."""
    assert _direct(speech, "Officials said the National Health Institute helped build the \"air cargo isolation "
                           "unit\" in 2008.") == []
    assert _direct(speech, "Senator Ann Reyes blasted the \"reckless and wasteful spending\" of the agency on "
                           "Monday.") == [("Ann Reyes", "reckless and wasteful spending")]
    # what something is described as is the describer's word (review 21's 'McAleenan, who described the oncoming
    # caravan as a "law enforcement situation"')
    assert _direct(speech, "But Chief Tom Hale, who described the crowd as a \"public safety situation,\" said the "
                           "march would go ahead.") == [("Tom Hale", "public safety situation")]
