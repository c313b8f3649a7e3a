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
