"""Review 18's shared-point leftover: a quotation's later sentence, quoted by the same outlets, is no point of its
own."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_fixture

IDEA = "\u201cThe idea is to prepare and pack up what you need and get out,\u201d said Jeff Lindner, a meteorologist."
FAR = "\u201cAnd you don\u2019t have to go far, you just need to get out of this area of the county.\u201d"
SHELTER = "The city's main convention center was being outfitted to handle 5,000 evacuees, officials said."


def test_a_quotations_later_sentence_both_outlets_quote_is_not_a_point_of_its_own():
    """USA Today and Fox quote Lindner's two sentences alike: one statement, listed once, by its first sentence.
    A point whose sentences follow another point's in one outlet only, or that are no quotation's later sentences,
    is still its own."""
    a = Draft("a", "USA Today", [(IDEA, "idea"), (FAR, "far"), (SHELTER, "shelter")])
    b = Draft("b", "Fox", [(IDEA.replace("said Jeff", "Jeff"), "idea"), (FAR, "far"),
                           ("Officials said the convention center would take 5,000 evacuees from the city.", "shelter")])
    fx = make_fixture([a, b])
    points = shared_points(fx.articles, fx.annotations, fx.vectors)
    firsts = [p.evidence[0].text for p in points]
    assert IDEA in firsts and FAR not in firsts and SHELTER in firsts
    # in Fox, the second sentence stands apart from the first: two points
    b = Draft("b", "Fox", [(IDEA.replace("said Jeff", "Jeff"), "idea"),
                           ("Officials said the convention center would take 5,000 evacuees from the city.", "shelter"),
                           (FAR, "far")])
    fx = make_fixture([a, b])
    firsts = [p.evidence[0].text for p in shared_points(fx.articles, fx.annotations, fx.vectors)]
    assert IDEA in firsts and FAR in firsts
