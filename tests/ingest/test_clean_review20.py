"""Review 20's cleaning faults: the New York Times' photo caption with its credit, a map's words closed by its
source, USA Today's link under a quoted label, CNN's note on its author; and the prose like them that stays."""

from manysides.ingest.clean import clean_document
from manysides.records import Document

_PROSE = ("Health officials said they were monitoring everyone who had contact with the patient, and that the "
          "risk to the public remained very low.")
_MORE = "The hospital's emergency room stopped taking ambulances on Sunday, though it still saw people who walked in."


def _clean(text: str, authors: tuple[str, ...] = ()):
    return clean_document(Document(source="story.txt", text=text, kind="text", title="Ebola", authors=authors))


def test_a_photo_caption_with_its_credit_goes():
    caption = ("Image Debra Buccellato, an emergency room nurse in Santa Rosa, Calif., said she had not undergone any "
               "active training for Ebola. Credit... Jason Henry for The New York Times")
    art = _clean(f"{_PROSE}\n\n{caption}\n\n{_MORE}")
    assert "Buccellato" not in art.text
    assert any(n.startswith("photo caption") for n in art.removed)


def test_prose_about_an_image_stays():
    line = "Image is everything in politics, and the campaign's credit with voters rests on it, aides said."
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_a_maps_words_closed_by_its_source_go():
    graphic = "2017 Elections: Alabama Senate county map results Birmingham Montgomery Mobile Source: CNN Politics"
    art = _clean(f"{_PROSE}\n\n{graphic}\n\n{_MORE}")
    assert "county map" not in art.text
    # a sentence that names its source and ends as a sentence does stays
    line = "The figures come from the state's own count. Source: officials said they would update them daily."
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_a_link_under_a_quoted_label_goes():
    link = "'We won':DACA recipients overwhelmed by surprise Supreme Court victory over Trump"
    art = _clean(f"{_PROSE}\n\n{link}\n\n{_MORE}")
    assert "We won" not in art.text
    assert any(n.startswith("related link") for n in art.removed)
    # a label and a quotation only is prose
    line = "Obama's Comeback:\u201cYou kind of feel like you're in the arena again.\u201d"
    assert line in _clean(f"{_PROSE}\n\n{line}").text


def test_a_note_on_the_author_at_the_texts_edge_goes():
    note = ("James A. Barnes is a member of the CNN Decision Desk and co-author of the 2018 Almanac of American "
            "Politics.")
    art = _clean(f"{note}\n\n(CNN) {_PROSE}\n\n{_MORE}", authors=("James A. Barnes",))
    assert art.text.startswith("Health officials said")
    assert any(n.startswith("author note") for n in art.removed)
    closing = "Chris Stirewalt is digital politics editor for Fox News. Want FOX News First in your inbox?"
    art = _clean(f"{_PROSE}\n\n{_MORE}\n\n{closing}", authors=("Chris Stirewalt",))
    assert "Stirewalt" not in art.text


def test_a_line_on_someone_else_or_inside_the_text_stays():
    """Only the byline's own name opens an author's note; the story's people and the body's lines stay."""
    line = "Thomas Eric Duncan was the first person diagnosed with Ebola in the United States, officials said."
    art = _clean(f"{line}\n\n{_PROSE}", authors=("Manny Fernandez",))
    assert art.text.startswith(line)
    middle = "Manny Fernandez is among the reporters who visited the hospital, where staff spoke of their fears."
    art = _clean(f"{_PROSE}\n\n{middle}\n\n{_MORE}", authors=("Manny Fernandez",))
    assert middle in art.text
