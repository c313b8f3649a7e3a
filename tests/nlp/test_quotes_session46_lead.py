"""Session 46, the lead: two of helper B's rules narrowed after reading review 35's quotes (docs/quotes.md)."""
from __future__ import annotations


def test_a_participle_on_a_nested_speakers_verb_stays_the_reporting_sources(speech):
    # The words speak of the employee as "she": the source is still the one stating them.
    text = ("A station source told the Herald that the producer in question complained on Friday, stating, "
            "\u201cIt all happened so fast. She didn\u2019t go to the press, she went to the station\u2019s lawyers.\u201d")
    direct = [(q.speaker, q.text) for q in speech(text)[0]]
    assert direct and direct[0][0] == "A station source"


def test_control_a_participle_on_a_verb_an_outlet_reports_is_the_nested_speakers(speech):
    text = ("The Gazette reports that Norway disputed the coast guard's account, saying the trawler was "
            "\u201cnowhere near the line.\u201d")
    direct = [(q.speaker, q.text) for q in speech(text)[0]]
    assert direct and direct[0][0] == "Norway"


def test_a_document_between_two_names_keeps_the_speakers_report(speech):
    text = "Prosecutors say emails between Ann Lee and Hale show he also paid the driver before the attack."
    reports = [(q.speaker, q.text) for q in speech(text)[1]]
    assert reports and reports[0][0] == "Prosecutors"
    assert reports[0][1].startswith("emails between Ann Lee and Hale show")
