"""Session 47, helper G (reviews 28-30): words given to another name or noun phrase of their sentence, and narration
read as a report. Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _speakers(speech, text):
    direct, reported = speech(text)
    return {" ".join(q.text.split()).rstrip(".,"): q.speaker for q in [*direct, *reported]}


# the parse: a percent sign ends a report ("3%", not "3")

def test_a_report_keeps_its_closing_percent_sign(speech):
    got = _speakers(speech, "The faculty is also more than 70% white with black representation of just over 3%, "
                            "according to the university.")
    assert got == {"The faculty is also more than 70% white with black representation of just over 3%":
                   "the university"}


# the attribution code

def test_a_relative_on_joined_plurals_is_both_groups(speech):
    got = _speakers(speech, "The protest drew criticism from both liberals and conservatives who say the students "
                            "have crossed the line.")
    assert got["the students have crossed the line"] == "both liberals and conservatives"


def test_control_a_relative_with_a_singular_verb_is_the_last_name(speech):
    got = _speakers(speech, "The bill was backed by Mr. Baxter and Ms. Rowe, who has said the plan would save money.")
    assert got["the plan would save money"] == "Rowe"


def test_a_tag_with_a_report_of_its_own_is_no_tag_of_the_quote_before(speech):
    got = _speakers(speech, 'While Baxter accused the mayor of acting at the behest of rivals "to be nasty to '
                            'Baxter," Rowe said she was only asking for help.')
    assert got["to be nasty to Baxter"] == "Baxter"
    assert got["she was only asking for help"] == "Rowe"


def test_control_a_plain_tag_after_the_quote_speaks(speech):
    got = _speakers(speech, '"We will not be moved," Rowe said on Monday.')
    assert got["We will not be moved"] == "Rowe"


def test_what_a_deed_signals_is_no_report(speech):
    _, reported = speech("Hale, meanwhile, told lawmakers on Thursday not to make plans for the holiday, signaling "
                         "that there may not be a deal until the end of the month.")
    assert not any("there may not be a deal" in q.text for q in reported)


def test_control_a_signal_as_the_main_verb_still_reports(speech):
    got = _speakers(speech, "Baxter signaled on Thursday that there may not be a deal until the end of the month.")
    assert got.get("there may not be a deal until the end of the month") == "Baxter"


def test_a_finding_after_a_dashed_aside_is_no_report_of_the_subject(speech):
    _, reported = speech("Smith and his adviser Tom Lee have maintained close ties with the prince despite an "
                         "intelligence finding – reportedly with a medium–to–high degree of certainty – that Omar bin "
                         "Rashid ordered the journalist’s murder.")
    assert not any(q.speaker in ("Smith", "Tom Lee") for q in reported)


def test_control_a_comma_aside_before_that_keeps_the_report(speech):
    got = _speakers(speech, "Baxter maintained, despite the evidence, that he had done nothing wrong.")
    assert got["he had done nothing wrong"] == "Baxter"


def test_a_relative_that_after_the_object_reports_nothing(speech):
    _, reported = speech("“It still feels different, I think,” Senator Tom Baxter said before the game, recalling "
                         "past tragedies that many swore would reshape the nation’s politics.")
    assert not any("reshape" in q.text for q in reported)


def test_a_participle_after_a_dashed_aside_is_the_noun_it_describes(speech):
    got = _speakers(speech, "That led to owner Tom Baxter turning to Twitter to say that Hale does not speak for the "
                            "club, and sparking an outcry that included the National Chess Federation — whose "
                            "president is Lee Chan, the former star — saying it was suspending its relationship "
                            "with the club.")
    assert got["it was suspending its relationship with the club"] == "National Chess Federation"


def test_control_a_participle_after_a_comma_is_the_subjects(speech):
    got = _speakers(speech, "Tom Baxter spoke to the National Chess Federation on Monday, saying he was suspending "
                            "his relationship with the club.")
    assert got["he was suspending his relationship with the club"] == "Tom Baxter"


def test_a_letter_sent_to_someone_demands_in_the_senders_name(speech):
    got = _speakers(speech, 'Ann Rowe, counsel to the campaign, sent a letter to Price and party director Kevin Hale '
                            'demanding "full explanations and relevant information" after the failure.')
    assert got["full explanations and relevant information"] == "Ann Rowe"


def test_a_draft_noting_is_the_drafts(speech):
    got = _speakers(speech, 'Critics have said the role of Ann Rowe shows an agency trying to protect itself. They '
                            'have criticized Rowe for requesting to remove a line from the final draft noting that '
                            'there had been "at least five other attacks against foreign interests in the city."')
    assert got["at least five other attacks against foreign interests in the city"] == "the final draft"


def test_words_under_a_deed_agreed_are_the_reporting_speakers(speech):
    got = _speakers(speech, "The Foreign Ministry said the two leaders agreed to consult closely on “the difficult "
                            "path forward to resolve the conflict.”")
    assert got["the difficult path forward to resolve the conflict"] == "Foreign Ministry"


def test_control_words_of_a_promise_are_the_promisers(speech):
    got = _speakers(speech, "The Foreign Ministry said the minister promised to “fight for every vote.”")
    assert got["fight for every vote"] != "Foreign Ministry"


def test_what_there_was_is_no_ones_words(speech):
    got = _speakers(speech, "The prince and Mr Hale had reportedly exchanged numbers a month earlier and within hours "
                            "of the file's arrival, there was a \"massive and unprecedented exfiltration of data\" "
                            "from Mr Hale's phone.")
    assert got.get("massive and unprecedented exfiltration of data") is None


def test_a_with_phrases_deed_is_not_the_sentence_subjects(speech):
    got = _speakers(speech, "The campaign between the two women got off to a contentious start, with Baxter's "
                            "advertising focusing on Lee's work as a partner at a law firm and tagging her as a "
                            "\"wealthy corporate lawyer.\"")
    assert got.get("wealthy corporate lawyer") is None


def test_a_with_phrases_deed_on_its_noun_is_not_the_sentence_subjects(speech):
    got = _speakers(speech, "The campaign between the two women got off to a contentious start, with Baxter's "
                            "advertising focusing on Lee's work as a partner at Hale Brown, one of the city's largest "
                            "law firms, and tagging her as a \"wealthy corporate lawyer.\"")
    assert got.get("wealthy corporate lawyer") is None


def test_control_the_subjects_own_deed_keeps_the_words(speech):
    got = _speakers(speech, "Tom Baxter tagged his rival as a \"wealthy corporate lawyer\" in an advertisement.")
    assert got.get("wealthy corporate lawyer") == "Tom Baxter"


# pronouns

def test_he_after_an_opening_clause_that_hands_him_the_thing(speech):
    got = _speakers(speech, "Mr. Hale, officials said, deleted a reference in the draft of the memo. Mr. Hale, "
                            "officials said, acted on his own. But when the final draft of the memo was sent to Mr. "
                            "Carter, he dismissed it, saying “Frankly, I’d rather not use this.”")
    assert got["Frankly, I’d rather not use this"] == "Carter"


def test_control_he_after_an_opening_clause_about_someone(speech):
    got = _speakers(speech, "Mr. Hale met the committee on Monday. When asked about Mr. Carter, he said “I have "
                            "nothing to add about that.”")
    assert got["I have nothing to add about that"] == "Hale"


def test_they_after_an_opening_clause_of_things_is_no_group_it_names(speech):
    _, reported = speech("While the e-mails portrayed the officials as careful, they show that the aides mostly "
                         "mediated a dispute.")
    assert not any(q.speaker == "the officials" for q in reported)


def test_they_after_an_opening_clause_is_its_subject_not_its_object(speech):
    got = _speakers(speech, "While the ministers met the protesters on Monday, they said the plan would go ahead.")
    assert got["the plan would go ahead"] == "the ministers"


def test_a_past_after_a_present_report_is_the_speakers_next_deed(speech):
    got = _speakers(speech, "Nevada Gov. Ramon Ortiz, a Democrat, has said the administration is being responsive to "
                            "the state's needs and on Saturday appeared to try to deflect questions about Lee's "
                            "comments.")
    assert got["the administration is being responsive to the state's needs"] == "Ramon Ortiz"


def test_control_a_present_joined_to_a_present_report_stays(speech):
    got = _speakers(speech, "Nevada Gov. Ramon Ortiz has said the agency is cutting jobs and is closing two plants.")
    assert got["the agency is cutting jobs and is closing two plants"] == "Ramon Ortiz"


def test_she_says_in_a_relative_clause_is_the_sentences_person(speech):
    got = _speakers(speech, "He also said the agency and its director, Brock Hale, have been in contact with him all "
                            "of the time.\n\nThe acting secretary, Elaine Rowe, visited the island Friday, surveying "
                            "the landscape by helicopter in an hour-long tour, driving past still-flooded streets, "
                            "and offering encouragement to some of the 10,000 emergency personnel she says the U.S. "
                            "government has on the ground.")
    assert got.get("the U.S. government has on the ground") in (None, "Elaine Rowe")


def test_control_an_inverted_tag_after_a_comma_excludes_the_clauses_names(speech):
    got = _speakers(speech, "Lee Chan spoke first. Ann Rowe was wrong to cut the budget, she says.")
    assert got.get("Ann Rowe was wrong to cut the budget") != "Ann Rowe"


def test_the_subject_after_a_misread_after_is_the_cues(speech):
    got = _speakers(speech, "In February, Republican Sen. Tom Baxter followed up on the classified cable.\n\nAfter the "
                            "chairman of the Joint Chiefs of Staff confirmed he knew about the cable which summarized "
                            "the August meeting, Baxter questioned why the military was read in.")
    assert got["he knew about the cable which summarized the August meeting"] == (
        "the chairman of the Joint Chiefs of Staff")


def test_a_name_the_parse_joined_to_an_opening_time_is_the_subject(speech):
    got = _speakers(speech, "At 10:15 a.m., Ms. Ruland, reading the latest draft, complained in an e-mail, “These "
                            "don’t resolve all my issues.” Ten minutes later, Tom Baxter, a deputy adviser, offered "
                            "his first comments, saying, “We need to resolve this.”")
    assert got["These don’t resolve all my issues"] == "Ruland"
    assert got["We need to resolve this"] == "Tom Baxter"


def test_a_closing_mark_after_narration_opens_no_quote(speech):
    got = _speakers(speech, "Hale and his campaign reacted after the site added a warning label to two of his posts."
                            "\n\nHale accused the company of interfering in the 2020 election” and declared “as "
                            "president, I will not allow this to happen.” His campaign manager, Tom Baxter, said the "
                            "company’s “clear political bias” had led the campaign to pull “all our advertising.”")
    assert "Hale accused the company of interfering in the 2020 election" not in got
    assert got["as president, I will not allow this to happen"] == "Hale"
    assert got["clear political bias"] == "Tom Baxter"


def test_control_a_closing_mark_after_the_speakers_words_is_a_quote(speech):
    got = _speakers(speech, "Hale spoke at the rally on Monday.\n\nWe will win this state and we will win it big,” "
                            "Hale said.")
    assert got.get("We will win this state and we will win it big") == "Hale"


def test_a_claim_the_sentence_calls_absurd_is_no_report(speech):
    _, reported = speech("Recent media reports that suggest the ministry is behind a hacking of the phone are absurd. "
                         "We call for an investigation.")
    assert not any("behind a hacking" in q.text for q in reported)


def test_control_reports_that_suggest_without_a_dismissal_report(speech):
    got = _speakers(speech, "Recent media reports suggest the ministry is behind a hacking of the phone.")
    assert got.get("the ministry is behind a hacking of the phone") == "Recent media reports"


def test_both_joined_plurals_of_a_relative_on_the_last_are_both(speech):
    got = _speakers(speech, "The words and actions of some of the protesters, however, have drawn criticism from both "
                            "liberals and conservatives who say they have crossed the line from expressing grievances "
                            "to a dangerous demand.")
    assert got["they have crossed the line from expressing grievances to a dangerous demand"] == (
        "both liberals and conservatives")


def test_a_claim_called_absurd_after_a_posts_signature_is_no_report(speech):
    _, reported = speech("Ministry Office (@MinistryOffice) Recent media reports that suggest the ministry is behind a "
                         "hacking of the phone are absurd. We call for an investigation on these claims.")
    assert not any("behind a hacking" in q.text for q in reported)
