"""Summaries (session 39, helper C, review 26): a column's opening leads no summary where a report's does, and a
summary lacking what most headlines say takes a report's sentence that says it (sentences invented)."""

from __future__ import annotations

from manysides.compare.summary import _columns, neutral_summary
from manysides.records import Article, Evidence, Sentence, SharedPoint

COLUMN = ("Reopening the border has been on the chancellor's wish list for years. Lawmakers must stop him now. "
          "Obviously, the freed sailors should be welcome home. The treaty must go to a vote. "
          "The navy's budget grew last year.")
REPORT = ("Chancellor Weber spoke with President Lind on Tuesday in a call that lasted an hour, aides said. "
          "The two governments agreed to reopen the border crossings next month. "
          "Customs officers will return to the posts by spring.")
OTHER = ("Trucks lined up at the crossings on Wednesday as drivers waited for news. "
         "The deal includes Norland's release of Ada Brenner, a sailor held since last winter on smuggling charges. "
         "Traders welcomed the news.")


def _article(i: str, text: str, title: str | None = None) -> Article:
    return Article(i, f"{i}.txt", f"Outlet {i}", None, title, None, "2014-12-17", "en", text)


def _at(i: str, text: str, sentence: str) -> Evidence:
    return Evidence(i, text.index(sentence), text.index(sentence) + len(sentence), sentence)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for piece in text.split(". "):
        piece = piece if piece.endswith(".") else piece + "."
        at = text.index(piece[:-1], start)
        out.append(Sentence(at, at + len(piece)))
        start = at + len(piece)
    return tuple(out)


def test_an_article_whose_writer_opines_in_several_sentences_is_a_column():
    arts = [_article("c", COLUMN), _article("r", REPORT), _article("o", OTHER)]
    assert _columns(arts, []) == frozenset({"c"})
    # the same words quoted are someone's opinion, not the writer's: a report
    quoted = [("c", 0, len(COLUMN))]
    assert _columns(arts, quoted) == frozenset()
    # one opinion of the writer's is no column
    assert _columns([_article("c", COLUMN.replace("must", "will").replace("Obviously, ", ""))], []) == frozenset()


def test_a_column_opening_gives_way_to_a_report_opening_as_lead():
    """Review 26: Fox's column's "Establishing ties with Cuba has been on President Obama's bucket list for some time."
    opened the Cuba summary before CNN's lead, its twin."""
    col = _at("c", COLUMN, "Reopening the border has been on the chancellor's wish list for years.")
    rep = _at("r", REPORT, "Chancellor Weber spoke with President Lind on Tuesday in a call that lasted an hour, "
                           "aides said.")
    leads = [SharedPoint(col.text, ("c", "r"), (col, rep)), SharedPoint(rep.text, ("r", "c"), (rep, col))]
    arts = [_article("c", COLUMN), _article("r", REPORT), _article("o", OTHER)]
    got = neutral_summary([], arts, leads=leads)
    assert got.startswith("Chancellor Weber spoke") and "wish list" not in got
    # the control: where neither is a column, the first lead stays first
    plain = COLUMN.replace("must", "will").replace("Obviously, ", "").replace("should", "will")
    col2 = _at("c", plain, "Reopening the border has been on the chancellor's wish list for years.")
    leads2 = [SharedPoint(col2.text, ("c", "r"), (col2, rep)), SharedPoint(rep.text, ("r", "c"), (rep, col2))]
    arts2 = [_article("c", plain), _article("r", REPORT), _article("o", OTHER)]
    assert neutral_summary([], arts2, leads=leads2).startswith("Reopening the border")


def test_a_summary_lacking_what_most_headlines_say_takes_a_sentence_that_says_it():
    """Review 26: two headlines of three say Cuba released Alan Gross; no shared point did, and the summary never
    said it (USA Today's "The agreement includes Cuba's release of Alan Gross, ..." does)."""
    titles = {"c": "A gift to Norland", "r": "Norland releases sailor Ada Brenner", "o": "Norland releases Ada Brenner"}
    arts = [_article(i, t, titles[i]) for i, t in (("c", COLUMN), ("r", REPORT), ("o", OTHER))]
    p = SharedPoint("", ("r", "o"), (_at("r", REPORT, "The two governments agreed to reopen the border crossings "
                                                      "next month."),
                                     _at("o", OTHER, "Trucks lined up at the crossings on Wednesday as drivers waited "
                                                     "for news.")))
    p = SharedPoint(p.evidence[0].text, p.articles, p.evidence)
    sentences = {a.id: _sentences(a.text) for a in arts}
    got = neutral_summary([p], arts, sentences=sentences)
    assert "Norland's release of Ada Brenner" in got and got.count(". ") == 1
    # the controls: headlines that share no name, or no sentences given, leave the summary to the points
    plain = [_article(a.id, a.text, "Border news") for a in arts]
    assert "Ada Brenner" not in neutral_summary([p], plain, sentences=sentences)
    assert "Ada Brenner" not in neutral_summary([p], arts)
    # a column's sentence saying it is never taken
    col = COLUMN + " The deal includes Norland's release of Ada Brenner after a long year."
    arts3 = [_article("c", col, titles["c"]), _article("r", REPORT, titles["r"]), _article("o", OTHER, titles["o"])]
    sentences3 = {a.id: _sentences(a.text) for a in arts3}
    sentences3["o"] = sentences3["o"][:1]
    assert "Ada Brenner" not in neutral_summary([p], arts3, sentences=sentences3)


def test_a_sentence_giving_a_count_of_its_outlets_own_is_not_taken_for_the_headlines():
    """Review 19: CBN's "At least 59 people were killed, and Las Vegas police report more than 527 people were injured
    ..." closed a summary that opened with the Guardian's 50 killed (hours apart)."""
    titles = {"c": "A gift to Norland", "r": "Norland releases sailor Ada Brenner", "o": "Norland releases Ada Brenner"}
    other = OTHER.replace("a sailor held since last winter", "a sailor held with 14 others since last winter")
    arts = [_article(i, t, titles[i]) for i, t in (("c", COLUMN), ("r", REPORT), ("o", other))]
    p = SharedPoint("", ("r", "o"), (_at("r", REPORT, "The two governments agreed to reopen the border crossings "
                                                      "next month."),
                                     _at("o", other, "Trucks lined up at the crossings on Wednesday as drivers waited "
                                                     "for news.")))
    p = SharedPoint(p.evidence[0].text, p.articles, p.evidence)
    sentences = {a.id: _sentences(a.text) for a in arts}
    assert "Ada Brenner" not in neutral_summary([p], arts, sentences=sentences)
    # the control: the count another outlet gives too is no outlet's own
    report = REPORT + " The navy says 14 others were held."
    arts[1] = _article("r", report, titles["r"])
    sentences["r"] = _sentences(report)
    assert "Norland's release of Ada Brenner, a sailor held with 14 others" in neutral_summary([p], arts, sentences=sentences)
