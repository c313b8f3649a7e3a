"""Figures and names told differently (session 36): a majority's threshold and seat arithmetic, a group's numbered
short name and its full name, and a span of months told by the month it ends (all sentences invented; the fixtures'
articles are published on 2026-03-03)."""

from manysides.compare import compare_story
from manysides.compare.unique import majority_told, months_told
from manysides.nlp.acronyms import another_name

from compare_fixtures import Draft, make_fixture

LEAD_A = ("The council met on Tuesday to approve the harbour budget.", "lead")
LEAD_B = ("The council met on Tuesday and approved the harbour budget.", "lead")


def _details(a_sentence, a_claims, b_sentence, entities=()):
    """The details listed for outlet A's sentence (None when it is no item), outlet B's sentence a paraphrase."""
    a = Draft("a", "A", [LEAD_A, (a_sentence, "t")], claims=a_claims, entities=list(entities))
    b = Draft("b", "B", [LEAD_B, (b_sentence, "t"),
                         ("A spokesman thanked the volunteers at the town hall.", "b-aside")])
    fx = make_fixture([a, b])
    for u in compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).unique:
        if u.text == a_sentence:
            return [d.text for d in u.details]
    return None


def test_a_majoritys_threshold_is_the_seats_won_and_how_many_short():
    """Review 23: the AP's "156 seats — 14 short of the 170 needed for a majority" beside the BBC's "157 seats, 13
    short of a majority": the seats won and the shortfall add up to the threshold. A sum that is not it leaves the
    threshold a detail."""
    sentence = "The Greens had 62 seats, 8 short of the 70 needed for a majority in the 139-seat assembly."
    claims = [("62 seats", "greens have", 62, "seat", None, 62, 62), ("70", "majority", 70, "count", None, 70, 70)]
    assert _details(sentence, claims, "The Greens won 62 seats, eight short of a majority in the assembly.") is None
    assert _details(sentence, claims, "The Greens won 62 seats, ten short of a majority in the assembly.") == ["70"]


def test_majority_told_reads_seats_and_shortfall():
    assert majority_told("The Liberals won 157 seats, 13 short of a majority.") == {170}
    assert majority_told("They took 150 seats and were twenty shy of an outright majority.") == {170}
    assert majority_told("They were 13 short of a majority with 157 seats.") == set()  # no seats before the shortfall
    assert majority_told("The party won 157 seats, up 13 from 2015.") == set()


def test_a_groups_numbered_short_name_is_its_full_name():
    """Review 23: NPR's "the Group of Seven" beside CBS's "G-7 countries": a short name of an initial and a number
    stands for the name whose first word has that initial and whose last is that number. Another number is another
    group."""
    sentence = "Harbourland will refuse the pier money offered by the Group of Seven at the end of its summit."

    def named(b_sentence):
        a = Draft("a", "A", [LEAD_A, (sentence, "a-offer")], entities=[("Group of Seven", "Group of Seven", "ORG")])
        b = Draft("b", "B", [LEAD_B, (b_sentence, "b-leaders")])
        fx = make_fixture([a, b])
        return [d.text for u in compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).unique
                if u.text == sentence for d in u.details]

    assert named("Leaders of G-7 countries met on the coast for two days of talks.") == []
    assert named("Leaders of G-8 countries met on the coast for two days of talks.") == ["Group of Seven"]
    assert another_name("G7", "the Group of 7 met") and another_name("G-20", "the Group of Twenty")
    assert not another_name("G-7", "the Group of Eight") and not another_name("Group of Seven", "a G-7s engine")


def test_a_span_of_months_another_outlet_tells_by_the_month_it_ends_is_no_detail():
    """Review 18: the Washington Times' "suspends the debt ceiling for 13 months" beside CNN's and Reuters' "until
    March 2019" in February 2018: one span, a month either way for the days between. A span that ends in another
    month stays a detail."""
    sentence = "The deal suspends the borrowing limit for 13 months to allow for more borrowing by the city."
    claim = [("13 months", "suspend borrowing limit", 13, "month", None, 13, 13)]
    assert _details(sentence, claim, "The deal extends the city's borrowing authority until April 2027.") is None
    assert _details(sentence, claim, "The deal extends the city's borrowing authority until April 2028.") == [
        "13 months"]
    assert months_told("until April 2027, and since December 2025", "2026-03-03") == {13, 3}
    assert months_told("until April 2027", None) == set()
