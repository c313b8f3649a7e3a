"""Shared points that pair two statements of one subject (session 43, helper F, review 31; invented sentences): a
prospect beside the outcome, an obstacle beside the agreement over it, one thing at two poles of a scale, what will be
done beside what was done."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture, pair_at


def _pair(a_sentence: str, b_sentence: str, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' sentences made 0.75 alike (an edge with a margin)."""
    fx = make_fixture([Draft("a", "A", [(a_sentence, "x")]), Draft("b", "B", [(b_sentence, "y")])])
    make_alike(fx, "a", 0, "b", 0)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_a_prospect_is_not_the_outcome():
    """Review 31: Fox's "The United States and Mexico look close to resolving key differences on the North American
    Free Trade Agreement ..." (the day before) stood in one point with USA Today's "... the United States and Mexico
    have reached a new trade deal"; Reason's "Assuming the British authorities do go forward with extradition, it will
    almost certainly be years before the matter is settled" with the US seeking extradition. Being close to a deal, on
    the verge of one, set to do something or almost certain to is a prospect, read in the main clause (after a
    condition's clause). The controls: two prospects, and a prospect beside a future, stay one point; "close to" a
    figure or a place is no prospect; two predictions in two words are one."""
    reached = "Ardan and Velmor have reached a new fishing accord after months of talks, officials said Monday."
    for prospect in ("Ardan and Velmor look close to resolving their last differences over the fishing accord.",
                     "Ardan and Velmor are on the verge of a new fishing accord after months of talks.",
                     "Ardan and Velmor are nearing a final fishing accord after months of talks, officials said.",
                     "If the talks go on, the fishing accord will almost certainly take years to settle."):
        assert _pair(prospect, reached) == [], prospect
        assert _pair(prospect, reached, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("Ardan and Velmor look close to resolving their last differences over the fishing accord.",
                 "Ardan and Velmor are on the verge of a new fishing accord after months of talks.") == [("a", "b")]
    assert _pair("The toll of the storm in Ardan was close to 500 people, officials said Monday.",
                 "The storm in Ardan killed about 500 people, officials said Monday.") == [("a", "b")]
    assert _pair("The two fleets moved closer to Velmor on Monday, officials said.",
                 "The two fleets sailed toward Velmor on Monday, officials said.") == [("a", "b")]
    # a prospect beside a future: one prospect (a judged roundups pair: "was close to exhausting its federal borrowing
    # capabilities" / "will run out of flexibility ... on Oct. 18")
    assert _pair("The treasurer warned that Velmor was close to exhausting its borrowing room, now set for May 3.",
                 "The treasurer told the council that Velmor will run out of borrowing room on May 3.") == [("a", "b")]
    # two predictions in two words (review 29: "almost certain to be challenged" / "expected to face a ... challenge")
    assert _pair("The decree is almost certain to be challenged in court by the fishing guilds.",
                 "The decree is expected to face a swift legal challenge from the fishing guilds.") == [("a", "b")]


def test_an_obstacle_is_not_the_agreement_over_it():
    """Review 31: the Times' "... the United States and Mexico had also reached an agreement over a “sunset clause,”
    ..." stood in one point with USA Today's "Other stumbling blocks included ... the Trump administration's push for
    a sunset provision ...". One sentence names what stands in a negotiation's way and no agreement reached, the other
    an agreement reached and no obstacle. The controls: a sentence that has the obstacle resolved, and two obstacles,
    stay one point; a wish to finalize an agreement is no agreement reached."""
    agreed = "Negotiators said Ardan and Velmor had also reached an agreement over a quota clause on Monday."
    blocked = "Other stumbling blocks included the quota clause that Velmor had pushed for since the spring."
    assert _pair(agreed, blocked) == []
    assert _pair(agreed, blocked, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("The quota clause, long a sticking point, was resolved on Monday, negotiators said.",
                 agreed) == [("a", "b")]
    assert _pair("The quota clause remained a sticking point in the talks on Monday.", blocked) == [("a", "b")]
    assert _pair("Both countries want to finalize an agreement on the quota clause this month.",
                 blocked) == [("a", "b")]


def test_one_thing_at_two_poles_of_a_scale_is_two_statements():
    """Review 31: USA Today's 'North Korea has a "very basic Internet" with few redundancies' stood in one point with
    Fox's "Though North Korea is equipped for broadband Internet, only a small ... segment of the population has any
    access". One noun given adjectives of the two poles of one scale (basic / broadband, small / large, weak /
    strong) describes one thing two ways. The controls: qualifiers on no scale ("famed" / "landmark"), two of one
    pole, and two poles on two nouns leave the point; a name ("New York") is no quality."""
    assert _pair('Officials said Velmor has a "very basic network" with few links abroad.',
                 "Though Velmor is equipped with an advanced network, few residents have any access.") == []
    assert _pair("Inspectors found minor damage to the bridge after the quake, the ministry said.",
                 "Inspectors found major damage to the bridge after the quake, the ministry said.") == []
    # controls
    assert _pair("The famed cathedral of Velmor burned on Monday night as crowds watched.",
                 "The landmark cathedral of Velmor burned on Monday night as crowds watched.") == [("a", "b")]
    assert _pair("Inspectors found major damage to the bridge after the quake, the ministry said.",
                 "Inspectors found huge damage to the bridge after the quake, the ministry said.") == [("a", "b")]
    assert _pair("Inspectors found minor damage to the bridge after the quake, the ministry said.",
                 "Inspectors found major cracks in the road after the quake, the ministry said.") == [("a", "b")]


def test_what_will_be_done_is_not_what_was_done():
    """Review 31: National Review's "In the days and weeks that follow, people will share their stories about Notre
    Dame." stood in one point with CNN's "Others shared photos from their past visits to Notre Dame.". One verb in
    the future in one sentence and in the past in the other is a plan or a prospect beside the deed. The controls:
    two futures, a sentence giving the verb in both tenses, a future passive ("expected to be shared") and a future
    beside the deed that brings it about stay one point."""
    assert _pair("In the weeks ahead, residents will share their memories of the old mill.",
                 "Residents shared photos from their visits to the old mill on Monday.") == []
    assert _pair("The council will vote on the mill's future on Thursday, the mayor said.",
                 "The council voted on the mill's future on Thursday, the mayor said.") == []
    # controls
    assert _pair("In the weeks ahead, residents will share their memories of the old mill.",
                 "Residents are going to share photos of the old mill, the mayor said.") == [("a", "b")]
    assert _pair("The council voted on the mill on Thursday and will vote on the dam next week.",
                 "The council voted on the mill's future on Thursday, the mayor said.") == [("a", "b")]
    # a future passive is no deed ("expected to be shared"), and a future that a deed brings about is its effect
    assert _pair("The ministry said 60 boats are expected to be shared among the villages.",
                 "The ministry said Velmor will share 60 boats among the villages.") == [("a", "b")]
    assert _pair("The governor will raise the ferry fare to $4 under an order signed today.",
                 "The governor raised the ferry fare to $4 an hour after the polls closed.") == [("a", "b")]


def test_two_explanations_offered_are_two():
    """Review 31: Fox's "He said one benign explanation for the problem was that a router may have suffered a software
    glitch, ..." stood in one point with CNN's "Another possibility: North Korea's Internet traffic is routed through
    China, so issues or officials there may be to blame.". Two sentences each offering a possibility or an
    explanation, with no lower-case content word in common, offer two. The controls: one explanation in two outlets'
    words (its terms shared), and an explanation beside a sentence offering none, stay one point."""
    glitch = "One possible explanation for the outage in Velmor was that a server suffered a software glitch."
    cable = "Another possibility: Velmor's traffic runs through one undersea cable, so a cut there may be to blame."
    assert _pair(glitch, cable) == []
    assert _pair(glitch, cable, tell_apart=False) == [("a", "b")]
    # controls
    theory = "Another theory is that a software glitch on a Velmor server caused the outage."
    assert _pair(glitch, theory) == [("a", "b")]
    assert _pair(glitch, "The outage in Velmor lasted nine hours on Monday, engineers said.") == [("a", "b")]
    # a possibility offered beside a fact stated (no modal, no possibility of its own)
    assert _pair(cable, "Velmor has a very basic network, with one undersea cable to the mainland.") == []
    assert _pair("Another possibility is a cut undersea cable.",
                 "Velmor has a very basic network, with one undersea cable to the mainland.") == [("a", "b")]
    # a possibility not counted as one of several offers no explanation (review 29's "did not rule out the
    # possibility that the photo was of him" / "I didn't send that picture")
    assert _pair("He did not rule out the possibility that the letter was his, but said he did not know who sent it.",
                 "“I didn't send that letter,” the councillor said, though he does not know who did.") == [("a", "b")]


def test_one_figure_alike_near_the_edge_makes_a_point_when_the_pair_stands_out():
    """Review 31: the Voting Rights Act story had no shared point, though NPR's "... and Congress simply extended it
    for another 25 years." and Newsmax's "Congress reauthorized the law's preclearance requirement in 2006, extending
    it for 25 years on lopsided votes: 98-0 in the Senate and 390-33 in the House." tell one renewal (cosine 0.65,
    margin 1.40): the tally the second adds makes them less alike. From `ONE_FIGURE_FLOOR` one figure in common is
    enough when the pair stands out of both sentences' other matches (`SHARED_MARGIN`). The controls: no figure in
    common, a likeness below the floor, a pair that does not stand out, two sentences naming two places (review
    24's half a million evacuated in South Carolina / 500,000 told to evacuate Jacksonville), or a bare count below
    three (review 22's "one woman" twice) or an age (review 18's Keith Lamont Scott, 43), make no point."""

    def points(cos, a_claim, b_claim, other=0.2, places=("", "")):
        """`places`: the place each outlet's sentence names (tagged GPE), or none."""
        ents = [[(w, w, "GPE")] if w else [] for w in places]
        renewed = "Lawmakers renewed one charter in 2006 for another 25 years"
        renewed += f" in {places[0]}" if places[0] else ""
        renewed += "."
        extended = f"The {places[1] + ' ' if places[1] else ''}assembly extended one charter for 25 years, by 390-33."
        a = Draft("a", "A", [(renewed, "a1"), ("The mayor opened a new library branch downtown on Friday.", "a2")],
                  claims=[a_claim], entities=ents[0])
        b = Draft("b", "B", [(extended, "b1"), ("Storms closed two ferry routes on the coast this week.", "b2")],
                  claims=[b_claim], entities=ents[1])
        fx = make_fixture([a, b])
        x, y = pair_at(cos)
        fx.vectors["a"][0], fx.vectors["b"][0] = x, y
        # each article's other sentence `other` alike to the other article's sentence of the pair (its neighbourhood)
        for art, near, axis in (("a", y, 302), ("b", x, 303)):
            z = other * near
            z[axis] = (1 - other * other) ** 0.5
            fx.vectors[art][1] = z
        return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)]

    years = ("25 years", "charter", 25, "years", None, 25, 25)
    assert points(0.62, years, years) == [("a", "b")]
    # controls
    assert points(0.62, years, ("390", "votes", 390, "count", None, 390, 390)) == []
    assert points(0.55, years, years) == []
    assert points(0.62, years, years, other=0.55) == []  # the pair does not stand out (margin below 1.20)
    # one figure of two places (review 24: half a million evacuated in South Carolina / 500,000 in Jacksonville)
    assert points(0.62, years, years, places=("Velmor", "Ardan")) == []
    assert points(0.62, years, years, places=("Velmor", "Velmor")) == [("a", "b")]
    # a bare count below three is no figure so ("one woman had a heart attack" / "one woman was taken into custody")
    one = ("one", "charter", 1, "count", None, 1, 1)
    assert points(0.62, one, one) == []
    # nor an age ("the death of 43-year-old Keith Lamont Scott" / "killed Keith Lamont Scott, 43", review 18)
    age = ("25 years", "charter", 25, "years", None, 25, 25)
    assert points(0.62, age, ("25", "charter", 25, "years", None, 25, 25)) == []
