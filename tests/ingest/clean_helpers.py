"""Cleaning a text file's words as `analyze` does, for the tests of the cleaning rules."""

from dataclasses import dataclass

from manysides.ingest.clean import clean_document
from manysides.records import Article, Document


def clean_story(text: str, title: str) -> Article:
    """`text` cleaned as a text file under the headline `title`."""
    return clean_document(Document(source="story.txt", text=text, kind="text", title=title))


def paragraphs(text: str, title: str) -> list[str]:
    """The paragraphs of `text` once cleaned."""
    return clean_story(text, title).text.split("\n\n")


def assert_line_goes(before: list[str], line: str, after: list[str], title: str, rule: str) -> None:
    """`line` set between prose paragraphs is removed by the rule named `rule`, and the prose stays whole."""
    cleaned = clean_story("\n\n".join([*before, line, *after]), title)
    assert cleaned.text.split("\n\n") == [*before, *after], line
    assert any(r.startswith(f"{rule}:") for r in cleaned.removed), (line, cleaned.removed)


def assert_line_stays(before: list[str], line: str, after: list[str], title: str) -> None:
    """`line` set between prose paragraphs is kept by cleaning."""
    assert line in paragraphs("\n\n".join([*before, line, *after]), title), line


@dataclass(frozen=True)
class Story:
    """An invented story of three prose paragraphs under a headline, to set a line of furniture in after the second."""

    title: str
    prose: str
    more: str
    last: str

    def line_goes(self, line: str, rule: str) -> None:
        assert_line_goes([self.prose, self.more], line, [self.last], self.title, rule)

    def line_stays(self, line: str) -> None:
        assert_line_stays([self.prose, self.more], line, [self.last], self.title)


HARBOUR = Story(
    "Storm floods the harbour town of Lakeview",
    "Floodwater swept through the harbour district of Lakeview on Monday evening, the fire service said.",
    "Crews pumped water out of the old market hall overnight, and most shops reopened by noon.",
    "The mayor said the sea wall would be raised within five years.")
