"""Review 22's shared points: two quotations of two named speakers, and a quotation's later sentence with its
attribution tag, are not one point with what they resemble (invented sentences)."""

import numpy as np

from manysides.compare import shared_points

from compare_fixtures import Draft, make_fixture


def _alike(fx, a: str, i: int, b: str, j: int, cosine: float = 0.75) -> None:
    """Sentence j of article b made `cosine` alike to sentence i of article a (alike, not one quotation's words)."""
    other = np.zeros_like(fx.vectors[a][i])
    other[-1] = 1.0
    row = cosine * fx.vectors[a][i] + np.sqrt(1 - cosine ** 2) * other
    fx.vectors[b] = fx.vectors[b].copy()
    fx.vectors[b][j] = row / np.linalg.norm(row)


def _points(drafts, alike, **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        _alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_two_quotations_of_two_named_speakers_are_two_statements():
    """Review 22: Reason's quotation of the ACLU's Howard Simon ("In the days and weeks ahead we will seek to work
    with newly elected Governor ...") stood in one point with Reuters' quotation of the Sentencing Project ("Voters in
    Florida have endorsed a historic advance in democracy ..."): two speakers' words, one of them an organisation,
    which the rule for two people's words did not ask. Two quotations of one speaker, or the same words, stay one
    point; so do two whose speaker is not known."""
    league = Draft("a", "A", [("“The new rules will open the polls to thousands of residents,” the Harbor Voters "
                               "League said.", "x")],
                   quotes=[("The new rules will open the polls to thousands of residents", "Harbor Voters League",
                            "org")])
    olsen = Draft("b", "B", [("“We will work with the county clerk so the change takes effect without delay,” said "
                              "Maria Olsen.", "x")],
                  quotes=[("We will work with the county clerk so the change takes effect without delay",
                           "Maria Olsen", "person")])
    assert _points([league, olsen], [("a", 0, "b", 0)]) == []
    assert _points([league, olsen], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    # the same words, cut shorter, given by another outlet to the league's chairman: one quotation
    same = Draft("c", "C", [("“The new rules will open the polls to thousands,” Tom Hale said.", "x")],
                 quotes=[("The new rules will open the polls to thousands", "Tom Hale", "person")])
    assert _points([league, same], [("a", 0, "c", 0)]) == [("a", "c")]
    # one speaker's two wordings of one statement
    olsen2 = Draft("d", "D", [("“The new rules will let thousands of residents vote at last,” said Maria Olsen.",
                               "x")],
                   quotes=[("The new rules will let thousands of residents vote at last", "Maria Olsen", "person")])
    assert _points([olsen, olsen2], [("b", 0, "d", 0)]) == [("b", "d")]
    # a speaker the quote finder does not name
    unnamed = Draft("e", "E", [("“We will work with the county clerk so the change takes effect without delay.”",
                                "x")],
                    quotes=[("We will work with the county clerk so the change takes effect without delay", None,
                             None)])
    assert _points([league, unnamed], [("a", 0, "e", 0)]) == [("a", "e")]


def test_a_quotations_later_sentence_with_its_tag_is_not_the_outlets_statement():
    """Review 22: Reuters' "Florida's lifetime ban on voting ... created the country's largest disenfranchised
    population," The Sentencing Project ... said in a statement." (the quotation opened a sentence before) stood in
    one point with Reason's own "Florida was one of four states that impose lifetime bans on voting ...". A
    quotation's later sentence is the speaker's words whether its attribution tag follows or not; beside another
    outlet's narration it is no point. Two outlets quoting that sentence stay one point."""
    words = "The bridge has served the town for ninety years. Its closing leaves the east side without a crossing"
    mayor = Draft("a", "A", [("“The bridge has served the town for ninety years.", "a-open"),
                             ("Its closing leaves the east side without a crossing,” the mayor said on Tuesday.",
                              "x")],
                  quotes=[(words, "Ann Ruiz", "person")])
    own = Draft("b", "B", [("The closing of the bridge leaves the east side of town without a crossing for now.",
                            "y")])
    assert _points([mayor, own], [("a", 1, "b", 0)]) == []
    assert _points([mayor, own], [("a", 1, "b", 0)], tell_apart=False) == [("a", "b")]
    quoting = Draft("c", "C", [("“The bridge has served the town for ninety years.", "c-open"),
                               ("Its closing leaves the east side without a crossing,” Ruiz told reporters.", "z")],
                    quotes=[(words, "Ann Ruiz", "person")])
    assert _points([mayor, quoting], [("a", 1, "c", 1)]) == [("a", "c")]
