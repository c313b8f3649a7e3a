"""Session 43's "only one outlet reports" rule (helper D, review 31): a person named after a title that another
outlet's sentence on its topic gives in lower case is no new name. All sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD = ("Two hikers missing for a week were found alive in a cave near Elm Ridge on Sunday.", "lead")


def _details(a_sentence, b_sentence, cosine=0.56, b_entities=()):
    a = Draft("a", "A", [LEAD, (a_sentence, "a-chief")],
              entities=[("Dana Holt", "Dana Holt", "PERSON"), ("Elm Ridge", "Elm Ridge", "GPE")])
    b = Draft("b", "B", [LEAD, (b_sentence, "b-chief")],
              entities=[("Elm Ridge", "Elm Ridge", "GPE"), *b_entities])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    return [d.text for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"
            for d in u.details]


CHIEF = "Fire Chief Dana Holt said he thinks the hikers had sheltered in the cave since the storm began."
TOLD = "The town's fire chief says he believes the hikers sheltered in the cave from the storm."


def test_a_person_another_outlet_tells_by_title_is_no_new_name():
    """Review 31: the Monitor's "Police Chief Michael McGrath said he thinks ... were tied up at the house" was
    listed for "Michael McGrath" beside Fox's "Cleveland's police chief says he believes the three women were tied
    up" (one AP text, cosine 0.56). A person named after a title of two words or more that another outlet's sentence
    on its topic gives in lower case is that sentence's person, told by role."""
    assert "Dana Holt" not in _details(CHIEF, TOLD)
    assert "Dana Holt" not in _details(f"Elm Ridge {CHIEF}", TOLD)  # the town's name before the title


def test_titles_that_tell_no_one():
    """The controls: a sentence on another topic, a title of one word, a title the other outlet writes capitalised
    before another name, and one it does not give leave the name new."""
    assert "Dana Holt" in _details(CHIEF, TOLD, cosine=0.3)
    assert "Dana Holt" in _details("Chief Dana Holt said he thinks the hikers had sheltered in the cave since the "
                                   "storm began.", "The town's chief says he believes the hikers sheltered in the "
                                   "cave from the storm.")
    assert "Dana Holt" in _details(CHIEF, "Deputy Fire Chief Sam Reyes says he believes the hikers sheltered in the "
                                          "cave from the storm.", b_entities=[("Sam Reyes", "Sam Reyes", "PERSON")])
    assert "Dana Holt" in _details(CHIEF, "A ranger says he believes the hikers sheltered in the cave from the "
                                          "storm.")
