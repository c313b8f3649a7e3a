"""Review 16: slant evidence of words neutral in their sense there, and the speaker's words
(embedded posts, judgement verbs in reported speech) listed as the outlet's."""

from __future__ import annotations

import pytest

from manysides.nlp import slant as S
from manysides.nlp import slant_loaded as L
from manysides.nlp.slant import SlantModel
from manysides.records import Quote


@pytest.fixture(scope="module")
def model() -> SlantModel:
    return SlantModel.load()


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_temperature_of_the_weather_and_a_hot_button_are_no_loaded_wording() -> None:
    """"amid hot, dry conditions", "a hot day" and "a major hot button" state a temperature or name
    a divisive issue; "a hot take" and "a cold response" still judge."""
    plain = ("Fires broke out amid hot, dry conditions and high winds. It was a hot day. A hot and humid week "
             "followed cold temperatures. Race in admissions is a major hot button in that context.")
    assert _loaded(plain) == []
    assert _loaded("Her hot take drew a cold response.") == ["hot", "cold"]


def test_a_superlative_ranking_a_measured_quantity_is_no_loaded_wording() -> None:
    """A market's "worst day since 2008", "the worst midlife mortality rate", "the worst coronavirus
    crash so far", "its worst one-day percentage drop": a ranking the figures state. Ranking a person
    or a day of one's life is still a judgement."""
    plain = ("Crude slid 24.6%, its worst day since January 1991. Exxon and Chevron were on track for their worst "
             "days since 2008. The Dow had its worst one-day percentage drop since October 2008. Monday brought "
             "the worst coronavirus crash so far. The U.S. has the worst midlife mortality rate among 17 countries.")
    assert "worst" not in _loaded(plain)  # ("Crude", "so far": rated words the parse's word classes rule out)
    assert _loaded("He is the worst president since Carter.") == ["worst"]
    assert _loaded("It was the worst day of my life.") == ["worst"]


def test_deadly_fires_and_deadly_force_fake_jobs_and_gone_wrong_are_plain() -> None:
    """"this week's deadly conflagrations" (a fire), "deadly force" (the legal term), "fake
    parliamentary assistant jobs" (a counterfeit thing an inquiry names), "had gone wrong" (a
    failure): plain in their sense; "a deadly policy", "fake news" and "he was wrong" still count."""
    plain = ("Before this week's deadly conflagrations, police used deadly force. He paid his wife from public "
             "funds for fake parliamentary assistant jobs, and Facebook removed fake accounts. The debate had "
             "gone wrong for her; something went badly wrong.")
    assert _loaded(plain) == []
    assert _loaded("A deadly policy. He pushed fake news. He was wrong about it.") == ["deadly", "fake", "wrong"]


def test_what_a_cause_made_impossible_is_a_consequence_stated() -> None:
    """"the amount of coliform bacteria made it impossible to use the water": what can no longer be done,
    a fact of its cause; "an impossible demand" still judges."""
    assert _loaded("The bacteria made it impossible to use the water for drinking.") == []
    assert _loaded("Floods rendered it nearly impossible for residents to return.") == []
    assert _loaded("It was an impossible demand.") == ["impossible"]


@pytest.mark.models
def test_with_the_parse_the_same_senses_are_read() -> None:
    from manysides.nlp.models import load_spacy

    text = ("Now, as a series of deadly fires rages, and this week's deadly conflagrations spread amid hot, dry "
            "conditions, stocks had their worst one-day percentage drop since 2008 and their worst days since 2008.")
    doc = load_spacy()(text)
    assert L.loaded_words(text, tags={t.idx: t.tag_ for t in doc}) == ()


def test_a_school_admitting_applicants_is_no_judgement_verb() -> None:
    """"deciding which applicants to admit", "the students it admits": a university admitting people,
    not an admission; "Students admitted cheating" still casts what was said as one."""
    text = "It decides which applicants to admit. The number of students it admits rose."
    tags = {text.index("admit."): "VB", text.index("admits"): "VBZ"}  # the parse's: verbs
    verbs = [e.text for e in L.loaded_words(text, max_spans=0, tags=tags) if "judgement verb" in (e.note or "")]
    assert verbs == []
    assert [e.text for e in L.loaded_words("Students admitted cheating on the test.")] == ["admitted"]


def test_loaded_words_of_an_embedded_post_are_the_accounts_not_the_outlets(model: SlantModel) -> None:
    """An embedded post is the account's statement: its loaded words are no longer listed as the
    outlet's (nor its phrases shown), as a quoted statement's; `statements=True` lists them, noted."""
    post = "These corrupt Democrats and their disgraceful lies are a disgrace"
    text = (f"The senator posted on Friday.\n\n{post} pic.twitter.com/abc123 — Jane Roe (@JaneRoe) May 13, 2019"
            "\n\nThe bishops rejected the outrageous remarks.")
    assert _loaded(text) == ["outrageous"]
    noted = {e.text: e.note for e in L.loaded_words(text, max_spans=0, statements=True)}
    assert "inside an embedded post" in noted["corrupt"] and "inside an embedded post" not in noted["outrageous"]
    a, b = text.index(post), text.index(post) + len(post)
    shown = [e for e in model.score(text)[0].evidence if e.kind in ("phrase", "loaded", "sentence")]
    assert not any(a <= e.start and e.end <= b for e in shown), shown


def test_a_judgement_verb_inside_reported_speech_is_the_speakers(model: SlantModel) -> None:
    """"Smith said critics slammed the plan": the verb is Smith's account of the critics, reported by
    the outlet; the outlet's own "Aides blasted the plan" stays."""
    text = "Smith said critics slammed the plan as a giveaway. Aides later blasted the plan."
    a, b = text.index("critics"), text.index("giveaway") + len("giveaway")
    verbs = lambda **kw: [e.text for e in L.loaded_words(text, max_spans=0, **kw)  # noqa: E731
                          if "judgement verb" in (e.note or "")]
    assert verbs() == ["slammed", "blasted"]
    assert verbs(speech=[(a, b)]) == ["blasted"]
    # the phrase and sentence evidence read the verb as the list does
    narrated = S._Narration(text, [(a, b)])
    s = text.index("slammed")
    assert not S._loaded_in(text, s, s + 7, None, narrated)
    s = text.index("blasted")
    assert S._loaded_in(text, s, s + 7, None, narrated)
    q = Quote(text=text[a:b], speaker="Smith", cue="said", start=a, end=b, direct=False, speaker_kind="person")
    loaded = [e.text for e in model.score(text, quotes=[q])[0].evidence if e.kind == "loaded"]
    assert "slammed" not in loaded and "blasted" in loaded
    assert model.score(text, quotes=[q])[0].score == model.score(text)[0].score
