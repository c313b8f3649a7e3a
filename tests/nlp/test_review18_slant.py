"""Review 18: slant evidence of words neutral in their sense there (difficulty, a price, a policy's name, a
feeling said of someone, a bind), of a critic's reason reported, of plain senses of judgement verbs, and of a
speaker's words in quotations the outlet closes with "’’"."""

from __future__ import annotations

from manysides.nlp import slant as S
from manysides.nlp import slant_loaded as L
from manysides.nlp.quotes import find_quote_spans
from manysides.records import Quote


def _loaded(text: str, **kw) -> list[str]:
    return [e.text for e in L.loaded_words(text, max_spans=0, **kw)]


def test_difficulty_sensitivity_prominence_novelty_and_bustle_are_stated_not_judged() -> None:
    """"difficult votes" (as "hard" or "tough", which the lexicon does not rate), "a sensitive time for markets",
    "a prominent lawyer", "an unprecedented move", "the atmosphere was lively"."""
    text = ("It spares politicians difficult votes on debt. The shutdown came at a sensitive time for markets. "
            "Prominent lawyer Eric Guster said so. In an unprecedented move, the Corps released water. "
            "On Thursday, the atmosphere was lively across the country.")
    assert _loaded(text) == []
    assert all(L.rated_loaded(w) is None for w in ("difficult", "sensitive", "prominent", "unprecedented", "lively"))


def test_a_price_a_policys_name_and_harsh_words_are_plain() -> None:
    """"once-cheap older drugs", "getting those drugs for cheap", "expensive imports" state a price; "extreme
    vetting" names the policy, "extreme weather" a condition; "had harsh words for" is how criticism is reported.
    "a cheap shot", "extreme views", "a harsh attack" still count."""
    plain = ("Some companies bought up once-cheap older drugs. Other countries get those drugs for cheap. "
             "Expensive imports fell. The court blocked the extreme vetting order amid extreme weather. "
             "He had harsh words for his own party.")
    assert _loaded(plain) == []
    assert _loaded("It was a cheap shot from a man with extreme views, and a harsh attack on the press.") == [
        "cheap", "extreme", "harsh"]


def test_a_feeling_said_of_someone_and_a_bind_are_their_state() -> None:
    """"some newer nations are wary of giving up sovereignty", "lawmakers have grown anxious", "Democrats are
    unhappy that", "finds himself in the uncomfortable position of": what the people feel or face; "an angry
    mob", "an uncomfortable truth" still count."""
    plain = ("Some newer nations are wary of giving up more sovereignty. Some lawmakers have grown anxious. "
             "Democrats are unhappy that the deal passed. Corbyn finds himself in the uncomfortable position of a "
             "leader out of touch.")
    assert _loaded(plain) == []
    assert _loaded("An angry mob faced an uncomfortable truth.") == ["angry", "uncomfortable"]


def test_a_consequence_made_more_difficult_is_stated() -> None:
    """"made it impossible to" (review 16) with a comparative between: "makes it more painful for"."""
    assert _loaded("The new law will make it much more painful for families to appeal.") == []
    assert _loaded("The new law is painful for families.") == ["painful"]


def test_the_reason_a_critic_gives_is_the_critics() -> None:
    """"Paul slammed his colleagues for ... a lack of a fair and open process": the complaint reported, as a
    characterisation a naming verb reports is; the verb is the outlet's own judgement verb; a word of the next
    sentence is the outlet's again."""
    text = ('Paul slammed his colleagues for "hypocrisy" and lack of fiscal restraint, as well as a lack of a '
            "fair and open process. The deal was unfair.")
    assert _loaded(text) == ["slammed", "unfair"]
    assert _loaded("Critics slammed the agency over its cruel policy.") == ["slammed"]
    # "for" of another verb, or a word past the reason's clause, is the outlet's again
    assert _loaded("Groups applauded the reversal and called for cruel curbs.") == ["cruel"]
    assert _loaded("Groups applauded him for the reversal, which came after a cruel hunt.") == ["cruel"]
    s = text.index("fair and")
    assert S._loaded_in(text, s, s + 4) is False
    s = text.index("unfair")
    assert S._loaded_in(text, s, s + 6) is True


def test_admitting_refugees_and_sidestepping_a_fight_are_no_judgement_verbs() -> None:
    """"a halt to admitting any refugees", "the supreme court could sidestep controversy": letting people in,
    avoiding a fight; "sidestepped the question" still casts a response as evasion."""
    assert _loaded("It ordered a halt to admitting any refugees from Syria. The supreme court could also "
                   "sidestep controversy and defer an appeal.") == []
    assert _loaded("Trump sidestepped the question.") == ["sidestepped"]


def test_a_quotation_closed_with_two_single_marks_is_the_speakers() -> None:
    """Wire copy closing a quotation with "’’" (“... uncertainty,’’ Lynch said): the quotation is closed
    there, so its words are the speaker's and the next quotation opens at its own mark."""
    text = ("“These incidents have once again left Americans with feelings of sorrow,’’ Lynch said. “They have "
            "highlighted in the most vivid and painful terms the real divisions that persist.’’\n\nThe governor "
            "issued a statement.")
    spans = find_quote_spans(text)
    assert [text[q.start:q.end][:10] for q in spans] == ["These inci", "They have "]
    assert not any(q.unclosed for q in spans)
    assert text[spans[0].outer_end:].startswith(" Lynch said")
    assert _loaded(text) == []


def test_a_quoted_fragment_the_quote_stage_gives_a_speaker_is_the_speakers() -> None:
    """"Chief Jordan said the video ... was "very disturbing."", "Trump called the inquiry a “cruel” hunt": the quote
    stage gives the fragment to a speaker with a cue, so its words are the speaker's (`speaker_regions`), as reported
    speech's are (reviews 18-19); a fragment with no speaker (scare quotes) stays the outlet's pick, listed, noted."""
    text = ('Chief Jordan said the video was "very disturbing." Trump called the inquiry a “cruel” hunt. '
            'The “awful” plan passed.')

    def quote(word: str, speaker: str | None, cue: str | None) -> Quote:
        s = text.index(word)
        return Quote(word, speaker, cue, s, s + len(word))

    quotes = [quote("very disturbing.", "Chuck Jordan", "say"), quote("cruel", "Donald Trump", "call"),
              quote("awful", None, None)]
    speech = L.speaker_regions(quotes)
    assert speech == [(q.start, q.end) for q in quotes[:2]]
    found = {e.text: e.note for e in L.loaded_words(text, max_spans=0, speech=speech)}
    assert list(found) == ["awful"] and "inside a direct quote" in (found["awful"] or "")
    assert {"disturbing", "cruel"} <= {e.text for e in L.loaded_words(text, max_spans=0)}
