"""Session 43's "only one outlet reports" rule (review 32): a request "seeking a response" that went unanswered is a
request for comment unanswered, no item. All sentences invented."""

from compare_fixtures import listed_alone as _listed


def test_an_email_seeking_a_response_unanswered_is_no_item():
    """Review 32: USA Today's "Representatives of the Tokyo 2020 organizing committee did not immediately reply to an
    email from USA TODAY Sports seeking a response to Pound's comments." was listed as what only it reports."""
    assert not _listed("Port Alma's harbour office did not immediately reply to an email from Radio Coast seeking a "
                       "response to Dana Ortiz's remarks.")
    assert not _listed("The ferry company did not respond to calls seeking a reply.")


def test_controls_a_response_that_is_news_stays():
    """The controls: a reply refused with news after a comma, and a response that is the event, stay items."""
    assert _listed("Dana Ortiz did not reply to calls seeking a response, and she resigned from the harbour board on "
                   "Tuesday.")
    assert _listed("Dana Ortiz did not respond to the storm warnings for Port Alma until the harbour flooded.")
