"""Speakers session 41 took up from reviews 28 and 29 (docs/quotes.md, "Session 41's speakers"): invented sentences
of the same shapes, each with controls that must not change."""

from __future__ import annotations

from collections import Counter

import pytest

from quote_helpers import speakers_of as _speakers


def test_a_name_without_a_suffix_is_not_the_suffixed_namesake():
    from manysides.nlp.entities import _full_name_for

    people = Counter({"Robert Hale": 1, "Robert Hale Jr.": 1, "Hale Jr.": 1, "Nora Vance": 1})
    # "Robert Hale" is the father, not "Robert Hale Jr."; a bare "Hale" is the father, named
    assert _full_name_for("Robert Hale", people) is None
    assert _full_name_for("Hale", people) == "Robert Hale"
    # a surname shared by a suffixed man and a woman without one is not hers for want of a suffix
    assert _full_name_for("Marsh", Counter({"Peter K. Marsh III": 1, "Linda Marsh": 1})) is None
    # controls: the suffixed name itself, and a surname only the suffixed man bears
    assert _full_name_for("Hale Jr.", people) == "Robert Hale Jr."
    assert _full_name_for("Marsh", Counter({"Peter K. Marsh III": 1})) == "Peter K. Marsh III"


@pytest.mark.models
def test_the_father_named_in_full_keeps_his_words(said):
    text = ("Robert Hale has threatened to “shut down” the plant. Later, Robert Hale Jr. said the company "
            "would appeal.")
    assert ("Robert Hale", "shut down") in _speakers(said(text))
    assert ("Robert Hale Jr.", "the company would appeal") in _speakers(said(text))


@pytest.mark.models
def test_mr_with_a_surname_is_the_man_not_his_wife(said):
    text = ("Among the critics was Peter K. Marsh III, a tax lawyer and the husband of Linda Marsh, the "
            "governor's adviser. “If he loses, he loses,” Mr. Marsh, a critic of the governor, wrote online.")
    assert ("Peter K. Marsh III", "If he loses, he loses") in _speakers(said(text))


@pytest.mark.models
def test_the_holder_named_after_a_title_of_a_body(said):
    text = "“We wasted the chance,” Speaker of the Sejm Olek Wrobel of the Unity party told reporters."
    assert ("Olek Wrobel", "We wasted the chance") in _speakers(said(text))
    # control: a title of a body with no name after it stays the title
    text = "“We wasted the chance,” Speaker of the Assembly told reporters."
    assert ("Speaker of the Assembly", "We wasted the chance") in _speakers(said(text))


@pytest.mark.models
def test_whom_a_two_word_name_is_told_is_not_the_speaker(said):
    text = ("While much was made of the failure to answer calls for help, a retired fire chief and veteran of "
            "the city, who read the public files, told Fox News the warnings show the leadership was negligent.")
    assert ("a retired fire chief", "the warnings show the leadership was negligent") in _speakers(said(text))
    # control: a subject the parse gives speaks as before
    text = "A retired fire chief told Fox News the warnings show the leadership was negligent."
    assert ("A retired fire chief", "the warnings show the leadership was negligent") in _speakers(said(text))
    # control: a cue whose subject the parse put inside the quote keeps main's reading (review 28's "as" tag)
    text = ("Many tenants insist that the building has become unsafe – a “death trap,” as Ana Ruiz, the tenant who "
            "led the rent strike, told the Herald last week.")
    assert ("Many tenants", "the building has become unsafe – a “death trap,”") in _speakers(said(text))
    # control: a name after a cue that is no telling still speaks
    text = "“Your speech was beautiful,” posted Kelly Carlin from California."
    assert ("Kelly Carlin", "Your speech was beautiful") in _speakers(said(text))


@pytest.mark.models
def test_a_tag_set_off_by_commas_names_the_speaker(said):
    text = ("Mr. Ruiz is part of a group of senators who say the party must yield. That group of senators, "
            "Mr. Ruiz said on the radio, was starting to accept “that we hold few cards on the budget this year.”")
    assert ("Ruiz", "that we hold few cards on the budget this year.") in _speakers(said(text))
    # control: a tag after the quote
    text = "“We hold few cards on the budget this year,” Mr. Ruiz said on the radio."
    assert ("Ruiz", "We hold few cards on the budget this year") in _speakers(said(text))


@pytest.mark.models
def test_a_speech_participle_right_after_a_person_is_that_persons(said):
    text = ("The company flagged a post by a local police spokesman falsely claiming the protesters started "
            "the fire.")
    assert ("a local police spokesman", "the protesters started the fire") in _speakers(said(text))
    # controls: after a comma the participle is the subject's, and whom one speaks to never speaks
    text = "The mayor criticized the reporters, claiming the story was false."
    assert ("The mayor", "the story was false") in _speakers(said(text))
    text = "The senator spoke to reporters saying she would run again."
    assert ("The senator", "she would run again") in _speakers(said(text))


@pytest.mark.models
def test_words_one_is_faulted_for_are_that_persons(said):
    text = "The governor attacked Mayor Lee for saying the city was safe."
    assert ("Lee", "the city was safe") in _speakers(said(text))
    text = "Voters were angry with Senator Ruiz for calling the tax “a small price.”"
    assert ("Ruiz", "a small price.") in _speakers(said(text))
    # controls: with no one faulted, the subject said it
    text = "The governor apologized for saying the city was safe."
    assert ("The governor", "the city was safe") in _speakers(said(text))


@pytest.mark.models
def test_an_untyped_name_after_a_title_subject_speaks(said):
    text = "“We will look at every fund,” said House Minority Whip Arlo Quent (D-Md.)."
    assert ("Arlo Quent", "We will look at every fund") in _speakers(said(text))
    # control: a title with no name after it stays the title
    text = "“We will look at every fund,” said the House Minority Whip."
    assert ("House Minority Whip", "We will look at every fund") in _speakers(said(text))


@pytest.mark.models
def test_a_report_starts_with_the_whole_hyphened_word(said):
    text = "Critics said the e-mails showed the agency had changed its story."
    assert ("Critics", "the e-mails showed the agency had changed its story") in _speakers(said(text))
    # control: a hyphened word inside the report
    text = "Critics said the re-elected mayor had changed her story."
    assert ("Critics", "the re-elected mayor had changed her story") in _speakers(said(text))


@pytest.mark.models
def test_an_as_said_aside_before_the_cue_names_the_speaker(said):
    text = "Critics say the mayor does not, as Ana Ruiz once said, simply call “the plays.”"
    assert ("Ana Ruiz", "the plays.") in _speakers(said(text))
    # control: with no aside the clause's subject calls them so
    text = "Critics say the mayor does not simply call “the plays.”"
    assert ("the mayor", "the plays.") in _speakers(said(text))
    # control: a cue of saying keeps its subject; the aside names the reporter, not the speaker
    text = "As the paper's Nina Ruiz reported in March, opponents of the plan contended “that the law bars it.”"
    assert ("opponents of the plan", "that the law bars it.") in _speakers(said(text))


@pytest.mark.models
def test_a_report_ends_before_a_relative_clause_of_anothers_report(said):
    text = "The mayor said she never saw the memo which two former aides have told reporters was ignored."
    assert ("The mayor", "she never saw the memo") in _speakers(said(text))
    # control: a relative clause of no saying stays in the report
    text = "The mayor said she never saw the memo that the aides wrote in May."
    assert ("The mayor", "she never saw the memo that the aides wrote in May") in _speakers(said(text))
