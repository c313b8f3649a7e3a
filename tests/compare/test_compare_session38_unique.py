"""Session 38's "only one outlet reports" rules (review 25): a sentence the splitter cut in two, a hospital named
with another word for its kind, an estimate of another outlet's exact count, a paraphrase whose only new figures
stand in an aside, and a broadcaster's note on where its own reporting aired."""

from manysides.compare._text import sentence_views
from manysides.compare.unique import _care_named_otherwise, unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
LEAD_B = ("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead")


def _items(fx):
    return {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors)}


def test_a_sentence_the_splitter_cut_after_its_first_word_is_one_sentence():
    """A part ending in a word with no stop, followed on its line by a part opening in lower case, is one sentence
    cut in two (review 25: a heading before it left "Law" alone, the item began "enforcement spent hours ..."): the
    parts are joined, the vector of the longer standing for the whole. A part ending in a stop, or a heading on a
    line of its own, stays apart."""
    rest = "pilots spent hours guiding 14 stranded ferries back to the docks after the storm."

    def texts(head):
        fx = make_fixture([Draft("a", "A", [LEAD_A, (head, "head"), (rest, "pilots")])])
        views, _ = sentence_views(fx.articles, fx.annotations, fx.vectors)
        return [v.text for v in views]

    assert texts("Harbour") == [LEAD_A[0], "Harbour " + rest]
    assert texts("Harbour crews left.") == [LEAD_A[0], "Harbour crews left.", rest]
    assert texts("Ferries Return\n") == [LEAD_A[0], "Ferries Return", rest]


def test_a_hospital_named_with_another_word_for_its_kind_is_no_new_name():
    """"Beth Israel Deaconess Hospital" beside another outlet's "Beth Israel Deaconess Medical Center" (review 25):
    the hospital's own name stands whole before another word for what it is. Another hospital of a name that begins
    the same ("Mercy Valley Children's Hospital") or the name alone stays a new name."""
    assert _care_named_otherwise("Mercy Valley Hospital", "He was treated at Mercy Valley Medical Center.")
    assert _care_named_otherwise("the Mercy Valley Medical Center", "taken to Mercy Valley hospital, police said")
    assert not _care_named_otherwise("Mercy Valley Hospital", "taken to Mercy Valley Children's Hospital")
    assert not _care_named_otherwise("Mercy Valley Hospital", "He lives in Mercy Valley, police said.")
    assert not _care_named_otherwise("Mercy Valley Hospital", "taken to North Mercy Valley Clinic")

    def listed(b_sentence, b_name):
        sentence = "After the rescue, the injured pilot was taken to Mercy Valley Hospital."
        a = Draft("a", "A", [LEAD_A, (sentence, "a-care")],
                  entities=[("Mercy Valley Hospital", "Mercy Valley Hospital", "ORG")])
        b = Draft("b", "B", [LEAD_B, (b_sentence, "b-care")], entities=[(b_name, b_name, "ORG")])
        fx = make_fixture([a, b])
        make_alike(fx, "a", 1, "b", 1, cosine=0.6)  # alike, no paraphrase: only a new name makes it an item
        return sentence in _items(fx)

    assert not listed("The pilot is being treated at Mercy Valley Medical Center, a spokeswoman said.",
                      "Mercy Valley Medical Center")
    assert listed("The pilot is being treated at St. Anne Medical Center, a spokeswoman said.",
                  "St. Anne Medical Center")


def test_an_estimate_holding_another_outlets_exact_count_of_one_word_is_no_new_figure():
    """"nearly 100 heads of state" beside another outlet's "91 heads of state" (review 25): the exact count,
    rounded and hedged. The counted word must agree ("91 troops" is another count), and the count lie in the
    estimate's interval ("85 heads of state" is not nearly 100)."""
    def listed(b_sentence, written, value):
        sentence = "Nearly 100 heads of state attended the ceremony at the harbour."
        a = Draft("a", "A", [LEAD_A, (sentence, "a-guests")],
                  claims=[("Nearly 100", "heads of state", 100, "count", "nearly", 90, 100)])
        b = Draft("b", "B", [LEAD_B, (b_sentence, "b-guests")],
                  claims=[(written, "guests", value, "count", None, value, value)])
        fx = make_fixture([a, b])
        make_alike(fx, "a", 1, "b", 1, cosine=0.6)
        return sentence in _items(fx)

    assert not listed("With 91 heads of state attending, security was tight.", "91", 91)
    assert listed("With 91 troops on guard, security was tight.", "91", 91)
    assert listed("With 85 heads of state attending, security was tight.", "85", 85)


def test_a_paraphrase_whose_only_new_figures_stand_in_an_aside_is_no_item():
    """A sentence another outlet paraphrases, whose only new figures stand in an appositive after a person's name
    ("John McCain, the maverick 80-year-old senator and 2008 Republican presidential nominee, cast the deciding
    vote ...") or between dashes ("elected at 78 - already the oldest in nearly 300 years - ..."; review 25), says
    who someone is beside a fact another outlet reports. A new figure in the clause itself still makes an item, so
    does one in a relative clause after the name ("who has led ... for 27 years": what they did), one dating a step
    in the appositive ("appointed mayor in March 2016", review 16) or between dashes ("— who joined the council in
    2011 —", review 13), and so does the aside in a sentence no other outlet paraphrases."""
    def listed(sentence, claims, cosine=0.75):
        a = Draft("a", "A", [LEAD_A, (sentence, "a-vote")],
                  entities=[("Tom Breck", "Tom Breck", "PERSON")], claims=claims)
        b = Draft("b", "B", [LEAD_B, ("The harbour budget passed after Mayor Tom Breck cast the deciding vote.",
                                      "b-vote")], entities=[("Tom Breck", "Tom Breck", "PERSON")])
        fx = make_fixture([a, b])
        make_alike(fx, "a", 1, "b", 1, cosine=cosine)
        return sentence in _items(fx)

    age = ("71-year-old", "Breck", 71, "years", None, 71, 71)
    year = ("1998", "nominee", 1998, "year", None, 1998, 1998)
    aside = "Tom Breck, the 71-year-old mayor and 1998 party nominee, cast the deciding vote on the harbour budget."
    assert not listed(aside, [age, year])
    dashed = "The harbour budget passed - the first in nearly 40 years - after Tom Breck cast the deciding vote."
    assert not listed(dashed, [("nearly 40 years", "budget", 40, "years", "nearly", 36, 40)])
    tally = "Tom Breck, the 71-year-old mayor, cast the deciding vote as the harbour budget passed by 6 votes to 5."
    assert listed(tally, [age, ("6 votes", "tally", 6, "votes", None, 6, 6)])
    assert listed(aside, [age, year], cosine=0.6)
    clause = "Tom Breck, who has led the council for 27 years, cast the deciding vote on the harbour budget."
    assert listed(clause, [("27 years", "tenure", 27, "years", None, 27, 27)])
    dated = "Tom Breck, a former judge appointed mayor in March 2016, cast the deciding vote on the harbour budget."
    assert listed(dated, [("March 2016", "appointment", 2016, "year", None, 2016, 2016)])
    signed = "The harbour budget passed after Tom Breck — who joined the council in 2011 — cast the deciding vote."
    assert listed(signed, [("2011", "joined", 2011, "year", None, 2011, 2011)])


def test_a_broadcasters_note_on_where_its_reporting_aired_is_no_item():
    """"NPR's Gregory Warner just checked in with Morning Edition from outside the stadium." and "In 2010, Sylvia
    reported for Morning Edition on the pope's legacy ..." (review 25) point to the outlet's other airtime. A
    reporter's words told to a programme ("..., saying that ...") and a person checking in with a person stay."""
    def listed(sentence, entities):
        a = Draft("a", "A", [LEAD_A, (sentence, "a-air")], entities=entities)
        b = Draft("b", "B", [LEAD_B, ("Ferry crews waited for the wind to drop before sailing.", "b-wait")])
        return sentence in _items(make_fixture([a, b]))

    reporter = ("Dana Ortiz", "Dana Ortiz", "PERSON")
    show = ("Harbour Hour", "Harbour Hour", "WORK_OF_ART")
    assert not listed("Radio Coast's Dana Ortiz just checked in with Harbour Hour from the flooded docks.",
                      [reporter, show])
    assert not listed("In 2019, Dana Ortiz reported for Harbour Hour on the ferry strike at its tenth day.",
                      [reporter, show])
    assert listed("Dana Ortiz checked in with Harbour Hour, saying that the ferries could sail by Friday.",
                  [reporter, show])
    assert listed("Mayor Dana Ortiz checked in with Governor Tom Breck from the flooded docks on Monday.",
                  [reporter, ("Governor Tom Breck", "Tom Breck", "PERSON")])
