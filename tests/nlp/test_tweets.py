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


def test_a_post_of_several_paragraphs_is_quoted_whole():
    """A post's earlier paragraphs are its words too: a paragraph that writes as posts do
    (".@GoyaFoods"), the one before a line holding only the post's link or the quote the
    post cites ("-Robert Unanue CEO"); an article paragraph before them is not."""
    castro = ("Social media was flooded by people.\n\n.@GoyaFoods has been a staple for generations.\n\n"
              "Now their CEO is praising a president who attacks Latinos. #Goyaway https://t.co/lZDQ — "
              "Julián Castro (@JulianCastro) July 9, 2020")
    (q,) = tweet_quotes(castro)
    assert q.text.startswith(".@GoyaFoods has been") and q.text.endswith("#Goyaway")
    linked = "He urged a boycott.\n\nBOYCOTT GOYA FOODS!\n\npic.twitter.com/AOut — kirk acevedo (@kirkacevedo) July 10, 2020"
    (q,) = tweet_quotes(linked)
    assert q.text == "BOYCOTT GOYA FOODS!"
    cited = ("Acevedo urged a boycott.\n\nBOYCOTT GOYA FOODS! We're truly blessed”\n\n-Robert Unanue CEO "
             "U do realize Latinos buy your products? — kirk acevedo (@kirkacevedo) July 10, 2020")
    (q,) = tweet_quotes(cited)
    assert q.text.startswith("BOYCOTT GOYA FOODS!") and q.text.endswith("products?")


def test_a_quote_without_a_speaker_inside_a_post_gives_way_to_the_post():
    from manysides.nlp.tweets import inside_posts

    text = "Oh look, it’s me Googling “how to make your own Adobo” https://t.co/YOSc — Alexandria Ocasio-Cortez (@AOC) July 10, 2020"
    s = text.index("how")
    bare = Quote("how to make your own Adobo", None, None, s, s + 26)
    (post,) = tweet_quotes(text, quotes=[bare])
    assert post.speaker == "Alexandria Ocasio-Cortez" and inside_posts([bare], [post]) == []


def test_a_sentence_that_is_a_posts_signature_or_link_is_no_point():
    from manysides.compare._text import is_boilerplate, is_post

    for furniture in ("— Juan Escalante (@JuanSaaa) July 9, 2020.", "Donald J. Trump (@realDonaldTrump) February 12, 2020.",
                      "#BreakUpBigTechhttps://t.co/UPS6 — Elizabeth Warren (@ewarren) March 11, 2019."):
        assert is_boilerplate(furniture) and is_post(furniture), furniture
    tweet = "The same people Trump has routinely shit on! pic.twitter.com/x — kirk acevedo (@kirkacevedo) July 10, 2020"
    assert not is_boilerplate(tweet) and is_post(tweet)  # a post's words: a point, never the summary's
    assert not is_boilerplate("The House voted on Tuesday.") and not is_post("Thanks (@x) to all.")
