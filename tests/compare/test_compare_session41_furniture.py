"""One rule at two depths (session 41): an embedded post's credit and the place a caption gives whom it names are
owned by cleaning (`ingest.clean.POST_CREDIT`, `PICTURE_PLACE`) and used by the comparison for a sentence cleaning
kept; each had caught forms the other missed. Every sentence is invented."""

from manysides.compare._text import is_boilerplate
from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_fixture

LEAD_A = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
LEAD_B = ("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead")
OTHER = ("Ferry crews waited for the wind to drop before sailing.", "b-wait")
PEOPLE = [("Dana Ortiz", "Dana Ortiz", "PERSON"), ("Tom Breck", "Tom Breck", "PERSON")]


def _listed(sentence: str) -> bool:
    a = Draft("a", "Radio Coast", [LEAD_A, (sentence, "a-item")], entities=list(PEOPLE))
    b = Draft("b", "B", [LEAD_B, OTHER])
    fx = make_fixture([a, b])
    return sentence in {u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)}


def test_a_credit_whose_name_has_a_stop_is_furniture_as_cleaning_takes_it():
    """Cleaning's Instagram footer took "A video posted by Mina K. (@minak) on ..."; the comparison's own pattern
    stopped at the name's full stop, and listed the credit as an outlet's item."""
    assert is_boilerplate("A video posted by Mina K. (@minak) on Dec 31, 2024 at 9:03am PST")
    assert is_boilerplate("A photo posted by Port Alma News.ph (@portnews) on Jul 10, 2025 at 4:33am PDT")
    # the controls: what someone posted, told as news, stays
    assert not is_boilerplate("The video posted by Mina K. on Monday showed the ferries sinking at the docks.")
    assert not is_boilerplate("Dana Ortiz said the photo was posted by her deputy on May 4, 2025, a day early.")


def test_a_caption_placing_whom_it_names_second_left_or_from_left_is_no_item():
    """Cleaning's places ("second left", "center right", "from left") were not the comparison's, which knew only
    "second from left": such a caption, in a line cleaning kept, was an item."""
    assert not _listed("Dana Ortiz, second left, and Tom Breck, a ferry pilot, wait for the wind at the docks.")
    assert not _listed("Harbour master Dana Ortiz (center left) speaks with Tom Breck at the closed docks.")
    assert not _listed("With Dana Ortiz, from left, are Tom Breck and two ferry pilots of the harbour fleet.")
    # the controls: a side said in prose, and a word a transcript put in brackets, stay
    assert _listed("Dana Ortiz, the harbour master, left the docks before the last ferry sailed out of the bay.")
    assert _listed('"It is a universal (background) check on every pilot," Dana Ortiz said of the harbour rules.')
