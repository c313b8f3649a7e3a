"""Speakers reviews 18 and 19 left wrong, each by its general cause (docs/quotes.md, "Reviews 18 and 19's
speakers"); invented sentences of the same shapes."""

from __future__ import annotations

import pytest

from quote_helpers import speakers_of as _speakers

pytestmark = pytest.mark.models


def _retyped(text, name, label):
    """Parse `text` with the small model, then type `name` as `label` (the mistyping the review saw in the
    articles' context, which a short invented sentence does not reproduce): its quotes and reports."""
    from spacy.tokens import Span

    from manysides.nlp.entities import extract_entities
    from manysides.nlp.indirect import extract_indirect
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    doc = load_spacy()(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label=label)]
    entities = extract_entities(doc)
    direct = extract_quotes(doc, entities)
    return entities, direct, extract_indirect(doc, entities, direct)


def test_a_name_typed_a_body_that_ends_a_title_with_a_body_is_the_holder_for_a_later_she():
    text = ("U.S. ambassador to the United Nations Karen Whitcombe said on Monday the government was ready to "
            "send more doctors.\n\n"
            "\"We are prepared to do more, but we hope it will not be needed,\" she told the assembly.")
    entities, direct, _ = _retyped(text, "Karen Whitcombe", "ORG")
    assert ("Karen Whitcombe", "PERSON") in [(e.name, e.type) for e in entities]
    assert [q.speaker for q in direct] == ["Karen Whitcombe"]


def test_a_surname_typed_a_place_with_a_persons_noun_beside_it_is_a_person():
    text = ("But Martin Kessler, special counsel to the assistant attorney general, argued that the "
            "president has the final say over the border.")
    entities, _, reported = _retyped(text, "Kessler", "GPE")
    assert ("Kessler", "PERSON") in [(e.name, e.type) for e in entities]
    assert [q.speaker.split()[-1] for q in reported] == ["Kessler"]
    # a place in apposition to a place stays one
    entities, _, _ = _retyped("They moved to Kessler, a small town near the border, last year.", "Kessler", "GPE")
    assert ("Kessler", "GPE") in [(e.name, e.type) for e in entities]


def test_a_surname_with_a_curly_apostrophe_joins_the_first_name(speech):
    text = ("“The party is changing before our eyes,” says Republican strategist Ford O’Connell.\n\n"
            "“Voters know this and want something new,” Mr. O’Connell says.")
    direct, _ = speech(text)
    assert [q.speaker for q in direct] == ["Ford O’Connell", "Ford O’Connell"]


def test_a_works_title_after_its_noun_is_no_quote(speech):
    text = ("“This government is in love with hard power,” says Nadim Haddad, author of the book, "
            "“Syria: A Short History.”")
    direct, _ = speech(text)
    assert [q.text for q in direct] == ["This government is in love with hard power"]


def test_a_gerund_subject_is_no_cue_and_a_guarantee_is_its_owners_words(speech):
    text = ("The court held that denying the permits to the families violates the Constitution’s guarantee of "
            "“equal protection of the laws.”")
    direct, _ = speech(text)
    assert [(q.speaker, q.speaker_kind) for q in direct] == [("Constitution", "document")]


def test_of_a_cues_two_subjects_the_one_after_as_speaks(speech):
    direct, _ = speech('As the news spread, police in riot gear crowded downtown Denver as protesters shouted "no '
                       'justice, no peace," and broke a window of a bank.')
    assert [q.speaker for q in direct] == ["protesters"]


def test_that_judge_is_the_judge_the_next_sentences_name(speech):
    text = ("The ruling differs from that of a federal judge in Denver, who upheld the rule last month.\n\n"
            "That judge said the companies have no right to a hearing before the agency acts.\n\n"
            "“The agency did what the statute asks of it,” Judge Maria T. Calloway wrote.")
    _, reported = speech(text)
    assert [q.speaker for q in reported] == ["Maria T. Calloway"]


def test_a_report_inside_what_others_suppose_is_no_statement(speech):
    _, reported = speech("Some analysts suspect that the mayor believed the council deserved a rebuke for its "
                         "handling of the budget.")
    assert reported == []
    text = ("Observers were convinced that Judge Tom Reyes would join the two other judges in concluding that the "
            "law does not allow cities to ban the sales.")
    _, reported = speech(text)
    assert reported == []
    # a report of the speaker's own stays
    _, reported = speech("The mayor believed the council deserved a rebuke for its handling of the budget.")
    assert [q.speaker for q in reported] == ["The mayor"]


def test_a_participle_inferring_from_a_deed_is_no_statement(speech):
    _, reported = speech("Smith did not sign the letter, suggesting perhaps that the senator was unwilling to "
                         "break with his party.")
    assert reported == []
    # a doer's own suggestion stays theirs
    _, reported = speech("Smith has tried to use the vote as leverage in the talks, suggesting the council might "
                         "drop the plan if the union offers better terms.")
    assert [q.speaker for q in reported] == ["Smith"]
