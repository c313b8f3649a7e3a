"""Disputed figures: a request that someone receive or serve an outcome (session 43, review 32; invented sentences)."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    return make_fixture([a, b])


SENTENCED = ("The smuggler was sentenced to four years in prison on Monday.",
             ("four years", "smuggler sentence prison", 4, "years", None, 4, 4))


def test_a_sentence_asked_for_is_not_disputed_against_the_sentence_given():
    """Review 32: the "roughly four years" prosecutors had asked for Cohen to receive was disputed against the three
    years of the sentence. What someone is asked to receive, serve or pay, or a court to impose, is what might be."""
    for asked in ("Prosecutors have asked for the smuggler to receive a sentence of roughly six years.",
                  "Prosecutors urged the judge to impose six years on the smuggler.",
                  "The prosecution asked the court to sentence the smuggler to six years."):
        fx = _pair(asked, ("six years", "smuggler sentence", 6, "years", None, 6, 6), *SENTENCED)
        assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == (), asked


def test_two_sentences_given_and_two_requests_still_compare():
    fx = _pair("The smuggler was sentenced to six years in prison on Monday.",
               ("six years", "smuggler sentence prison", 6, "years", None, 6, 6), *SENTENCED)
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("Prosecutors have asked for the smuggler to receive a sentence of six years.",
               ("six years", "smuggler sentence", 6, "years", None, 6, 6),
               "Prosecutors urged the judge to impose nine years on the smuggler.",
               ("nine years", "smuggler sentence", 9, "years", None, 9, 9))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1


def test_an_amount_asked_to_be_approved_is_still_the_amount():
    """A request that someone approve an amount is not an outcome asked for: the amount is what outlets report."""
    fx = _pair("The mayor asked the council to approve $40 million for the new harbor wall.",
               ("$40 million", "mayor council harbor wall", 40e6, "USD", None, 40e6, 40e6),
               "The mayor requested $45 million for the new harbor wall.",
               ("$45 million", "mayor harbor wall", 45e6, "USD", None, 45e6, 45e6))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
