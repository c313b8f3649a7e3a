import dataclasses
import random

import numpy as np
import pytest

from manysides.compare import CompareError, compare_story, neutral_summary, shared_points
from manysides.errors import ManysidesError
from manysides.records import StoryReport, as_dict

from compare_fixtures import election_drafts, make_fixture

LEANINGS = {"Harbor Ledger": "left", "plains courier": "Center", "Summit Dispatch": "right"}


def _report(fx, **kw):
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors, **kw)


def test_report_puts_the_parts_together(election):
    rep = _report(election, leanings=LEANINGS)
    assert isinstance(rep, StoryReport) and rep.story_id == "story-riverton"
    assert rep.outlets == {"a-ledger": "Harbor Ledger", "b-courier": "Plains Courier", "c-dispatch": "Summit Dispatch"}
    assert rep.coverage == {"left": 1, "center": 1, "right": 1, "unknown": 0}
    assert len(rep.disputed) == 1 and rep.voices[0].speaker == "Maya Quill"
    assert set(rep.framing) == set(rep.outlets)
    assert any("turnout" in e.text for e in rep.unique)


def test_summary_uses_the_most_widely_shared_points_in_story_order(election):
    rep = _report(election)
    summary = rep.summary
    # The two points all three outlets make, lead first; quotes are not summary material.
    first_two = [p.summary for p in rep.shared[:2]]
    assert all(s in summary for s in first_two)
    assert summary.index("won the special election") < summary.index("most expensive")
    assert "\u201c" not in summary
    used = [p for p in rep.shared if p.summary in summary]
    assert 2 <= len(used) <= 4
    # The volunteer count is disputed, so the summary takes no side on it.
    assert "volunteers" not in summary


def test_summary_leaves_out_a_point_that_one_outlet_quotes(election):
    """A shared point inside a quotation in one article is a speaker's claim: the summary
    does not state it as fact, even when the sentence splitter left no quotation marks."""
    from manysides.records import Quote

    rep = _report(election)
    point = next(p for p in rep.shared if p.summary in rep.summary)
    e = point.evidence[0]
    ann = election.annotations[e.article]
    quote = Quote(text=e.text, speaker="Maya Quill", cue="said", start=e.start, end=e.end)
    annotations = dict(election.annotations, **{e.article: dataclasses.replace(ann, quotes=ann.quotes + (quote,))})
    again = compare_story(election.story, election.articles, annotations, election.vectors)
    assert any(p.summary == point.summary for p in again.shared)  # still a shared point
    assert point.summary not in again.summary and again.summary


def test_summary_is_empty_without_shared_points(election):
    assert neutral_summary((), election.articles) == ""


def test_output_is_deterministic_whatever_the_mapping_order(election):
    first = as_dict(_report(election, leanings=LEANINGS))
    rng = random.Random(7)
    for _ in range(3):
        ann = list(election.annotations.items())
        vec = list(election.vectors.items())
        rng.shuffle(ann)
        rng.shuffle(vec)
        again = compare_story(election.story, election.articles, dict(ann), dict(vec), leanings=LEANINGS)
        assert as_dict(again) == first


def test_duplicates_listed_with_their_original_are_ignored(election):
    copy = dataclasses.replace(election.articles[0], id="a-copy", duplicate_of="a-ledger", outlet="Wire Copy")
    ann = dict(election.annotations, **{"a-copy": dataclasses.replace(election.annotations["a-ledger"], article_id="a-copy")})
    vec = dict(election.vectors, **{"a-copy": election.vectors["a-ledger"]})
    rep = compare_story(election.story, election.articles + [copy], ann, vec)
    assert "a-copy" not in rep.outlets
    assert as_dict(rep) == as_dict(_report(election))


def test_articles_without_annotations_still_count_as_outlets(election):
    ann = {k: v for k, v in election.annotations.items() if k != "b-courier"}
    rep = compare_story(election.story, election.articles, ann, election.vectors, leanings=LEANINGS)
    assert rep.coverage["center"] == 1
    assert all("b-courier" not in p.articles for p in rep.shared)
    assert "b-courier" in rep.framing


@pytest.mark.parametrize(
    "args",
    [
        ("not a story", None, {}, {}),
        (None, ["not an article"], {}, {}),
        (None, None, [], {}),
    ],
)
def test_bad_input_raises_a_manysides_error(election, args):
    story, arts, ann, vec = args
    with pytest.raises(CompareError) as err:
        compare_story(story if story is not None else election.story, arts if arts is not None else election.articles, ann, vec)
    assert isinstance(err.value, ManysidesError)


def test_empty_story_gives_an_empty_report(election):
    rep = compare_story(election.story, [], {}, {})
    assert rep.shared == () and rep.unique == () and rep.summary == ""
    assert rep.coverage == {"left": 0, "center": 0, "right": 0, "unknown": 0}


@pytest.mark.models
def test_real_embeddings_find_paraphrases_and_keep_unrelated_apart():
    from manysides.nlp.models import load_embedder

    drafts = election_drafts()
    fx = make_fixture(drafts, vectors={})
    emb = load_embedder()
    fx.vectors.update(
        {a.id: emb.encode([a.text[s.start : s.end] for s in fx.annotations[a.id].sentences]) for a in fx.articles}
    )
    points = shared_points(fx.articles, fx.annotations, fx.vectors)
    cost = [p for p in points if any("most expensive" in e.text for e in p.evidence)]
    assert len(cost) == 1 and len(cost[0].articles) == 3
    assert not any("turnout" in e.text for p in points for e in p.evidence)
    rep = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    assert any("turnout" in e.text and e.article == "b-courier" for e in rep.unique)
    assert [d.about for d in rep.disputed] == ["volunteers"]
    assert rep.summary


def test_odd_annotations_never_crash(election):
    from manysides.records import Annotation, Claim, Quote, Sentence

    art = dataclasses.replace(election.articles[0], id="odd", outlet="Odd Outlet", text="Short.")
    odd = Annotation(
        "odd",
        (Sentence(0, 6), Sentence(4, 400), Sentence(9, 3)),  # overlapping, past the end, reversed
        (),
        (Quote("", None, None, 0, 0), Quote("x", "   ", None, 0, 1, speaker_kind="group")),
        (Claim("6", "", 6.0, "count", None, None, None, 0, 1), Claim("7", "", 7.0, "count", None, 7.0, 7.0, 500, 501)),
    )
    ann = dict(election.annotations, odd=odd)
    vec = dict(election.vectors, odd=[[0.0] * 384] * 3)  # plain lists, zero vectors
    rep = compare_story(election.story, election.articles + [art], ann, vec)
    assert "odd" in rep.outlets and rep.coverage["unknown"] == 4


def test_vectors_of_another_size_are_left_out(election):
    vec = dict(election.vectors)
    vec["c-dispatch"] = np.ones((len(election.annotations["c-dispatch"].sentences), 8), dtype=np.float32)
    rep = compare_story(election.story, election.articles, election.annotations, vec)
    assert rep.shared and all("c-dispatch" not in p.articles for p in rep.shared)


def test_summary_completed_from_echoed_sentences_when_one_point_is_shared():
    from compare_fixtures import Draft

    a = Draft("a", "A", [("The city council approved the new stadium plan on Monday night.", "s"),
                         ("Construction of the stadium near the river is set to begin in the spring.", "x")])
    b = Draft("b", "B", [("On Monday night the council voted to approve the stadium plan.", "s"),
                         ("Builders could break ground by the river in spring, officials said.", "y")])
    fx = make_fixture([a, b])
    v = fx.vectors
    x = np.zeros(384, dtype=np.float32)
    x[10] = 1.0
    y = np.zeros(384, dtype=np.float32)
    y[[10, 12]] = [0.6, 0.8]
    v["a"][1], v["b"][1] = x, y  # cosine 0.6: related, not a paraphrase
    rep = compare_story(fx.story, fx.articles, fx.annotations, v)
    assert len(rep.shared) == 1
    assert rep.summary.startswith(rep.shared[0].summary)
    assert "spring" in rep.summary


def _two_outlets(text_a: str, text_b: str, outlet_a: str = "Ledger", outlet_b: str = "Courier"):
    """Two one-sentence articles of two outlets, and the point their sentences share."""
    from manysides.records import Article, Evidence, SharedPoint

    arts = [Article(i, f"{i}.txt", o, None, "t", None, "2021-05-12", "en", t)
            for i, o, t in (("a", outlet_a, text_a), ("b", outlet_b, text_b))]
    return arts, SharedPoint(text_a, ("a", "b"), (Evidence("a", 0, len(text_a), text_a),
                                                   Evidence("b", 0, len(text_b), text_b)))


def test_summary_states_no_outlets_own_detail_as_agreed():
    """A shared point whose chosen wording carries a detail the report lists as one
    outlet's own is said in another outlet's words; an echo carrying one is left out."""
    from manysides.records import Evidence

    text_a = "The Senate passed the infrastructure bill on Tuesday after Kyrsten Sinema brokered the deal."
    text_b = "The Senate passed the infrastructure bill on Tuesday."
    arts, point = _two_outlets(text_a, text_b)
    own = (Evidence("a", 0, len(text_a), text_a),)
    assert neutral_summary([point], arts) == text_a
    assert neutral_summary([point], arts, unique=own) == text_b
    echo = Evidence("a", 0, len(text_a), text_a)
    assert neutral_summary([], arts, echoed=[echo], unique=own) == ""


def test_summary_says_a_point_in_the_wording_with_the_fewest_loaded_words():
    """Review 9: a Cheney story's summary was The Hill's "In an extraordinary bow to former
    President Trump, ...", the most charged wording of a point two other outlets state plainly."""
    text_a = "In an extraordinary bow to Trump, House Republicans voted on Wednesday to purge Liz Cheney."
    text_b = "House Republicans on Wednesday ousted Liz Cheney as the conference chair."
    arts, point = _two_outlets(text_a, text_b)
    assert neutral_summary([point], arts) == text_a
    assert neutral_summary([point], arts, loaded=frozenset({"extraordinary"})) == text_b
    # a loaded word both wordings use changes nothing
    assert neutral_summary([point], arts, loaded=frozenset({"house"})) == text_a


def test_summary_says_a_point_without_a_figure_another_outlet_of_it_does_not_give():
    """Review 9: an Ida story's point read "... killed at least eight people" (one outlet's
    toll; the other outlet of the point gives none in its sentence and says nine elsewhere)."""
    from manysides.records import Article, Evidence, SharedPoint

    text_a = "The region awoke Thursday to flooded basements after a downpour killed at least eight people."
    text_b = "The region awoke to a flooded and paralyzed landscape on Thursday after record rains."
    text_c = "The region awoke Thursday to flooded basements after rains killed at least 8 people."
    arts = [Article(i, f"{i}.txt", o, None, "t", None, "2021-09-02", "en", t)
            for i, o, t in (("a", "Ledger", text_a), ("b", "Courier", text_b), ("c", "Herald", text_c))]
    ev = {i: Evidence(i, 0, len(t), t) for i, t in (("a", text_a), ("b", text_b), ("c", text_c))}
    assert neutral_summary([SharedPoint(text_a, ("a", "b"), (ev["a"], ev["b"]))], arts) == text_b
    # a figure every outlet of the point gives ("eight", "8") is kept
    assert neutral_summary([SharedPoint(text_a, ("a", "c"), (ev["a"], ev["c"]))], arts) == text_a


def test_summary_keeps_a_sentence_about_the_us():
    """'US' is the country, not the pronoun of speech whose quotation marks were lost."""
    from manysides.compare.summary import _mostly_quote

    assert not _mostly_quote("The US will send 500 million vaccine doses abroad, officials said.")
    assert _mostly_quote("Let us be clear about what happened in the chamber.")
    assert _mostly_quote("I think the vote was a mistake.")


def test_summary_leaves_out_a_point_whose_outlets_give_different_figures():
    from manysides.records import Article, DisputedClaim, Evidence, SharedPoint

    text_a = "More than 180 people were killed in shootings over the holiday weekend."
    text_b = "At least 150 people were killed in shootings over the holiday weekend."
    arts = [Article(i, f"{i}.txt", o, None, "t", None, "2021-07-05", "en", t)
            for i, o, t in (("a", "Ledger", text_a), ("b", "Courier", text_b))]
    evidence = (Evidence("a", 0, len(text_a), text_a), Evidence("b", 0, len(text_b), text_b))
    point = SharedPoint(text_a, ("a", "b"), evidence)
    assert neutral_summary([point], arts) == text_a
    differ = (DisputedClaim("a", "More than 180 people", 180, "count", 180, 180, 0, 20),
              DisputedClaim("b", "At least 150 people", 150, "count", 150, 150, 0, 19))
    assert neutral_summary([SharedPoint(text_a, ("a", "b"), evidence, differing=differ)], arts) == ""


def test_summary_says_a_point_in_the_bound_every_outlets_figure_meets():
    """Peshawar (review 10): "killing at least 130 people" beside Fox's "left 141 people
    dead" (and CNN's "at least 145" elsewhere): the lead, true whichever toll is right, was
    left out with the point."""
    from manysides.records import Article, DisputedClaim, Evidence, SharedPoint

    text_a = "Gunmen stormed a school in the north on Tuesday, killing at least 130 people."
    text_b = "An assault on a school in the north on Tuesday left 141 people dead, officials say."
    arts = [Article(i, f"{i}.txt", o, None, "t", None, "2014-12-16", "en", t)
            for i, o, t in (("a", "Ledger", text_a), ("b", "Courier", text_b))]
    evidence = (Evidence("a", 0, len(text_a), text_a), Evidence("b", 0, len(text_b), text_b))
    at_least = DisputedClaim("a", "at least 130", 130, "count", 130, None, text_a.index("at least"), len(text_a) - 8)
    exact = DisputedClaim("b", "141", 141, "count", 141, 141, text_b.index("141"), text_b.index("141") + 3)
    # said in the bound's words, whichever wording the point had chosen
    for central in (text_a, text_b):
        assert neutral_summary([SharedPoint(central, ("a", "b"), evidence, differing=(at_least, exact))], arts) == text_a
    # a bound the other figure does not meet takes a side: left out
    above = DisputedClaim("a", "at least 150", 150, "count", 150, None, at_least.start, at_least.end)
    assert neutral_summary([SharedPoint(text_b, ("a", "b"), evidence, differing=(above, exact))], arts) == ""
    # nor is the point said in a third wording that repeats a contested figure unparsed
    text_c = "Officials said 141 people died when gunmen stormed the school in the north."
    arts.append(Article("c", "c.txt", "Dispatch", None, "t", None, "2014-12-16", "en", text_c))
    three = evidence + (Evidence("c", 0, len(text_c), text_c),)
    assert neutral_summary([SharedPoint(text_b, ("a", "b", "c"), three, differing=(above, exact))], arts) == ""


def test_summary_keeps_a_point_whose_disputed_figures_are_within_one_percent():
    """Review 11's Istanbul summary lost its lead ("At least 42 people died ... at least 239
    injured") to Fox's "wounded 238": the report lists that dispute; the summary need not
    drop the toll every outlet gives."""
    from manysides.records import Article, DisputedClaim, Evidence, SharedPoint

    text_a = "At least 42 people died in the airport attack and at least 239 people were injured."
    text_b = "The attack at the airport killed 42 and wounded 238, officials said on Wednesday."
    arts = [Article(i, f"{i}.txt", o, None, "t", None, "2016-06-29", "en", t)
            for i, o, t in (("a", "Ledger", text_a), ("b", "Courier", text_b))]
    evidence = (Evidence("a", 0, len(text_a), text_a), Evidence("b", 0, len(text_b), text_b))

    def claims(b_value: int) -> tuple[DisputedClaim, DisputedClaim]:
        s = text_a.index("at least 239")
        return (DisputedClaim("a", "at least 239", 239, "count", 239, None, s, s + 12),
                DisputedClaim("b", str(b_value), b_value, "count", b_value, b_value, text_b.index("238"),
                              text_b.index("238") + 3))

    point = SharedPoint(text_a, ("a", "b"), evidence, differing=claims(238))
    assert neutral_summary([point], arts) != ""
    far = SharedPoint(text_a, ("a", "b"), evidence, differing=claims(200))  # 200 against at least 239
    assert neutral_summary([far], arts) == ""


def test_summary_puts_a_sentence_opening_with_a_connective_last_and_drops_the_connective():
    from manysides.records import Article, Evidence, SharedPoint

    texts = {"a": "But amid the celebrations, the city counted the cost of the storm damage downtown.",
             "b": "The storm flooded the downtown district on Monday night, officials said.",
             "c": "Meanwhile, volunteers filled sandbags along the river for hours."}
    arts = [Article(i, f"{i}.txt", f"Outlet {i}", None, "t", None, "2021-07-05", "en", t) for i, t in texts.items()]
    points = [SharedPoint(t, (i,), (Evidence(i, 0, len(t), t),)) for i, t in texts.items()]
    # the first two points fill a two-sentence summary; the plain one comes first
    got = neutral_summary(points, arts, max_sentences=2)
    assert got == "The storm flooded the downtown district on Monday night, officials said. " \
                  "Amid the celebrations, the city counted the cost of the storm damage downtown."
    assert "Meanwhile" not in neutral_summary(points, arts)


def test_a_figure_the_outlets_give_differently_is_not_a_detail_one_of_them_adds():
    from compare_fixtures import Draft, make_fixture

    a = Draft("a", "A", [("The Pentagon will divert $3.6 billion from military construction to the wall.", "divert"),
                         ("Crews cleared the road before dawn on Monday in the valley.", "a-x")],
              claims=[("$3.6 billion", "divert military construction", 3.6e9, "USD", None, 3.6e9, 3.6e9)])
    b = Draft("b", "B", [("The Pentagon will divert $3.5 billion from military construction for the wall.", "divert"),
                         ("The mayor thanked the volunteers at city hall on Friday.", "b-x")],
              claims=[("$3.5 billion", "divert military construction", 3.5e9, "USD", None, 3.5e9, 3.5e9)])
    fx = make_fixture([a, b])
    rep = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    [point] = rep.shared
    assert [c.text for c in point.differing] == ["$3.6 billion", "$3.5 billion"]
    assert not any("divert" in e.text for e in rep.unique)  # not "a detail it adds": the figures differ


def test_summary_names_the_subject_a_pronoun_stands_for_or_leaves_the_point_out():
    """"He was released from prison in May 2013" after a sentence about Blagojevich read as
    Blagojevich's release (it was Kerik's): a pronoun's subject is in a sentence the
    summary does not hold."""
    from manysides.records import Article, Evidence, SharedPoint

    texts = {"a": "Trump commuted the prison sentence of former Illinois Gov. Rod Blagojevich on Tuesday.",
             "b": "He was released from prison in May 2013 after serving three years of a four-year sentence.",
             "c": "Kerik was released from prison in May 2013 after serving three years of his sentence.",
             "d": "It was the second commutation the president granted this month, officials said."}
    arts = [Article(i, f"{i}.txt", f"Outlet {i}", None, "t", None, "2020-02-18", "en", t) for i, t in texts.items()]
    ev = {i: Evidence(i, 0, len(t), t) for i, t in texts.items()}
    points = [SharedPoint(texts["a"], ("a",), (ev["a"],)), SharedPoint(texts["b"], ("b", "c"), (ev["b"], ev["c"])),
              SharedPoint(texts["d"], ("d",), (ev["d"],))]
    got = neutral_summary(points, arts)
    assert "Kerik was released from prison in May 2013" in got
    assert "He was released" not in got and "It was the second" not in got


def test_summary_leaves_out_a_sentence_pointing_back_and_drops_in_fact():
    """Review 10: a Peace Cross summary read "Under that test, ..." (the test was named in a
    sentence the summary did not hold), and a Clinton one opened "In fact, Clinton ..."."""
    text_a = "Under that test, the cross on public land in Bladensburg may stand."
    text_b = "The justices ruled that the cross on public land in Bladensburg may stand."
    arts, point = _two_outlets(text_a, text_b)
    assert neutral_summary([point], arts) == text_b
    arts, point = _two_outlets(text_a, "That ruling lets the cross on public land in Bladensburg stand.")
    assert neutral_summary([point], arts) == ""
    # a demonstrative that names a time is no pointing back
    text_c = "This week, the justices ruled that the cross in Bladensburg may stand."
    arts, point = _two_outlets(text_c, text_b)
    assert neutral_summary([point], arts) == text_c
    text_d = "In fact, Clinton declined to say whether she would endorse Sanders this year."
    arts, point = _two_outlets(text_d, text_d.replace("In fact, ", ""))
    assert neutral_summary([point], arts) == "Clinton declined to say whether she would endorse Sanders this year."


def test_summary_says_a_quoted_claim_only_in_words_that_say_whose_it_is():
    """Review 10: the news of a Litvinenko story (the inquiry found Putin "probably approved"
    the killing) was left out of its summary because one outlet gives it as the report's
    quoted words; another outlet's sentence says whose finding it is, and is a fair wording."""
    text_a = "The report concluded that the operation was probably approved by President Putin."
    text_b = "\u201cThe operation to kill him was probably approved by President Putin,\u201d the report says."
    arts, point = _two_outlets(text_a, text_b)
    quoted = [("b", 1, text_b.index(","))]
    assert neutral_summary([point], arts, quoted=quoted) == ""
    said = [("a", text_a.index("the operation"), len(text_a) - 1)] + quoted
    assert neutral_summary([point], arts, quoted=quoted, reported=said) == text_a
    # the outlets' words that say nothing of whose claim it is are no summary of it
    text_c = "The operation was probably approved by President Putin."
    arts, point = _two_outlets(text_c, text_b)
    assert neutral_summary([point], arts, quoted=quoted, reported=quoted) == ""
    # a document's words, its name and verb before them, are said as its words (the quotation
    # mark the sentence splitter left open closed); a person's are not
    text_d = "The report released today concludes that \u201cthe operation was probably approved by President Putin."
    arts, point = _two_outlets(text_d, text_b)
    quoted = [("a", text_d.index("\u201c") + 1, len(text_d)), ("b", 1, text_b.index(","))]
    assert neutral_summary([point], arts, quoted=quoted, reported=quoted) == ""
    assert neutral_summary([point], arts, quoted=quoted, reported=quoted, documents=quoted) == text_d + "\u201d"


def test_summary_leaves_out_a_sentence_that_opens_a_list_or_a_quotation_it_does_not_close():
    """Review 10: "The suit claimed MGM is negligent in the shooting because:." and "Romney ...
    declaring, that “this is not what a real recovery looks like." (the quotation runs on)."""
    text_a = "The suit claimed MGM is negligent in the shooting because:"
    arts, point = _two_outlets(text_a, "The suit said MGM was negligent in the shooting for three reasons:")
    assert neutral_summary([point], arts) == ""
    text_b = ("Romney sought to deny Obama a victory lap, declaring that \u201cthis is not what a real "
              "recovery looks like.")
    arts, point = _two_outlets(text_b, text_b)
    assert neutral_summary([point], arts) == ""


def test_summary_says_a_point_without_an_outlet_of_the_story_naming_itself():
    """"..., said in a statement to NBC News" is NBC's self-reference: the summary says the
    point in the words of an outlet that names none (review 8); with no such wording the
    point keeps its own."""
    from manysides.records import Evidence, SharedPoint

    text_a = "The department said in a statement to NBC News that the new system would be faster."
    text_b = "The department said the new reporting system would be faster."
    arts, point = _two_outlets(text_a, text_b, "NBC News (Online)", "The Ledger")
    assert neutral_summary([point], arts) == text_b
    alone = SharedPoint(text_a, ("a",), (Evidence("a", 0, len(text_a), text_a),))
    assert neutral_summary([alone], arts) == text_a


def test_words_in_quotation_marks_that_nobody_says_do_not_say_whose_claim_a_point_is():
    """Review 9's Hunter story lost its lead: "... a charitable contribution to “Smiles for
    Life.”" (a name in quotation marks, no speaker) was taken as saying whose claim it was."""
    from manysides.compare.report import _quoted
    from manysides.records import Annotation, Article, Quote

    art = Article("a", "a.txt", "Ledger", None, "t", None, "2018-08-21", "en", "x" * 120)
    ann = Annotation("a", (), (), (Quote("Smiles for Life.", None, "characterize", 90, 106),
                                   Quote("the bills were personal", "the press release", "say", 10, 33, False,
                                         "document")), ())
    assert _quoted([art], {"a": ann}, reported=True) == [("a", 10, 33)]
    assert _quoted([art], {"a": ann}) == [("a", 90, 106)]


def test_summary_reads_a_pronoun_after_a_leading_day_as_pointing_back():
    """Review 8's Stone summary (once review 10's rules reranked its points) opened with
    "Wednesday morning, he brazenly offered congratulations to Attorney General Bill Barr":
    whoever "he" is, the summary does not say."""
    text_a = "Wednesday morning, he offered congratulations to Attorney General Bill Barr on the case."
    text_b = "Trump on Wednesday congratulated Attorney General Bill Barr for taking charge of the case."
    arts, point = _two_outlets(text_a, text_b)
    assert neutral_summary([point], arts) == text_b
    arts, point = _two_outlets(text_a, "On Wednesday morning, he congratulated Attorney General Bill Barr on it.")
    assert neutral_summary([point], arts) == ""


def test_summary_reads_a_sentence_whose_speaker_is_a_pronoun_as_pointing_back():
    """Review 11's Senate summary ended "Both her sons serve in the military, she said.",
    about a woman the summary never named (Katherine Hackett)."""
    text_a = "Both her sons serve in the military and she has cut expenses everywhere, she said."
    text_b = "Katherine Hackett said both of her sons serve in the military and she has cut expenses."
    arts, point = _two_outlets(text_a, text_b)
    assert neutral_summary([point], arts) == text_b
    arts, point = _two_outlets(text_a, "Both of her sons serve in the military, she told reporters.")
    assert neutral_summary([point], arts) == ""


def _story_of_openings():
    """Three outlets: each opening states one outcome in its own words (cosine 0.65, no shared
    point), and two later facts are shared point by point (cosine 0.92)."""
    from compare_fixtures import Draft

    outcome = ["The Senate voted 60-37 on Tuesday to advance the jobless benefits bill.",
               "A three-month extension of jobless benefits won a key procedural vote in the Senate.",
               "Senators moved ahead on Tuesday with the bill extending long-term jobless benefits."]
    scene = "On its face, the showdown is about a lifeline for people struggling to find work."
    fact1 = ["Republicans want the price tag of the measure offset by cuts elsewhere in the budget.",
             "Republicans say the cost of the measure must be offset with cuts elsewhere in the budget."]
    fact2 = ["The benefits expired on Dec. 28 for about 1.3 million long-term jobless Americans.",
             "About 1.3 million long-term jobless Americans lost the benefits when they expired Dec. 28."]
    filler = "The debate foreshadows the midterm elections in November across the whole country."
    drafts = [Draft("a", "A", [(outcome[0], "o"), (filler, "a1"), (fact1[0], "f1"), (fact2[0], "f2")]),
              Draft("b", "B", [(scene, "b0"), (outcome[1], "o"), (fact1[1], "f1"), (fact2[1], "f2")]),
              Draft("c", "C", [(outcome[2], "o"), (filler.replace("whole", "entire"), "c1"),
                               ("Its sponsors were pleased with the result of the vote that day.", "c2")])]
    fx = make_fixture(drafts)
    common = np.zeros(384, dtype=np.float32)
    common[200] = 1.0
    for k, d in enumerate(drafts):
        for i, (_, topic) in enumerate(d.sentences):
            v = np.zeros(384, dtype=np.float32)
            v[300 + 10 * k + i] = 1.0  # each sentence its own wording
            if topic == "o":  # one outcome, three wordings: cosine 0.65 between any two
                v = np.sqrt(0.65) * common + np.sqrt(0.35) * v
            elif topic in ("f1", "f2"):  # a paraphrase: cosine 0.92
                v = np.sqrt(0.92) * np.eye(384, dtype=np.float32)[100 + int(topic[1])] + np.sqrt(0.08) * v
            fx.vectors[d.id][i] = v / np.linalg.norm(v)
    return fx, outcome, fact1, fact2


def _articles(texts: dict[str, list[str]], published: str = "2019-05-13",
              outlets: dict[str, str] | None = None):
    """Articles of one outlet each (id -> its sentences; the outlet is the id in capitals unless
    `outlets` names it) and each sentence as evidence, by id."""
    from manysides.records import Article, Evidence

    arts, ev = [], {}
    for aid, sents in texts.items():
        text = " ".join(sents)
        outlet = (outlets or {}).get(aid, aid.upper())
        arts.append(Article(aid, f"{aid}.txt", outlet, None, aid, None, published, "en", text))
        ev[aid] = [Evidence(aid, text.index(t), text.index(t) + len(t), t) for t in sents]
    return arts, ev


def _lead(e, *partners):
    """A lead point: sentence `e`, stated too by `partners` (evidence of other openings)."""
    from manysides.records import SharedPoint

    return SharedPoint(e.text, tuple(x.article for x in (e, *partners)), (e, *partners))


def test_summary_opens_with_what_most_outlets_lead_with():
    """Review 11's Senate and Georgia summaries and review 10's Peace Cross summary held
    shared points of later paragraphs and not the outcome every opening states in its own
    words (cosine 0.6-0.7, no shared point): a reader expects the event first."""
    fx, outcome, fact1, fact2 = _story_of_openings()
    rep = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    assert len(rep.shared) == 2 and not any(o in p.summary for p in rep.shared for o in outcome)
    assert rep.summary.startswith(outcome[0])  # the first sentence of an opening, most alike the others
    assert sum(o in rep.summary for o in outcome) == 1  # said once
    assert any(f in rep.summary for f in fact1) and any(f in rep.summary for f in fact2)
    assert len(rep.summary.split()) <= 90


def test_summary_takes_a_second_lead_only_for_its_count():
    """Review 11's Senate story: NPR's "... won a key procedural vote in the Senate" and Fox's
    "Senators voted 60-37 ..." state one outcome (cosine 0.67); Fox's gives the tally NPR's
    opening gives too ("The 60-37 vote indicates ..."), so both are said. A third opening
    sentence that states the outcome again with no count of its own is a repeat."""
    from manysides.records import SharedPoint

    texts = {"npr": ["A three-month extension of jobless benefits won a key procedural vote in the Senate on Tuesday.",
                     "The 60-37 vote indicates there is enough support to move the measure to a full vote."],
             "fox": ["Senators voted 60-37 to advance the bill extending long-term jobless benefits on Tuesday.",
                     "Republicans complain that the measure is not paid for by cuts elsewhere."],
             "cnn": ["Senators moved ahead with the bill to extend jobless benefits for long-term unemployed.",
                     "Republicans say the measure must be paid for with cuts elsewhere in the budget."]}
    arts, ev = _articles(texts, "2014-01-07")

    # ranked as `lead_points` might: CNN's repeat before Fox's count
    leads = [_lead(ev["npr"][0], ev["fox"][0], ev["cnn"][0]), _lead(ev["cnn"][0], ev["npr"][0], ev["fox"][0]),
             _lead(ev["fox"][0], ev["npr"][0], ev["npr"][1], ev["cnn"][0])]
    later = SharedPoint(ev["fox"][1].text, ("fox", "cnn"), (ev["fox"][1], ev["cnn"][1]))
    summary = neutral_summary([later], arts, leads=leads)
    assert summary.startswith(texts["npr"][0])
    assert texts["fox"][0] in summary and texts["cnn"][0] not in summary
    # the points alone give the summary a sentence of what the openings agree on: no lead is added
    opening = SharedPoint(ev["fox"][0].text, ("fox", "npr"), (ev["fox"][0], ev["npr"][0]))
    assert neutral_summary([opening, later], arts, leads=leads) == neutral_summary([opening, later], arts)


def test_summary_takes_a_lead_without_its_outlets_dateline():
    """Review 13's G7 story: CNN's lead, the only opening to say the US would not endorse the
    communique, begins "Washington (CNN)"; a lead naming an outlet is passed over, so the summary
    opened with Reuters' "threw ... into disarray". The dateline is CNN's mark on its own copy:
    the lead is said without it. A sentence naming an outlet in its prose is still passed over."""
    from manysides.records import Evidence, SharedPoint

    texts = {"cnn": ['Washington (CNN) President Donald Trump on Saturday said that the US will not endorse '
                     'a G7 communique after accusing Justin Trudeau of "false statements."',
                     "The group of seven nations that make up the G7 met in Quebec this week."],
             "reu": ["Trump threw the G7's efforts to show a united front into disarray after taking aim at "
                     "Canadian Prime Minister Justin Trudeau on Saturday.",
                     "Leaders of the group of seven nations met in Quebec this week for the summit."]}
    arts, ev = _articles(texts, "2018-06-09", {"cnn": "CNN (Web News)", "reu": "Reuters"})
    leads = [SharedPoint(ev["cnn"][0].text, ("cnn", "reu"), (ev["cnn"][0], ev["reu"][0])),
             SharedPoint(ev["reu"][0].text, ("reu", "cnn"), (ev["reu"][0], ev["cnn"][0]))]
    later = SharedPoint(ev["reu"][1].text, ("reu", "cnn"), (ev["reu"][1], ev["cnn"][1]))
    summary = neutral_summary([later], arts, leads=leads)
    assert summary.startswith("President Donald Trump on Saturday said that the US will not endorse a G7 communique")
    assert "(CNN)" not in summary and "disarray" not in summary
    # the outlet named in the sentence itself: passed over, as before
    named = texts["cnn"][0].replace("Washington (CNN) President", "President") + " CNN reported."
    arts[0] = dataclasses.replace(arts[0], text=named + " " + texts["cnn"][1])
    e = Evidence("cnn", 0, len(named), named)
    leads[0] = SharedPoint(named, ("cnn", "reu"), (e, ev["reu"][0]))
    assert not neutral_summary([later], arts, leads=leads).startswith("President Donald Trump on Saturday said")


def test_summary_holds_the_first_lead_not_only_a_later_opening_sentence():
    """Review 14's jobs story: the summary held a wire sentence of Fox's second paragraph that NPR
    also printed ("unemployment fell from 7.6 percent in June"), an opening sentence of two outlets,
    and not the lead NPR and Fox share, ranked first ("added 162,000 jobs in July"). It now opens
    with the first lead; a summary that holds the first lead is left as it was."""
    from manysides.records import SharedPoint

    texts = {"fox": ["U.S. employers added 162,000 jobs in July, the fewest since March.",
                     "The Labor Department said Friday that unemployment fell from 7.6 percent in June."],
             "npr": ["The unemployment rate sank to 7.4 percent in July, the statistics bureau says.",
                     "But employers added 162,000 jobs last month, below economists' expectations.",
                     "The Labor Department said Friday that unemployment fell from 7.6 percent in June."]}
    arts, ev = _articles(texts, "2013-08-02")

    leads = [_lead(ev["fox"][0], ev["npr"][1]), _lead(ev["fox"][1], ev["npr"][2])]
    wire = SharedPoint(ev["fox"][1].text, ("fox", "npr"), (ev["fox"][1], ev["npr"][2]))
    summary = neutral_summary([wire], arts, leads=leads)
    assert summary.startswith(texts["fox"][0])
    # the first lead a shared point already: nothing forced
    both = SharedPoint(ev["fox"][0].text, ("fox", "npr"), (ev["fox"][0], ev["npr"][1]))
    assert neutral_summary([both, wire], arts, leads=leads) == neutral_summary([both, wire], arts)


def test_a_lead_taken_leaves_out_only_its_own_sentence():
    """Review 14's EPA story: the lead most openings state loosely (NPR's "the proposal's backers say the
    rules are needed ...") was matched to CNN's "A proposed new EPA rule would reduce such emissions 30%
    by 2030"; taking the lead marked that match said, so the point all three outlets make (the 30% cut)
    was left out. A lead taken leaves out its own sentence only."""
    from manysides.records import SharedPoint

    texts = {"npr": ["But the proposal's backers say the rules are needed to cut carbon pollution.",
                     "Under the plan, carbon emissions would be reduced 30 percent by 2030."],
             "cnn": ["A proposed new agency rule would reduce such emissions 30% by 2030.",
                     "Coal supplies more of the country's electricity than any other fuel."],
             "fox": ["The regulation is one of the most sweeping efforts to tackle global warming.",
                     "The rule would force power plants to cut carbon emissions by 30 percent by 2030."]}
    arts, ev = _articles(texts, "2014-06-02")
    leads = [SharedPoint(ev["npr"][0].text, ("npr", "fox", "cnn"), (ev["npr"][0], ev["fox"][0], ev["cnn"][0]))]
    cut = SharedPoint(ev["npr"][1].text, ("npr", "cnn", "fox"), (ev["npr"][1], ev["cnn"][0], ev["fox"][1]))
    summary = neutral_summary([cut], arts, leads=leads)
    assert summary.startswith(texts["npr"][0][4:5].upper() + texts["npr"][0][5:])  # the lead, without its "But"
    assert "30 percent" in summary or "30%" in summary


def test_a_summary_opened_by_a_lead_keeps_to_the_word_limit():
    """A long lead and a long point would pass about 90 words together (the Pensacola summary
    of review 8 came to 106): a shorter point that fits is taken instead."""
    from manysides.records import Evidence, SharedPoint

    long_lead = ("The trainee who killed three sailors in an attack last year on a base in Pensacola was a "
                 "longtime associate of al Qaeda who had talked with its operatives as recently as the night "
                 "before the shooting, the Justice Department and the FBI announced on Monday morning.")
    long_point = ("Law enforcement officials found his contacts with operatives of the group after technicians "
                  "broke into two cellphones that had been locked and that the shooter, an air force officer, "
                  "had tried to destroy before he was killed by a sheriff's deputy at the base.")
    short_point = "The shooter was killed by a deputy during the attack on the base."
    texts = {"a": [long_lead, long_point, short_point], "b": [long_lead.replace("trainee", "cadet"),
                                                            long_point.replace("found", "discovered"),
                                                            short_point.replace("deputy", "sheriff's deputy")]}
    arts, ev = _articles(texts, "2020-05-18")
    points = [SharedPoint(ev["a"][i].text, ("a", "b"), (ev["a"][i], ev["b"][i])) for i in (1, 2)]
    lead = SharedPoint(long_lead, ("a", "b"), (ev["a"][0], ev["b"][0]))
    summary = neutral_summary(points, arts, leads=[lead])
    assert summary == f"{long_lead} {short_point}"
    assert len(summary.split()) <= 90 < len(f"{long_lead} {long_point}".split())
    # a lead that points back ("He ...") is passed over; with no lead taken, the summary is the one
    # the points make, two long sentences and all
    back = "He had been in touch with the group until the night before the attack on the base."
    arts = [dataclasses.replace(a, text=f"{a.text} {back}") for a in arts]
    start = len(arts[0].text) - len(back)
    lead = SharedPoint(back, ("a", "b"), (Evidence("a", start, start + len(back), back),
                                          Evidence("b", len(arts[1].text) - len(back), len(arts[1].text), back)))
    both = [SharedPoint(ev["a"][i].text, ("a", "b"), (ev["a"][i], ev["b"][i])) for i in (0, 1)]
    assert neutral_summary(both, arts, leads=[lead]) == neutral_summary(both, arts) == f"{long_lead} {long_point}"




def test_summary_opens_with_a_lead_it_holds():
    """Review 12's China story: the summary held China's new tariffs, which the outlets' openings state,
    but opened with the markets' fall, a point told earlier in the articles on average."""
    from manysides.records import SharedPoint

    arts, ev = _articles({
        "a": ["Stocks fell sharply on Monday as investors took fright at the escalating trade war.",
              "China said on Monday it will raise tariffs on $60 billion of American goods from June 1."],
        "b": ["Wall Street slid on Monday, the Dow losing more than 600 points in its worst day since January.",
              "China will raise tariffs on $60 billion of American goods from June 1, its finance ministry said."],
        "c": ["Beijing announced on Monday that it will raise tariffs on $60 billion of U.S. goods from June 1.",
              "Markets in Asia and Europe fell as well."]})
    markets = SharedPoint(ev["a"][0].text, ("a", "b"), (ev["a"][0], ev["b"][0]))
    tariffs = SharedPoint(ev["a"][1].text, ("a", "b"), (ev["a"][1], ev["b"][1]))
    lead = SharedPoint(ev["c"][0].text, ("c", "a"), (ev["c"][0], ev["a"][1]))  # "c" leads with it, "a" states it
    lead_a = SharedPoint(ev["a"][1].text, ("a", "c"), (ev["a"][1], ev["c"][0]))
    plain = neutral_summary([markets, tariffs], arts)
    assert plain.startswith(ev["a"][0].text)  # by the articles' order alone, the markets first
    summary = neutral_summary([markets, tariffs], arts, leads=[lead_a, lead])
    assert summary.startswith(ev["a"][1].text) and ev["a"][0].text in summary


def test_summary_reads_a_label_as_no_figure():
    """Review 12's Florence summary gave Fox's "weakened to a tropical depression early Sunday" for a
    point whose own sentence was the landfall: "a Category 1 hurricane" read as a figure the other
    wording leaves out."""
    text_a = ("After coming ashore in North Carolina as a Category 1 hurricane, Florence was downgraded to a "
              "tropical storm Friday afternoon.")
    text_b = "Tropical Storm Florence weakened to a tropical depression early Sunday, forecasters said."
    arts, point = _two_outlets(text_a, text_b)
    assert neutral_summary([point], arts) == text_a


def test_summary_says_a_point_with_a_count_other_outlets_give():
    """Review 10's Peace Cross summary said "Only Justice Ruth Bader Ginsburg ... dissented." where another
    wording of the point gave the 7-2 vote, which another outlet gives too; review 12's China summary
    swapped "... would range from 5% to 25%" for another statement that leaves out the 25%."""
    from manysides.records import SharedPoint

    dissent = "Only Justice Ruth Bader Ginsburg, joined by Justice Sonia Sotomayor, dissented."
    vote = "The vote was 7-2; Justices Ruth Bader Ginsburg and Sonia Sotomayor dissented."
    other = "In a 7-2 ruling, the court said the cross could stay on public land in Maryland."
    arts, ev = _articles({"a": [dissent], "b": [vote], "c": [other]})
    point = SharedPoint(dissent, ("a", "b"), (ev["a"][0], ev["b"][0]))
    assert neutral_summary([point], arts) == vote
    # nobody else gives it: the plain wording stays
    arts, ev = _articles({"a": [dissent], "b": [vote]})
    assert neutral_summary([SharedPoint(dissent, ("a", "b"), (ev["a"][0], ev["b"][0]))], arts) == dissent
    # given as a bound by the other outlet ("more than $250,000"), the figure is the one outlet's (review 9's
    # Hunter story): the point is said in the wording without it
    plain = "Duncan Hunter and his wife were indicted on charges of misusing campaign funds."
    given = "Duncan Hunter and his wife were indicted on charges of converting $250,000 in campaign funds."
    for third, said in (("Prosecutors say the couple misused more than $250,000.", plain),
                        ("Prosecutors say the couple misused $250,000.", given)):
        arts, ev = _articles({"a": [given], "b": [plain], "c": [third]})
        assert neutral_summary([SharedPoint(given, ("a", "b"), (ev["a"][0], ev["b"][0]))], arts) == said


def test_summary_leaves_out_a_loaded_aside_after_a_dash():
    """Review 11's travel-ban summary opened with the Washington Times' "... ruling that much of it can
    go into effect — and along the way delivering an implicit rebuke to the army of lower-court judges
    who blasted the president as anti-Muslim": one outlet's comment, said without."""
    head = "The Supreme Court revived the travel ban Monday, ruling that much of it can go into effect"
    aside = " — and along the way delivering an implicit rebuke to the judges who blasted the president."
    arts, point = _two_outlets(head + aside, "The Supreme Court let much of the travel ban take effect on Monday.")
    assert neutral_summary([point], arts) == head + "."
    # an aside of plain words stays
    plain = " — and it will hear the case in October."
    arts, point = _two_outlets(head + plain, "The Supreme Court let much of the travel ban take effect on Monday.")
    assert neutral_summary([point], arts) == head + plain


def test_a_point_said_without_one_outlets_detail_is_not_said_in_words_that_point_back():
    """Review 15: a shared point whose one wording gives a detail only its outlet gives ("The steel
    and aluminum tariffs would affect imports of roughly $33 billion ...") was said in the other's
    words, "Those tariffs take effect Friday ...", which point back to a sentence the summary does
    not hold: read after the summary's China tariffs, they said those took effect Friday."""
    from manysides.records import Evidence

    text_a = "The steel and aluminum tariffs would affect imports of roughly $33 billion, an economist said."
    text_b = "Those tariffs take effect Friday and hit all imports of steel and aluminum."
    arts, point = _two_outlets(text_a, text_b)
    own = (Evidence("a", 0, len(text_a), text_a),)
    assert neutral_summary([point], arts) == text_a
    assert neutral_summary([point], arts, unique=own) == ""
