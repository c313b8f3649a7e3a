"""Session 48 (helper A, review 38): a title-case headline opening with "Us" before a capitalised word opens with the
country ("Us Supreme Court Rejects ..." is "US Supreme Court Rejects ..."). Invented headlines."""

import numpy as np

from manysides.stories import GroupItem, build_stories
from manysides.stories.grouping import headline


def test_an_opening_us_before_a_capital_is_the_country():
    assert headline("Us Supreme Court Turns Down Miner's Appeal") == "US Supreme Court Turns Down Miner's Appeal"
    assert headline("Us Gets Closer to a Deal With the Rebels") == "US Gets Closer to a Deal With the Rebels"
    # with the site's name cut as before
    assert headline("Us Senate Backs Port Deal | Metro Post", "Metro Post") == "US Senate Backs Port Deal"
    # controls: the pronoun ("Us vs. Them", inside a headline), a word beginning so, a lower-case word after it
    assert headline("Us Vs. Them: The Politics of Fear") == "Us Vs. Them: The Politics of Fear"
    assert headline("Us and them in the suburbs") == "Us and them in the suburbs"
    assert headline("The Bridge Plan Will Let Us Reopen Schools") == "The Bridge Plan Will Let Us Reopen Schools"
    assert headline("Usain Bolt Wins Again") == "Usain Bolt Wins Again"


def test_a_story_titled_by_such_a_headline_says_us():
    items = [GroupItem("m1", "2019-01-07", np.array([1.0, 0.1, 0.0], np.float32),
                       title="Us Supreme Court Rejects Miner's Plea to Hear Water Case", outlet="Daily Ledger")]
    (story,) = build_stories(items, {"m1": "s-x"})
    assert story.title == "US Supreme Court Rejects Miner's Plea to Hear Water Case"
