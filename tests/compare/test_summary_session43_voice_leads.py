"""Session 43 (review 31): a summary states the event, not the voice the outlets open with.

Review 31's Cleveland summary opened with a lede of CNN's ("The first time most of America heard Amanda Berry's
voice was on a frantic 911 call."), the match of the lead the most outlets state, which is a quotation ("I'm Amanda
Berry," she told a 911 dispatcher.), and never said the women were found. Invented texts below."""

from __future__ import annotations

import numpy as np
from compare_fixtures import Draft, hand_vectors, make_fixture

from manysides.compare import compare_story
from manysides.compare.shared import lead_points
from manysides.compare.summary import _points_back

CALL = "\u201cHelp me, I\u2019m Dana Reyes,\u201d she told a dispatcher on the phone Sunday evening."
SCENE = "The first time most people heard the voice of Dana Reyes was on a frantic call to a dispatcher."
HERO = "\u201cDana Reyes is the real hero here,\u201d the deputy sheriff said at a press conference."
STATED = ("As deputies piece together how the three women survived nine days in the canyon, the women were flown "
          "Tuesday to a hospital in Mesa and reunited with their families.")


def _drafts(call: str = CALL) -> list[Draft]:
    a = Draft("a", "A", [(call, "call"), ("Deputies drove to the canyon road within minutes of her call.", "a1"),
                         ("The county has searched the canyon twice since the spring floods.", "a2")],
              title="Dana Reyes and two other women found alive in canyon")
    b = Draft("b", "B", [(SCENE, "scene"), ("Her neighbors had stopped hoping years ago, one of them told us.", "b1"),
                         ("A reward of $5,000 was never claimed by anyone who saw the women.", "b2")],
              title="Dispatcher call leads deputies to 3 missing women")
    c = Draft("c", "C", [(STATED, "stated"), (HERO, "hero"),
                         ("The sheriff thanked the volunteers who searched the ridge every weekend.", "c2")],
              title="3 women missing for nine days found alive")
    return [a, b, c]


def _fixture(call: str = CALL):
    drafts = _drafts(call)
    fx = make_fixture(drafts, hand_vectors(drafts))
    _alike(fx, ("b", 0), 0.73, -1)  # the scene matches the caller's words by her name
    _alike(fx, ("c", 1), 0.67, -2)  # ... and so does the deputy's quotation, not the scene (0.49)
    return fx


def _alike(fx, at: tuple[str, int], cosine: float, own: int) -> None:
    """Sentence `at` made `cosine` alike to article a's first sentence, its own rest in dimension `own`."""
    rest = np.zeros_like(fx.vectors["a"][0])
    rest[own] = 1.0
    row = cosine * fx.vectors["a"][0] + np.sqrt(1 - cosine ** 2) * rest
    fx.vectors[at[0]] = fx.vectors[at[0]].copy()
    fx.vectors[at[0]][at[1]] = row / np.linalg.norm(row)


def test_where_every_widest_lead_is_a_quotation_a_first_sentence_restating_the_headlines_leads():
    fx = _fixture()
    leads = lead_points(fx.articles, fx.annotations, fx.vectors)
    assert STATED in [p.summary for p in leads]
    summary = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).summary
    assert summary.startswith(STATED), summary
    assert "first time most people heard" not in summary


def test_a_widest_lead_that_is_the_outlets_own_statement_keeps_the_headline_leads_out():
    """Control: the caller's words told in the outlet's own voice are a lead the summary states; nothing is added."""
    told = "Dana Reyes told a dispatcher on the phone Sunday evening that she had escaped from a cabin."
    fx = _fixture(told)
    leads = lead_points(fx.articles, fx.annotations, fx.vectors)
    assert leads[0].summary == told
    assert STATED not in [p.summary for p in leads]


def test_a_count_a_headline_gives_in_figures_is_a_number_word_of_a_first_sentence():
    """Where no openings are alike, a first sentence restating the other headlines leads (`_headline_leads`): "3
    women" is "the three women"."""
    drafts = [Draft("a", "A", [("The three women were flown Tuesday to a hospital in Mesa County, deputies said.",
                                "a0")], title="Mesa hikers home"),
              Draft("b", "B", [("A long search of the canyon ended with a phone call on Sunday evening.", "b0")],
                    title="3 women rescued"),
              Draft("c", "C", [("Volunteers had searched the ridge every weekend since the spring floods.", "c0")],
                    title="Deputies reach 3 women")]
    fx = make_fixture(drafts, hand_vectors(drafts))
    assert [p.summary for p in lead_points(fx.articles, fx.annotations, fx.vectors)] == [drafts[0].sentences[0][0]]


def test_the_women_a_sentence_told_of_before_in_its_own_words_do_not_point_back():
    assert not _points_back(STATED)
    # controls: "the women" of no earlier words in the sentence, and "the man" beside women told of
    assert _points_back("Deputies said the women were flown Tuesday to a hospital in Mesa.")
    assert _points_back("As the three women were flown to a hospital, deputies said the man was arrested.")
