"""A quotation mark stays with its sentence: the small parser made a straight closing mark before a paragraph
break a sentence of its own ('... don't profile.' | '"'), and now and then parted an opening mark at a line's start
from its words ('"' | 'Because the debate ...'); the quote, its claim and a shared point then held half a quote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _annotation(text):
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    art = Article(id="x", source="x.txt", outlet="O", url=None, title="T", byline=None, published=None,
                  language="en", text=text)
    return annotate(art, slant=False)


def _sentences(text):
    return [text[s.start:s.end].strip() for s in _annotation(text).sentences]


def test_a_closing_mark_before_a_paragraph_break_ends_its_sentence():
    text = ('The warden said his guards were trained to be fair, "and they don\'t play favourites."\n\n'
            'Governor Ann Hale also spoke about the prison.')
    assert _sentences(text) == [
        'The warden said his guards were trained to be fair, "and they don\'t play favourites."',
        "Governor Ann Hale also spoke about the prison."]


def test_marks_of_every_kind_at_a_lines_end_stay_with_their_sentence():
    for closing in ('."', '?"', '!"', ".\u201d", ".'\"", ". '\"", ' ."'):
        text = f'The mayor called the plan "a costly mistake{closing}\n\nThe council voted on Monday.'
        sents = _sentences(text)
        assert len(sents) == 2 and sents[0].endswith(closing.strip()[-1]), (closing, sents)
    # at the text's end too
    assert _sentences('She said the bridge was "finished."') == ['She said the bridge was "finished."']


def test_a_mark_opening_a_line_keeps_its_first_word():
    text = 'The union chair said:\n\n"Because the talks must go on. Members must stay calm."\n\nThe vote was held.'
    sents = _sentences(text)
    assert '"Because the talks must go on.' in sents and '"' not in sents


def test_no_sentence_is_a_lone_mark_and_quotes_keep_their_offsets():
    text = ('"We will rebuild the harbour," the minister said. "It will take two years."\n\n'
            '"The money is there," she added. "We start in May."\n\nFishermen were doubtful.')
    ann = _annotation(text)
    pieces = [text[s.start:s.end].strip() for s in ann.sentences]
    assert not any(set(p) <= set('"\u201d\'') for p in pieces), pieces
    assert pieces[1] == '"It will take two years."'
    # each quote lies within the text and inside one paragraph, as before
    assert ann.quotes and all("\n\n" not in text[q.start:q.end] for q in ann.quotes)


def test_controls_sentences_the_parse_cut_well_stay_cut():
    # a closing mark followed by more words on its line: the next sentence starts after it, as before
    assert _sentences('He said "it works." Then he left.') == ['He said "it works."', "Then he left."]
    # two quoted sentences of one paragraph stay two
    assert _sentences('"We are tired. We all are."\n\nThe rain went on.') == [
        '"We are tired.', 'We all are."', "The rain went on."]
    # a line that is only a quoted title stays its own sentence
    assert _sentences("The memo said they would pay.\n\n'A hard week'\n\nThe hearing began.") == [
        "The memo said they would pay.", "'A hard week'", "The hearing began."]
