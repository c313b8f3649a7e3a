"""Review 15's summary and span faults (session 27): headline words, a connective with a plain
wording beside it, a comment clause, a closing quotation mark given to the next sentence."""

from __future__ import annotations

from manysides.compare.summary import neutral_summary
from manysides.records import Article, Evidence, Sentence, SharedPoint


def _articles(texts: dict[str, str], titles: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, titles.get(i), None, "2017-11-07", "en", t)
            for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    """A point of (article id, its text, the sentence): evidence at the sentence's place."""
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


A1 = "The gunman was a former airman from a small Texas town. He left the military in 2014 after a discharge."
B1 = "The suspect was a former airman from a Texas town near San Antonio. He was discharged from the military in 2014."
C1 = ("The gunman grew up in a Texas town. But on Monday, the Air Force admitted it had failed to report his "
      "conviction to the federal database.")
D1 = "The Air Force said it had failed to report the gunman's conviction to the federal database, officials said."
TITLES = {"a": "Air Force failed to report gunman's conviction", "b": "Texas gunman's record: the Air Force error",
          "c": "Air Force error let gunman buy guns", "d": "A small town mourns"}


def _shooting():
    texts = {"a": A1, "b": B1, "c": C1, "d": D1}
    points = [
        _point(("a", A1, "The gunman was a former airman from a small Texas town."),
               ("b", B1, "The suspect was a former airman from a Texas town near San Antonio.")),
        _point(("a", A1, "He left the military in 2014 after a discharge."),
               ("b", B1, "He was discharged from the military in 2014.")),
        _point(("c", C1, "But on Monday, the Air Force admitted it had failed to report his conviction to the "
                         "federal database."),
               ("d", D1, "The Air Force said it had failed to report the gunman's conviction to the federal "
                         "database, officials said.")),
    ]
    return texts, points


def test_a_summary_lacking_what_most_headlines_say_takes_the_point_that_says_it():
    """Review 15: three headlines of four say the Air Force failed to report the gunman's conviction;
    the summary, filled by the points ranked before it, never named the Air Force."""
    texts, points = _shooting()
    got = neutral_summary(points, _articles(texts, TITLES), max_sentences=1)
    assert "Air Force" in got and not got.startswith("But")
    # without the headlines (or with headlines that share nothing), the points' own ranking stands
    assert "Air Force" not in neutral_summary(points, _articles(texts, {}), max_sentences=1)
    other = {"a": "Gunman kills 26", "b": "Church mourns", "c": "Vigil held", "d": "A small town mourns"}
    assert "Air Force" not in neutral_summary(points, _articles(texts, other), max_sentences=1)


def test_a_point_is_ranked_after_others_only_when_every_wording_opens_with_a_connective():
    texts, points = _shooting()
    arts = _articles(texts, {})
    # two sentences: the point of a connective wording and a plain one beside it takes its rank
    got = neutral_summary([points[2], points[0]], arts, max_sentences=1)
    assert "Air Force" in got and not got.startswith("But")
    alone = _point(("c", C1, "But on Monday, the Air Force admitted it had failed to report his conviction to "
                             "the federal database."),
                   ("d", D1, "The Air Force said it had failed to report the gunman's conviction to the federal "
                             "database, officials said."))
    connective_only = SharedPoint(alone.summary, alone.articles, alone.evidence[:1])
    assert "Air Force" not in neutral_summary([connective_only, points[0]], arts, max_sentences=1)


def test_a_wording_cut_inside_a_name_is_said_in_the_points_whole_wording():
    """Review 15: the sentence splitter cut Democracy Now's sentence at "Academy Sports +"."""
    cut = "On Monday, the Air Force admitted it had failed to report his conviction, at an Academy Sports +"
    whole = "The Air Force said it had failed to report the gunman's conviction to the federal database."
    texts = {"c": cut + " Outdoors store.", "d": whole}
    point = _point(("c", texts["c"], cut), ("d", whole, whole))
    assert neutral_summary([point], _articles(texts, {})) == whole


def test_a_trailing_clause_that_comments_on_the_fact_is_left_out():
    """Review 15: National Review's "..., which isn't hard to believe, since that was his job" is the
    outlet's comment, no fact the outlets agree on."""
    head = ("According to a Pentagon statement, Soleimani was developing plans to attack American diplomats "
            "and service members in Iraq and around the region")
    texts = {"a": head + ", which isn't hard to believe, since that was his job.",
             "b": "The Pentagon said Soleimani was developing plans to attack American diplomats in Iraq."}
    point = _point(("a", texts["a"], texts["a"]), ("b", texts["b"], texts["b"]))
    assert neutral_summary([point], _articles(texts, {})) == head + "."
    # a relative clause that adds a fact stays
    fact = head + ", which the Pentagon said was a defensive action."
    texts["a"] = fact
    point = _point(("a", fact, fact), ("b", texts["b"], texts["b"]))
    assert neutral_summary([point], _articles(texts, {})) == fact


def test_a_closing_quotation_mark_the_splitter_gave_the_next_sentence_closes_its_own():
    """The sample: '... he thanked Harlan for "a hard-fought race.' | '"\\n\\nRepublican officials ...'."""
    from manysides.compare._text import _spans

    text = 'In a statement, he thanked Harlan for "a hard-fought race."\n\nRepublican officials expect a primary.'
    cut = text.index('"\n')
    got = _spans(text, [Sentence(0, cut), Sentence(cut, len(text))])
    assert [text[s:e] for s, e in got] == ['In a statement, he thanked Harlan for "a hard-fought race."',
                                          "Republican officials expect a primary."]
    # an opening mark stands before its word: it stays with its sentence
    text = 'Harlan said it was over. "We ran a good race," she said.'
    cut = text.index('"')
    got = _spans(text, [Sentence(0, cut - 1), Sentence(cut, len(text))])
    assert [text[s:e] for s, e in got] == ["Harlan said it was over.", '"We ran a good race," she said.']


def test_a_persons_pronoun_after_an_opening_phrase_points_back():
    """The sample: once its closing quotation mark was its own, The Open Commons' "In a statement, he
    thanked Harlan for "a hard-fought race."" was said in the summary, "he" a man it had not named."""
    back = 'In a statement, he thanked Harlan for "a hard-fought race."'
    named = "In a statement, Mr. Okafor thanked Ms. Harlan for “a hard-fought race” and said he wished her well."
    texts = {"a": back, "b": named}
    point = _point(("a", back, back), ("b", named, named))
    assert neutral_summary([point], _articles(texts, {})) == named
    # a dummy "it" after an opening phrase names no one before it
    plain = "In the end, it was the rural precincts that decided the special election for the seat."
    texts = {"a": plain, "b": "The rural precincts decided the special election for the seat in the end."}
    point = _point(("a", plain, plain), ("b", texts["b"], texts["b"]))
    assert neutral_summary([point], _articles(texts, {})) == plain
