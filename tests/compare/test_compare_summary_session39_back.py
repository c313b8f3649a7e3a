"""Summaries (session 39, helper C, review 26): a short sentence naming nothing says what it is about only through the
sentence before it, and a wording that says "also" tells a detail beside the news (sentences invented)."""

from __future__ import annotations

from manysides.compare.summary import _adds_to_before, _names_nothing, _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-07-09", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    """A point of (article id, its text, the sentence): evidence at the sentence's place, the first its summary."""
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_a_short_sentence_naming_nothing_points_back():
    """Review 26: the Washington Times' "A vote was slated for Thursday afternoon." (the US House's vote of the
    sentence before) stood in the flag's summary as South Carolina's."""
    assert _names_nothing("A hearing was set for Monday morning.")
    assert _points_back("A hearing was set for Monday morning.")
    assert _points_back("Tuesday's second reading was decisive:")
    # a name, a figure or a sentence long enough to say what it is about: no pointing back
    assert not _points_back("The Senate set a hearing for Monday morning.")
    assert not _points_back("The vote was 61-39.")
    assert not _points_back("The hearing on the bridge's closure was set for Monday morning at the county courthouse.")
    assert not _points_back("Governor Alvarez signed the bill.")


def test_a_point_said_only_in_words_naming_nothing_is_left_out():
    a = ("The state senate voted to close the old prison on Wednesday, ending a long fight over its future. "
         "In Washington, a committee planned its own vote on federal prisons. A vote was set for Thursday noon.")
    b = ("Lawmakers in the state senate voted to close the old prison on Wednesday. The governor will sign the bill "
         "on Friday, her office said. A vote is set for Thursday noon.")
    points = [_point(("a", a, "The state senate voted to close the old prison on Wednesday, ending a long fight over "
                               "its future."),
                     ("b", b, "Lawmakers in the state senate voted to close the old prison on Wednesday.")),
              _point(("a", a, "A vote was set for Thursday noon."), ("b", b, "A vote is set for Thursday noon."))]
    got = neutral_summary(points, _articles({"a": a, "b": b}))
    assert "prison" in got and "A vote" not in got
    # the control: a point naming its body is said
    points[1] = _point(("a", a, "In Washington, a committee planned its own vote on federal prisons."),
                       ("b", b, "The governor will sign the bill on Friday, her office said."))
    assert "In Washington, a committee planned its own vote" in neutral_summary(points, _articles({"a": a, "b": b}))


def test_a_wording_that_says_also_gives_way_to_one_that_states_the_point():
    """Review 26: the acquittal's point was said in Fox's "Several Zimmerman supporters also were outside the
    courthouse, including a brother and sister quietly rejoicing that Zimmerman was acquitted." beside CNN's
    "Zimmerman, a neighborhood watch volunteer ..., was acquitted by a jury late Saturday ..."."""
    a = ("Fans of the boxer rallied in the capital on Sunday. Several fans also waited outside the arena, including a "
         "couple cheering that Ortega had won the title.")
    b = ("The boxer's camp called the fight fair. Ortega, a veteran fighter from Leon, won the title by a unanimous "
         "decision on Saturday night.")
    point = _point(("a", a, "Several fans also waited outside the arena, including a couple cheering that Ortega had "
                            "won the title."),
                   ("b", b, "Ortega, a veteran fighter from Leon, won the title by a unanimous decision on Saturday "
                            "night."))
    got = neutral_summary([point], _articles({"a": a, "b": b}))
    assert got.startswith("Ortega, a veteran fighter") and "also" not in got
    # the control: where no wording says "also", the point's own wording stands
    a2 = a.replace("Several fans also waited", "Several fans waited")
    point2 = _point(("a", a2, "Several fans waited outside the arena, including a couple cheering that Ortega had won "
                              "the title."), ("b", b, point.evidence[1].text))
    assert neutral_summary([point2], _articles({"a": a2, "b": b})).startswith("Several fans waited")


def test_also_after_but_adds_nothing():
    assert _adds_to_before("The mayor also thanked the volunteers.")
    assert _adds_to_before("Rescuers, the officials said, also freed a second hiker.")
    assert not _adds_to_before("The storm hit not only the coast but also the hills inland.")
    assert not _adds_to_before('The mayor thanked the volunteers, who "also cooked for everyone."')
