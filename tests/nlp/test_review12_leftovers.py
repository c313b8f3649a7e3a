"""Quotes and reports review 12 left wrong (ANNOTATOR_VERSION 25), on invented news sentences:
what police "found" someone doing, a report nested in a sentence an inverted tag reports, a
denial shown as the claim denied, a slogan quoted in narration, a clause joined to another one,
"several" and "the person" as speakers, and whom something is told to as its speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def test_what_someone_was_found_doing_is_no_report(said):
    """Review 12: "police found Conditt leaving a hotel" was police reporting "Conditt leaving a
    hotel"."""
    text = ("Hours after he recorded the message, police found Hale leaving a motel. "
            "They followed him until he stopped on a highway.")
    assert not [q for q in said(text) if "leaving a motel" in q.text]


def test_an_inverted_tag_reports_its_whole_sentence(said):
    """Review 12: in "Authorities tracked him ... and, ultimately, surveillance video that revealed
    he'd delivered packages ..., officials said." the video was a speaker of its own."""
    text = ("Detectives tracked him to a farm near Lockhart, about 30 miles east of Austin, after reportedly "
            "identifying him using receipts, phone records and, ultimately, security camera footage that showed "
            "he had bought the parts at a hardware store, officials said.")
    quotes = said(text)
    assert [q.speaker for q in quotes] == ["officials"]
    assert quotes[0].text.endswith("bought the parts at a hardware store")


def test_a_denial_is_reported_as_a_denial(said, quote_of):
    """Review 12: "Bagheri ... denied Tehran was involved in the ship attacks" was shown as his
    words "Tehran was involved in the ship attacks"."""
    text = ("Gen. Omar Haddad, the chief of the country's army, denied the government was involved in the "
            "bombing, saying Monday the army would respond only if attacked.")
    q = quote_of(said(text), "the government was involved")
    assert (q.speaker, q.direct) == ("Omar Haddad", False)
    assert q.text == "denied the government was involved in the bombing"


def test_a_pledge_quoted_in_narration_is_its_authors(said, quote_of):
    """Review 12: "Democrats simply point to a key campaign pledge made by President Donald Trump to
    'drain the swamp.'" gave Trump's slogan to Democrats."""
    text = ("While critics argue the bill goes too far, Democrats simply point to a campaign pledge made by "
            "Governor Rita Hale to \"clean up the capitol.\"")
    assert quote_of(said(text), "clean up the capitol").speaker == "Rita Hale"
    text = "Critics mocked Mayor Rita Hale's promise to \"fix every pothole by June\" on Monday."
    assert quote_of(said(text), "fix every pothole").speaker == "Rita Hale"


def test_a_quote_in_a_joined_clause_is_that_clauses_subjects(said, quote_of):
    """Review 12: "The House passed a resolution ... to condemn '...,' and Pelosi made a point in her
    comments Friday to specifically thank freshman members for '...'" gave Pelosi's words to the
    House."""
    text = ("Senator Anne Walsh spoke on Friday.\n\nThe Senate passed a resolution Thursday to condemn "
            "\"hatred in all its forms,\" and Walsh made a point in her remarks Friday to thank new members for "
            "\"all the work they are doing for the state.\"")
    quotes = said(text)
    assert quote_of(quotes, "all the work they are doing").speaker == "Anne Walsh"
    assert quote_of(quotes, "hatred in all its forms").speaker == "Senate"


def test_several_is_the_group_it_counts(said, quote_of):
    """Review 11: "the rest of the GOP caucus voiced concern ..., and several claimed ..." gave a
    voice "several"."""
    text = ("Six Republicans voted with Democrats on Tuesday to advance the bill. But the rest of the GOP caucus "
            "voiced concern about the price of the plan, and several claimed Democrats were more interested in "
            "scoring points than anything else.")
    q = quote_of(said(text), "more interested in scoring points")
    assert (q.speaker, q.speaker_kind) == ("the GOP caucus", "group")


def test_whom_it_is_told_to_is_not_the_speaker():
    """Review 11: "..., an aide to the leader told CNN." with no subject in the parse (it hung the
    aide on the name before) made CNN the speaker of the sentence. The parse is given by hand: the
    small model makes it only in the article's longer sentence."""
    from spacy.tokens import Doc

    from manysides.nlp.entities import extract_entities
    from manysides.nlp.indirect import extract_indirect
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    rows = [  # word, head, dep, pos, tag, lemma, entity
        ("The", 1, "det", "DET", "DT", "the", "O"), ("ruling", 2, "nsubj", "NOUN", "NN", "ruling", "O"),
        ("came", 16, "ccomp", "VERB", "VBD", "come", "O"), ("as", 2, "prep", "ADP", "IN", "as", "O"),
        ("a", 5, "det", "DET", "DT", "a", "O"), ("surprise", 3, "pobj", "NOUN", "NN", "surprise", "O"),
        ("to", 5, "prep", "ADP", "IN", "to", "O"), ("Governor", 9, "compound", "PROPN", "NNP", "Governor", "O"),
        ("Paul", 9, "compound", "PROPN", "NNP", "Paul", "B-PERSON"),
        ("Dunmore", 6, "pobj", "PROPN", "NNP", "Dunmore", "I-PERSON"), (",", 9, "punct", "PUNCT", ",", ",", "O"),
        ("an", 12, "det", "DET", "DT", "an", "O"), ("aide", 9, "appos", "NOUN", "NN", "aide", "O"),
        ("to", 12, "prep", "ADP", "IN", "to", "O"), ("the", 15, "det", "DET", "DT", "the", "O"),
        ("governor", 13, "pobj", "NOUN", "NN", "governor", "O"), ("told", 16, "ROOT", "VERB", "VBD", "tell", "O"),
        ("CNN", 16, "dobj", "PROPN", "NNP", "CNN", "B-ORG"), (".", 16, "punct", "PUNCT", ".", ".", "O"),
    ]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))]
    doc = Doc(load_spacy().vocab, words=[r[0] for r in rows], spaces=spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], ents=[r[6] for r in rows])
    entities = extract_entities(doc)
    direct = extract_quotes(doc, entities)
    speakers = {q.speaker for q in direct + extract_indirect(doc, entities, direct)}
    assert "CNN" not in speakers
    assert "Paul Dunmore" not in speakers  # the aide is no appositive of the governor he speaks of


def test_the_person_is_the_unnamed_person_just_quoted(said, quote_of):
    """Review 11: "'...,' said the aide, who did not wish to be named. The person described the action
    as '...'" gave a voice "The person"."""
    text = ("The army \"took this action on its own,\" said an aide to the mayor. "
            "The person described the move as \"half a takeover of the state.\"")
    assert quote_of(said(text), "half a takeover").speaker == "an aide to the mayor"
