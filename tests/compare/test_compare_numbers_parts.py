"""Review 17's figures of a part: one site's toll is not all sites', one country's count not the world's, a sum
approved not the sum withheld, "$250 million of the aid" not the aid."""

from manysides.compare import disputed_numbers, shared_points

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    return make_fixture([Draft("a", "A", [(a_sentence, "t")], claims=[a_claim]),
                         Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])])


def _disputed(fx):
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def _hurt(text, value, hedge=None, low=None, high=None):
    return (text, "people injure", value, "count", hedge, value if low is None else low, high)


ALL_SITES = ("As many as 31 people were killed and more than 180 injured as coordinated bombings rocked the Brussels "
             "airport and subway system during rush hour.", _hurt("more than 180", 180, "more than", 181, None))


def test_one_sites_toll_is_not_disputed_against_all_sites():
    """"10 people were killed and 100 wounded at Brussels' international airport" against "more than 180 injured as
    bombings rocked the Brussels airport and subway system" (review 17): one site's count, not a second count of
    all. Two sites' counts are not compared either; a count that names no site still is."""
    one = ("A government representative said that 10 people were killed and 100 wounded at Brussels' international "
           "airport.", _hurt("100", 100, low=100, high=100))
    assert _disputed(_pair(*one, *ALL_SITES)) == ()
    in_all = ("Bombs killed 31 people and injured more than 180 in all, officials said.",
              _hurt("more than 180", 180, "more than", 181, None))
    assert _disputed(_pair(*one, *in_all)) == ()
    metro = ("Officials said 130 people were wounded at the Maelbeek metro station.", _hurt("130", 130, low=130, high=130))
    assert _disputed(_pair(*one, *metro)) == ()
    # no place named: the whole event's count, disputed as before
    plain = ("Officials said 10 people were killed and 100 people were wounded in the bombings.",
             _hurt("100", 100, low=100, high=100))
    assert len(_disputed(_pair(*plain, *ALL_SITES))) == 1
    # one site, the same site: compared
    airport = ("Officials said 130 people were wounded in the blasts at the airport.", _hurt("130", 130, low=130, high=130))
    assert len(_disputed(_pair(*one, *airport))) == 1


def _articles_of_points(drafts):
    fx = make_fixture(drafts)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)]


def test_one_countrys_count_is_not_the_worlds():
    """"Nine thousand cases of the coronavirus have been confirmed in Italy" stood as one point with "The
    coronavirus has infected more than 110,000 people worldwide" (review 16): one country's count and the world's
    are two facts. Two counts of the world that differ stay one point (a dispute it shows)."""
    italy = Draft("a", "A", [("Nine thousand cases of the coronavirus have been confirmed in Italy, officials said.", "x")],
                  claims=[("Nine thousand", "case", 9000, "count", None, 9000, 9000)])
    world = Draft("b", "B", [("The coronavirus has infected more than 110,000 people worldwide, officials said.", "x")],
                  claims=[("more than 110,000", "people infect", 110000, "count", "more than", 110001, None)])
    assert _articles_of_points([italy, world]) == []
    world_40 = Draft("c", "C", [("The coronavirus has infected 40,000 people worldwide, officials said.", "x")],
                     claims=[("40,000", "people infect", 40000, "count", None, 40000, 40000)])
    assert _articles_of_points([world_40, world]) == [("c", "b")]


def _aid(sentence, text, value):
    return sentence, (text, "military aid", value, "USD", None, value, value)


def test_a_sum_approved_is_not_the_sum_withheld():
    """"$391 million in military aid already approved by Congress" against "the withholding of $250 million in
    military aid" (review 17): a commitment and what was done with it. Two sums withheld are compared, and a sum
    whose clause names neither stage."""
    approved = _aid("He was also counting on $391 million in military aid already approved by Congress.",
                    "$391 million", 391e6)
    withheld = _aid("The question is how exactly Trump effectuated the withholding of $250 million in military aid.",
                    "$250 million", 250e6)
    assert _disputed(_pair(*approved, *withheld)) == ()
    withheld_391 = _aid("The question is how exactly Trump effectuated the withholding of $391 million in military aid.",
                        "$391 million", 391e6)
    assert len(_disputed(_pair(*withheld_391, *withheld))) == 1
    plain = _aid("The question is how exactly Trump used $391 million in military aid to Ukraine.", "$391 million", 391e6)
    assert len(_disputed(_pair(*plain, *withheld))) == 1


def test_a_part_of_a_sum_is_not_the_sum():
    """"$250 million of the aid" and "of which $250 million" count a part of the sum another outlet gives."""
    whole = _aid("Trump held up $391 million in military aid to Ukraine, officials said.", "$391 million", 391e6)
    part = _aid("Trump held up $250 million of the military aid to Ukraine, officials said.", "$250 million", 250e6)
    assert _disputed(_pair(*whole, *part)) == ()
    part = _aid("Trump held up aid to Ukraine, of which $250 million was military aid, officials said.",
                "$250 million", 250e6)
    assert _disputed(_pair(*whole, *part)) == ()
    other = _aid("Trump held up $250 million in military aid to Ukraine, officials said.", "$250 million", 250e6)
    assert len(_disputed(_pair(*whole, *other))) == 1
