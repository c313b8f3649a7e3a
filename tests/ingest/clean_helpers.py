"""Cleaning a text file's words as `analyze` does, for the tests of the cleaning rules."""

from manysides.ingest.clean import clean_document
from manysides.records import Article, Document


def clean_story(text: str, title: str) -> Article:
    """`text` cleaned as a text file under the headline `title`."""
    return clean_document(Document(source="story.txt", text=text, kind="text", title=title))


def paragraphs(text: str, title: str) -> list[str]:
    """The paragraphs of `text` once cleaned."""
    return clean_story(text, title).text.split("\n\n")
