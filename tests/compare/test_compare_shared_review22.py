"""Review 22's shared points: two quotations of two named speakers, and a quotation's later sentence with its
attribution tag, are not one point with what they resemble (invented sentences)."""

from dataclasses import replace

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike as _alike, make_fixture


def _points(drafts, alike, **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        _alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_two_quotations_of_two_named_speakers_are_two_statements():
    """Review 22: Reason's quotation of the ACLU's Howard Simon ("In the days and weeks ahead we will seek to work
    with newly elected Governor ...") stood in one point with Reuters' quotation of the Sentencing Project ("Voters in
    Florida have endorsed a historic advance in democracy ..."): two speakers' words, one of them an organisation,
    which the rule for two people's words did not ask. Two quotations in the same words stay one point, whoever
    speaks (one speaker's two statements in other words are two: tests/compare/test_compare_session42_shared.py);
    so do two whose speaker is not known."""
    league = Draft("a", "A", [("“The new rules will open the polls to thousands of residents,” the Harbor Voters "
                               "League said.", "x")],
                   quotes=[("The new rules will open the polls to thousands of residents", "Harbor Voters League",
                            "org")])
    olsen = Draft("b", "B", [("“We will work with the county clerk so the change takes effect without delay,” said "
                              "Maria Olsen.", "x")],
                  quotes=[("We will work with the county clerk so the change takes effect without delay",
                           "Maria Olsen", "person")])
    assert _points([league, olsen], [("a", 0, "b", 0)]) == []
    assert _points([league, olsen], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    # the same words, cut shorter, given by another outlet to the league's chairman: one quotation
    same = Draft("c", "C", [("“The new rules will open the polls to thousands,” Tom Hale said.", "x")],
                 quotes=[("The new rules will open the polls to thousands", "Tom Hale", "person")])
    assert _points([league, same], [("a", 0, "c", 0)]) == [("a", "c")]
    # one speaker's two wordings of one statement
    olsen2 = Draft("d", "D", [("“We will work with the clerk so that the change takes effect without any delay,” "
                               "said Maria Olsen.", "x")],
                   quotes=[("We will work with the clerk so that the change takes effect without any delay",
                            "Maria Olsen", "person")])
    assert _points([olsen, olsen2], [("b", 0, "d", 0)]) == [("b", "d")]
    # a speaker the quote finder does not name
    unnamed = Draft("e", "E", [("“We will work with the county clerk so the change takes effect without delay.”",
                                "x")],
                    quotes=[("We will work with the county clerk so the change takes effect without delay", None,
                             None)])
    assert _points([league, unnamed], [("a", 0, "e", 0)]) == [("a", "e")]


def test_a_quotations_later_sentence_with_its_tag_is_not_the_outlets_statement():
    """Review 22: Reuters' "Florida's lifetime ban on voting ... created the country's largest disenfranchised
    population," The Sentencing Project ... said in a statement." (the quotation opened a sentence before) stood in
    one point with Reason's own "Florida was one of four states that impose lifetime bans on voting ...". A
    quotation's later sentence is the speaker's words whether its attribution tag follows or not; beside another
    outlet's narration it is no point. Two outlets quoting that sentence stay one point."""
    words = "The bridge has served the town for ninety years. Its closing leaves the east side without a crossing"
    mayor = Draft("a", "A", [("“The bridge has served the town for ninety years.", "a-open"),
                             ("Its closing leaves the east side without a crossing,” the mayor said on Tuesday.",
                              "x")],
                  quotes=[(words, "Ann Ruiz", "person")])
    own = Draft("b", "B", [("The closing of the bridge leaves the east side of town without a crossing for now.",
                            "y")])
    assert _points([mayor, own], [("a", 1, "b", 0)]) == []
    assert _points([mayor, own], [("a", 1, "b", 0)], tell_apart=False) == [("a", "b")]
    quoting = Draft("c", "C", [("“The bridge has served the town for ninety years.", "c-open"),
                               ("Its closing leaves the east side without a crossing,” Ruiz told reporters.", "z")],
                    quotes=[(words, "Ann Ruiz", "person")])
    assert _points([mayor, quoting], [("a", 1, "c", 1)]) == [("a", "c")]


def test_a_reading_at_a_named_time_is_not_another_figure_of_its_unit():
    """Review 12: CNN's "The center was about 20 miles north-northeast of Myrtle Beach." stood in one point with USA
    Today's "At 2 a.m. EST Saturday, the center of the storm was about 35 miles from Myrtle Beach": a reading at a
    named time of day beside a figure of its unit not within a tenth of it, two readings. Figures within a tenth
    ("120 mph" / "125 mph") stay one point, as do two sentences naming no time."""
    timed = Draft("a", "A", [("At 4 a.m. Sunday, the front of the flood was about 30 miles south of Riverton.", "x")],
                  claims=[("about 30 miles", "front flood", 30, "mile", "about", 27, 33)])
    plain = Draft("b", "B", [("The front of the flood was about 12 miles south of Riverton.", "x")],
                  claims=[("about 12 miles", "front flood", 12, "mile", "about", 10.8, 13.2)])
    assert _points([timed, plain], []) == []
    assert _points([timed, plain], [], tell_apart=False) == [("a", "b")]
    near = Draft("c", "C", [("The front of the flood was 32 miles south of Riverton.", "x")],
                 claims=[("32 miles", "front flood", 32, "mile", None, 32, 32)])
    assert _points([timed, near], []) == [("a", "c")]
    untimed = Draft("d", "D", [("By then the front of the flood was about 30 miles south of Riverton, at most 12 "
                                "miles from the dam.", "x")],
                    claims=[("about 30 miles", "front flood", 30, "mile", "about", 27, 33),
                            ("12 miles", "dam", 12, "mile", None, 12, 12)])
    assert _points([plain, untimed], []) == [("b", "d")]


def test_a_figure_of_another_month_is_not_this_ones():
    """Review 21: NPR's "In February, private payrolls rose by 254,000 jobs." stood in one point with CNN's "the entire
    private sector adding 184,000 people to the payroll" (October's jobs, both published November 2): a sentence
    naming a month alone (no day with it) that is neither the article's nor the one before gives another time's
    figures. The month before is the report's own ("In February, ..." published in March); "since February" is a
    span up to now."""
    def pair(sentence, published="2026-11-02"):
        old = Draft("a", "A", [(sentence, "x")], claims=[("254,000", "job", 254000, "count", None, 254000, 254000)])
        new = Draft("b", "B", [("The region's private sector added 184,000 jobs, the bureau said.", "x")],
                    claims=[("184,000", "job", 184000, "count", None, 184000, 184000)])
        fx = make_fixture([old, new])
        fx.articles[:] = [replace(a, published=published) for a in fx.articles]
        return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)]

    assert pair("In February, the region's private sector added 254,000 jobs, the bureau said.") == []
    assert pair("In October, the region's private sector added 254,000 jobs, the bureau said.") == [("a", "b")]
    assert pair("In February, the region's private sector added 254,000 jobs, the bureau said.",
                published="2026-03-06") == [("a", "b")]
    assert pair("Since February, the region's private sector added 254,000 jobs, the bureau said.") == [("a", "b")]
    # a date names a day, which two outlets may give for one fact: only a month named alone counts
    assert pair("On February 12, the region's private sector added 254,000 jobs, the bureau said.") == [("a", "b")]


def test_an_outlets_own_question_is_no_point_with_a_statement():
    """Review 23: the BBC's subheading "What exactly did Bolsonaro say?" stood in one point with NPR's "In an aside
    addressed to Bolsonaro, he added, ...": a question in the outlet's own words states nothing. Two outlets' own
    questions may still be one point."""
    asked = Draft("a", "A", [("What exactly did the harbour mayor tell the council about the ferries?", "x")])
    said = Draft("b", "B", [("In an aside to the council, the harbour mayor said the ferries would run again.", "x")])
    also = Draft("c", "C", [("What exactly did the harbour mayor tell the council about the ferry plan?", "x")])
    assert _points([asked, said], [("a", 0, "b", 0)]) == []
    assert _points([asked, also], [("a", 0, "c", 0)]) == [("a", "c")]
