"""Heading lines: subheadings and live-blog stamps, which speak for no one."""

from __future__ import annotations

import pytest

from manysides.nlp.headings import heading_spans, is_heading_text


@pytest.mark.parametrize("line", [
    "Obama Hails News:",
    'Labor Secretary Says Talk Of "October Surprise" Is "Ludicrous."',
    "Whom does the family hold responsible?",
    "Who was Alexander Litvinenko?",
    "More On The Two Surveys:",
])
def test_headings(line):
    assert is_heading_text(line)


@pytest.mark.parametrize("line", [
    "Litvinenko's widow, Marina, said outside the High Court on Thursday that she was pleased.",
    "From the report:",
    "So why did the rate decline? Nobody knows.",
    '"Why do we need the benefit of the doubt?"',
    "John Smith",
])
def test_not_headings(line):
    assert not is_heading_text(line)


def test_a_live_blog_stamp_is_a_heading_and_so_is_a_title_case_rest():
    text = ("Update at 11:25 a.m. ET. Obama Hails News:\n\n"
            "Updated at 10 a.m. Eastern time: The siege ended Tuesday, CNN reports.\n\n"
            "— Chuck Grassley (@ChuckGrassley) May 13, 2019")
    got = [text[a:b] for a, b in heading_spans(text)]
    assert got == ["Update at 11:25 a.m. ET. Obama Hails News:", "Updated at 10 a.m. Eastern time:"]
