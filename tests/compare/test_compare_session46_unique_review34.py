"""Session 46's "only one outlet reports" rules (helper D, review 34): what another outlet reports in other words is
no item of one outlet's: a date a shared point's other sentence gives by its month, a figure in a relative clause
after a name in a shared point's sentence, "Twitter" beside "tweets", a year that only says which campaign, a
ministry named the other way round, and (review 31) a place of care another outlet tells by its kind. All sentences
invented; each rule has a control that must stay an item."""

from manysides.compare.unique import unique_points
from manysides.records import Evidence, SharedPoint

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The fuel depot at Port Alma exploded on Monday night, shaking homes across the bay.", "lead")
LEAD_B = ("A fuel depot in Port Alma blew up late on Monday, rattling houses around the bay.", "lead")


def _items(a: Draft, b: Draft, alike: list[tuple[int, int, float]] = (),
           paired: list[tuple[str, str]] = ()) -> dict[str, list[str]]:
    """Outlet A's items (text -> details): sentence i of A made `cosine` alike to sentence j of B for each (i, j,
    cosine) of `alike`, and a shared point holding A's and B's sentences for each (a sentence, b sentence) of
    `paired`."""
    fx = make_fixture([a, b])
    for i, j, cosine in alike:
        make_alike(fx, "a", i, "b", j, cosine)
    texts = {"a": fx.articles[0].text, "b": fx.articles[1].text}
    shared = [SharedPoint(x, ("a", "b"), (Evidence("a", texts["a"].index(x), texts["a"].index(x) + len(x), x),
                                          Evidence("b", texts["b"].index(y), texts["b"].index(y) + len(y), y)))
              for x, y in paired]
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors, shared=shared) if u.article == "a"}


VIDEO = "A video released on April 29, 2019 showed the depot's manager at the gate of the burning yard."
VIDEO_DATE = [("April 29, 2019", "release", 20190429, "date", None, 20190429, 20190429)]


def _video(b_sentence: str) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, (VIDEO, "video")], claims=VIDEO_DATE)
    b = Draft("b", "B", [LEAD_B, (b_sentence, "video")])
    return _items(a, b, [(1, 1, 0.78)], [(VIDEO, b_sentence)])


def test_a_date_a_shared_point_gives_by_its_month_is_no_new_figure():
    """Review 34: National Review's "... a video released on April 29, 2019 (...)" was listed for its date beside
    CNN's "In April, a video published by the ISIS media wing al-Furqan showed a man purporting to be Baghdadi.",
    the two paired as a shared point: one video, its date told less exactly."""
    assert VIDEO not in _video("In April, a video showed the manager of the depot at the gate of the yard.")


def test_a_date_the_shared_point_gives_otherwise_stays():
    """The controls: a partner naming the month with another day, another month, or another year gives another
    date; the date stays a detail."""
    for other in ("On April 3, a video showed the manager of the depot at the gate of the yard.",
                  "In March, a video showed the manager of the depot at the gate of the yard.",
                  "In April 2018, a video showed the manager of the depot at the gate of the yard."):
        assert _video(other).get(VIDEO) == ["April 29, 2019"], other


QUIT = ("Harbour Master Dana Ortiz, who ran the port during her stormy 16-month tenure, resigned on Monday after "
        "the blast.")
B_QUIT = "The harbour master of Port Alma, Dana Ortiz, resigned on Monday after the depot blast."
TENURE = [("16-month", "stormy tenure", 16, "month", None, 16, 16)]
NAMES = [("Dana Ortiz", "Dana Ortiz", "PERSON")]


def _quit(sentence: str, claims: list, paired: bool) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, (sentence, "quit")], entities=NAMES, claims=claims)
    b = Draft("b", "B", [LEAD_B, (B_QUIT, "quit")], entities=NAMES)
    return _items(a, b, [(1, 1, 0.75)], [(sentence, B_QUIT)] if paired else [])


def test_a_figure_in_a_relative_clause_after_a_name_of_a_shared_point_is_no_item():
    """Review 34: Reuters' lead "... Kirstjen Nielsen, who oversaw ... during her tumultuous 16-month tenure,
    resigned on Sunday ..." was listed for "16-month", paired with CNN's lead on the resignation: the clause says who
    she is beside the fact another outlet reports."""
    assert QUIT not in _quit(QUIT, TENURE, paired=True)


def test_a_relative_clause_outside_a_shared_point_and_a_dated_step_stay():
    """The controls: the same sentence no shared point holds (review 21's Bolsonaro "who ... despite a 27-year career
    in Congress," stays an item), and a year a relative clause dates a step by ("who took the post in 2017")."""
    assert _quit(QUIT, TENURE, paired=False).get(QUIT) == ["16-month"]
    dated = "Harbour Master Dana Ortiz, who took the post in 2017, resigned on Monday after the blast."
    items = _quit(dated, [("2017", "post", 2017, "year", None, 2017, 2017)], paired=True)
    assert items.get(dated) == ["2017"]


def test_twitter_is_told_by_tweets_and_a_campaigns_year_by_the_campaign():
    """Review 34: USA Today's "The president vowed to ban Muslims during the 2016 presidential campaign and made
    similar statements on Twitter after his election." was listed for "2016" and "Twitter" beside the Times' "The
    crux of the argument ... was based on President Trump's tweets and statements on the campaign trail and in
    office, ..." on its topic: the same statements, the campaign's year understood."""
    vowed = ("The mayor vowed to close the depot during the 2016 mayoral campaign and made similar statements on "
             "Twitter after his election.")
    a = Draft("a", "A", [LEAD_A, (vowed, "vow")], entities=[("Twitter", "Twitter", "ORG")],
              claims=[("2016", "mayoral campaign", 2016, "year", None, 2016, 2016)])
    b = Draft("b", "B", [LEAD_B, ("The case against him rests on the mayor's tweets and statements on the "
                                  "campaign trail about closing the depot.", "vow")])
    assert vowed not in _items(a, b, [(1, 1, 0.64)])
    # each alone: the year (no "Twitter" in the sentence), and "Twitter" (no year)
    year_only = "The mayor vowed to close the depot during the 2016 mayoral campaign, his aides recalled."
    a = Draft("a", "A", [LEAD_A, (year_only, "vow")], claims=[("2016", "mayoral campaign", 2016, "year", None, 2016,
                                                               2016)])
    assert year_only not in _items(a, b, [(1, 1, 0.64)])
    twitter_only = "The mayor made similar statements about closing the depot on Twitter after his election."
    a = Draft("a", "A", [LEAD_A, (twitter_only, "vow")], entities=[("Twitter", "Twitter", "ORG")])
    assert twitter_only not in _items(a, b, [(1, 1, 0.64)])


def test_a_year_naming_another_campaign_and_twitter_far_from_tweets_stay():
    """The controls: another outlet naming the campaign with its own year names another one; a sentence far from
    the one naming the campaign keeps its year; "Twitter" stays new where no other outlet speaks of tweets."""
    vowed = "The mayor vowed to close the depot during the 2016 mayoral campaign, his aides recalled."
    claims = [("2016", "mayoral campaign", 2016, "year", None, 2016, 2016)]
    a = Draft("a", "A", [LEAD_A, (vowed, "vow")], claims=claims)
    b = Draft("b", "B", [LEAD_B, ("The case against him rests on what the mayor said in the 2012 campaign about "
                                  "closing the depot.", "vow")])
    assert _items(a, b, [(1, 1, 0.64)]).get(vowed) == ["2016"]
    b = Draft("b", "B", [LEAD_B, ("The case against him rests on what the mayor said on the campaign trail.", "vow")])
    assert _items(a, b, [(1, 1, 0.3)]).get(vowed) == ["2016"]
    # a year of another thing than a contest stays: "the 2008 harbour crisis" is no other outlet's "the crisis"
    crisis = "The depot's owner has been short of cash since the 2008 harbour crisis, his aides recalled."
    a = Draft("a", "A", [LEAD_A, (crisis, "vow")], claims=[("2008", "harbour crisis", 2008, "year", None, 2008, 2008)])
    b = Draft("b", "B", [LEAD_B, ("The owner said the crisis at the depot had cost him dearly.", "vow")])
    assert _items(a, b, [(1, 1, 0.64)]).get(crisis) == ["2008"]
    posted = "The mayor posted the closure order on Twitter late on Monday, his aides said at the depot gate."
    a = Draft("a", "A", [LEAD_A, (posted, "post")], entities=[("Twitter", "Twitter", "ORG")])
    b = Draft("b", "B", [LEAD_B, ("The mayor ordered the depot closed late on Monday.", "post")])
    assert _items(a, b, [(1, 1, 0.55)]).get(posted) == ["Twitter"]


STEPS = "The Ministry of Energy condemned the blast and announced that tankers would be escorted by tugs."


def test_a_ministry_named_the_other_way_round_is_no_new_name():
    """Review 34: CBN's "Russia's Ministry of Defense condemned the attack and announced three steps ..." was listed
    for "Ministry of Defense" where NPR and CNN wrote "Russia's Defense Ministry", "the Russian Defense Ministry"."""
    a = Draft("a", "A", [LEAD_A, (STEPS, "steps")], entities=[("Ministry of Energy", "Ministry of Energy", "ORG")])
    b = Draft("b", "B", [LEAD_B, ("Port Alma's Energy Ministry said the fire was out by dawn.", "out")])
    assert STEPS not in _items(a, b, [(1, 1, 0.55)])
    # the other way round: "the Energy Ministry" where the other outlet wrote "the Ministry of Energy"
    turned = STEPS.replace("The Ministry of Energy", "The Energy Ministry")
    a = Draft("a", "A", [LEAD_A, (turned, "steps")], entities=[("The Energy Ministry", "Energy Ministry", "ORG")])
    b = Draft("b", "B", [LEAD_B, ("A spokesman for the Ministry of Energy said the fire was out by dawn.", "out")])
    assert turned not in _items(a, b, [(1, 1, 0.55)])


def test_another_body_of_the_same_field_stays():
    """The controls: another office of the field ("Energy Department" is no "Ministry of Energy") and a university
    turned round ("Ohio University" is no "University of Ohio") stay new names."""
    a = Draft("a", "A", [LEAD_A, (STEPS, "steps")], entities=[("Ministry of Energy", "Ministry of Energy", "ORG")])
    b = Draft("b", "B", [LEAD_B, ("Port Alma's Energy Department said the fire was out by dawn.", "out")])
    assert _items(a, b, [(1, 1, 0.55)]).get(STEPS) == ["Ministry of Energy"]
    study = "A study by the University of Ohio found the depot's tanks were forty years old and badly rusted."
    a = Draft("a", "A", [LEAD_A, (study, "study")], entities=[("University of Ohio", "University of Ohio", "ORG")])
    b = Draft("b", "B", [LEAD_B, ("Ohio University engineers said the tanks were old.", "study")])
    assert _items(a, b, [(1, 1, 0.55)]).get(study) == ["University of Ohio"]


TREATED = "The three crew were treated in the Alma Valley Emergency Department on Monday night and released at dawn."
CARE = [("the Alma Valley Emergency Department", "Alma Valley Emergency Department", "ORG")]


def _treated(b_sentence: str, cosine: float) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, (TREATED, "treated")], entities=CARE)
    b = Draft("b", "B", [LEAD_B, (b_sentence, "treated")])
    return _items(a, b, [(1, 1, cosine)])


def test_a_place_of_care_another_outlet_tells_by_its_kind_is_no_new_name():
    """Review 31 (left over by session 45): Fox's "The three were treated in the MetroHealth Emergency Department
    Monday night and released on Tuesday morning." was listed for the name beside CNN's "The three women and the
    child were released Tuesday from the hospital ..." (cosine 0.50): one stay in hospital."""
    assert TREATED not in _treated("The crew of three were released at dawn from the hospital, a spokeswoman said.",
                                   0.52)


def test_a_place_of_care_stays_new_far_from_the_hospital_or_beside_no_hospital():
    """The controls: a sentence far from it (no topic shared) and one on its topic naming no hospital leave the
    name new."""
    far = _treated("The crew of three were released at dawn from the hospital, a spokeswoman said.", 0.3)
    assert far.get(TREATED) == ["the Alma Valley Emergency Department"]
    home = _treated("The crew of three were sent home at dawn, a spokeswoman said.", 0.52)
    assert home.get(TREATED) == ["the Alma Valley Emergency Department"]
