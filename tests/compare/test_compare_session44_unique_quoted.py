"""Session 44's "only one outlet reports" rules (helper D, review 32) on what a sentence names: a quotation running on
past its sentence is matched as far as the sentence holds it, a name another outlet writes with a possessive's
apostrophe left out is no new name, nor one described after it that another outlet tells by the description. All
sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
OPENS = 'Speaking to Dana Ortiz of Radio Coast, the mayor said "This is no passing storm for the harbour.'
RUNS_ON = 'It will take months to rebuild the piers, and every family will feel it."'
SAID = ("This is no passing storm for the harbour. It will take months to rebuild the piers, and every family will "
        "feel it.")


def _items(b_sentence: str, b_quote: str, a_sentences=(OPENS, RUNS_ON), a_quote=SAID, cosine=0.6, entities=()):
    """Outlet A's items (sentence -> details) beside B's sentence quoting `b_quote`, alike to A's second sentence."""
    a = Draft("a", "A", [LEAD, *((s, f"a-{i}") for i, s in enumerate(a_sentences))],
              entities=[("Dana Ortiz", "Dana Ortiz", "PERSON"), *entities],
              quotes=[(a_quote, "the mayor", "person")] if a_quote else [])
    b = Draft("b", "B", [LEAD, (b_sentence, "b-said"), ("Ferry crews waited for the wind to drop.", "b-wait")],
              quotes=[(b_quote, "the mayor", "person")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    if len(a_sentences) > 1:  # the statement's later sentence told by B too, in other words
        make_alike(fx, "a", 2, "b", 2, 0.55)
    return {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors)
            if u.article == "a"}


def test_a_quotation_running_on_is_matched_as_far_as_its_sentence_holds_it():
    """Review 32: the Times' 'Speaking to Al Roker of NBC News, ..., Mr. Obama said "This is not some distant problem
    of the future.' opens a statement of 44 words, CNN prints those 9: the sentence quotes what CNN quotes, and its
    interviewer's name made no item of it."""
    items = _items('"This is no passing storm for the harbour," the mayor told reporters.',
                   "This is no passing storm for the harbour,")
    assert OPENS not in items


def test_quotations_not_printed_elsewhere_stay():
    """The controls: the other outlet quoting other words, or only the statement's later sentence, leaves the
    interviewer a new name of the sentence."""
    items = _items('"We will rebuild the harbour together," the mayor told reporters.',
                   "We will rebuild the harbour together,")
    assert items.get(OPENS) == ["Dana Ortiz"]
    items = _items('"It will take months to rebuild the piers," the mayor told reporters.',
                   "It will take months to rebuild the piers,")
    assert items.get(OPENS) == ["Dana Ortiz"]


def test_a_possessive_without_its_apostrophe_is_no_new_name():
    """Review 32: Fox's "The U.S. Attorneys Office also announced Wednesday they have agreed not to prosecute ..."
    was listed for "The U.S. Attorneys Office", which CNN writes "the US Attorney's office in Manhattan"."""
    office = [("The Harbour Masters Office", "The Harbour Masters Office", "ORG")]
    sentence = "The Harbour Masters Office said on Tuesday that the ferry fleet would stay in port until Friday."
    items = _items("The harbour master's office kept the fleet in port, officials said on Tuesday.", "", (sentence,),
                   None, 0.6, office)
    assert sentence not in items
    items = _items("The harbour pilots kept the fleet in port, officials said on Tuesday.", "", (sentence,),
                   None, 0.6, office)
    assert items.get(sentence) == ["The Harbour Masters Office"]


def test_a_source_told_by_its_description_elsewhere_is_no_new_name():
    """Review 32: the Washington Times' "The Egyptian Initiative for Personal Rights, a human rights groups, said the
    crackdown already had spurred attacks ... against Coptic Christian churches ..." was listed for the group's name
    beside Fox's "attacks on Coptic Christian churches continued ..., according to ... human rights advocates"."""
    group = [("The Ferry Users Forum", "The Ferry Users Forum", "ORG")]
    sentence = "The Ferry Users Forum, a passenger rights group, said the fleet would stay in port until Friday."
    items = _items("The fleet stays in port until the end of the week, passenger rights campaigners said.", "",
                   (sentence,), None, 0.6, group)
    assert sentence not in items
    # the controls: a description the other sentence does not give, or a sentence on another topic
    items = _items("The fleet stays in port until the end of the week, officials said.", "", (sentence,), None, 0.6,
                   group)
    assert items.get(sentence) == ["The Ferry Users Forum"]
    items = _items("The fleet stays in port until the end of the week, passenger rights campaigners said.", "",
                   (sentence,), None, 0.3, group)
    assert items.get(sentence) == ["The Ferry Users Forum"]
