"""Session 45's "only one outlet reports" rules (helper D, reviews 17, 19 and 33): a figure another outlet's sentence on
its topic tells less exactly (a round lower bound, a count in words), and a round bound its own sentence's exact
figure meets, are no new figures. All sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The fuel depot at Port Alma exploded on Monday night, shaking homes across the bay.", "lead")
LEAD_B = ("A fuel depot in Port Alma blew up late on Monday, rattling houses around the bay.", "lead")


def _listed(a_sentence: str, a_claims: list, b_sentence: str, b_claims: list, cosine: float) -> dict[str, list[str]]:
    """Outlet A's items (sentence -> details) when its `a_sentence` stands at `cosine` to B's `b_sentence`."""
    a = Draft("a", "A", [LEAD_A, (a_sentence, "a-item")], claims=a_claims)
    b = Draft("b", "B", [LEAD_B, (b_sentence, "b-item")], claims=b_claims)
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}


WOUNDED = "The blast at the depot wounded 230 others in the night, the fire service said."
B_WOUNDED = "More than 200 people were wounded when the depot blew up in the night."
MORE_THAN_200 = ("More than 200", "people wounded", 200, "count", "more than", 200, None)


def test_an_exact_count_another_outlet_gives_as_a_round_bound_on_its_topic_is_given():
    """Review 17: CNN's "... killed at least 30 people and wounded 230 others." was listed for "230" beside NPR's
    "More than 30 people are dead and more than 200 wounded ...": the bound is the exact count rounded down."""
    items = _listed(WOUNDED, [("230", "other wounded", 230, "count", None, 230, 230)],
                    B_WOUNDED, [MORE_THAN_200], 0.6)
    assert WOUNDED not in items


def test_counts_a_bound_on_its_topic_does_not_give():
    """The controls: the same sentences far apart (no topic shared), a count past the bound's next step ("260" is no
    "more than 200"), and a count of another thing, both naming what they count, stay new figures."""
    far = _listed(WOUNDED, [("230", "other wounded", 230, "count", None, 230, 230)],
                  B_WOUNDED, [MORE_THAN_200], 0.3)
    assert far.get(WOUNDED) == ["230"]
    past = WOUNDED.replace("230", "260")
    items = _listed(past, [("260", "other wounded", 260, "count", None, 260, 260)],
                    B_WOUNDED, [MORE_THAN_200], 0.6)
    assert items.get(past) == ["260"]
    arrested = "Police at the depot arrested 230 protesters in the night, the fire service said."
    items = _listed(arrested, [("230 protesters", "protesters", 230, "count", None, 230, 230)],
                    B_WOUNDED, [MORE_THAN_200], 0.6)
    assert items.get(arrested) == ["230 protesters"]


POLL = "A poll taken last week found that 83% of residents opposed rebuilding the depot."
B_POLL = "A survey last week had found more than 80 percent of residents against rebuilding it."
MORE_THAN_80 = ("more than 80 percent", "residents", 80, "percent", "more than", 80, None)


def test_a_share_a_paraphrase_gives_as_a_round_bound_is_given():
    """Review 33: BuzzFeed's "A recent survey showed that 83% of Americans opposed the plan for deregulation." was
    listed for "83%" beside Reuters' paraphrase "... poll had found more than 80 percent of respondents opposed a
    repeal.": one poll, its share rounded down."""
    items = _listed(POLL, [("83%", "residents", 83, "percent", None, 83, 83)], B_POLL, [MORE_THAN_80], 0.75)
    assert POLL not in items


def test_shares_a_bound_does_not_give():
    """The controls: a share beside a sentence only on its topic (a story's shares are many: one index's "more than
    7%" is no other index's "7.7%"), and a share past the bound's next step, stay new figures."""
    items = _listed(POLL, [("83%", "residents", 83, "percent", None, 83, 83)], B_POLL, [MORE_THAN_80], 0.6)
    assert items.get(POLL) == ["83%"]
    past = POLL.replace("83%", "91%")
    items = _listed(past, [("91%", "residents", 91, "percent", None, 91, 91)], B_POLL, [MORE_THAN_80], 0.75)
    assert items.get(past) == ["91%"]


HUNDREDS = "The gunman wounded more than 520 others from the depot roof before police shot him."
B_HUNDREDS = "Firing from the roof of the depot, the gunman wounded hundreds of others, police said."


def test_a_count_another_outlet_gives_in_words_of_its_size_is_given():
    """Review 19: Fox's "... killing at least 59 people and wounding more than 520 others." was listed for "more
    than 520" beside the Times' "He killed 59 people ... and wounded hundreds of others." on its topic."""
    items = _listed(HUNDREDS, [("more than 520", "others", 520, "count", "more than", 520, None)], B_HUNDREDS, [],
                    0.55)
    assert HUNDREDS not in items


def test_counts_words_do_not_give():
    """The controls: a count out of the words' size ("hundreds" is no 1,200), a count of another thing than the
    words count, and the same sentences far apart, stay new figures."""
    big = HUNDREDS.replace("520", "1,200")
    items = _listed(big, [("more than 1,200", "others", 1200, "count", "more than", 1200, None)], B_HUNDREDS, [],
                    0.55)
    assert items.get(big) == ["more than 1,200"]
    rounds = "The gunman fired more than 520 rounds from the depot roof before police shot him."
    items = _listed(rounds, [("more than 520 rounds", "rounds", 520, "count", "more than", 520, None)],
                    B_HUNDREDS, [], 0.55)
    assert items.get(rounds) == ["more than 520 rounds"]
    items = _listed(HUNDREDS, [("more than 520", "others", 520, "count", "more than", 520, None)], B_HUNDREDS, [],
                    0.3)
    assert items.get(HUNDREDS) == ["more than 520"]
    # "dozens" is too loose a word: review 27's "32 states would likely offer sports betting within five years" is no
    # "dozens of states will seek a cut of the revenue"
    states = "Within five years some 32 states around the bay would likely run ferry lotteries, one firm estimated."
    items = _listed(states, [("32 states", "states", 32, "count", "some", 32, 32)],
                    "Lawyers said dozens of states around the bay will seek a cut of the ferry revenue.", [], 0.6)
    assert items.get(states) == ["32 states"]


GALE = "The last gale to sink more than 10 boats' crews at Port Alma was the 1994 storm, which sank 14 boats."
B_GALE = "In 1994 a storm at Port Alma sank 14 boats, the worst loss the harbour has known."
GALE_CLAIMS = [("more than 10", "boats", 10, "count", "more than", 10, None), ("14 boats", "boats", 14, "count",
               None, 14, 14), ("1994", "storm", 1994, "year", None, 1994, 1994)]
B_GALE_CLAIMS = [("1994", "storm", 1994, "year", None, 1994, 1994), ("14 boats", "boats", 14, "count", None, 14,
                 14)]


def test_a_round_bound_its_own_sentence_meets_is_no_new_figure():
    """Review 33: NPR's "The most recent wildfire that claimed more than 10 firefighters' lives was the South Canyon
    fire ..., which killed 14 firefighters in 1994." was listed for "more than 10" beside the Monitor's "In 1994, the
    Storm King Fire ... killed 14 firefighters ...": the bound only picks the fire out; its 14 is the figure."""
    assert GALE not in _listed(GALE, GALE_CLAIMS, B_GALE, B_GALE_CLAIMS, 0.75)


def test_a_bound_its_sentence_does_not_meet_stays():
    """The controls: a bound beside a figure counting another thing ("14 ferries"), and beside none, stays."""
    ferries = GALE.replace("sank 14 boats", "sank 14 ferries")
    claims = [GALE_CLAIMS[0], ("14 ferries", "ferries", 14, "count", None, 14, 14), GALE_CLAIMS[2]]
    b_ferries = B_GALE.replace("14 boats", "14 ferries")
    b_claims = [B_GALE_CLAIMS[0], ("14 ferries", "ferries", 14, "count", None, 14, 14)]
    assert _listed(ferries, claims, b_ferries, b_claims, 0.75).get(ferries) == ["more than 10"]
    alone = "The last gale to sink more than 10 boats' crews at Port Alma was the 1994 storm, the harbour says."
    assert _listed(alone, [GALE_CLAIMS[0], GALE_CLAIMS[2]], B_GALE, B_GALE_CLAIMS, 0.75).get(alone) == [
        "more than 10"]


def test_a_bound_beside_another_count_of_its_word_stays():
    """Review 25: NPR's "The Scottish National Party lost more than 20 seats to knock the party down to 35 seats."
    gives two counts of seats; no superlative picks a thing out by the bound, so it stays a figure."""
    lost = "The harbour board lost more than 20 boats in 1994 to leave the fleet down to 35 boats at Port Alma."
    claims = [("more than 20", "boats", 20, "count", "more than", 20, None), GALE_CLAIMS[2],
              ("35 boats", "boats", 35, "count", None, 35, 35)]
    b_claims = [B_GALE_CLAIMS[0], ("35 boats", "boats", 35, "count", None, 35, 35)]
    assert _listed(lost, claims, B_GALE.replace("sank 14 boats", "left 35 boats"), b_claims, 0.75).get(lost) == [
        "more than 20"]
