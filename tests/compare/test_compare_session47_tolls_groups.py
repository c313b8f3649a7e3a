"""Disputed figures (session 47, helper H, review 37; invented sentences): "others" after a count of the other harm
is the whole count, and an age range names a population group."""

import numpy as np

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claims, b_sentence, b_claims):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=list(a_claims))
    b = Draft("b", "B", [(b_sentence, "t")], claims=list(b_claims))
    return make_fixture([a, b])


def _disputes(fx):
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


SIX_HURT = ("Three people were killed and six injured at the depot, the sheriff said.",
            [("Three", "people kill", 3, "count", None, 3, 3), ("six", "people injure", 6, "count", None, 6, 6)])


def test_the_hurt_told_as_others_than_the_dead_are_all_the_hurt():
    """Review 37: "killing five people and injuring eight others" counts all the injured (eight), not a remainder:
    it was never compared with another outlet's "six injured"."""
    for sentence in ("A gunman opened fire at the depot, killing three people and injuring nine others.",
                     "Three people were killed and nine others were injured at the depot."):
        fx = _pair(sentence, [("three" if "killing" in sentence else "Three", "people kill", 3, "count", None, 3, 3),
                              ("nine", "other injure", 9, "count", None, 9, 9)], *SIX_HURT)
        found = _disputes(fx)
        assert len(found) == 1 and {c.value for c in found[0].claims} == {6, 9}, sentence


def test_a_remainder_of_the_same_harm_is_still_a_part():
    """Controls: "others" after no count of the other harm, or after a count of the same harm, is still a remainder
    ("the driver and nine other passengers were injured"; "two officers and nine others were hurt")."""
    for sentence, claim in (
            ("The driver and nine other passengers were injured at the depot.",
             ("nine", "other passenger injure", 9, "count", None, 9, 9)),
            ("Two guards were injured and nine others were hurt at the depot.",
             ("nine", "other hurt", 9, "count", None, 9, 9))):
        fx = _pair(sentence, [claim], *SIX_HURT)
        assert _disputes(fx) == (), sentence


ALL_RATE = ("The unemployment rate fell to 3.8% in May, the Labor Department said.",
            [("3.8%", "unemployment rate", 3.8, "percent", None, 3.8, 3.8)])


def test_an_age_ranges_rate_is_not_the_whole_populations():
    """Review 37: CNN's "the unemployment rate among 16- to 19-year-olds has fallen from 14.1% to 12.8%" was disputed
    against the rate of all (3.8%). The claims stage reads "19-year" as an age; the reached level 12.8% takes the
    group its starting level is named with."""
    for sentence, claims in (
            ("Over the past year, the unemployment rate among 16- to 19-year-olds has fallen from 14.1% to 12.8%.",
             [("19-year", "old", 19, "years", None, 19, 19),
              ("14.1%", "unemployment rate", 14.1, "percent", None, 14.1, 14.1),
              ("12.8%", "unemployment rate", 12.8, "percent", None, 12.8, 12.8)]),
            ("The unemployment rate for workers aged 55 and over was 3.1% in May.",
             [("3.1%", "unemployment rate", 3.1, "percent", None, 3.1, 3.1)]),
            ("The unemployment rate of those ages 20 to 24 fell to 6.9% in May.",
             [("6.9%", "unemployment rate", 6.9, "percent", None, 6.9, 6.9)])):
        fx = _pair(sentence, claims, *ALL_RATE)
        assert _disputes(fx) == (), sentence


def test_the_rate_of_all_and_one_age_ranges_rates_still_compare():
    """Controls: two outlets' rates of all, and two outlets' rates of one age range, are still compared; a change's
    levels without a group stay the rate of all."""
    fx = _pair("The unemployment rate fell from 3.9% to 3.6% in May.",
               [("3.9%", "unemployment rate", 3.9, "percent", None, 3.9, 3.9),
                ("3.6%", "unemployment rate", 3.6, "percent", None, 3.6, 3.6)], *ALL_RATE)
    assert len(_disputes(fx)) == 1
    fx = _pair("The unemployment rate among 16- to 19-year-olds fell to 12.8% in May.",
               [("19-year", "old", 19, "years", None, 19, 19),
                ("12.8%", "unemployment rate", 12.8, "percent", None, 12.8, 12.8)],
               "The unemployment rate for 16- to 19-year-olds dropped to 13.9% in May.",
               [("19-year", "old", 19, "years", None, 19, 19),
                ("13.9%", "unemployment rate", 13.9, "percent", None, 13.9, 13.9)])
    assert len(_disputes(fx)) == 1


def _at_cosine(fx, cos):
    """The two one-sentence articles' vectors set at a given cosine (the hand vectors make one topic 0.92)."""
    va = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    vb = np.array([cos, (1 - cos * cos) ** 0.5, 0.0], dtype=np.float32)
    fx.vectors.update({"a": va[None, :], "b": vb[None, :]})
    return fx


EIGHT_HURT = ("An armed man opened fire at the depot on Friday afternoon, killing three people and injuring eight "
              "others.",
              [("three", "people kill", 3, "count", None, 3, 3), ("eight", "other injure", 8, "count", None, 8, 8)])
SIX_HURT_CHAOS = ("Three people were killed and six injured amid the chaos, as passengers ran for the exits.",
                  [("Three", "people kill", 3, "count", None, 3, 3), ("six", "injure", 6, "count", None, 6, 6)])


def test_each_articles_only_count_of_the_hurt_is_one_toll_in_sentences_of_other_matter():
    """Review 37: the Washington Times' lead (the gunman's act) and USA Today's (the chaos) give the hurt, eight and
    six, in sentences at cosine 0.27, under the one-thing bar (0.35); a count of the harmed pairs at 0.2."""
    fx = _at_cosine(_pair(*EIGHT_HURT, *SIX_HURT_CHAOS), 0.27)
    found = _disputes(fx)
    assert len(found) == 1 and {c.value for c in found[0].claims} == {6, 8}


def test_the_lower_bar_is_for_tolls_only():
    """Controls: the same pair at cosine 0.1 stays apart, and two sums of money (each article's only offer) at 0.27
    need the one-thing bar (0.35) as before."""
    assert _disputes(_at_cosine(_pair(*EIGHT_HURT, *SIX_HURT_CHAOS), 0.1)) == ()
    fx = _at_cosine(_pair("The rich countries made an aid offer of $22 million on Monday.",
                          [("$22 million", "aid offer", 22e6, "USD", None, 22e6, 22e6)],
                          "Brazil turned down the $20 million aid offer, its president's office said.",
                          [("$20 million", "aid offer", 20e6, "USD", None, 20e6, 20e6)]), 0.27)
    assert _disputes(fx) == ()
    assert len(_disputes(_at_cosine(fx, 0.4))) == 1
