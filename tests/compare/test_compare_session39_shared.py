"""Shared points that pair different statements (session 39, reviews 26 and 24): a plan beside what happened, two
readings of an election's count at two stages (invented sentences)."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike as _alike, make_fixture


def _points(drafts, alike=(), **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        _alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_what_is_slated_to_happen_is_not_what_happened():
    """Review 26: "A vote was slated for Thursday afternoon." (another chamber's) stood in one point with "Wednesday's
    second vote was pivotal:"; review 24: McCabe "is set to take Comey's spot at another, public hearing Thursday"
    with his becoming acting director. A plan beside a sentence that says nothing of the future is two statements;
    two plans ("will vote"), or a schedule in a clause of "which", stay one point."""
    plan = Draft("a", "A", [("A second vote on the harbor bill was slated for Thursday afternoon in the council.",
                             "x")])
    held = Draft("b", "B", [("The council's second vote on the harbor bill was decisive for the ferry owners.", "x")])
    assert _points([plan, held], [("a", 0, "b", 0)]) == []
    assert _points([plan, held], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    set_to = Draft("c", "C", [("Deputy harbor master Ann Pell, now in charge, is set to testify at a hearing on the "
                               "ferries Thursday.", "y")])
    took = Draft("d", "D", [("Deputy harbor master Ann Pell has taken charge of the ferries, the mayor's office "
                             "said.", "y")])
    assert _points([set_to, took], [("c", 0, "d", 0)]) == []
    # two plans: one point
    will = Draft("e", "E", [("The council will hold a second vote on the harbor bill on Thursday afternoon.", "x")])
    assert _points([plan, will], [("a", 0, "e", 0)]) == [("a", "e")]
    # a schedule told in a clause of "which" is background to what happened
    which = Draft("f", "F", [("The second vote on the harbor bill, which was scheduled for Thursday, was decisive "
                              "for the ferry owners.", "x")])
    assert _points([which, held], [("f", 0, "b", 0)]) == [("f", "b")]
    # a plan in a clause joined on after what happened is one of its statements
    joined = Draft("g", "G", [("The council's second vote on the harbor bill was decisive, and a third vote was slated "
                               "for Thursday.", "x")])
    assert _points([joined, held], [("g", 0, "b", 0)]) == [("g", "b")]
    # two sentences preparing the same step: one point
    ready = Draft("h", "H", [("The two towns are preparing to reopen the ferry docks on each other's shores.", "z")])
    set_for = Draft("i", "I", [("And the two towns are set to reopen the ferry docks, with talks beginning in the "
                                "coming weeks.", "z")])
    assert _points([ready, set_for], [("h", 0, "i", 0)]) == [("h", "i")]


def _percent(written, value):
    return (written, "share", value, "percent", None, None, None)


def test_two_readings_of_a_count_at_two_stages_are_two_moments():
    """Review 26: "With about 21 percent of the precincts counted, Walker maintains a sizable lead of 61 percent to 38
    percent." stood in one point with "With nearly all precincts reporting, Walker had 53 percent of the vote,
    compared with 46 percent for Barrett.": two readings of the count. Two readings at one stage, or results that
    share a figure, stay one point (a dispute the point shows)."""
    early = Draft("a", "A", [("With about 20 percent of the precincts counted, Lind holds a wide lead of 64 percent "
                              "to 35 percent.", "x")],
                  claims=[_percent("20 percent", 20), _percent("64 percent", 64), _percent("35 percent", 35)])
    late = Draft("b", "B", [("With nearly all precincts reporting, Lind had 55 percent of the vote, compared with 44 "
                             "percent for Amos.", "x")],
                 claims=[_percent("55 percent", 55), _percent("44 percent", 44)])
    assert _points([early, late], [("a", 0, "b", 0)]) == []
    assert _points([early, late], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    final = Draft("c", "C", [("With all precincts reporting, Lind won 55 percent of the vote to Amos's 44 percent in "
                              "the recall.", "x")],
                  claims=[_percent("55 percent", 55), _percent("44 percent", 44)])
    assert _points([late, final], [("b", 0, "c", 0)]) == [("b", "c")]
