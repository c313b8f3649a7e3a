"""Review 23's cleaning faults: a caption closed by its credit with the agency first in the brackets, a slideshow's
arrows before its counter, the BBC's link and button around an embedded post, a platform's name left by an embed,
the Guardian's collapsible timeline box; and the prose like them that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("The minister visited the port on Monday and met the crews of three ships that had returned from a "
          "long patrol.")
_MORE = "The ships will sail again next week, officials said, after repairs to two of their engines."


def _clean(text: str):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="The fleet returns"))


def test_a_caption_closed_by_an_agency_first_credit_goes():
    caption = "A navy officer salutes during a ceremony in Lisbon, Portugal, March 3, 2021. (REUTERS/Jane Doe)"
    art = _clean(f"{_PROSE}\n\n{caption}\n\n{_MORE}")
    assert "salutes" not in art.text and _MORE in art.text
    assert any(n.startswith("photo caption") for n in art.removed)
    fragment = "The harbour master at the quay (AP/John Roe)"
    assert "harbour master" not in _clean(f"{_PROSE}\n\n{fragment}\n\n{_MORE}").text


def test_prose_with_an_agency_in_brackets_stays():
    line = "The navy said the repairs would cost less than expected (Reuters reported the figure first)."
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_a_slideshows_arrows_and_counter_go():
    art = _clean(f"next Image 1 of 3\n\nprev Image 3 of 3\n\nprev next Image 2 of 3\n\n{_PROSE}\n\n{_MORE}")
    assert art.text.split("\n\n") == [_PROSE, _MORE]


def test_the_bbcs_link_and_button_around_an_embedded_post_go_and_the_post_stays():
    post = ("Skip Twitter post 2 by @PortAuthority The harbour reopens at noon. Thanks for your patience! "
            "— Port Authority (@PortAuthority) March 3, 2021 Report")
    art = _clean(f"{_PROSE}\n\n{post}\n\n{_MORE}")
    assert ("The harbour reopens at noon. Thanks for your patience! — Port Authority (@PortAuthority) "
            "March 3, 2021") in art.text.split("\n\n")
    assert "Skip" not in art.text and "Report" not in art.text
    # a paragraph that starts with the word "Skip" or ends with "Report" is prose
    line = "Skip the harbour tour in winter, the guide said, and read the 2021 Report instead of the brochure."
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_a_platforms_name_left_by_an_embed_goes_and_prose_naming_it_stays():
    art = _clean(f"{_PROSE}\n\nYouTube\n\n{_MORE}")
    assert art.text.split("\n\n") == [_PROSE, _MORE]
    line = "YouTube removed the video within an hour."
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_the_guardians_collapsible_boxes_go():
    box = ("Timeline The fleet's troubled year Show Hide First ship enters service The first ship sails in May. "
           "Refit The second ship is refitted after a fire on board kills 12 sailors.")
    qa = "Q&A Why does the navy need new ships? Show Hide The fleet is old, and half of it needs repairs."
    art = _clean(f"{_PROSE}\n\n{box}\n\n{qa}\n\n{_MORE}")
    assert art.text.split("\n\n") == [_PROSE, _MORE]
    # a paragraph that opens with one of the boxes' labels is prose when no "Show Hide" follows
    line = "Timeline of the repairs was set out by the minister, who said the work would end in May."
    assert line in _clean(f"{_PROSE}\n\n{line}").text
