"""Summaries (session 40, helper C, reviews 26 and 27): a headline line is no sentence of a summary, a wording that
opened with a connective gives way to one stating the point on its own, and a lead that is one speaker's reported
statement goes after a twin the outlet states in its own voice (sentences invented)."""

from __future__ import annotations

from manysides.compare.summary import neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2013-04-08", "en", t) for i, t in texts.items()]


def _at(i: str, text: str, sentence: str) -> Evidence:
    return Evidence(i, text.index(sentence), text.index(sentence) + len(sentence), sentence)


def _point(*wordings: Evidence) -> SharedPoint:
    return SharedPoint(wordings[0].text, tuple(e.article for e in wordings), tuple(wordings))


A = ("Mayor Ruiz resigns at 61\n\nLove her or fear her, Ana Ruiz changed the river town. Ana Ruiz, the mayor of "
     "Lakeview for ten years, resigned on Monday after a long illness, her office said. The council will pick a "
     "successor in May.")
B = ("Lakeview Mayor Ana Ruiz has resigned at 61 after a long illness. The council will choose a successor in May, "
     "the city clerk said. Flags flew at half-staff on Monday.")


def test_a_headline_line_is_no_sentence_of_the_summary():
    """Review 27: Politico's "Margaret Thatcher dies at 87", the headline it printed over the AP's story, stood in
    Thatcher's summary as a sentence ("Margaret Thatcher dies at 87.")."""
    arts = _articles({"a": A, "b": B})
    head = _point(_at("a", A, "Mayor Ruiz resigns at 61"), _at("b", B, "Lakeview Mayor Ana Ruiz has resigned at 61 "
                                                                       "after a long illness."))
    council = _point(_at("a", A, "The council will pick a successor in May."),
                     _at("b", B, "The council will choose a successor in May, the city clerk said."))
    got = neutral_summary([head, council], arts)
    assert "Mayor Ruiz resigns at 61" not in got
    assert got.startswith("Lakeview Mayor Ana Ruiz has resigned at 61 after a long illness.")
    # the control: the same words closed by a full stop in a paragraph of their own are a sentence, and are said
    a2 = A.replace("Mayor Ruiz resigns at 61\n", "Mayor Ruiz resigns at 61.\n")
    head2 = _point(_at("a", a2, "Mayor Ruiz resigns at 61."), head.evidence[1])
    council2 = _point(_at("a", a2, council.evidence[0].text), council.evidence[1])
    assert neutral_summary([head2, council2], _articles({"a": a2, "b": B})).startswith("Mayor Ruiz resigns at 61.")


C = ("For a few months last year, Senator Mara Quint led every poll of the party's primary. But Ms. Quint eventually "
     "fell back to earth and on Tuesday she announced that she would not run again for the Senate. The party will "
     "pick a nominee in June.")
D = ("Senator Mara Quint, a favourite of rural voters, announced on Tuesday that she will not run for a third term "
     "in the Senate. The party will choose its nominee in June, its chairman said.")


def test_a_wording_that_opened_with_a_connective_gives_way_to_a_plain_one():
    """Review 27: Bachmann's summary opened with the Washington Times' "But Mrs. Bachmann eventually came crashing
    back down to earth and on Wednesday she announced ..." (its connective dropped), where Politico and NPR state the
    decision on its own."""
    arts = _articles({"c": C, "d": D})
    turn = "But Ms. Quint eventually fell back to earth and on Tuesday she announced that she would not run again " \
           "for the Senate."
    plain = "Senator Mara Quint, a favourite of rural voters, announced on Tuesday that she will not run for a third " \
            "term in the Senate."
    points = [_point(_at("c", C, turn), _at("d", D, plain)),
              _point(_at("c", C, "The party will pick a nominee in June."),
                     _at("d", D, "The party will choose its nominee in June, its chairman said."))]
    got = neutral_summary(points, arts)
    assert got.startswith(plain) and "fell back to earth" not in got
    # the control: without the connective, the point's own wording stands
    c2 = C.replace("But Ms. Quint", "Ms. Quint")
    points2 = [_point(_at("c", c2, turn[4:]), points[0].evidence[1]),
               _point(_at("c", c2, points[1].evidence[0].text), points[1].evidence[1])]
    assert neutral_summary(points2, _articles({"c": c2, "d": D})).startswith("Ms. Quint eventually fell back")


E = ("Union leaders have met senior aides of Labour Minister Ines Borg to discuss a national strike against the "
     "pension law, union president Karl Weiss said Sunday, though Borg has ruled out talks. Weiss said the strike "
     "could start in May.")
F = ("Furious unions on Sunday were calling for a national strike after parliament passed the pension law on "
     "Saturday. The union's website carried a petition against the law.")
G = ("Thousands marched in three cities on Sunday against the pension law. Police said the marches were peaceful.")


def test_a_lead_that_is_one_speakers_report_goes_after_a_twin_stated_in_the_outlets_voice():
    """Review 26: the acquittal's summary opened with CNN's "Leaders at the nation's oldest civil rights organization
    have spoken with ... about pursuing federal civil rights charges against George Zimmerman, NAACP president Ben
    Jealous said Sunday, ...", where USA Today's twin lead states the calls after Zimmerman's acquittal."""
    arts = _articles({"e": E, "f": F, "g": G})
    reported_lead = _at("e", E, E[:E.index(" Weiss said the strike")])
    own_lead = _at("f", F, "Furious unions on Sunday were calling for a national strike after parliament passed the "
                           "pension law on Saturday.")
    leads = [SharedPoint(reported_lead.text, ("e", "f"), (reported_lead, own_lead)),
             SharedPoint(own_lead.text, ("f", "e"), (own_lead, reported_lead))]
    reported = [("e", 0, reported_lead.end)]
    loaded = frozenset({"furious"})
    got = neutral_summary([], arts, leads=leads, reported=reported, loaded=loaded)
    assert got.startswith("Furious unions on Sunday"), got
    # the controls: where no named speaker reports it, or one that is no person (an agency), the plainer lead (no
    # loaded word) stays first
    assert neutral_summary([], arts, leads=leads, loaded=loaded).startswith("Union leaders have met")
    assert neutral_summary([], arts, leads=leads, reported=reported, told_by_person=[],
                           loaded=loaded).startswith("Union leaders have met")
    assert neutral_summary([], arts, leads=leads, reported=reported, told_by_person=reported,
                           loaded=loaded).startswith("Furious unions on Sunday")

