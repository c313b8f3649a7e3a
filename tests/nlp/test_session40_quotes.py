"""Quoted words and speakers session 40 took up from reviews 13, 25 and 27 (docs/quotes.md, "Session 40's quotes"):
invented sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from manysides.nlp.quotes import find_quote_spans
from quote_helpers import speakers_of as _speakers


def _spans(text):
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_two_straight_single_marks_close_a_double_quotation():
    # wire copy closing a quotation with '': the quote ends there, the narration after it is no one's words
    text = "\"We have lost a fine teacher and a good friend,'' Ortega said in a statement.\n\nThe school closed."
    assert _spans(text) == ["We have lost a fine teacher and a good friend"]
    # controls: '' alone opens nothing, and marks quoted in '' both ways (archive style) stay as they were
    assert _spans("The band's hit was 'Rain'' on the radio. It sold well.") == []
    archive = "He said, ''We will win.'' Then he left."
    assert _spans(archive) == _spans(archive.replace("win.''", "win.'' "))



@pytest.mark.models
def test_closed_by_two_single_marks_the_tag_after_names_the_speaker(said):
    text = ("On Monday, Mayor Ana Ortega cut short her trip. \"We have lost a fine teacher and a good friend,'' "
            "Ortega said in a statement.")
    assert ("Ana Ortega", "We have lost a fine teacher and a good friend") in _speakers(said(text))
    assert not any("said in a statement" in words for _, words in _speakers(said(text)))


@pytest.mark.models
def test_a_report_ends_before_a_second_speech_participle_of_its_speakers(said):
    # "..., warning that ... | and suggesting that ...": two statements of the senators, the first not running on
    text = ("Senators pressed the governor to drop the plan, warning that new fees would eventually drive "
            "families away and suggesting that the state's budget was hiding a deficit.")
    assert ("Senators", "new fees would eventually drive families away") in _speakers(said(text))
    assert ("Senators", "the state's budget was hiding a deficit") in _speakers(said(text))
    # control: a conjunction inside the report stays ("... drive families away and close schools")
    text = "Senators warned that new fees would drive families away and close schools."
    assert ("Senators", "new fees would drive families away and close schools") in _speakers(said(text))


@pytest.mark.models
def test_a_reported_clause_never_ends_on_a_conjunction():
    # the parse may leave the "and" before the cue's second participle in the first report's clause
    from manysides.nlp.indirect import _clause_range
    from manysides.nlp.models import load_spacy

    doc = load_spacy()("Unions warned that the cuts would lead to longer waits and suggested a delay.")
    verb = next(t.i for t in doc if t.text == "suggested")
    toks = list(doc[3:verb])  # "the cuts would lead to longer waits and"
    assert toks[-1].text == "and"
    lo, hi = _clause_range(toks)
    assert doc.text[lo:hi] == "the cuts would lead to longer waits"
    # control: a clause ending on its last word keeps it
    lo, hi = _clause_range(toks[:-1])
    assert doc.text[lo:hi] == "the cuts would lead to longer waits"


@pytest.mark.models
def test_a_report_ends_before_a_dash_and_the_narrators_participle_of_its_outcome(said):
    text = ("On Friday, Senator Ruth Calder announced that she would not run for a fourth term — ending a long "
            "career that shaped the state's politics for two decades.")
    assert ("Ruth Calder", "she would not run for a fourth term") in _speakers(said(text))
    # control: words of the speaker's after a dash that tell no outcome stay hers
    text = "Senator Ruth Calder said she had one goal left — building the new bridge over the river."
    assert any("building the new bridge" in words for who, words in _speakers(said(text)) if who == "Ruth Calder")


@pytest.mark.models
def test_a_report_ends_before_a_dash_and_the_narrators_word_on_it(said):
    text = ("Officials in the capital have repeatedly alleged that the rival firm could use its routers for "
            "spying — claims the firm denies.")
    reports = [words for _, words in _speakers(said(text))]
    assert "the rival firm could use its routers for spying" in reports
    assert not any("claims the firm denies" in words for words in reports)
    # control: a clause the parse split before its verb still joins (no dash between the pieces)
    text = "The mayor said experts told him flooding from new rain could shrink the space."
    assert any("could shrink the space" in words for _, words in _speakers(said(text)))


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


@pytest.mark.models
def test_a_country_before_a_titled_person_is_no_second_subject(said):
    # the parse gave the cue two subjects, "Brazil" and "Maria Duarte": the country names her office
    text = ("Several possible signs of the missing boat have been discounted, according to local authorities, who "
            "are heading the search.\n\nBrazil Foreign Minister Maria Duarte said there were \"some reports from "
            "abroad\" about possible objects found, but it was unclear whether they were from the boat.")
    assert _who_said(said, text, "some reports from abroad") == ["Maria Duarte"]
    # control: a country alone speaks for itself
    assert _who_said(said, "South Korea said the talks would resume in May.", "talks would resume") == ["South Korea"]


@pytest.mark.models
def test_a_companys_national_arm_speaks_not_the_country(said):
    text = "Skyjet Malaysia had earlier confirmed that the pilot had asked to change course due to bad weather."
    assert _who_said(said, text, "asked to change course") == ["Skyjet Malaysia"]
    text = "AeroLink Thailand had earlier confirmed that the pilot had asked to change course due to bad weather."
    assert _who_said(said, text, "asked to change course") == ["AeroLink Thailand"]
    # controls: a state's name before a titled person, a country's full name, a bank named for its country
    assert _who_said(said, "New York Gov. Andrew Cuomo said the state would reopen its schools next week.",
                     "reopen its schools") == ["Andrew Cuomo"]
    assert _who_said(said, "The Bank of England said the rates would stay at their low level.",
                     "rates would stay") == ["Bank of England"]


@pytest.mark.models
def test_the_head_of_a_service_keeps_what_he_heads(said):
    text = ("On Tuesday, search teams will be checking the area where navy crews saw the smoke, the head of search "
            "and rescue in the province of Lampung told reporters.")
    assert _who_said(said, text, "search teams will be checking") == ["the head of search and rescue"]
    # control: a short phrase stays whole
    text = "The head of the agency said the search would resume at dawn."
    assert _who_said(said, text, "search would resume") == ["The head of the agency"]


@pytest.mark.models
def test_the_congresswoman_goes_on_with_the_named_speaker_not_a_description(said):
    text = ("Rep. Jane Holt announced Wednesday that she will not seek a fifth term.\n\n"
            "Her move marked a spectacular fall for a congresswoman with a target on her back every cycle: Less "
            "than two years ago, she won the state straw poll.\n\n"
            "Holt, 57, said in a video posted on her website: “After a great deal of thought, I have decided I will "
            "not seek a fifth term.”\n\n"
            "The congresswoman added on the eight-minute video: “The law limits anyone from serving as president "
            "for more than eight years.”")
    assert _who_said(said, text, "The law limits anyone") == ["Jane Holt"]
    # control: an unnamed person the article introduces goes on unnamed
    text = ("A congresswoman from the state's north spoke to reporters on Monday. “We will not back down,” the "
            "congresswoman said.")
    assert _who_said(said, text, "We will not back down") == ["A congresswoman from the state's north"]


@pytest.mark.models
def test_jokes_claiming_something_are_no_ones_statement(said):
    text = ("Mayor Dana Pike led the city for a decade. She loved the jokes claiming she ran the council meetings "
            "with a stopwatch, and reveled in being called the Iron Mayor.")
    assert _who_said(said, text, "ran the council meetings") == []
    # controls: a statement she issued, a story she told
    text = "Mayor Dana Pike issued a statement saying she would run the council meetings with a stopwatch."
    assert _who_said(said, text, "run the council meetings") == ["Dana Pike"]
    text = "Mayor Dana Pike told a story claiming she had once run the council with a stopwatch."
    assert _who_said(said, text, "run the council") == ["Dana Pike"]


@pytest.mark.models
def test_a_sentence_in_parentheses_lends_its_speaker_to_no_quote_outside(said):
    text = ("Former mayor Dana Pike has died. Here are some of her lines.\n\n"
            "\"The unions are bent on running this city, and they are rapidly acquiring the means to do it. They are "
            "a failure in human and economic terms.\" Speech, Jan. 19, 1976 (The unions would respond by calling her "
            "the \"Steel Mayor.\") —\n\n"
            "\"Pennies don't fall from heaven, they have to be earned here on earth.\" Speech, Feb. 5, 1976")
    assert _who_said(said, text, "bent on running this city") == [None]
    # control: an aside inside a sentence still lends its speaker
    text = "\"It will cost billions and help no one.\" Mayor Dana Pike (who called the plan \"a disaster\") spoke."
    assert _who_said(said, text, "It will cost billions") == ["Dana Pike"]


STORY = """Bishop Tom Abrahams recalled the story of Jonah, a prophet of three faiths.

Jonah boards a ship to flee, according to scripture. Then a storm rises and Jonah is thrown into the sea.

Then the ship is saved and is steered home by a young sailor called Amos, who asked Jonah before his fall to grant \
him a "double portion of your courage."

"The storm is passed on and it is in your hands," Abrahams told the gathering. {next}"""


@pytest.mark.models
def test_he_after_a_quote_in_the_sentence_before_is_its_speaker(said):
    # the NER left "Abrahams" of the tag untyped: no person named there, and the he went back to the story's sailor
    text = STORY.format(next='We have to remember, he added, that "people like Rosa do not die, rather they continue '
                             'to live in our hearts."')
    assert _who_said(said, text, "people like Rosa") == ["Tom Abrahams"]
    # control: a named subject of the sentence before still comes first
    text = STORY.format(next='Then Amos stood up. "We were saved by a miracle," he said.')
    assert _who_said(said, text, "saved by a miracle") == ["Amos"]


@pytest.mark.models
def test_a_plan_reported_ends_before_the_narrators_background_after_it(said):
    text = ("After receiving formal permission from the king, Prime Minister Ana Ruiz said Friday that she will forge "
            "a government after a snap-election gamble that cost her Liberal Party its parliamentary majority.")
    assert _who_said(said, text, "forge a government") == ["Ana Ruiz"]
    assert ("Ana Ruiz", "she will forge a government") in _speakers(said(text))
    # controls: a step of the plan still to come, and a past deed's own "after", stay hers
    text = "Prime Minister Ana Ruiz said Friday that she will call a vote after a debate that will last three days."
    assert ("Ana Ruiz", "she will call a vote after a debate that will last three days") in _speakers(said(text))
    text = "Prime Minister Ana Ruiz said Friday that she resigned after a scandal that engulfed her office."
    assert ("Ana Ruiz", "she resigned after a scandal that engulfed her office") in _speakers(said(text))


@pytest.mark.models
def test_he_after_an_embedded_post_is_not_the_posts_signer(said):
    # the merge (review 24): "He's been working for three days ..., he said" after a reporter's post about the
    # cafe owner went to the reporter who signed the post, not the owner the paragraphs are about
    text = ("In Port Alma, Mayor Dana Henry urged residents against being emboldened by years without a direct hit "
            "from a storm.\n\nEven so, reporters found Tom Olsen, who has lived in the city for 25 years, barricading "
            "his business, Harbour Cafe, with plywood and screws.\n\nHe's not going anywhere. In fact, a sign outside "
            "declares his bar open: \"Honk for storm party inside.\"\n\nBoarding up but staying put. The owner of "
            "Harbour Cafe says he'll stay open. He's only 150 yards from the beach #StormAda "
            "pic.twitter.com/47lvkeTsMd — Kim Reyes (@kimreyesTV) October 6, 2016\n\nHe's been working for three "
            "days and in that time has seen the price for a sheet of plywood jump from $15 to $40, he said.")
    assert _who_said(said, text, "price for a sheet of plywood") == ["Tom Olsen"]
    # as the annotate stage runs it: the post's words, signed, are among the quotes the reports are read with
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy

    quotes = annotate_doc("a", load_spacy()(text)).quotes
    assert [q.speaker for q in quotes if q.cue == "posted"] == ["Kim Reyes"]
    assert [q.speaker for q in quotes if "plywood" in q.text] == ["Tom Olsen"]
    # control: a quote of the sentence before, not a post, still lends its speaker to the he after it
    text = ('"We will rebuild the pier," Tom Olsen told the gathering. We have to remember, he added, that "the sea '
            'gives and takes."')
    assert _who_said(said, text, "the sea gives") == ["Tom Olsen"]
