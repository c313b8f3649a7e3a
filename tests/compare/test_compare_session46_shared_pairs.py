"""Shared points that paired two statements (session 46, helper F, reviews 32-34; invented sentences): two durations
in two units of time, ..."""

from manysides.compare import shared_points
from manysides.compare.numbers import differing_figures

from compare_fixtures import Draft, make_alike, make_fixture


def _pair(a: Draft, b: Draft, j: int = 0, **kw) -> list[tuple[str, ...]]:
    """The points of two outlets' drafts, a's first sentence and b's sentence `j` made 0.75 alike (an edge with a
    margin)."""
    fx = make_fixture([a, b])
    make_alike(fx, a.id, 0, b.id, j)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def _term(sentence: str, written: str, value: float, unit: str, hedge: str | None = None,
          low: float | None = None, high: float | None = None, name: str = "a") -> Draft:
    return Draft(name, name.upper(), [(sentence, name)],
                 claims=[(written, "sentence", value, unit, hedge, value if low is None else low,
                          value if high is None else high)])


def test_two_durations_in_two_units_are_two_quantities():
    """Review 34: USA Today's "... prosecutors said Flynn likely faces up to six months in prison under federal
    sentencing rules ..." stood in one point with CNN's "Flynn faces a maximum sentence of five years in prison ...":
    "up to six months" read as [0, 6] met five on the raw numbers, the months never turned into years."""
    a = _term("Under the plea deal, prosecutors said the clerk likely faces up to six months in jail for the theft.",
              "up to six months", 6, "month", "up to", 0, 6)
    b = _term("The clerk faces a maximum sentence of five years in jail for the theft, under state guidelines.",
              "five years", 5, "years", name="b")
    assert _pair(a, b) == []
    assert _pair(a, b, tell_apart=False) == [("a", "b")]


def test_one_duration_in_two_units_stays_one_point():
    """Controls: one term written in months and in years ("up to five years" / "as long as 60 months"), and two
    terms in one unit that meet, keep their points."""
    a = _term("The clerk faces up to five years in jail for the theft, prosecutors said on Monday.",
              "up to five years", 5, "years", "up to", 0, 5)
    b = _term("Prosecutors said the clerk could be jailed for as long as 60 months for the theft.",
              "as long as 60 months", 60, "month", "as long as", 0, 60, name="b")
    assert _pair(a, b) == [("a", "b")]
    c = _term("The clerk faces up to 18 months in jail for the theft, prosecutors said on Monday.",
              "up to 18 months", 18, "month", "up to", 0, 18)
    d = _term("Prosecutors said the clerk could be jailed for about a year and a half for the theft.",
              "about a year and a half", 1.5, "years", "about", 1.35, 1.65, name="b")
    assert _pair(c, d) == [("a", "b")]


def _quoted(sentence: str, words: str, speaker: str | None, name: str = "a", kind: str | None = "person") -> Draft:
    return Draft(name, name.upper(), [(sentence, name)], quotes=[(words, speaker, kind if speaker else None)])


def _continued(sentence: str) -> Draft:
    """Outlet B's quotation of two sentences, `sentence` the second, the speaker not found."""
    first = "Yesterday nine miners were killed in the collapse of the Orla pit."
    return Draft("b", "B", [(f"“{first}", "b0"), (f"{sentence}”", "b")], quotes=[(f"{first} {sentence}", None, None)])


def test_a_quotations_later_sentence_beside_another_speakers_words_is_two_statements():
    """Review 33: CNN's Napolitano, '"Today, our thoughts and prayers go out to the families and loved ones of the 19
    firefighters ...," she said ...', stood in one point with NPR's Obama, "But today, Michelle and I join all
    Americans in sending our thoughts and prayers to the families of these brave firefighters ...", a later sentence
    of a statement the quote finder gives no speaker: beside a named speaker's quotation sharing few of its words, a
    quotation's later sentence is another statement, as two named speakers' are."""
    a = _quoted("“Today our thoughts and prayers go out to the families of the nine miners who died in the collapse,” "
                "she said in a statement.",
                "Today our thoughts and prayers go out to the families of the nine miners who died in the collapse,",
                "Ana Ruiz")
    assert _pair(a, _continued("But today, Lena and I join the whole valley in sending our prayers to the families of "
                               "these brave miners and all whose lives were upended."), j=1) == []
    assert _pair(a, _continued("But today, Lena and I join the whole valley in sending our prayers to the families of "
                               "these brave miners and all whose lives were upended."), j=1, tell_apart=False) \
        == [("a", "b")]


def test_one_statement_quoted_with_and_without_its_speaker_stays_one_point():
    """Controls: one statement quoted by two outlets, one of them in a quotation's later sentence, and a quotation
    beside narration keep their points; so does a quotation the quote finder gives no speaker that opens its own
    sentence (tests/compare/test_compare_shared_review22.py)."""
    a = _quoted("“Our thoughts and prayers go out to the families of the nine miners who died,” she said on Monday.",
                "Our thoughts and prayers go out to the families of the nine miners who died,", "Ana Ruiz")
    assert _pair(a, _continued("Our thoughts and prayers go out to the families of the nine miners who died in the "
                               "collapse."), j=1) == [("a", "b")]
    narration = Draft("b", "B", [("The governor sent her prayers to the families of the nine miners killed in the "
                                  "collapse on Monday.", "b")])
    assert _pair(a, narration) == [("a", "b")]


def test_a_quotation_quoted_inside_a_speakers_words_is_not_that_quotation():
    """Review 34: USA Today's Sotomayor, '"What began as a policy explicitly 'calling for a total and complete
    shutdown of Muslims entering the United States' has since morphed into a 'proclamation' ...," Sotomayor said.',
    stood in one point with the Times' campaign statement itself, "Donald J. Trump is calling for a total and complete
    shutdown of Muslims entering the United States.": the two meet only inside her inner quotation."""
    said = ("What began as a plan explicitly 'closing every village school on Fridays' has since turned into a "
            "permanent cut,")
    a = _quoted(f"\"{said}\" the judge said.", said, "Nora Hale")
    statement = "Mayor Ivo Brandt is closing every village school on Fridays."
    b = _quoted(f"“{statement}”", statement, None, name="b")
    assert _pair(a, b) == []
    assert _pair(a, b, tell_apart=False) == [("a", "b")]


def test_an_inner_quotation_with_its_teller_in_common_stays_one_point():
    """Controls: a sentence that meets the other outside the inner quotation too (the same teller, the same deed),
    narration that tells what the inner quotation says (a finding the speaker cites), and apostrophes that open no
    quotation ("the judges' ruling", "Brandt's") keep their points."""
    said = "We heard them shout 'close every village school' and we closed them on Friday,"
    a = _quoted(f"\"{said}\" Mayor Ivo Brandt said.", said, "Ivo Brandt")
    b = Draft("b", "B", [("Mayor Ivo Brandt said he heard the crowd shout to close every village school and closed "
                          "them on Friday.", "b")])
    assert _pair(a, b) == [("a", "b")]
    said = ("What began as a plan explicitly 'closing every village school on Fridays' has since turned into a "
            "permanent cut,")
    a = _quoted(f"\"{said}\" the judge said.", said, "Nora Hale")
    b = Draft("b", "B", [("Mayor Ivo Brandt ordered every village school closed on Fridays last spring.", "b")])
    assert _pair(a, b) == [("a", "b")]
    # two outlets quoting one speaker's nested words (review 22's Wilson, "I said, 'Get back or ...'")
    said = "I told them, 'Leave the harbour or we close the gates.'"
    a = _quoted(f"“{said}”", said, "Ivo Brandt")
    said_b = "I told them, 'Leave the harbour or we close the gates,'"
    b = _quoted(f"“{said_b}” Brandt said, according to the court papers.", said_b, "Ivo Brandt", name="b")
    assert _pair(a, b) == [("a", "b")]
    said = "The judges' ruling closes Brandt's village schools on Fridays, and that is final,"
    a = _quoted(f"\"{said}\" the clerk said.", said, "Ena Toll")
    b = Draft("b", "B", [("The judges' ruling closes the village schools of Mayor Brandt on Fridays.", "b")])
    assert _pair(a, b) == [("a", "b")]


def _counted(sentence: str, counts: list[tuple[str, float]], name: str = "a") -> Draft:
    return Draft(name, name.upper(), [(sentence, name)],
                 claims=[(written, "people", value, "count", None, value, value) for written, value in counts])


def _pair_at(a: Draft, b: Draft, cosine: float) -> list[tuple[str, ...]]:
    fx = make_fixture([a, b])
    make_alike(fx, a.id, 0, b.id, 0, cosine=cosine)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors)]


def test_a_whole_and_its_parts_are_one_fact():
    """Review 31 left: NPR's "It covers all of nine states, mainly in the South, plus parts of seven other states." /
    Newsmax's "The provision requires all or parts of 16 states ..." (cosine 0.57), one count given whole and as the
    sum of its parts; "12 killed" / "eight soldiers and four civilians" likewise. Read as two figures in common, the
    pair is an edge from `FIGURES_FLOOR`, and the part beside the whole no longer tells it apart."""
    whole = _counted("The blast at the depot killed 12 people on Tuesday, the army said.", [("12", 12)])
    parts = _counted("Eight soldiers and four civilians died when the depot exploded on Tuesday.",
                     [("Eight", 8), ("four", 4)], name="b")
    assert _pair_at(whole, parts, 0.57) == [("a", "b")]
    assert _pair_at(whole, parts, 0.80) == [("a", "b")]
    # and the point shows no figures that differ (16 against nine)
    whole = _counted("The rule covers all or parts of 16 districts, most of them in the north, the court said.",
                     [("16", 16)])
    parts = _counted("It covers all of nine districts, mainly in the north, plus parts of seven other districts.",
                     [("nine", 9), ("seven", 7)], name="b")
    fx = make_fixture([whole, parts])
    make_alike(fx, "a", 0, "b", 0, cosine=0.57)
    (point,) = shared_points(fx.articles, fx.annotations, fx.vectors)
    assert differing_figures(point, fx.articles, fx.annotations) == ()


def test_parts_that_do_not_add_up_stay_apart():
    """Controls: parts that add up to another count, a part beside the whole (only one of its parts given), and small
    counts that add up by chance make no point at a low cosine."""
    whole = _counted("The blast at the depot killed 12 people on Tuesday, the army said.", [("12", 12)])
    other = _counted("Eight soldiers and three civilians died when the depot exploded on Tuesday.",
                     [("Eight", 8), ("three", 3)], name="b")
    assert _pair_at(whole, other, 0.57) == []
    part = _counted("Eight soldiers died when the depot exploded on Tuesday, the army said.", [("Eight", 8)],
                    name="b")
    assert _pair_at(whole, part, 0.57) == []
    small = _counted("The blast at the depot wounded five people on Tuesday, the army said.", [("five", 5)])
    chance = _counted("Two soldiers and three civilians died when the depot exploded on Tuesday.",
                      [("Two", 2), ("three", 3)], name="b")
    assert _pair_at(small, chance, 0.57) == []
