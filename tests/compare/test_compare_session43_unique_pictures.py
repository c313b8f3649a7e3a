"""Session 43's "only one outlet reports" rule (review 32): a sentence about a picture or chart the page shows and
the report does not (the chart pointed at as its subject, a prompt to watch or see it, a chart's legend) is no item.
All sentences invented."""

from compare_fixtures import listed_alone as _listed


def test_a_sentence_about_a_chart_the_page_shows_is_no_item():
    """Review 32: MSNBC's "As for the image above, the chart shows GDP numbers by quarter since the Great Recession
    began." and "The red columns show the economy under the Bush and Trump administrations; ..." were listed as what
    only MSNBC reports: the report shows no chart, and a chart's legend tells nothing of the event."""
    assert not _listed("As for the image above, the chart shows ferry sailings by month since Port Alma opened.")
    assert not _listed("The red columns show sailings under Dana Ortiz; the blue columns show those before her.")
    assert not _listed("The map below shows the harbours of Port Alma that the storm closed on Monday.")
    assert not _listed("Watch the video above to see the ferry fleet leave Port Alma.")
    assert not _listed("Don't see the graphic above?")


def test_controls_a_sentence_that_only_points_on_the_way_stays():
    """The controls: a statement that points to a chart on its way ("As you can see in the chart below, ..."), a
    prompt followed by news, a picture in quoted words, and colours that are no chart's stay items."""
    assert _listed("As you can see in the chart below, sailings from Port Alma fell by half in 12 days.")
    assert _listed("(see chart above) Sailings from Port Alma fell by half in the 12 days after the storm.")
    assert _listed('"The video below shows what we faced," Dana Ortiz wrote of the ferry fleet at Port Alma.')
    assert _listed("The red ferries of Port Alma were the first to sail again after 12 days.")
