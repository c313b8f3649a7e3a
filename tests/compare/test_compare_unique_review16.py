"""Review 16's "only one outlet reports" items that are not: a market read at another moment by
another outlet of the point."""

from manysides.compare import compare_story, shared_points
from manysides.compare.numbers import differing_figures

from compare_fixtures import Draft, make_fixture


def _dow():
    a = Draft("a", "A", [("The Dow Jones Industrial Average dropped 2,013.76 points to close on Monday.", "dow"),
                         ("Crews cleared the road before dawn on Monday.", "a-x")],
              claims=[("2,013.76 points", "dow jones industrial average drop", 2013.76, "point", None, 2013.76,
                       2013.76)])
    b = Draft("b", "B", [("The Dow Jones Industrial Average dropped more than 1,800 points on Monday morning.", "dow"),
                         ("The mayor thanked the volunteers at city hall.", "b-x")],
              claims=[("more than 1,800 points", "dow jones industrial average drop", 1800, "point", "more than", 1800,
                       None)])
    return make_fixture([a, b])


def test_a_figure_another_outlet_of_the_point_reads_at_another_moment_is_no_detail_of_its_own():
    """The Dow's fall at the close (2,013.76 points) beside another outlet's "more than 1,800 points" in the
    morning (review 16: Politico's midday Dow and USA Today's close, each listed as its outlet's own): both
    report the Dow's fall, at two moments; no dispute, and no detail only one outlet gives."""
    fx = _dow()
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    assert {c.text for c in differing_figures(point, fx.articles, fx.annotations, across_moments=True)} == {
        "2,013.76 points", "more than 1,800 points"}
    report = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    assert not [u for u in report.unique if "Dow" in u.text]


def test_a_figure_of_another_quantity_in_a_shared_point_is_still_a_detail():
    """A figure whose quantity no other wording of the point gives stays one outlet's detail."""
    a = Draft("a", "A", [("The Dow Jones Industrial Average dropped 2,013.76 points on Monday as 40 traders "
                          "walked out.", "dow"), ("Crews cleared the road before dawn on Monday.", "a-x")],
              claims=[("2,013.76 points", "dow jones industrial average drop", 2013.76, "point", None, 2013.76,
                       2013.76), ("40", "trader", 40, "count", None, 40, 40)])
    b = Draft("b", "B", [("The Dow Jones Industrial Average dropped more than 1,800 points on Monday.", "dow"),
                         ("The mayor thanked the volunteers at city hall.", "b-x")],
              claims=[("more than 1,800 points", "dow jones industrial average drop", 1800, "point", "more than", 1800,
                       None)])
    fx = make_fixture([a, b])
    report = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    assert [[d.text for d in u.details] for u in report.unique if u.article == "a"] == [["40"]]
