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
