"""Furniture cleaning left before session 44, each a kind: a caption under a picture's label and a colon however
long, a credit alone in brackets, a caption closed by the agency alone in brackets, a caption under "Image" with
"Credit" and no dots, a sign-up that delivers "daily" to the inbox, a live page's notes on its own post, a writer's
sign-off ("... reported from <place>.") at the text's end, and a single "By <name>" line where a byline stands; and
the prose like them that stays. Every sentence is invented."""

from clean_helpers import HARBOUR, clean_story, paragraphs

_TITLE, _PROSE, _MORE, _LAST = HARBOUR.title, HARBOUR.prose, HARBOUR.more, HARBOUR.last
_gone, _stays = HARBOUR.line_goes, HARBOUR.line_stays


def test_a_long_caption_under_a_picture_label_goes():
    _gone("PHOTO: Residents wade through floodwater past the old market hall in Lakeview, Northshire, on Monday, May "
          "4, 2021, after the storm surge broke over the sea wall and flooded the harbour. (Jo Lin/Reuters, FILE) More",
          "photo caption")
    _gone("Image: A fisherman looks at his boat, thrown onto the quay by the storm, in the harbour of Lakeview on the "
          "morning after the surge, when the water had begun to fall back into the sea.", "photo caption")


def test_a_credit_alone_in_brackets_goes():
    _gone("(Photo: Jo Lin/Dreamstime)", "photo credit")
    _gone("(Photo courtesy: Ann Roe, Lakeview Harbour Trust)", "photo credit")
    # a gallery's link in brackets stays a link, as before
    _gone("(PHOTOS: The harbour after the storm)", "related link")


def test_a_caption_closed_by_the_agency_alone_goes():
    _gone("Residents of the harbour district outside the flooded market hall (Reuters)", "photo caption")
    _gone("Volunteers gather near the sea wall in Lakeview on May 4, 2021. (AP)", "photo caption")


def test_a_times_caption_with_its_credit_and_no_dots_goes():
    _gone("Image The storm set off floods along the whole coast. Credit Jo Lin for The Lakeview Courier",
          "photo caption")


def test_a_daily_sign_up_and_a_live_pages_notes_go():
    _gone("Get all the latest news on the storm and more delivered daily to your inbox. Sign up here.", "prompt")
    _gone("(We most recently updated the top of this post at 5:08 p.m. ET.)", "update note")
    _gone("We'll continue to follow reports from the coastguard and local papers and update as more news comes in.",
          "update note")
    _gone("Our original post, from 6:30 a.m. ET:", "update label")


def test_a_writers_sign_off_at_the_end_goes():
    cleaned = clean_story(f"{_PROSE}\n\n{_MORE}\n\n{_LAST}\n\nRoe reported from Lakeview, Northshire.", _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, _LAST]
    assert any(r.startswith("contributors' credit:") for r in cleaned.removed)


def test_a_single_byline_under_the_headline_and_dateline_goes():
    # below the text's top four lines (an op-ed as its writer's site saves it: paper, section, kicker, date)
    text = (f"Lakeview Courier\n\nOpinion\n\nSaving the harbour\n\nA plan for the coast\n\nMay 5, 2021\n\n"
            f"By Jane Roe\n\n{_PROSE}\n\n{_MORE}\n\n{_LAST}")
    cleaned = clean_story(text, _TITLE)
    assert cleaned.text.split("\n\n")[-3:] == [_PROSE, _MORE, _LAST] and "By Jane Roe" not in cleaned.text
    for line in ("By Jane Roe/Staff writer", "By Jane Roe | 05/05/21 3:44am"):
        cleaned = clean_story(f"{_PROSE}\n\n{_MORE}\n\nHow the wall failed\n\n{line}\n\n{_LAST}", _TITLE)
        assert line not in cleaned.text, line


def test_prose_and_headings_like_them_stay():
    # a subheading of "By" and two capitalised words under a paragraph of prose, or whose words the text writes in
    # lower case, stays; so does a time (the lines below the text's top four, where `_BYLINE` reads a byline)
    top = f"{_PROSE}\n\nThe sea rose two metres.\n\nThe wall broke at dawn.\n\nShops flooded."
    for text in (f"{top}\n\nBy Popular Demand\n\n{_MORE}\n\n{_LAST}",
                 f"{top}\n\nLakeview Courier\n\nBy Popular Demand\n\n{_MORE}\n\nThe demand was popular.",
                 f"{top}\n\nLakeview Courier\n\nBy Friday Night\n\n{_MORE}\n\n{_LAST}"):
        assert any(p.startswith("By ") for p in paragraphs(text, _TITLE)), text
    # a sentence citing an agency, a photo's mention in prose, a report from a place inside the story
    _stays("The harbour board said repairs would cost $2 million, according to a filing. (Reuters)")
    _stays("Photos posted online showed the market hall under a metre of water.")
    _stays("Roe reported from the flooded quay that the water had reached the first floor of the hall.")
