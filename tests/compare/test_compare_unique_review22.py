"""Review 22's "only one outlet reports" items: a year another outlet tells from its day ("last year"), a date
another outlet names by month and day or by month of its year, and a sentence whose only figure the dispute stage
groups with another outlet's."""

import numpy as np
from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture

# the fixtures' articles are all published on 2026-03-03


def _details(a_sentence, a_claim, b_sentence, b_aside="A spokesman thanked the volunteers at the town hall."):
    """The details listed for outlet A's sentence (None when it is no item), outlet B's sentence a paraphrase, its
    `b_aside` on another topic."""
    a = Draft("a", "A", [("The council met on Tuesday to approve the harbour budget.", "lead"), (a_sentence, "t")],
              claims=[a_claim])
    b = Draft("b", "B", [("The council met on Tuesday and approved the harbour budget.", "lead"), (b_sentence, "t"),
                         (b_aside, "b-aside")])
    fx = make_fixture([a, b])
    for u in compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).unique:
        if u.text == a_sentence:
            return [d.text for d in u.details]
    return None


def test_a_year_another_outlet_tells_from_its_day_is_no_detail():
    """"in 2025" beside another outlet's "last year" in an article of 2026 (review 22: USA Today's "trade deficit
    with China in 2017" beside the Guardian's "last year", in 2018) gives one year. "In the last year" (a span up to
    now) tells no 2025, nor does "last year" in a sentence on another topic (review 22: CNN's Kagan "taking the bench
    last year" is no year of the Washington Times' "In 2011 the court upheld an earlier Arizona law")."""
    sentence = "The harbour board opened its new ferry terminal in 2025 after three years of building work."
    claim = ("2025", "terminal", 2025, "year", None, 2025, 2025)
    assert _details(sentence, claim, "The harbour board opened its new ferry terminal last year after three years "
                                     "of building work.") is None
    assert _details(sentence, claim, "The harbour board opened its new ferry terminal in the last year after "
                                     "three years of building work.") == ["2025"]
    assert _details(sentence, claim, "The harbour board opened its new ferry terminal after three years of building "
                                     "work.", "The mayor took office last year after a close race.") == ["2025"]


def test_a_date_another_outlet_names_by_month_and_day_or_month_is_no_detail():
    """"on Sept. 14, 2025" beside another outlet's "on September 14" (the year left out) or "in September 2025"
    (review 22's same-event BASIL items: "Sept. 11, 2012" beside "the Sept. 11 attack", "Oct. 3, 2016" beside "a
    separate October 2016 exchange"). Another day of the month, or the month of another year, is no such date."""
    sentence = "The new ferry terminal opened to passengers on Sept. 14, 2025, the harbour board said."
    claim = ("Sept. 14, 2025", "terminal", 20250914, "date", None, 20250914, 20250914)

    def b(when):
        return f"The new ferry terminal opened to passengers {when}, the harbour board said."

    assert _details(sentence, claim, b("on September 14")) is None
    assert _details(sentence, claim, b("in September 2025")) is None
    assert _details(sentence, claim, b("on Sept. 12")) == ["Sept. 14, 2025"]
    assert _details(sentence, claim, b("in September 2024")) == ["Sept. 14, 2025"]


def test_a_sentence_whose_figures_the_dispute_stage_groups_with_another_outlets_is_no_item():
    """"... leaving a trade deficit of $419 billion" beside another outlet's "$375 billion trade deficit" (review
    22: the Guardian's and USA Today's trade deficits, one quantity at two values, shown among the disputed
    figures): a sentence unlike any of the other outlet's (cosine 0.47), naming nothing new, whose only figure the
    dispute stage groups with the other outlet's is no outlet's own. A figure it does not group stays an item."""
    def listed(b_claim):
        sentence = "Exports shrank sharply over the year, leaving a trade deficit of $419 billion with the neighbour."
        a = Draft("a", "A", [("The government raised import duties on steel and cars on Friday.", "lead"),
                             (sentence, "a-deficit")],
                  claims=[("$419 billion", "trade deficit", 419e9, "USD", None, 419e9, 419e9)])
        b = Draft("b", "B", [("The government raised its import duties on steel and cars on Friday.", "lead"),
                             ("Officials said the trade deficit with the neighbour reached $375 billion.",
                              "b-deficit")], claims=[b_claim])
        fx = make_fixture([a, b])
        other = np.zeros_like(fx.vectors["a"][1])
        other[-1] = 1.0
        fx.vectors["b"][1] = 0.47 * fx.vectors["a"][1] + np.sqrt(1 - 0.47 ** 2) * other
        report = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
        return sentence in [u.text for u in report.unique], [[c.text for c in d.claims] for d in report.disputed]

    assert listed(("$375 billion", "trade deficit", 375e9, "USD", None, 375e9, 375e9)) == (
        False, [["$419 billion", "$375 billion"]])
    assert listed(("$375 billion", "cargo", 375e9, "USD", None, 375e9, 375e9)) == (True, [])


def test_the_years_and_days_a_text_tells():
    from manysides.compare.unique import days_named, years_told

    assert years_told("It opened last year; more will follow next year.", "2026-03-03") == {2025, 2027}
    assert years_told("It opened in the last year.", "2026-03-03") == set()
    assert years_told("It opened last year.", None) == set()
    assert days_named("after 9/11, on 14th September and in May 2019") == {(0, 9, 11), (0, 9, 14), (2019, 5, 0)}


def test_covid_19_is_the_coronavirus_another_outlet_names():
    """"COVID-19" where another outlet writes "the coronavirus" or "Covid" is one name in two forms, as "ISIS" is
    "Islamic State" (unique_items.py's roundups: four items listed only for "COVID-19" or "COVID", each judged
    given). A name the other outlet never gives in any form stays a detail."""
    def details(b_sentence):
        sentence = "Hospital admissions for COVID-19 rose by a fifth in the city over the past week, officials said."
        a = Draft("a", "A", [("The city reopened its schools on Monday after the winter break.", "lead"),
                             (sentence, "a-t")], entities=[("COVID-19", "COVID-19", "PRODUCT")])
        b = Draft("b", "B", [("The city reopened its schools on Monday after the long winter break.", "lead"),
                             (b_sentence, "b-t")])
        fx = make_fixture([a, b])
        other = np.zeros_like(fx.vectors["a"][1])
        other[-1] = 1.0
        fx.vectors["b"][1] = 0.6 * fx.vectors["a"][1] + 0.8 * other
        return [[d.text for d in u.details] for u in compare_story(fx.story, fx.articles, fx.annotations,
                                                                    fx.vectors).unique if u.text == sentence]

    assert details("More people were taken to hospital with the coronavirus in the city this week.") == []
    assert details("More people were taken to hospital with Covid in the city this week.") == []
    assert details("More people were taken to hospital with the flu in the city this week.") == [["COVID-19"]]


def test_a_span_of_years_another_outlet_tells_by_the_year_it_began_is_no_detail():
    """"by the most in 14 years" beside another outlet's "the fastest pace since 2012" in an article of 2026 (the
    roundups' "biggest cost-of-living adjustment in 39 years" beside "the steepest annual adjustment since 1982",
    in 2021, judged given): one span, a year either way for the months between. A span that began in another year
    stays a detail."""
    sentence = "Food prices rose by the most in 14 years last month, the statistics office said on Tuesday."
    claim = ("14 years", "most", 14, "years", None, 14, 14)

    def b(since):
        return f"Food prices rose at the fastest pace since {since} last month, the statistics office said on Tuesday."

    assert _details(sentence, claim, b("2012")) is None
    assert _details(sentence, claim, b("March 2012")) is None
    assert _details(sentence, claim, b("2001")) == ["14 years"]
