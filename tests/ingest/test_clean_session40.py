"""Review 27's cleaning faults: a headline printed over a wire story's dateline, the sources after the quotations of
a list of quotations, and a channel's handle run into "YouTube"; and the prose like them that stays. Every sentence is
invented."""

from clean_helpers import clean_story, paragraphs

_TITLE = "Ana Ruiz, river town's mayor, dead at 61"
_LEAD = "LAKEVIEW, Ore. (AP) — Love her or fear her, Ana Ruiz changed the river town for good."
_MORE = "Ruiz died on Monday after a long illness, her office said. She was 61."


def test_a_headline_over_a_dateline_goes():
    text = f"Lakeview mayor Ana Ruiz dies at 61\n\n{_LEAD}\n\n{_MORE}"
    got = paragraphs(text, _TITLE)
    assert got[0] == "Love her or fear her, Ana Ruiz changed the river town for good." and got[1:] == [_MORE]
    assert any(r.startswith("headline over a dateline:") for r in clean_story(text, _TITLE).removed)
    # a title-case headline, and one over a place in title case with its agency's tag, go as well
    for head, lead in (("Lakeview Mayor Ana Ruiz Dies At 61", _LEAD),
                       ("Mayor Ruiz dead at 61", "Lakeview, Ore. (AP) — Love her or fear her, Ana Ruiz changed it.")):
        assert paragraphs(f"{head}\n\n{lead}\n\n{_MORE}", _TITLE)[0].startswith("Love her or fear her"), head
    # the controls: a sentence over the dateline (closed by its stop), a first line over prose with no dateline, a
    # long line and a standfirst run into a kicker (two sentences) stay
    for first, lead in (("The mayor of Lakeview died on Monday.", _LEAD),
                        ("Lakeview mayor Ana Ruiz dies at 61", "Love her or fear her, Ana Ruiz changed the town."),
                        ("Lakeview mourns the mayor who rebuilt the river town after the flood and led it for twenty "
                         "years without a break", _LEAD),
                        ("The town mourned her on Tuesday. Lakeview mourns its mayor", _LEAD)):
        assert first in paragraphs(f"{first}\n\n{lead}\n\n{_MORE}", _TITLE), first


_QUOTES = ("Her sharpest lines, gathered by a fan site, are below.\n\n"
           "\"Taxes are the price of a town that works.\" Radio Lakeview, March 5, 1998\n\n"
           "\"A bridge is a promise made in steel.\" — Lakeview Herald, Jan. 30, 2001.\n\n"
           "\"I was told I would lose. I did not lose.\" Speech, Nov. 12, 2004, after the recount.\n\n"
           "\"We will rebuild.\" — Channel 9, Oct 15, 2010")


def test_the_sources_of_a_list_of_quotations_go():
    got = paragraphs(_QUOTES, _TITLE)
    assert got == ["Her sharpest lines, gathered by a fan site, are below.",
                   "\"Taxes are the price of a town that works.\"", "\"A bridge is a promise made in steel.\"",
                   "\"I was told I would lose. I did not lose.\"", "\"We will rebuild.\""]
    assert sum(r.startswith("quotation's source:") for r in clean_story(_QUOTES, _TITLE).removed) == 4
    # the controls: two such paragraphs are no list, and a quotation whose speaker and day follow it in prose stays
    two = "\n\n".join(_QUOTES.split("\n\n")[:3])
    assert paragraphs(two, _TITLE) == two.split("\n\n")
    prose = "\n\n".join(f"\"We will rebuild {w},\" Ruiz said, March 5, 1998, at the levee." for w in ("it", "all", "now"))
    assert paragraphs(prose, _TITLE) == prose.split("\n\n")


def test_a_channel_handle_run_into_youtube_goes():
    text = f"{_MORE}\n\nteamruiz YouTube\n\nThe council will pick a new mayor in May."
    assert paragraphs(text, _TITLE) == [_MORE, "The council will pick a new mayor in May."]
    # the control: a sentence about the site stays
    line = "She posted the video on YouTube"
    assert line in paragraphs(f"{_MORE}\n\n{line}\n\nThe council will pick a new mayor in May.", _TITLE)
