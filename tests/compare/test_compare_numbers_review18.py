"""Review 18's figures: two nights' counts, a count "as of" a moment, an outlet that gives both figures."""

from manysides.compare import disputed_numbers, shared_points
from manysides.compare._nights import nights
from manysides.compare.numbers import differing_figures

from compare_fixtures import Draft, make_fixture

# the fixtures' articles appear on Tuesday 2026-03-03
HURT_16 = ("About 16 officers", "officers injured", 16, "count", "about", 14.4, 17.6)
FOUR = ("Four officers", "officers injuries", 4, "count", None, 4, 4)


def _pair(a_sentences, a_claims, b_sentences, b_claims):
    """Two outlets; the last sentence of each is on one topic (hand vectors: a paraphrase)."""
    a = Draft("a", "A", [(s, "a-x") for s in a_sentences[:-1]] + [(a_sentences[-1], "t")], claims=a_claims)
    b = Draft("b", "B", [(s, "b-x") for s in b_sentences[:-1]] + [(b_sentences[-1], "t")], claims=b_claims)
    return make_fixture([a, b])


def _disputed(fx):
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_nights_are_read_by_their_weekday_or_from_when_the_words_were_said():
    assert nights("during the protests Wednesday night") == {2}
    assert nights("late on Tuesday night") == {1}
    # the night before the press conference: Tuesday's
    assert nights("At the press conference Wednesday the police chief said over the course of the night") == {1}
    # "overnight", told in an article of Tuesday: Monday night
    import datetime
    assert nights("overnight protests", datetime.date(2026, 3, 3)) == {0}
    assert nights("Wednesday morning") == frozenset() and nights("on Wednesday") == frozenset()


def test_two_nights_counts_are_not_disputed():
    """"About 16 officers were injured over the course of the night", said at Wednesday's press conference (the
    night before: Tuesday's), against "Four officers suffered ... injuries during the protests Wednesday night"
    (review 18): one weekday named, two nights counted. The same night's two counts are still disputed."""
    sixteen = "At the press conference Wednesday, the police chief said about 16 officers were injured over the course of the night."
    four = "Four officers suffered non-life-threatening injuries during the protests Wednesday night, police said."
    fx = _pair(["About 16 officers were injured in the protests, the police chief said."], [HURT_16], [four], [FOUR])
    # without a night on one side, still compared
    assert len(_disputed(fx)) == 1
    fx = _pair([sixteen], [("about 16 officers",) + HURT_16[1:]], [four], [FOUR])
    assert _disputed(fx) == ()
    same_night = "At a briefing Wednesday, officials said nine officers were hurt during the night."
    fx = _pair([sixteen], [("about 16 officers",) + HURT_16[1:]], [same_night],
               [("nine officers", "officers hurt", 9, "count", None, 9, 9)])
    assert len(_disputed(fx)) == 1


def test_a_figure_takes_the_night_its_paragraph_names():
    """NPR's "The police shooting ... sparked overnight protests and unrest. Protesters threw rocks at police,
    injuring 16 officers" counts the night before its article's day, not "Wednesday night"."""
    lead = "The police shooting of a man sparked overnight protests and unrest in the city."
    rocks = "Protesters threw rocks at police, injuring 16 officers, while police fired tear gas."
    four = "Four officers suffered non-life-threatening injuries during the protests Tuesday night, police said."
    fx = _pair([lead, rocks], [("16 officers", "officers injuring", 16, "count", None, 16, 16)], [four], [FOUR])
    assert _disputed(fx) == ()
    # without the lead's night, one night named against none: compared
    fx = _pair(["The police shooting of a man sparked protests and unrest in the city.", rocks],
               [("16 officers", "officers injuring", 16, "count", None, 16, 16)], [four], [FOUR])
    assert len(_disputed(fx)) == 1


def test_a_count_as_of_a_moment_is_a_reading_of_a_running_count():
    """"As of Monday, The Coast Guard deployed five helicopters" against "had 20 helicopters ... in the Houston
    area" (review 18): the count at a moment the outlet names, against one read later. Two counts naming no
    moment are still disputed."""
    five = ("five helicopters", "Coast Guard helicopters", 5, "count", None, 5, 5)
    twenty = ("20 helicopters", "Coast Guard helicopters", 20, "count", None, 20, 20)
    later = "The Coast Guard said it had 20 helicopters and more than 20 boat teams in the Houston area."
    fx = _pair(["As of Monday, the Coast Guard deployed five helicopters and asked for more aircraft."], [five],
               [later], [twenty])
    assert _disputed(fx) == ()
    fx = _pair(["The Coast Guard deployed five helicopters and asked for more aircraft."], [five], [later], [twenty])
    assert len(_disputed(fx)) == 1


def test_an_outlet_that_gives_the_other_figure_too_does_not_differ_from_it():
    """USA Today gives "12 officers hurt" (Tuesday night) and "Four officers suffered ... injuries" (Wednesday
    night): beside Salon's "at least 12 officers have been injured" in a shared point, its four is not a figure
    the two outlets give differently. An outlet that gives only the other figure still differs."""
    salon = "The police department said at least 12 officers have been injured in the protests."
    usa = ["Protests erupt after police kill man; 12 officers hurt.",
           "Four officers suffered injuries during the protests, police said."]
    at_least_12 = ("at least 12 officers", "officers injured", 12, "count", "at least", 12, None)
    twelve = ("12 officers", "officers hurt", 12, "count", None, 12, 12)
    fx = _pair([salon], [at_least_12], usa, [twelve, FOUR])
    [point] = [p for p in shared_points(fx.articles, fx.annotations, fx.vectors)]
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    fx = _pair([salon], [at_least_12], ["Protests erupt after police kill man.", usa[1]], [FOUR])
    [point] = [p for p in shared_points(fx.articles, fx.annotations, fx.vectors)]
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == ["at least 12 officers",
                                                                                       "Four officers"]
