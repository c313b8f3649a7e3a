"""Review 17: slant evidence of words neutral in their sense there ("violent" attacks, "striking"
workers, reports that "turn out to be wrong"), of a slogan's name, and of a speaker's words reported."""

from __future__ import annotations

import pytest

from manysides.nlp import slant as S
from manysides.nlp import slant_loaded as L


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_violent_acts_and_striking_workers_are_described_not_judged() -> None:
    """"five other violent attacks", "violent protests", "the protests turned violent" describe what
    happened; "the striking workers" are on strike. "violent rhetoric" and "a striking image" still count."""
    plain = ("The attack follows five other violent attacks. Some events brought violent protests outside. "
             "Later the protests turned violent. The union representing the striking workers reached a deal, "
             "and the team was within striking distance.")
    assert _loaded(plain) == []
    assert _loaded("He used violent rhetoric. In a striking image, he attacked the process.") == ["violent", "striking"]


def test_wrong_as_found_incorrect_or_the_mistaken_pick_is_plain() -> None:
    """A caution that reports "will turn out to be wrong", a forecast that "proved wrong", "probably the
    wrong comparison": whether something is correct, or the mistaken one of several. "He was wrong
    about it" and "on the wrong side of history" still judge."""
    plain = ("Some things that get reported will later turn out to be wrong. The forecast proved wrong. "
             "But Aristotle is probably the wrong comparison.")
    assert _loaded(plain) == []
    assert _loaded("He was wrong about it.") == ["wrong"]
    assert _loaded("They are on the wrong side of history.") == ["wrong"]


def test_successful_reports_an_outcome() -> None:
    """"the successful presidential campaign of George H.W. Bush", "a successful local TV producer"."""
    assert L.rated_loaded("successful") is None
    assert _loaded("He was a key player in the successful presidential campaign. A successful producer, he "
                   "led it.") == []


def test_a_quotation_in_title_case_is_a_name() -> None:
    """A slogan quoted in title case ("Fair and Balanced", "We Report, You Decide") names the slogan; the
    same word in the narration ("a fair hearing") or a quoted sentence's first word still counts."""
    text = 'With slogans like "Fair and Balanced" and “We Report, You Decide,” the channel grew.'
    assert _loaded(text) == []
    assert L.titled_quote(text, text.index("Fair"))
    s = text.index("Fair")
    assert not S._loaded_in(text, s, s + 4)  # the phrase evidence reads it as a name too
    assert _loaded("She asked for a fair hearing.") == ["fair"]
    assert not L.titled_quote('He said: "Fair enough, the vote was close."', 10)


def test_a_characterisation_a_naming_verb_reports_is_the_speakers() -> None:
    """"What Pelosi called a sad and solemn moment", "critics called the plan an outrageous giveaway":
    the subject's words, reported; the outlet's own naming ("can only be called a sad spectacle",
    "the so-called fair tax") and a word of the object ("called the disgraceful ... a scheme") stay."""
    text = ("What Pelosi called a sad and solemn moment for the country unfolded. Critics called the plan an "
            "outrageous giveaway, and she described the vote as a cruel day.")
    assert _loaded(text) == []
    assert "sad" in _loaded(text, statements=True)  # the speaker's words, listed on request
    s = text.index("sad")
    assert not S._loaded_in(text, s, s + 3, None, S._Narration(text))
    assert _loaded("It can only be called a sad spectacle.") == ["sad"]
    assert _loaded("Pelosi called on lawmakers to pass a fair bill.") == ["fair"]
    # a quoted fragment stays the outlet's pick, noted as quoted
    quoted = [e for e in L.loaded_words("Collins called it “just plain wrong” on Friday.") if e.text == "wrong"]
    assert quoted and "inside a direct quote" in (quoted[0].note or "")


@pytest.mark.models
def test_a_report_holding_a_quoted_fragment_is_reported_speech(speech) -> None:
    """"Mrs. Pelosi said it's not a fair process as McConnell is ... “in cahoots” with the White House":
    a phrase picked out of the speaker's words leaves the report hers (its "fair" is then hers); a
    report holding a quoted sentence is left to the direct quote path."""
    text = ("Mrs. Pelosi said it’s not a fair process right now as Majority Leader Mitch McConnell is "
            "coordinating and “in cahoots” with the White House.")
    _, reported = speech(text)
    assert [(q.speaker, q.text[:22]) for q in reported] == [("Pelosi", "it’s not a fair proces")]
    q = reported[0]
    assert "fair" not in _loaded(text, speech=[(q.start, q.end)])
    _, longer = speech("Mrs. Pelosi said the process is “not fair to the country or to the people we serve” "
                       "and left the room.")
    assert all("not fair to the country" not in r.text for r in longer)


@pytest.mark.models
def test_a_report_before_another_speakers_tag_is_not_the_first_cues(speech) -> None:
    """"..., where a new poll found 49 percent support him, political warfare is having a “boomerang
    effect” on Democrats, said Mark Rountree": the sentence is the tag's speaker's, not the poll's
    finding run on into his words (the parse hung them under "found")."""
    text = ("In Georgia, where a new statewide poll found 49 percent say they support confirming the judge, "
            "political warfare over Kavanaugh's fate is having a boomerang effect on Democrats, said Mark "
            "Rountree, a GOP strategist.")
    _, reported = speech(text)
    assert not any("boomerang" in q.text and q.speaker != "Mark Rountree" for q in reported), reported
    _, plain = speech("Mayor Jane Okafor said the new bridge would open to traffic in March, and the council agreed.")
    assert [q.speaker for q in plain] == ["Jane Okafor"]
    # a main verb after a relative clause is no tag: the relative clause's report stays
    _, relative = speech("Only Peterson and Van Drew, who signaled he would soon switch parties, said they were "
                         "opposed to impeachment altogether.")
    assert any(q.text == "he would soon switch parties" for q in relative), relative
    # nor is "told" with its addressee ("the woman who first told CNN that ..., told CNN she was ...")
    _, told = speech("Lindsay Menz, the woman who first told CNN that Franken groped her at a state fair in 2010, "
                     "told CNN she was disappointed.")
    assert any(q.text.startswith("Franken groped her") for q in told), told


def test_a_quoted_fragment_inside_reported_speech_is_the_speakers() -> None:
    """Reports may hold a quoted fragment ("he said he would be “proud” to take responsibility"): the
    sentence gives the fragment to the speaker as it does the report's unquoted words (review 18 judged
    sessions 27-29's listing of it, noted as quoted, wrong), while a fragment outside reported speech
    (scare quotes) stays the outlet's pick, listed and noted."""
    text = "Trump said he would be “proud” to shut the government and that the plan was reckless and cruel."
    a = text.index("he would")
    speech = [(a, len(text) - 1)]
    assert L.loaded_words(text, max_spans=0, speech=speech) == ()
    narrated = S._Narration(text, speech)
    for word in ("proud", "cruel"):
        s = text.index(word)
        assert narrated.spoken(s, s + len(word))
    scare = "The Senate passed the “cruel” plan on Tuesday."
    found = {e.text: e.note for e in L.loaded_words(scare, max_spans=0)}
    assert "inside a direct quote" in (found["cruel"] or "")
    assert not S._Narration(scare).spoken(scare.index("cruel"), scare.index("cruel") + 5)
