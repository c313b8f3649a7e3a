"""Session 42's "only one outlet reports" rule (review 31): a sentence telling only of a failed attempt to reach
someone for comment is no item. All sentences invented."""

from compare_fixtures import listed_alone as _listed


def test_a_failed_attempt_to_reach_someone_is_no_item():
    """Review 31: the Monitor's "Attempts to reach Ariel Castro in jail were unsuccessful Monday." was listed as
    what only it reports; like "did not respond to a request for comment" it tells nothing of the event."""
    assert not _listed("Attempts to reach Dana Ortiz at the harbour were unsuccessful Monday.")
    assert not _listed("Calls to Dana Ortiz's office went unanswered on Tuesday.")
    assert not _listed("Messages left with Dana Ortiz's lawyer were not returned.")


def test_controls_attempts_that_are_news_stay():
    """The controls: an attempt that is the news (a rescue, a deal, a ceasefire), and a failed attempt with more
    said after it, stay items."""
    assert _listed("Repeated attempts to reach the stranded crews of the Port Alma ferry failed.")
    assert _listed("Calls from Dana Ortiz for a ceasefire in the harbour dispute went unanswered.")
    assert _listed("Attempts to reach a deal with Dana Ortiz failed in the council on Tuesday after a long debate.")
    assert _listed("Messages to Dana Ortiz went unanswered, and the ferry fleet stayed in port for 12 days.")
