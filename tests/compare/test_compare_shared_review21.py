"""Review 21's shared points: a small move in a phrase, a sector's figure beside the whole's, a change by an amount
beside a level."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_fixture


def _articles_of_points(drafts, **kw):
    fx = make_fixture(drafts)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_a_small_move_in_a_phrase_is_a_move():
    """Review 21: Fox's "showing the unemployment rate dropping to 7.8 percent, dipping below 8 percent" (September's
    report) stood in one point with CNN's "unemployment inched up to 7.9%": "inched up", "edged up", "ticked down",
    "dipped", "slipped" are moves too. An idiom ("slipped away", "dipped into") is none."""
    def draft(name, sentence):
        return Draft(name, name.upper(), [(sentence, "x")])

    up = draft("a", "The town's vacancy rate inched up last month, the housing office said.")
    down = draft("b", "The town's vacancy rate dipped last month, the housing office said.")
    assert _articles_of_points([up, down]) == []
    assert _articles_of_points([up, down], tell_apart=False) == [("a", "b")]
    assert _articles_of_points([draft("c", "The town's vacancy rate edged up last month, the housing office said."),
                                draft("d", "The town's vacancy rate ticked down last month, the housing office "
                                           "said.")]) == []
    # two small rises are one point; an idiom of "slip" or "dip" is no fall
    assert _articles_of_points([up, draft("e", "The town's vacancy rate edged up last month, the office said.")]) \
        == [("a", "e")]
    assert _articles_of_points([up, draft("f", "The town's vacancy rate rose as tenants slipped away last month, "
                                               "the office said.")]) == [("a", "f")]


def test_a_sectors_figure_is_not_the_wholes():
    """Review 21: CNN's "the entire private sector adding 184,000 people to the payroll" stood in one point with NPR's
    "private and public employers added 171,000 jobs": a sector's figure beside the whole economy's, two quantities
    (as the disputes read them, review 17). Two figures of one sector that differ stay one point (a dispute)."""
    a = Draft("a", "A", [("The region's private sector added 5,200 jobs in May, the state said.", "x")],
              claims=[("5,200", "job", 5200, "count", None, 5200, 5200)])
    b = Draft("b", "B", [("Employers in the region added 4,100 jobs in May, the state said.", "x")],
              claims=[("4,100", "job", 4100, "count", None, 4100, 4100)])
    assert _articles_of_points([a, b]) == []
    assert _articles_of_points([a, b], tell_apart=False) == [("a", "b")]
    c = Draft("c", "C", [("The region's private sector added 4,900 jobs in May, officials said.", "x")],
              claims=[("4,900", "job", 4900, "count", None, 4900, 4900)])
    assert _articles_of_points([a, c]) == [("a", "c")]


def test_a_change_by_an_amount_is_not_the_level():
    """Review 21: Fox's "the number of unemployed has shrunk by 1.5 million" stood in one point with CNN's "Roughly
    12.3 million people remain unemployed, 40.6% of whom have been so for more than six months" (whose "more than six
    months", open above, was read as alike to 1.5 million people: figures of two units are never alike). A change
    by an amount beside a level said to stand, or reached, is two quantities; two changes that differ stay one
    point."""
    a = Draft("a", "A", [("The number of farms in the county has shrunk by 1,200 since 2010, the survey shows.", "x")],
              claims=[("1,200", "farm", 1200, "count", None, 1200, 1200)])
    b = Draft("b", "B", [("Roughly 8,400 farms remain in the county, 30% of them for more than six months idle.",
                          "x")],
              claims=[("Roughly 8,400", "farm", 8400, "count", "roughly", 7560, 9240),
                      ("30%", "farm", 30, "percent", None, 30, 30),
                      ("more than six months", "farm", 6, "month", "more than", 6, None)])
    assert _articles_of_points([a, b]) == []
    assert _articles_of_points([a, b], tell_apart=False) == [("a", "b")]
    c = Draft("c", "C", [("The number of farms in the county has fallen to 8,400, the survey shows.", "x")],
              claims=[("8,400", "farm", 8400, "count", None, 8400, 8400)])
    assert _articles_of_points([a, c]) == []
    d = Draft("d", "D", [("The number of farms in the county has shrunk by 1,500 since 2010, officials say.", "x")],
              claims=[("1,500", "farm", 1500, "count", None, 1500, 1500)])
    assert _articles_of_points([a, d]) == [("a", "d")]
