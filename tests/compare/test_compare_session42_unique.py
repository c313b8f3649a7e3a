"""Session 42's "only one outlet reports" rules (helper C, review 28): one name two outlets write two ways, learnt
from a shared point's one slot, and a name whose words a sentence on its topic giving its count holds. All sentences
invented."""

from manysides.compare.unique import slot_aliases, unique_points
from manysides.records import Evidence, SharedPoint

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The Greens won 40 seats to the Liberty Front's 31 in Sunday's election.", "lead")
LEAD_B = ("With most ballots counted, the Greens are set to take 40 seats to the Liberty Alliance's 31 in the "
          "election.", "lead")
CLAIMS_A = [("40 seats", "greens seat", 40, "count", None, 40, 40), ("31", "liberty front", 31, "count", None, 31, 31)]
CLAIMS_B = [("40 seats", "greens seat", 40, "count", None, 40, 40),
            ("31", "liberty alliance", 31, "count", None, 31, 31)]


def _details(a_item, b_lead=LEAD_B, b_entities=(("Liberty Alliance", "Liberty Alliance", "ORG"),),
             b_claims=CLAIMS_B):
    a = Draft("a", "A", [LEAD_A, a_item], claims=CLAIMS_A,
              entities=[("Liberty Front", "Liberty Front", "ORG"), ("Mayor Ana Ruiz", "Ana Ruiz", "PERSON")])
    b = Draft("b", "B", [b_lead, ("Mayor Ana Ruiz voted early on Sunday morning in the old town.", "b-vote")],
              claims=list(b_claims), entities=[*b_entities, ("Mayor Ana Ruiz", "Ana Ruiz", "PERSON")])
    fx = make_fixture([a, b])
    ta, tb = fx.article("A").text, fx.article("B").text
    point = SharedPoint(LEAD_A[0], ("a", "b"), (Evidence("a", 0, len(LEAD_A[0]), LEAD_A[0]),
                                                Evidence("b", 0, len(b_lead[0]), b_lead[0])))
    assert ta.startswith(LEAD_A[0]) and tb.startswith(b_lead[0])
    return {d.text for u in unique_points(fx.articles, fx.annotations, fx.vectors, shared=[point])
            if u.article == "a" for d in u.details}


def test_a_name_two_outlets_write_in_one_slot_of_a_shared_point_is_one_name():
    """Review 28: Politico's "Zionist Union" and the Monitor's "Zionist Camp" name one party; the shared point pairs
    "Likud secured ... 30 seats to the Zionist Union's 24" with "Likud is projected to get 30 seats to the Zionist
    Camp's 24", and Politico's sentences naming the "Zionist Union" were listed for that name. Two names sharing a
    word, written in the same slot of one shared point's two sentences (the same words before and after), are one
    name told two ways. The controls: names in different slots, or sharing no word, stay two names."""
    item = ("Mayor Ana Ruiz had hoped for a pact between the Greens and the Liberty Front before the vote.", "a-pact")
    assert "Liberty Front" not in _details(item)
    # controls
    other_slot = ("Turnout was low, and the Liberty Alliance's leader conceded the election on Sunday night.", "lead")
    assert "Liberty Front" in _details(item, other_slot, b_claims=())
    no_word = ("With most ballots counted, the Greens are set to take 40 seats to the Unity Bloc's 31 in the "
               "election.", "lead")
    assert "Liberty Front" in _details(item, no_word, (("Unity Bloc", "Unity Bloc", "ORG"),))


def test_slot_aliases_need_the_same_words_on_both_sides():
    """The rule's core: the two names, their sentences' words around them alike, each maps to the other."""
    def point(x, y):
        return SharedPoint(x, ("a", "b"), (Evidence("a", 0, len(x), x), Evidence("b", 0, len(y), y)))

    assert slot_aliases([point(LEAD_A[0], LEAD_B[0])]) == {"liberty front": frozenset({"liberty alliance"}),
                                                          "liberty alliance": frozenset({"liberty front"})}
    assert slot_aliases([point(LEAD_A[0], "The Greens won 40 seats, the Liberty Alliance 31, in Sunday's vote.")]) == {}


def test_a_name_whose_words_a_sentence_giving_its_count_holds_is_no_new_name():
    """Review 28: Politico's "The joint Arab List came in third with 14 seats ..." was listed for "Arab List" beside
    the Monitor's "The Joint List, a bloc of Arab parties, made history by becoming the third-largest bloc ..., with 14
    seats". A name of two words or more whose words all stand capitalised in one sentence of another outlet on its
    topic, a sentence that gives one of its counts with the word counted, is that outlet's name told otherwise. The
    controls: the other sentence without the count, or without one of the name's words, leaves it a new name."""
    def details(b_sentence, b_claims):
        a = Draft("a", "A", [("The storm of votes ended on Sunday night.", "lead"),
                             ("The united Harbor List came in third with 12 seats, its best result yet.", "a-third")],
                  claims=[("12 seats", "harbor list seat", 12, "count", None, 12, 12)],
                  entities=[("Harbor List", "Harbor List", "ORG")])
        b = Draft("b", "B", [("The storm of votes ended on Sunday night.", "lead"), (b_sentence, "b-third")],
                  claims=b_claims, entities=[("United List", "United List", "ORG")])
        fx = make_fixture([a, b])
        make_alike(fx, "a", 1, "b", 1, 0.6)
        return {d.text for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"
                for d in u.details}
    twelve = [("12 seats", "seat", 12, "count", None, 12, 12)]
    assert "Harbor List" not in details("The United List, an alliance of Harbor parties, finished third with 12 "
                                        "seats.", twelve)
    # controls
    assert "Harbor List" in details("The United List, an alliance of Harbor parties, finished third in the vote.",
                                    [])
    assert "Harbor List" in details("The United List, an alliance of coastal parties, finished third with 12 seats.",
                                    twelve)


def test_a_comment_not_yet_given_or_calls_unanswered_are_no_items():
    """Review 30: the Post's "Amazon has yet to comment on the reports." and the Guardian's "De Becker did not respond
    to calls and messages from the Guardian." were listed as news only they report: a comment not yet given, and a
    news outlet's calls unanswered (no "for comment" needed when a news outlet or "this newspaper" called), report
    nothing of the event. The controls: calls from residents unanswered, something else not yet done, and a response
    to a lawsuit not yet given stay."""
    def listed(sentence):
        a = Draft("a", "A", [("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead"),
                             (sentence, "a-item")], entities=[("Harbor Ferries", "Harbor Ferries", "ORG")])
        b = Draft("b", "B", [("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead"),
                             ("Ferry crews waited for the wind to drop before sailing.", "b-wait")])
        fx = make_fixture([a, b])
        return sentence in {u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)}
    assert not listed("Harbor Ferries has yet to comment on the reports of the stranded fleet.")
    assert not listed("A spokesman for Harbor Ferries did not respond to calls and messages from the Associated Press.")
    assert not listed("A spokesman for Harbor Ferries did not respond to repeated calls from this newspaper.")
    # stay
    assert listed("Harbor Ferries did not respond to calls from stranded passengers for more than two hours.")
    assert listed("Harbor Ferries has yet to refund the tickets of the stranded passengers.")
    assert listed("Harbor Ferries has yet to respond to the passengers' lawsuit in the county court.")
