"""Numeric claims: units, hedges and their intervals, ranges, word numbers, noise, subjects."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from manysides.nlp.numbers import (
    hedge_family,
    interval,
    parse_numeral,
    parse_word_number,
    tolerance,
)
from manysides.records import Claim

# --- pure number rules (no model) -------------------------------------------------------


@pytest.mark.parametrize(
    "words, value, used",
    [
        ("nine people", 9, 1),
        ("twenty - five people", 25, 3),
        ("ninety nine", 99, 2),
        ("two dozen people", 24, 2),
        ("a dozen states", 12, 2),
        ("half a million", 500_000, 3),
        ("a hundred and twenty people", 120, 4),
        ("three million five hundred thousand", 3_500_000, 5),
        ("one billion", 1e9, 2),
    ],
)
def test_word_numbers(words, value, used):
    assert parse_word_number(words.split()) == (value, used)


@pytest.mark.parametrize("words", ["dozens of people", "hundreds of", "a lot", "the one", "thousands"])
def test_vague_or_non_numbers_are_not_read(words):
    assert parse_word_number(words.split()) is None


def test_numerals_and_scales():
    assert parse_numeral("3,200") == (3200.0, False)
    assert parse_numeral("4.2") == (4.2, False)
    assert parse_numeral("1.2bn") == (1.2e9, True)
    assert parse_numeral("20m", money=True) == (20e6, True)
    assert parse_numeral("20m") is None  # metres, or anything: not money without a sign
    assert parse_numeral("3rd") is None


def test_hedge_table_intervals():
    assert interval(30e6, "USD", hedge_family("nearly")) == (27e6, 30e6)
    assert interval(4, "percentage points", hedge_family("about")) == (3.5, 4.5)
    assert interval(3200, "count", hedge_family("more than")) == (3200, None)
    assert interval(100, "count", hedge_family("fewer than")) == (0.0, 100)
    assert interval(12, "percent", hedge_family("about")) == (11, 13)
    assert interval(60, "percent", hedge_family("about")) == (57, 63)
    assert hedge_family("between") == "range"
    assert hedge_family(None) is None
    assert tolerance(2019, "year") == 1


# --- extraction over parsed text ---------------------------------------------------------



def find(found: list[Claim], text: str) -> Claim:
    hits = [c for c in found if c.text == text]
    assert hits, f"no claim {text!r} in {[c.text for c in found]}"
    return hits[0]


@pytest.mark.models
def test_the_three_brief_examples(claims):
    c = find(claims("The two campaigns spent nearly $30 million on the race."), "nearly $30 million")
    assert (c.value, c.unit, c.hedge) == (30_000_000, "USD", "nearly")
    assert c.high == 30_000_000 and 25_000_000 < c.low < 30_000_000

    c = find(claims("Ossoff won by about 4 percentage points."), "about 4 percentage points")
    assert c.unit == "percentage points" and c.low == pytest.approx(3.5) and c.high == pytest.approx(4.5)

    c = find(claims("More than 3,200 protesters marched downtown."), "More than 3,200")
    assert (c.value, c.unit, c.low, c.high) == (3200, "count", 3200, None)


@pytest.mark.models
def test_offsets_and_sentence(claims, nlp):
    from manysides.nlp.claims import extract_claims

    text = "Officials met on Monday. The city spent nearly $30 million on repairs last year."
    (c,) = [c for c in extract_claims(nlp(text)) if c.unit == "USD"]
    assert text[c.start : c.end] == "nearly $30 million" == c.text
    assert c.sentence == "The city spent nearly $30 million on repairs last year."


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("The company paid 30 million dollars to settle the case.", "30 million dollars", 30e6, "USD"),
        ("Each family received $4,500 from the fund.", "$4,500", 4500, "USD"),
        ("The merger was valued at $1.2bn by analysts.", "$1.2bn", 1.2e9, "USD"),
        ("The deal is worth $1.2 billion to the state.", "$1.2 billion", 1.2e9, "USD"),
        ("Brussels fined the firm €2.4 billion on Tuesday.", "€2.4 billion", 2.4e9, "EUR"),
        ("The council spent £20m on the new bridge.", "£20m", 20e6, "GBP"),
        ("The club sold him for 80 million euros in July.", "80 million euros", 80e6, "EUR"),
        ("The ticket costs 75 cents at the station.", "75 cents", 0.75, "USD"),
        ("Support for the plan fell to 38 percent in June.", "38 percent", 38, "percent"),
        ("Support for the plan fell to 38% in June.", "38%", 38, "percent"),
        ("Support for the plan fell to 38 per cent in June.", "38 per cent", 38, "percent"),
        ("Her lead in the poll shrank by 3 points.", "3 points", 3, "percentage points"),
        ("The bank raised rates by 25 basis points.", "25 basis points", 0.25, "percentage points"),
        ("The hikers walked 12 miles before dawn.", "12 miles", 12, "mile"),
        ("The blaze has burned 5,000 acres of forest.", "5,000 acres", 5000, "acre"),
        ("The firm was founded in 1998 by two students.", "1998", 1998, "year"),
        ("The law was signed on March 3, 2021, by the governor.", "March 3, 2021", 20210303, "date"),
        ("The vote took place on 3 March 2021 in the capital.", "3 March 2021", 20210303, "date"),
    ],
)
def test_units(claims, sentence, text, value, unit):
    c = find(claims(sentence), text)
    assert c.value == pytest.approx(value) and c.unit == unit


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, value, subject",
    [
        ("A 52-year-old man was arrested near the station.", "52-year-old", 52, "man"),
        ("Police said Maria Lopez, 47, of Tucson, was driving.", "47", 47, "maria lopez"),
        ("The driver, aged 19, was not hurt.", "19", 19, "driver"),
        ("The senator is 71 years old and plans to run again.", "71 years old", 71, "senator"),
        ("A 6-month-old girl was found unharmed on Sunday.", "6-month-old", 0.5, "girl"),
        ("The 26-week-old puppy survived the fall.", "26-week-old", 0.5, "puppy"),
    ],
)
def test_ages(claims, sentence, text, value, subject):
    c = find(claims(sentence), text)
    assert (c.value, c.unit, c.subject) == (value, "years", subject)


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, hedge, low, high",
    [
        # approx: +-10 % for money and counts, percents +-max(1, 5 %), points +-0.5
        ("Roughly 2,000 workers walked off the job.", "Roughly 2,000", "roughly", 1800, 2200),
        ("Some 400 families were evacuated.", "Some 400", "some", 360, 440),
        ("An estimated 1,500 fans waited outside.", "An estimated 1,500", "an estimated", 1350, 1650),
        ("Turnout was approximately 62 percent statewide.", "approximately 62 percent", "approximately", 58.9, 65.1),
        ("The repairs cost $200,000 or so in the end.", "$200,000 or so", "or so", 180_000, 220_000),
        # near, from below and from above
        ("Almost 900 flights were cancelled.", "Almost 900", "almost", 810, 900),
        ("The fund holds just under $5 billion today.", "just under $5 billion", "just under", 4.5e9, 5e9),
        ("Inflation was close to 9 percent last month.", "close to 9 percent", "close to", 8, 9),
        ("The bill passed with just over 60 percent support.", "just over 60 percent", "just over", 60, 63),
        # lower bounds
        ("At least 12 people were injured in the crash.", "At least 12", "at least", 12, None),
        ("Over 40,000 runners took part this year.", "Over 40,000", "over", 40_000, None),
        ("The show drew upwards of 5 million viewers.", "upwards of 5 million", "upwards of", 5e6, None),
        ("They expect 3,000 or more visitors.", "3,000 or more", "or more", 3000, None),
        ("They expect 3,000 visitors or more.", "3,000 visitors or more", "or more", 3000, None),
        ("He has worked there for 30-plus years.", "30-plus years", "plus", 30, None),
        ("The festival drew 30,000+ visitors in total.", "30,000+", "+", 30_000, None),
        ("Spending in the race topped $41 million.", "topped $41 million", "topped", 41e6, None),
        ("The fire tops 12,400 acres east of town.", "tops 12,400 acres", "tops", 12_400, None),
        # upper bounds
        ("Fewer than 100 residents attended the meeting.", "Fewer than 100", "fewer than", 0, 100),
        ("Less than 5 percent of the budget went to parks.", "Less than 5 percent", "less than", 0, 5),
        ("The storm could dump up to 18 inches of snow.", "up to 18 inches", "up to", 0, 18),
        ("As many as 300 jobs could be cut.", "As many as 300", "as many as", 0, 300),
    ],
)
def test_hedge_families(claims, sentence, text, hedge, low, high):
    c = find(claims(sentence), text)
    assert c.hedge == hedge
    assert (c.low is None) == (low is None) and (c.high is None) == (high is None)
    if low is not None:
        assert c.low == pytest.approx(low)
    if high is not None:
        assert c.high == pytest.approx(high)


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, unit, low, high",
    [
        ("Between 3 and 5 million people could lose coverage.", "Between 3 and 5 million", "count", 3e6, 5e6),
        ("Premiums may rise 3 to 5 percent next year.", "3 to 5 percent", "percent", 3, 5),
        ("Premiums may rise 3-5% next year.", "3-5%", "percent", 3, 5),
        ("The plan costs $3 million to $5 million a year.", "$3 million to $5 million", "USD", 3e6, 5e6),
        ("The project will cost between $2 billion and $3 billion.", "between $2 billion and $3 billion", "USD", 2e9, 3e9),
        ("The country will cut emissions 50%-52% by 2030.", "50%-52%", "percent", 50, 52),
    ],
)
def test_ranges(claims, sentence, text, unit, low, high):
    c = find(claims(sentence), text)
    assert (c.unit, c.low, c.high) == (unit, low, high)
    assert c.value == (low + high) / 2


@pytest.mark.models
def test_change_from_to_is_two_levels_not_a_range(claims):
    found = claims("The jobless rate fell from 6.1 percent to 5.8 percent in May.")
    assert [(c.text, c.value) for c in found if c.unit == "percent"] == [
        ("6.1 percent", 6.1),
        ("5.8 percent", 5.8),
    ]


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("Nine people were killed in the attack.", "Nine", 9),
        ("Two dozen people were injured.", "Two dozen", 24),
        ("Twenty-five senators signed the letter.", "Twenty-five", 25),
        ("A dozen states have sued the agency.", "A dozen", 12),
        ("Half a million people lost power.", "Half a million", 500_000),
        ("Officials reported 3,200 new cases on Friday.", "3,200", 3200),
    ],
)
def test_counts_and_word_numbers(claims, sentence, text, value):
    c = find(claims(sentence), text)
    assert (c.value, c.unit) == (value, "count")


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting starts at 3:30 p.m. in the town hall.",
        "Doors open at 10 a.m. on Saturday.",
        "For tickets, call 555-123-4567 or (555) 987-6543.",
        "She was one of the senators who objected.",
        "He is the one who called the police.",
        "Dozens of people gathered outside, and hundreds of others watched online.",
        "The office is at 1600 Pennsylvania Avenue in Washington.",
        "The suspect lived at 42 Elm Street with his mother.",
        "1. Preheat the oven.\n2. Mix the flour.",
        "Section 230 protects online platforms.",
        "She finished third in the race and first in the sprint.",
        "The Senate voted 52-48 to confirm her.",
        "The court ruled 5-4 on Tuesday.",
        "The attacks of 9/11 changed the country.",
        "Cases of COVID-19 fell sharply.",
        "Two years later, he left the company.",
        "The measure passed 61%-39% on Tuesday.",
        "After the talks, the two sides issued a statement.",
        "Even one day later, little had changed.",
        "Phase three of the trial begins soon.",
    ],
)
def test_noise_is_not_a_claim(claims, sentence):
    assert [c.text for c in claims(sentence) if c.unit != "year"] == []


@pytest.mark.models
def test_quoted_numbers_are_kept(claims):
    c = find(claims('"We lost 40 percent of our customers," the owner said.'), "40 percent")
    assert c.unit == "percent"


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, subject",
    [
        ("The campaigns spent nearly $30 million on the race.", "nearly $30 million", "campaign spend race"),
        ("Unemployment rose to 4.2 percent in March.", "4.2 percent", "unemployment"),
        ("Ossoff won by about 4 percentage points.", "about 4 percentage points", "ossoff win"),
        ("More than 3,200 protesters marched downtown.", "More than 3,200", "protester"),
        ("Nine people were killed in the attack.", "Nine", "people kill"),
        ("The state approved a $30 million ad campaign.", "$30 million", "ad campaign"),
        ("The unemployment rate stood at 5.8% in May.", "5.8%", "unemployment rate"),
        ("The company cut its workforce by 10 percent.", "10 percent", "workforce"),
        ("Support has risen 30% since November 2019.", "2019", "support"),
        ("A seven-count indictment was unsealed.", "seven-count", "indictment"),
        # a sum "in" something is a sum of it, whatever the clause says; not a place
        ("Ms. Harlan lost by 4 points, with $29.6 million in reported spending.", "$29.6 million", "spending"),
        ("The storm caused $3 million in damage in Ohio.", "$3 million", "damage"),
        ("The company earned $5 million in Ohio.", "$5 million", "company earn ohio"),
        # the number is the relative clause's own subject: the clause describes the noun
        ("It was a race in which nearly $30 million was spent.", "nearly $30 million", "race spend"),
    ],
)
def test_subjects(claims, sentence, text, subject):
    assert find(claims(sentence), text).subject == subject


@pytest.mark.models
def test_subject_key_matches_across_wording(claims):
    from manysides.nlp.claims import subject_key, subject_similarity

    a = find(claims("The unemployment rate stood at 5.8% in May."), "5.8%")
    b = find(claims("In May the unemployment rate was 6 percent."), "6 percent")
    assert subject_key(a) == subject_key(b) == "percent|rate unemployment"
    assert subject_similarity(a, b) == 1.0
    c = find(claims("The city spent $5 million on parks."), "$5 million")
    assert subject_similarity(a, c) == 0.0


@pytest.mark.models
def test_empty_and_odd_input_do_not_crash(claims, nlp):
    from manysides.nlp.claims import extract_claims

    assert claims("") == []
    assert claims("No numbers here at all.") == []
    assert isinstance(claims("$ $ % 12 - - to and between $"), list)
    assert isinstance(claims("3 to" * 50), list)
    blank = __import__("spacy").blank("en")  # no parser: claims still found, subjects empty
    found = extract_claims(blank("The city spent $30 million on repairs."))
    assert [(c.text, c.value) for c in found] == [("$30 million", 30e6)]


# --- real articles: a floor on what is found, and speed ----------------------------------

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "same_event" / "articles.jsonl"


@pytest.mark.models
@pytest.mark.data
def test_real_articles_yield_claims_of_every_main_unit(nlp):
    from manysides.nlp.claims import extract_claims

    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (needs ../shared/data)")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    rows = random.Random(3).sample(rows, 40)
    docs = list(nlp.pipe(r.get("text") or "" for r in rows))
    found = [c for d in docs for c in extract_claims(d)]
    units = {c.unit for c in found}
    assert {"count", "USD", "percent", "year"} <= units
    assert len(found) >= 40  # news is full of numbers: about 2 per article at least
    for c in found:
        assert 0 <= c.start < c.end and c.text
        assert c.low is None or c.high is None or c.low <= c.value <= c.high or c.unit == "date"


@pytest.mark.models
def test_a_sign_or_minus_makes_a_number_negative(claims):
    """A GDP that shrank -3.2% and oil at minus $37 are negative figures, not dropped or flipped."""
    assert (find(claims("The economy shrank -3.2% in the first quarter."), "-3.2%").value) == -3.2
    assert find(claims("The firm lost -$4 million last year."), "-$4 million").value == -4_000_000
    oil = find(claims("Oil fell to minus $37 a barrel."), "minus $37")
    assert (oil.value, oil.unit) == (-37, "USD")
    cold = find(claims("It was about minus 80 degrees at the pole."), "about minus 80 degrees")
    assert cold.value == -80 and cold.low < -80 < cold.high  # an interval around it, not cut at 0
    # a hyphen in a name or a range is no sign
    assert [c.value for c in claims("COVID-19 cases rose 5% in May.")] == [5]
    assert find(claims("Prices rose 3-5% in May."), "3-5%").low == 3
    assert not [c for c in claims("He won 5 minus 3 votes.") if c.value < 0]


def test_a_level_that_moved_by_a_figure_to_another_is_two_figures_not_a_range(claims):
    got = claims("New jobless claims dropped 20,000 to 385,000 last week, the Labor Department said.")
    assert [(c.text, c.value, c.unit, c.low, c.high) for c in got] == [
        ("20,000", 20000, "count", 20000, 20000), ("385,000", 385000, "count", 385000, 385000)]
    assert got[1].subject == "new jobless claim" and got[0].subject == "new jobless claim change"
    got = claims("Initial jobless claims decreased by 20,000 to 385,000 in the week ended Aug. 28.")
    assert [c.value for c in got if c.unit == "count"] == [20000, 385000]
    assert claims("Senators voted 52 to 48 on the bill.") == []  # still a tally


def test_a_level_that_moved_by_a_figure_is_a_change_in_what_moved(claims):
    (c,) = claims("Payrolls rose by 559,000 last month.")
    assert (c.text, c.value, c.unit, c.subject) == ("559,000", 559000, "count", "payroll change")
    (c,) = claims("Employers added 559,000 jobs last month.")
    assert (c.unit, c.subject) == ("count", "job")  # a counted noun keeps its own subject


def test_a_change_and_a_level_with_words_between_and_up_to_after_a_verb(claims):
    got = claims("Claims rose by 2,000 last week to a seasonally adjusted 373,000.")
    assert [(c.value, c.subject) for c in got] == [(2000, "claim change"), (373000, "claim")]
    got = claims("Claims increased by 2,000 from the previous week to 373,000.")
    assert [(c.value, c.subject) for c in got] == [(2000, "claim change"), (373000, "claim")]
    (c, _) = claims("The previous week's figure was revised up to 590,000 from 576,000.")
    assert (c.value, c.low, c.high, c.hedge) == (590000, 590000, 590000, None)  # reached, not "at most"
    (c,) = claims("The unemployment rate ticked up to 6.1% in April.")
    assert (c.low, c.high) == (6.1, 6.1)
    (c,) = claims("The fund can lend up to $5 billion.")
    assert c.hedge == "up to" and c.high == 5e9


@pytest.mark.models
def test_a_duration_in_parts_is_one_duration_and_time_into_something_is_no_length(claims):
    """"12 hours and 52 minutes" is one length (12.87 hours), not 12 hours and 52 minutes
    (whose minutes another outlet's "24 hours, 18 minutes" would then contradict)."""
    (c,) = claims("The filibuster lasted 12 hours and 52 minutes.")
    assert (c.text, c.unit, c.low, c.high) == ("12 hours and 52 minutes", "hour", c.value, c.value)
    assert c.value == pytest.approx(12 + 52 / 60)
    (c,) = claims("Thurmond spoke for 24 hours, 18 minutes against the bill.")
    assert (c.text, c.value, c.unit) == ("24 hours, 18 minutes", pytest.approx(24.3), "hour")
    (c,) = claims("He served two years and three months in prison.")
    assert (c.value, c.unit) == (2.25, "years")
    assert [c.value for c in claims("The talks lasted 3 hours and then 40 people left.")] == [3, 40]
    # "five hours into the filibuster" is a moment of it, not its length
    assert claims("Five hours into Sen. Rand Paul's filibuster, he was still talking.") == []


def test_fractions_after_a_whole_number_and_durations_in_other_units():
    from manysides.nlp.numbers import duration_in, parse_fraction, parse_fraction_words

    assert parse_numeral("22½") == (22.5, False)
    assert [parse_fraction(t) for t in ("1/2", "3/4", "½", "¾")] == [0.5, 0.75, 0.5, 0.75]
    assert [parse_fraction(t) for t in ("9/11", "24/7", "3/2", "2/2", "1/2/2021")] == [None] * 5
    assert parse_fraction_words("and a half years".split()) == (0.5, 3)
    assert parse_fraction_words("and one - half years".split()) == (0.5, 4)
    assert parse_fraction_words("and three quarters".split()) == (0.75, 3)
    assert parse_fraction_words("and a half - brother".split()) == (0.5, 3)  # the caller checks what follows
    assert parse_fraction_words("and a dozen".split()) is None and parse_fraction_words("and half".split()) is None
    assert duration_in(270, "month", "years") == 22.5 and duration_in(3, "week", "day") == 21
    assert duration_in(45, "years", "count") is None and duration_in(45, "year", "month") is None  # a calendar year


@pytest.mark.models
@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("He was sentenced to 22 1/2 years in prison on Friday.", "22 1/2 years", 22.5, "years"),
        ("He was sentenced to 22½ years in prison on Friday.", "22½ years", 22.5, "years"),
        ("He was sentenced to 22 ½ years in prison on Friday.", "22 ½ years", 22.5, "years"),
        ("He was sentenced to 22 and a half years in prison.", "22 and a half years", 22.5, "years"),
        ("He was jailed for 22 and one-half years.", "22 and one-half years", 22.5, "years"),
        ("She served two and a half years in prison.", "two and a half years", 2.5, "years"),
        ("He got a two-and-a-half-year sentence.", "two-and-a-half-year", 2.5, "years"),
        ("He got a 22 1/2-year sentence.", "22 1/2-year", 22.5, "years"),
        ("He spent a year and a half in jail.", "a year and a half", 1.5, "years"),
        ("The meeting lasted an hour and a half.", "an hour and a half", 1.5, "hour"),
        ("He waited half an hour for the bus.", "half an hour", 0.5, "hour"),
        ("The Fed raised rates by half a percentage point.", "half a percentage point", 0.5, "percentage points"),
        ("Prices rose 3 1/2 percent in May.", "3 1/2 percent", 3.5, "percent"),
        ("They won 2 and a half million votes.", "2 and a half million", 2.5e6, "count"),
        ("Chauvin received a 270-month prison sentence.", "270-month", 270, "month"),
    ],
)
def test_mixed_numbers_and_halves(claims, sentence, text, value, unit):
    c = find(claims(sentence), text)
    assert (c.value, c.unit, c.low, c.high) == (pytest.approx(value), unit, c.value, c.value)


@pytest.mark.models
def test_mixed_numbers_keep_hedges_ages_and_noise_rules(claims):
    c = find(claims("She served nearly two and a half years in prison."), "nearly two and a half years")
    assert (c.value, c.hedge, c.low, c.high) == (2.5, "nearly", pytest.approx(2.25), 2.5)
    c = find(claims("He was held for more than a year and a half."), "more than a year and a half")
    assert (c.value, c.low, c.high) == (1.5, 1.5, None)
    c = find(claims("About 2 1/2 million people came."), "About 2 1/2 million")
    assert (c.value, c.unit, c.low, c.high) == (2.5e6, "count", pytest.approx(2.25e6), pytest.approx(2.75e6))
    c = find(claims("A 2 1/2-year-old girl was hurt."), "2 1/2-year-old")
    assert (c.value, c.unit, c.subject) == (2.5, "years", "girl")  # an age still
    for sentence in ("He moved there a year and a half ago.", "Two and a half years later, he quit.",
                     "She has three children and a half-brother.", "The attacks of 9/11 changed everything."):
        assert [c.value for c in claims(sentence) if c.unit != "count"] == [], sentence
    assert [c.value for c in claims("She has three children and a half-brother.")] == [3]


@pytest.mark.models
def test_the_chauvin_sentence_is_22_and_a_half_years_in_each_outlets_words(claims):
    """Three outlets wrote one sentence three ways (excerpts paraphrased; the Hill's has a
    no-break space before the figure): each is 22.5 years."""
    from manysides.nlp.numbers import duration_in

    for sentence in ("The former officer was sentenced to\xa022 1/2 years in prison on Friday.",
                     "The former officer was sentenced on Friday to 22 and a half years in prison.",
                     "The former officer received a 270-month prison sentence Friday."):
        (c,) = [c for c in claims(sentence) if c.unit in ("years", "month")]
        assert duration_in(c.value, c.unit, "years") == 22.5, sentence


@pytest.mark.models
@pytest.mark.data
def test_the_three_chauvin_articles_give_22_and_a_half_years(nlp):
    from manysides.nlp.claims import extract_claims
    from manysides.nlp.numbers import duration_in

    if not DATA.exists():
        pytest.skip(f"{DATA} is absent (needs ../shared/data)")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    texts = {r["id"]: r["text"] for r in rows if r["id"].startswith("allsides-5918-")}
    assert sorted(texts) == ["allsides-5918-center", "allsides-5918-left", "allsides-5918-right"]
    for aid, text in texts.items():
        years = [duration_in(c.value, c.unit, "years") for c in extract_claims(nlp(text))]
        assert 22.5 in years, aid
