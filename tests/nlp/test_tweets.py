"""Embedded posts ("... — Name (@handle) May 13, 2019") as their accounts' quotes."""

from __future__ import annotations

import pytest

from manysides.nlp.tweets import tweet_quotes
from manysides.records import Entity, Quote


def test_an_embedded_post_is_its_accounts_quote_without_its_link():
    text = ("The senator weighed in.\n\nRaising tariffs will hurt farmers. Enough is enough "
            "pic.twitter.com/abc123 — ChuckGrassley (@ChuckGrassley) May 13, 2019\n\nMarkets fell.")
    person = Entity("Chuck Grassley", "Chuck Grassley", "PERSON", 0, 0)
    (q,) = tweet_quotes(text, [person])
    assert q.text == "Raising tariffs will hurt farmers. Enough is enough" == text[q.start:q.end]
    # the display name written without its space is the person the article names
    assert (q.speaker, q.speaker_kind, q.direct, q.cue) == ("Chuck Grassley", "person", True, "posted")


def test_posts_on_one_line_and_a_pages_skip_link_are_cut_apart():
    text = ("We.... — Donald J. Trump (@realDonaldTrump) May 2, 2017 either elect more Senators now. "
            "— Donald J. Trump (@realDonaldTrump) May 2, 2017\n"
            "Skip Twitter post by @JustinTrudeau Thank you, Canada. — Justin Trudeau (@JustinTrudeau) Oct. 22, 2019")
    assert [(q.speaker, q.text) for q in tweet_quotes(text)] == [
        ("Donald J. Trump", "We...."), ("Donald J. Trump", "either elect more Senators now."),
        ("Justin Trudeau", "Thank you, Canada.")]


def test_no_post_without_a_signature_nor_twice_where_a_quote_covers_it():
    assert tweet_quotes("He wrote — at length — to @ChuckGrassley on May 13, 2019.") == []
    text = '"Enough is enough," he wrote. — Chuck Grassley (@ChuckGrassley) May 13, 2019'
    covered = Quote("Enough is enough,", "Chuck Grassley", "wrote", 1, 18)
    assert tweet_quotes(text, quotes=[covered]) == []
    # prose and a post on one long line: no more than a post's length, from a sentence's start
    long = "The hearing ran long. " * 20 + "Shameful. Shocking. — David Harris (@DavidHarrisAJC) June 1, 2019"
    (q,) = tweet_quotes(long)
    assert q.text.startswith("The hearing") and q.text.endswith("ran long. Shameful. Shocking.")
    assert len(q.text) <= 300 and long[q.start - 2:q.start] == ". "


@pytest.mark.models
def test_the_annotator_quotes_a_post_and_does_not_count_its_date():
    from manysides.ingest.clean import clean_document
    from manysides.nlp.annotate import annotate
    from manysides.records import Document

    text = ("Senators reacted on Monday as markets fell 3 percent.\n\nRaising tariffs will hurt farmers. "
            "Enough is enough — Chuck Grassley (@ChuckGrassley) May 13, 2019\n\nTraders were calm.")
    art = clean_document(Document(source="t.txt", text=text, kind="text", title="Tariffs"))
    ann = annotate(art, slant=False)
    assert [(q.speaker, q.text) for q in ann.quotes if q.cue == "posted"] == [
        ("Chuck Grassley", "Raising tariffs will hurt farmers. Enough is enough")]
    assert [c.text for c in ann.claims] == ["3 percent"]
