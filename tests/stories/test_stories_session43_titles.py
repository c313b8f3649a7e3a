"""Session 43: a story's title is a headline of its event, without the site's name after it and not a live page's.

Invented headlines and outlets; the stored article titles stay as given (an article's id derives from its title)."""

import numpy as np

from manysides.stories import GroupItem, build_stories
from manysides.stories.grouping import headline, live_page


def _items(rows):
    return [GroupItem(k, "2024-04-16", np.array(v, np.float32), title=t, outlet=o) for k, v, t, o in rows]


def test_a_story_title_drops_the_site_name_that_names_its_outlet():
    rows = [("m1", [1.0, 0.1, 0.0], "Harbor Bridge Reopens After Two-Year Repair : KPRX", "KPRX Online News"),
            ("m2", [1.0, 0.0, 0.1], "Harbor bridge closed for repairs reopens to traffic", "Daily Ledger")]
    (story,) = build_stories(_items(rows), {"m1": "s-x", "m2": "s-x"})
    assert story.title in ("Harbor Bridge Reopens After Two-Year Repair", "Harbor bridge closed for repairs reopens "
                                                                           "to traffic")
    assert not story.title.endswith("KPRX")
    # one headline alone titles its story, still without the site's name
    (story,) = build_stories(_items(rows[:1]), {"m1": "s-x"})
    assert story.title == "Harbor Bridge Reopens After Two-Year Repair"


def test_site_names_of_each_form_are_cut_and_a_clause_after_a_dash_is_not():
    assert headline("Council passes the budget | Metro Post", "Metro Post (Online)") == "Council passes the budget"
    assert headline("Council passes the budget - MetroPolitics.com", "Metro (Web)") == "Council passes the budget"
    # after " | " a short capitalised name is a page title's site whoever the outlet is (a guest writer's page)
    assert headline("Council passes the budget | Metro Post", "Guest Writer") == "Council passes the budget"
    assert headline("Council   passes the budget", None) == "Council passes the budget"
    # controls: whose claim it is, a clause, a source named by another outlet, a writer's name before the title
    assert headline("Rebels seize the airport - ministry", "Metro Post") == "Rebels seize the airport - ministry"
    assert headline("Budget passes – and taxes rise", "Metro Post") == "Budget passes – and taxes rise"
    assert headline("Budget talks collapse: Metro Post", "Daily Ledger") == "Budget talks collapse: Metro Post"
    assert headline("Rebels seize the airport - Metro Post", "Metro Herald") == "Rebels seize the airport - Metro Post"
    assert headline("Jane Roe - The Budget Is a Mess", "Jane Roe") == "Jane Roe - The Budget Is a Mess"


def test_a_live_page_does_not_title_a_story_while_a_plain_headline_is_there():
    rows = [("m1", [1.0, 0.0, 0.0], "Harbor Fire Explosions: Wednesday's Developments", "Metro Post"),
            ("m2", [1.0, 0.6, 0.0], "Harbor fire explosions kill two, injure dozens", "Daily Ledger"),
            ("m3", [1.0, -0.6, 0.0], "Police search for cause of harbor explosions", "Metro Herald")]
    items = _items(rows)
    (story,) = build_stories(items, {k: "s-x" for k, *_ in rows})
    assert story.title in (rows[1][2], rows[2][2])
    (story,) = build_stories(items[:1], {"m1": "s-x"})  # alone it still titles its story
    assert story.title == rows[0][2]
    assert live_page("Senate debates the bill - live updates") and live_page("The Latest: Senate debates the bill")
    assert not live_page("Senator speaks live on radio about the bill")
