"""Session 37 (helper C, review 24; all sentences invented): a summary says a point in the words of an outlet's opening
that states what happens rather than in a wording of what could happen; a quotation's figure dated by its attribution,
a span of places beside one place, a count "elsewhere" and a figure an article only seems to give are not compared
as one quantity; a signed post beside a sentence not naming its author is another statement."""

from __future__ import annotations

from manysides.compare import disputed_numbers, shared_points
from manysides.compare._parts import places_apart
from manysides.compare.numbers import differing_figures
from manysides.compare.summary import _possible, _states, neutral_summary
from manysides.records import Article, Claim, Evidence, SharedPoint

from compare_fixtures import Draft, make_alike, make_fixture


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2016-10-06", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_what_could_happen_and_what_is_stated():
    """A modal of possibility before the sentence's own verb says what could happen; one inside a quotation or a
    clause hanging on a word before it does not."""
    assert _possible("The blizzard, the worst of the winter so far, could shut the valley's schools for a week.")
    assert _possible("Farmers might lose most of the harvest to the frost, growers said.")
    assert not _possible("The blizzard, which could shut the schools, reached the valley on Monday night.")
    assert not _possible('The governor warned that "it could get much worse" as the blizzard reached the valley.')
    assert not _possible("The blizzard reached the valley on Monday night, closing the schools.")
    assert not _possible("The mayor defended the plan on Monday, saying she may have been wrong about the cost.")
    assert not _possible("The blizzard closed the schools on Monday, and the roads could stay shut for days.")
    assert not _possible("The council may have passed the budget, but the mayor has not signed it yet.")
    assert _states("The blizzard reached the valley on Monday night, closing the schools.")
    assert not _states("The blizzard will reach the valley on Monday night.")
    assert not _states("If the wind turns, the blizzard would reach the valley on Monday night.")


A = ("The blizzard, the worst of the winter so far, could cost the valley's ski resorts millions of dollars in lost "
     "bookings. Ploughs cleared the main road by noon, the county said.")
B = ("The blizzard reached the valley on Monday night, burying the ski resorts under three feet of snow. Ploughs "
     "cleared the main road by noon on Tuesday.")
C = ("Snow from the blizzard could keep the valley's ski resorts closed for days, forecasters said. Ploughs cleared "
     "the main road by noon, county officials said.")


def _story():
    arts = _articles({"a": A, "b": B, "c": C})
    first = {k: t.split(" Ploughs")[0] for k, t in (("a", A), ("b", B), ("c", C))}
    ploughs = _point(("a", A, "Ploughs cleared the main road by noon, the county said."),
                     ("b", B, "Ploughs cleared the main road by noon on Tuesday."),
                     ("c", C, "Ploughs cleared the main road by noon, county officials said."))
    return arts, first, ploughs


def test_a_point_of_what_could_happen_is_said_in_an_opening_that_states_what_happens():
    """Review 24: the hurricane's summary opened with USA Today's "Hurricane Matthew, a powerful storm that is
    threatening the Atlantic coast ..., could deliver a potentially devastating economic wallop ...", the
    representative wording of a point that held Fox's opening "Hurricane Matthew closed in on Florida Thursday
    evening ...": the forecast of a consequence said in place of the event."""
    arts, first, ploughs = _story()
    lead = _point(("a", A, first["a"]), ("b", B, first["b"]), ("c", C, first["c"]))
    got = neutral_summary([lead, ploughs], arts)
    assert got.startswith("The blizzard reached the valley on Monday night"), got
    assert "could cost" not in got and "could keep" not in got


def test_controls_what_could_happen_stays_without_an_opening_that_states():
    """No wording that states, or one that states but opens no article: the point is said as before."""
    arts, first, ploughs = _story()
    # only wordings of what could happen
    lead = _point(("a", A, first["a"]), ("c", C, first["c"]))
    got = neutral_summary([lead, ploughs], arts)
    assert "could" in got.split(". ")[0], got
    # a stating wording that is an article's second sentence, not its opening
    d = "Ploughs worked through the night on the roads. " + first["b"]
    lead = _point(("a", A, first["a"]), ("d", d, first["b"]))
    got = neutral_summary([lead, ploughs], [*arts, *_articles({"d": d})])
    assert got.startswith("The blizzard, the worst of the winter so far, could cost"), got
    assert "reached the valley" not in got
    # a representative wording that states keeps its own words
    lead = _point(("b", B, first["b"]), ("a", A, first["a"]))
    got = neutral_summary([lead, ploughs], arts)
    assert got.startswith("The blizzard reached the valley on Monday night"), got


# -- a figure inside a quotation dated by its attribution ------------------------------------------------------------

TOLL_NOW = "The council voted on Monday to raise the toll on the harbour bridge to $12 a car."
NOW_CLAIM = ("$12", "toll harbour bridge", 12.0, "USD", None, 12.0, 12.0)


def _toll_groups(quoted: str) -> list[list[str]]:
    """The figures the dispute stage groups for a quotation giving $9 beside another outlet's $12 (the fixtures'
    articles are published in 2026; their sentences are given one topic)."""
    a = Draft("a", "A", [("The harbour bridge toll will rise this spring.", "lead"), (quoted, "toll")],
              claims=[("$9", "toll harbour bridge", 9.0, "USD", None, 9.0, 9.0)])
    b = Draft("b", "B", [("The harbour bridge toll will go up this spring.", "lead"), (TOLL_NOW, "toll")],
              claims=[NOW_CLAIM])
    fx = make_fixture([a, b])
    agreeing: list = []
    disputes = disputed_numbers(fx.articles, fx.annotations, fx.vectors, agreeing=agreeing)
    return [sorted(c.text for c in d.claims) for d in [*disputes, *agreeing]]


def test_a_quoted_figure_whose_attribution_names_an_earlier_year_is_another_times():
    """Review 24: Fox's quotation of Obama's 2013 address, ""... raise the federal minimum wage to $9 an hour," the
    president said to applause in his 2013 address", stood as disputed against the $10.10 that CNN's polls asked of a
    year later: what someone said then is that time's figure, not this event's."""
    assert _toll_groups('"We should raise the toll on the harbour bridge to $9 a car," the mayor said at a council '
                        'meeting in 2023.') == []
    last_year = "“The toll on the harbour bridge must go to $9 a car,” the mayor told the council last year."
    assert _toll_groups(last_year) == []


def test_controls_a_quoted_figure_of_now_or_set_against_a_year_is_compared():
    """Controls: a quotation whose attribution names no earlier time, the article's own year, or a year set against
    the figure ("the highest since 2019"), and an earlier year in a quotation's own words after the figure, are read
    as before: the two tolls are one quantity, disputed."""
    for quoted in ('"We should raise the toll on the harbour bridge to $9 a car," the mayor said on Monday.',
                   '"We should raise the toll on the harbour bridge to $9 a car," the mayor said in 2026.',
                   '"The toll on the harbour bridge will be $9 a car," the mayor said, the highest since 2019.',
                   '"The toll on the harbour bridge will be $9 a car, as we promised," the mayor said.'):
        assert _toll_groups(quoted) == [["$12", "$9"]], quoted


# -- a span of places and one place ----------------------------------------------------------------------------------


def _count(sentence: str, text: str) -> Claim:
    at = sentence.index(text)
    return Claim(text=text, subject="people", value=1.0, unit="count", hedge=None, low=1.0, high=1.0, start=at,
                 end=at + len(text), sentence=sentence)


def test_a_span_of_named_places_and_one_named_place_are_two_counts():
    """Review 24: Fox's "Officials from Florida to South Carolina urged an estimated 2 million people to evacuate" stood
    as disputed against CBN's "Some 500,000 people were told to evacuate the Jacksonville area": a region's count
    and one area's."""
    span = _count("Officials from Maine to Virginia told an estimated 3 million people to stay indoors.",
                  "an estimated 3 million")
    listed = _count("About 3 million people in Ohio, Indiana and Kentucky lost power on Monday.", "About 3 million")
    area = _count("Some 400,000 people were told to stay indoors in the Boston area, officials said.", "Some 400,000")
    town = _count("In Portland, some 400,000 people were told to stay indoors.", "some 400,000")
    assert places_apart(span, area) and places_apart(area, span)
    assert places_apart(span, town) and places_apart(listed, area)


def test_controls_two_spans_or_a_figure_of_no_place_are_compared():
    """Controls: two spans of places, and a span beside a figure whose words name no place, may count one thing."""
    span = _count("Officials from Maine to Virginia told an estimated 3 million people to stay indoors.",
                  "an estimated 3 million")
    other_span = _count("About 2.5 million people in Maine, Vermont and Virginia were told to stay indoors.",
                        "About 2.5 million")
    bare = _count("Some 2.5 million people were told to stay indoors on Monday, officials said.", "Some 2.5 million")
    dated = _count("From Monday to Friday, some 2.5 million people were told to stay indoors.", "some 2.5 million")
    assert not places_apart(span, other_span)
    assert not places_apart(span, bare) and not places_apart(bare, span)
    assert not places_apart(dated, bare)


def test_a_count_elsewhere_is_the_rest_beside_the_place_told_of():
    """Review 24: Fox's "... rose to at least 283, ..., saying the storm killed at least four people elsewhere in the
    Caribbean" gave two tolls of one subject, so CNN's 264 dead in Haiti paired with both and with neither was
    compared."""
    here = _count("The number of people killed in Lanmark rose to 31, officials said.", "31")
    rest = _count("The storm killed at least three people elsewhere in the islands.", "at least three")
    bare = _count("The storm killed at least 34 people on Monday.", "at least 34")
    assert places_apart(here, rest) and places_apart(rest, bare)
    # control: neither counts the rest
    assert not places_apart(here, bare)


def test_a_count_over_several_places_counted_is_a_span():
    """"killed at least 269 people in three Caribbean countries" counts several places; "in Haiti" one."""
    several = _count("The storm has killed at least 40 people in three coastal provinces.", "at least 40")
    one = _count("At least 36 people were killed in Lanmark, officials said.", "At least 36")
    assert places_apart(several, one)
    # control: a number of things that are no places ("in three waves")
    waves = _count("The storm has killed at least 40 people in three waves of flooding.", "at least 40")
    assert not places_apart(waves, one)


def _tolls(first: str, first_claim: tuple) -> tuple[str, ...]:
    """The figures a shared point of two outlets' tolls in one province gives differently, the first outlet's article
    also giving `first`."""
    part = "The majority, 31 people, died in Lanmark, a provincial spokesman said."
    rose = "The number of people killed in Lanmark rose to at least 36, officials said on Monday."
    a = Draft("a", "A", [("The floods swept the coast this week.", "lead"), (first, "all"), (part, "toll")],
              claims=[first_claim, ("31", "people", 31.0, "count", None, 31.0, 31.0)])
    b = Draft("b", "B", [("Floods swept the coast this week.", "lead"), (rose, "toll")],
              claims=[("at least 36", "number people", 36.0, "count", "at least", 36.0, None)])
    fx = make_fixture([a, b])
    ta, tb = a.text, b.text
    point = SharedPoint(part, ("a", "b"), (Evidence("a", ta.index(part), ta.index(part) + len(part), part),
                                           Evidence("b", tb.index(rose), tb.index(rose) + len(rose), rose)))
    return tuple(sorted(c.text for c in differing_figures(point, fx.articles, fx.annotations)))


def test_a_whole_over_several_places_does_not_give_one_places_figure_too():
    """Review 24: CNN's "The storm has killed at least 269 people in three Caribbean countries" made CNN "give" Fox's
    "at least 283" killed in Haiti (within 5%, both bounds), so its 264 dead in Haiti was not shown as differing."""
    several = "The storm has killed at least 35 people in three coastal provinces."
    assert _tolls(several, ("at least 35", "people kill", 35.0, "count", "at least", 35.0, None)) == (
        "31", "at least 36")
    # control: a toll of no several places near the other outlet's is that outlet's figure, given too
    plain = "The storm has killed at least 35 people, officials said."
    assert _tolls(plain, ("at least 35", "people kill", 35.0, "count", "at least", 35.0, None)) == ()


# -- an embedded post and a sentence not naming its author -----------------------------------------------------------


def _pairs(drafts, alike=(), **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        make_alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


POST = ("#Blizzard fast approaching Elm Falls, snow has started to pile up just after 2:10pET pic.twitter.com/x1y2z3 "
        "— Dana Lowe (@DanaLoweNews) January 6, 2026")


def test_a_signed_post_and_a_sentence_not_naming_its_author_are_two_statements():
    """Review 24: a CNN reporter's embedded post ("#HurricaneMatthew fast approaching West Palm Beach, ...
    pic.twitter.com/... — Nick Valencia (@CNNValencia) October 6, 2016") stood in one point with Fox's forecast "The
    hurricane was instead expected to blow ashore ... early Friday north of West Palm Beach ...": an account's words
    on the moment, not the outlet's report."""
    post = Draft("a", "A", [(POST, "x")])
    forecast = Draft("b", "B", [("The blizzard was expected to reach Elm Falls early Friday and then move north "
                                 "along the interstate, forecasters said.", "x")])
    assert _pairs([post, forecast], [("a", 0, "b", 0)]) == []
    assert _pairs([post, forecast], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]


def test_controls_a_post_beside_its_authors_name_or_its_own_words_stays_one_point():
    """Controls: a sentence that names the post's author tells of the post; one at cosine `SAME_QUOTE` or more gives
    its words; a sentence with no signature is no post."""
    post = Draft("a", "A", [(POST, "x")])
    named = Draft("b", "B", [("Reporter Dana Lowe wrote that the blizzard was fast approaching Elm Falls on "
                              "Friday afternoon.", "x")])
    assert _pairs([post, named], [("a", 0, "b", 0)]) == [("a", "b")]
    forecast = Draft("c", "C", [("The blizzard was fast approaching Elm Falls, and snow had started to pile up "
                                 "by early afternoon.", "x")])
    assert _pairs([post, forecast], [("a", 0, "c", 0, 0.9)]) == [("a", "c")]
    plain = Draft("d", "D", [("The blizzard was fast approaching Elm Falls on Friday afternoon, the weather service "
                              "said.", "x")])
    assert _pairs([plain, forecast], [("d", 0, "c", 0)]) == [("d", "c")]


# -- an age at a past step of a life (the lead, review 25) -----------------------------------------------------------


def _age(sentence: str, text: str, value: float) -> Claim:
    at = sentence.index(text)
    return Claim(text=text, subject="", value=value, unit="years", hedge=None, low=value, high=value, start=at,
                 end=at + len(text), sentence=sentence)


def test_an_age_in_a_when_clause_of_a_past_step_is_that_times():
    """Review 25: Politico's "When Benedict was elected pope at age 78 - already the oldest pope ..." stood as
    disputed against NPR's "his advanced age (85)" of the day he resigned: the age then, not now."""
    from manysides.compare.numbers import _earlier

    for sentence, text in (("When Ruth Vale was elected mayor at age 61, she was already the oldest in a century.",
                            "61"),
                           ("When the bishop was named to the post at the age of 70, few expected him to stay.",
                            "70")):
        assert _earlier(_age(sentence, text, float(text)), 2024), sentence
    # controls: an age of the day, of the event told, or of a step named without "When ... was" stays
    for sentence, text in (("The 77-year-old mayor announced her decision on Monday.", "77"),
                           ("When she died at age 90 on Thursday, the city lowered its flags.", "90"),
                           ("She was elected mayor at age 61 and served three terms.", "61")):
        assert not _earlier(_age(sentence, text, float(text)), 2024), sentence
