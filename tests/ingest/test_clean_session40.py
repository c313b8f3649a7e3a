"""Review 27's cleaning faults: a headline printed over a wire story's dateline and a channel's handle run into
"YouTube"; and the prose like them that stays. Every sentence is invented."""

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


def test_a_channel_handle_run_into_youtube_goes():
    text = f"{_MORE}\n\nteamruiz YouTube\n\nThe council will pick a new mayor in May."
    assert paragraphs(text, _TITLE) == [_MORE, "The council will pick a new mayor in May."]
    # the control: a sentence about the site stays
    line = "She posted the video on YouTube"
    assert line in paragraphs(f"{_MORE}\n\n{line}\n\nThe council will pick a new mayor in May.", _TITLE)


def test_an_embedded_post_s_credit_goes_in_every_form_the_comparison_knew():
    """Session 41: cleaning's Instagram footer wanted the handle in brackets, its Facebook footer a weekday; the
    comparison's credit took "A photo posted by @handle on ..." and a day without its weekday. One rule now
    (`POST_CREDIT`), the line with the post's words before its credit going. Prose on a post stays."""
    lead = "The harbour reopened on Friday after the storm, the port office said, and the ferries sailed again."
    for post in ("Back on the water at last #portalma A photo posted by @harbourwatch on Apr 3, 2025 at 6:10am PDT",
                 "The docks are open again, thank you all... Posted by Dana Ortiz on May 4, 2025"):
        assert paragraphs(f"{lead}\n\n{post}\n\n{_MORE}", _TITLE) == [lead, _MORE], post
        assert any(r.startswith("embedded post:") for r in clean_story(f"{lead}\n\n{post}\n\n{_MORE}", _TITLE).removed)
    for prose in ("The clip was posted by the port office on Friday and shared by Dana Ortiz on May 4, 2025.",
                  "Dana Ortiz said a photo posted by her deputy on May 4, 2025 showed the flooded docks."):
        assert prose in paragraphs(f"{lead}\n\n{prose}\n\n{_MORE}", _TITLE), prose
