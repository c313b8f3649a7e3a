"""Session 37 (helper C, review 24; all sentences invented): a summary says a point in the words of an outlet's opening
that states what happens rather than in a wording of what could happen."""

from __future__ import annotations

from manysides.compare.summary import _possible, _states, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


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
