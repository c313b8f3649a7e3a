"""Session 44 (helper A, review 33): figures of one subject counted over two periods or at two moments are no dispute:
two earlier years' counts, a tally of the year so far against one event's count, a weekday's count against one said
to stand now. All sentences invented (articles of Tuesday 2026-03-03)."""

from manysides.compare import disputed_numbers
from manysides.compare._periods import earlier_years
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _disputes(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one sentence each on one topic (hand vectors: paraphrases), each with its claim."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def _count(written, value, subject="lifeguard drown"):
    return (written, subject, value, "count", None, value, value)


LAST_YEAR = ("A total of 83 lifeguards drowned last year while on duty.", _count("83", 83))


def test_two_earlier_years_counts_are_no_dispute():
    """Review 33: CNN's "83 firefighters died last year" stood disputed against the Monitor's and NPR's 14 killed by
    the 1994 fire: both earlier than the articles' year, so neither was told apart from the other."""
    fire = ("In 1998, the Cove Point storm drowned 14 lifeguards on one beach.", _count("14", 14))
    assert _disputes(*LAST_YEAR, *fire) == ()
    # controls: one earlier year named alike, and last year's count against last year's
    same_year = ("In 1998, the Cove Point storm drowned 16 lifeguards on one beach.", _count("16", 16))
    assert len(_disputes(*fire, *same_year)) == 1
    also_last = ("Some 80 lifeguards drowned last year while on duty.", _count("80", 80))
    assert len(_disputes(*LAST_YEAR, *also_last)) == 1


def test_a_tally_of_the_year_so_far_is_not_one_events_count():
    """Review 33: "Before the 19 deaths in Arizona, 43 firefighters had been killed so far in 2013" stood disputed
    against NPR's "Yesterday, nineteen firefighters were killed"."""
    tally = ("Before the storm, 43 lifeguards had drowned so far in 2026, the agency says.", _count("43", 43))
    event = ("Yesterday, nineteen lifeguards drowned off the point.", _count("nineteen", 19))
    assert _disputes(*tally, *event) == ()
    # controls: two tallies of the year, and two counts naming no period
    other_tally = ("So far this year, 45 lifeguards have drowned, the agency says.", _count("45", 45))
    assert len(_disputes(*tally, *other_tally)) == 1
    plain = ("Some 43 lifeguards drowned off the point.", _count("43", 43))
    assert len(_disputes(*plain, *event)) == 1


def test_a_weekdays_count_is_not_the_one_that_stands_now():
    """Review 33: the Monitor's "Two hundred firefighters were working on the fire Sunday" stood disputed against
    NPR's "400 firefighters are now battling the blaze", both in Monday's papers."""
    monday = ("Two hundred volunteers were searching the dunes Monday.", _count("Two hundred", 200, "volunteer"))
    now = ("Some 400 volunteers are now searching the dunes.", _count("400", 400, "volunteer"))
    assert _disputes(*monday, *now) == ()
    # controls: the article's own day, and a count not said to stand now
    tuesday = ("Two hundred volunteers were searching the dunes Tuesday.", _count("Two hundred", 200, "volunteer"))
    assert len(_disputes(*tuesday, *now)) == 1
    plain = ("Some 400 volunteers searched the dunes.", _count("400", 400, "volunteer"))
    assert len(_disputes(*monday, *plain)) == 1


def test_the_earlier_years_a_figure_names():
    def years(sentence, written, year=2013):
        at = sentence.index(written)
        return earlier_years(Claim(written, "", 1.0, "count", None, 1.0, 1.0, at, at + len(written), sentence), year)
    assert years("A total of 83 firefighters died last year.", "83") == {2012}
    assert years("In 1994, the fire killed 14 firefighters.", "14") == {1994}
    assert years("The fire killed 14 firefighters in 1994.", "14") == {1994}
    assert years("Two years ago, 30 firefighters died.", "30") == {2011}
    assert years("The fire killed 19 firefighters, the most since 1933.", "19") == set()  # "since": set against
    assert years("The fire killed 19 firefighters this year.", "19") == set()
