"""A future said in reported speech beside the deed (session 45, helper F, review 33; invented sentences): "said he
would force a vote on the board's decision" / "the board voted", "said she would veto the budget" / "vetoed the
budget"."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _pair(a_sentence: str, b_sentence: str, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' sentences made 0.75 alike (an edge with a margin)."""
    fx = make_fixture([Draft("a", "A", [(a_sentence, "x")]), Draft("b", "B", [(b_sentence, "y")])])
    make_alike(fx, "a", 0, "b", 0)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_a_reported_future_is_not_the_deed():
    """Review 33: Reuters' "The top U.S. Senate Democrat said on Friday he would force a vote on the Federal
    Communications Commission's decision to repeal landmark net neutrality rules, ..." stood in one point with
    BuzzFeed's "The Federal Communications Commission voted to repeal Obama-era regulations ...". "said he would
    VERB" is a future as "will VERB" is, and so is the noun the future verb takes ("force a vote": "voted")."""
    for future, deed in (("The union leader said on Friday he would force a vote on the board's decision to close the "
                          "plant in Velmor.",
                          "The board of the Velmor plant voted to close it on Thursday, ending ninety years of work."),
                         ("Mayor Orrin Vale said on Monday that she would veto the harbour budget of the council.",
                          "Mayor Orrin Vale vetoed the harbour budget of the council on Monday, her office said.")):
        assert _pair(future, deed) == [], future
        assert _pair(future, deed, tell_apart=False) == [("a", "b")]


def test_two_futures_or_a_future_told_beside_its_deed_stay_one_point():
    """Controls: two plans in two words, a future whose sentence tells the deed too, a hypothetical "would" that no
    one said they would do, a deed told only inside the speaker's quoted words, and a future beside a sentence with no
    past deed keep their points."""
    assert _pair("Mayor Orrin Vale said on Monday that she would veto the harbour budget passed by the council.",
                 "Mayor Orrin Vale vowed to veto the harbour budget the council passed on Monday.") == [("a", "b")]
    assert _pair("Mayor Orrin Vale said she would veto the harbour budget, and on Monday she vetoed it.",
                 "Mayor Orrin Vale vetoed the harbour budget passed by the council on Monday.") == [("a", "b")]
    assert _pair("A veto of the harbour budget would leave the port without money, the council's clerk warned.",
                 "Mayor Orrin Vale vetoed the harbour budget passed by the council on Monday.") == [("a", "b")]
    # the deed in the speaker's own quoted words (a judged BASIL pair: '"I asked that changes be made ...,"
    # Hutchinson said' / "the governor said he would ask lawmakers to ...", one point)
    assert _pair("“I asked that changes be made to the harbour budget,” Mayor Orrin Vale said on Monday.",
                 "On Monday the mayor said she would ask the council to change the harbour budget.") == [("a", "b")]
    assert _pair("The union leader said on Friday he would force a vote on the board's decision to close the plant.",
                 "Union members are to hold a vote on the board's decision to close the plant next week.") \
        == [("a", "b")]
