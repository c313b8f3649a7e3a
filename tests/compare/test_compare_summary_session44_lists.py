"""Summaries (session 44, helper A, review 33): a list set out in a sentence's place (names and ages parted by
semicolons) is no summary sentence. Sentences invented."""

from __future__ import annotations

from manysides.compare.summary import _is_list, neutral_summary
from compare_fixtures import point_in
from manysides.records import Article

CREW = "Ann Bell, 29; Tom Reyes, 23; Jo Park, 31; and Sam Odell, 27."
STORM = "A storm sank the ferry Lark off Dunmore on Sunday, killing four of its crew."
RESCUE = "Coast guard boats pulled eleven passengers from the water before dawn."
TEXTS = {"a": f"{STORM} The dead were named. {CREW} {RESCUE}",
         "b": f"{STORM} {CREW} {RESCUE}"}


def _point(sentence):
    return point_in(sentence, TEXTS)


def test_a_list_of_names_is_no_summary_sentence():
    """Review 33: the wildfire's summary went on from its first sentence to NPR's and CNN's list of the nineteen
    dead ("Andrew Ashcraft, 29; Robert Caldwell, 23; ..."), seventeen names and ages and no statement."""
    articles = [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2019-04-15", "en", t)
                for i, t in TEXTS.items()]
    got = neutral_summary([_point(STORM), _point(CREW), _point(RESCUE)], articles)
    assert STORM in got and RESCUE in got
    assert "Ann Bell" not in got


def test_what_a_list_is():
    assert _is_list(CREW)
    assert _is_list("Ohio, 12; Texas, 9; Utah, 4.")
    # controls: two items, long clauses parted by semicolons, a plain sentence
    assert not _is_list("Ann Bell, 29; Tom Reyes, 23.")
    assert not _is_list("The council passed the budget late on Monday; the mayor signed it the next morning; "
                        "the unions said they would sue.")
    assert not _is_list(STORM)
