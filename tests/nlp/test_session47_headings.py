"""Session 47 (helper E): a headline's quotation in single marks counts as one word of a subheading's ten, so a
headline naming its speaker before a longer quotation is a heading ("Jo Roe: Lee pinched her 'on the arm a lot'").
Invented articles throughout."""

from __future__ import annotations

import pytest

from manysides.nlp.headings import heading_spans

LEAD = "The city council approved the new budget on Monday after a long debate over the harbour wall."
QUOTED = '"All we can say is that we are heartbroken for the town. We will rebuild," the mayor said.'


def _headings(*lines: str) -> list[str]:
    text = "\n\n".join(lines)
    return [text[a:b] for a, b in heading_spans(text)]


@pytest.mark.parametrize("line", ["Jo Roe: Mayor Lee pinched her 'on the arm a lot'",
                                  "Judge: 'I am not hiding my disgust, my disdain for your offense'"])
def test_a_headline_with_a_long_quotation_is_a_heading(line):
    assert _headings(LEAD, line, QUOTED) == [line]


@pytest.mark.parametrize("line", [
    # more than ten words without a headline's quotation: no heading, as before
    "Jo Roe said the mayor of the town pinched her on the arm a lot",
    # the quotation counted as one word, still more than ten
    "Jo Roe of the harbour board said that Mayor Lee pinched her at the 'gala'",
    # prose ends on its stop
    "Jo Roe said Mayor Lee pinched her 'on the arm a lot.'",
])
def test_longer_lines_and_prose_stay_prose(line):
    assert _headings(LEAD, line, QUOTED) == []
