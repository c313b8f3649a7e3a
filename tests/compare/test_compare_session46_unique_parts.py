"""Session 46's "only one outlet reports" rules (helper D, second task, review 26): the parts a sentence splits its
total into are no new figures when another outlet's sentence on its topic gives that total and a share of it in
words. All sentences invented; controls must stay items."""

import re

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The fuel depot at Port Alma exploded on Monday night, shaking homes across the bay.", "lead")
LEAD_B = ("A fuel depot in Port Alma blew up late on Monday, rattling houses around the bay.", "lead")
CREW = "A crew of firefighters, 60 in all, 25 from the town and 35 from other districts, fought the blaze overnight."


def _count(text: str) -> tuple:
    """An exact count of firefighters, as the claim stage gives it."""
    value = float(text.replace(",", ""))
    return (text, "firefighters", value, "count", None, value, value)


def _crew(a_sentence: str, b_sentence: str, numerals: tuple[str, ...] = ("60", "25", "35"),
          cosine: float = 0.6) -> list[str] | None:
    """The details of outlet A's item `a_sentence` beside B's `b_sentence` (the two sentences `cosine` alike), or
    None when it is no item."""
    a = Draft("a", "A", [LEAD_A, (a_sentence, "crew")], claims=[_count(n) for n in numerals])
    b = Draft("b", "B", [LEAD_B, (b_sentence, "crew")], claims=[_count(n) for n in re.findall(r"\d+", b_sentence)])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}.get(a_sentence)


def test_parts_of_a_total_another_outlet_gives_as_a_share_are_no_new_figures():
    """Review 26: Fox's "An international team of expert divers—90 in all, 40 from Thailand and 50 from overseas—"
    was listed for its "50" beside USA Today's "the team of 90 rescue workers, more than half of them from nations
    around the world": one breakdown, told less exactly."""
    share = "The 60 firefighters, more than half of them from other districts, fought the blaze."
    assert _crew(CREW, share) is None
    # the total written without a claim of its own, and the two sentences far apart as the embedding reads them
    assert _crew(CREW, share, ("25", "35"), cosine=0.35) is None


def test_parts_stay_without_a_share_or_when_they_do_not_add_up():
    """The controls: the other outlet gives the total without a share (the split is news) or with a share word
    that is no share of it, a share of another total, or the parts do not add up to the sentence's total."""
    assert _crew(CREW, "The 60 firefighters fought the blaze through the night at the depot.") == ["25", "35"]
    assert _crew(CREW, "The 60 firefighters fought the blaze as half the town watched from the hill.") == ["25", "35"]
    assert _crew(CREW, "The 60 firefighters fought the blaze through the night at the depot.", ("25", "35"),
                 cosine=0.35) == ["25", "35"]
    assert _crew(CREW, "The 80 firefighters, more than half of them from other districts, fought the blaze.") \
        == ["60", "25", "35"]
    odd = "A crew of firefighters, 60 in all, 25 from the town and 30 from other districts, fought the blaze overnight."
    assert _crew(odd, "The 60 firefighters, more than half of them from other districts, fought the blaze.",
                 ("60", "25", "30")) == ["25", "30"]


PASSED = "Parliament passed a government funding bill on Thursday evening after a long day."


def _passed(b_sentence: str) -> bool:
    """Whether outlet A's `PASSED` is an item beside B's `b_sentence` (the two far apart as the embedding reads
    them)."""
    a = Draft("a", "A", [LEAD_A, (PASSED, "vote-a")], entities=[("Parliament", "Parliament", "ORG")])
    b = Draft("b", "B", [LEAD_B, (b_sentence, "vote-b")], entities=[("parliament", "Parliament", "ORG")])
    fx = make_fixture([a, b])
    return any(u.text == PASSED for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a")


def test_a_sentence_restated_with_other_words_for_the_bill_is_no_item():
    """Review 29: HuffPost's "Congress passed a government funding bill Thursday evening." was listed beside the
    Times' "The spending package passed Thursday by Congress ...": a bill is a package, funding spending, an
    evening a night, in two outlets' words for one vote."""
    assert not _passed("The government spending package cleared parliament, which passed it late Thursday night "
                       "after a long day.")


def test_a_sentence_sharing_only_some_of_those_words_stays():
    """The control: another outlet's sentence on the same bill that does not tell its passing."""
    assert _passed("The budget committee of parliament met on Thursday night to discuss the government spending "
                   "package.")


def _fee(a_written: str, a_value: float, b_written: str, b_value: float) -> list[str] | None:
    """The details of outlet A's sentence on a fee of `a_written` beside B's sentence on one of `b_written` (the
    two far apart as the embedding reads them), or None when it is no item."""
    a_sentence = f"The clerk took their {a_written} and handed the couple a licence within minutes."
    b_sentence = f"At the counter the pair paid a licence fee of {b_written} before the doors closed."
    a = Draft("a", "A", [LEAD_A, (a_sentence, "fee-a")],
              claims=[(a_written, "fee", a_value, "USD", None, a_value, a_value)])
    b = Draft("b", "B", [LEAD_B, (b_sentence, "fee-b")],
              claims=[(b_written, "fee", b_value, "USD", None, b_value, b_value)])
    fx = make_fixture([a, b])
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}.get(a_sentence)


def test_a_price_told_without_its_cents_is_the_price():
    """Review 26: NPR's "... took their $35 and, in about five minutes, handed them an envelope ..." was listed for
    "$35" beside the Washington Times' "the license fee of $35.50": the price in whole dollars (cut, not rounded)."""
    assert _fee("$35", 35.0, "$35.50", 35.5) is None


def test_another_price_or_a_sum_in_millions_stays():
    """The controls: another whole-dollar price ("$34" beside "$35.50"), and a sum in millions ("$35 million"
    beside "$35.5 million" is another sum, not one told without its cents)."""
    assert _fee("$34", 34.0, "$35.50", 35.5) == ["$34"]
    assert _fee("$35 million", 35e6, "$35.5 million", 35.5e6) == ["$35 million"]
