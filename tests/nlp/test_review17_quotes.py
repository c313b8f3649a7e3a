"""Quotes reviews 16 and 17 marked wrong, and quotations over several sentences, each by its
general cause (docs/quotes.md, "Review 17's quotes"); invented sentences of the same shapes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _direct(speech, text):
    return speech(text)[0]


def test_a_quote_after_a_report_goes_on_with_its_speaker(speech):
    text = ("Senator Ann Lee wrote on Twitter that the vote was a disgrace. \"It must be held this week. "
            "I will not back down. Nobody should.\"")
    (q,) = _direct(speech, text)
    assert q.speaker == "Ann Lee" and q.text.startswith("It must be held")


def test_a_quote_after_a_report_of_a_group_is_theirs(speech):
    text = ("Fire officials said the blaze was contained by Sunday. \"Crews worked through the night. "
            "Residents may return on Friday.\"")
    (q,) = _direct(speech, text)
    assert q.speaker == "Fire officials" and q.speaker_kind == "group"


def test_a_quote_after_a_sentence_that_reports_nothing_stays_unvoiced(speech):
    text = "The mayor's office released a statement on Monday. \"We are grateful. The city thanks its firefighters.\""
    (q,) = _direct(speech, text)
    assert q.speaker is None


def test_every_sentence_of_a_quotation_is_its_speakers(speech):
    text = ("\"Last year thousands of people died from the flu,\" Governor Tom Hale said. \"It averages many "
            "thousands a year. Nothing is shut down. At this moment there are 50 confirmed cases. Think about that!\"")
    quotes = _direct(speech, text)
    assert [q.speaker for q in quotes] == ["Tom Hale", "Tom Hale"]
    assert "50 confirmed cases" in quotes[1].text


def test_a_name_with_the_place_it_represents_is_the_person(speech):
    text = "\"In this country,\" said Marcus Delaney of New Jersey, \"no one is above the law.\""
    quotes = _direct(speech, text)
    assert quotes and {(q.speaker, q.speaker_kind) for q in quotes} == {("Marcus Delaney", "person")}


def test_a_committee_chairman_named_with_the_committee_speaks(speech):
    text = ("\"The question is whether the Senate will allow a fair trial,\" House Permanent Select Committee on "
            "Intelligence Chairman Adam B. Schiff said.")
    (q,) = _direct(speech, text)
    assert q.speaker == "Adam B. Schiff" and q.speaker_kind == "person"


def test_a_subject_missed_by_the_tagger_has_no_appositive_words_in_its_name(speech):
    # (the review's name: the tagger misses it in this shape, which no invented name reproduced)
    text = ("\"It is a great idea that will be gamed in predictable ways,\" Jane Doe, who studies propaganda and is "
            "a policy lead at Data For Democracy, wrote on Twitter.\n\nSiva Vaidhyanathan, a media studies professor "
            "at the University of Ohio, told CNN such a site might make sense.\n\n\"It is not a crackpot idea,\" "
            "he said.")
    direct = _direct(speech, text)
    assert direct[-1].speaker == "Siva Vaidhyanathan"


def test_an_inverted_speaker_after_a_hyphened_title_is_the_named_person(speech):
    text = "\"He gave us a chance,\" said the Today and Tonight co-host Jane Parker, who cried."
    (q,) = _direct(speech, text)
    assert q.speaker == "Jane Parker"


def test_she_after_the_decision_is_the_judge_whose_ruling_the_sentence_before_names(speech):
    text = ("Professor Mark Olsen of Texas Tech said the case would go on. \"There are lots of ways,\" Professor "
            "Olsen says.\n\nJudge Allison Burroughs ruled for the university, but she did not end the debate.\n\n"
            "Many universities would come together to defend the policy if the issue winds up back at the Supreme "
            "Court, says Professor Olsen from Texas Tech.\n\nSuch supporters would have plenty to draw from in "
            "Judge Burroughs’ ruling in the case in U.S. District Court in Boston. The decision, dated Sept. 30, "
            "stresses the need for diversity in admissions as a temporary measure.\n\n\"The students who are "
            "admitted will learn from one another,\" she wrote.")
    quotes = _direct(speech, text)
    assert quotes[-1].speaker == "Allison Burroughs"


def test_the_group_is_the_body_the_text_last_called_a_group(speech):
    text = ("Yale has called Parents United a political group with no real interest in helping applicants. "
            "Instead, its critics say, its goal is to end the policy.\n\nThe group says it has more than "
            "20,000 members.")
    reported = speech(text)[1]
    (q,) = [q for q in reported if "members" in q.text]
    assert q.speaker == "Parents United"


def test_a_bare_one_speaks_as_one_of_the_people_named_before(speech):
    text = ("More than a dozen officials and diplomats testified for hours. The sessions revealed what one "
            "called the \"irregular channel\" of foreign policy.")
    (q,) = _direct(speech, text)
    assert q.speaker == "one of the officials"


def test_he_after_a_subject_that_ends_on_a_name_is_that_person(speech):
    text = ("President Francois Hollande called an emergency meeting of ministers.\n\nThe attack began after a burst "
            "of gunfire, according to Belgian media outlets.\n\nNBA Hall of Famer Marcus Webb was at the airport. He "
            "shared a photo on Facebook and wrote, \"God is good. I am fine.\"")
    quotes = _direct(speech, text)
    assert quotes[-1].speaker == "Marcus Webb"


def test_a_title_as_subject_with_the_name_as_its_appositive_is_the_named_person(speech):
    """Review 12's NPR report, given to "Speaker of the House" once a missed name kept only its own compounds."""
    text = ("The measure passed on Friday.\n\nSpeaker of the House Nancy Pelosi said Democrats would not be "
            "deterred by the Senate's refusal.")
    quotes = speech(text)[1]
    assert [q.speaker for q in quotes] == ["Nancy Pelosi"]
