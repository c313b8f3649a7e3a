"""Shared points that paired two statements (session 47, helper F, review 35; invented sentences): a quotation given
to a speaker that names no one beside a named speaker's other words, and an earlier event's figures a sentence
measures its news against."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _pair(a: Draft, b: Draft, cosine: float = 0.75, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' one-sentence drafts made `cosine` alike."""
    fx = make_fixture([a, b])
    make_alike(fx, a.id, 0, b.id, 0, cosine=cosine)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def _quoted(sentence: str, words: str, speaker: str | None, kind: str | None = "person", name: str = "a") -> Draft:
    return Draft(name, name.upper(), [(sentence, name)], quotes=[(words, speaker, kind if speaker else None)])


MAYOR = _quoted("“We have to think of the miners and their families and their friends,” she said.",
                "We have to think of the miners and their families and their friends,", "Ana Ruiz")


def test_a_quotation_of_a_speaker_named_before_beside_a_named_speakers_words_is_two_statements():
    """Review 35: CNN's Merkel, '"We have to think of the victims and their families and their friends," she said.',
    stood in one point with USA Today's '"Our thoughts and prayers are with the victims and their families and loved
    ones," the statement said.' (the State Department's): "the statement" points back to a source named before and
    gave the quotation no speaker words, so the rule of two speakers' quotations (session 46: a named speaker's
    beside a quotation's later sentence) did not read it."""
    said = "Our thoughts and prayers are with the miners and their families and loved ones,"
    statement = _quoted(f"“{said}” the statement said.", said, "the statement", "document", name="b")
    assert _pair(MAYOR, statement) == []
    assert _pair(MAYOR, statement, tell_apart=False) == [("a", "b")]
    letter = _quoted(f"“{said}” the letter said.", said, "the letter", "document", name="b")
    assert _pair(MAYOR, letter) == []


def test_one_statement_quoted_under_a_pointer_and_under_its_name_stays_one_point():
    """Controls: one statement quoted by two outlets, one naming its speaker and one pointing back to it ("the
    statement said"), a quotation beside narration of what it says, two quotations whose speakers both point back,
    and a person pointed back to ("the official said"), who may be the other outlet's named speaker, keep their points
    (a judged-same BASIL pair: '"The program is subject to oversight by the ... Court, the Executive Branch, and
    Congress," the official said.' / '"Rather, the intelligence community is conducting court-authorized intelligence
    activities ..., with the knowledge and oversight of Congress ..."')."""
    said = "We have to think of the miners and their families and their friends,"
    statement = _quoted(f"“{said}” the statement said on Monday.", said, "the statement", "document", name="b")
    assert _pair(MAYOR, statement) == [("a", "b")]
    narration = Draft("b", "B", [("The mayor said everyone should think of the miners, their families and their "
                                  "friends.", "b")])
    assert _pair(MAYOR, narration) == [("a", "b")]
    said_a = "We have to think of the miners and their families and their friends,"
    said_b = "Our thoughts and prayers are with the miners and their families and loved ones,"
    a = _quoted(f"“{said_a}” the spokeswoman said.", said_a, "the spokeswoman")
    b = _quoted(f"“{said_b}” the statement said.", said_b, "the statement", "document", name="b")
    assert _pair(a, b) == [("a", "b")]
    said = "The mine is checked by the state inspectors, the county and the courts every month,"
    official = _quoted(f"“{said}” the official said.", said, "the official", name="b")
    said = "Rather, every pit is run under court orders, with the knowledge and checks of the county,"
    named = _quoted(f"“{said}” Ana Ruiz said.", said, "Ana Ruiz")
    assert _pair(named, official) == [("a", "b")]


def _counted(sentence: str, counts: list[tuple[str, float, str]], name: str = "a") -> Draft:
    return Draft(name, name.upper(), [(sentence, name)],
                 claims=[(written, "people", value, unit, None, value, value) for written, value, unit in counts])


EARLIER = _counted("In July 1998, a ferry sailing between Alma and Varo sank near the harbour, killing 113 people.",
                   [("113", 113, "count")])


def test_an_earlier_events_figures_a_sentence_measures_its_news_against_make_no_point():
    """Review 35: USA Today's "Valls said he had sent Interior Minister Bernard Cazeneuve to the scene of the crash,
    the first of a commercial jet on French soil since a Concorde jet crash outside Paris in July 2000 killed 113
    people." stood in one point with NPR's "In July 2000, an Air France Concorde ... crashed during takeoff near
    Paris, killing 113 people." (cosine 0.66): the one figure in common made the edge below 0.68, but it is the
    earlier crash's, which USA Today names only to measure the news against."""
    news = _counted("The minister said she had sent rescuers to the wreck, the first sinking in the bay since a ferry "
                    "disaster near the harbour in July 1998 killed 113 people.", [("113", 113, "count")], name="b")
    assert _pair(EARLIER, news, cosine=0.65) == []


def test_figures_outside_a_reference_still_make_a_point():
    """Controls: the figure in common told as the news in both ("killed 113 people since the ferry sank" keeps its
    113 before "since"), a sentence that goes on past the reference with a comma, and a change since a level both
    outlets give (no record's word before "since") keep the one-figure edge."""
    news = _counted("The sinking has killed 113 people since the ferry left the harbour in July 1998, officials said.",
                    [("113", 113, "count")], name="b")
    assert _pair(EARLIER, news, cosine=0.65) == [("a", "b")]
    news = _counted("Since the ferry sank near the harbour in July 1998, rescuers have counted 113 people dead.",
                    [("113", 113, "count")], name="b")
    assert _pair(EARLIER, news, cosine=0.65) == [("a", "b")]
    # a change since a level both outlets give (review 21's unemployment "since the jobless rate's recent peak of 10
    # percent in October 2009" / "dropped significantly from the 10 percent high seen in October 2009"), no record
    peak = _counted("Unemployment at the port has dropped sharply from the 12 percent high seen in May 2019.",
                    [("12 percent", 12, "percent")])
    since = _counted("The mayor has been touting the slow gradual decline in unemployment since the port's recent "
                     "peak of 12 percent in May 2019.", [("12 percent", 12, "percent")], name="b")
    assert _pair(peak, since, cosine=0.65) == [("a", "b")]
