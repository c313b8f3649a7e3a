"""Session 44's "only one outlet reports" rule (helper D, review 32): a figure an article gives twice, one of the two
set against another outlet's value of the quantity, is no new figure where it stands again. All sentences invented."""

from manysides.compare.unique import unique_points
from manysides.records import DisputedClaim

from compare_fixtures import Draft, make_alike, make_fixture


def _listed(lead: str, toll: str, lead_claim: tuple, toll_claim: tuple) -> dict[str, list[str]]:
    """The items of outlet A (sentence -> details): its lead gives `lead_claim`, its toll sentence `toll_claim`,
    which the dispute stage set against B's 230 (passed as a shared point's differing figure)."""
    a = Draft("a", "A", [(lead, "a-lead"), (toll, "toll")], claims=[lead_claim, toll_claim])
    b = Draft("b", "B", [("Troops moved on the protest camps in the capital on Wednesday.", "b-lead"),
                         ("The ministry said 230 people had been killed across the country.", "toll")],
              claims=[("230", "people kill", 230, "count", None, 230, 230)])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 0, "b", 0, 0.62)  # the lead tells B's lead, with more words
    text = fx.article("A").text
    start = text.index(toll_claim[0], text.index(toll))
    differing = [DisputedClaim("a", toll_claim[0], toll_claim[2], toll_claim[3], toll_claim[5], toll_claim[6],
                               start, start + len(toll_claim[0])),
                 DisputedClaim("b", "230", 230, "count", 230, 230, fx.article("B").text.index("230"),
                               fx.article("B").text.index("230") + 3)]
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors, differing=differing) if u.article == "a"}


LEAD = "Troops cleared the two protest camps in the capital on Wednesday, causing at least 140 deaths."
TOLD = ("at least 140 deaths", "death", 140, "count", "at least", 140, None)
TOLL = "The ministry said at least 140 people had been killed across the country."
KILLED = ("at least 140 people", "people kill", 140, "count", "at least", 140, None)


def test_a_figure_told_again_beside_its_disputed_self_is_no_new_figure():
    """Review 32: the Washington Times' lead ("... to clear two protest camps in Cairo ..., causing hundreds of
    casualties and at least 149 deaths.") was listed for "at least 149", which its own "The government said at
    least 149 people had been killed ..." gives again, set against NPR's 275 and the Times' 235."""
    assert LEAD not in _listed(LEAD, TOLL, TOLD, KILLED)


def test_figures_not_told_again_stay():
    """The controls: the lead's figure of another value than the disputed one, and a small count that may count two
    things, stay new figures of the lead."""
    other = "The ministry said at least 150 people had been killed across the country."
    items = _listed(LEAD, other, TOLD, ("at least 150 people", "people kill", 150, "count", "at least", 150, None))
    assert items.get(LEAD) == ["at least 140 deaths"]
    lead = "Troops cleared the two protest camps in the capital on Wednesday, causing at least 6 deaths."
    toll = "The ministry said at least 6 people had been killed across the country."
    items = _listed(lead, toll, ("at least 6 deaths", "death", 6, "count", "at least", 6, None),
                    ("at least 6 people", "people kill", 6, "count", "at least", 6, None))
    assert items.get(lead) == ["at least 6 deaths"]
