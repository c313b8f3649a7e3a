"""Review 19's figures: a whole set and some of it, a figure of a time told back ("last summer")."""

from manysides.compare import disputed_numbers

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one sentence each, on one topic (hand vectors: a paraphrase)."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_a_whole_set_and_some_of_it_are_not_disputed():
    """"all 50 states must recognize ..." against "37 states issued marriage licenses" (review 19): the whole set
    and a part of it. Two counts of the states that issued licenses are still disputed, and so are two tolls
    even where one is "all" of a set."""
    fifty = ("50 states", "states recognize marriages", 50, "state", None, 50, 50)
    thirty_seven = ("37 states", "states issued licenses", 37, "state", None, 37, 37)
    licenses = "Prior to the ruling, 37 states issued marriage licenses to same-sex couples."
    assert _pair("The court ruled that all 50 states must recognize same-sex marriages.", fifty,
                 licenses, thirty_seven) == ()
    assert _pair("The court ruled that none of the 50 states may ban same-sex marriages.", fifty,
                 licenses, thirty_seven) == ()
    assert len(_pair("Before the ruling, 50 states issued marriage licenses to same-sex couples.", fifty,
                     licenses, thirty_seven)) == 1
    aboard = ("50 passengers", "passengers killed", 50, "count", None, 50, 50)
    assert len(_pair("All 50 passengers were killed in the crash.", aboard,
                     "The crash killed 37 passengers, officials said.",
                     ("37 passengers", "passengers killed", 37, "count", None, 37, 37))) == 1


def test_a_figure_of_a_time_told_back_is_another_times():
    """"When the court was presented last summer with cases ... in five states, it turned the cases down" against
    "lawsuits filed by same-sex couples in four states" (review 19): last summer's cases are not this ruling's.
    Without the time told back, the two counts are disputed; "in the last year" is a span up to now."""
    four = ("four states", "states lawsuits", 4, "state", None, 4, 4)
    five = ("five states", "states cases", 5, "state", None, 5, 5)
    suits = "The decision stems from lawsuits filed by same-sex couples in four states."
    assert _pair(suits, four, "When the court was presented last summer with cases from five states, it turned "
                 "the cases down.", five) == ()
    assert _pair(suits, four, "Two years ago the court turned down cases from five states.", five) == ()
    assert len(_pair(suits, four, "The court heard cases from five states.", five)) == 1
    assert len(_pair(suits, four, "In the last year the court heard cases from five states.", five)) == 1



def _two(a_sentences, a_claims, b_sentences, b_claims):
    """Two outlets; the first sentence of each on one topic, the others on topics of their own."""
    a = Draft("a", "A", [(t, "t" if k == 0 else f"a{k}") for k, t in enumerate(a_sentences)], claims=a_claims)
    b = Draft("b", "B", [(t, "t" if k == 0 else f"b{k}") for k, t in enumerate(b_sentences)], claims=b_claims)
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_an_outlet_that_gives_the_other_outlets_figure_elsewhere_does_not_dispute_it():
    """The Monitor's "lawsuits filed ... in four states" paired with Politico's "37 states issued marriage
    licenses" (review 19), where the Monitor writes "Currently, 37 states recognize same-sex marriages" too: it
    reports both figures and disputes neither. Without its 37, the pair is still disputed."""
    four = ("four states", "state", 4, "state", None, 4, 4)
    suits = "The decision stems from lawsuits filed by same-sex couples in four states."
    licenses = "Prior to the ruling, 37 states issued marriage licenses to same-sex couples."
    thirty_seven = ("37 states", "state", 37, "state", None, 37, 37)
    currently = "Currently, 37 states recognize same-sex marriages, a count that grew fast."
    assert _two([suits, currently], [four, thirty_seven], [licenses], [thirty_seven]) == ()
    assert len(_two([suits, "The ruling is final, the court said."], [four], [licenses], [thirty_seven])) == 1


def test_those_taken_to_hospital_are_not_the_hurt_nor_the_dead():
    """Review 19: the Guardian's "an attack which killed 50 people and saw 406 taken to hospital" beside CBN's "more
    than 527 people were injured and taken to area hospitals": those taken to hospital are a count of their own,
    some of the hurt. A count of the injured is not disputed against one of those taken to hospital; two counts of
    those taken to hospital are ("injured and taken to hospitals" is such a count)."""
    injured = ("120 people", "people", 120, "count", None, 120, 120)
    taken = ("80 people", "people", 80, "count", None, 80, 80)
    assert _pair("The blast injured 120 people, officials said.", injured,
                 "Some 80 people were taken to hospital, officials said.", taken) == ()
    assert _pair("The blast injured 120 people, officials said.", injured,
                 "Officials said 80 people were hospitalized after the blast.", taken) == ()
    both = ("120 people", "people", 120, "count", None, 120, 120)
    assert len(_pair("Officials said 120 people were injured and taken to area hospitals.", both,
                     "Some 80 people were taken to hospital, officials said.", taken)) == 1
    assert len(_pair("The blast injured 120 people, officials said.", injured,
                     "Officials said 80 people were wounded in the blast.", taken)) == 1
