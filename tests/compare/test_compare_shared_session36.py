"""Shared points that pair different statements (session 36, review 23): a likelihood after an opening clause, and
two countries' bodies (invented sentences)."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_alike as _alike, make_fixture


def _points(drafts, alike=(), **kw):
    fx = make_fixture(drafts)
    for pair in alike:
        _alike(fx, *pair)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_being_expected_to_win_is_a_likelihood_after_an_opening_clause_too():
    """Review 23: CNN's "Despite the campaign against him waged by conservatives, Hagel was expected to win
    confirmation ..." stood in one point with Fox's "The incident, though, was one of several confrontations ... as
    the committee considered Hagel's nomination ...": being expected to win is a likelihood, read in the main clause
    after a concessive one. Two sentences that both expect it stay one point; so does a schedule ("expected to
    sign")."""
    hearing = Draft("a", "A", [("The exchange was one of several clashes on Monday as the panel weighed Ruiz's "
                                "nomination to lead the port authority.", "x")])
    expected = Draft("b", "B", [("Despite the attacks on her from the council, Ruiz was expected to win confirmation "
                                 "to lead the port authority.", "x")])
    assert _points([hearing, expected], [("a", 0, "b", 0)]) == []
    assert _points([hearing, expected], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    also = Draft("c", "C", [("Ruiz is expected to be confirmed to lead the port authority despite the council's "
                             "attacks.", "x")])
    assert _points([expected, also], [("b", 0, "c", 0)]) == [("b", "c")]
    # a likelihood in a later clause is background, as before
    later = Draft("d", "D", [("The panel weighed Ruiz's nomination on Monday, and she is expected to win "
                              "confirmation.", "x")])
    assert _points([hearing, later], [("a", 0, "d", 0)]) == [("a", "d")]
    signed = Draft("e", "E", [("Despite the clashes, the mayor is expected to sign Ruiz's nomination to lead the port "
                               "authority.", "x")])
    assert _points([hearing, signed], [("a", 0, "e", 0)]) == [("a", "e")]


def test_two_countries_bodies_are_two_statements():
    """Review 23: the Guardian's "Our staff at the British embassy in Addis Ababa are continuing to work with the
    relevant authorities ..." stood in one point with Fox's "... U.S. embassies in Addis Ababa and Nairobi are working
    with Ethiopia's government ...", and "Indonesia's aviation authorities said all 737 Max jets would be grounded"
    with "Ethiopian Airlines said ... it had grounded all of its 737 MAX 8s": a body of one country (an embassy, an
    authority, an airline) beside another country's, each acting for its own. One country named two ways (its name
    and its adjective, "U.S." and "American") stays one point, as does a sentence naming no country's body, or one
    that names the other's body in what it tells ("... in response to the Russian Navy conducting ...")."""
    countries = [("Norway", "Norway", "GPE"), ("Norwegian", "Norwegian", "NORP"), ("Chile", "Chile", "GPE"),
                 ("Chilean", "Chilean", "NORP"), ("U.S.", "U.S.", "GPE"), ("American", "American", "NORP"),
                 ("Peru", "Peru", "GPE")]
    norway = Draft("a", "A", [("The Norwegian embassy in Lima is working with local officials to help the "
                               "stranded climbers.", "x")], entities=countries)
    chile = Draft("b", "B", [("Chile's foreign ministry said its embassy in Lima was working with Peru to help the "
                              "stranded climbers.", "x")], entities=countries)
    assert _points([norway, chile], [("a", 0, "b", 0)]) == []
    assert _points([norway, chile], [("a", 0, "b", 0)], tell_apart=False) == [("a", "b")]
    carrier = Draft("c", "C", [("Norway's aviation authorities said all the new jets would be grounded.", "y")],
                    entities=countries)
    airline = Draft("d", "D", [("Chilean Airlines said it had grounded all of its new jets until further notice.",
                                "y")], entities=countries)
    assert _points([carrier, airline], [("c", 0, "d", 0)]) == []
    # one country, named by its name and by its adjective
    us = Draft("e", "E", [("U.S. officials said they were working with Peru to help the stranded climbers.", "z")],
               entities=countries)
    american = Draft("f", "F", [("American officials in Lima are helping Peru reach the stranded climbers.", "z")],
                     entities=countries)
    assert _points([us, american], [("e", 0, "f", 0)]) == [("e", "f")]
    # a body named later in the sentence, in what it tells: one sentence's subject is named in the other
    drill = Draft("h", "H", [("The Norwegian navy is holding what Norwegian officials call its largest drill in the "
                              "fjords since the war.", "w")], entities=countries)
    answer = Draft("i", "I", [("Chilean military aircraft flew north in response to the Norwegian navy holding its "
                               "largest drill in the fjords since the war.", "w")], entities=countries)
    assert _points([drill, answer], [("h", 0, "i", 0)]) == [("h", "i")]
    # a sentence naming no country's body
    plain = Draft("g", "G", [("Rescuers in Lima are working to help the stranded climbers, officials said.", "x")],
                  entities=countries)
    assert _points([norway, plain], [("a", 0, "g", 0)]) == [("a", "g")]
