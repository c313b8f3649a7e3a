"""Review 36's disputes (session 47, helper A): two forecasts of two pollsters, and a figure the outlet gives too of
the other outlet's subject (all sentences invented)."""

from manysides.compare import disputed_numbers
from manysides.compare.numbers import surveys_apart
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _disputes(sa, a_claims, sb, b_claims, a_more=(), b_more=()):
    a = Draft("a", "A", [(sa, "t"), *a_more, ("The committee met again on Thursday morning.", "a-x")],
              claims=a_claims)
    b = Draft("b", "B", [(sb, "t"), *b_more, ("A spokesman thanked the organisers at the town hall.", "b-x")],
              claims=b_claims)
    fx = make_fixture([a, b])
    return [[c.text for c in d.claims] for d in disputed_numbers(fx.articles, fx.annotations, fx.vectors)]


def _rate(text, value):
    return (text, "jobless rate", value, "percent", None, value, value)


def test_two_pollsters_forecasts_are_no_dispute():
    """"Economists surveyed by X had predicted ... 8%" and "forecast ... 7.9 percent, according to the [Y] survey
    median": what two pollsters' panels expected, not one figure two outlets give differently."""
    assert _disputes(
        "Economists surveyed by Harbourline had predicted that the jobless rate had risen to 8% in the storm month.",
        [_rate("8%", 8)],
        "The jobless rate in the storm month was forecast to hold at 7.9 percent, according to the [Tidewire] survey "
        "median.", [_rate("7.9 percent", 7.9)]) == []


def test_one_pollsters_forecast_given_differently_stays_disputed():
    """Control: both outlets cite the same pollster's forecast and give it differently."""
    assert _disputes(
        "Economists surveyed by Harbourline had predicted that the jobless rate had risen to 8% in the storm month.",
        [_rate("8%", 8)],
        "Economists polled by Harbourline had predicted that the jobless rate had risen to 8.4% in the storm month.",
        [_rate("8.4%", 8.4)]) == [["8%", "8.4%"]]


def test_surveys_apart_reads_bracketed_makers_and_the_people_surveyed_by_one():
    def c(sentence):
        return Claim("8%", "x", 8, "percent", None, 8, 8, 0, 1, sentence)

    assert surveys_apart(c("Economists surveyed by Harbourline had predicted 8%."),
                         c("It was forecast at 8%, according to the [Tidewire] survey median."))
    assert surveys_apart(c("Analysts polled by Harbourline expected 8%."), c("A Tidewire poll put it at 8%."))
    assert not surveys_apart(c("Economists surveyed by Harbourline had predicted 8%."),
                             c("The [Harbourline] survey median was 8%."))
    assert not surveys_apart(c("Economists surveyed by Harbourline had predicted 8%."), c("Economists expected 8%."))


def test_a_part_against_the_whole_that_its_outlet_gives_too_is_no_dispute():
    """A: "lost 12,000 jobs in tinned food" and "overall factory jobs fell 7,000"; B: "Factories cut 7,000
    jobs": A gives B's figure too, of B's subject, so its 12,000 counts something else."""
    assert _disputes(
        "Factories lost 12,000 jobs in tinned food as a bakery closed.",
        [("12,000", "job", 12000, "count", None, 12000, 12000),
         ("7,000", "overall factory job", 7000, "count", None, 7000, 7000)],
        "Factories cut 7,000 jobs, but most of the losses there came from tinned food.",
        [("7,000", "job", 7000, "count", None, 7000, 7000)],
        a_more=[("Still, overall factory jobs fell 7,000.", "u")]) == []


def test_a_figure_the_outlet_does_not_give_too_stays_disputed():
    """Control: A gives no 7,000 anywhere, so its 12,000 against B's 7,000 is listed as before."""
    assert _disputes(
        "Factories lost 12,000 jobs in tinned food as a bakery closed.",
        [("12,000", "job", 12000, "count", None, 12000, 12000)],
        "Factories cut 7,000 jobs, but most of the losses there came from tinned food.",
        [("7,000", "job", 7000, "count", None, 7000, 7000)],
        a_more=[("Still, overall factory jobs fell sharply.", "u")]) == [["12,000", "7,000"]]
