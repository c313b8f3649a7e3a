"""Figures of one thing told differently (session 36): each article's only offer in dollars or count of the hurt,
a majority's threshold and seat arithmetic, a group's numbered short name and its full name, and a span of months
told by the month it ends (all sentences invented; the fixtures' articles are published on 2026-03-03)."""

import numpy as np
from manysides.compare import compare_story, disputed_numbers
from manysides.compare.unique import majority_told, months_told
from manysides.nlp.acronyms import another_name

from compare_fixtures import DIM, Draft, make_fixture

LEAD_A = ("The council met on Tuesday to approve the harbour budget.", "lead")
LEAD_B = ("The council met on Tuesday and approved the harbour budget.", "lead")


def _vectors(fx, cosine):
    """Sentence vectors: the leads paraphrases, every other sentence of A at `cosine` to the same-placed one of B."""
    out = {}
    for k, d in enumerate(fx.drafts):
        rows = []
        for i, (_, topic) in enumerate(d.sentences):
            v = np.zeros(DIM, dtype=np.float32)
            if topic == "lead":
                v[0] = 1.0
            else:
                v[1 + i] = np.sqrt(cosine)  # the topic the two outlets' i-th sentences share
                v[50 + 10 * k + i] = np.sqrt(1 - cosine)  # each one's own wording
            rows.append(v / np.linalg.norm(v))
        out[d.id] = np.stack(rows)
    return out


def _grouped(a_sentences, a_claims, b_sentences, b_claims, cosine):
    """The figures the dispute stage groups (disputes and agreeing groups alike), as sorted lists of their texts."""
    a = Draft("a", "A", [LEAD_A, *((s, f"a{i}") for i, s in enumerate(a_sentences))], claims=a_claims)
    b = Draft("b", "B", [LEAD_B, *((s, f"b{i}") for i, s in enumerate(b_sentences))], claims=b_claims)
    fx = make_fixture([a, b])
    fx = make_fixture([a, b], _vectors(fx, cosine))
    agreeing = []
    disputes = disputed_numbers(fx.articles, fx.annotations, fx.vectors, agreeing=agreeing)
    return [sorted(c.text for c in d.claims) for d in [*disputes, *agreeing]]


OFFER_A = "Harbourland says it will refuse an offer of at least $44 million from the coastal states to rebuild it."
OFFER_B = "The coastal states made the $40 million aid offer at their summit in Port Vale on Sunday."
CLAIM_A = ("at least $44 million", "offer", 44e6, "USD", "at least", 44e6, None)
CLAIM_B = ("$40 million", "aid offer", 40e6, "USD", None, 40e6, 40e6)


def test_each_articles_only_offer_in_dollars_is_one_offer_told_two_ways():
    """Review 23: NPR's "an offer of at least $22 million from the rich countries in the Group of Seven" and CBS's
    "the $20 million aid offer" (cosine 0.43, under the topic bar a half-matching subject needs): each article's only
    offer in dollars, within a plausible factor, is one offer, its figures differing."""
    assert _grouped([OFFER_A], [CLAIM_A], [OFFER_B], [CLAIM_B], 0.45) == [["$40 million", "at least $44 million"]]


def test_an_article_with_two_offers_or_a_far_value_or_another_topic_keeps_its_figures_apart():
    """Controls: an article giving two offers in dollars does not say which the other outlet's is; a value twice the
    other's is another sum; sentences on other topics (cosine 0.2) are other offers."""
    second = "A separate offer of $5 million came from a shipping charity on Monday morning."
    assert _grouped([OFFER_A], [CLAIM_A], [OFFER_B, second],
                    [CLAIM_B, ("$5 million", "offer", 5e6, "USD", None, 5e6, 5e6)], 0.45) == []
    far = OFFER_B.replace("$40 million", "$20 million")
    assert _grouped([OFFER_A], [CLAIM_A], [far], [("$20 million", "aid offer", 20e6, "USD", None, 20e6, 20e6)],
                    0.45) == []
    assert _grouped([OFFER_A], [CLAIM_A], [OFFER_B], [CLAIM_B], 0.2) == []


def test_a_distance_is_measured_from_a_point_of_its_own():
    """Control: "60km south-east of the capital" and "some 50 kilometers south of the capital" (review 23's BBC and
    Fox on a crash site and a town) may be measured to two points: distances are not read as one thing."""
    a = "The ferry ran aground near the town of Rockport, 60km south-east of the capital, late on Sunday."
    b = "The ferry ran aground around Rockport, some 50 kilometers south of the capital, the operator said."
    assert _grouped([a], [("60km", "rockport", 60, "kilometer", None, 60, 60)],
                    [b], [("some 50 kilometers", "rockport", 50, "kilometer", "some", 45, 55)], 0.45) == []


def test_each_articles_only_count_of_those_taken_to_hospital_is_one_count():
    """Review 19: the Guardian's attack that "saw 406 taken to hospital" and CBN's "more than 527 people were injured
    and taken to area hospitals": one count of those taken to hospital, read at two hours."""
    a = "The blast on Sunday night killed nine people and saw 140 taken to hospital, officials said."
    b = "Harbour police report more than 180 people were injured and taken to area hospitals after the blast."
    assert _grouped([a], [("140", "see", 140, "count", None, 140, 140)],
                    [b], [("more than 180", "people injure", 180, "count", "more than", 180, None)], 0.45) == [
        ["140", "more than 180"]]


def test_parts_of_a_toll_and_counts_of_other_people_are_no_one_thing():
    """Controls: "the first two fatalities" and "three more deaths" are parts of a toll (review 12), and counts of
    people not harmed ("40,000 Verizon workers" on strike, "59,000 fewer workers" hired: review 17) are no one thing,
    each outlet's only count of its kind though they are."""
    assert _grouped(["Police confirmed the first two fatalities of the storm in Port Vale on Friday."],
                    [("two", "fatality", 2, "count", None, 2, 2)],
                    ["The sheriff confirmed three more deaths due to flooding on the roads."],
                    [("three", "death", 3, "count", None, 3, 3)], 0.45) == []
    assert _grouped(["A strike by 40,000 dock workers weighed on the numbers, the department said."],
                    [("40,000", "dock worker", 40000, "count", None, 40000, 40000)],
                    ["Employers hired 52,000 workers at the docks in March and April."],
                    [("52,000", "worker", 52000, "count", None, 52000, 52000)], 0.45) == []


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
