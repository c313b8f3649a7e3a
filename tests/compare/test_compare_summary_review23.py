"""Summaries (session 34, reviews 23 and 22): a question is never said; a sentence opening with a person's surname
alone is said only after one naming the person more fully, else with the full name, else in another outlet's wording
or not at all."""

from __future__ import annotations

from manysides.compare.summary import _bare_surname, _full_name, _is_question, _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2019-08-27", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


A = ("The island's government turned down an offer of aid from its neighbours to fight the floods. "
     "What exactly did the premier say? The premier said the money came with too many conditions. "
     "Rescue teams reached the northern villages on Tuesday.")
B = ("The island's government refused the neighbours' offer of aid to fight the floods on Monday. "
     "Who will pay for the repairs? Rescue teams reached the northern villages on Tuesday, officials said.")


def test_a_question_is_never_said():
    """Review 23: the BBC's subheading "What exactly did Bolsonaro say?" stood in the Amazon summary."""
    offer = _point(("a", A, A.split(". ")[0] + "."), ("b", B, B.split(". ")[0] + "."))
    question = _point(("a", A, "What exactly did the premier say?"), ("b", B, "Who will pay for the repairs?"))
    rescue = _point(("a", A, "Rescue teams reached the northern villages on Tuesday."),
                    ("b", B, "Rescue teams reached the northern villages on Tuesday, officials said."))
    got = neutral_summary([offer, question, rescue], _articles({"a": A, "b": B}))
    assert "?" not in got and "turned down an offer" in got and "Rescue teams" in got
    assert _is_question("Who will pay?”") and not _is_question("The premier asked who would pay.")


C = ("The court on Monday upheld the state's water law. Justice Maria Delgado wrote the opinion for the majority. "
     "Delgado was joined by three other justices. The governor welcomed the ruling.")
D = ("The state's water law was upheld by the court on Monday. Delgado was joined by three justices, and two "
     "dissented. The governor, Tom Park, welcomed the ruling in a statement.")


def test_a_sentence_opening_with_a_bare_surname_waits_for_the_full_name():
    """Review 22: the Arizona summary said "Kennedy was joined by ..." and never who Kennedy was."""
    persons = ("Maria Delgado", "Tom Park")
    assert _bare_surname("Delgado was joined by three justices.", persons, "The court upheld the law.")
    assert not _bare_surname("Delgado was joined by three justices.", persons, "Justice Delgado wrote it.")
    # an apposition saying who she is introduces her; a name not known as a person's is no surname
    assert not _bare_surname("Delgado, a former prosecutor, wrote it.", persons, "")
    assert not _bare_surname("Congress was not in session.", persons, "")
    assert _full_name("Delgado's opinion was short.", persons) == "Maria Delgado's opinion was short."
    ruling = _point(("c", C, "The court on Monday upheld the state's water law."),
                    ("d", D, "The state's water law was upheld by the court on Monday."))
    joined = _point(("c", C, "Delgado was joined by three other justices."),
                    ("d", D, "Delgado was joined by three justices, and two dissented."))
    governor = _point(("c", C, "The governor welcomed the ruling."),
                      ("d", D, "The governor, Tom Park, welcomed the ruling in a statement."))
    got = neutral_summary([ruling, joined, governor], _articles({"c": C, "d": D}), persons=persons)
    assert "Maria Delgado was joined" in got and "upheld" in got
    # two people of that surname named as often: the sentence is left out; one named far more often is meant
    got = neutral_summary([ruling, joined, governor], _articles({"c": C, "d": D}),
                          persons=persons + ("Luis Delgado",))
    assert "Delgado was joined" not in got and "upheld" in got
    assert _full_name("Delgado wrote it.", persons * 2 + ("Luis Delgado",)) == "Maria Delgado wrote it."
    # once a sentence before names her in full, the surname alone reads as hers
    opinion = _point(("c", C, "Justice Maria Delgado wrote the opinion for the majority."),
                     ("d", D, "The state's water law was upheld by the court on Monday."))
    got = neutral_summary([opinion, joined], _articles({"c": C, "d": D}), persons=persons)
    assert "Maria Delgado" in got and "Delgado was joined" in got


E = ("The island's government turned down the neighbours' offer of aid on Monday. The premier said the offer came "
     "with conditions. Referring to the storm that flooded the capital last spring, he went on to suggest the "
     "neighbours had little to teach the island.")
F = ("The island's government refused the neighbours' offer of aid on Monday. The minister, Ana Ruiz, said the "
     "offer came with conditions. Referring to the storm that flooded the capital last spring, he added that the "
     "neighbours had little to teach.")


def test_a_pronoun_after_a_long_opening_phrase_points_back():
    """Review 23: "Referring to the recent Notre Dame blaze in Paris, he went on to suggest ..." (Brazil's chief of
    staff, NPR's) followed a sentence on Bolsonaro in the Amazon summary and read as his."""
    offer = _point(("e", E, E.split(". ")[0] + "."), ("f", F, F.split(". ")[0] + "."))
    taunt = _point(("e", E, E.split(". ")[2]), ("f", F, F.split(". ")[2]))
    got = neutral_summary([offer, taunt], _articles({"e": E, "f": F}), persons=("Ana Ruiz",))
    assert "Referring" not in got and ("turned down" in got or "refused" in got)
    # a phrase naming one of the story's people may be whom the pronoun stands for
    line = "After Ana Ruiz read the neighbours' letter to the assembly on Monday, she said the offer was refused."
    assert not _points_back(line, ("Ana Ruiz",)) and _points_back(E.split(". ")[2], ("Ana Ruiz",))
