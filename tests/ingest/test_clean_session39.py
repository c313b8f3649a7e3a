"""Review 26's cleaning faults: keyword links under a label in capitals glued to their headlines, pointers to an
embed the text does not hold (and the heading over one), rules of symbols, an embedded Facebook post with its footer,
a note on where the reporter is, a photo caption placing people left and right, and a pull quote repeated in full in
the paragraph below it; and the prose like them that stays. Every sentence is invented."""

from clean_helpers import clean_story, paragraphs

_PROSE = ("The council voted on Tuesday to close the old bridge to trucks after inspectors found cracks in two of "
          "its piers.")
_MORE = "Repairs will take at least six months, the city engineer said, and cost about $4 million."
_TITLE = "The council closes the bridge"


def _paragraphs(text: str) -> list[str]:
    return paragraphs(text, _TITLE)


def _removed(text: str) -> tuple[str, ...]:
    return clean_story(text, _TITLE).removed


def test_keyword_links_under_a_label_in_capitals_go():
    for link in ("CLOSED:Trucks barred from the old bridge", "'WE WERE LUCKY':Drivers recall the cracks",
                 "STORY:Engineers see months of repairs"):
        assert _paragraphs(f"{_PROSE}\n\n{link}\n\n{_MORE}") == [_PROSE, _MORE], link
        assert any(r.startswith("related link:") for r in _removed(f"{_PROSE}\n\n{link}\n\n{_MORE}"))
    # a list's field closed by a full stop, two sentences, a speaker's label with its space, capitals alone: stay
    for line in ("MYTH:The bridge was closed because of the flood.",
                 "FACT:Inspectors found the cracks in May. The flood came later",
                 "MAYOR LEE: We will reopen the bridge when it is safe.", "CLOSED:NO TRUCKS"):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_a_pointer_to_an_embed_and_the_heading_over_it_go():
    for pointer in ("Watch the full council meeting below:", "You can see the cracks in the video below.",
                    "You'll find live results from the county below:", "See the inspectors' report above."):
        assert _paragraphs(f"{_PROSE}\n\n{pointer}\n\n{_MORE}") == [_PROSE, _MORE], pointer
    assert _paragraphs(f"{_PROSE}\n\nLive Results:\n\nYou'll find live results from the county below:\n\n{_MORE}") \
        == [_PROSE, _MORE]
    # the story's own "below" and "above", and a quotation, stay
    for line in ("Trucks will have to use the ferry, which runs on the river below.",
                 "Residents watched the water rise above the piers.",
                 '"See the cracks below?" the engineer asked the council.'):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_a_rule_of_symbols_goes():
    for rule in ("+++++++++++++++++++", "=====", "•••", "###"):
        assert _paragraphs(f"{_PROSE}\n\n{rule}\n\n{_MORE}") == [_PROSE, _MORE], rule
    line = "+3 degrees is the forecast for Tuesday, the day the bridge closes."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_an_embedded_facebook_post_with_its_footer_goes():
    post = "The vote today makes me proud of our county and its... Posted by Ann Lee on Tuesday, May 5, 2015"
    assert _paragraphs(f"{_PROSE}\n\n{post}\n\n{_MORE}") == [_PROSE, _MORE]
    assert any(r.startswith("embedded post:") for r in _removed(f"{_PROSE}\n\n{post}\n\n{_MORE}"))
    line = "The notice was posted by Ann Lee on Tuesday, May 5, 2015, and taken down a day later."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_note_on_where_the_reporter_is_goes():
    for note in ("Marta is reporting today from Dayton, Ohio.",
                 "Ledger reporters Ann Lee and Bo Park are reporting from the courthouse."):
        assert _paragraphs(f"{note}\n\n{_PROSE}\n\n{_MORE}") == [_PROSE, _MORE], note
    for line in ("Police are reporting from the scene that two trucks were stopped.",
                 "Inspectors are reporting from the bridge."):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_a_caption_placing_people_left_and_right_goes():
    for caption in ("Ann Lee, head of the port authority, left, and Bo Park, the mayor, are hopeful about the talks.",
                    "Sen. Ann Lee, center, arrives at the Capitol before the vote.",
                    "Bo Park, second from left, walks across the old bridge with inspectors."):
        assert _paragraphs(f"{_PROSE}\n\n{caption}\n\n{_MORE}") == [_PROSE, _MORE], caption
        assert any(r.startswith("photo caption:") for r in _removed(f"{_PROSE}\n\n{caption}\n\n{_MORE}"))
    # a quotation, a transcript's "Right, right", and the left and right of politics stay
    for line in ('"Left, right, centre, we all use the bridge," Ann Lee said.', "LEE: Right, right, right.",
                 "Voters from the left, center and right backed the closure, the poll found.",
                 "When the trucks left, the engineers went back to the piers."):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line
    line = "Ann Lee, after the speech to the council, left, and the crowd followed her to the bridge."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_pull_quote_given_in_full_below_goes():
    pull = "Not only does the closure fail the drivers, it rewards the builders who let the piers crack."
    full = ("Not only does the closure fail the drivers, it rewards the builders who let the piers crack, and whose "
            "new contract the council signed in May.")
    assert _paragraphs(f"{_PROSE}\n\n{pull}\n\n{full}\n\n{_MORE}") == [_PROSE, full, _MORE]
    assert any(r.startswith("pull quote:") for r in _removed(f"{_PROSE}\n\n{pull}\n\n{full}"))
    # a short sentence said again, or a sentence another paragraph only begins like, stays
    again = "The bridge is closed."
    assert _paragraphs(f"{again}\n\n{_PROSE} The bridge is closed.") == [again, f"{_PROSE} The bridge is closed."]
    other = "Not only does the closure fail the drivers, it also costs the shops on the river a third of their trade."
    assert _paragraphs(f"{_PROSE}\n\n{other}\n\n{full}") == [_PROSE, other, full]
    # ... and so does a sentence given again far away (a live page's entries, a standfirst)
    far = "\n\n".join(f"Paragraph {n} of the council's long report on the bridge." for n in range(5))
    assert pull in _paragraphs(f"{_PROSE}\n\n{pull}\n\n{far}\n\n{full}")
    # ... and so does a quotation's attribution that another one holds
    one = '"Thank you all for coming to see the old bridge one last time before the repairs begin."'
    two = '"The bridge carried my grandfather to work every single morning for thirty-one years."'
    mine = "-- Former Governor Ann Lee at the opening of the new ferry landing beside the bridge."
    theirs = ("-- Mayor Bo Park introducing former Governor Ann Lee at the opening of the new ferry landing beside the "
              "bridge.")
    assert mine in _paragraphs(f"{_PROSE}\n\n{one}\n\n{mine}\n\n{two}\n\n{theirs}")
