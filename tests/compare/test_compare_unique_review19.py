"""Review 19's "only one outlet reports" items: an attribution cut from its quoted question, a name another
outlet's headline gives."""

from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture


def _report(drafts):
    fx = make_fixture(drafts)
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)


def _only(report):
    return [u.text for u in report.unique]


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



def _toll(b_sentence, b_claim):
    """Outlet A's sentence on why the strikes came, with the gas attack's toll; outlet B's on the attack, related
    in meaning (cosine 0.6: no paraphrase, no shared point, yet one topic)."""
    import numpy as np

    reason = "The strikes answered a poison gas attack on a rebel town that killed at least 70 people, officials said."
    a = Draft("a", "A", [("The navy fired dozens of missiles at an air base before dawn on Friday.", "lead"),
                         (reason, "a-toll")],
              claims=[("at least 70", "people kill", 70, "count", "at least", 70, None)])
    b = Draft("b", "B", [("The navy launched dozens of missiles at an air base early on Friday.", "lead"),
                         (b_sentence, "b-toll")], claims=[b_claim] if b_claim else [])
    fx = make_fixture([a, b])
    other = np.zeros_like(fx.vectors["a"][1])
    other[-1] = 1.0
    fx.vectors["b"][1] = 0.6 * fx.vectors["a"][1] + 0.8 * other
    return fx, reason


def _listed(fx):
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors).unique


def test_a_figure_the_dispute_stage_pairs_with_another_outlets_is_not_one_outlets_own():
    """"... a poison gas attack ... that killed at least 70 people" beside another outlet's "at least 86 people"
    (review 19: Newsmax's toll listed as only Newsmax's, the Monitor giving the toll at another value): the two
    figures count one quantity, grouped by the dispute stage though they do not clash (two lower bounds), so the
    sentence is no outlet's own. Where the other outlet gives no toll, the figure is still a detail."""
    from manysides.compare import disputed_numbers

    fx, reason = _toll("The attack with a nerve agent killed at least 86 people, including children.",
                       ("at least 86", "people kill", 86, "count", "at least", 86, None))
    agreeing = []
    assert disputed_numbers(fx.articles, fx.annotations, fx.vectors, agreeing=agreeing) == ()
    assert [sorted(c.text for c in d.claims) for d in agreeing] == [["at least 70", "at least 86"]]
    assert reason not in [u.text for u in _listed(fx)]
    fx, reason = _toll("The attack with a nerve agent left many people dead, including children.", None)
    assert [[d.text for d in u.details] for u in _listed(fx) if u.text == reason] == [["at least 70"]]
