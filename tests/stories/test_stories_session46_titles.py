"""Session 46 (helper A, review 34): a reaction headline, someone's quoted word for the event ("Putin calls plane's
downing by Turkey 'stab in the back'"), does not title the story while a headline of the event is there.

Invented headlines and outlets."""

import numpy as np

from manysides.stories import GroupItem, build_stories
from manysides.stories.grouping import reaction

REACTION = "Premier calls trawler's seizure by Norland navy 'act of piracy'"
EVENT = "Norland says its navy seized a trawler off its coast"
THIRD = "Norland and Vesta trade threats over seized trawler"


def _story(rows):
    items = [GroupItem(k, "2024-03-05", np.array(v, np.float32), title=t, outlet=o) for k, v, t, o in rows]
    (story,) = build_stories(items, {k: "s-x" for k, *_ in rows})
    return story.title


def test_a_reaction_headline_gives_way_to_the_events():
    # the reaction is nearest the centroid and shares as many words with the third headline as the event's does
    rows = [("r", [1.0, 0.0, 0.0], REACTION, "Daily Ledger"), ("e", [0.8, 0.6, 0.0], EVENT, "Metro Post"),
            ("t", [0.9, 0.0, 0.4], THIRD, "Harbor Times")]
    assert _story(rows) != REACTION


def test_controls_a_story_of_the_remark_and_headlines_that_are_no_reaction():
    # every headline a reaction: the story is the remark, and it keeps one
    rows = [("r", [1.0, 0.0, 0.0], REACTION, "Daily Ledger"),
            ("s", [0.9, 0.1, 0.0], "Premier calls seizure 'piracy' as row deepens", "Metro Post")]
    assert reaction(_story(rows))
    assert reaction(REACTION) and reaction("Minister likens the walkout to 'blackmail'")
    # a demand, a procedure, a quoted headline of the event itself are no reaction
    assert not reaction("Union calls for 'fair pay' in new strike")
    assert not reaction("Senate calls vote on 'skinny' repeal")
    assert not reaction("Premier calls snap election 'to end the deadlock'")
    assert not reaction("Lauer fired from NBC for 'inappropriate behavior'")
    assert not reaction(EVENT)
