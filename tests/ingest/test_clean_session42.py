"""Review 30's furniture left by cleaning, each a kind of page furniture: a byline heading a box or an entry inside the
text, a caption or a video's blurb closed by its image's credit under a label and no brackets, and a writer's note
with the writer's social handle; and the prose like them that stays. Every sentence is invented."""

from clean_helpers import clean_story, paragraphs

from manysides.ingest.clean import clean_document
from manysides.records import Document

_TITLE = "Harbour town votes to rebuild its sea wall"
_PROSE = "Voters in Lakeview approved the sea wall on Tuesday by a margin of two to one."
_MORE = "Work on the wall is due to start in the spring, the council said."
_LAST = "The council will meet again in June to choose a builder."


def test_a_box_s_or_an_entry_s_byline_inside_the_text_goes():
    for byline in ("Analysis by Jane Roe, River News coastal reporter", "Reporting by Tom Poe and Ann Lee",
                   "Commentary by Dr Sam Green, harbour engineer", "By Jane Roe, River News, Lakeview",
                   "By Tom Poe, Staff writer"):
        text = f"{_PROSE}\n\n{_MORE}\n\nWhat happens next\n\n{byline}\n\n{_LAST}\n\nThe builder must finish by 2030."
        cleaned = clean_story(text, _TITLE)
        assert byline not in cleaned.text, byline
        assert _LAST in cleaned.text and f"byline: '{byline}'" in cleaned.removed, byline
    # the controls: a subheading of "By" and a name without a comma, prose opening with "By" and a time, and a
    # sentence of analysis by someone stay
    for line in ("By The Numbers", "By Election Day, Two Towns Had Voted", "By Early July, the wall had cracked",
                 "By Monday, Harbour Road was shut again",
                 "Analysis by Jane Roe, a coastal engineer, found the wall would fail within ten years."):
        text = "\n\n".join([_PROSE, _MORE, _MORE.replace("spring", "summer"), _MORE.replace("spring", "autumn"),
                            _MORE.replace("spring", "winter"), line, _LAST, _LAST.replace("June", "May"),
                            _LAST.replace("June", "July"), _LAST.replace("June", "August")])
        assert line in paragraphs(text, _TITLE), line


def test_a_caption_or_a_video_s_blurb_closed_by_its_labelled_credit_goes():
    for caption in ("Workers pass by the old sea wall in Lakeview. Photo: Jane Roe/River Agency",
                    "Engineers say a wall is the cheapest defence. River News's Tom Poe reports on why the plan is "
                    "disputed, and why it is hard to pay for. Image: Ann Lee and Sam Green",
                    "The harbour at high tide on Tuesday. Photograph: Tom Poe for River News",
                    "The mayor at the vote. Photo: J. Roe/River Agency (Originally published May 2, 2024)"):
        cleaned = clean_story(f"{_PROSE}\n\n{caption}\n\n{_MORE}", _TITLE)
        assert cleaned.text.split("\n\n") == [_PROSE, _MORE], caption
        assert any(r.startswith("photo caption:") for r in cleaned.removed), caption
    # the controls: a sentence about a photo, a label in prose, and a paragraph whose last word is "Photo" stay
    for line in ("The mayor showed a photo of the flood. Photo: the council kept it in its files for ten years.",
                 "The exhibition's title says it all. Photo: A Town Under Water, at the harbour museum until May.",
                 "Residents were asked to send in pictures of the flood for a book titled Photo."):
        assert line in paragraphs(f"{_PROSE}\n\n{line}\n\n{_MORE}", _TITLE), line


def test_a_writer_s_note_with_a_handle_goes_at_the_text_s_edge_or_anywhere_for_the_byline_s_name():
    note = "Jane Roe (@janeroe) lives in Lakeview where she writes about the sea and the law."
    cleaned = clean_story(f"{_PROSE}\n\n{_MORE}\n\n{note}", _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE] and any(r.startswith("author note:") for r in cleaned.removed)
    first = "Tom A. Poe (@tompoe) is a fellow at the Harbour Institute."
    assert paragraphs(f"{first}\n\n{_PROSE}\n\n{_MORE}", _TITLE) == [_PROSE, _MORE]
    # the byline's name with a handle: a pitch the cleaner keeps may follow the note
    pitch = "We would like to hear what you think about this article: write to the letters desk."
    signed = Document(source="story.txt", text=f"{_PROSE}\n\n{_MORE}\n\n{note}\n\n{pitch}", kind="text",
                      title=_TITLE, authors=("Jane Roe",))
    assert clean_document(signed).text.split("\n\n") == [_PROSE, _MORE, pitch]
    titled = Document(source="story.txt", text=f"{_PROSE}\n\nDr. {note}\n\n{_MORE}\n\n{pitch}", kind="text",
                      title=_TITLE, authors=("Jane Roe",))
    assert clean_document(titled).text.split("\n\n") == [_PROSE, _MORE, pitch]
    # the controls: a handle in a sentence of the story, mid-text, with no byline of that name, stays; so does a
    # name and a handle not followed by what the person is
    middle = "Mayor Sam Green (@samgreen) is leading the campaign against the wall, and posted a video on Monday."
    assert middle in paragraphs(f"{_PROSE}\n\n{middle}\n\n{_MORE}", _TITLE)
    tweet = "Sam Green (@samgreen) posted a map of the flooded streets on Monday."
    assert tweet in paragraphs(f"{_PROSE}\n\n{_MORE}\n\n{tweet}", _TITLE)
