"""Summaries and leads (session 32, reviews 19 and 21): a sentence speaking of a man and a woman by pronouns that names
one person points back; a lead listed as one outlet's own is said all the same; a headline's figure is a word of it;
leads that two outlets' first sentences state go before leads made of later sentences; a lead opening with a
judgement of the act comes after plainer ones."""

from __future__ import annotations

from compare_fixtures import Draft, hand_vectors, make_fixture

from manysides.compare.shared import lead_points
from manysides.compare.summary import _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2016-05-02", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_a_man_and_a_woman_by_pronouns_with_one_person_named_points_back():
    """Review 21: "Miller said Friday he was the one who promoted her ..." closed the summary, which never named
    her."""
    assert _points_back("Jones said Monday he had hired her and praised her work at the agency.")
    assert _points_back("The senator said she would meet him on Tuesday.")
    # two people named or described, or one gender only
    assert not _points_back("Jones said he had hired Mary Smith and praised her work.")
    assert not _points_back("Maria Lopez said her husband had called his brother.")
    assert not _points_back("Jones said Monday he had hired three clerks for his office.")


A = ("Long after the fire broke out at the Delmar warehouse on Friday night, in a blaze which killed 12 workers, crews "
     "were still pouring water on the ruins. Firefighters from four towns fought the blaze until dawn.")
B = ("A spark near a loading dock set off the fire, investigators said. Firefighters from four towns fought the "
     "flames until dawn on Saturday.")


def test_a_lead_listed_as_one_outlets_own_is_said_all_the_same():
    """Review 19: the Guardian's lead ("... an attack which killed 50 people ...") was a lead by CBN's headline but also
    an "only one outlet" item (its figures), and the summary passed it over for a sentence without the toll."""
    lead = _point(("a", A, A.split(". ")[0] + "."), ("b", B, "A spark near a loading dock set off the fire, "
                                                              "investigators said."))
    fought = _point(("a", A, "Firefighters from four towns fought the blaze until dawn."),
                    ("b", B, "Firefighters from four towns fought the flames until dawn on Saturday."))
    own = [lead.evidence[0]]
    got = neutral_summary([fought], _articles({"a": A, "b": B}), leads=[lead], unique=own)
    assert got.startswith("Long after the fire broke out at the Delmar warehouse")


def test_a_headlines_figure_is_a_word_of_it():
    """Review 19: "Death Toll Soars: 50+ Killed, ..." shares "killed" and "50" with "... a blaze which killed 50 ..."."""
    a = Draft("a", "A", [("Long after the blaze broke out on Friday night, in a disaster which killed 12 workers, crews "
                          "were still at the ruins.", "a0"), ("Smoke hung over the town.", "a1")],
              title="Panic as flames spread")
    b = Draft("b", "B", [("What began as a shift change turned into a night of terror at the plant.", "b0"),
                         ("Crews came from four towns.", "b1")], title="Toll Rises: 12 Killed at Warehouse")
    fx = make_fixture([a, b], hand_vectors([a, b]))
    points = lead_points(fx.articles, fx.annotations, fx.vectors)
    assert [p.summary for p in points][:1] == [a.sentences[0][0]]


C = ("Voters chose the reform candidate Sunday, who was declared the winner of the presidential election by a wide "
     "margin. In a victory speech, she said she would \"govern for everyone.\" Turnout was high.")
D = ("The electoral court declared the reform candidate the winner of Sunday's presidential election. Critics said "
     "she had made many promises. Turnout was high in the cities.")
E = ("Walking through the market, you hear many views. Some vendors said she had made many promises. In a victory "
     "speech, the winner vowed to govern for all.")


def test_leads_of_two_first_sentences_go_before_leads_of_later_sentences():
    """Review 21: the Times' video transcript matched later sentences of the openings loosely, making three-outlet
    leads of a victory speech; the first sentences stating the win (two outlets of three) opened no summary."""
    first = _point(("c", C, C.split(". ")[0] + "."), ("d", D, D.split(". ")[0] + "."))
    speech = _point(("c", C, "In a victory speech, she said she would \"govern for everyone.\""),
                    ("e", E, "In a victory speech, the winner vowed to govern for all."),
                    ("d", D, "Critics said she had made many promises."))
    turnout = _point(("c", C, "Turnout was high."), ("d", D, "Turnout was high in the cities."))
    got = neutral_summary([turnout], _articles({"c": C, "d": D, "e": E}), leads=[speech, first])
    assert got.startswith("Voters chose the reform candidate Sunday")


F = ("In a move that only deepens the town's isolation, the council voted to close the bridge on Monday. Repairs will "
     "take a year.")
G = ("The council voted Monday to close the Kessler bridge for repairs expected to take a year. Drivers will detour.")


def test_a_lead_opening_with_a_judgement_of_the_act_comes_after_a_plainer_one():
    """Review 21: a column's "In a move that only hastens America's retreat ..., it is now apparent that President Trump
    will withdraw ..." opened the Paris summary before Politico's "President Donald Trump announced Thursday ..."."""
    judged = _point(("f", F, F.split(". ")[0] + "."), ("g", G, G.split(". ")[0] + "."))
    plain = _point(("g", G, G.split(". ")[0] + "."), ("f", F, F.split(". ")[0] + "."))
    repairs = _point(("f", F, "Repairs will take a year."), ("g", G, "Drivers will detour."))
    got = neutral_summary([repairs], _articles({"f": F, "g": G}), leads=[judged, plain])
    assert got.startswith("The council voted Monday to close the Kessler bridge")


def test_a_point_whose_wording_judges_the_act_is_said_in_a_plainer_wording():
    """Review 21 (session 33): once Politico's lead joined the point of Fox's column, the point's representative
    wording ("In a move that only hastens ...") opened the Paris summary; another outlet's first sentence in the
    point tells the act without the judgement, and is said instead."""
    both = _point(("f", F, F.split(". ")[0] + "."), ("g", G, G.split(". ")[0] + "."))
    repairs = _point(("f", F, "Repairs will take a year."), ("g", G, "Drivers will detour."))
    got = neutral_summary([both, repairs], _articles({"f": F, "g": G}), leads=[both])
    assert got.startswith("The council voted Monday to close the Kessler bridge")
    assert "In a move" not in got
    # a point with no plainer wording is said as it is
    h = "In a blow to commuters, the council shut the bridge on Monday. Buses will run."
    judged = _point(("f", F, F.split(". ")[0] + "."), ("h", h, h.split(". ")[0] + "."))
    assert neutral_summary([judged], _articles({"f": F, "h": h})).startswith("In a move that only deepens")
