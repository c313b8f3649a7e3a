"""A denial said without a negated verb beside what it denies (session 45, helper F; invented sentences): "called the
claims that it paid the contractor false", "said reports that ... were false", "dismissed as baseless reports that
..."; and two denials in other words, one of them with no negation word, stay one point."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture

PAID = "The ministry paid the contractor for the bridge in March, auditors found."


def _pair(a_sentence: str, b_sentence: str, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' sentences made 0.75 alike (an edge with a margin)."""
    fx = make_fixture([Draft("a", "A", [(a_sentence, "x")]), Draft("b", "B", [(b_sentence, "y")])])
    make_alike(fx, "a", 0, "b", 0)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_a_claim_called_false_is_not_the_deed():
    """The claim's noun and "that" open what is denied when the sentence calls it false (or baseless, untrue, ...):
    the deed told plainly by another outlet is what the denial denies, not one point with it."""
    for denial in ("The ministry called the claims that it paid the contractor false.",
                   "The ministry said the reports that it paid the contractor were false.",
                   "The ministry dismissed as baseless reports that it paid the contractor for the bridge."):
        assert _pair(denial, PAID) == [], denial
        assert _pair(denial, PAID, tell_apart=False) == [("a", "b")]


def test_two_denials_and_a_claim_reported_stay_one_point():
    """Controls: two denials in other words (one with no "not" in it was read as telling the payment plainly, and
    split from the other), a claim reported and not called false, and an outlet's own label of a claim ("false claims
    that ...", "the lie that ...") beside another's keep their points."""
    assert _pair("The ministry rejected claims that it paid the contractor for the bridge.",
                 "The ministry rejected reports that it paid the contractor for the bridge last year.") == [("a", "b")]
    assert _pair("The ministry called the claims that it paid the contractor false.",
                 "The ministry rejected claims that it paid the contractor for the bridge.") == [("a", "b")]
    assert _pair("Reports that the ministry paid the contractor for the bridge surfaced on Monday.", PAID) \
        == [("a", "b")]
    assert _pair("The council voted to censure the mayor over his false claims that the ballots were stolen.",
                 "The council censured the mayor on Monday over his lie that the ballots were stolen.") == [("a", "b")]
