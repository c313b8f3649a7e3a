"""Times of day as the moments of event verbs (session 48, helper G, reviews 35 and 37; invented sentences):
`nlp.clock.extract_times` reads "lost contact ... at 10:55 a.m." as the moment "lose contact", and no time of a
verb outside its list, of a noun, of a deadline or a conversion."""

from __future__ import annotations

import pytest

from manysides.nlp.clock import time_subject
from manysides.records import Claim


@pytest.fixture(scope="module")
def times(nlp):
    from manysides.nlp.clock import extract_times

    def run(text: str) -> list[Claim]:
        return extract_times(nlp(text))

    return run


@pytest.mark.parametrize("sentence, text, event, low, high", [
    ("The airliner lost contact with radar at 10:55 a.m., the airline said.", "10:55 a.m.", "lose contact", 655, 655),
    ("Flight 417 took off just after 9 a.m. from the coastal airport.", "just after 9 a.m.", "depart", 540, 555),
    ("The brawl erupted around 1 p.m. near the gate.", "around 1 p.m.", "begin", 765, 795),
    ("The ferry went down at 11:20 p.m. in heavy seas.", "11:20 p.m.", "crash", 1400, 1400),
    ("The gunman opened fire at 2:10 p.m. Friday, police said.", "2:10 p.m.", "begin", 850, 850),
    ("The plane went down minutes after taking off at 6.13am on Tuesday.", "6.13am", "depart", 373, 373),
    ("The bomb went off shortly before noon in the market.", "shortly before noon", "explode", 705, 720),
])
def test_a_time_an_event_verb_governs_is_read(times, sentence, text, event, low, high):
    found = [c for c in times(sentence) if c.text.startswith(text)]
    assert found, [c.text for c in times(sentence)]
    c = found[0]
    assert c.unit == "time" and time_subject(c.subject)[0] == event and (c.low, c.high) == (low, high)


def test_zone_weekday_and_plan_are_kept(times):
    (c,) = times("The rally began at 5 p.m. ET Saturday in the square.")
    assert c.text == "5 p.m. ET" and time_subject(c.subject)[:2] == ("begin", "saturday")
    (c,) = times("The flight was scheduled to land in Oslo at 11:40 a.m.")
    assert time_subject(c.subject)[0] == "planned land"
    (c,) = times("The carrier said it would resume operations at 10 a.m.")
    assert time_subject(c.subject)[0] == "planned reopen"


@pytest.mark.parametrize("sentence", [
    "The plane's altitude was 31,000 feet at 10:30 a.m.",            # no event verb
    "This story was last updated at 5:35 p.m.",                       # not an event of the list
    "The agency publishes the report at 8:30 a.m. each month.",       # not an event of the list
    "The 10 a.m. hearing was delayed.",                               # a noun's time
    "Officials said the road would stay closed until 6 p.m.",         # a deadline
    "As of 9:30 a.m., a quarter of the flights had been canceled.",   # a state read at a moment
    "The ferry did not leave at 8 a.m. as planned.",                  # negated
])
def test_times_of_no_event_moment_are_not_read(times, sentence):
    assert times(sentence) == []


def test_a_conversion_in_brackets_is_not_a_second_time(times):
    found = times("The jet went down at 10:53 a.m. (4:53 a.m. ET) in the mountains.")
    assert [c.text for c in found] == ["10:53 a.m."]
