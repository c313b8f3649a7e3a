"""Review 22's figures: two estimates of one count, each in the other's range, are one figure given roughly."""

from manysides.compare import disputed_numbers, shared_points
from manysides.compare.numbers import differing_figures, one_estimate
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _point(a_sentence, a_claim, b_sentence, b_claim):
    a = Draft("a", "A", [(a_sentence, "t"), ("The committee met again on Thursday morning.", "a-x")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t"), ("A spokesman thanked the organisers at the town hall.", "b-x")],
              claims=[b_claim])
    fx = make_fixture([a, b])
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    return fx, point


def test_two_estimates_each_in_the_others_range_do_not_differ():
    """"an estimated 2.3 million" and "about 2.5 million" households: each figure in the other's hedge (10 %), one
    estimate each outlet rounds its own way; neither a dispute nor figures listed as differing."""
    fx, point = _point(
        "The new scheme will give cheaper power to an estimated 2.3 million households across the region.",
        ("an estimated 2.3 million households", "households", 2.3e6, "count", "an estimated", 2.07e6, 2.53e6),
        "The new scheme will give cheaper power to about 2.5 million households across the region.",
        ("about 2.5 million households", "households", 2.5e6, "count", "about", 2.25e6, 2.75e6))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_an_exact_figure_or_estimates_out_of_each_others_range_still_differ():
    """An exact 2.3 million beside "about 2.5 million" gives one outlet's count, and "about 2 million" beside
    "about 2.5 million" (2.5 beyond 2 million's 10 %) are two estimates: both still listed."""
    fx, point = _point(
        "The new scheme will give cheaper power to 2.3 million households across the region.",
        ("2.3 million households", "households", 2.3e6, "count", None, 2.3e6, 2.3e6),
        "The new scheme will give cheaper power to about 2.5 million households across the region.",
        ("about 2.5 million households", "households", 2.5e6, "count", "about", 2.25e6, 2.75e6))
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == [
        "2.3 million households", "about 2.5 million households"]
    fx, point = _point(
        "The new scheme will give cheaper power to about 2 million households across the region.",
        ("about 2 million households", "households", 2e6, "count", "about", 1.8e6, 2.2e6),
        "The new scheme will give cheaper power to about 2.5 million households across the region.",
        ("about 2.5 million households", "households", 2.5e6, "count", "about", 2.25e6, 2.75e6))
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == [
        "about 2 million households", "about 2.5 million households"]


def test_one_estimate_needs_a_range_around_each_figure():
    def c(value, low, high, unit="count"):
        return Claim(str(value), "x", value, unit, None, low, high, 0, 1)

    assert one_estimate(c(140, 126, 154), c(150, 135, 165))
    assert not one_estimate(c(140, 140, 140), c(150, 135, 165))  # an exact figure
    assert not one_estimate(c(140, 126, 140), c(150, 135, 165))  # "nearly 140": one-sided
    assert not one_estimate(c(140, 126, 154), c(150, 135, 165, "USD"))
    assert not one_estimate(c(100, 90, 110), c(150, 135, 165))


def _deficits(a_sentence, a_claim):
    """Outlet A's trade deficit beside outlet B's "... last year, leaving a trade deficit of $419 billion" (both
    articles of 2026), the sentences on one topic."""
    a = Draft("a", "A", [(a_sentence, "t"), ("The committee met again on Thursday morning.", "a-x")], claims=[a_claim])
    b = Draft("b", "B", [("Imports from the neighbour reached $540 billion last year, leaving a trade deficit of "
                          "$419 billion.", "t"), ("A spokesman thanked the organisers at the town hall.", "b-x")],
              claims=[("$419 billion", "trade deficit", 419e9, "USD", None, 419e9, 419e9)])
    fx = make_fixture([a, b])
    return [[c.text for c in d.claims] for d in disputed_numbers(fx.articles, fx.annotations, fx.vectors)]


def test_a_year_right_after_a_figure_says_when_it_held():
    """"a record $375 billion trade deficit with the neighbour in 2025" in an article of 2026 is last year's figure,
    as the other outlet's deficit in a sentence opening "... last year" is (review 22: USA Today's "in 2017" beside
    the Guardian's "last year", never compared, each deficit listed as only one outlet's): the two are disputed.
    A year after "since" ("the highest since 2019") or after another figure says nothing of when it held."""
    claim = ("$375 billion", "record trade deficit", 375e9, "USD", None, 375e9, 375e9)
    assert _deficits("The country ran a record $375 billion trade deficit with the neighbour in 2025, customs data "
                     "showed.", claim) == [["$375 billion", "$419 billion"]]
    assert _deficits("The country ran a $375 billion trade deficit with the neighbour, the highest since 2019, "
                     "customs data showed.", claim) == []


def test_the_rest_of_a_figures_clause_names_an_earlier_time():
    from manysides.compare.numbers import _earlier_after

    def earlier(sentence, figure, year=2026):
        return _earlier_after(sentence, sentence.index(figure) + len(figure), year)

    assert earlier("a record $375 billion trade deficit with the neighbour in 2025, customs data showed", "billion")
    assert earlier("a deficit of $375 billion last year", "billion")
    assert earlier("spent $120 million during fiscal 2024 alone", "million")
    assert not earlier("a record $375 billion deficit in 2026", "billion")  # the article's own year
    assert not earlier("killed 130, the deadliest attack since 2007", "130")  # a clause break
    assert not earlier("killed 130 in the deadliest attack since 2007", "130")  # "since": a time set against
    assert not earlier("the rate fell to 4% from 4.5% in 2024", "4%")  # the year of another figure
    assert not earlier("sales rose 5% over last year", "5%")
