"""BASIL's loaded spans its annotators did not mark, read with the parse on the tuning half (session 34): a lawsuit's,
a report's or a document's claim ("a lawsuit claiming"), a judgement verb in the clause a charge or a report states
("charges that he demonized"), a characterisation a verb gives "as" ("praised him as a careful judge") and
"enthusiastic" (how keen the people it is said of are). Invented sentences, with and without word classes."""

from __future__ import annotations

from manysides.nlp import slant_loaded as L
from manysides.nlp.models import load_spacy
from manysides.nlp.slant_verbs import verb_at


def _loaded(text: str, tags: bool = False, **kw) -> list[str]:
    t = {tok.idx: tok.tag_ for tok in load_spacy()(text)} if tags else None
    return [e.text for e in L.loaded_words(text, max_spans=0, tags=t, **kw)]


def test_a_documents_claim_is_its_claim() -> None:
    """A lawsuit, a report or a study "claims" what it states: the plain word for a filing's or a paper's content."""
    plain = ("Farmers filed a lawsuit in federal court on Monday, claiming that the new dam harms their crops. "
             "The union pushed back on a report claiming its members were dropping their demands. "
             "The complaint, filed Monday in state court, claimed the landlord kept the deposits. "
             "A study that claimed coffee prevents colds was withdrawn.")
    assert _loaded(plain) == []
    assert _loaded(plain, tags=True) == []
    # two states, a federal lawsuit and an abbreviation between the filing and the claim
    text = "Two states filed a federal lawsuit in the U.S. Supreme Court on Thursday, claiming that the law is void."
    assert _loaded(text) == []
    text = "The lawsuit claims that the county ignored the warnings."
    assert verb_at(text, text.index("claims"), text.index("claims") + 6, "VBZ") is None


def test_a_persons_claim_still_counts() -> None:
    """A person's claim is still cast in doubt by "claimed", next to a report or after filing a lawsuit."""
    assert _loaded("The senator claimed that the county ignored the warnings.") == ["claimed"]
    assert _loaded("In the report, officials claimed the road was safe.") == ["claimed"]
    assert _loaded("The mayor, who filed a lawsuit last year, claimed on Tuesday that the council lied.") == ["claimed"]
    assert _loaded("The governor is on the attack, claiming in a new ad that the mayor lied.") == ["claiming"]


def test_a_verb_in_a_charge_is_the_charges_word() -> None:
    """"Responding to charges that he demonized farmers": the act the charge tells of, in its words; the same verb in
    the outlet's narration counts."""
    assert _loaded("Responding to charges that he demonized farmers, the governor said he respects them.") == []
    assert _loaded("The chief resigned amid reports that he lashed out at aides.", tags=True) == []
    assert _loaded("The governor demonized farmers in his speech.") == ["demonized"]
    assert _loaded("The governor, who demonized farmers, resigned.", tags=True) == ["demonized"]
    # the charge's clause ends at a comma or an "and": the outlet's narration goes on
    assert _loaded("Despite allegations that the mayor used the fund as leverage, she has repeatedly insisted that she "
                   "did nothing wrong.") == ["insisted"]
    assert _loaded("He repeated unproven claims that the judge had conflicts and claiming that he was a victim.") == [
        "claiming"]


def test_a_characterisation_given_as_is_the_subjects() -> None:
    """"Two former clerks praised her as a fair and careful judge", "denounced the plan as ... cruel": the subject's
    characterisation, as "described as" is; in the passive, or the outlet's own adjective, it counts."""
    assert _loaded("Two former clerks praised her as a fair and careful judge.", verbs=False) == []
    assert _loaded("Union leaders denounced the plan as costly and cruel.", verbs=False) == []
    assert _loaded("She was praised as a careful judge.", verbs=False) == ["careful"]
    assert _loaded("The careful judge praised the jury.", verbs=False) == ["careful"]
    # a noun before "as" is no verb: "attacks on officers as hate crimes" classes the attacks
    assert _loaded("The law classes physical attacks on officers as vicious crimes.", verbs=False) == ["vicious"]


def test_enthusiastic_is_how_keen_they_are() -> None:
    """"one of the most enthusiastic users of the forum", "an enthusiastic crowd": the keenness they show."""
    assert _loaded("The mayor is one of the city's most enthusiastic users of the forum. "
                   "She spoke to an enthusiastic crowd.", tags=True) == []
    assert _loaded("The enthusiastic mayor gave a disgusting speech.", tags=True) == ["disgusting"]


def test_a_negated_judgement_verb_casts_nothing() -> None:
    """"spent not bemoaning his rivals", "did not slam the plan", "never claimed": a denial of the act, not a
    characterisation of what the subject said; "not only slammed" still counts."""
    assert _loaded("The speech was spent not bemoaning his rivals but praising his allies.") == []
    assert _loaded("The mayor did not slam the plan, and she never claimed it would work.", tags=True) == []
    assert _loaded("The mayor not only slammed the plan but left the room.") == ["slammed"]
