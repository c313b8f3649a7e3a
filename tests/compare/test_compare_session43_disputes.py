"""Session 43's disputed figures (helper D, review 31): two percentages each of a named thing are one quantity only
when the things share a word. All sentences invented."""

from manysides.compare import disputed_numbers
from manysides.compare.numbers import share_of
from manysides.records import Claim

from compare_fixtures import Draft, make_fixture


def _disputes(a_sentence, a_claim, b_sentence, b_claim):
    """Two outlets, one sentence each on one topic (hand vectors: paraphrases), each with its claim."""
    a = Draft("a", "A", [(a_sentence, "t")], claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


WAGES = "Plants will also have to build 30 to 35 percent of each engine with workers paid at least $20 an hour."
WAGE_SHARE = ("30 to 35 percent", "have engine", 32.5, "percent", None, 30, 35)


def test_shares_of_two_things_are_no_dispute():
    """Review 31: the Times' "have 40 to 45 percent of the car made by workers earning at least $16 an hour" stood
    disputed against USA Today's "cars must be built with at least 75 percent of parts made in North America": the
    sentences read alike (0.74) and each holds one share, but one is a share of the car, the other of its parts. Two
    percentages each followed by "of" and what they are a share of, the things sharing no word, are two quantities.
    The controls: shares of one thing still clash, and so does a share whose thing is not named."""
    parts = ("Engines must contain at least 70 percent of components produced in the region, up from a lower bar.",
             ("at least 70 percent", "engine contain component", 70, "percent", "at least", 70, None))
    assert _disputes(WAGES, WAGE_SHARE, *parts) == ()
    # controls
    same_thing = ("Plants will have to build at least 70 percent of each engine in the region, up from a lower bar.",
                  ("at least 70 percent", "build engine", 70, "percent", "at least", 70, None))
    assert len(_disputes(WAGES, WAGE_SHARE, *same_thing)) == 1
    unnamed = ("Engines must reach at least 70 percent under the rules, up from a lower bar.",
               ("at least 70 percent", "engine reach", 70, "percent", "at least", 70, None))
    assert len(_disputes(WAGES, WAGE_SHARE, *unnamed)) == 1


def test_what_a_share_is_of():
    """The thing's words end at a participle or a stop word; a possessive keeps its owner; stop words alone name
    nothing; another unit has no share."""
    def of(sentence, written, unit="percent"):
        at = sentence.index(written)
        return share_of(sentence, Claim(written, "", 1.0, unit, None, 1.0, 1.0, at, at + len(written), sentence))
    assert of("They need 40 percent of the car made by workers.", "40 percent") == {"car"}
    assert of("It sets 75 percent of an automobile's value in the region.", "75 percent") == {"automobile", "value"}
    assert of("Some 52 percent of registered voters backed it.", "52 percent") == {"register", "voter"}
    assert of("About 40 percent of them said no.", "40 percent") == frozenset()
    assert of("Turnout rose 40 percent over the year.", "40 percent") == frozenset()
    assert of("They sold 40 tons of steel made abroad.", "40 tons", "ton") == frozenset()
