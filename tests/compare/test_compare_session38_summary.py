"""Summaries (session 38, review 25): what points back to a sentence left out (a demonstrative joined to more of its
kind or before a quoted term, "this" before a word, "the men", a person named by a role), "the man" of the
sentence's own person, and which twin lead a summary opens with (one only setting the time of a reaction
gives way; of twins that are no first sentences, the headlines' pick)."""

from __future__ import annotations

from manysides.compare.summary import _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str], titles: dict[str, str] | None = None) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, (titles or {}).get(i), None, "2016-02-17", "en", t)
            for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_a_demonstrative_standing_for_a_thing_told_before_points_back():
    """Review 25: "... Davis gave this and other details that led law enforcement to take the second suspect ...
    into custody." ("this": the sentence before), "... explained that this "backdoor" means ..." and "Basically,
    whoever has this backdoor could ..." stood in summaries that never said what "this" was."""
    assert _points_back("At a briefing on Monday, the fire chief gave this and other details of the blaze.")
    assert _points_back("The minister said these and similar measures would cut waiting times.")
    assert _points_back('An engineer explained that this "shortcut" means the bridge will need new cables.')
    assert _points_back("In short, anyone who finds this loophole could claim the refund twice.")
    # a time, a clause saying which, a quotation, the sentence's own opening word
    assert not _points_back("The fire chief gave details of the blaze at a briefing this morning.")
    assert not _points_back("The council met this past weekend and approved the budget.")
    assert not _points_back("The council approved this rule, which limits parking near schools, on Monday.")
    assert not _points_back("Crews searched the Grand Hotel in Lakeside, famous for the trout that brings anglers to "
                            "this quiet mountain town each May.")
    assert not _points_back('The chief said "this fire was set on purpose" at a briefing on Monday.')
    assert not _points_back("The fire chief gave details of the blaze and other fires at a briefing on Monday.")


def test_the_men_and_a_person_named_by_a_role_point_back():
    """Review 25: "The resident saw blood on a boat in the backyard, Davis said." (the man of NPR's first sentence)
    and "The men, walking single file ..., were seen in photos ..." (the suspects of a sentence before)."""
    assert _points_back("The resident saw smoke rising from the garage, the fire chief said.")
    assert _points_back("When the Riverside witness heard the crash, she called the police.")
    assert _points_back("The men, wearing dark coats, were seen leaving the bank on foot.")
    # a clause after it says who, a group of men and women, someone named
    assert not _points_back("The resident who called the police saw smoke rising from the garage.")
    assert not _points_back("The men and women of the fire service worked through the night.")
    assert not _points_back("Maria Lopez, a resident of the street, saw smoke rising from the garage.")


def test_the_man_of_the_sentences_own_person_does_not_point_back():
    """Review 25: CNN's lead, "The second suspect in the Boston Marathon bombings was taken into custody Friday night,
    bringing to an end a massive manhunt ... worried by warnings the man was possibly armed with explosives.", had
    been passed over as pointing back, and the manhunt's summary never said the suspect was caught."""
    assert not _points_back("The missing patient was found on Sunday, ending a week-long search in a county "
                            "gripped by fears the man was lost in the snow.")
    # someone else, after a verb of saying or seeing; no comma: in the same clause, another person
    assert _points_back("The missing patient's doctor said on Sunday, at the hospital, that the man was unwell.")
    assert _points_back("A local nurse was infected after the woman arrived at the clinic.")
    assert _points_back("The CDC confirmed on Sunday that the woman had tested positive.")


U = ("When a federal judge ruled that the mill must open its books to the state auditors in the pension case, the "
     "industry shuddered. Mill owners met on Tuesday. The auditors want ten years of records.")
F = ("The mill will fight a federal judge's order to open its books to the state auditors in the pension case. "
     "Mill owners met on Tuesday to plan an appeal. The auditors want ten years of records.")
W = ("Mill owners are digging in. A federal judge ruled the mill must open its books to the state auditors. "
     "The auditors want ten years of records.")


def test_a_lead_that_only_sets_the_time_of_a_reaction_gives_way_to_its_twin():
    """Review 25: USA Today's "When U.S. Magistrate Sheri Pym ruled that Apple must help the FBI break into an iPhone
    ..., the tech world shuddered." held the iPhone's summary, which never said Apple will fight the order (Fox's
    first sentence, its twin)."""
    arts = _articles({"u": U, "f": F, "w": W})
    u0, f0 = U.split(" Mill owners")[0], F.split(" Mill owners")[0]
    w1 = "A federal judge ruled the mill must open its books to the state auditors."
    widest = _point(("u", U, u0), ("f", F, f0), ("w", W, w1))
    twin = _point(("f", F, f0), ("u", U, u0))
    records = _point(("u", U, "The auditors want ten years of records."), ("f", F, "The auditors want ten years of "
                                                                           "records."))
    got = neutral_summary([records], arts, leads=[widest, twin])
    assert got.startswith("The mill will fight"), got
    # control: a lead stating its fact in a long main clause keeps its place
    long_u = U.replace("the industry shuddered", "the mill's owners said they would appeal the ruling next week")
    arts = _articles({"u": long_u, "f": F, "w": W})
    u0 = long_u.split(" Mill owners")[0]
    widest = _point(("u", long_u, u0), ("f", F, f0), ("w", W, w1))
    twin = _point(("f", F, f0), ("u", long_u, u0))
    records = _point(("u", long_u, "The auditors want ten years of records."),
                     ("f", F, "The auditors want ten years of records."))
    assert neutral_summary([records], arts, leads=[widest, twin]).startswith("When a federal judge ruled"), got


X = ("Rain fell all morning over the capital. Still, thousands of people and dozens of foreign leaders filled the "
     "national stadium to honor the late poet, who died on Friday. The service lasted four hours.")
Y = ("They came by bus and on foot. Flags flew at half mast. From the prime minister to the poet's old rivals, "
     "praise came from every side at the memorial in the national stadium for the poet, who died on Friday. "
     "The service lasted four hours.")
Z = "The prime minister praised the poet at a memorial on Tuesday. The service lasted four hours."


def test_twin_leads_that_are_no_first_sentences_go_by_the_headlines():
    """Review 25: the memorial's summary opened with NPR's second sentence (the crowd) over its twin, CNN's third
    ("From President Barack Obama to Cuba's Raul Castro, praise came from all sides ..."), while CNN's and Fox's
    headlines say "Obama praises ..."."""
    titles = {"x": "Nation mourns its poet", "y": "Prime minister praises poet at memorial",
              "z": "Prime minister praises poet at memorial service"}
    arts = _articles({"x": X, "y": Y, "z": Z}, titles)
    x1 = X.split(" The service")[0].split("capital. ")[1]
    y2 = Y.split(" The service")[0].split("half mast. ")[1]
    service = _point(("x", X, "The service lasted four hours."), ("y", Y, "The service lasted four hours."),
                     ("z", Z, "The service lasted four hours."))
    got = neutral_summary([service], arts, leads=[_point(("x", X, x1), ("y", Y, y2)),
                                                  _point(("y", Y, y2), ("x", X, x1))])
    assert got.startswith("From the prime minister to the poet's old rivals"), got
    # control: headlines that give neither more, the first lead stays first
    titles = {"x": "A day of mourning", "y": "A day of mourning", "z": "A day of mourning"}
    arts = _articles({"x": X, "y": Y, "z": Z}, titles)
    got = neutral_summary([service], arts, leads=[_point(("x", X, x1), ("y", Y, y2)),
                                                  _point(("y", Y, y2), ("x", X, x1))])
    assert got.startswith("Thousands of people and dozens of foreign leaders"), got
