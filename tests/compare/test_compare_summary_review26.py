"""Summaries (session 38, review 26): a sentence opening by telling the reader to bear something in mind is the
writer's aside, no sentence a summary can stand on (sentences invented)."""

from __future__ import annotations

from manysides.compare.summary import _points_back


def test_an_aside_to_the_reader_points_back():
    """Review 26: NPR's live page's "Remember that to get to this point, Walker opponents had to collect thousands of
    signatures to trigger a recall election." closed the recall's summary."""
    assert _points_back("Remember that to get this far, the tenants had to gather 5,000 signatures for the vote.")
    assert _points_back("Note that the count leaves out the ballots mailed from overseas.")
    assert _points_back("Keep in mind, the polls in the valley closed an hour early.")
    assert _points_back("Recall that the council had rejected the plan twice before.")
    # the same words as a noun, a participle or a name's title, and the plain telling, open no aside
    assert not _points_back("Recall elections are rare in the state, the clerk said on Tuesday.")
    assert not _points_back("Remembering the flood, residents built a new levee along the river.")
    assert not _points_back("Notice of the hearing was posted at the town hall on Monday.")
    assert not _points_back("Noted economist Ann Ruiz backed the plan at the council meeting.")
    assert not _points_back("The tenants had to gather 5,000 signatures to force the vote on the rent.")
