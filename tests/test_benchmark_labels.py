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


def test_a_raw_lead_with_its_dateline_is_keyed_as_the_sentence_cleaning_leaves():
    """`scripts/rekey_raw_labels.py`: readers judged some sentences as the raw text gave them, with the dateline
    that cleaning removes; the same words after it are the same sentence. A title line, which no sentence says,
    and a sentence split in two are not re-keyed."""
    sys.path.insert(0, str(BENCH.parent / "scripts"))
    from rekey_raw_labels import new_key, raw_stretches
    from rekey_labels import exact_key

    now = ["President Trump on Friday reversed the decision to allow imports of elephant trophies.",
           "The ban stays for now."]
    assert new_key("WASHINGTON — " + now[0], now) == sentence_key(now[0])
    assert new_key("AUGUSTA, Me. — " + now[0], now) == sentence_key(now[0])
    assert new_key("Be smart: " + now[0], now) == sentence_key(now[0])
    assert new_key('"' + now[1] + '"', now) == sentence_key(now[1])
    assert new_key("Trump Keeps Ban on Elephant Trophies", now) is None
    assert new_key("A long opening clause that is more than a dateline — " + now[0], now) is None
    assert new_key(now[1] + " " + now[0], now) is None
    raw = "Trump Keeps Ban\n\nWASHINGTON — " + now[0] + " " + now[1]
    want = exact_key("WASHINGTON — " + now[0])
    assert raw_stretches(raw, {want, exact_key("Trump Keeps Ban")}) == {
        want: "WASHINGTON — " + now[0], exact_key("Trump Keeps Ban"): "Trump Keeps Ban"}


def test_a_widened_item_is_judged_by_what_its_sentences_labels_say_of_it():
    """unique_items.py: an item listed from where its quotation opens ('"The port will stay shut. We have no
    choice," the mayor said.', where the readers judged its sentences apart, if at all) is a text no reader
    labelled: own when a sentence of it is judged own (it reports what that sentence does), elsewhere when every
    sentence is judged elsewhere, else not judged. A detail is looked up under any of its sentences."""
    import unique_items as U

    head, tail = "\u201cThe port will stay shut for a week.", "We have no choice,\u201d the mayor of Dunmore said."
    item = {"event": "e1", "text": f"{head} {tail}", "parts": [head, tail], "details": ["Dunmore"]}
    own, elsewhere = ("e1", sentence_key(tail)), ("e1", sentence_key(head))
    assert U.judged(item, {own: "own"}) == ("own", "sentences")
    assert U.judged(item, {own: "own", elsewhere: "elsewhere"}) == ("own", "sentences")
    assert U.judged(item, {own: "elsewhere", elsewhere: "elsewhere"}) == ("elsewhere", "sentences")
    assert U.judged(item, {elsewhere: "elsewhere"}) == ("not judged", "partly")
    assert U.judged(item, {}) == ("not judged", "unseen")
    assert U.judged(item, {own: "own", ("e1", sentence_key(item["text"])): "elsewhere"}) == ("elsewhere", "text")
    single = {"event": "e1", "text": head, "parts": [head], "details": []}
    assert U.judged(single, {}) == ("not judged", "unseen")
    details = {("e1", sentence_key(tail), sentence_key("Dunmore")): "new"}
    assert U.detail_label(item, "Dunmore", details) == "new"
