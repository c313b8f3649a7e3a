"""Session 42's disputed figures (helper C; reviews 30 and 28): a person's age set off by commas after the name, and
the whole of a part given just before it. All sentences invented."""

from manysides.compare import disputed_numbers
from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_fixture

OKAFOR = ("Okafor", "Nia Okafor", "PERSON")


def _disputes(a_sentence, a_claim, b_sentence, b_claim, entities=(OKAFOR,)):
    """Two outlets, one sentence each on one topic (hand vectors), each with its claim."""
    a = Draft("a", "A", [(a_sentence, "t")], entities=list(entities), claims=[a_claim])
    b = Draft("b", "B", [(b_sentence, "t")], entities=list(entities), claims=[b_claim])
    fx = make_fixture([a, b])
    return disputed_numbers(fx.articles, fx.annotations, fx.vectors)


def test_a_number_set_off_after_a_persons_name_is_an_age():
    """Review 30: USA Today's "Lightfoot, 56, finished sixth in fundraising but topped the crowded field of
    candidates" (the claims stage read 56 as a count: its tagger did not mark the name there) was disputed against
    Fox's "14 candidates were on the ballot". A bare number between commas right after a word of a person's name the
    story gives is that person's age: no count of candidates. The controls: two ages of one person still clash, and a
    number after a word that names no person (a party in a list of results) stays a count."""
    age = ("52", "okafor", 52, "count", None, 52, 52)
    field = ("14 candidates", "candidate", 14, "count", None, 14, 14)
    assert _disputes("Okafor, 52, finished fourth in fundraising but led the crowded field of candidates.", age,
                     "In the first round, 14 candidates were on the ballot.", field) == ()
    # controls
    other_age = ("49", "okafor", 49, "count", None, 49, 49)
    assert len(_disputes("Okafor, 52, finished fourth in fundraising but led the crowded field of candidates.", age,
                         "Okafor, 49, finished fourth in fundraising but led the crowded field of candidates.",
                         other_age)) == 1
    party = ("52", "greens", 52, "count", None, 52, 52)
    assert len(_disputes("Greens, 52, led the crowded field of candidates in the first round.", party,
                         "In the first round, 14 candidates were on the ballot.", field)) == 1


def test_the_whole_of_a_part_is_not_a_partys_figure():
    """Review 28: the Monitor's "each party getting 27 of the Knesset's 120 seats" was disputed against Politico's
    "Herzog's Zionist Union party secured 24 seats". A figure that is the whole of a part its sentence gives just
    before it is no quantity of the other outlet's figure when that figure is nearer the part than the whole: the
    other counts a part. The control: another outlet's whole of another size still clashes with it."""
    whole = ("150", "assembly seat", 150, "count", None, 150, 150)
    assert _disputes("Exit polls gave each bloc 40 of the Assembly's 150 seats on Sunday night.", whole,
                     "The Green bloc secured 38 seats in the Assembly on Sunday night.",
                     ("38", "seat", 38, "count", None, 38, 38), entities=()) == ()
    assert _disputes("Exit polls gave each bloc 40 out of the 150 seats on Sunday night.", whole,
                     "The Green bloc secured 38 seats in the Assembly on Sunday night.",
                     ("38", "seat", 38, "count", None, 38, 38), entities=()) == ()
    # control
    assert len(_disputes("Exit polls gave each bloc 40 of the Assembly's 150 seats on Sunday night.", whole,
                         "All of the Assembly's 160 seats were up for election on Sunday night.",
                         ("160", "assembly seat", 160, "count", None, 160, 160), entities=())) == 1


def test_a_count_another_outlet_gives_as_a_compound_is_no_new_figure():
    """Review 28: the Monitor's "the Knesset's 120 seats" became a detail only it gives once no longer disputed,
    though Politico writes "the 120-seat Knesset" (a claim of the unit "seat", not a count). A numeral another outlet
    gives in a claim whose unit is the word the figure counts is given. The control: "150-page" counts no seats."""
    def details(b_sentence, b_claim):
        a = Draft("a", "A", [("The lead story of the vote ran on Sunday night.", "lead"),
                             ("All of the Assembly's 150 seats were contested by the Green bloc on Sunday.",
                              "a-seats")],
                  claims=[("150", "assembly seat", 150, "count", None, 150, 150)])
        b = Draft("b", "B", [("The lead story of the vote ran on Sunday night.", "lead"), (b_sentence, "b-other")],
                  claims=[b_claim])
        fx = make_fixture([a, b])
        return [d.text for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"
                for d in u.details]
    assert "150" not in details("The winner needs a majority in the 150-seat Assembly, a clerk said.",
                                ("150-seat", "assembly", 150, "seat", None, 150, 150))
    # control
    assert "150" in details("The clerk published a 150-page report on the Assembly count.",
                            ("150-page", "report", 150, "page", None, 150, 150))
