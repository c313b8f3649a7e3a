"""Shared points that pair different statements (session 38, reviews 25 and 24): the writer's opinion beside a
report, a poll's finding beside an act, a source line in parentheses, a guest's turn in a transcript and two votes'
tallies (invented sentences)."""

from dataclasses import dataclass, field, replace

from manysides.compare import shared_points
from manysides.compare._voice import is_aside, turn_quote
from manysides.records import Quote

from compare_fixtures import Draft, make_alike as _alike, make_fixture


def _points(drafts, alike=(), **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        _alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_the_writers_must_is_not_what_someone_pledged():
    """Review 25: a columnist's "Whatever the outcome from the hung parliament scenario, Britain's leaders must
    guarantee that they will implement the will of the British people ..." stood in one point with NPR's "May said the
    new government will work to fulfill the will of U.K. voters ...": what the writer says ought to be is no report of
    a pledge. A "must" that the sentence reports ("ruled that the city must ...", a quotation) is no opinion of the
    writer's, and two sentences that both tell the requirement stay one point, as do one that hedges ("would")."""
    report = Draft("a", "A", [("Mayor Lind said the new council will work to carry out the wishes of voters who backed "
                               "the harbor plan last spring.", "x")])
    column = Draft("b", "B", [("Whatever the result of the recount, the council's leaders must guarantee that they "
                               "will carry out the wishes of the voters on the harbor plan.", "x")])
    assert _points([report, column], [("a", 0, "b", 0)]) == []
    assert _points([report, column], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    # a requirement told in both: one point
    ruled = Draft("c", "C", [("When Judge Amos ruled that the council must carry out the harbor plan, the builders "
                              "cheered.", "y")])
    order = Draft("d", "D", [("The order by Amos requires the council to carry out the harbor plan this year.", "y")])
    assert _points([ruled, order], [("c", 0, "d", 0)]) == [("c", "d")]
    both = Draft("e", "E", [("The council must now carry out the harbor plan, the judge said.", "y")])
    assert _points([ruled, both], [("c", 0, "e", 0)]) == [("c", "e")]
    # an "ought" in the main clause after a reporting word is reported, not the writer's
    saying = Draft("f", "F", [("Lind issued a statement saying the council should carry out the wishes of the voters "
                               "on the harbor plan.", "x")])
    assert _points([report, saying], [("a", 0, "f", 0)]) == [("a", "f")]
    # a sentence that hedges or supposes ("would bar") may tell what the other says ought to be
    hedged = Draft("g", "G", [("Council rules list five steps that would carry out the wishes of the voters on the "
                               "harbor plan.", "x")])
    assert _points([column, hedged], [("b", 0, "g", 0)]) == [("b", "g")]


def test_a_judgement_the_writer_vouches_for_is_not_the_report():
    """Review 24: Salon's "And of course the King v Burwell case was absolutely a frivolous lawsuit." stood in one
    point with NPR's "Today's case was King v. Burwell.": a stance adverb outside quotation marks gives the writer's
    judgement. A speaker's quoted "obviously" is the speaker's words, not the writer's stance."""
    plain = Draft("a", "A", [("The case before the court today was Dunmore v. Pell.", "x")])
    vouched = Draft("b", "B", [("And of course the Dunmore v. Pell case was absolutely a baseless lawsuit.", "x")])
    assert _points([plain, vouched], [("a", 0, "b", 0)]) == []
    assert _points([plain, vouched], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    quoted = Draft("c", "C", [("Pell's lawyer said the case was \"obviously\" about the tax credits, not the court.",
                               "y")])
    told = Draft("d", "D", [("Pell's lawyer said the case before the court was about the tax credits.", "y")])
    assert _points([quoted, told], [("c", 0, "d", 0)]) == [("c", "d")]


def test_a_polls_finding_is_not_the_act():
    """Review 24: CNN's "Two national polls conducted in the past two weeks both indicate widespread support for
    raising the minimum wage to $10.10 an hour." stood in one point with the executive order raising it to $10.10:
    what the public answers is not what was done. Two findings of polls stay one point, and a sentence that names
    polls without a finding ("after polls closed") is no poll's finding; nor is a survey's (a statistical office's,
    economists' forecasts: "Economists had expected ..., a survey showed", the figures a report is about)."""
    poll = Draft("a", "A", [("Two state polls taken this month both show wide support for raising the bridge toll to "
                             "$4 a car.", "x")])
    act = Draft("b", "B", [("The governor will raise the bridge toll for every car to $4 under an order signed "
                            "today.", "x")])
    assert _points([poll, act], [("a", 0, "b", 0)]) == []
    assert _points([poll, act], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    other_poll = Draft("c", "C", [("A university poll found that most drivers favor raising the bridge toll to $4 a "
                                   "car.", "x")])
    assert _points([poll, other_poll], [("a", 0, "c", 0)]) == [("a", "c")]
    closed = Draft("d", "D", [("The governor raised the bridge toll to $4 a car an hour after polls closed.", "x")])
    assert _points([act, closed], [("b", 0, "d", 0)]) == [("b", "d")]
    survey = Draft("e", "E", [("The bridge toll rose to $4 a car this month, a survey of drivers showed.", "x")])
    assert _points([act, survey], [("b", 0, "e", 0)]) == [("b", "e")]


def test_a_source_line_in_parentheses_is_no_statement():
    """Review 25: NPR's source line under a quoted reaction, "(Cardinal Timothy Dolan of New York, president of the
    U.S. Conference of Catholic Bishops)", stood in one point with "Longshots include Cardinal Timothy Dolan of New
    York.": a parenthesis that is no sentence states nothing. An aside that is a sentence, its full stop inside,
    states a fact and stays a candidate."""
    line = Draft("a", "A", [("\"The bishop brought a kind heart to all he did.\"", "q"),
                            ("(Bishop Carla Moro of Lyon, head of the Council of Northern Dioceses)", "x")])
    named = Draft("b", "B", [("Outsiders for the post include Bishop Carla Moro of Lyon.", "x")])
    assert _points([line, named], [("a", 1, "b", 0)]) == []
    assert _points([line, named], [("a", 1, "b", 0)], tell_apart=False) == [("a", "b")]
    aside = Draft("c", "C", [("(Bishop Carla Moro of Lyon heads the Council of Northern Dioceses and is an outsider "
                              "for the post.)", "x")])
    assert _points([aside, named], [("c", 0, "b", 0)]) == [("c", "b")]
    assert is_aside("(The Harbor Ledger)") and not is_aside("(The council met on Monday.)")


@dataclass
class _Transcript(Draft):
    """An article whose sentences opening on a speaker's label in capitals ("HOST NAME: ...") begin a paragraph, and
    whose guest's turns the quote finder gives as that guest's quotes with no cue (`turns`: words, speaker), as
    `nlp.turns` does."""

    turns: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        out = ""
        for s, _ in self.sentences:
            out += ("\n\n" if out and s.split(":")[0].isupper() else " " if out else "") + s
        return out

    def annotation(self):
        ann, text = super().annotation(), self.text
        turns = [Quote(w, who, None, text.index(w), text.index(w) + len(w), True, "person") for w, who in self.turns]
        return replace(ann, quotes=ann.quotes + tuple(turns))


def test_a_guests_turn_in_a_transcript_is_the_guests_words():
    """Review 25: in Democracy Now's transcript, Senator Graham's turn "SEN. LINDSEY GRAHAM: The skinny bill, as
    policy, is a disaster. The skinny bill, as a replacement for Obamacare, is a fraud." stood in one point with
    Reuters' account of what the bill did: a guest's words, as a quotation, not the outlet's report. The host, who
    tells the news (the quote finder gives the host's turns to no one)."""
    show = _Transcript("a", "A", [("DANA WEST: The council voted down the harbor plan early this morning.", "h"),
                                  ("SEN. RAY OKAFOR: The harbor plan, as policy, is a mess.", "g"),
                                  ("The harbor plan, as a fix for the old docks, is a sham.", "x"),
                                  ("DANA WEST: The plan would have rebuilt the old docks with a new toll.", "y")],
                       turns=[("The harbor plan, as policy, is a mess.", "Ray Okafor"),
                              ("The harbor plan, as a fix for the old docks, is a sham.", "Ray Okafor")])
    report = Draft("b", "B", [("The harbor plan, drafted three days before the vote, would have rebuilt the old docks "
                               "and added a toll.", "x"),
                              ("The plan, which would have rebuilt the old docks with a toll, was voted down.", "y")])
    turn = Quote("The plan is a sham.", "Ray Okafor", None, 17, 36, True, "person")
    assert turn_quote("SEN. RAY OKAFOR: The plan is a sham.", 0, [turn])
    # a quotation in its marks, or one a verb cues, is no turn: the tail rule above reads those
    assert not turn_quote("\u201cThe plan is a sham.\u201d", 0, [replace(turn, start=1, end=20)])
    assert not turn_quote("SEN. RAY OKAFOR: The plan is a sham.", 0, [replace(turn, cue="said")])
    fx = make_fixture([show, report])
    _alike(fx, "a", 2, "b", 0)
    kept = shared_points(fx.articles, fx.annotations, fx.vectors)
    host = "DANA WEST: The plan would have rebuilt the old docks with a new toll."
    assert [p.evidence[0].text for p in kept] == [host]
    assert _points([show, report], [("a", 2, "b", 0)], tell_apart=False) == [("a", "b"), ("a", "b")]
    # with no second speaker the same sentence is the outlet's narration
    plain = Draft("c", "C", [("The harbor plan, as a fix for the old docks, is a sham.", "x")])
    assert _points([plain, report], [("c", 0, "b", 0)]) == [("c", "b")]


def test_two_votes_tallies_are_two_votes():
    """Review 24: NPR's "The decision comes three years after a bitterly divided high court upheld the Affordable Care
    Act as constitutional by a 5-4 vote." stood in one point with Salon's "In a six-to-three decision, the Supreme
    Court announced on Thursday that it was upholding ...": a tally names its vote, and two tallies, none in common,
    are two votes. One tally written two ways ("51-49", "49-51") is one vote, a change "from 52 to 51" is no tally,
    and a sentence with no tally is not told apart so."""
    earlier = Draft("a", "A", [("The ruling comes four years after a divided state court upheld the water law by a 4-3 "
                                "vote.", "x")])
    today = Draft("b", "B", [("In a five-to-two decision, the state court said on Monday that it was upholding the "
                              "water law's main rule.", "x")])
    assert _points([earlier, today], [("a", 0, "b", 0)]) == []
    assert _points([earlier, today], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    one = Draft("c", "C", [("The state senate passed the water law 21-19 on Monday.", "y")])
    other = Draft("d", "D", [("The water law cleared the state senate 19-21 in Monday's vote.", "y")])
    assert _points([one, other], [("c", 0, "d", 0)]) == [("c", "d")]
    change = Draft("e", "E", [("The vote cuts the majority in the state senate from 22 to 21 on the water law.", "y")])
    assert _points([one, change], [("c", 0, "e", 0)]) == [("c", "e")]
    plain = Draft("f", "F", [("The state court on Monday upheld the water law's main rule.", "x")])
    assert _points([today, plain], [("b", 0, "f", 0)]) == [("b", "f")]
