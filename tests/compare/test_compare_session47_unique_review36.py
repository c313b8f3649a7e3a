"""Session 47's "only one outlet reports" rules (helper D, review 36): a bare year that is the article's own year is
no figure of one outlet's beside another outlet's sentence on the topic; a day named by its fixed feast ("on
Valentine's Day") gives the date another outlet writes by month and day. All sentences invented (the fixture's
articles are of March 2026); each rule has a control that must stay an item."""

from manysides.compare.unique import days_named

from compare_fixtures import unique_beside

_items = unique_beside


REVISED = "The board revised its figures, taking 400 jobs off the 2026 total for the mill."
OTHER_400 = "The mill now counts 400 fewer jobs than the board first said."
YEAR_AND_JOBS = [("2026", "total", 2026, "year", None, 2026, 2026), ("400 jobs", "jobs", 400, "count", None, 400, 400)]


def test_the_articles_own_year_is_no_figure_of_one_outlets():
    """Review 36: CNN's "..., subtracting 49,000 jobs from the 2012 total." (of December 2012) was listed for "2012"
    beside Fox's "employers added 49,000 fewer jobs ... than initially estimated": the year every outlet reports
    in, and the jobs another outlet gives."""
    assert REVISED not in _items(REVISED, OTHER_400, YEAR_AND_JOBS)


def test_another_year_or_a_sentence_off_the_topic_keeps_its_year():
    """The controls: another year ("the 2027 total") is a figure of its own, and so is this year's beside no
    sentence of another outlet on the topic."""
    later = "The board revised its figures, taking 400 jobs off the 2027 total for the mill."
    claims = [("2027", "total", 2027, "year", None, 2027, 2027), YEAR_AND_JOBS[1]]
    assert _items(later, OTHER_400, claims).get(later) == ["2027"]
    assert _items(REVISED, OTHER_400, YEAR_AND_JOBS, cosine=0.1).get(REVISED) == ["2026"]


SHOT = "The guard shot the intruder at the gate in the early hours of Feb. 14, 2025."
FEB_14 = [("Feb. 14, 2025", "shooting", 20250214, "date", None, 20250214, 20250214)]


def test_a_day_named_by_its_feast_gives_the_date():
    """Review 36: Fox's "Pistorius fatally shot Steenkamp in his home in the pre-dawn hours of Feb. 14, 2013." was
    listed for its date beside CNN's "murdering her in his home on Valentine's Day last year": one day."""
    other = "The guard has admitted shooting the intruder at the gate on Valentine's Day last year."
    assert SHOT not in _items(SHOT, other, FEB_14)
    assert days_named("a parade on St. Patrick’s Day, a party on New Year's Eve") == {(0, 3, 17), (0, 12, 31)}


def test_another_feast_or_a_season_gives_no_date():
    """The controls: another feast's day is another date, and "Christmas" alone (a season) or a feast whose day
    moves (Easter) names no day."""
    other = "The guard has admitted shooting the intruder at the gate on Halloween last year."
    assert _items(SHOT, other, FEB_14).get(SHOT) == ["Feb. 14, 2025"]
    assert days_named("shoppers before Christmas and after Easter") == set()
