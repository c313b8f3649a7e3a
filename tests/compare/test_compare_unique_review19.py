"""Review 19's "only one outlet reports" items: a lead other outlets' leads state, an attribution cut from its
quoted question."""

from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture

LEAD_A = ("In a landmark decision, the Supreme Court ruled on Friday that none of the 50 states may deny gay couples "
          "the right to marry.")
LEAD_B = "The Supreme Court has legalized gay marriage nationwide, ruling that states cannot deny couples licenses."


def _report(drafts):
    fx = make_fixture(drafts)
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)


def _only(report):
    return [u.text for u in report.unique]


def test_a_lead_other_outlets_leads_state_is_not_only_one_outlets():
    """The Monitor's lead, paired with Politico's by the lead points and so stated by both, was listed as only
    the Monitor's for its "50 states" (review 19). A sentence of the same article that no other outlet states is
    still listed."""
    aside = "Justice Anthony Kennedy wrote the opinion for a majority of five justices in Washington."
    a = Draft("a", "Monitor", [(LEAD_A, "lead"), (aside, "a-aside")],
              entities=[("Anthony Kennedy", "Anthony Kennedy", "PERSON"), ("Washington", "Washington", "GPE")],
              claims=[("50 states", "states", 50, "state", None, 50, 50)])
    b = Draft("b", "Politico", [(LEAD_B, "lead"), ("The ruling came after years of litigation across the country.",
                                                   "b-more")])
    only = _only(_report([a, b]))
    assert LEAD_A not in only
    assert aside in only


def test_an_attribution_cut_from_its_quoted_question_is_no_item():
    """'"What did the President know and when did he know it?" senior CNN political analyst David Axelrod said,
    ...': the splitter ends the sentence at the question, leaving the attribution alone in lower case. A sentence
    in lower case after a plain one is still read."""
    question = "\u201cWhat did the President know and when did he know it?\u201d"
    tail = "senior CNN political analyst David Axelrod said, using a phrase made famous by the Watergate scandal."
    ents = [("David Axelrod", "David Axelrod", "PERSON"), ("the Watergate scandal", "the Watergate scandal", "EVENT")]
    b = Draft("b", "Times", [("The adviser resigned on Monday night after weeks of questions about his calls.",
                              "lead")])
    a = Draft("a", "CNN", [("The adviser resigned on Monday night amid questions about his calls.", "lead"),
                           (question, "q"), (tail, "tail")], entities=ents)
    assert tail not in _only(_report([a, b]))
    plain = Draft("a", "CNN", [("The adviser resigned on Monday night amid questions about his calls.", "lead"),
                               ("He left.", "q"), (tail, "tail")], entities=ents)
    assert tail in _only(_report([plain, b]))


def test_a_toll_another_outlet_gives_at_another_value_is_no_figure_of_one_outlets():
    """The Guardian's "an attack which killed 50 people and saw 406 taken to hospital" on the night, CBN's "At least
    59 people were killed, and ... more than 527 people were injured and taken to area hospitals" hours later
    (review 19): one toll read twice, which both outlets report. Another year's toll ("In 2012, 26 people were
    killed" at a school) is still a figure of its own."""
    night = ("Long after a gunman opened fire on Sunday night, in an attack which killed 50 people and saw 406 taken "
             "to hospital, survivors were still searching for friends.")
    later = ("At least 59 people were killed, and police report more than 527 people were injured and taken to area "
             "hospitals.")
    orlando = "In a school in Newtown in 2012, 26 people were killed by a gunman who had taken his mother's rifles."
    lead = "A gunman opened fire on a country music festival from a hotel, police said on Monday morning."
    a = Draft("a", "Guardian", [(lead, "lead"), (night, "night")],
              claims=[("50", "people kill", 50, "count", None, 50, 50), ("406", "see", 406, "count", None, 406, 406)])
    b = Draft("b", "CBN", [(lead.replace("police said", "officials said"), "lead"), (later, "later"),
                           (orlando, "orlando")],
              entities=[("Newtown", "Newtown", "GPE")],
              claims=[("At least 59", "people kill", 59, "count", "at least", 59, None),
                      ("more than 527", "people injure", 527, "count", "more than", 527, None),
                      ("2012", "newtown school", 2012, "year", None, 2012, 2012),
                      ("26", "people kill", 26, "count", None, 26, 26)])
    report = _report([a, b])
    only = _only(report)
    assert night not in only and later not in only
    item = next(u for u in report.unique if u.text == orlando)
    assert "26" in [d.text for d in item.details]


def test_a_name_another_outlets_headline_gives_is_no_detail_of_one_outlets():
    """CBN's "Las Vegas police report more than 527 people were injured" beside the Guardian's piece, whose text
    never names the city but whose headline does ("... panic as Las Vegas gunman opened fire", review 19). A name
    no other outlet gives, in headline or text, is still a detail."""
    sentence = "Las Vegas police report that the gunman fired from a room of the hotel for more than ten minutes."
    lead = "A gunman opened fire on a country music festival from a hotel, police said on Monday morning."
    ents = [("Las Vegas", "Las Vegas", "GPE")]

    def details(title):
        a = Draft("a", "Guardian", [(lead, "lead")], title=title)
        b = Draft("b", "CBN", [(lead.replace("police said", "officials said"), "lead"), (sentence, "police")],
                  entities=ents)
        return [d.text for u in _report([a, b]).unique if u.text == sentence for d in u.details]

    assert "Las Vegas" not in details("'People were trampled': panic as Las Vegas gunman opened fire")
    assert details("'People were trampled': panic as gunman opened fire") == ["Las Vegas"]
