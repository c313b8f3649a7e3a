"""Session 47, the lead's fix after merging the helpers: a time mark inside a relative clause names no speaker."""

from manysides.nlp.entities import extract_entities
from manysides.nlp.quotes import extract_quotes


def _speakers(nlp, text):
    doc = nlp(text)
    return [(q.speaker, q.text) for q in extract_quotes(doc, extract_entities(doc))]


def test_relative_subject_keeps_its_speaker_past_a_time_mark(nlp):
    # "who before his retirement asked": the relative's "who" is the subject; the time phrase before the verb is
    # not (helper G's "After the chairman confirmed ..." rule had taken "his retirement")
    text = ("Then the trophy is taken by a younger rider called Tomas, who before his retirement asked Kell to give "
            "him a \"double share of your luck.\"")
    assert _speakers(nlp, text) == [("Tomas", "double share of your luck.")]
    # (the opening mark's case, "After the chairman ... confirmed ...", stays: test_quotes_session47_speakers_g.py)



def test_quote_paragraph_after_a_tag_that_lost_its_stop_is_the_taggers(nlp):
    # a narrative paragraph closed by ", Hale said" with no full stop is no headline: the quote paragraph after it is
    # Hale's (helper B's headline rule had left it with no speaker)
    text = ("Video appears to show the man running from the guards, said Tom Hale, head of the state police.\n\n"
            "While running, he appeared to point the device at the guards, Hale said\n\n"
            "\"At that point, the guard reaches down and draws his weapon, and the man goes down.\"")
    assert [s for s, _ in _speakers(nlp, text)] == ["Tom Hale"]


def test_quote_paragraph_after_a_headline_line_takes_no_speaker(nlp):
    # the control: a short line with no stop and no speech tag is a related story's headline
    text = ("The network fired its host on Wednesday, Tom Hale said.\n\n"
            "Jo Roe: Lee pinched her 'on the arm a lot'\n\n"
            "\"We are heartbroken for everyone involved and for our viewers at home.\"")
    assert all(s != "Jo Roe" for s, _ in _speakers(nlp, text))


def test_a_doers_own_signal_joined_by_and_stays_a_report(nlp):
    # "signaling" joined to the doer's deed by "and" (no comma) is what the doer signalled; helper G's rule reads a
    # comma-set ", signaling that ..." after a deed as the writer's inference, which the second sentence keeps
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.indirect import extract_indirect
    found = {}
    for text in ("Thwarted in its search for a deal, Norway, the largest producer, sharply changed course over the "
                 "weekend by cutting prices and signaling it will ramp up output.",
                 "Hale told lawmakers not to plan for the holiday, signaling that there may be no deal this year."):
        doc = nlp(text)
        ents = extract_entities(doc)
        found[text[:10]] = [r.speaker for r in extract_indirect(doc, ents, extract_quotes(doc, ents))]
    assert found["Thwarted i"] == ["Norway"]
    assert found["Hale told "] == []
