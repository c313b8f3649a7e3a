"""Session 45 (helper A, reviews 32 and 33): a count of the dead is no reading of a count said to stand now, also when
the toll is set off by dashes; the growth of pay is not the economy's. All sentences invented (articles of Tuesday
2026-03-03)."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _disputes(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one sentence each on one topic (hand vectors: paraphrases), each with its claim."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def _count(written, value, subject="lifeguard"):
    return (written, subject, value, "count", None, value, value)


NOW = ("Some 400 lifeguards are now patrolling the beaches.", _count("400", 400))


def test_the_dead_are_not_those_at_work_now():
    """Review 33: the Monitor's "The most firefighters — 340 — were killed in the 9/11 terrorist attacks" stood
    disputed against NPR's "400 firefighters are now battling the blaze"."""
    dashes = ("The most lifeguards — 340 — were killed in the 1998 storm, the website says.", _count("340", 340))
    assert _disputes(*dashes, *NOW) == ()
    plain = ("Some 340 lifeguards were killed in the storm, the website says.", _count("340", 340))
    assert _disputes(*plain, *NOW) == ()
    # controls: two tolls, and two counts of the living, one said to stand now
    toll = ("Some 360 lifeguards died in the storm, officials said.", _count("360", 360))
    assert len(_disputes(*plain, *toll)) == 1
    working = ("Some 340 lifeguards patrolled the beaches.", _count("340", 340))
    assert len(_disputes(*working, *NOW)) == 1


def _percent(written, value, subject):
    return (written, subject, value, "percent", None, value, value)


def test_pay_growth_is_not_the_economys():
    """Review 32: USA Today's "annual wage growth topped 3 percent" stood disputed against MSNBC's "annual growth of
    2.9% in 2018" (the GDP's)."""
    wages = ("By the autumn, annual wage growth topped 3 percent for the first time in years.",
             ("topped 3 percent", "annual wage growth", 3.0, "percent", "topped", 3.0, None))
    output = ("For the year, the data point to annual growth of 2.9% in Norland.", _percent("2.9%", 2.9,
                                                                                            "annual growth"))
    assert _disputes(*wages, *output) == ()
    # controls: two figures of pay growth, two of the economy's growth
    pay = ("The bureau's data point to annual wage growth of 2.6% in Norland.", _percent("2.6%", 2.6,
                                                                                           "annual wage growth"))
    assert len(_disputes(*wages, *pay)) == 1
    more = ("The bureau's data point to annual growth of 2.4% in Norland.", _percent("2.4%", 2.4, "annual growth"))
    assert len(_disputes(*output, *more)) == 1
