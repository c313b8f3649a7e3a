"""Shared points that pair two statements of one subject (session 44, helper F, reviews 27-32; invented sentences): a
denial beside what it denies, a possibility raised beside the fact, a call for something beside the thing done, a
plan beside the deed."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _pair(a_sentence: str, b_sentence: str, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' sentences made 0.75 alike (an edge with a margin)."""
    fx = make_fixture([Draft("a", "A", [(a_sentence, "x")]), Draft("b", "B", [(b_sentence, "y")])])
    make_alike(fx, "a", 0, "b", 0)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_a_denial_is_not_what_it_denies():
    """Review 29: Fox's "... said Wednesday he's certain he did not send a lewd photo ..." stood in one point with
    HuffPost's "Last weekend, a lewd photo ... was sent ... from Weiner's Twitter account." A verb negated or denied in
    one sentence ("did not send", "denied taking", "denies that he took") and told as a deed in the other, which holds
    no negation and no modal, done to what was denied (the denied object's words are in it). The controls: two
    denials in two words, a plain fact told twice, a denial beside a
    possibility ("could have sent"), and a refusal beside a denial keep their points; a non-answer beside a statement
    stays apart (another rule's)."""
    for denial, deed in (("Mayor Orrin Vale said on Monday he is certain he did not send the letter to the council.",
                          "Last week a letter was sent to the council from Mayor Orrin Vale's office account."),
                         ("Treasurer Ilse Marn denied taking the money from the harbour fund, her lawyer said.",
                          "Treasurer Ilse Marn took the money from the harbour fund in March, auditors found."),
                         ("Treasurer Ilse Marn denies that she took the money from the harbour fund.",
                          "Treasurer Ilse Marn took the money from the harbour fund in March, auditors found."),
                         ("The ministry has never deployed troops to the northern border, its spokesman said.",
                          "The ministry deployed troops to the northern border on Friday, residents reported.")):
        assert _pair(denial, deed) == [], denial
        assert _pair(denial, deed, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("Treasurer Ilse Marn denied taking the money from the harbour fund, her lawyer said.",
                 "Treasurer Ilse Marn said she did not take any money from the harbour fund.") == [("a", "b")]
    assert _pair("Treasurer Ilse Marn took the money from the harbour fund in March, auditors found.",
                 "Auditors found that Treasurer Ilse Marn moved the harbour fund's money in March.") == [("a", "b")]
    assert _pair("Mayor Orrin Vale said he did not send the letter to the council.",
                 "Mayor Orrin Vale said he did not know who could have sent the letter.") == [("a", "b")]
    # a denial of another object: the chief's account (review 18: "officers did not recover a book from the scene
    # but had found a weapon" / "a handgun was recovered on the scene")
    assert _pair("Chief Lena Dorr said officers did not recover a knife from the scene but had found a rifle.",
                 "Chief Lena Dorr says a rifle was recovered on the scene, and that witnesses backed the officers.") \
        == [("a", "b")]
    # the verb told outside the negation too (review 28: "... after registering a fever ..., though she had not
    # registered a fever earlier in the day" / "... registered a fever")
    assert _pair("The nurse was held for four days after registering a fever at the airport, though she had not "
                 "registered a fever earlier in the day.",
                 "The nurse fell under the quarantine rule when she landed at the airport and registered a fever.") \
        == [("a", "b")]
    # a refusal is no plain deed, whatever the other clause tells (a judged roundups pair, one point)
    assert _pair("Mayor Orrin Vale declined to call on local reporters after the governor took questions.",
                 "Mayor Orrin Vale did not take questions from local reporters on Tuesday.") == [("a", "b")]
    assert _pair("The council did not say whether it received the letter from the mayor.",
                 "The council said it received the letter from the mayor on Monday.") == []  # a non-answer


def test_a_possibility_raised_is_not_the_fact():
    """Review 32: USA Today's "... Bach indicated, for the first time, that postponing the Tokyo Games would be a
    possibility." stood in one point with CNN's "... agreed Tuesday to postpone the Olympics until 2021."; review 28:
    IBT's "... so there's still a possibility that she does have Ebola" with the nurse's "doesn't pose a threat" (a
    claim beside its rebuttal). The controls: two sentences raising the possibility, a possibility ruled out (an
    answer), and one raised beside a sentence with a modal of its own, keep their points."""
    agreed = "The league and the city agreed on Tuesday to postpone the regatta until next spring."
    for possibility in ("On Sunday the league chief indicated for the first time that postponing the regatta would be "
                        "a possibility.",
                        "Officials said there is still a possibility that the regatta is postponed until next spring."):
        assert _pair(possibility, agreed) == [], possibility
        assert _pair(possibility, agreed, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("On Sunday the league chief indicated for the first time that postponing the regatta would be "
                 "a possibility.",
                 "The league chief said on Sunday that a postponement of the regatta was now an option.") \
        == [("a", "b")]
    assert _pair("The league chief did not rule out the possibility that the regatta is postponed until spring.",
                 "The league chief said the regatta might be postponed until next spring.") == [("a", "b")]
    assert _pair("The league chief did not rule out the possibility that the regatta was moved to spring.",
                 "The league chief said the regatta was moved to spring, officials confirmed.") == [("a", "b")]


def test_a_call_for_something_is_not_the_thing_done():
    """Review 32: USA Today's "The spread of the coronavirus ... prompting athletes and sports governing bodies around
    the world to call for the games' postponement." stood in one point with Fox's "... has forced the Tokyo Olympics to
    be postponed until next summer ...". A call or a push for something (a noun of the verb, or the verb)
    beside a sentence telling the verb as a deed and no call. The controls: two calls, and a deed told beside the
    calls for it, keep their points."""
    postponed = "The storm has forced the regatta in Velmor to be postponed until next summer, the mayor announced."
    for call in ("The storm has disrupted training in Velmor, prompting sailors around the world to call for the "
                 "regatta's postponement.",
                 "Sailors in Velmor called for the regatta to be postponed until next summer after the storm."):
        assert _pair(call, postponed) == [], call
        assert _pair(call, postponed, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("Sailors in Velmor called for the regatta's postponement after the storm disrupted training.",
                 "Sailors in Velmor pushed for a postponement of the regatta after the storm.") == [("a", "b")]
    # a demand that a participle describes (a judged roundups pair: "... and demand all international visitors be
    # fully vaccinated" / "... for fully vaccinated visitors ...")
    assert _pair("Velmor will reopen its ports next month and demand all visiting sailors be fully vaccinated.",
                 "Velmor plans to ease rules for fully vaccinated sailors from next month, officials said.") \
        == [("a", "b")]
    assert _pair("Sailors in Velmor called for the regatta's postponement after the storm disrupted training.",
                 "The regatta in Velmor was postponed amid calls for a delay from sailors after the storm.") \
        == [("a", "b")]


def test_a_plan_is_not_the_deed():
    """Review 27: Fox's "Malaysia and Singapore each planned to deploy one C-130 plane and three ships." stood in one
    point with CNN's "Malaysia's transportation minister said his country has deployed three vessels and three
    aircraft ...". A verb after a word of intent or schedule ("planned to", "intends to", "is set to") is a future, as
    after "will" (session 43); the plan's own word is no deed. The controls: two plans, and a deed told twice."""
    deployed = "Ardan's defence minister said his country has deployed three ships and two planes to the search."
    for plan in ("Ardan and Velmor each planned to deploy one plane and three ships to the search.",
                 "Ardan's navy is set to deploy three ships and two planes to the search, the minister said."):
        assert _pair(plan, deployed) == [], plan
        assert _pair(plan, deployed, tell_apart=False) == [("a", "b")]
    # controls
    assert _pair("Ardan and Velmor each planned to deploy one plane and three ships to the search.",
                 "Ardan intends to deploy three ships and a plane to the search, the minister said.") == [("a", "b")]
    assert _pair("Ardan and Velmor each deployed one plane and three ships to the search.",
                 deployed) == [("a", "b")]
