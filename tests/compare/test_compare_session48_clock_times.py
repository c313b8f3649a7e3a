"""Times of day as disputed figures (session 48, helper G, reviews 35 and 37; invented articles): two outlets'
times of one event verb's moment are disputed when their intervals do not meet; a time of another moment, a
planned time against an actual one, and one moment told in two time zones are not. And each article's only count of
one nationality is one quantity (review 37's 63 Canadians against 57)."""

from __future__ import annotations

import pytest

from manysides.compare import disputed_numbers
from manysides.compare._clock import times_meet
from manysides.records import Article, Claim


@pytest.fixture(scope="module")
def story(nlp):
    from manysides.nlp.annotate import annotate_doc

    def run(*texts: str, days: tuple[str, ...] = (), every: bool = False) -> list:
        arts = [Article(id=f"a{k}", source="t", outlet=f"Outlet {k}", url=None, title=None, byline=None,
                        published=(days[k] if days else "2021-03-02"), language="en", text=text)
                for k, text in enumerate(texts)]
        anns = {a.id: annotate_doc(a.id, nlp(a.text)) for a in arts}
        return [d for d in disputed_numbers(arts, anns, _topic(anns)) if d.claims[0].unit == "time" or every]

    return run


def _topic(anns, cos: float = 0.25):
    """Hand sentence vectors: every pair of sentences at cosine `cos` (near one topic, as review 37's pair, 0.23)."""
    import numpy as np
    out = {}
    for k, (aid, ann) in enumerate(anns.items()):
        v = np.zeros((len(ann.sentences), 3), dtype=np.float32)
        v[:, 0] = cos ** 0.5
        v[:, 1 + k % 2] = (1 - cos) ** 0.5
        out[aid] = v
    return out


@pytest.fixture(scope="module")
def story_all():
    """As `story`, every dispute (figures too)."""
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy

    nlp = load_spacy()

    def run(*texts: str) -> list:
        arts = [Article(id=f"a{k}", source="t", outlet=f"Outlet {k}", url=None, title=None, byline=None,
                        published="2021-03-02", language="en", text=text) for k, text in enumerate(texts)]
        anns = {a.id: annotate_doc(a.id, nlp(a.text)) for a in arts}
        return list(disputed_numbers(arts, anns, _topic(anns)))

    return run


def test_two_times_of_one_moment_are_disputed(story):
    """Review 35: "lost contact ... at 10:55 a.m." against "lost contact ... at 10:53 a.m."; and the start of a
    siege, "took over the bank at 10 a.m." against "the standoff began at 9:45 a.m."."""
    found = story("Ground controllers lost contact with the jet at 10:55 a.m., the carrier said.",
                  "The plane lost contact with radar at 10:53 a.m., officials said.")
    assert len(found) == 1 and sorted(c.value for c in found[0].claims) == [653, 655]
    assert found[0].about == "time of day: lost contact"
    found = story("Police surrounded the bank shortly after the gunman took over the building at 10 a.m.",
                  "Officers freed the tellers six hours after the standoff began at 9:45 a.m.")
    assert len(found) == 1 and sorted(c.value for c in found[0].claims) == [585, 600]


def test_times_whose_hedges_meet_agree(story):
    """Review 37's airport: "at 12:55 p.m." and "around 1 p.m." (12:45-1:15); "just after 9 a.m." and 9:04."""
    assert story("The brawl began at 12:55 p.m. at the gate.", "The brawl erupted around 1 p.m. near the gate.") == []
    assert story("Flight 88 took off just after 9 a.m.", "Flight 88 departed at 9:04 a.m.") == []


def test_times_of_two_moments_are_not_disputed(story):
    """Controls: "went down at 10:53 a.m." against "lost contact at 10:55 a.m." (two moments); a planned attack at
    10 p.m. against one that happened at 2 a.m.; two weekdays; two places left."""
    assert story("The jet went down at 10:53 a.m. in the hills.",
                 "The plane lost contact with radar at 10:55 a.m.") == []
    assert story("The attack was originally set to take place at 10 p.m., prosecutors said.",
                 "The attack occurred around 2 a.m., the actor said.") == []
    assert story("The protest began at 4 p.m. Saturday downtown.",
                 "The protest began at 6 p.m. Sunday downtown.") == []
    assert story("The ferry left Piraeus at 7 a.m. on its route.",
                 "The ferry left Naxos at 1 p.m. on its route.") == []


def test_one_moment_in_two_time_zones_is_not_disputed(story):
    """"5 p.m. ET" and "2 p.m. PT" are one moment; "5 p.m. ET" and "5 p.m. PT" are not; a zoned time against one
    without a zone is not compared."""
    assert story("The launch began at 5 p.m. ET from the pad.", "The launch began at 2 p.m. PT from the pad.") == []
    assert len(story("The launch began at 5 p.m. ET from the pad.",
                     "The launch began at 5 p.m. PT from the pad.")) == 1
    assert story("The launch began at 5 p.m. ET from the pad.", "The launch began at 3 p.m. from the pad.") == []


def test_a_places_time_is_compared_with_the_same_places_only(story):
    """Review 27: "at 6:24 a.m. local time" against "at 7:24 a.m. Sunday, Singapore time" (one moment: the flight left
    a zone an hour behind Singapore's) is not compared; two outlets' Singapore times are."""
    assert story("The jet lost contact with air traffic control at 6:24 a.m. local time.",
                 "Controllers lost contact with the jet at 7:24 a.m. Sunday, Singapore time.") == []
    assert len(story("Controllers lost contact with the jet at 7:24 a.m. Singapore time.",
                     "Controllers lost contact with the jet at 8:10 a.m. Sunday, Singapore time.")) == 1


def test_zones_convert_with_summer_time():
    def t(text, value):
        return Claim(text, "begin||", value, "time", None, value, value, 0, len(text))
    assert times_meet(t("5 p.m. ET", 1020), t("2 p.m. PT", 840))
    assert times_meet(t("9 p.m. GMT", 1260), t("5 p.m. ET", 1020))  # summer time: 4 hours
    assert times_meet(t("10 p.m. GMT", 1320), t("5 p.m. ET", 1020))  # winter: 5 hours
    assert not times_meet(t("11 p.m. GMT", 1380), t("5 p.m. ET", 1020))
    assert times_meet(t("5 p.m. ET", 1020), t("3 p.m.", 900)) is None


def test_a_time_is_shown_as_a_time_of_day():
    from manysides.present._view import fmt_interval
    assert fmt_interval(653.0, 653.0, "time") == "= 10:53 a.m."
    assert fmt_interval(765.0, 795.0, "time") == "12:45 p.m. – 1:15 p.m."
    assert fmt_interval(720.0, 720.0, "time") == "= noon"


def test_each_articles_only_count_of_a_nationality_is_one_quantity(story_all):
    """Review 37: "Of the 176 people onboard, ..., 63 were Canadian" against "Trudeau, whose country lost 57 citizens"
    (cosine 0.23): each article's only count of one nationality; and "left three dead" against "killed five"."""
    found = story_all("Of the 90 passengers on the ferry, 41 were Norwegian, 30 were Danish and 12 were German.",
                      "Danish Prime Minister Lars Holm, whose country lost 26 citizens in the sinking, asked for help.")
    assert [sorted(c.value for c in d.claims) for d in found] == [[26, 30]]


def test_two_counts_of_a_nationality_in_one_article_pair_nothing(story_all):
    """Control: an article with two counts of Danes (two moments, or two groups) gives no one count to compare."""
    found = story_all("Of the 90 passengers on the ferry, 30 were Danish. Of the 40 crew members, 12 were Danish.",
                      "Danish Prime Minister Lars Holm, whose country lost 26 citizens in the sinking, asked for help.")
    assert found == []


def test_counts_of_two_wholes_people_are_not_one_quantity(story_all):
    """Review 27: "Among the passengers are 149 Indonesians" against "Of the people on board ..., 155 are Indonesian"
    (the crew counted too): two wholes, no dispute; "Of the 90 passengers" against no whole named still pairs."""
    found = story_all("Among the passengers on the ferry are 24 Norwegians and three Danes.",
                      "Of the people on board the ferry, 30 are Norwegian, three are Danish and one is Swedish.")
    assert found == []
