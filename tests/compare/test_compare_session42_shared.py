"""Shared points that pair different statements (session 42, reviews 26-30; invented sentences)."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _points(drafts, alike=None, **kw):
    fx = make_fixture(drafts)
    if alike:  # (article, sentence, article, sentence): made 0.75 alike, not one quotation's words
        make_alike(fx, *alike)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def _quoted(art: str, outlet: str, words: str, speaker: str, tag: str) -> Draft:
    return Draft(art, outlet, [(f"“{words},” {tag}.", "x")], quotes=[(words, speaker, "person")],
                 entities=[(speaker, speaker, "PERSON")])


def test_two_quotations_of_one_speaker_in_other_words_are_two_statements():
    """Review 30: USA Today's Lightfoot ("I think it's more about (voters wanting) a break from the corrupt political
    machine") stood in one point with Fox's Lightfoot in a debate a month before ("I'm not a person who decided I
    would climb the ladder of a corrupt political party"); review 26's Walker ("Tomorrow we are all Wisconsinites." /
    "It is time to put our differences aside ..."). Two quotations sharing few words are two statements, whether
    two people speak or one. One speaker's statement quoted by two outlets, one of them cutting it, stays one
    point, and so do one speaker's two quotations that give a run of words alike (`QUOTED_RUN`: review 23's
    "Tonight Canadians rejected division and negativity." / '... that voters had "rejected division and negativity...
    and they rejected cuts and austerity ..."') or that the embedding reads as one (`SAME_SPEAKER_QUOTE`: the
    NAACP's "We don't have a problem with the tea party's existence." / "We take no issue with the Tea Party
    movement.", judged one statement)."""
    thanks = _quoted("a", "A", "I owe this night to the volunteers who knocked on every door in the valley",
                     "Nora Quill", "Quill said")
    debate = _quoted("b", "B", "Nobody handed me this seat, and no party boss picked me for the ballot",
                     "Nora Quill", "Quill said during a debate in March")
    assert _points([thanks, debate], alike=("a", 0, "b", 0)) == []
    assert _points([thanks, debate], alike=("a", 0, "b", 0), tell_apart=False) == [("a", "b")]
    # control: the same statement, cut shorter by the other outlet
    cut = _quoted("c", "C", "I owe this night to the volunteers who knocked on every door", "Nora Quill",
                  "the mayor-elect said")
    assert _points([thanks, cut], alike=("a", 0, "c", 0)) == [("a", "c")]
    # control: one speaker's statement in two outlets' wordings, read as one by the embedding (cosine 0.82)
    issue = _quoted("d", "D", "We have no quarrel with the tenants' union itself", "Nora Quill", "Quill said")
    problem = _quoted("e", "E", "We don't object to the renters' association existing", "Nora Quill", "she said")
    fx = make_fixture([issue, problem])
    make_alike(fx, "d", 0, "e", 0, cosine=0.82)
    assert [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)] == [("d", "e")]
    make_alike(fx, "d", 0, "e", 0, cosine=0.75)
    assert [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)] == []
    # control: one outlet quotes a statement's first sentence, the other a longer cut of it, few words alike but a run
    # of three and more in a row ("rejected division and negativity")
    first = _quoted("f", "F", "Tonight the valley chose hope over fear", "Nora Quill", "Quill said")
    longer = _quoted("g", "G", "chose hope over fear, and it chose roads and clinics and schools for every family",
                     "Nora Quill", "Quill told supporters")
    assert _points([first, longer], alike=("f", 0, "g", 0)) == [("f", "g")]
    # control: two sentences of one speech making one claim, half their words and more alike (review 17's McConnell,
    # "None of these allegations have been corroborated ..." / "... did not corroborate any of the allegations")
    none = _quoted("h", "H", "None of the complaints were confirmed by the latest county audit", "Nora Quill",
                   "she said")
    sure = _quoted("i", "I", "What we know is the audit confirmed none of the complaints against the clerk",
                   "Nora Quill", "Quill said")
    assert _points([none, sure], alike=("h", 0, "i", 0)) == [("h", "i")]


def test_an_appeal_not_to_do_something_is_not_the_deed():
    """Review 29: the Times' "For weeks, Republicans led by Senator Mitch McConnell of Kentucky urged Mr. Trump not to
    declare a national emergency, but the president opted to go ahead anyway ..." stood in one point with HuffPost's
    "McConnell ... announced ... that Trump planned to sign the bill and declare a national emergency at the same
    time". An appeal not to do something, beside a sentence telling of no appeal that gives the deed, is no point. Two
    appeals stay one point, and so does a sentence that says the deed was not done."""
    urged = Draft("a", "A", [("For weeks, council members urged the mayor not to veto the budget, but she went ahead "
                              "anyway.", "x")])
    vetoed = Draft("b", "B", [("The council leader announced on Tuesday that the mayor would veto the budget and call "
                               "a special session.", "x")])
    assert _points([urged, vetoed], alike=("a", 0, "b", 0)) == []
    assert _points([urged, vetoed], alike=("a", 0, "b", 0), tell_apart=False) == [("a", "b")]
    # control: another outlet's account of the appeal
    warned = Draft("c", "C", [("Council members had warned the mayor that vetoing the budget would close the "
                               "libraries.", "x")])
    assert _points([urged, warned], alike=("a", 0, "c", 0)) == [("a", "c")]
    # control: the deed not done
    held = Draft("d", "D", [("The mayor did not veto the budget after council members pleaded with her for a week.",
                             "x")])
    assert _points([urged, held], alike=("a", 0, "d", 0)) == [("a", "d")]
