"""Session 43's "only one outlet reports" rule (helper D, review 31): a figure another outlet gives as a lower bound
in round figures is no new figure. All sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_fixture

LEAD = ("The island's power grid failed on Monday, leaving every home in the dark, the utility said.", "lead")


def _listed(a_sentence, a_claim, b_claim_text="more than nine hours", b_claim=("more than nine hours", "outage",
            9, "hour", "more than", 9, None)):
    a = Draft("a", "A", [LEAD, (a_sentence, "a-length")], claims=[a_claim],
              entities=[("Port Vale", "Port Vale", "GPE")])
    b = Draft("b", "B", [LEAD, (f"The blackout lasted {b_claim_text}, and crews worked through the night.",
                                "b-length")], claims=[b_claim])
    fx = make_fixture([a, b])
    return {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors)
            if u.article == "a"}


def test_a_figure_another_outlet_gives_as_a_round_lower_bound_is_given():
    """Review 31: USA Today's "The initial instability emerged Sunday followed by the full shutdown for nine and a
    half hours Monday." was listed as its own beside CNN's "more than nine hours", and "almost 10 hours" was a detail
    of its lead. An exact figure, or one "almost" it, that comes down to another outlet's round lower bound at the
    bound's precision and exceeds it by at most a quarter, is that outlet's figure told exactly: a sentence giving
    nothing else is no item, and the figure is no detail."""
    nine_half = "The grid went dark on Sunday and stayed down for nine and a half hours in all, engineers said."
    assert _listed(nine_half, ("nine and a half hours", "down", 9.5, "hour", None, 9.5, 9.5)) == {}
    almost = "Residents of Port Vale said the grid stayed down for almost 10 hours before the lights came back."
    assert _listed(almost, ("almost 10 hours", "down", 10, "hour", "almost", 9, 10)) == {almost: ["Port Vale"]}


def test_figures_a_round_lower_bound_does_not_give():
    """The controls: a figure past the bound's next step ("10 hours" is no "more than nine"), a figure with another
    hedge ("about 9.5"), another unit, and a bound of three significant digits leave the figure new."""
    def figures(sentence, claim, **other):
        return [d for ds in _listed(sentence, claim, **other).values() for d in ds]
    ten = "The grid went dark on Sunday and stayed down for 10 hours in all, engineers said."
    assert figures(ten, ("10 hours", "down", 10, "hour", None, 10, 10)) == ["10 hours"]
    about = "The grid went dark on Sunday and stayed down for about 9.5 hours in all, engineers said."
    assert figures(about, ("about 9.5 hours", "down", 9.5, "hour", "about", 8.55, 10.45)) == ["about 9.5 hours"]
    days = "The grid went dark on Sunday and stayed down for 9.5 days in all, engineers said."
    assert figures(days, ("9.5 days", "down", 9.5, "day", None, 9.5, 9.5)) == ["9.5 days"]
    fine = "The grid went dark on Sunday and stayed down for 9.55 hours in all, engineers said."
    assert figures(fine, ("9.55 hours", "down", 9.55, "hour", None, 9.55, 9.55), b_claim_text="more than 9.51 hours",
                   b_claim=("more than 9.51 hours", "outage", 9.51, "hour", "more than", 9.51, None)) == ["9.55 hours"]


def test_a_count_must_count_what_the_bound_counts():
    """BASIL: the Times' "Senator Chuck Schumer of New York, 66, who has held ..." (an age the claims stage read as a
    count) lost its 66 to HuffPost's "more than 60 Democrats voted against her" while the rule read any count. A count
    is given by a bound only when both count one word; the control: one word counted."""
    def figures(sentence, claim):
        return [d for ds in _listed(sentence, claim, b_claim_text="long enough for more than 60 residents to leave",
                                    b_claim=("more than 60 residents", "residents", 60, "count", "more than", 60,
                                             None)).values() for d in ds]
    age = "Mayor Ann Lee of Port Vale, 66, who has led the town since the flood, spoke on Monday."
    assert "66" in figures(age, ("66", "lee", 66, "count", None, 66, 66))
    left = "In Port Vale, 66 residents left their homes for the school gym before the lights came back."
    assert "66 residents" not in figures(left, ("66 residents", "residents", 66, "count", None, 66, 66))


def test_a_share_is_never_given_by_a_bound():
    """Review 16: USA Today's FTSE "sank 7.7%" and DAX "tumbled 7.9%" lost their figures to another outlet's index
    "down more than 7%": a story's shares are many, and a bound says too little of which one it is."""
    share = "In Port Vale, turnout rose by 7.7% in the evening before the lights came back on, officials said."
    assert "7.7%" in [d for ds in _listed(share, ("7.7%", "turnout", 7.7, "percent", None, 7.7, 7.7),
                                          b_claim_text="more than 7% of the day",
                                          b_claim=("more than 7%", "day", 7, "percent", "more than", 7, None)).values()
                      for d in ds]
