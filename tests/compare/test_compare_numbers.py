import dataclasses

from manysides.compare import disputed_numbers, intervals_overlap
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _claim(value, low, high, unit="count"):
    return Claim(str(value), "x", value, unit, None, low, high, 0, 1)


def test_intervals_with_open_ends():
    assert intervals_overlap(_claim(30e6, 27e6, 30e6), _claim(30e6, 30e6, 30e6))
    assert not intervals_overlap(_claim(3200, 2880, 3520), _claim(5000, 5000, None))
    assert intervals_overlap(_claim(5000, 5000, None), _claim(9000, 9000, 9000))
    assert intervals_overlap(_claim(10, None, None), _claim(99, 99, 99))
    assert not intervals_overlap(_claim(10, 0, 10), _claim(11, 11, 11))


def test_non_overlapping_number_is_disputed_and_hedge_is_not(election):
    disputes = disputed_numbers(election.articles, election.annotations, election.vectors)
    assert len(disputes) == 1
    d = disputes[0]
    assert d.about == "volunteers"
    assert [(c.article, c.text) for c in d.claims] == [
        ("a-ledger", "About 3,200 volunteers"),
        ("c-dispatch", "more than 5,000 volunteers"),
    ]
    text = {a.id: a.text for a in election.articles}
    assert all(text[c.article][c.start : c.end] == c.text for c in d.claims)


def test_different_quantities_sharing_a_unit_are_not_compared():
    a = Draft("a", "A", [("Police said 40 people were injured in the crash on the bridge.", "injured")],
              claims=[("40 people", "people injured", 40, "count", None, 40, 40)])
    b = Draft("b", "B", [("Officials confirmed 3 people were killed when the bridge collapsed.", "killed")],
              claims=[("3 people", "people killed", 3, "count", None, 3, 3)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_paraphrased_sentences_make_one_quantity_even_with_other_subjects():
    a = Draft("a", "A", [("The storm left 12,000 homes without power overnight.", "outage")],
              claims=[("12,000 homes", "homes", 12000, "count", None, 12000, 12000)])
    b = Draft("b", "B", [("Overnight the storm cut electricity to 30,000 households.", "outage")],
              claims=[("30,000 households", "electricity", 30000, "count", None, 30000, 30000)])
    fx = make_fixture([a, b])
    disputes = disputed_numbers(fx.articles, fx.annotations, fx.vectors)
    assert len(disputes) == 1 and len(disputes[0].claims) == 2
    # Without sentence vectors only subjects can match, and these do not.
    assert disputed_numbers(fx.articles, fx.annotations, None) == ()


def test_calendar_years_are_not_disputes():
    a = Draft("a", "A", [("The plant opened in 1994 and closed last spring.", "plant")],
              claims=[("1994", "plant opened", 1994, "year", None, 1994, 1994)])
    b = Draft("b", "B", [("The plant, opened in 1996, closed last spring.", "plant")],
              claims=[("1996", "plant opened", 1996, "year", None, 1996, 1996)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_same_subject_in_unrelated_sentences_is_not_one_quantity():
    a = Draft("a", "A", [("The cloture rule requires a supermajority of 60 votes in the chamber.", "rule")],
              claims=[("60 votes", "votes", 60, "count", None, 60, 60)])
    b = Draft("b", "B", [("The minority leader said he had the 41 votes needed to block it.", "whip")],
              claims=[("41 votes", "votes", 41, "count", None, 41, 41)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # Without sentence vectors the subject is all there is to go on.
    assert len(disputed_numbers(fx.articles, fx.annotations, None)) == 1


def test_figures_both_outlets_state_are_not_disputed_when_subjects_cross():
    a = Draft("a", "A", [("The senator leads with 21 percent, ahead of the mayor at 17 percent.", "poll")],
              claims=[("21 percent", "senator lead poll", 21, "percent", None, 21, 21),
                      ("17 percent", "mayor", 17, "percent", None, 17, 17)])
    b = Draft("b", "B", [("The mayor is at 17 percent while the senator leads the poll at 21 percent.", "poll")],
              claims=[("17 percent", "senator lead poll", 17, "percent", None, 17, 17),
                      ("21 percent", "mayor", 21, "percent", None, 21, 21)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_an_age_read_from_its_place_is_not_a_duration():
    # "Lieberman, 75" is an age even though the text never says "years old".
    a = Draft("a", "A", [("Lieberman, 75, served in the Senate for decades.", "career")],
              claims=[("75", "lieberman", 75, "years", None, 75, 75)])
    b = Draft("b", "B", [("Lieberman served in the Senate for 24 years.", "career")],
              claims=[("24 years", "lieberman serve senate", 24, "years", None, 24, 24)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # Two durations of one career do get compared.
    c = Draft("c", "C", [("Lieberman served in the Senate for 30 years.", "career")],
              claims=[("30 years", "lieberman serve senate", 30, "years", None, 30, 30)])
    fx = make_fixture([b, c])
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_change_over_a_month_and_one_over_a_year_are_two_measures():
    """'0.9% from May' and '5.4% from a year ago' are both right about one price index."""
    def price(name: str, figure: float, since: str) -> Draft:
        sentence = f"Consumer prices rose {figure}% in June from {since}, the Labor Department said."
        return Draft(name, name.upper(), [(sentence, "prices")],
                     claims=[(f"{figure}%", "consumer price", figure, "percent", None, figure, figure)])

    def disputes(*drafts: Draft):
        fx = make_fixture(list(drafts))
        return disputed_numbers(fx.articles, fx.annotations, fx.vectors)

    assert disputes(price("a", 0.9, "May"), price("b", 5.4, "a year ago")) == ()
    # the same period in both, different figures: a dispute
    assert len(disputes(price("a", 0.9, "May"), price("c", 1.2, "May"))) == 1


def test_a_figure_written_with_its_sign_and_without_is_one_figure():
    """'shrank 3.2%' and 'shrank -3.2%' are one decline; 'shrank -3.2%' against '1.5%' is not."""
    def gdp(name: str, text: str, figure: float) -> Draft:
        sentence = f"The economy shrank {text} in the first quarter, the Commerce Department said."
        return Draft(name, name.upper(), [(sentence, "economy")],
                     claims=[(text, "economy", figure, "percent", None, figure, figure)])

    def disputes(*drafts: Draft):
        fx = make_fixture(list(drafts))
        return disputed_numbers(fx.articles, fx.annotations, fx.vectors)

    assert disputes(gdp("a", "3.2%", 3.2), gdp("b", "-3.2%", -3.2)) == ()
    assert len(disputes(gdp("a", "1.5%", 1.5), gdp("b", "-3.2%", -3.2))) == 1


def _shared_fixture(a_sentence, a_claims, b_sentence, b_claims):
    from manysides.compare import shared_points

    a = Draft("a", "A", [(a_sentence, "toll"), ("Crews cleared the road before dawn on Monday.", "a-x")], claims=a_claims)
    b = Draft("b", "B", [(b_sentence, "toll"), ("The mayor thanked the volunteers at city hall.", "b-x")], claims=b_claims)
    fx = make_fixture([a, b])
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    return fx, point


def test_a_shared_point_whose_outlets_give_different_figures_says_so():
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "More than 180 people were killed in shootings over the holiday weekend.",
        [("More than 180 people", "people killed", 180, "count", "more than", 180, None)],
        "At least 150 people were killed in shootings over the holiday weekend.",
        [("At least 150 people", "people killed", 150, "count", "at least", 150, None)])
    # compatible bounds, so no dispute; but the point's heading would state one outlet's figure
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    differ = differing_figures(point, fx.articles, fx.annotations)
    assert [(c.article, c.text) for c in differ] == [("a", "More than 180 people"), ("b", "At least 150 people")]
    text = {a.id: a.text for a in fx.articles}
    assert all(text[c.article][c.start:c.end] == c.text for c in differ)


def test_a_round_shorthand_figure_is_not_a_dispute_but_its_figure_differs():
    """"$1 trillion" for a bill others call "$1.2 trillion" is shorthand, not a dispute;
    the shared point still shows both figures. "$3 billion" against "$3.6 billion" is."""
    from manysides.compare.numbers import differing_figures

    def pair(a_text, a_value, b_text, b_value):
        return _shared_fixture(
            f"The Senate passed the {a_text} infrastructure bill on Tuesday after weeks of talks.",
            [(a_text, "infrastructure bill", a_value, "USD", None, a_value, a_value)],
            f"The Senate passed a {b_text} infrastructure bill on Tuesday after weeks of talks.",
            [(b_text, "infrastructure bill", b_value, "USD", None, b_value, b_value)])

    fx, point = pair("$1 trillion", 1e12, "$1.2 trillion", 1.2e12)
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == ["$1 trillion", "$1.2 trillion"]
    fx, _ = pair("$3 billion", 3e9, "$3.6 billion", 3.6e9)
    [d] = disputed_numbers(fx.articles, fx.annotations, fx.vectors)
    assert [c.text for c in d.claims] == ["$3 billion", "$3.6 billion"]


def test_a_figure_framed_by_a_noun_is_still_compared():
    """"to the tune of $3.5 billion" gives the parse the subject "tune": a framing noun
    that says nothing about what is counted, so it does not keep the figure apart."""
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "The declaration lets the president divert $3.6 billion from military construction to the wall.",
        [("$3.6 billion", "declaration divert wall", 3.6e9, "USD", None, 3.6e9, 3.6e9)],
        "The declaration unlocks military construction money for the wall, to the tune of $3.5 billion.",
        [("$3.5 billion", "tune", 3.5e9, "USD", None, 3.5e9, 3.5e9)])
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == ["$3.6 billion", "$3.5 billion"]


def test_a_shared_point_with_one_figure_or_both_stated_does_not_differ():
    from manysides.compare.numbers import differing_figures

    same = _shared_fixture(
        "About 180 people were killed in shootings over the holiday weekend.",
        [("About 180 people", "people killed", 180, "count", "about", 162, 198)],
        "Police said 180 people were killed in shootings over the holiday weekend.",
        [("180 people", "people killed", 180, "count", None, 180, 180)])
    both = _shared_fixture(
        "The fire was 20 percent contained on Friday, up from 15 percent.",
        [("20 percent", "fire contained", 20, "percent", None, 20, 20)],
        "Firefighters had the blaze 15 percent contained on Friday.",
        [("15 percent", "blaze contained", 15, "percent", None, 15, 15)])
    units = _shared_fixture(
        "Shootings killed 180 people and cost the city $5 million over the holiday weekend.",
        [("180 people", "people killed", 180, "count", None, 180, 180)],
        "Shootings over the holiday weekend cost the city $4 million, officials said.",
        [("$4 million", "cost", 4e6, "USD", None, 4e6, 4e6)])
    rounded = _shared_fixture(
        "The Senate passed roughly $928 billion in spending on the holiday weekend.",
        [("roughly $928 billion", "spending", 928e9, "USD", "roughly", 835.2e9, 1020.8e9)],
        "The Senate passed more than $920 billion in spending on the holiday weekend.",
        [("more than $920 billion", "spending", 920e9, "USD", "more than", 920e9, None)])
    for fx, point in (same, both, units, rounded):
        assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_a_rate_is_not_a_total_and_far_apart_figures_are_two_quantities():
    a = Draft("a", "A", [("The CDC counted 3,605,201 births last year, the fewest since 1979.", "births")],
              claims=[("3,605,201", "births", 3605201, "count", None, 3605201, 3605201)])
    b = Draft("b", "B", [("The fertility rate fell to 55.8 births per 1,000 women ages 15 to 44.", "births")],
              claims=[("55.8", "births", 55.8, "count", None, 55.8, 55.8)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # the subject route still pairs two totals within a factor of ten
    c = Draft("b", "B", [("The CDC said there were 3,400,000 births last year in the country.", "births")],
              claims=[("3,400,000", "births", 3.4e6, "count", None, 3.4e6, 3.4e6)])
    fx = make_fixture([a, c])
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    # a rate and a total of similar size: only the rate tells them apart
    d = Draft("a", "A", [("The clinic recorded 60 births last month, officials said.", "births")],
              claims=[("60", "births", 60, "count", None, 60, 60)])
    fx = make_fixture([d, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_figures_of_two_quantities_in_one_point_do_not_differ():
    from manysides.compare.numbers import differing_figures

    # a third outlet's sentence of the point holds both figures: they are two quantities
    a = Draft("a", "A", [("Trump asked for $5.7 billion for the wall in the spending talks.", "wall"),
                         ("Crews cleared the road before dawn on Monday.", "a-x")],
              claims=[("$5.7 billion", "wall", 5.7e9, "USD", None, 5.7e9, 5.7e9)])
    b = Draft("b", "B", [("Total wall funding in the talks will come to about $8 billion.", "wall"),
                         ("The mayor thanked the volunteers at city hall.", "b-x")],
              claims=[("about $8 billion", "wall funding", 8e9, "USD", "about", 7.2e9, 8.8e9)])
    c = Draft("c", "C", [("Trump wanted $5.7 billion, and the wall talks put about $8 billion in all.", "wall"),
                         ("A storm closed the coastal highway near the port.", "c-x")],
              claims=[("$5.7 billion", "wall", 5.7e9, "USD", None, 5.7e9, 5.7e9)])
    fx = make_fixture([a, b, c])
    from manysides.compare import shared_points
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors)
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    # alone in their unit but with subjects that share nothing: two quantities
    fx, point = _shared_fixture(
        "The vaccine was 90% effective at preventing hospitalization for months.",
        [("90%", "effective prevent hospitalization", 90, "percent", None, 90, 90)],
        "Protection against any infection fell below 50 percent after months.",
        [("below 50 percent", "protection infection", 50, "percent", "below", None, 50)])
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_an_average_and_a_single_value_are_two_measures():
    a = Draft("a", "A", [("New cases rose to a seven-day average of 137,000 a day, health officials said.", "cases")],
              claims=[("137,000", "new case", 137000, "count", None, 137000, 137000)])
    b = Draft("b", "B", [("Health officials reported 35,355 new cases on Sunday across the country.", "cases")],
              claims=[("35,355", "new case", 35355, "count", None, 35355, 35355)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    c = Draft("b", "B", [("Health officials reported 90,000 new cases a day on average this week.", "cases")],
              claims=[("90,000", "new case", 90000, "count", None, 90000, 90000)])
    fx = make_fixture([a, c])
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1  # two averages do compare


def _pair(a_sentence, a_claim, b_sentence, b_claim, entities=()):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    a = Draft("a", "A", [(a_sentence, "t")], entities=list(entities), claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], entities=list(entities), claims=[b_claim])
    return make_fixture([a, b])


def test_a_remainder_is_not_compared_with_a_total():
    """"three other Americans" are the dead besides the ambassador, not all of them."""
    fx = _pair("The ambassador and three other Americans were killed in the attack on the consulate.",
               ("three", "americans killed", 3, "count", None, 3, 3),
               "Four Americans were killed in the attack on the consulate, officials said.",
               ("Four", "americans killed", 4, "count", None, 4, 4))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Paul said he would try to go another 12 hours on the floor.",
               ("12 hours", "paul go floor", 12, "hour", None, 12, 12),
               "Paul spoke for more than 24 hours on the floor.",
               ("more than 24 hours", "paul speak floor", 24, "hour", "more than", 24, None))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # two remainders are one quantity and can still disagree
    fx = _pair("The ambassador and three other Americans were killed in the attack on the consulate.",
               ("three", "americans killed", 3, "count", None, 3, 3),
               "The ambassador and five other Americans died in the attack on the consulate.",
               ("five", "americans died", 5, "count", None, 5, 5))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_hypothetical_figure_is_not_compared_with_an_actual_one():
    fx = _pair("Sentencing guidelines recommended that Manafort serve between 19 and 24 years in prison.",
               ("between 19 and 24 years", "serve prison", 21.5, "years", "between", 19, 24),
               "Manafort will serve almost four years in prison, the judge ruled.",
               ("almost four years", "serve prison", 4, "years", "almost", 3.6, 4))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # two hypothetical figures are compared ("faces up to 20 years" against "would get 30")
    fx = _pair("He faces 20 years in prison if convicted on the charges.",
               ("20 years", "face prison", 20, "years", None, 20, 20),
               "If convicted on the charges, he would get 30 years in prison.",
               ("30 years", "get prison", 30, "years", None, 30, 30))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    # the comma inside a numeral before the figure is no clause break: "recommended" still governs it
    fx = _pair("Guidelines recommended that the 1,200 inmates serve between 19 and 24 years in prison.",
               ("between 19 and 24 years", "serve prison", 21.5, "years", "between", 19, 24),
               "The 1,200 inmates will serve almost four years in prison, the judge ruled.",
               ("almost four years", "serve prison", 4, "years", "almost", 3.6, 4))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # "could" does not set a figure apart: it qualifies what both outlets report (BASIL)
    fx = _pair("Of that, $3 billion could be diverted from military construction to the wall.",
               ("$3 billion", "divert", 3e9, "USD", None, 3e9, 3e9),
               "The declaration enables the president to divert $3.6 billion from military construction to the wall.",
               ("$3.6 billion", "declaration divert wall", 3.6e9, "USD", None, 3.6e9, 3.6e9))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_figures_of_different_people_are_different_quantities():
    people = [("Ralph Hall", "Ralph Hall", "PERSON"), ("Hall", "Ralph Hall", "PERSON"),
              ("Bernard Kerik", "Bernard Kerik", "PERSON"), ("Kerik", "Bernard Kerik", "PERSON")]
    fx = _pair("Hall of Texas served nearly 14 years of his sentence in federal prison.",
               ("nearly 14 years", "hall serve year sentence", 14, "years", "nearly", 12.6, 14),
               "Kerik served three years of his sentence in federal prison.",
               ("three years", "kerik serve year sentence", 3, "years", None, 3, 3), entities=people)
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # one person under two forms of the name is one agent
    fx = _pair("Hall of Texas served nearly 14 years of his sentence in federal prison.",
               ("nearly 14 years", "hall serve year sentence", 14, "years", "nearly", 12.6, 14),
               "Ralph Hall served three years of his sentence in federal prison.",
               ("three years", "ralph hall serve year sentence", 3, "years", None, 3, 3), entities=people)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_parts_of_wholes_of_different_sizes_are_different_quantities():
    """The pronoun hides who served three years; the sentence each served still tells them apart."""
    fx = _pair("Hall of Texas served nearly 14 years of an 18-year sentence for drug charges.",
               ("nearly 14 years", "serve year sentence", 14, "years", "nearly", 12.6, 14),
               "He was released from prison after serving three years of a four-year sentence.",
               ("three years", "serve year sentence", 3, "years", None, 3, 3))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Hall served nearly 14 years of an 18-year sentence for drug charges.",
               ("nearly 14 years", "serve year sentence", 14, "years", "nearly", 12.6, 14),
               "He was released from prison after serving 10 years of an 18-year sentence.",
               ("10 years", "serve year sentence", 10, "years", None, 10, 10))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_figures_of_years_that_do_not_meet_are_different_quantities():
    fx = _pair("Doctors performed 63,646 abortions in New York City during 2015, the report said.",
               ("63,646 abortions", "abortion perform", 63646, "count", None, 63646, 63646),
               "Doctors performed 285,127 abortions in the state between 2012 and 2014, the report said.",
               ("285,127 abortions", "abortion perform", 285127, "count", None, 285127, 285127))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # years that meet do not keep figures apart
    fx = _pair("Doctors performed 63,646 abortions in the state during 2013, the report said.",
               ("63,646 abortions", "abortion perform", 63646, "count", None, 63646, 63646),
               "Doctors performed 85,127 abortions in the state between 2012 and 2014, the report said.",
               ("85,127 abortions", "abortion perform", 85127, "count", None, 85127, 85127))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


_FIRST_ROUND = ("Hyde-Smith led the Senate race with 42% of the vote to Espy's 40%.",
                [("42%", "Hyde-Smith vote", 42, "percent", None, 42, 42),
                 ("40%", "Espy", 40, "percent", None, 40, 40)])


def _result(sentence, figures, other=_FIRST_ROUND):
    """A shared point of `sentence` (its percentages: text, subject, value) against another
    outlet's result (`other`, by default the first round's 42% to 40%)."""
    claims = [(t, subject, v, "percent", None, v, v) for t, subject, v in figures]
    return _shared_fixture(sentence, claims, *other)


def test_two_results_with_no_figure_in_common_differ():
    """A runoff's result against the first round's: each outlet gives two percentages of
    one vote, none of them the other's; the point must not state one result as agreed."""
    from manysides.compare.numbers import differing_figures

    fx, point = _result("Hyde-Smith beat Espy with 53.9 percent of the vote to 46.1 percent in the Senate race.",
                        [("53.9 percent", "Hyde-Smith vote", 53.9), ("46.1 percent", "vote", 46.1)])
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == [
        "53.9 percent", "46.1 percent", "42%", "40%"]
    # one figure in common: the same result, one side rounded or updated, not marked whole
    fx, point = _result("Hyde-Smith beat Espy with 54 percent of the vote to 46 percent in the Senate race.",
                        [("54 percent", "Hyde-Smith vote", 54), ("46 percent", "vote", 46)],
                        ("Hyde-Smith led the Senate race with 54% of the vote to Espy's 45%.",
                         [("54%", "Hyde-Smith vote", 54, "percent", None, 54, 54),
                          ("45%", "Espy", 45, "percent", None, 45, 45)]))
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == []


def test_a_share_of_the_count_done_is_not_a_result():
    from manysides.compare.numbers import differing_figures

    fx, point = _result(
        "With 97 percent of the vote counted, Hyde-Smith led with 53.9 percent of the vote to 46.1 percent.",
        [("97 percent", "vote count", 97), ("53.9 percent", "Hyde-Smith vote", 53.9), ("46.1 percent", "vote", 46.1)])
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == [
        "53.9 percent", "46.1 percent", "42%", "40%"]


def test_a_part_its_sentence_lists_with_others_is_not_the_total():
    """"five counts of making false statements, one count of obstructing Congress and one
    count of witness tampering" against "seven counts": a part against the total, not a
    dispute (review 8); a figure its sentence lists alone still is one."""
    from manysides.compare.numbers import _apart
    from manysides.records import Claim

    def claim(text, value, sentence):
        return Claim(text=text, subject="count", value=value, unit="count", hedge=None, low=value, high=value,
                     start=0, end=len(text), sentence=sentence)

    part = claim("five", 5, "Stone was convicted on five counts of making false statements to investigators, "
                            "one count of obstructing Congress and one count of witness tampering.")
    total = claim("seven", 7, "Stone was convicted on seven felony counts in November.")
    alone = claim("five", 5, "Stone was convicted on five felony counts in November.")
    assert _apart(part, total, frozenset(), frozenset()) and _apart(total, part, frozenset(), frozenset())
    assert not _apart(alone, total, frozenset(), frozenset())


def test_counts_that_stay_go_or_are_there_now_are_three_quantities():
    """Troops to keep, troops to withdraw and troops stationed now are three figures every
    outlet may agree on (review 8: 8,600, some 5,000 and 14,000 were flagged as a
    dispute); two counts in the same state still are one quantity."""
    fx = _pair("Trump said he will keep 8,600 troops in Afghanistan for the time being.",
               ("8,600", "troop", 8600, "count", None, 8600, 8600),
               "Under the draft deal, some 5,000 U.S. troops would be withdrawn from Afghanistan.",
               ("some 5,000", "troop", 5000, "count", "some", 4500, 5500))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("He promised to bring home the 14,000 American troops currently stationed in Afghanistan.",
               ("14,000", "troop", 14000, "count", None, 14000, 14000),
               "Trump said he will keep 8,600 troops in Afghanistan for the time being.",
               ("8,600", "troop", 8600, "count", None, 8600, 8600))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Under the draft deal, 5,000 U.S. troops would be withdrawn from Afghanistan.",
               ("5,000", "troop", 5000, "count", None, 5000, 5000),
               "Under the draft deal, 7,000 U.S. troops would be withdrawn from Afghanistan.",
               ("7,000", "troop", 7000, "count", None, 7000, 7000))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_durations_in_months_and_in_years_are_one_quantity_compared_in_one_unit():
    """"a 270-month prison sentence" is "22 1/2 years": no dispute, no differing figure;
    "20 years" against it is a dispute, "about 21 years" (18.9 to 23.1) is not."""
    from manysides.compare.numbers import _kind, differing_figures

    def pair(a_text, a_value, a_unit, b_text, b_value, b_unit, b_hedge=None, b_low=None, b_high=None):
        return _shared_fixture(
            f"Former officer Chauvin received {a_text} in prison for the murder on Friday.",
            [(a_text, "officer receive prison", a_value, a_unit, None, a_value, a_value)],
            f"The former officer Chauvin was given {b_text} in prison for the murder on Friday.",
            [(b_text, "officer give prison", b_value, b_unit, b_hedge,
              b_value if b_low is None else b_low, b_value if b_high is None else b_high)])

    fx, point = pair("a 270-month sentence", 270, "month", "22 1/2 years", 22.5, "years")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    fx, point = pair("a 270-month sentence", 270, "month", "20 years", 20, "years")
    [d] = disputed_numbers(fx.articles, fx.annotations, fx.vectors)
    assert [c.text for c in d.claims] == ["a 270-month sentence", "20 years"]
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == ["a 270-month sentence", "20 years"]
    fx, _ = pair("a 270-month sentence", 270, "month", "about 21 years", 21, "years", "about", 18.9, 23.1)
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # an age is no duration, in months or in years
    age = Claim("a 6-month-old", "girl", 0.5, "years", None, 0.5, 0.5, 0, 13, "a 6-month-old girl")
    assert _kind(age) == "age" != _kind(_claim(6, 6, 6, "month"))
    assert _kind(_claim(270, 270, 270, "month")) == _kind(Claim("22 1/2 years", "x", 22.5, "years", None, 22.5,
                                                                 22.5, 0, 12))


def test_a_level_a_change_starts_from_is_not_the_level_now():
    """Review 10: "fell from 8.1 percent" (August's rate) was disputed against "fell to 7.8%"."""
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "The unemployment rate fell from 8.1 percent in August, the Labor Department said.",
        [("8.1 percent", "unemployment rate", 8.1, "percent", None, 8.1, 8.1)],
        "The unemployment rate fell to 7.8% last month, the Labor Department said.",
        [("7.8%", "unemployment rate", 7.8, "percent", None, 7.8, 7.8)])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    for sentence in ("The rate dropped sharply, to 7.9 percent from 8.1 percent, the department said.",
                     "The jobless rate is now down from 8.1 percent in August, the department said.",
                     "The rate stood at 7.9 percent, compared with 8.1 percent a month earlier."):
        fx = _pair(sentence, ("8.1 percent", "unemployment rate", 8.1, "percent", None, 8.1, 8.1),
                   "The unemployment rate fell to 7.8% last month, the department said.",
                   ("7.8%", "unemployment rate", 7.8, "percent", None, 7.8, 7.8))
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    # two starting levels are one quantity, and the level reached is still compared
    fx = _pair("The unemployment rate fell from 8.1 percent in August.",
               ("8.1 percent", "unemployment rate", 8.1, "percent", None, 8.1, 8.1),
               "The unemployment rate fell from 8.3 percent in August.",
               ("8.3 percent", "unemployment rate", 8.3, "percent", None, 8.3, 8.3))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("The unemployment rate fell to 7.9 percent in September.",
               ("7.9 percent", "unemployment rate", 7.9, "percent", None, 7.9, 7.9),
               "The unemployment rate fell to 7.8% in September.",
               ("7.8%", "unemployment rate", 7.8, "percent", None, 7.8, 7.8))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_figure_of_an_earlier_event_is_not_this_events():
    """Review 10: Peshawar's "at least 130" killed was disputed against "the 2008 suicide bombing
    in Karachi killed 150" and "In September 2013, ... 81 people killed in a suicide bombing"."""
    now = ("Gunmen stormed the school on Tuesday, killing at least 130 people, officials said.",
           ("at least 130", "people kill", 130, "count", "at least", 130, None))
    for sentence, claim in (
            ("It was the worst attack since the 2008 suicide bombing in Karachi killed 150 people.",
             ("150", "people kill", 150, "count", None, 150, 150)),
            ("In September 2013, 81 people were killed in a suicide bombing at a church.",
             ("81", "people kill", 81, "count", None, 81, 81))):
        fx = _pair(*now, sentence, claim)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    # a year after the figure, or the article's own year, does not make it another event's
    for sentence in ("Gunmen killed 120 people at the school, the deadliest attack since 2008.",
                     "Gunmen killed 120 people at the school in March 2026, officials said."):
        fx = _pair(*now, sentence, ("120", "people kill", 120, "count", None, 120, 120))
        assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1, sentence


def test_a_figure_named_as_another_measure_is_not_the_plain_one():
    """Review 10: the "U-6" rate, the household survey's jobs and revised figures were disputed
    against the jobless rate and the payroll count."""
    for sentence, claim in (
            ('The "U-6" unemployment rate remained unchanged last month at 14.7 percent.',
             ("14.7 percent", "u-6 unemployment rate", 14.7, "percent", None, 14.7, 14.7)),
            ("The unemployment rate, by the broader underemployment measure, stood at 14.7 percent.",
             ("14.7 percent", "unemployment rate", 14.7, "percent", None, 14.7, 14.7))):
        fx = _pair(sentence, claim, "The nation's unemployment rate fell to 7.8% last month.",
                   ("7.8%", "nation unemployment rate", 7.8, "percent", None, 7.8, 7.8))
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    # the measure named once holds for the figure repeated later in the article
    a = Draft("a", "A", [('A separate "household survey" showed a whopping 873,000 new jobs.', "survey"),
                         ('He called the estimate of 873,000 new jobs "implausible."', "jobs")],
              claims=[("873,000", "new job", 873000, "count", None, 873000, 873000),
                      ("873,000 new jobs", "new job", 873000, "count", None, 873000, 873000)])
    b = Draft("b", "B", [("The economy added 114,000 new jobs in September, the survey said.", "survey"),
                         ("Employers added 114,000 new jobs last month.", "jobs")],
              claims=[("114,000", "new job", 114000, "count", None, 114000, 114000),
                      ("114,000 new jobs", "new job", 114000, "count", None, 114000, 114000)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # one measure named alike by both is compared
    fx = _pair('The "U-6" unemployment rate remained unchanged last month at 14.7 percent.',
               ("14.7 percent", "unemployment rate", 14.7, "percent", None, 14.7, 14.7),
               'The "U-6" unemployment rate was 15.2 percent last month.',
               ("15.2 percent", "unemployment rate", 15.2, "percent", None, 15.2, 15.2))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_subject_of_measure_words_alone_pairs_nothing():
    """Review 10: the participation rate ("The September 2012 rate ... was 63.6%") against the
    jobless rate ("the rate dipped ... to 7.8 percent"), paired by the subject "rate" alone."""
    fx = _pair("The September 2012 rate, as reported Friday, was 63.6%, an increase from August.",
               ("63.6%", "september rate", 63.6, "percent", None, 63.6, 63.6),
               "The Labor Department reported that the rate dipped in September to 7.8 percent.",
               ("7.8 percent", "rate", 7.8, "percent", None, 7.8, 7.8))
    # the sentences read alike (hand vectors), but the figures are far apart: only a subject could pair them
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_rates_spans_windows_and_streaks_are_not_the_level_now():
    """Review 10: "146,000 jobs per month", "5.2 million new jobs over the past 2 1/2 years", "the
    previous three months" against "the last two months", and "had remained above 8 percent"."""
    cases = [
        (("The revisions show employers added 146,000 jobs per month from July through September.",
          ("146,000", "job", 146000, "count", None, 146000, 146000)),
         ("The report showed 181,000 jobs were created from July through September.",
          ("181,000", "job", 181000, "count", None, 181000, 181000))),
        (('Obama said businesses "have now added 5.2 million new jobs over the past 2 1/2 years."',
          ("5.2 million", "new job", 5.2e6, "count", None, 5.2e6, 5.2e6)),
         ("Obama said businesses had added 1.2 million new jobs, a record.",
          ("1.2 million", "new job", 1.2e6, "count", None, 1.2e6, 1.2e6))),
        (("Employers added 146,000 jobs a month, up from 67,000 in the previous three months.",
          ("three months", "", 3, "month", None, 3, 3)),
         ("The report revised the jobs data of the last two months.",
          ("two months", "report revise job datum", 2, "month", None, 2, 2))),
        (("Romney talked about how the unemployment rate had remained above 8 percent.",
          ("above 8 percent", "unemployment rate", 8, "percent", "above", 8, None)),
         ("The unemployment rate fell to 7.8% last month.",
          ("7.8%", "unemployment rate", 7.8, "percent", None, 7.8, 7.8))),
    ]
    for (sa, ca), (sb, cb) in cases:
        fx = _pair(sa, ca, sb, cb)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sa
    # a length that is no window is still compared
    fx = _pair("The filibuster lasted three months in all.",
               ("three months", "filibuster last", 3, "month", None, 3, 3),
               "The filibuster lasted two months in all.",
               ("two months", "filibuster last", 2, "month", None, 2, 2))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_figures_of_different_months_are_different_quantities():
    fx = _pair("Revised data showed 181,000 jobs were created in July, the report said.",
               ("181,000", "job", 181000, "count", None, 181000, 181000),
               "Employers added 114,000 jobs in September, the report said.",
               ("114,000", "job", 114000, "count", None, 114000, 114000))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_a_death_toll_said_with_other_words_is_one_quantity():
    """Review 10 missed Salon's "Paddock killed 59 people" against "fatally shot 58 people" and
    "murdered 58 people", and Fox's "left 141 people dead" against "at least 145 people ... were dead"
    (subjects "people kill", "people shoot", "people murder", "people leave", "people dead")."""
    for (sa, ca), (sb, cb) in (
            (("Paddock killed 59 people and injured more than 800.", ("59", "people kill", 59, "count", None, 59, 59)),
             ("From the hotel, the gunman fatally shot 58 people and wounded hundreds.",
              ("58", "people shoot", 58, "count", None, 58, 58))),
            (("Firing from the window, the gunman murdered 58 people.",
              ("58", "people murder", 58, "count", None, 58, 58)),
             ("Paddock killed 59 people and injured more than 800.", ("59", "people kill", 59, "count", None, 59, 59))),
            (("The assault on the school left 141 people dead, officials say.",
              ("141", "people leave", 141, "count", None, 141, 141)),
             ("When the siege ended, at least 145 people were dead, a spokesman said.",
              ("at least 145", "people dead", 145, "count", "at least", 145, None)))):
        a = Draft("a", "A", [(sa, "toll")], claims=[ca])
        b = Draft("b", "B", [(sb, "other toll")], claims=[cb])
        fx = make_fixture([a, b])
        fx.vectors["b"][0] = 0.6 * fx.vectors["a"][0] + 0.8 * fx.vectors["b"][0]  # related, no paraphrase
        assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1, sa
    # the wounded are not the dead, and a part of the dead is not all of them
    for sa, ca in (("The gunman wounded 58 people.", ("58", "people wound", 58, "count", None, 58, 58)),
                   ("Officials said 132 of the dead were children.",
                    ("132", "child dead", 132, "count", None, 132, 132))):
        a = Draft("a", "A", [(sa, "toll")], claims=[ca])
        b = Draft("b", "B", [("Most of the 126 dead were children.", "other toll")],
                  claims=[("126", "most", 126, "count", None, 126, 126)])
        fx = make_fixture([a, b])
        fx.vectors["b"][0] = 0.6 * fx.vectors["a"][0] + 0.8 * fx.vectors["b"][0]
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sa
    # two parts of one group are one quantity (review 8: "pulled four of Warren's ads", "took three of the ads down")
    fx = _pair("Facebook pulled four of Warren's ads on Monday, the company said.",
               ("four", "ad", 4, "count", None, 4, 4),
               "Facebook soon took three of the ads down, the company said.",
               ("three", "ad", 3, "count", None, 3, 3))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_forecast_is_not_the_actual_figure():
    """Review 11: CNN's "consensus forecast ... was for ... an unemployment rate of 6.1%" was disputed
    against the actual 5.9%, and NPR's "median forecast ... had called for 215,000 new jobs" against
    248,000 (and shown as a differing figure beside it)."""
    from manysides.compare.numbers import differing_figures

    actual_rate = ("The unemployment rate fell to 5.9 percent in September, the department said.",
                   ("5.9 percent", "unemployment rate", 5.9, "percent", None, 5.9, 5.9))
    for sentence, claim in (
            ("The consensus forecast from economists surveyed by CNNMoney was for a jobs gain of 215,000 jobs "
             "and an unemployment rate of 6.1%.", ("6.1%", "unemployment rate", 6.1, "percent", None, 6.1, 6.1)),
            ("Economists had expected the unemployment rate to hold at 6.1%.",
             ("6.1%", "unemployment rate", 6.1, "percent", None, 6.1, 6.1)),
            ("Analysts projected that the unemployment rate would be 6.1% in September.",
             ("6.1%", "unemployment rate", 6.1, "percent", None, 6.1, 6.1))):
        fx = _pair(sentence, claim, *actual_rate)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    from manysides.compare import shared_points

    fx = _pair("The median forecast among economists surveyed by Bloomberg had called for 215,000 new jobs in "
               "September.", ("215,000 new jobs", "new job", 215000, "count", None, 215000, 215000),
               "Employers added 248,000 new jobs in September, the department said.",
               ("248,000 new jobs", "new job", 248000, "count", None, 248000, 248000))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # nor one shared point, whose figures would differ (`shared.told_apart`)
    assert shared_points(fx.articles, fx.annotations, fx.vectors) == ()
    [point] = shared_points(fx.articles, fx.annotations, fx.vectors, tell_apart=False)
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    fx = _pair("Employers added 248,000 new jobs in September, more than the 215,000 economists had expected.",
               ("215,000", "economist", 215000, "count", None, 215000, 215000),
               "Employers added 248,000 new jobs in September, the department said.",
               ("248,000 new jobs", "new job", 248000, "count", None, 248000, 248000))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # an actual figure compared with the forecast is still the actual one, and two forecasts are compared
    fx = _pair("The unemployment rate fell more than expected to 5.7 percent in September.",
               ("5.7 percent", "unemployment rate", 5.7, "percent", None, 5.7, 5.7), *actual_rate)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("Economists had forecast an unemployment rate of 6.1% for September.",
               ("6.1%", "unemployment rate", 6.1, "percent", None, 6.1, 6.1),
               "Economists had forecast an unemployment rate of 6.3% for September.",
               ("6.3%", "unemployment rate", 6.3, "percent", None, 6.3, 6.3))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_groups_figure_is_not_the_whole_populations():
    """Review 11: "every age group except teenagers, whose jobless rate rose to 20 percent" was disputed
    against the jobless rate of 5.9 percent."""
    overall = ("The jobless rate fell 0.2 percentage points to 5.9 percent.",
               ("5.9 percent", "jobless rate", 5.9, "percent", None, 5.9, 5.9))
    for sentence, claim in (
            ("The drop in unemployment benefited every age group except teenagers, whose jobless rate rose to 20 "
             "percent from 19.6 percent.", ("20 percent", "jobless rate", 20, "percent", None, 20, 20)),
            ("The jobless rate among Hispanics fell to 6.9 percent.",
             ("6.9 percent", "jobless rate", 6.9, "percent", None, 6.9, 6.9)),
            ("The black jobless rate fell to 11 percent.",
             ("11 percent", "black jobless rate", 11, "percent", None, 11, 11))):
        fx = _pair(sentence, claim, *overall)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    # one group's figure given by two outlets is compared
    fx = _pair("The jobless rate for teenagers rose to 20 percent.",
               ("20 percent", "jobless rate", 20, "percent", None, 20, 20),
               "Teenagers, whose jobless rate rose to 22 percent, fared worst.",
               ("22 percent", "jobless rate", 22, "percent", None, 22, 22))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_the_hurt_are_not_the_dead():
    """Review 11: Fox's "at least seven Saudis were injured" was shown as differing from CNN's "killed
    six Saudis"."""
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "Saudi Arabia's Embassy in Turkey said at least seven Saudis were injured in the attack.",
        [("at least seven", "saudis injure", 7, "count", "at least", 7, None)],
        "The attack killed six Saudis and wounded 27 more, the Saudi Arabian Foreign Ministry said.",
        [("six", "saudis", 6, "count", None, 6, 6), ("27", "saudis", 27, "count", None, 27, 27)])
    assert differing_figures(point, fx.articles, fx.annotations) == ()
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # the hurt against the hurt are compared, whatever word each outlet uses
    fx = _pair("The terror attack killed 42 and wounded 238, officials said.",
               ("238", "attack", 238, "count", None, 238, 238),
               "At least 42 people died in the attack and at least 239 people were injured.",
               ("at least 239", "people injure", 239, "count", "at least", 239, None))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_figure_after_a_day_of_another_event_is_not_this_events():
    """Review 11: "the special election on April 18 ... nearly 194,000 people voted" (the first round) was
    disputed against the runoff's "more than 240,000 people had voted". The fixtures' articles are of
    2026-03-03."""
    runoff = ("More than 240,000 people had voted, signaling that voters remain engaged.",
              ("More than 240,000", "people vote", 240000, "count", "more than", 240000, None))
    for sentence in ("The special election on February 18 topped 37 percent - nearly 194,000 people voted.",
                     "The special election on December 18 topped 37 percent - nearly 194,000 people voted."):
        fx = _pair(sentence, ("nearly 194,000", "people vote", 194000, "count", "nearly", 174600, 194000), *runoff)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), sentence
    # a day of this event's week, a day to come or a day named after the figure does not make it another event's
    for sentence, written in (("In the runoff on March 1, nearly 194,000 people voted, officials said.", "nearly 194,000"),
                              ("Ahead of the runoff on March 20, nearly 194,000 people voted.", "nearly 194,000"),
                              ("Nearly 194,000 people voted, twice as many as on February 18.", "Nearly 194,000")):
        fx = _pair(sentence, (written, "people vote", 194000, "count", "nearly", 174600, 194000), *runoff)
        assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1, sentence


def test_the_time_since_an_event_is_no_quantity():
    """Review 11: "Roughly 90 minutes after the polls closed, Ossoff was leading" was disputed against
    Handel "declared the winner ... more than three hours after the polls closed"."""
    fx = _pair("Roughly 90 minutes after the polls closed, Ossoff was leading Handel only narrowly.",
               ("Roughly 90 minutes", "poll close", 90, "minute", "roughly", 81, 99),
               "Handel was declared the winner more than three hours after the polls closed at 7 p.m.",
               ("more than three hours", "poll close", 3, "hour", "more than", 3, None))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # a length is still compared, though an event follows it
    fx = _pair("Paul spoke for 13 hours before yielding the floor.",
               ("13 hours", "paul speak", 13, "hour", None, 13, 13),
               "Paul spoke for more than 24 hours before yielding the floor.",
               ("more than 24 hours", "paul speak", 24, "hour", "more than", 24, None))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_the_hurt_said_with_other_words_are_one_quantity():
    """Review 11 missed Fox's "238 people injured" against CNN's "239 people wounded" (subjects "people
    injure" and "people wound")."""
    a = Draft("a", "A", [("Of the 238 people injured in the carnage, 109 had already been discharged.", "hurt")],
              claims=[("238", "people injure", 238, "count", None, 238, 238)])
    b = Draft("b", "B", [("Of the 239 people wounded Tuesday night, 128 remained hospitalized.", "other hurt")],
              claims=[("239", "people wound", 239, "count", None, 239, 239)])
    fx = make_fixture([a, b])
    fx.vectors["b"][0] = 0.6 * fx.vectors["a"][0] + 0.8 * fx.vectors["b"][0]  # related, no paraphrase
    [d] = disputed_numbers(fx.articles, fx.annotations, fx.vectors)
    assert [c.text for c in d.claims] == ["238", "239"]


def test_figures_told_at_two_moments_are_not_disputed():
    """A storm's winds or the homes without power, read at two hours or on two days, are two
    readings of a changing quantity (review 12), not outlets disagreeing."""
    fx = _pair("By 11 p.m., Florence was moving west at 5 mph, with maximum sustained winds of 65 mph.",
               ("65 mph", "maximum sustained wind", 65, "mph", None, 65, 65),
               "At 2 a.m. EST Saturday, the center of the storm had maximum sustained winds at 50 mph.",
               ("50 mph", "maximum sustained wind", 50, "mph", None, 50, 50))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("There were 788,916 homes and businesses without power Friday night, the agency said.",
               ("788,916", "home business power", 788916, "count", None, 788916, 788916),
               "Some 908,614 homes and businesses were without power early Saturday, the agency said.",
               ("Some 908,614", "home business power", 908614, "count", "some", 908614, 908614))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # the same moment, or one outlet naming none, still compares
    fx = _pair("By 11 p.m. Friday, the storm had maximum sustained winds of 65 mph.",
               ("65 mph", "maximum sustained wind", 65, "mph", None, 65, 65),
               "At 11 p.m. Friday, the storm had maximum sustained winds of 50 mph.",
               ("50 mph", "maximum sustained wind", 50, "mph", None, 50, 50))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("By 11 p.m., Florence was moving west at 5 mph, with maximum sustained winds of 65 mph.",
               ("65 mph", "maximum wind", 65, "mph", None, 65, 65),
               "Florence made landfall at 7:15 a.m. EDT with estimated maximum winds of 90 mph.",
               ("90 mph", "maximum wind", 90, "mph", None, 90, 90))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # a day in another clause tells when something else happened: the toll is still disputed
    fx = _pair("At least 42 people died in Tuesday's attack on the airport and at least 239 people were injured.",
               ("at least 239", "people injure", 239, "count", "at least", 239, None),
               "Of the 238 people injured in the carnage, 109 had been discharged from the hospital Wednesday morning.",
               ("238", "people injure", 238, "count", None, 238, 238))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("The storm had maximum sustained winds of 65 mph, forecasters said.",
               ("65 mph", "maximum sustained wind", 65, "mph", None, 65, 65),
               "The storm had maximum sustained winds of 50 mph.",
               ("50 mph", "maximum sustained wind", 50, "mph", None, 50, 50))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_conversion_in_brackets_and_a_first_few_are_not_disputed():
    """'300 kilograms (661 pounds)' beside '(660 pounds)': one limit converted and rounded two
    ways; 'the first two fatalities' are a part of the toll (review 12)."""
    fx = _pair("Iran can keep no more than 300 kilograms (661 pounds) of enriched uranium.",
               ("661", "pound uranium", 661, "pound", None, 661, 661),
               "Iran can keep a stockpile of no more than 300 kilograms (660 pounds) of low-enriched uranium.",
               ("660", "pound uranium", 660, "pound", None, 660, 660))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Police can confirm the first two fatalities of the hurricane in the city.",
               ("two", "fatality hurricane", 2, "count", None, 2, 2),
               "Officials confirmed the hurricane's death toll had reached at least 14 in the region.",
               ("at least 14", "fatality hurricane", 14, "count", "at least", 14, None))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # figures outside brackets still compare
    fx = _pair("Iran can keep no more than 661 pounds of enriched uranium.",
               ("661 pounds", "pound uranium", 661, "pound", None, 661, 661),
               "Iran can keep no more than 600 pounds of low-enriched uranium.",
               ("600 pounds", "pound uranium", 600, "pound", None, 600, 600))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_what_a_place_could_see_is_a_forecast_not_what_fell():
    """'could see ... up to 15 inches' is a forecast; '16 inches has already fallen' what happened
    (review 12)."""
    fx = _pair("Some areas of South Carolina could see rainfall totals of up to 15 inches, forecasters said.",
               ("up to 15 inches", "rainfall total", 15, "inch", "up to", None, 15),
               "The weather service says 16 inches of rain has already fallen in parts of the state.",
               ("16 inches", "rain fall", 16, "inch", None, 16, 16))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # two forecasts are still compared
    fx = _pair("Some areas could see rainfall totals of 15 inches, forecasters said.",
               ("15 inches", "rainfall total", 15, "inch", None, 15, 15),
               "Parts of the state could see rainfall totals of 40 inches, forecasters said.",
               ("40 inches", "rainfall total", 40, "inch", None, 40, 40))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1



def test_a_time_that_opens_the_paragraph_tells_when_a_later_figure_holds():
    """"By 11 p.m., Florence's center was moving ... The center was about 20 miles north-northeast
    of Myrtle Beach" is the storm's position at 11 p.m., not a dispute with its position "at 2 a.m."
    (review 12); a time of day carried from a sentence before it, never from another paragraph."""
    a = Draft("a", "A", [("By 11 p.m., Florence's center was moving west-southwest at 5 mph.", "where"),
                         ("The center was about 20 miles north-northeast of Myrtle Beach.", "position")],
              claims=[("about 20 miles", "center", 20, "mile", "about", 20, 20)])
    b = Draft("b", "B", [("At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach.",
                          "position")],
              claims=[("about 35 miles", "center storm", 35, "mile", "about", 35, 35)])
    fx = make_fixture([a, b])
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    # the same two sentences in two paragraphs: the position has no time of its own, and is disputed
    fx = make_fixture([a, b])
    split = fx.articles[0]
    text = split.text.replace(" The center", "\nThe center")
    fx.articles[0] = dataclasses.replace(split, text=text)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_two_kinds_of_one_thing_are_not_disputed():
    """"stable for three years in their biological sex" and "stable in their preferred sex for 18
    months" are two rules of one policy (review 12); the same noun qualified alike still compares."""
    fx = _pair("Service members who have been stable for three years in their biological sex may join.",
               ("three years", "biological sex", 3, "years", None, 3, 3),
               "Recruits may join if they were deemed stable in their preferred sex for 18 months.",
               ("18 months", "deem preferred sex", 18, "month", None, 18, 18))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Service members who have been stable for three years in their biological sex may join.",
               ("three years", "biological sex", 3, "years", None, 3, 3),
               "Recruits may join if they were stable in their biological sex for 18 months.",
               ("18 months", "biological sex", 18, "month", None, 18, 18))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def _dated_pair(a_sentence, a_claim, a_day, b_sentence, b_claim, b_day):
    """`_pair` with each article's publication day."""
    fx = _pair(a_sentence, a_claim, b_sentence, b_claim)
    fx.articles = [dataclasses.replace(art, published=day) for art, day in zip(fx.articles, (a_day, b_day))]
    return fx


def test_a_running_total_read_at_two_times_is_not_disputed():
    """A toll that "had risen to 241 early Thursday" against one that "stood at 159", and a pandemic's
    deaths "so far" on May 12 against "more than 82,000" two days later, are readings of a growing
    count (review 13); the same toll given two ways on one day, or smaller on a later day, is still
    disputed."""
    fx = _dated_pair("The death toll stood at 159, but the number of missing was uncertain.",
                     ("159", "death toll", 159, "count", None, 159, 159), None,
                     "The agency reported the death toll had risen to 241 early Thursday.",
                     ("241", "death toll", 241, "count", None, 241, 241), "2016-08-24")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _dated_pair("So far, the coronavirus has killed more than 80,000 people in the United States.",
                     ("more than 80,000", "people kill", 80000, "count", "more than", 80000, None), "2020-05-12",
                     "The virus, which has killed more than 82,000 people in the United States, spread.",
                     ("more than 82,000", "people kill", 82000, "count", "more than", 82000, None), "2020-05-14")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _dated_pair("So far, the coronavirus has killed 80,000 people in the United States.",
                     ("80,000", "people kill", 80000, "count", None, 80000, 80000), "2020-05-12",
                     "So far, the coronavirus has killed 82,000 people in the United States.",
                     ("82,000", "people kill", 82000, "count", None, 82000, 82000), "2020-05-12")
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _dated_pair("So far, the coronavirus has killed 82,000 people in the United States.",
                     ("82,000", "people kill", 82000, "count", None, 82000, 82000), "2020-05-12",
                     "So far, the coronavirus has killed 80,000 people in the United States.",
                     ("80,000", "people kill", 80000, "count", None, 80000, 80000), "2020-05-14")
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_the_size_of_a_change_is_not_the_level():
    """Review 14: "the unemployment rate has fallen 0.8 percent" in a year is how far it moved, not a
    rate to dispute against "to 7.5 percent"; two sizes of one change are still compared."""
    fx = _pair("In the past year, the unemployment rate has fallen 0.8 percent, the report showed.",
               ("0.8 percent", "unemployment rate fall", 0.8, "percent", None, 0.8, 0.8),
               "The unemployment rate sank to 7.4 percent in July, the report showed.",
               ("7.4 percent", "unemployment rate sink", 7.4, "percent", None, 7.4, 7.4))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("In the past year, the unemployment rate has fallen 0.8 percent, the report showed.",
               ("0.8 percent", "unemployment rate fall", 0.8, "percent", None, 0.8, 0.8),
               "In the past year, the unemployment rate has dropped 1.3 percent, the report showed.",
               ("1.3 percent", "unemployment rate drop", 1.3, "percent", None, 1.3, 1.3))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_where_a_level_will_move_to_is_a_forecast():
    """Review 14: economists "think the unemployment rate will tick down a tenth of a percent, to 7.5
    percent" is a forecast, not the 7.4 percent the rate fell to."""
    fx = _pair("Economists think the unemployment rate will tick down a tenth of a percent, to 7.5 percent.",
               ("7.5 percent", "unemployment rate", 7.5, "percent", None, 7.5, 7.5),
               "The 7.4 percent unemployment rate is the lowest of the presidency.",
               ("7.4 percent", "unemployment rate", 7.4, "percent", None, 7.4, 7.4))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Economists said the unemployment rate was 7.5 percent.",
               ("7.5 percent", "unemployment rate", 7.5, "percent", None, 7.5, 7.5),
               "The 7.4 percent unemployment rate is the lowest of the presidency.",
               ("7.4 percent", "unemployment rate", 7.4, "percent", None, 7.4, 7.4))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_figure_rounded_to_fewer_decimals_is_not_disputed():
    """Review 14: "sank to 2.6%" and "fell to 2.64 percent" are one rate, one outlet rounding it;
    2.6% against 2.71 percent, or 7 against 7.4 percent (whole numbers), are still compared. (Review 14's
    were a Treasury yield's, which review 16 reads as a market's readings at two moments, `_trading`.)"""
    fx = _pair("The unemployment rate among veterans sank to 2.6% in July, the report said.",
               ("2.6%", "unemployment rate veteran", 2.6, "percent", None, 2.6, 2.6),
               "The jobless rate among veterans fell to 2.64 percent in July, according to the report.",
               ("2.64 percent", "unemployment rate veteran", 2.64, "percent", None, 2.64, 2.64))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("The unemployment rate among veterans sank to 2.6% in July, the report said.",
               ("2.6%", "unemployment rate veteran", 2.6, "percent", None, 2.6, 2.6),
               "The jobless rate among veterans fell to 2.71 percent in July, according to the report.",
               ("2.71 percent", "unemployment rate veteran", 2.71, "percent", None, 2.71, 2.71))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_last_month_is_read_against_the_articles_day():
    """Review 14: in an August report, "added 162,000 jobs last month" is July's figure, not to be
    disputed against "176,000 jobs in May"; against "176,000 jobs in July" it is."""
    def pair(other):
        return _dated_pair("But employers added 162,000 jobs last month, below expectations.",
                           ("162,000", "employer add job", 162000, "count", None, 162000, 162000), "2013-08-02",
                           f"The government said employers added 176,000 jobs in {other}, below estimates.",
                           ("176,000", "employer add job", 176000, "count", None, 176000, 176000), "2013-08-02")
    fx = pair("May")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = pair("July")
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_eligible_voters_are_not_the_voters_who_voted():
    """Review 14: "India's 814 million eligible voters" and "India's 540 million voters" who gave a
    mandate count two groups."""
    fx = _pair("Turnout was a record, with 66 percent of India's 814 million eligible voters casting ballots.",
               ("814 million", "india voter", 814e6, "count", None, 814e6, 814e6),
               "It's the first time in three decades that India's 540 million voters delivered a mandate.",
               ("540 million", "india voter", 540e6, "count", None, 540e6, 540e6))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()


def test_review_15s_speed_legal_bound_and_readings_of_a_changing_level_are_not_disputed():
    """Review 15: "160-mile-per-hour winds" (a speed) against a storm "415 miles across"; a crime that
    "carried a maximum sentence of five years" against "a 12-month sentence"; winds that "weakened to 125
    mph" shortly before noon Saturday against "120 mph winds" (no moment), and 5.6 million people ordered
    to evacuate against 6.3 million who "have now been ordered" a day later, are not disputes. Two
    distances, two sentences given, and two levels read on one day with no moment, still are."""
    fx = _pair("Irma made landfall in Cuba as a Category 5 hurricane with 160-mile-per-hour winds.",
               ("160-mile", "wind", 160, "mile", None, 160, 160),
               "Irma's enormous wind field lashed Florida, stretching out 415 miles across.",
               ("415 miles", "wind", 415, "mile", None, 415, 415))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Irma made landfall in Cuba as a hurricane with winds extending 160 miles from its center.",
               ("160 miles", "wind", 160, "mile", None, 160, 160),
               "Irma's enormous wind field lashed Florida, with winds extending 415 miles from its center.",
               ("415 miles", "wind", 415, "mile", None, 415, 415))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("He was convicted of assaulting his stepson, which carried a maximum sentence of five years.",
               ("five years", "sentence", 5, "years", None, 5, 5),
               "His abuse of his stepson resulted in a 12-month sentence after he pleaded guilty.",
               ("12-month", "sentence", 12, "month", None, 12, 12))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("He was convicted of assaulting his stepson, which resulted in a sentence of five years.",
               ("five years", "sentence", 5, "years", None, 5, 5),
               "His abuse of his stepson resulted in a 12-month sentence after he pleaded guilty.",
               ("12-month", "sentence", 12, "month", None, 12, 12))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _dated_pair("The storm was downgraded shortly before noon Saturday after its maximum sustained winds "
                     "weakened to 125 mph.", ("125 mph", "maximum sustained wind", 125, "mph", None, 125, 125),
                     "2017-09-09",
                     "Irma had been downgraded to a Category 3 storm with maximum sustained winds of 120 mph.",
                     ("120 mph", "maximum sustained wind", 120, "mph", None, 120, 120), "2017-09-09")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _dated_pair("In Florida, officials estimated that 5.6 million people had been ordered to evacuate.",
                     ("5.6 million", "people order evacuate", 5.6e6, "count", None, 5.6e6, 5.6e6), "2017-09-08",
                     "About 6.3 million people in Florida have now been ordered to evacuate.",
                     ("About 6.3 million", "people order evacuate", 6.3e6, "count", "about", 6.2e6, 6.4e6),
                     "2017-09-09")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _dated_pair("The storm's maximum sustained winds weakened to 125 mph as it neared the Keys.",
                     ("125 mph", "maximum sustained wind", 125, "mph", None, 125, 125), "2017-09-09",
                     "The storm's maximum sustained winds weakened to 110 mph as it neared the Keys.",
                     ("110 mph", "maximum sustained wind", 110, "mph", None, 110, 110), "2017-09-09")
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_running_total_whose_verb_stands_after_a_dashed_aside_is_a_reading():
    """Review 15: "about 6.3 million people in Florida — more than one-quarter of the state's population —
    have now been told to clear out" (a day later) is a reading of the count "5.6 million ... had been
    ordered to evacuate" gives, its verb after the aside; without a running total's words it is disputed."""
    def pair(verb):
        return _dated_pair(
            "In Florida, officials estimated that 5.6 million people had been ordered to evacuate.",
            ("5.6 million", "people order evacuate", 5.6e6, "count", None, 5.6e6, 5.6e6), "2017-09-08",
            f"About 6.3 million people in Florida — more than one-quarter of the state's population — {verb} "
            "to clear out.", ("About 6.3 million", "people order evacuate", 6.3e6, "count", "about", 6.2e6, 6.4e6),
            "2017-09-09")
    fx = pair("have now been told")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = pair("were told")
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_running_total_read_on_two_days_is_a_differing_figure_not_a_dispute():
    """Review 15: "At least 20 people have died" (Friday) and a storm that "has already killed at least 25
    people" (Saturday) are two days' readings of one toll: no dispute, but a shared point pairing them must
    not state one day's toll as agreed, so both are its differing figures (the views add the days)."""
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "At least 20 people have died because of the storm in the Caribbean.",
        [("At least 20 people", "people die storm", 20, "count", "at least", 20, None)],
        "The storm has already killed at least 25 people in the Caribbean islands.",
        [("at least 25 people", "storm kill people", 25, "count", "at least", 25, None)])
    fx.articles = [dataclasses.replace(art, published=day) for art, day in zip(fx.articles, ("2017-09-08", "2017-09-09"))]
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    assert [c.text for c in differing_figures(point, fx.articles, fx.annotations)] == [
        "At least 20 people", "at least 25 people"]


def test_two_starting_levels_read_at_two_moments_are_not_disputed():
    """Review 14: a yield that "sank to 2.6%, down from 2.74% before the jobs report came out" and one that
    "fell to 2.64 percent from 2.71 percent" (the last close) start from two moments; two starting levels
    that name no moment, or the same one, are still compared. (The controls are a jobless rate: a market's
    figures are readings at two moments unless both give the close, review 16.)"""
    def pair(a_after, b_after, what="yield on the 10-year Treasury note", subject="yield treasury note"):
        return _pair(f"The {what} sank to 2.6%, down from 2.74%{a_after}.",
                     ("2.74%", subject, 2.74, "percent", None, 2.74, 2.74),
                     f"The benchmark {what} fell to 2.64 percent from 2.71 percent{b_after}.",
                     ("2.71 percent", subject, 2.71, "percent", None, 2.71, 2.71))
    fx = pair(" before the jobs report came out", " as investors bought bonds")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = pair(" after the report", " before the report")
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    jobless = dict(what="jobless rate in the county", subject="jobless rate county")
    fx = pair(" before the plant closed", " before the plant closed", **jobless)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = pair(" before the plant closed", " after the plant closed", **jobless)
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = pair("", " as hiring slowed", **jobless)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_figure_in_a_subheading_is_not_compared():
    """Review 14: "Two plaintiffs deceased", a subheading over a paragraph on the case's three plaintiffs, is
    no count of the plaintiffs to dispute; the same words in a sentence of prose are."""
    def fixture(line_break):
        a = Draft("a", "A", [("There are three plaintiffs in the three cases, the lawyers said.", "t")],
                  claims=[("three plaintiffs", "plaintiff", 3, "count", None, 3, 3)])
        b = Draft("b", "B", [("Two plaintiffs deceased", "t"), ("The court ruled on Monday.", "b-x")],
                  claims=[("Two", "plaintiff deceased", 2, "count", None, 2, 2)])
        fx = make_fixture([a, b])
        if line_break:
            fx.articles[1] = dataclasses.replace(fx.articles[1], text=fx.articles[1].text.replace(" The", "\nThe"))
        return fx
    fx = fixture(True)
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = fixture(False)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_a_level_read_on_two_days_is_no_differing_figure():
    """Review 15: a storm's winds "weakening to 100 mph" (one day) and "weakened to 125 mph" (the next) are the
    level at two moments, not one quantity that differs: only a count's running total is listed so."""
    from manysides.compare.numbers import differing_figures

    fx, point = _shared_fixture(
        "Hurricane Irma was downgraded with its maximum sustained winds weakening to 100 mph.",
        [("100 mph", "maximum sustained wind", 100, "mph", None, 100, 100)],
        "Hurricane Irma was downgraded after its maximum sustained winds weakened to 125 mph.",
        [("125 mph", "maximum sustained wind", 125, "mph", None, 125, 125)])
    fx.articles = [dataclasses.replace(art, published=day) for art, day in zip(fx.articles, ("2017-09-08", "2017-09-09"))]
    assert differing_figures(point, fx.articles, fx.annotations) == ()
