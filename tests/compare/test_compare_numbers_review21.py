"""Review 21's figures: a figure compared with a forecast in one hyphenated word is the actual one; a gap between two
amounts is no amount."""

from manysides.compare import disputed_numbers
from manysides.compare.numbers import is_forecast
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _pair(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one paraphrased sentence each (hand vectors: same topic)."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def _claim(sentence, text, value, unit="count"):
    at = sentence.index(text)
    return Claim(text, "car", value, unit, None, value, value, at, at + len(text), sentence=sentence)


def test_a_better_than_expected_figure_is_the_actual_one():
    """Review 21: Fox's "the economy adding a better-than-expected 171,000 jobs" and the Washington Times'
    "a better-than-expected job gain of 171,000" were read as forecasts (the hyphens hid "than"), and disputed
    against NPR's "economists say we should expect to hear that ... payrolls grew by just 125,000 jobs"."""
    for sentence, text in (("The plant turned out a better-than-expected 5,200 cars in May.", "5,200"),
                           ("Sales came in at a weaker-than-forecast 5,200 cars in May.", "5,200"),
                           ("The plant made a better-than-anticipated total of 5,200 cars.", "5,200")):
        assert not is_forecast(_claim(sentence, text, 5200)), sentence
    # the forecast itself still is one
    sentence = "Analysts had expected the plant to turn out 4,800 cars in May."
    assert is_forecast(_claim(sentence, "4,800", 4800))
    actual = ("The plant turned out a better-than-expected 5,200 cars in May, the company said.",
              ("5,200 cars", "car", 5200, "count", None, 5200, 5200))
    forecast = ("Analysts say we should expect to hear that the plant turned out just 4,800 cars in May.",
                ("4,800 cars", "car", 4800, "count", None, 4800, 4800))
    assert _pair(*actual, *forecast) == ()
    # two actual figures still differ
    other = ("The plant turned out 6,100 cars in May, the union said.", ("6,100 cars", "car", 6100, "count", None,
                                                                         6100, 6100))
    assert len(_pair(*actual, *other)) == 1


def test_a_gap_between_two_amounts_is_not_an_amount():
    """Review 21: Romney's "That's 9 million jobs short of what (Obama) promised" (Fox) and "The difference equals
    9 million fewer jobs than Obama had predicted" (NPR) were disputed against CNN's "Romney made a ridiculous pledge
    to create 12 million jobs in four years". A figure said to be short of, shy of, fewer, more or less than another,
    or a difference of, is a gap, compared only with other gaps."""
    pledge = ("The mayor promised to plant 12,000 trees in four years.",
              ("12,000 trees", "tree", 12000, "count", None, 12000, 12000))
    for sentence, text in (("The city planted 3,000 trees short of what the mayor promised.", "3,000 trees"),
                           ("The city planted 3,000 fewer trees than the mayor promised.", "3,000"),
                           ("The difference is 3,000 trees, the mayor's critics said.", "3,000 trees"),
                           ("The city ended 3,000 trees shy of the mayor's promise.", "3,000 trees")):
        assert _pair(sentence, (text, "tree", 3000, "count", None, 3000, 3000), *pledge) == (), sentence
    # two gaps are compared
    assert len(_pair("The city planted 3,000 fewer trees than the mayor promised.",
                     ("3,000", "tree", 3000, "count", None, 3000, 3000),
                     "The city planted 5,000 fewer trees than the mayor promised, critics said.",
                     ("5,000", "tree", 5000, "count", None, 5000, 5000))) == 1
    # and a count with no gap in its words still is against the pledge
    assert len(_pair("The city planted 3,000 trees in four years.", ("3,000 trees", "tree", 3000, "count", None,
                                                                      3000, 3000), *pledge)) == 1
