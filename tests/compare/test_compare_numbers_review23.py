"""Review 23's figures: a bound rounding another outlet's exact figure, two surveys' results, and a hypothetical
verb that governs another clause (all sentences invented)."""

from manysides.compare import disputed_numbers, shared_points
from manysides.compare.numbers import _kind, differing_figures, rounded_bound, surveys_apart
from manysides.records import Claim, Evidence, SharedPoint

from compare_fixtures import Draft, make_fixture


def _point(a_sentence, a_claims, b_sentence, b_claims):
    a = Draft("a", "A", [(a_sentence, "t"), ("The committee met again on Thursday morning.", "a-x")], claims=a_claims)
    b = Draft("b", "B", [(b_sentence, "t"), ("A spokesman thanked the organisers at the town hall.", "b-x")],
              claims=b_claims)
    fx = make_fixture([a, b])
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    return fx, point


def test_a_bound_rounding_the_other_outlets_exact_figure_does_not_differ():
    """"more than 40 countries" for 45 (cut to its tens): one figure, given roughly by one outlet."""
    fx, point = _point(
        "Travellers from 45 countries were on the ferry when it sank off the northern coast.",
        [("45 countries", "countries", 45, "count", None, 45, 45)],
        "Travellers from more than 40 countries were on the ferry when it sank off the northern coast.",
        [("more than 40 countries", "countries", 40, "count", "more than", 40, None)])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_a_bound_farther_off_still_differs():
    """"at least 150" for 180: 150's step is ten, 180 is no rounding of it; listed as before."""
    fx, point = _point(
        "Rescuers said 180 people were hurt when the ferry sank off the northern coast.",
        [("180 people", "people hurt", 180, "count", None, 180, 180)],
        "Rescuers said at least 150 people were hurt when the ferry sank off the northern coast.",
        [("at least 150 people", "people hurt", 150, "count", "at least", 150, None)])
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == ["180 people",
                                                                                        "at least 150 people"]


def test_rounded_bound_reads_the_hedges_side_and_step():
    def c(value, hedge=None, low=None, high=None):
        return Claim(str(value), "x", value, "count", hedge, value if low is None else low,
                     value if high is None and hedge is None else high, 0, 1)

    assert rounded_bound(c(35), c(30, "more than", 30, None))
    assert not rounded_bound(c(157), c(100, "more than", 100, None))  # past the slack (25 %)
    assert rounded_bound(c(115), c(100, "more than", 100, None))
    assert rounded_bound(c(157), c(160, "nearly", 144, 160))
    assert not rounded_bound(c(180), c(150, "at least", 150, None))
    assert not rounded_bound(c(45), c(30, "more than", 30, None))  # two tens off
    assert not rounded_bound(c(25), c(30, "more than", 30, None))  # the wrong side
    assert not rounded_bound(c(35), c(32, "more than", 32, None))  # no round figure
    assert not rounded_bound(c(35, "about", 31.5, 38.5), c(30, "more than", 30, None))  # no exact figure


def test_two_makers_surveys_are_two_quantities():
    """Two polls on one question by two makers give two results, not one figure the outlets give differently."""
    sa = "A recent Harbour Gazette poll found 41 percent of residents back the new bridge, while 30 percent oppose it."
    sb = ("A Tidewater/Marsh Institute poll released last week found 55% of residents back the new bridge, with 20% "
          "opposed.")
    a = Draft("a", "A", [(sa, "t"), ("The committee met again on Thursday morning.", "a-x")],
              claims=[("41 percent", "residents back bridge", 41, "percent", None, 41, 41),
                      ("30 percent", "oppose", 30, "percent", None, 30, 30)])
    b = Draft("b", "B", [(sb, "t"), ("A spokesman thanked the organisers at the town hall.", "b-x")],
              claims=[("55%", "residents back bridge", 55, "percent", None, 55, 55),
                      ("20%", "opposed", 20, "percent", None, 20, 20)])
    fx = make_fixture([a, b])
    arts = {x.outlet: x for x in fx.articles}
    point = SharedPoint(sa, (arts["A"].id, arts["B"].id),
                        (Evidence(arts["A"].id, 0, len(sa), sa), Evidence(arts["B"].id, 0, len(sb), sb)))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_surveys_apart_needs_a_maker_named_in_each_sentence():
    def c(sentence):
        return Claim("41 percent", "x", 41, "percent", None, 41, 41, 0, 1, sentence)

    assert surveys_apart(c("A Harbour Gazette poll found 41 percent back it."),
                         c("A poll by Tidewater found 41 percent back it."))
    assert not surveys_apart(c("A Harbour Gazette poll found 41 percent back it."),
                             c("The Harbour Gazette survey found 41 percent back it."))
    assert not surveys_apart(c("A Harbour Gazette poll found 41 percent back it."),
                             c("Polls show 41 percent back it."))


def test_a_hypothetical_verb_before_a_conjunction_does_not_govern_the_figure():
    """"facing questions after a crash killed all 42": the toll is stated; "faces up to 12 years" is not."""
    def c(text, sentence):
        return Claim(text, "people kill", 42, "count", None, 42, 42, 0, 1, sentence)

    assert _kind(c("42", "The carmaker is facing questions after a coach crash on Friday killed all 42 people.")) \
        == "count"
    assert _kind(c("42", "The carmaker is facing 42 lawsuits over the coach crash.")) == "count hypothetical"


def test_a_toll_stated_after_facing_counts_as_given_beside_an_earlier_crashs():
    """An outlet giving this crash's 42 after "facing questions", and an earlier crash's 97 in another paragraph,
    does not dispute another outlet's 42 (it gives that figure too)."""
    a = Draft("a", "A", [
        ("The carmaker is facing questions after a coach crash on Friday killed all 42 people aboard.", "lead"),
        ("The crash killed 97 people.", "toll")],
        claims=[("42 people", "people kill", 42, "count", None, 42, 42),
                ("97 people", "people kill", 97, "count", None, 97, 97)])
    b = Draft("b", "B", [("All 42 people aboard the coach were killed in the crash.", "toll"),
                         ("The driver had worked for the firm for a decade.", "b2")],
              claims=[("42 people", "people kill", 42, "count", None, 42, 42)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
