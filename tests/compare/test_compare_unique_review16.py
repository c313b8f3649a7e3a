"""Review 16's "only one outlet reports" items that are not: a market read at another moment by
another outlet of the point, and a sentence that begins inside someone's quotation."""

from manysides.compare import compare_story, shared_points, unique_points
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


def test_a_sentence_that_begins_inside_a_quotation_is_not_listed_alone():
    """Trump's "... Nothing is shut down ... At this moment there are 546 confirmed cases ..." quoted over
    several sentences (review 16): a sentence inside the quotation shows its middle without its opening or
    its speaker. The sentence that opens it, one that closes it naming its speaker, and prose after it closes
    (also by two apostrophes), are listed."""
    a = Draft("a", "A", [("“Last year 37,000 residents of Pruitt County caught the flu,” Mayor Ada Vale said.", "flu"),
                         ("“Nothing is shut down in Pruitt County.", "shut"),
                         ("At this moment there are 546 confirmed cases in Pruitt County, with 22 deaths.”", "cases"),
                         ("“The clinics of Pruitt County are ready.", "clinic"),
                         ("Nurses came from 12 towns,’’ said Ada Vale, the mayor of Pruitt County.", "nurse"),
                         ("Officials in Pruitt County counted 14 new clinics on Monday.", "count")],
              entities=[("Pruitt County", "Pruitt County", "GPE"), ("Ada Vale", "Ada Vale", "PERSON")],
              claims=[("37,000", "resident", 37000, "count", None, 37000, 37000),
                      ("546", "case", 546, "count", None, 546, 546), ("22", "death", 22, "count", None, 22, 22),
                      ("12", "town", 12, "count", None, 12, 12), ("14", "clinic", 14, "count", None, 14, 14)])
    b = Draft("b", "B", [("An unrelated storm closed the coastal highway near Port Wren.", "other")],
              entities=[("Port Wren", "Port Wren", "GPE")])
    fx = make_fixture([a, b])
    listed = [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"]
    assert not any(t.startswith("At this moment") for t in listed)
    assert any(t.startswith("“Last year") for t in listed) and any(t.startswith("Officials") for t in listed)
    # one that closes the quotation and names its speaker can be placed
    assert any(t.startswith("Nurses came") for t in listed)
