"""Session 46, helper G: wrong quotes of reviews 28-30 (docs/quotes.md, "Session 46, helper G")."""
from __future__ import annotations


def _reports(speech, text):
    return [(q.speaker, q.text) for q in speech(text)[1]]


def _direct(speech, text):
    return [(q.speaker, q.text) for q in speech(text)[0]]


def test_a_name_in_quotation_marks_inside_the_subject_is_no_quote(speech):
    text = ("The AFL’s “national fair shift” proposal to prevent factory accidents calls for the “capping” of "
            "night shifts with not only fines and inspections but also the end of split shifts.")
    assert not any(t == "national fair shift" for _, t in _direct(speech, text))


def test_a_title_in_quotation_marks_as_the_subject_is_no_quote(speech):
    text = ("But after some students felt the rules were unfair, an associate “master” at one of the city's "
            "colleges wrote an e-mail to students raising the question.")
    assert not any(t == "master" for _, t in _direct(speech, text))


def test_control_a_quote_before_its_subject_keeps_its_speaker(speech):
    quotes = _direct(speech, "“We will win,” the coach said on Friday.")
    assert quotes == [("coach", "We will win,")] or quotes[0][0] is not None


def test_finding_oneself_somewhere_is_no_report(speech):
    text = ("The WNBA finds itself caught between two camps after a post about the strike drew anger from fans "
            "that threatens the league’s plans in its biggest market.")
    assert _reports(speech, text) == []


def test_control_finding_that_still_reports(speech):
    reports = _reports(speech, "The inspector general found the agency had overpaid its contractors for years.")
    assert reports == [("The inspector general", "the agency had overpaid its contractors for years")]


def test_a_closing_amid_phrase_of_criticism_is_the_narrators(speech):
    text = ("That was even before Mayor Dunn announced he would not seek a third term amid criticism for "
            "initially resisting calls to release the video.")
    assert _reports(speech, text) == [("Dunn", "he would not seek a third term")]


def test_control_amid_anything_else_stays_in_the_report(speech):
    reports = _reports(speech, "The chief economist said prices rose sharply last month amid strong demand.")
    assert reports and reports[0][1].endswith("amid strong demand")


def test_a_dash_then_a_participle_of_spurring_is_the_narrators(speech):
    text = ("Lawmakers said the attack would have been a “massacre” if not for the guards -- spurring new "
            "questions over whether security should be overhauled.")
    assert all("spurring" not in t for _, t in _reports(speech, text))


def test_a_second_verb_whose_number_is_the_speakers_ends_the_report(speech):
    text = ("The speaker is caught between two wings of the party. Some say Congress should not raise any taxes, "
            "and were disappointed he went so far as to put any revenue on the table.")
    assert _reports(speech, text) == [("Some", "Congress should not raise any taxes")]


def test_control_a_second_verb_of_the_reports_number_stays(speech):
    reports = _reports(speech, "The tenants said the landlord had raised the rent and was refusing repairs.")
    assert reports and reports[0][1].endswith("was refusing repairs")


def test_a_lawsuits_participle_is_not_the_sentence_subjects_report(speech):
    text = ("The landmark ruling was in response to a $12 billion lawsuit alleging the drugmaker helped fuel the "
            "epidemic by flooding the state with pills.")
    assert all(s != "The landmark ruling" for s, _ in _reports(speech, text))


def test_control_a_persons_participle_after_a_comma_stays_the_subjects(speech):
    reports = _reports(speech, "The mayor defended the plan on Monday, saying the city could not wait any longer.")
    assert reports and reports[0][0] and "mayor" in reports[0][0].lower()


def test_an_outlets_confirming_tag_leaves_the_report_to_its_speaker(speech):
    text = ("In a conference call with the campaigns, Chairman Tom Pryce later pledged that the party would release "
            "a \"majority\" of results at 5 p.m. Tuesday, Fox News has confirmed.")
    reports = _reports(speech, text)
    assert reports and all(s != "Fox News" for s, _ in reports)
    assert reports[0][0] == "Tom Pryce"


def test_control_an_outlets_confirming_tag_of_a_plain_fact_stays(speech):
    reports = _reports(speech, "The plant will close in March and lay off 300 workers, the union confirmed on Monday.")
    assert reports == [("the union", "The plant will close in March and lay off 300 workers")]


def test_control_a_person_confirming_a_report_keeps_it(speech):
    text = ("The prime minister confirmed on Thursday that the country's intelligence services believed the ferry "
            "was sunk by a mine.")
    assert any(s == "The prime minister" for s, _ in _reports(speech, text))


def test_a_second_verb_of_reacting_is_the_speakers_next_act(speech):
    text = ("On Wednesday, Mr. Barnes sat for a series of interviews at which he insisted he had done nothing wrong "
            "and marveled at what he said on the radio was the \"strange world\" of the capital.")
    assert _reports(speech, text) == [("Barnes", "he had done nothing wrong")]


def test_control_a_second_verb_without_a_clause_stays_in_the_report(speech):
    reports = _reports(speech, "The lawyer said the police had lied to the court and denied him a phone call.")
    assert reports and reports[0][1].endswith("denied him a phone call")


def test_control_a_quote_as_a_reported_clauses_subject_keeps_its_speaker(speech):
    text = ("Reed also released a statement before his news conference, saying “those who doubt our motives” should "
            "know that the league’s stance is about more than money.")
    assert ("Reed", "those who doubt our motives") in _direct(speech, text)


def test_a_present_aside_on_an_apposition_after_a_past_report_is_the_narrators(speech):
    text = ("Senator Ann Voss, Democrat of Ohio, said she was warming up with Jack Dunne, the radio host, who is not "
            "known for his bipartisan spirit.")
    assert _reports(speech, text) == [("Ann Voss", "she was warming up with Jack Dunne, the radio host")]


def test_control_a_past_aside_stays_in_the_report(speech):
    reports = _reports(speech, "Coach Al Binns said the team had signed Dan Reyes, the former captain, who was "
                               "released in May.")
    assert reports and reports[0][1].endswith("who was released in May")


def test_a_report_opening_on_an_asides_comma_loses_the_comma(speech):
    text = ("President Omar Haddad said Thursday that, in light of the prime minister's earlier comment opposing a "
            "state, he would renew his push for full recognition.")
    assert _reports(speech, text)[0][1].startswith("in light of")


def test_a_condition_after_that_and_its_comma_is_no_question(speech):
    text = ("Senator Jo Marsh said that, if elected, she would leave such decisions to military leaders and follow "
            "their advice.")
    assert _reports(speech, text) == [
        ("Jo Marsh", "if elected, she would leave such decisions to military leaders and follow their advice")]


def test_control_asked_if_is_still_a_question(speech):
    assert _reports(speech, "Senator Jo Marsh asked if the generals would leave such decisions to the White House.") == []



def test_control_a_named_subjects_second_verb_of_concluding_stays_in_the_report(speech):
    text = ("A senior official said Dana Ruiz assessed the situation upon taking office and concluded the director "
            "had lost her confidence.")
    reports = _reports(speech, text)
    assert reports and reports[0][1].endswith("had lost her confidence")
