"""Shared points that pair different statements (session 41, reviews 26-29; invented sentences)."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike, make_fixture


def _points(drafts, alike=None, **kw):
    fx = make_fixture(drafts)
    if alike:  # (article, sentence, article, sentence): made 0.75 alike, not one quotation's words
        make_alike(fx, *alike)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_two_states_of_a_patients_condition_are_two_readings():
    """Review 29: HuffPost's "His condition was upgraded from “critical” to “serious” on Thursday" (a lobbyist's)
    stood in one point with the Times' "Doctors said his condition was critical but improving." (the congressman's).
    A change is in the state it changed to; two sentences whose states share none are two readings. One state in
    other words stays one point."""
    upgraded = Draft("a", "A", [("Her condition was upgraded from “critical” to “serious” on Monday, a hospital "
                                 "spokesman said.", "x")])
    improving = Draft("b", "B", [("Doctors said her condition was critical but improving.", "x")])
    assert _points([upgraded, improving]) == []
    assert _points([upgraded, improving], tell_apart=False) == [("a", "b")]
    # one state: one point
    serious = Draft("c", "C", [("The ranger remained in serious condition at the county hospital.", "x")])
    assert _points([upgraded, serious]) == [("a", "c")]
    still = Draft("d", "D", [("She was listed in critical but stable condition on Sunday night.", "x")])
    assert _points([improving, still]) == [("b", "d")]
    # a condition that is no patient's state: not read
    weather = Draft("e", "E", [("Road conditions were good by Monday, and the pass reopened to traffic.", "x")])
    ice = Draft("f", "F", [("Conditions on the pass were fair on Monday, and it reopened to traffic.", "x")])
    assert _points([weather, ice]) == [("e", "f")]


def test_a_sentence_ending_in_a_colon_is_no_shared_point():
    """Review 28: NPR's "The student protest movement responded on Twitter:" (the lead-in of an embedded post) stood
    in one point with CNN's account of the protesters' victory: what it says is in the post that follows. A sentence
    with a colon inside it, which states what follows the colon, stays a candidate."""
    lead = Draft("a", "A", [("The dockworkers' union answered the company on its website:", "x")])
    told = Draft("b", "B", [("The dockworkers' union answered the company with a strike call for Monday.", "x")])
    assert _points([lead, told]) == []
    assert _points([lead, told], tell_apart=False) == [("a", "b")]
    inside = Draft("c", "C", [("The dockworkers' union answered the company with one demand: a strike on Monday.",
                               "x")])
    assert _points([inside, told]) == [("c", "b")]


def test_a_quotations_tail_that_says_what_it_refers_to_is_the_speakers_words():
    """Review 28: the Times' 'No,” Mr. Caroll said, referring to how Ms. Hickox was treated in New Jersey after she
    landed at Newark ... on Friday.' (the end of a quotation begun the sentence before) stood in one point with
    another outlet's "... returned to the U.S. last week through Liberty International Airport in Newark". A clause
    after the tag that says what the words refer to glosses the quotation; it states nothing of the outlet's own."""
    first = "“Is it right to keep a sailor on a pier for a week?"
    tail = ("No,” Mr. Pell said, referring to how Ms. Varga was held in Portland after her ship docked at the "
            "harbor terminal on Friday.")
    quoted = Draft("a", "A", [(first, "q"), (tail, "x")],
                   quotes=[(first[1:] + " " + tail.split("”")[0], "Pell", "person")],
                   entities=[("Mr. Pell", "Pell", "PERSON"), ("Ms. Varga", "Anna Varga", "PERSON")])
    told = Draft("b", "B", [("Ms. Varga came back on a cargo ship that docked at the Portland harbor terminal last "
                             "week.", "x")], entities=[("Ms. Varga", "Anna Varga", "PERSON")])
    assert _points([quoted, told], alike=("a", 1, "b", 0)) == []
    assert _points([quoted, told], alike=("a", 1, "b", 0), tell_apart=False) == [("a", "b")]
    # the same tail with a longer narration of its own (no gloss): the outlet reports something, as before
    own = ("No,” Mr. Pell said, and the union filed a complaint against the port authority over Ms. Varga's week on "
           "the pier in Portland.")
    stated = Draft("c", "C", [(first, "q"), (own, "x")],
                   quotes=[(first[1:] + " " + own.split("”")[0], "Pell", "person")],
                   entities=[("Mr. Pell", "Pell", "PERSON"), ("Ms. Varga", "Anna Varga", "PERSON")])
    assert _points([stated, told], alike=("c", 1, "b", 0)) == [("c", "b")]
