"""Shared points that pair different statements (session 40, review 27; invented sentences)."""

from manysides.compare import shared_points

from compare_fixtures import Draft, make_fixture


def _points(drafts, **kw):
    fx = make_fixture(drafts)
    return [p.articles for p in shared_points(fx.articles, fx.annotations, fx.vectors, **kw)]


def test_two_times_in_one_zone_half_an_hour_apart_are_two_moments():
    """Review 27: Fox's "Singapore time (7:20 p.m. Eastern Time Saturday)." (a flight's scheduled arrival) stood in one
    point with USA Today's "Singapore time (6:24p.m. ET on Saturday), the airline said." (the time contact was lost),
    56 minutes apart. "Eastern Time" and "ET" are one zone; two times named in it half an hour or more apart are two
    moments. Times a rounding apart, or in two zones, stay one point."""
    due = Draft("a", "A", [("The ferry was due at the island pier at 7:20 p.m. Eastern Time on Saturday.", "x")])
    lost = Draft("b", "B", [("The ferry's radio went silent at 6:24 p.m. ET on Saturday, the operator said.", "x")])
    assert _points([due, lost]) == []
    assert _points([due, lost], tell_apart=False) == [("a", "b")]
    # a rounding of one time: one moment
    about = Draft("c", "C", [("The ferry's radio went silent at about 7:15 p.m. EST on Saturday, the operator said.",
                              "x")])
    assert _points([due, about]) == [("a", "c")]
    # two zones: one moment may be told in both (an hour or more apart, as before)
    pacific = Draft("d", "D", [("The ferry's radio went silent at 4:20 p.m. Pacific Time on Saturday, the operator "
                                "said.", "x")])
    assert _points([due, pacific]) == [("a", "d")]
    # no zone named in one: half an hour apart stays one point, as before (a rounding or another zone)
    bare = Draft("e", "E", [("The ferry's radio went silent at 6:45 p.m. on Saturday, the operator said.", "x")])
    assert _points([due, bare]) == [("a", "e")]


def _years(written, value):
    return (written, "sentence prison", value, "years", "up to", None, value)


def test_two_hypotheticals_under_two_conditions_are_two_statements():
    """Review 27: Fox's "If found to be drinking, Couch's probation could be revoked and he could be sentenced to up
    to 10 years in prison." stood in one point with CNN's "If Couch ends up on adult probation and violates it as an
    adult, he could face up to 40 years in jail, Wilson said.": two conditions, two penalties. One condition in other
    words, or the same figures, stay one point."""
    def draft(name, text, written, value):
        return Draft(name, name.upper(), [(text, "x")], claims=[_years(written, value)])

    caught = draft("a", "If caught driving again, the pilot's licence could be revoked and he could be jailed for up "
                   "to 5 years.", "up to 5 years", 5)
    fled = draft("b", "If Marsh leaves the country and misses a hearing, he could be jailed for up to 20 years, the "
                 "prosecutor said.", "up to 20 years", 20)
    assert _points([caught, fled]) == []
    assert _points([caught, fled], tell_apart=False) == [("a", "b")]
    # one condition (a word in common): one hypothetical, its figures differing
    again = draft("c", "If caught driving once more, the pilot could be jailed for up to 8 years, the prosecutor "
                  "said.", "up to 8 years", 8)
    assert _points([caught, again]) == [("a", "c")]
    # two conditions, one figure: one point
    same = draft("d", "If Marsh leaves the country and misses a hearing, he could be jailed for up to 5 years, the "
                 "prosecutor said.", "up to 5 years", 5)
    assert _points([caught, same]) == [("a", "d")]
