"""Furniture cleaning left before session 47 (review 35 and the leftovers of reviews 32-34), each a kind: an update's
note naming noon or midnight glued to the update's sentences, and a link under a glued label naming an opinion page's
section though closed by a stop; the prose like them that stays. And cleaning made faster (session 47) with the same
output: the helpers it reads through. Every sentence is invented."""

from clean_helpers import HARBOUR, clean_story

from manysides.ingest import clean

_TITLE, _PROSE, _MORE, _LAST = HARBOUR.title, HARBOUR.prose, HARBOUR.more, HARBOUR.last
_gone, _stays = HARBOUR.line_goes, HARBOUR.line_stays


def _first_paragraph(line: str) -> tuple[str, tuple[str, ...]]:
    cleaned = clean_story("\n\n".join([line, _PROSE, _MORE, _LAST]), _TITLE)
    return cleaned.text.split("\n\n")[0], cleaned.removed


def test_an_update_note_at_noon_goes_and_the_update_stays():
    first, removed = _first_paragraph("Updated at noon Eastern time: Police in Lakeview said early Tuesday the "
                                      "standoff at the harbour was over after officers went in.")
    assert first == ("Police in Lakeview said early Tuesday the standoff at the harbour was over after officers "
                     "went in.")
    assert "timestamp: 'Updated at noon Eastern time:'" in removed
    first, removed = _first_paragraph("UPDATED AT MIDNIGHT ET. The count is complete in all districts, officials "
                                      "said.")
    assert first == "The count is complete in all districts, officials said."


def test_an_update_stamp_at_noon_alone_on_its_line_goes():
    _gone("Updated at noon ET.", "timestamp")


def test_noon_opening_prose_stays():
    # no "Updated", or no separator after the time: prose
    for line in ("Noon: the deadline passed without a deal between the two sides, officials said.",
                 "Updated at noon the rules changed for every trader in the harbour, officials said."):
        first, removed = _first_paragraph(line)
        assert first == line, removed


def test_a_glued_opinion_section_link_closed_by_a_stop_goes():
    _gone("OUR VIEW:Council blows it on the sea wall. What a waste of a decade.", "related link")
    _gone("OPPOSING VIEW:The harbour can pay for its own wall.", "related link")
    _gone("EDITORIAL:Lakeview deserves a better plan.", "related link")


def test_a_glued_list_field_closed_by_a_stop_stays():
    # a list's field is labelled by what it holds, not by a page of the paper
    _stays("MYTH:The sea wall was closed because of the flood.")
    _stays("OUR TOWN:The sea wall was closed because of the flood.")
    # a spaced label is a speaker's or a writer's, not a glued link
    _stays("OUR VIEW: The council should have raised the sea wall years ago.")


def test_letters_keep_letters_and_digits_of_every_script():
    assert clean._letters("“Don’t,” she said — 42 Café_Straße ΑΒΓ!") == "dontshesaid42caféstrasseαβγ"


def test_the_language_guard_reads_the_script_as_before():
    english = "The mayor said the sea wall would be raised within five years, and the council agreed to it. " * 3
    assert clean.guess_language(english) == "en"
    assert clean.guess_language(english.replace("the", "thé")) == "en"  # accents: still English
    assert clean.guess_language("Мэр сказал, что дамбу поднимут в течение пяти лет, совет согласился с этим. " * 3) \
        == "und"
    assert clean.guess_language("短い") == "en"  # too short to tell


def test_a_tail_credit_is_found_only_where_a_slash_or_via_stands():
    assert clean._tail_agency_credit("Crowds gather at the harbour (Jo Lin/Reuters)").group(0).strip() \
        == "(Jo Lin/Reuters)"
    assert clean._tail_agency_credit("Crowds gather at the harbour in Lakeview. Jo Lin/AFP via Getty Images")
    assert clean._tail_agency_credit("Crowds gather at the harbour in Lakeview on Monday.") is None
