"""Furniture left in the texts of reviews 36 and 37 (session 48), each a kind: an agency's long photo caption closed
by its credit, an election results widget saved as a line, and headlines set right under a related link; the prose
like them that stays. Every sentence is invented."""

from clean_helpers import HARBOUR, clean_story

_TITLE, _PROSE, _MORE, _LAST = HARBOUR.title, HARBOUR.prose, HARBOUR.more, HARBOUR.last
_gone, _stays = HARBOUR.line_goes, HARBOUR.line_stays

# an agency caption of 90 words or so: the picture's words, then the story's context, then the credit
_LONG_CAPTION = ("FILE - In this March 3, 2020 file photo, empty ferry ticket machines are shown at the harbour "
                 "terminal in Lakeview, Ore. Lakeview Ferries will send layoff notices to 2,000 workers - nearly a "
                 "third of its staff - in the clearest sign yet of how deeply the floods have hurt the town's "
                 "trade. Company officials said Tuesday that they still hope to limit the number of layoffs by "
                 "offering early retirement, but they must send the notices this month under a law that gives "
                 "workers 60 days' warning before mass job cuts. (AP Photo/Jo Lin, File)")


def test_a_long_agency_caption_closed_by_its_credit_goes_whole():
    assert len(_LONG_CAPTION.split()) > 80
    _gone(_LONG_CAPTION, "photo caption")
    # printed twice, as the scraper saves a page's lead picture: both copies go
    cleaned = clean_story("\n\n".join([_LONG_CAPTION, _LONG_CAPTION, _PROSE, _MORE, _LAST]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, _LAST]
    # "In this ... photo" without "FILE -", and a picture handed on by an agency ("via AP")
    _gone(_LONG_CAPTION.removeprefix("FILE - ").replace("(AP Photo/Jo Lin, File)", "(Ann Roe via AP)"),
          "photo caption")


def test_a_long_line_opening_like_a_caption_without_a_credit_stays():
    # over 80 words, no credit closing it: it may be the story's prose ("In this photo, taken by a neighbour, ...")
    prose = _LONG_CAPTION.removeprefix("FILE - ").removesuffix(" (AP Photo/Jo Lin, File)")
    _stays(prose)


def test_a_long_paragraph_of_prose_keeps_its_words_when_only_a_credit_closes_it():
    paragraph = ("Lakeview Ferries will send layoff notices to 2,000 workers, nearly a third of its staff, in the "
                 "clearest sign yet of how deeply the floods have hurt the town's trade. Company officials said "
                 "Tuesday that they still hope to limit the number of layoffs by offering early retirement, but "
                 "they must send the notices this month under a law that gives workers 60 days' warning before "
                 "mass job cuts, and the union said it would fight every one of them in court this summer.")
    cleaned = clean_story("\n\n".join([_PROSE, paragraph + " (AP Photo/Jo Lin)", _LAST]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, paragraph, _LAST]
    assert "photo credit: '(AP Photo/Jo Lin)'" in cleaned.removed


def test_an_election_results_widget_goes():
    _gone("Total results Yes 0% No 0% - / 214 districts reporting Breakdown by region select region for latest "
          "results Yes - No - - / - districts reporting region-map-2", "results widget")
    _gone("Live results Lee 48% Park 51% 41/50 states reporting", "results widget")


def test_a_count_of_precincts_reporting_in_prose_stays():
    for line in ("With 98 percent of precincts reporting, Lee led Park 52 percent to 47 percent.",
                 "By midnight 41/50 states reporting had backed the measure, officials said.",
                 "The count stood at 12 of 20 precincts reporting"):
        _stays(line)


def test_headlines_set_under_a_related_link_go_and_a_subheading_after_them_stays():
    lines = ["Police: Harbour flood warning reached shops too late",
             "Ferry passenger says life jacket saved him during the storm",
             "Family of missing fisherman says he knew the sea wall was weak",
             "Who are the missing?",
             "Rescuers named the four people still missing on Tuesday.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, "Who are the missing?", lines[4], _LAST]
    assert "related link: 'Ferry passenger says life jacket saved him during the storm'" in cleaned.removed


def test_a_subheading_under_a_related_link_stays():
    # one headline-like line under a link, prose after it: the story's own subheading
    lines = ["Police: Harbour flood warning reached shops too late", "The sea wall",
             "Engineers said the wall had been raised twice since 1990.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, *lines[1:]]


def test_of_two_headline_like_lines_under_a_related_link_before_prose_the_last_stays():
    # the first is another link; the last may be the story's subheading over the prose after it
    lines = ["Police: Harbour flood warning reached shops too late",
             "Ferry passenger says life jacket saved him during the storm", "How the sea wall failed",
             "Engineers said the wall had been raised twice since 1990.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, *lines[2:]]


def test_a_numbered_list_under_a_related_link_stays():
    lines = ["Police: Harbour flood warning reached shops too late", "1. Close the harbour gates",
             "2. Move the boats upriver", "3. Open the shelters", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n")[-4:] == lines[1:]


def test_a_section_heading_under_a_related_link_stays():
    # a line of a word or two under a link heads a section ("Pardons" over a name and a paragraph on the person)
    lines = ["Police: Harbour flood warning reached shops too late", "Pardons", "Ann Lee",
             "The former harbour master was serving a four-year sentence for fraud.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, *lines[1:]]


def test_headlines_under_a_related_link_go_whole_when_a_short_subheading_follows_them():
    lines = ["Police: Harbour flood warning reached shops too late",
             "Ferry passenger says life jacket saved him during the storm",
             "Family of missing fisherman says he knew the sea wall was weak", "The missing",
             "Rescuers named the four people still missing on Tuesday.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, *lines[3:]]


def test_a_headline_like_line_under_a_related_link_stays_when_only_furniture_follows_it():
    # the video's label under it goes by its own rule and is no second headline: the line is the section's heading
    lines = ["Police: Harbour flood warning reached shops too late", "Ann Lee, first woman to run the harbour",
             "Play Video 1:33 Ann Lee takes over the harbour – video",
             "Lee was the first woman elected to the harbour board, in 2009.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, lines[1], *lines[3:]]
    assert any(r.startswith("video player:") for r in cleaned.removed)


def test_a_list_of_polls_under_a_related_link_stays():
    lines = ["Police: Harbour flood warning reached shops too late", "Ohio: 45/45 tie, Lee 48/47",
             "Iowa: Lee 47/41, 51/45 in two-way", "The other states look even closer, the pollster said.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n")[-4:] == lines[1:]


def test_a_list_of_results_under_a_related_link_stays():
    lines = ["Police: Harbour flood warning reached shops too late", "Harbour Herald: Lee 53, Park 47",
             "Valley Radio: Lee 57.5, Park 42.5", "Online polls gave Lee the win, the campaign said.", _LAST]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, *lines]), _TITLE)
    assert cleaned.text.split("\n\n")[-4:] == lines[1:]
