"""Session 40's "only one outlet reports" rule (review 27): a pointer to a link the saved text lost."""

from manysides.compare._text import is_boilerplate
from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_fixture

LEAD_A = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
LEAD_B = ("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead")
OTHER = ("Ferry crews waited for the wind to drop before sailing.", "b-wait")
ORTIZ = ("Dana Ortiz", "Dana Ortiz", "PERSON")
BOARD = ("the Port Alma Harbour Board", "Port Alma Harbour Board", "ORG")


def _listed(sentence, entities=(ORTIZ, BOARD)):
    a = Draft("a", "Radio Coast", [LEAD_A, (sentence, "a-item")], entities=list(entities))
    b = Draft("b", "B", [LEAD_B, OTHER])
    fx = make_fixture([a, b])
    return sentence in {u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)}


def test_a_pointer_to_a_lost_link_is_no_item():
    """NPR's live page: "Bernanke is speaking to the Senate Banking, Housing & Urban Affairs Committee, which is
    webcasting the hearing here." (review 27) points to a link the saved text lost, as do "Watch the exchange here."
    and "The full report can be read here.": furniture. A speaker's "here" (inside quotation marks), a place ("We
    can find common ground here", "the ferries sank here") and "See, ..." opening a remark stay."""
    assert not _listed("Dana Ortiz is speaking to the Port Alma Harbour Board, which is webcasting the meeting here.")
    assert not _listed("Watch Dana Ortiz's exchange with the Port Alma Harbour Board here.")
    assert not _listed("The Port Alma Harbour Board's full report on the storm can be read here.")
    assert not _listed("You can listen to the interview with Dana Ortiz of the Port Alma Harbour Board here:")
    assert is_boilerplate("The board's new ferry rules, which take effect in May, are available here.")
    # stays: a speaker's words, a place, a remark
    assert _listed("\"The Port Alma Harbour Board is streaming the meeting here,\" Dana Ortiz said at the docks.")
    assert _listed("Dana Ortiz said the Port Alma Harbour Board can find common ground here.")
    assert _listed("Dana Ortiz said three ferries of the Port Alma Harbour Board sank right here.")
    assert not is_boilerplate("See, I just want the ferries out of here before the next storm.")
    assert not is_boilerplate("The harbour board said an endless stream of boats had sheltered here.")


def test_a_sentence_the_article_repeats_is_one_item():
    """A page that prints one sentence twice or more (a pull quote kept in full, a paragraph the saved page
    doubled) lists it once among "only one outlet reports": the user reads one fact, not three (the session 40
    audit's test page repeated its paragraph four times and listed its sentence three times). The control: two
    different sentences of the article both stay."""
    item = "Dana Ortiz said the Port Alma Harbour Board will vote on a new breakwater in March."
    other = "The Port Alma Harbour Board hired 40 extra dock workers for the winter, Dana Ortiz said."
    a = Draft("a", "Radio Coast", [LEAD_A, (item, "a-item"), (item, "a-item"), (other, "a-other"), (item, "a-item")],
              entities=[ORTIZ, BOARD])
    b = Draft("b", "B", [LEAD_B, OTHER])
    fx = make_fixture([a, b])
    texts = [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors, per_article=5)]
    assert texts.count(item) == 1
    assert texts.count(other) == 1


def test_a_sentence_the_article_prints_inside_a_longer_one_is_no_second_item():
    """A quotation the article tells with its speaker and prints again alone (the embedded post or the pull quote
    repeating it, with or without its marks) is one statement: the longer sentence is the item, the bare copy is
    none (review 30: ABC's '... saying "it would be a very big deal to beat the machine."' and '"It would be a very
    big deal to beat the machine."' listed as two items). The control: a sentence sharing only part of its words
    with a longer one stays."""
    told = ("Dana Ortiz told the Port Alma Harbour Board on Monday that \"the new breakwater will save the whole "
            "ferry fleet from winter storms.\"")
    bare = "\"The new breakwater will save the whole ferry fleet from winter storms.\""
    again = "The new breakwater will save the whole ferry fleet from winter storms."
    other = "Dana Ortiz said the breakwater will cost the Port Alma Harbour Board 40 million dollars by 2030."
    a = Draft("a", "Radio Coast", [LEAD_A, (told, "a-told"), (bare, "a-bare"), (other, "a-other"), (again, "a-bare")],
              entities=[ORTIZ, BOARD])
    b = Draft("b", "B", [LEAD_B, OTHER])
    fx = make_fixture([a, b])
    texts = [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors, per_article=5)]
    assert told in texts
    assert bare not in texts and again not in texts
    assert other in texts
