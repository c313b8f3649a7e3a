"""Review 16's figures: a market read at two moments of its day, and "one" that picks one out."""

from manysides.compare import disputed_numbers, shared_points
from manysides.compare.numbers import differing_figures

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    return make_fixture([Draft("a", "A", [(a_sentence, "t")], claims=[a_claim]),
                         Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])])


def _disputed(fx):
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_a_markets_figures_are_compared_only_at_the_close():
    """The Dow down 7.8% "to close at 23,851.02" against 4.9% written at midday, Brent down 24.1% against
    "nearly 19%", a yield "briefly dipping to 0.318%" against "plunged to 0.59%" (review 16): readings of a
    market at two moments, not outlets disagreeing. Two closing figures, and figures of what is no market,
    still are."""
    fx = _pair("The Dow Jones Industrial Average dropped 2,013.76 points, or 7.8%, to close at 23,851.02 on Monday.",
               ("7.8%", "dow jones industrial average drop point", 7.8, "percent", None, 7.8, 7.8),
               "The Dow Jones Industrial Average lost 1,255 points, or 4.9%, to 24,605 after briefly being down "
               "more than 2,000.", ("4.9%", "dow jones industrial average lose point", 4.9, "percent", None, 4.9, 4.9))
    assert _disputed(fx) == ()
    fx = _pair("Brent crude, the international benchmark, dropped 24.1% to $34.36 a barrel.",
               ("24.1%", "brent crude", 24.1, "percent", None, 24.1, 24.1),
               "With Brent crude oil falling nearly 19% to just under $37 a barrel, energy stocks sank.",
               ("nearly 19%", "brent crude oil", 19, "percent", "nearly", 18, 19))
    assert _disputed(fx) == ()
    fx = _pair("The 10-year Treasury yield resumed its decline, briefly dipping to 0.318%.",
               ("0.318%", "yield", 0.318, "percent", None, 0.318, 0.318),
               "The yield on the 10-year Treasury note plunged to 0.59%.",
               ("0.59%", "yield", 0.59, "percent", None, 0.59, 0.59))
    assert _disputed(fx) == ()
    # both the day's close: one quantity, disputed
    fx = _pair("The Dow Jones Industrial Average dropped 7.8% to close at 23,851.02 on Monday.",
               ("7.8%", "dow jones industrial average drop", 7.8, "percent", None, 7.8, 7.8),
               "The Dow Jones Industrial Average closed down 4.9% on Monday at 24,605.",
               ("4.9%", "dow jones industrial average close", 4.9, "percent", None, 4.9, 4.9))
    assert len(_disputed(fx)) == 1
    # no market: a rate two outlets give is still compared
    fx = _pair("The unemployment rate rose to 7.8% in September, the Labor Department said.",
               ("7.8%", "unemployment rate", 7.8, "percent", None, 7.8, 7.8),
               "The Labor Department said the unemployment rate rose to 4.9% in September.",
               ("4.9%", "unemployment rate", 4.9, "percent", None, 4.9, 4.9))
    assert len(_disputed(fx)) == 1


def test_a_shared_points_market_figures_read_at_two_moments_do_not_differ():
    a = Draft("a", "A", [("The Dow Jones Industrial Average dropped 2,013.76 points on Monday, its worst day since 2008.",
                          "dow"), ("Crews cleared the road before dawn on Monday.", "a-x")],
              claims=[("2,013.76 points", "dow jones industrial average drop", 2013.76, "point", None, 2013.76,
                       2013.76)])
    b = Draft("b", "B", [("The Dow Jones Industrial Average dropped more than 1,800 points on Monday morning.", "dow"),
                         ("The mayor thanked the volunteers at city hall.", "b-x")],
              claims=[("more than 1,800 points", "dow jones industrial average drop", 1800, "point", "more than", 1800,
                       None)])
    fx = make_fixture([a, b])
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_one_picked_out_after_a_preposition_is_no_count():
    """"turns back toward one officer and points the Taser" against "struggling with two officers"
    (review 16): "one" singles out an officer, it does not count the officers. "One officer" as the
    subject still counts."""
    fx = _pair("As Brooks runs away, he turns back toward one officer and points the Taser.",
               ("one", "officer", 1, "count", None, 1, 1),
               "A video showed Brooks struggling with two officers on the ground before breaking free.",
               ("two", "officer", 2, "count", None, 2, 2))
    assert _disputed(fx) == ()
    fx = _pair("One officer fired at Brooks as he ran across the parking lot.",
               ("One", "officer", 1, "count", None, 1, 1),
               "Two officers fired at Brooks as he ran across the parking lot.",
               ("Two", "officer", 2, "count", None, 2, 2))
    assert len(_disputed(fx)) == 1
