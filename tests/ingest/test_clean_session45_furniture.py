"""Furniture cleaning left before session 45, each a kind: headlines under a link list's heading whose first opens
with "’" (a quotation mark typed as an apostrophe), a link under a glued label in capitals though closed by a stop, a
heading closing the text over nothing, a graphic's title under its label, a chart's title over its source; and the
prose like them that stays. Every sentence is invented."""

from clean_helpers import HARBOUR, clean_story, paragraphs

_TITLE, _PROSE, _MORE, _LAST = HARBOUR.title, HARBOUR.prose, HARBOUR.more, HARBOUR.last
_gone, _stays = HARBOUR.line_goes, HARBOUR.line_stays


def _closing(lines: list[str]) -> list[str]:
    """The paragraphs left of the story with `lines` closing it."""
    return paragraphs("\n\n".join([_PROSE, _MORE, _LAST, *lines]), _TITLE)


def test_headlines_under_read_more_go_though_the_first_opens_with_an_apostrophe():
    links = ["’Rebuilding’ isn’t Rebuilding", "This Storm Was As Bad As It Gets for Lakeview",
             "Harbour Towns Count the Cost"]
    cleaned = clean_story("\n\n".join([_PROSE, _MORE, _LAST, "READ MORE:", *links]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE, _LAST]
    assert sum(r.startswith("related link:") for r in cleaned.removed) == 3
    # one such line before prose may be a subheading of the story, as before
    text = "\n\n".join([_PROSE, "READ MORE:", "’Tis the Season of Floods", _MORE, _LAST])
    assert "’Tis the Season of Floods" in paragraphs(text, _TITLE)


def test_a_glued_capitals_label_over_an_answered_question_goes():
    _gone("HARD WORK:What will it take to rebuild the pier? A lot.", "related link")


def test_a_glued_capitals_label_closed_by_a_stop_goes_beside_another_link():
    text = "\n\n".join([_PROSE, "TOWN ALERT:Latest on the storm, next steps",
                        "OUR VIEW:The sea wall failed Lakeview. Raise it now.", _MORE, _LAST])
    assert paragraphs(text, _TITLE) == [_PROSE, _MORE, _LAST]


def test_a_lists_field_and_a_speakers_label_stay():
    # a lone field closed by a stop, a field whose label opens three lines or more, a label and a quotation
    _stays("MYTH:The bridge was closed because of the flood.")
    fields = ["MYTH:The harbour flooded because the pumps failed.", "FACT:The sea wall broke at two points.",
              "MYTH:The town had no warning? Not so.", "FACT:Sirens sounded at six.", "MYTH:Shops will stay shut.",
              "FACT:Most reopened by noon."]
    assert paragraphs("\n\n".join([_PROSE, *fields, _LAST]), _TITLE) == [_PROSE, *fields, _LAST]
    _stays('MAYOR LEE:"Will we rebuild? Yes."')
    _stays("MAYOR LEE: We will rebuild the pier when it is safe.")


def test_a_heading_closing_the_text_over_nothing_goes():
    for heading in ("More Data:", "More on the storm:", "STORM COVERAGE:", "See the figures:",
                    "Listen to the interview:"):
        cleaned = clean_story("\n\n".join([_PROSE, _MORE, _LAST, heading]), _TITLE)
        assert cleaned.text.split("\n\n") == [_PROSE, _MORE, _LAST], heading
        assert any(r.startswith("closing heading:") for r in cleaned.removed), heading


def test_a_sentence_closing_the_text_on_a_colon_stays():
    for line in ("The Post reports:", "According to the coastguard:", "More than 300 homes were hit, including:",
                 "The mayor said:"):
        assert _closing([line])[-1] == line, line
    # a heading over lines that are saved stays: it heads them
    assert _closing(["More Data:", "Homes flooded: 312"])[-2:] == ["More Data:", "Homes flooded: 312"]


def test_a_graphics_title_under_its_label_goes():
    _gone("Map: Lakeview Harbour, Northshire", "graphic label")
    _gone("Figure 2: Homes Flooded in Lakeview by District (2010-2020)", "graphic label")
    _gone("CHART: How Much Do Floods Cost Harbour Towns?", "graphic label")
    # a label over a sentence stays
    _stays("Chart: Sales at the harbour fell 4% in May.")


def test_a_charts_title_over_its_source_goes_and_a_boxs_item_stays():
    cleaned = clean_story("\n\n".join([_PROSE, "Homes Flooded in Lakeview by District",
                                       "Source: Northshire Flood Agency.", _MORE]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE]
    assert sum(r.startswith("graphic label:") for r in cleaned.removed) == 2
    text = "\n\n".join([_PROSE, "10% of the homes were flooded on the first night", "Source: Northshire Flood Agency",
                        _MORE])
    assert "10% of the homes were flooded on the first night" in paragraphs(text, _TITLE)


def test_a_graphics_number_and_the_title_under_it_go():
    cleaned = clean_story("\n\n".join([_PROSE, "Figure 1", "Homes Flooded in October 2020 by District with Pumps",
                                       _MORE]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, _MORE]
    assert sum(r.startswith("graphic label:") for r in cleaned.removed) == 2
    # a sentence under the number stays
    text = "\n\n".join([_PROSE, "Figure 3", "The mayor said the wall would hold.", _MORE])
    assert paragraphs(text, _TITLE) == [_PROSE, "The mayor said the wall would hold.", _MORE]


def test_staff_named_by_their_job_who_contributed_go():
    _gone("AP writers Ann Roe, Jo Lin and Sam Poe contributed.", "contributors' credit")
    _gone("Associated Press writer Edith M. Lake at the United Nations contributed.", "contributors' credit")
    _gone("Courier Harbour Correspondent Jo Lin contributed.", "contributors' credit")
    # a sentence of the story with "contributed" stays
    _stays("Local writers contributed poems to the flood appeal, and the mayor read one aloud.")
    _stays("Volunteers from three towns contributed.")
