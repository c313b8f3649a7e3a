"""Shared points that paired background with the day's news (session 48, helper F, reviews 35-37; invented
sentences): a routine rate beside a deed, a role stated beside a deed, what may yet be learnt beside a finding, two
deeds each not done until a time, a past year's figures beside the day's, and people other than someone named
beside that someone."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _pair(a: str, b: str, cosine: float = 0.75, claims_a=(), claims_b=(), **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' one-sentence articles (published 2026-03-03) made `cosine` alike; claims are
    (as written, value, unit)."""
    da = Draft("a", "A", [(a, "a")], claims=[(w, "x", v, u, None, v, v) for w, v, u in claims_a])
    db = Draft("b", "B", [(b, "b")], claims=[(w, "x", v, u, None, v, v) for w, v, u in claims_b])
    fx = make_fixture([da, db])
    make_alike(fx, "a", 0, "b", 0, cosine=cosine)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


BOTH = [("a", "b")]


def test_a_routine_rate_beside_a_deed_is_no_shared_point():
    """Review 37: USA Today's "The Fort Lauderdale-Hollywood International Airport handles about 586 commercial
    flights daily, according to Flight Aware ..." stood in one point with the Washington Times' "The Federal Aviation
    Administration issued a statement indicating that ... any flights inbound ... would land ..."."""
    routine = "The Harbor City port handles about 300 cargo ships a week, according to the port authority."
    deed = "The coast guard issued an order that ships bound for the Harbor City port would wait offshore."
    assert _pair(routine, deed, claims_a=[("about 300", 300, "count")]) == []
    assert _pair(routine, deed, claims_a=[("about 300", 300, "count")], tell_apart=False) == BOTH


def test_a_routine_told_twice_and_a_rate_inside_a_deeds_sentence_stay_one_point():
    """Controls: one routine in two outlets' words, a rate in an aside of a sentence that tells the deed (the main
    clause is the deed's), and a rate before what is counted ("its 24 daily flights", what the deed was done to) keep
    their points."""
    a = "The Harbor City port handles about 300 cargo ships a week, according to the port authority."
    b = "Some 300 cargo ships use the Harbor City port every week."
    assert _pair(a, b) == BOTH
    a = "The Harbor City port, which handles about 300 cargo ships a week, was closed by the coast guard on Monday."
    b = "The coast guard closed the Harbor City port on Monday."
    assert _pair(a, b) == BOTH
    a = "The airline cut its 24 daily flights to Harbor City on Monday, the ministry said."
    assert _pair(a, "The airline canceled its flights to Harbor City on Monday.") == BOTH


def test_a_role_stated_beside_the_deed_is_no_shared_point():
    """Review 37: NPR's "Sessions, now a Republican senator from Alabama, is President Trump's nominee for U.S. attorney
    general." (the day before the vote) stood in one point with the Senate approving him; review 33: BuzzFeed's "The
    FCC is led by longtime net neutrality critic Ajit Pai, ..." with Reuters' approval of Pai's proposal."""
    role = "Ana Ruiz, now a state senator from Ohio, is the governor's nominee for state treasurer."
    deed = "The state Senate approved Ana Ruiz as state treasurer on Tuesday after a bitter fight."
    assert _pair(role, deed) == []
    assert _pair(role, deed, tell_apart=False) == BOTH
    led = "The water board is led by longtime dam critic Ana Ruiz, who was appointed by the governor in 2019."
    vote = "The approval of board chair Ana Ruiz's plan in a 3-2 vote marked a victory for the farmers."
    assert _pair(led, vote) == []


def test_a_role_beside_its_giving_or_in_a_relative_clause_stays_one_point():
    """Controls: the role and the deed that gives it ("is the governor's nominee" / "nominated"), a role stated in
    a relative clause of a sentence telling the deed, and one role in two outlets' words keep their points."""
    role = "Ana Ruiz, now a state senator from Ohio, is the governor's nominee for state treasurer."
    assert _pair(role, "The governor nominated state senator Ana Ruiz for state treasurer last month.") == BOTH
    relative = "Ana Ruiz, who is the governor's nominee for state treasurer, was approved by the Senate on Tuesday."
    assert _pair(relative, "The state Senate approved Ana Ruiz as state treasurer on Tuesday.") == BOTH
    assert _pair(role, "The governor's pick for state treasurer is Ana Ruiz, a state senator from Ohio.") == BOTH


def test_what_may_be_learnt_beside_a_claim_is_no_shared_point():
    """Review 37: the AP's "They may shed further light on what caused the crash." (the black boxes) stood in one
    point with Business Insider's "There had previously been speculation that a technical issue caused the crash."."""
    learnt = "The recorders may shed further light on what caused the derailment."
    claim = "There had been speculation that a broken rail caused the derailment."
    assert _pair(learnt, claim) == []
    assert _pair(learnt, claim, tell_apart=False) == BOTH


def test_what_may_be_learnt_beside_the_unknown_stays_one_point():
    """Controls: what may be learnt beside a sentence saying it is not yet known, or beside the same hope in other
    words, keeps its point, and so do a question asked with "why" and a task ("to determine what")."""
    learnt = "The recorders may shed further light on what caused the derailment."
    assert _pair(learnt, "What caused the derailment is not yet known, officials said.") == BOTH
    assert _pair(learnt, "Investigators hope the recorders will help determine what caused the derailment.") == BOTH
    # "why" tells what it asks about (review 23's "can explain why the plane crashed six minutes after takeoff" /
    # the crash "six minutes after it left"); a bare "to determine" is a task (review 22's algorithms "to determine
    # what is trending" / "automated systems to identify what's popular")
    why = "Investigators hope the recorders can explain why the train derailed two miles from the station."
    assert _pair(why, "The train derailed two miles after it left the station, the company said.") == BOTH
    task = "The network relies on computer programs to determine what is popular with its readers."
    assert _pair(task, "The network relies on automated systems to pick what is popular.") == BOTH


def test_two_deeds_not_done_until_a_time_are_two_facts():
    """Review 36: CNN's "The Ebola patient in Dallas didn't start showing symptoms until several days after he landed
    in the United States, Frieden said." stood in one point with the Monitor's "... hospital authorities didn't
    diagnose Ebola until the man's second visit on Sept. 28."."""
    a = "The sick traveler in Dover didn't start showing symptoms until days after he landed, the health chief said."
    b = "In the case of the man in Dover, doctors didn't diagnose measles until his second visit to the clinic."
    assert _pair(a, b) == []
    assert _pair(a, b, tell_apart=False) == BOTH


def test_one_deed_not_done_until_a_time_stays_one_point():
    """Controls: one deed in other words ("symptoms" in both; "diagnosed" / "diagnosis"), and a future's condition
    ("won't be released until", which outlets give in other verbs), keep their points."""
    a = "The sick traveler in Dover didn't start showing symptoms until days after he landed, the health chief said."
    assert _pair(a, "The man in Dover did not develop symptoms until several days after his flight.") == BOTH
    a = "The man in Dover wasn't diagnosed with measles until his second visit."
    assert _pair(a, "Doctors did not reach a diagnosis until the man's second visit to the clinic.") == BOTH
    a = "The final report won't be released until the board approves it in October."
    assert _pair(a, "The report will not be made public until the board signs off on it.") == BOTH


CLAIMS_NOW = [("1.3 million", 1_300_000, "count")]


def test_a_past_years_figures_beside_the_days_are_no_shared_point():
    """Review 37: MSNBC's "In early 2009, for example, near the height of the Great Recession, initial jobless claims
    reached 665,000 -- ..." stood in one point with the Daily Caller's "The total number for jobless claims for the
    week ending in July 4 was 1.3 million ..." (July 2020), cosine 0.82."""
    past = "In early 2009, near the height of the last slump, new claims for benefits reached 665,000 in a week."
    now = "New claims for benefits totaled 1.3 million in the week ending Feb. 28, the ministry said."
    assert _pair(past, now, cosine=0.8, claims_a=[("665,000", 665_000, "count")], claims_b=CLAIMS_NOW) == []
    assert _pair(past, now, cosine=0.8, claims_a=[("665,000", 665_000, "count")], claims_b=CLAIMS_NOW,
                 tell_apart=False) == BOTH


def test_a_years_figure_given_alike_or_the_articles_own_year_stays_one_point():
    """Controls: the past year's figure given by both outlets, a year after "since" (a span up to now), the
    article's own year, the year before it (the latest year's data), a year inside the sentence (not the year it opens
    on), and a year the other sentence names too keep their points."""
    past = "In early 2009, near the height of the last slump, new claims for benefits reached 665,000 in a week."
    also = "New claims for benefits peaked at 665,000 in one week of early 2009."
    assert _pair(past, also, claims_a=[("665,000", 665_000, "count")], claims_b=[("665,000", 665_000, "count")]) \
        == BOTH
    since = "New claims for benefits, the most since 2009, totaled 1.4 million in the week ending Feb. 28."
    now = "New claims for benefits totaled 1.3 million in the week ending Feb. 28, the ministry said."
    assert _pair(since, now, claims_a=[("1.4 million", 1_400_000, "count")], claims_b=CLAIMS_NOW) == BOTH
    own = "In 2026, new claims for benefits reached 1.4 million in the week ending Feb. 28."
    assert _pair(own, now, claims_a=[("1.4 million", 1_400_000, "count")], claims_b=CLAIMS_NOW) == BOTH
    # the latest year's data (the year before the article's: "the median base salary ... in 2011 was $67,974" in 2012,
    # beside "an average salary of $76,000", review 33)
    latest = "The median base salary of the city's teachers in 2025 was $67,974, according to the district's report."
    assert _pair(latest, "With an average salary of $76,000, the city's teachers are among the best paid.",
                 claims_a=[("$67,974", 67_974, "USD")], claims_b=[("$76,000", 76_000, "USD")]) == BOTH
    # a year inside the sentence is background, not its frame ("... declined after an increase in 2014, down an
    # average of 2% per year", a judged-same pair beside "fell 4% in 2020")
    inside = "New claims for benefits are still double their average of 218,000 a week in 2019, before the slump."
    assert _pair(inside, now, claims_a=[("218,000", 218_000, "count")], claims_b=CLAIMS_NOW) == BOTH
    # the other sentence names the year too: one past event with two tolls (review 33's Griffith Park fire, "since
    # 1933, when 25 firefighters died" / "the 1933 Griffith Park fire ..., which killed 29")
    a = "It is the deadliest forest fire since 1933, when 25 firefighters died in a blaze near Elm Park."
    b = "The last forest fire to kill more firefighters was the 1933 Elm Park fire, which killed 29."
    assert _pair(a, b, claims_a=[("25", 25, "count")], claims_b=[("29", 29, "count")]) == BOTH


def test_people_other_than_someone_named_are_not_that_someone():
    """Review 36: the Washington Times' "Three American medical missionaries other than Dr. Brantly became infected
    and fell ill in Africa while treating Ebola patients." stood in one point with CNN's "The doctor and the American
    missionary were infected in Liberia, brought to Atlanta's Emory University Hospital, ..."."""
    a = "Three aid workers other than Dr. Okafor became infected and fell ill while treating measles patients."
    b = "The doctor and the aid worker were infected in the camp, flown home, treated and released."
    assert _pair(a, b) == []
    assert _pair(a, b, tell_apart=False) == BOTH


def test_others_told_of_by_both_stay_one_point():
    """Control: the others told of by both outlets keep their point."""
    a = "Three aid workers other than Dr. Okafor became infected and fell ill while treating measles patients."
    assert _pair(a, "Three other aid workers also fell ill while treating measles patients.") == BOTH
