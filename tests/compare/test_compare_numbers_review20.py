"""Review 20's figures: an aside on another place is that place's figure."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture

CHILE = ("Chile", "Chile", "GPE")


def _disputes(a_sentences, b_sentences, entities_b=(CHILE,)):
    """Two outlets; the sentence holding each one's figure on one topic ("t"), the others on topics of their own."""
    def draft(name, sentences, claim, entities):
        return Draft(name, name.upper(), [(t, "t" if str(claim[0]) in t else f"{name}{k}") for k, t in
                                          enumerate(sentences)], entities=list(entities), claims=[claim])

    forty = ("40 rescue workers", "rescue worker", 40, "count", None, 40, 40)
    thirty_five = ("35 rescue workers", "rescue worker", 35, "count", None, 35, 35)
    a = draft("a", a_sentences, forty, [CHILE, ("Peru", "Peru", "GPE"), ("Peruvian", "Peruvian", "NORP")])
    b = draft("b", b_sentences, thirty_five, entities_b)
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


STORY = ["Rescuers in Chile worked through the night at the collapsed copper mine.",
         "Officials in Chile said the mine had passed an inspection in March.",
         "The mining minister of Chile visited the site on Sunday."]
OTHER = ["The 35 rescue workers at the collapsed mine are being checked by doctors, officials said.",
         "The mine in Chile had passed an inspection in March.",
         "Families in Chile waited outside the gates.",
         "A mine in Peru collapsed last month too."]
PERU = ("Peru", "Peru", "GPE")


def test_an_aside_on_another_place_is_that_places_figure():
    """Review 20: CNN's "A nurse in Spain who also treated an Ebola patient also caught the virus. She is in critical
    condition and being treated by 50 health care workers, Spanish authorities said" was disputed against USA Today's
    "the 48 health care workers who were being most closely watched" in Dallas (USA Today names Spain's case once,
    elsewhere). A figure in an aside on a place its article names nowhere else, in an article of another place, is
    not compared with a figure of an article that names that place in passing too (elsewhere, once); told of the
    story's place, named beside the other figure, or never named by the other article (a place of the story's own,
    as a town of its country may be), it still is."""
    aside = ["A mine in Peru also collapsed last month.",
             "It is being searched by 40 rescue workers, Peruvian officials said."]
    assert _disputes(STORY + aside, OTHER, (CHILE, PERU)) == ()
    assert len(_disputes(STORY + aside, OTHER[:3] + ["Rescue teams came from two regions."])) == 1
    # the same figure told of the story's own place
    own = ["A second shaft in Chile also collapsed last month.",
           "It is being searched by 40 rescue workers, officials said."]
    assert len(_disputes(STORY + own, OTHER, (CHILE, PERU))) == 1
    # the other outlet names that place beside its figure: the two may count one thing
    beside = ["The 35 rescue workers from Peru at the collapsed mine are being checked by doctors."] + OTHER[1:3]
    assert len(_disputes(STORY + aside, beside, (CHILE, PERU))) == 1
    # an article with no place of its own: the place is no aside
    assert len(_disputes(["Rescuers worked through the night at the collapsed copper mine."] + aside, OTHER,
                         (CHILE, PERU))) == 1
