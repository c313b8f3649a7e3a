"""The judged label files name sentences by `sentence_key`: words kept, quotation marks not."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from shared_points_pairs import pair_key, sentence_key  # noqa: E402


def test_a_closing_mark_moved_to_the_sentence_it_closes_keeps_both_keys():
    # the splitter gave the mark to the next sentence; session 27's spans give it back
    before = ['The senator said the bill was "a hard-fought win.',
              '" Republican officials said they would vote no.']
    after = ['The senator said the bill was "a hard-fought win."', "Republican officials said they would vote no."]
    assert [sentence_key(t) for t in before] == [sentence_key(t) for t in after]
    assert pair_key(*before) == pair_key(*after)


def test_curly_and_single_quotation_marks_and_spaces_do_not_matter():
    assert sentence_key("“We will win,” he said.") == sentence_key('"We will win," he  said.')
    assert sentence_key("He called it ‘a disgrace’ on Friday.") == sentence_key("He called it a disgrace on Friday.")


def test_different_words_give_different_keys():
    assert sentence_key("The House passed the bill on Friday.") != sentence_key("The Senate passed the bill on Friday.")
    assert sentence_key("He said 300 people died.") != sentence_key("He said 30 people died.")
    # an apostrophe inside a word is part of it
    assert sentence_key("It's the law.") != sentence_key("Its the law.")
    assert sentence_key("Trump’s aides left.") != sentence_key("Trump aides left.")


def test_a_sentence_without_quotation_marks_keeps_its_first_key():
    text = "The  committee voted 12-9 to advance the nomination."
    assert sentence_key(text) == hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
