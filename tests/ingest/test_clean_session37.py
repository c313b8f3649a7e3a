"""Review 25's cleaning faults: a broadcast transcript's notice and its tease before a break, a credit without its
full stop, a player's lone "CLOSE", "More On This..." run into its headline, a publishing system's "[pullquote]", a
video's title run into its host's name, a live page's notes on what it holds (and the heading over one), an update
note in parentheses, an editors' note on an edited article, a link list under "More <outlet> Reports:", a quoted
headline in title case, several "READ:" links, a byline whose names carry an inner capital; and the prose like
them that stays. Every sentence is invented."""

from clean_helpers import clean_story, paragraphs

_PROSE = ("The council voted on Tuesday to close the old bridge to trucks after inspectors found cracks in two of "
          "its piers.")
_MORE = "Repairs will take at least six months, the city engineer said, and cost about $4 million."


_TITLE = "The council closes the bridge"


def _clean(text: str):
    return clean_story(text, _TITLE)


def _paragraphs(text: str) -> list[str]:
    return paragraphs(text, _TITLE)


def test_a_transcripts_notice_and_its_tease_before_a_break_go():
    notice = "This is a rush transcript. Copy may not be in its final form."
    tease = ("This is Morning Hour! When we come back, we go to Dayton, Ohio. Two nurses tell us why they quit. "
             "Stay with us.")
    assert _paragraphs(f"{notice}\n\n{_PROSE}\n\n{_MORE}\n\n{tease}") == [_PROSE, _MORE]
    # what the host said before the tease stays; a speaker's label left alone goes
    tagged = ("HOST: Mayor Ann Lee, speaking to the council on Tuesday. When we come back, the engineers. "
              "Stay with us.")
    assert _paragraphs(f"{_PROSE}\n\n{tagged}") == [_PROSE, "HOST: Mayor Ann Lee, speaking to the council on Tuesday."]
    assert _paragraphs(f"{_PROSE}\n\nHOST: When we come back, the engineers. Stay with us.") == [_PROSE]
    # a guest's words on staying, or a promise without the call to stay, are the story's
    for line in ('"Stay with us," the nurse told the patients when the power went out.',
                 "When we come back to the bridge next year, the mayor said, it will carry trucks again."):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_a_credit_without_its_full_stop_goes():
    credit = "Daily Ledger reporter Ann Lee of the Daily Ledger contributed to this story"
    assert _paragraphs(f"{_PROSE}\n\n{_MORE}\n\n{credit}") == [_PROSE, _MORE]
    line = "Neighbours contributed to this story of the bridge by sending the council their photos of the cracks."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_lone_close_button_and_a_pullquote_marker_go():
    assert _paragraphs(f"CLOSE\n\n{_PROSE}\n\n[pullquote]\n\n{_MORE}") == [_PROSE, _MORE]
    line = "CLOSE to 400 trucks cross the bridge every day, the engineer said."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_more_on_this_run_into_its_headline_goes():
    assert _paragraphs(f"{_PROSE}\n\nMore On This... The old bridge through the years\n\n{_MORE}") == [_PROSE, _MORE]
    line = "More on this is expected at the council's next meeting, the mayor said."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_videos_title_run_into_its_hosts_name_goes():
    assert _paragraphs(f"{_PROSE}\n\nCouncil Meeting Live Stream YouTube\n\nCity YouTube\n\n{_MORE}") == [_PROSE, _MORE]
    line = "The meeting was streamed live on YouTube."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_live_pages_notes_on_what_it_holds_go_with_the_heading_over_one():
    page = ("(This post was last updated at 9:10 a.m. ET.)\n\n" + _PROSE + "\n\nThe Mayor's Full Remarks:\n\n"
            "We've added a separate post with the full text of the mayor's remarks.\n\n"
            "We've embedded the council's live stream at the side of this post.\n\n"
            "We also live blogged the meeting so if you want the play-by-play keep reading. Our earlier updates "
            "follow.\n\n(Most recent update: 2:40 p.m ET.)\n\n" + _MORE)
    assert _paragraphs(page) == [_PROSE, _MORE]
    # the council adding a lane, and a heading over the story's own words, stay
    kept = _paragraphs(f"{_PROSE}\n\nThe Mayor's Remarks:\n\nWe have added a lane for buses, the mayor said.")
    assert kept == [_PROSE, "The Mayor's Remarks:", "We have added a lane for buses, the mayor said."]


def test_an_editors_note_on_an_edited_article_goes():
    note = "Editor's Note: This article has been edited to remove content copied from another site."
    assert _paragraphs(f"{_PROSE}\n\n{_MORE}\n\n{note}") == [_PROSE, _MORE]
    line = "The editor's note in the council's minutes said the article had been edited by the clerk."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_link_list_under_more_outlet_reports_goes():
    links = 'More Ledger Reports:\n\n"The Bridge That Built The Town."\n\n"Inspectors Warned Of Cracks In 2019."'
    assert _paragraphs(f"{_PROSE}\n\n{links}\n\n{_MORE}") == [_PROSE, _MORE]


def test_a_link_list_after_a_live_entrys_time_goes():
    links = ('Update at 11:30 a.m. ET. More Ledger Reports:\n\n-- "The Bridge That Built The Town."\n\n'
             '-- "Inspectors Warned Of Cracks In 2019."')
    assert _paragraphs(f"{_PROSE}\n\n{links}\n\n{_MORE}") == [_PROSE, _MORE]
    # an entry's head of the outlet's own words stays ("More From The Mayor:")
    entry = "Update at 11:30 a.m. ET. More From The Mayor:\n\nThe mayor said the bridge would reopen in spring."
    assert "More From The Mayor:" in _paragraphs(f"{_PROSE}\n\n{entry}")


def test_a_quoted_headline_in_title_case_goes_and_a_quotation_stays():
    link = '"Drivers React With Anger, Relief And Confusion." (The Daily Ledger)'
    assert _paragraphs(f"{_PROSE}\n\n• {link}\n\n{_MORE}") == [_PROSE, _MORE]
    assert _paragraphs(f"{_PROSE}\n\n-- {link}\n\n-- {link.replace('Anger', 'Fury')}\n\n{_MORE}") == [_PROSE, _MORE]
    # without a list's mark: a headline a writer cites in a list of his own, or a subheading in quotation marks
    for line in (link, '"PREPARED TO REBUILD"',
                 '"The bridge served the town for a century and it deserves better." (Mayor Ann Lee, in a statement)',
                 '"We will rebuild it," the mayor said.', '"Save Our Bridge" read the banners on Tuesday.'):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_read_links_go_however_many_and_a_field_label_stays():
    links = ("READ: The council's full report\n\nREAD: Inspectors warned of cracks in 2019\n\n"
             "READ: Trucks, buses and vans to take the long way")
    assert _paragraphs(f"{_PROSE}\n\n{links}\n\n{_MORE}") == [_PROSE, _MORE]
    fields = "Cost: About four million dollars in all\n\nCost: Another two million for the ramps\n\nCost: Unknown yet"
    assert _paragraphs(f"{_PROSE}\n\n{fields}") == [_PROSE] + fields.split("\n\n")


def test_a_byline_whose_names_carry_an_inner_capital_goes():
    assert _paragraphs(f"Jo DiMarco, and Ed McKee\n\n{_PROSE}\n\n{_MORE}") == [_PROSE, _MORE]
    line = "Jo DiMarco and Ed McKee voted against it"  # names with a verb: a line of the story
    assert line in _paragraphs(f"{line}\n\n{_PROSE}\n\n{_MORE}")
