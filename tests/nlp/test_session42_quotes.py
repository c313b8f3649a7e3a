"""Speakers reviews 28-30 found wrong, by their general causes (docs/quotes.md, "Session 42's speakers"): invented
sentences of the same shapes, each with controls that must not change."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _who_said(said, text, words):
    return [who for who, quoted in _speakers(said(text)) if words in quoted]


def test_a_relative_clause_of_speech_owns_the_verb_the_parse_hung_on_the_sentence(said):
    # "the warning which former diplomatic security agents have told Fox News amounted to a “cry for help.”": the
    # agents' words, not those of the sentence's subject, though the parse hangs "amounted" on her verb
    text = ('The mayor said she never saw the memo which two former inspectors have told the Herald amounted to a '
            '"disaster in waiting."')
    assert _who_said(said, text, "disaster in waiting") == ["two former inspectors"]
    # controls: a relative clause that reports nothing, and one whose "which" says it, keep their speakers
    assert _who_said(said, 'Jones said the memo which reached his desk on Monday amounted to "a cry for help."',
                     "a cry for help") == ["Jones"]
    assert _who_said(said, 'Jones said he had not seen the letter which three nurses told reporters was '
                           '"a cry for help."', "a cry for help") == ["three nurses"]


def test_a_cue_joined_after_a_relative_clause_of_speech_goes_on_with_it(said):
    # "Twitter added a warning phrase to two Trump tweets that called mail-in ballots “fraudulent” and predicted
    # “...”": the tweets predict; the parse joined "predicted" to "added"
    text = ("The senator reacted after the website added a label to two of her posts that called the vote “rigged” "
            "and predicted “ballots will be lost.”")
    assert _who_said(said, text, "ballots will be lost") == ["her posts"]
    assert _who_said(said, text, "rigged") == ["her posts"]
    # controls: a verb of speech that reports ("told reporters that ... and added") keeps its own subject
    assert _who_said(said, "Smith told reporters that the plan was “bold” and added “it will work.”",
                     "it will work") == ["Smith"]
    assert _who_said(said, "Jones praised the aides who called the plan “bold” and said “it will work.”",
                     "it will work") == ["Jones"]


def test_names_joined_by_and_speak_together(said):
    # "Lightfoot and Preckwinkle said they opposed ...", "Both Lightfoot and Preckwinkle acknowledged that ...":
    # both candidates, not the first alone
    text = ("Ann Dobbs and Jim Reyes are running for mayor. Dobbs and Reyes said they opposed raising the parking "
            "fees for city workers. Both Dobbs and Reyes acknowledged that a loss by either of them would end the "
            "coalition.")
    assert _who_said(said, text, "they opposed raising") == ["Ann Dobbs and Jim Reyes"]
    assert _who_said(said, text, "a loss by either of them") == ["Ann Dobbs and Jim Reyes"]
    # controls: one name alone, and a name joined to a body, stay as they were
    assert _who_said(said, "Ann Dobbs said she opposed raising the parking fees for city workers.",
                     "she opposed") == ["Ann Dobbs"]
    assert _who_said(said, "Smith and the union said they opposed raising the parking fees.",
                     "they opposed") == ["Smith and the union"]


def test_a_tagged_name_the_ner_missed_goes_on_for_the_pronoun_after_it(said):
    # '“...,” said House Minority Whip Steny Hoyer (D-Md.). He added that ...': Hoyer goes on, not the "he" of a
    # quote of the president three sentences before
    text = ("Residents from both towns expressed sympathy for the victims. Biden said that he was “deeply saddened” "
            "by the news.\n\n“Our thoughts and prayers are with the families of the workers,” he said in a "
            "statement.\n\nDuring a briefing at the statehouse later Tuesday, legislators discussed the possibility "
            "of allowing towns to use state funds to rebuild the bridge.\n\n“There’s going to be a review of exactly "
            "what funds can and should be used for the repairs,” said House Majority Whip Wendell Pryce (D-Vt.). He "
            "added that the governor was reviewing the matter alongside the Federal Highway Administration.")
    assert _who_said(said, text, "the governor was reviewing") == ["House Majority Whip Wendell Pryce"]
    # control: the quote of the president keeps him
    assert _who_said(said, text, "Our thoughts and prayers") == ["Biden"]


def test_a_surname_tagged_a_word_at_a_sentence_start_is_the_person(said):
    # "Silver is going to Shanghai on Wednesday and said ... He said he hopes ...": the commissioner named in full
    # before, whose surname the tagger took for the metal, not a brand the NER typed a person in the sentence before
    text = ("League commissioner Adam Gold said on Tuesday the league would not apologize for the coach's remarks."
            "\n\nThe league is not the first company to face criticism from Beijing over political differences. "
            "Nike, hotel operator Hilton, fashion brand Benetton and others also have found themselves in conflicts "
            "with China in recent years.\n\nGold is going to Tokyo on Wednesday and said he hopes to meet with "
            "officials there. He said he hopes officials and fans look at the totality of the relationship between "
            "the league and their country.")
    assert _who_said(said, text, "he hopes officials and fans") == ["Adam Gold"]
    # control: his first report stays his
    assert _who_said(said, text, "the league would not apologize") == ["Adam Gold"]


def test_a_statements_that_clause_after_a_short_phrase_is_the_statements_owners(said):
    # "The White House focused on his statement before Election Day that creating a Palestinian state would be
    # “giving attack grounds to ...”": the words of the one whose statement it is, not of the White House
    text = ("Mayor Tom Reed defended the plan on Monday. The council focused on his statement before the vote that "
            "closing the clinic would be “a gift to the developers.”")
    assert _who_said(said, text, "a gift to the developers") == ["Tom Reed"]
    # controls: with no phrase between, as before; a statement no one owns leaves the sentence's subject
    assert _who_said(said, text.replace(" before the vote", ""), "a gift to the developers") == ["Tom Reed"]
    assert _who_said(said, text.replace("his statement", "the statement"), "a gift to the developers") == [
        "The council"]
    # the parse may read the clause as adverbial when the quoted words open on a participle
    text = ("Prime Minister Ari Dov said on Monday he wanted peace. The White House focused on his statement before "
            "Election Day that creating a new state would be “giving attack grounds to … radical groups.”")
    assert _who_said(said, text, "giving attack grounds") == ["Ari Dov"]


def test_what_a_thing_reads_lends_no_speaker(said):
    # "Under the tweets, there's now a link reading “Get the facts about mail-in ballots”": the link's words, not the
    # tweets' of the quote before it in the paragraph
    text = ("The senator reacted after the website added a label to two of her posts that called the vote “rigged” "
            "and predicted “ballots will be lost.” Under the posts, there is now a link reading “Get the facts about "
            "the vote” that takes readers to a page of fact checks.")
    assert _who_said(said, text, "Get the facts") == [None]
    # control: signs that read a slogan still hold it
    assert _who_said(said, "Crowds of nurses marched, carrying signs that read “Fair pay” and chanting, “Hey hey.”",
                     "Fair pay") == ["signs"]
