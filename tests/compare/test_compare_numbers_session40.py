"""Disputed figures (session 40, review 27; invented sentences)."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    return make_fixture([a, b])


def test_a_sentence_requested_is_not_compared_with_a_penalty_faced():
    """Review 27: the 20 years prosecutors "had requested that Couch be sentenced to" at a trial was disputed against
    another outlet's "he could be sentenced to up to 10 years in prison" if his probation were revoked. What a request
    asks for ("requested that", "asked that") is what might be, as what guidelines recommend; two requests compare, and
    a request of an amount ("requested $40 million") is the amount outlets report."""
    fx = _pair("Prosecutors had requested that the smuggler be sentenced to 20 years behind bars.",
               ("20 years", "smuggler sentence bar", 20, "years", None, 20, 20),
               "If he breaks parole, the smuggler could be sentenced to up to 8 years in prison.",
               ("up to 8 years", "smuggler sentence prison", 8, "years", "up to", None, 8))
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors) == ()
    fx = _pair("Prosecutors had asked that the smuggler be sentenced to 20 years behind bars.",
               ("20 years", "smuggler sentence bar", 20, "years", None, 20, 20),
               "Prosecutors sought 25 years in prison for the smuggler at the trial.",
               ("25 years", "smuggler sentence prison", 25, "years", None, 25, 25))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
    fx = _pair("The port authority requested $40 million for the new harbor wall.",
               ("$40 million", "port authority harbor wall", 40e6, "USD", None, 40e6, 40e6),
               "The port authority wants $45 million for the new harbor wall.",
               ("$45 million", "port authority harbor wall", 45e6, "USD", None, 45e6, 45e6))
    assert len(disputed_numbers(fx.articles, fx.annotations, fx.vectors)) == 1
