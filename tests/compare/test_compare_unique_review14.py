"""Review 14's "only one outlet reports" items that are not: a transcript's sign-on, a name run together with its
owner's."""

from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture


def _only(drafts):
    fx = make_fixture(drafts)
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).unique


LEAD_A = "The council voted on Tuesday to close the old harbor bridge to trucks for a year."
LEAD_B = "The council decided on Tuesday to close the harbor bridge to heavy trucks for a year."


def test_a_transcripts_sign_on_is_no_item():
    """"From The New York Times, I'm Michael Barbaro." (review 14: the podcast's opening, listed as only the
    Times'): a host naming himself is how a broadcast opens, not a fact it reports. A sentence that quotes a
    person introducing himself is still read."""
    for sign_on in ("From the Harbor Evening Gazette, I\u2019m Tobias Wrenfield.",
                    "I'm Tobias Wrenfield, and this is The Harbor Hour on Tuesday evening."):
        a = Draft("a", "Gazette", [(sign_on, "sign"), (LEAD_A, "lead")],
                  entities=[("Tobias Wrenfield", "Tobias Wrenfield", "PERSON")])
        b = Draft("b", "Courier", [(LEAD_B, "lead")])
        assert sign_on not in [u.text for u in _only([a, b])]
    said = "\u201cHello, I\u2019m Tobias Wrenfield,\u201d the new harbor master told the council on Tuesday."
    a = Draft("a", "Gazette", [(said, "sign"), (LEAD_A, "lead")],
              entities=[("Tobias Wrenfield", "Tobias Wrenfield", "PERSON")], quotes=[("Hello, I\u2019m Tobias "
                                                                                       "Wrenfield,", "harbor master",
                                                                                       "person")])
    assert said in [u.text for u in _only([a, Draft("b", "Courier", [(LEAD_B, "lead")])])]


def test_a_name_run_together_with_its_owners_is_given_when_the_others_name_both():
    """"... an unreasonable search under the Constitution's Fourth Amendment" (review 14: Fox's item, listed for
    the name "Constitution's Fourth Amendment", where the other outlets write of the Fourth Amendment and the
    Constitution): the tagger ran two names together. Named apart by the others, the name is given; where the
    others never name the owner, it is still a detail."""
    sentence = "The judge wrote that the tolls break the Charter's Second Article, which bars such fees."
    ents = [("Charter's Second Article", "Charter's Second Article", "LAW")]

    def details(b_text):
        a = Draft("a", "Gazette", [(LEAD_A, "lead"), (sentence, "law")], entities=ents)
        b = Draft("b", "Courier", [(LEAD_B, "lead"), (b_text, "b-law")])
        return [d.text for u in _only([a, b]) if u.text == sentence for d in u.details]

    assert details("Opponents cite the Second Article of the city's Charter, which was written in 1911.") == []
    assert details("Opponents cite the Second Article, which was written in 1911 by the first council.") == [
        "Charter's Second Article"]
