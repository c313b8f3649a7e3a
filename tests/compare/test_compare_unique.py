import numpy as np
from manysides.compare import disputed_numbers, unique_points

from compare_fixtures import Draft, make_fixture


def test_unrelated_sentence_is_unique_to_its_outlet(election):
    unique = unique_points(election.articles, election.annotations, election.vectors)
    turnout = [e for e in unique if "turnout" in e.text]
    assert len(turnout) == 1 and turnout[0].article == "b-courier"
    text = {a.id: a.text for a in election.articles}
    for e in unique:
        assert text[e.article][e.start : e.end] == e.text


def test_points_made_elsewhere_are_never_unique(election):
    disputed = disputed_numbers(election.articles, election.annotations, election.vectors)
    unique = unique_points(election.articles, election.annotations, election.vectors, disputed=disputed)
    texts = " ".join(e.text for e in unique)
    for shared in ("most expensive", "volunteers canvassed", "chanted"):
        assert shared not in texts


def test_only_substantive_sentences_count(election):
    unique = unique_points(election.articles, election.annotations, election.vectors)
    ledger = [e.text for e in unique if e.article == "a-ledger"]
    # names Quill -> substantive; the mood sentence names nobody and counts nothing.
    assert any("beacon of hope for the whole community" in t for t in ledger)
    assert not any("young voters across the valley" in t for t in ledger)


def test_at_most_per_article_limit():
    sents = [(f"Senator Ada Vale met {n} farmers in Greenfield county on day {n} of the tour.", f"t{n}")
             for n in range(12)]
    a = Draft("a", "A", sents, entities=[("Ada Vale", "Ada Vale", "PERSON")])
    b = Draft("b", "B", [("An unrelated storm closed the coastal highway near Port Wren.", "other")],
              entities=[("Port Wren", "Port Wren", "GPE")])
    fx = make_fixture([a, b])
    unique = unique_points(fx.articles, fx.annotations, fx.vectors, per_article=5)
    assert sum(e.article == "a" for e in unique) == 5
    assert [e.start for e in unique if e.article == "a"] == sorted(e.start for e in unique if e.article == "a")


def test_a_figure_no_other_outlet_gives_is_unique_even_in_a_shared_point(election):
    unique = unique_points(election.articles, election.annotations, election.vectors)
    # "200 supporters" sits in the concession sentence that the Dispatch also reports.
    assert any("200 supporters" in e.text and e.article == "b-courier" for e in unique)
    # without the dispute, the Ledger's 3,200 is a figure no one else gives
    assert any("3,200" in e.text for e in unique)


def test_dateline_needs_a_space_by_a_hyphen():
    from manysides.compare._text import strip_dateline

    assert strip_dateline("COVID-19 vaccine mandates have spread.") == "COVID-19 vaccine mandates have spread."
    assert strip_dateline("WASHINGTON — The House voted.") == "The House voted."
    assert strip_dateline("NEW YORK (AP) -- Stocks fell.") == "Stocks fell."


def test_a_sentence_restating_figures_another_outlet_prints_is_not_unique():
    # Unlike any sentence of B in meaning, but B prints its only figure and it names
    # nothing B leaves out: it restates B's figure in other words.
    a = Draft("a", "A", [("New jobless claims dropped by twenty thousand to 385,000 last week.", "a-claims")],
              claims=[("385,000", "jobless claims", 385000, "count", None, 385000, 385000)])
    b = Draft("b", "B", [("Economists watch the labor market closely ahead of the Federal Reserve meeting.", "b-fed"),
                         ("Weekly filings for unemployment benefits came in at 385,000 according to the department.", "b-filings")],
              claims=[("385,000", "filings", 385000, "count", None, 385000, 385000)])
    fx = make_fixture([a, b])
    assert not any(e.article == "a" for e in unique_points(fx.articles, fx.annotations, fx.vectors))
    # with a figure B does not print, it is A's own
    c = Draft("a", "A", [("New jobless claims dropped by 20,000 to 385,000 last week.", "a-claims")],
              claims=[("20,000", "drop", 20000, "count", None, 20000, 20000),
                      ("385,000", "jobless claims", 385000, "count", None, 385000, 385000)])
    fx = make_fixture([c, b])
    assert any(e.article == "a" for e in unique_points(fx.articles, fx.annotations, fx.vectors))


def test_a_numeral_that_counts_something_else_elsewhere_is_not_a_restated_figure():
    a = Draft("a", "A", [("He won the nomination against 16 other candidates in a crowded field.", "a-win")],
              claims=[("16 other candidates", "candidate", 16, "count", None, 16, 16)])
    b = Draft("b", "B", [("The president gave a 16-minute address on the steps of the Capitol.", "b-speech"),
                         ("The ceremony began in 2009 with a prayer and a hymn for the nation.", "b-2009")],
              claims=[("16-minute", "address", 16, "minute", None, 16, 16),
                      ("2009", "ceremony", 2009, "year", None, 2009, 2009)])
    fx = make_fixture([a, b])
    assert any(e.article == "a" for e in unique_points(fx.articles, fx.annotations, fx.vectors))


def test_a_sentence_cut_off_at_a_dash_is_not_listed():
    """A quote broken off by its attribution ("... over a longer period ―") is a fragment,
    not a point one outlet makes."""
    a = Draft("a", "A", [("Senator Ada Vale said the county could build the new bridge over a longer period ―", "cut"),
                         ("Senator Ada Vale said the county will build the new bridge in Greenfield by 2030.", "whole")],
              entities=[("Ada Vale", "Ada Vale", "PERSON")])
    b = Draft("b", "B", [("An unrelated storm closed the coastal highway near Port Wren.", "other")],
              entities=[("Port Wren", "Port Wren", "GPE")])
    fx = make_fixture([a, b])
    texts = [e.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    assert any("by 2030" in t for t in texts) and not any(t.endswith("―") for t in texts)


def test_a_state_another_outlet_names_by_its_abbreviation_is_not_a_novel_name():
    """"Rhode Island" in one outlet, "(D-R.I.)" in the other: the same state, no new name."""
    people = [("Jack Reed", "Jack Reed", "PERSON"), ("Dick Durbin", "Dick Durbin", "PERSON")]
    b = Draft("b", "B", [("Sens. Jack Reed (D-R.I.) and Dick Durbin (D-Ill.) spoke at the weekly lunch on Tuesday.", "lunch"),
                         ("The senators had fallen ill. on the way back.", "other")], entities=people)

    def own_points(state: str) -> list:
        a = Draft("a", "A", [(f"Sen. Jack Reed of Rhode Island and Dick Durbin of {state} spoke at the lunch.", "mine")],
                  entities=people + [("Rhode Island", "Rhode Island", "GPE"), (state, state, "GPE")])
        fx = make_fixture([a, b])
        # a sentence like B's (cosine 0.6) but no paraphrase of it: a new name makes it A's own
        orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
        fx.vectors["a"][0] = 0.6 * fx.vectors["b"][0] + 0.8 * orth / np.linalg.norm(orth)
        return [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]

    assert own_points("Illinois") == []
    # a state the other outlet does not name, in any form, is still a new name
    assert len(own_points("Vermont")) == 1


def test_state_abbreviations_count_only_where_they_cannot_be_words():
    from manysides.compare._text import state_named_in

    assert state_named_in("Illinois", "sen. dick durbin (d-ill.) said")
    assert state_named_in("illinois", "in springfield, ill., on monday")
    assert state_named_in("texas", "rep. lloyd doggett, d-tx, said")
    assert state_named_in("west virginia", "sen. joe manchin (d-w.va.)")
    assert not state_named_in("illinois", "the senator fell ill. he recovered")
    assert not state_named_in("indiana", "they met in the capitol (in) the morning")
    assert not state_named_in("virginia", "sen. joe manchin (d-w.va.)")
    assert not state_named_in("atlantis", "(d-at.)")


def test_a_figure_another_outlet_gives_rounded_or_in_words_is_not_novel():
    """"4,493" where the other outlet wrote "about 4,500": one figure, rounded; a figure
    that does not round to it is the outlet's own."""
    b = Draft("b", "B", [("About 4,500 people have died of the disease in the region, officials said.", "toll")],
              claims=[("About 4,500", "people die", 4500, "count", "about", 4275, 4725)])

    def own_points(figure: str, value: float) -> list:
        a = Draft("a", "A", [(f"The disease has killed {figure} people in Liberia and Guinea since March.", "mine")],
                  claims=[(figure, "people kill", value, "count", None, value, value)],
                  entities=[("Liberia", "Liberia", "GPE"), ("Guinea", "Guinea", "GPE")])
        fx = make_fixture([a, b])
        orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
        fx.vectors["a"][0] = 0.75 * fx.vectors["b"][0] + 0.66 * orth / np.linalg.norm(orth)  # a paraphrase-ish 0.75
        return [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]

    assert own_points("4,493", 4493) == []
    assert len(own_points("3,900", 3900)) == 1
    # a figure that does not round to the other outlet's: another count, the outlet's own
    assert len(own_points("4,710", 4710)) == 1  # rounds to 4,700, not 4,500


def test_significant_digits_tell_a_rounded_figure():
    from manysides.compare.unique import _printed, _significant

    assert [_significant(v) for v in (4500, 4493, 200, 6.5, 0.25, 8)] == [2, 4, 1, 2, 2, 1]
    assert _printed((4493.0, "count"), {(4500.0, "count")}) and _printed((8.0, "years"), {(8.0, "years")})
    assert not _printed((76.0, "count"), {(77.0, "count")}) and not _printed((4500.0, "count"), {(4500.0, "usd")})
    assert _printed((202.0, "count"), {(200.0, "count")}) and not _printed((38.0, "percent"), {(40.0, "percent")})


def test_each_item_carries_the_figures_and_names_no_other_outlet_gives(election):
    """A reader sees which part of a listed sentence is new: each detail is a span of the
    article's text, a figure as written or a name as mentioned."""
    unique = unique_points(election.articles, election.annotations, election.vectors)
    text = {a.id: a.text for a in election.articles}
    # the concession is a shared point; Tom Breck is named elsewhere, 200 supporters is not
    concede = next(e for e in unique if "200 supporters" in e.text)
    assert [d.text for d in concede.details] == ["200 supporters"]
    # a whole sentence of its own gets its new figures too
    turnout = next(e for e in unique if "turnout" in e.text)
    assert [d.text for d in turnout.details] == ["41 percent", "1994"]
    # and none when it has none (Quill is every outlet's)
    hope = next(e for e in unique if "beacon of hope for the whole community" in e.text)
    assert hope.details == ()
    for e in unique:
        for d in e.details:
            assert d.article == e.article and e.start <= d.start < d.end <= e.end
            assert text[d.article][d.start : d.end] == d.text


def test_a_name_only_one_outlet_names_is_a_detail():
    people = [("Jack Reed", "Jack Reed", "PERSON"), ("Dick Durbin", "Dick Durbin", "PERSON")]
    b = Draft("b", "B", [("Sens. Jack Reed (D-R.I.) and Dick Durbin (D-Ill.) spoke at the weekly lunch on Tuesday.", "lunch")],
              entities=people)
    a = Draft("a", "A", [("Sen. Jack Reed of Rhode Island and Dick Durbin of Vermont spoke at the lunch.", "mine")],
              entities=people + [("Rhode Island", "Rhode Island", "GPE"), ("Vermont", "Vermont", "GPE")])
    fx = make_fixture([a, b])
    orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
    fx.vectors["a"][0] = 0.6 * fx.vectors["b"][0] + 0.8 * orth / np.linalg.norm(orth)
    (item,) = [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    # Reed and Durbin are B's, and so is Rhode Island ("D-R.I.")
    assert [(d.text, fx.articles[0].text[d.start : d.end]) for d in item.details] == [("Vermont", "Vermont")]


def test_no_detail_for_a_figure_another_outlet_gives_rounded_nor_a_paraphrase_name():
    """"4,493" is B's "about 4,500" rounded, and the sentence paraphrases B's (0.75), so
    Liberia and Guinea are no details either: only "212 health workers" is A's own."""
    b = Draft("b", "B", [("About 4,500 people have died of the disease in the region, officials said.", "toll")],
              claims=[("About 4,500", "people die", 4500, "count", "about", 4275, 4725)])
    a = Draft("a", "A", [("The disease has killed 4,493 people in Liberia and Guinea, among them 212 health workers.", "mine")],
              claims=[("4,493 people", "people kill", 4493, "count", None, 4493, 4493),
                      ("212 health workers", "health workers", 212, "count", None, 212, 212)],
              entities=[("Liberia", "Liberia", "GPE"), ("Guinea", "Guinea", "GPE")])
    fx = make_fixture([a, b])
    orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
    fx.vectors["a"][0] = 0.75 * fx.vectors["b"][0] + 0.66 * orth / np.linalg.norm(orth)
    (item,) = [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    assert [d.text for d in item.details] == ["212 health workers"]


def test_overlapping_details_are_one_span():
    """A name holding a new figure ("Millwrights Local 212", "212 members") is marked once."""
    b = Draft("b", "B", [("The strike at the plant entered its third week on Monday.", "other")])
    a = Draft("a", "A", [("Millwrights Local 212 members voted to join the strike at the plant.", "mine")],
              claims=[("212 members", "members", 212, "count", None, 212, 212)],
              entities=[("Millwrights Local 212", "Millwrights Local 212", "ORG")])
    fx = make_fixture([a, b])
    (item,) = [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    assert [d.text for d in item.details] == ["Millwrights Local 212 members"]


def test_a_news_outlet_named_is_a_source_not_a_detail():
    """"according to a Harbor Ledger review" names where a finding comes from: the story's
    own outlets and known news outlets ("Reuters") are no new names; the county is."""
    b = Draft("b", "Harbor Ledger", [("The strike at the plant entered its third week on Monday.", "other")])
    a = Draft("a", "A", [("Reuters and a Harbor Ledger review found the plant in Pruitt County "
                          "cut its night shift.", "mine")],
              entities=[("Reuters", "Reuters", "ORG"), ("Harbor Ledger", "Harbor Ledger", "ORG"),
                        ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_a_lower_case_word_tagged_as_a_name_is_no_detail():
    b = Draft("b", "B", [("The strike at the plant entered its third week on Monday.", "other")])
    a = Draft("a", "A", [("Workers at the plant in Pruitt County called the vote a democratic choice.", "mine")],
              entities=[("Pruitt County", "Pruitt County", "GPE"), ("democratic", "democratic", "NORP")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_a_name_written_another_way_is_not_new():
    """Outlets write one name several ways; none of these is a detail only one gives."""
    from manysides.compare.unique import _another_form

    other = "The FBI and Republican leaders met Texas officials; Cuba, the Islamic State and the United Nations said no. George spoke."
    for surface, kind in (("F.B.I.", "ORG"), ("GOP", "ORG"), ("Texans", "NORP"), ("Cubans", "NORP"),
                          ("U.N.", "ORG"), ("ISIS", "ORG")):
        assert _another_form(surface, kind, other), surface
    # a place is not a person of a like name, nor another country; a person's name is no stem
    for surface, kind in (("Georgia", "GPE"), ("Austria", "GPE"), ("Georgetown", "ORG")):
        assert not _another_form(surface, kind, other + " Australia"), surface
    # a place and its people on a stem whose ending changes, and France's French
    places = "Mexico, Canada, China and France met; the Indian delegation left."
    for surface, kind in (("Mexicans", "NORP"), ("Canadian", "NORP"), ("Chinese", "NORP"), ("French", "NORP"),
                          ("India", "GPE")):
        assert _another_form(surface, kind, places), surface
    assert not _another_form("Indiana", "GPE", places) and not _another_form("Spanish", "NORP", places + " Spain")
    assert not _another_form("Casey", "PERSON", "a case of fraud")


def test_an_initialism_with_periods_is_the_same_name_in_the_ranking():
    b = Draft("b", "B", [("The FBI opened an inquiry into the plant on Monday, officials said.", "other")])
    a = Draft("a", "A", [("The F.B.I. inquiry covers the plant in Pruitt County and its night shift.", "mine")],
              entities=[("F.B.I.", "F.B.I.", "ORG"), ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_a_nationality_of_a_place_another_outlet_names_is_no_detail():
    """Through unique_points, with the other outlets' text as written: "Texans" where the
    other outlet wrote "Texas" is no new name; the outlet's own short name ("NPR" for
    "NPR Online News") is no name at all."""
    b = Draft("b", "NPR Online News", [("Texas officials said the strike at the plant entered its third week.", "other")])
    a = Draft("a", "A", [("Texans at the plant in Pruitt County told NPR the strike cut the night shift.", "mine")],
              entities=[("Texans", "Texans", "NORP"), ("Pruitt County", "Pruitt County", "GPE"), ("NPR", "NPR", "ORG")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_more_forms_of_one_name_and_what_they_are_not():
    from manysides.compare.unique import _another_form

    other = "Judge Ellis spoke in Darna. The Senate met; a Frontier flight landed. Sen. Gary Peter and Robert Smith."
    for surface, kind in (("T.S. Ellis III", "PERSON"), ("Derna", "GPE"), ("Frontier Airlines", "ORG"),
                          ("U.S. Senate", "ORG")):
        assert _another_form(surface, kind, other), surface
    # a surname is not a first name with an "s"; two places are not one for a shared word
    for surface, kind in (("Peters", "PERSON"), ("Roberts", "PERSON"), ("New York", "GPE")):
        assert not _another_form(surface, kind, other + " New Jersey"), surface


def test_a_detail_span_has_no_loose_end_and_closes_its_bracket():
    from manysides.compare.unique import _trimmed

    text = "He spoke in the State Dining Room of the White House with the National Association (NAACP) and Jay-Z."
    s = text.index("the State")
    assert text[slice(*_trimmed(text, s, text.index("the White"), len(text)))] == "the State Dining Room"
    s = text.index("the National")
    assert text[slice(*_trimmed(text, s, text.index(")"), len(text)))] == "the National Association (NAACP)"
    s = text.index("Jay-Z")
    assert text[slice(*_trimmed(text, s, len(text), len(text)))] == "Jay-Z"
    # the full stop of an initialism or an abbreviation is the name's
    for name in ("the U.S.", "Martin Luther King Jr."):
        assert name[slice(*_trimmed(name, 0, len(name), len(name)))] == name


def _details_of_a(a, b):
    """The details of article "a"'s one unique item, in a story of articles a and b."""
    fx = make_fixture([a, b])
    (item,) = [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    return [d.text for d in item.details]


def test_an_organisations_short_or_full_name_is_no_new_name():
    """Through unique_points: "CDC" where the other outlet printed the full name, and the
    full name where it printed "IRS", are no details; an agency neither names is one."""
    b = Draft("b", "B", [("The Centers for Disease Control and Prevention and the IRS said the plant may reopen.",
                          "other")])
    a = Draft("a", "A", [("The CDC told the Internal Revenue Service and the EPA the plant in Pruitt County may reopen.",
                          "mine")],
              entities=[("CDC", "CDC", "ORG"), ("the Internal Revenue Service", "Internal Revenue Service", "ORG"),
                        ("EPA", "EPA", "ORG"), ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["EPA", "Pruitt County"]


def test_a_possessive_with_any_apostrophe_is_the_name_itself():
    b = Draft("b", "B", [("Navy Secretary Spencer defended Gallagher on Sunday, officials said.", "other")])
    a = Draft("a", "A", [("Gallagher‘s case split the Navy leadership in Pruitt County this week.", "mine")],
              entities=[("Gallagher‘s", "Gallagher‘s", "PERSON"), ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_a_duration_another_outlet_gives_in_other_units_is_not_novel():
    """Fox's "270-month prison sentence" is the Hill's "22 1/2 years": no detail of its own;
    a 300-month sentence would be. Ages are not converted."""
    from manysides.compare.unique import _printed

    b = Draft("b", "B", [("Derek Chauvin was sentenced to 22 1/2 years in prison for the murder of George Floyd.",
                          "sentence")],
              claims=[("22 1/2 years", "chauvin sentence", 22.5, "years", None, 22.5, 22.5)],
              entities=[("Derek Chauvin", "Derek Chauvin", "PERSON"), ("George Floyd", "George Floyd", "PERSON")])

    def details(months: int) -> list[str]:
        a = Draft("a", "A", [(f"Derek Chauvin received a {months}-month prison sentence for the murder of George "
                              "Floyd on Friday.", "sentence")],
                  claims=[(f"{months}-month", "prison sentence", months, "month", None, months, months)],
                  entities=[("Derek Chauvin", "Derek Chauvin", "PERSON"), ("George Floyd", "George Floyd", "PERSON")])
        fx = make_fixture([a, b])
        return [d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"
                for d in e.details]

    assert details(270) == []
    assert details(300) == ["300-month"]
    assert _printed((270.0, "month", False), {(22.5, "years", False)})
    assert not _printed((0.5, "years", True), {(6.0, "month", False)})  # "a 6-month-old" is no six months


def test_a_numeral_another_outlet_prints_only_for_something_else_does_not_cover_a_figure():
    """"48 percent" of the vote is new where the other outlets print 48 only in a "48-page
    indictment"; a 48 written there outside any figure still covers it (conservative)."""
    mine = Draft("a", "A", [("Mr. Hunter easily won the primary with 48 percent of the vote in June.", "mine")],
                 claims=[("48 percent", "vote", 48, "percent", None, 48, 48)])

    def details(other: str, claims: list) -> list[str]:
        b = Draft("b", "B", [(other, "theirs")], claims=claims)
        fx = make_fixture([mine, b])
        return [d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"
                for d in e.details]

    page = [("48-page", "indictment", 48, "page", None, 48, 48)]
    assert details("In a 48-page indictment, prosecutors accused the congressman of misusing funds.", page) \
        == ["48 percent"]
    assert details("In a 48-page indictment, prosecutors named 48 of the purchases as personal.", page) == []
    assert details("Polls gave him 48 percent before the indictment came down.",
                   [("48 percent", "poll", 48, "percent", None, 48, 48)]) == []


def test_a_bare_numeral_whose_kind_was_read_from_its_place_still_covers_a_figure():
    """Fox's "Lieberman, 75," (read as an age) and the NYT's "His age, 75," (read as a count):
    one figure; a kind the text does not write tells nothing apart."""
    a = Draft("a", "A", [("His age, 75, could be a problem for a director who serves a ten-year term.", "mine")],
              claims=[("75", "age", 75, "count", None, 75, 75)])
    b = Draft("b", "B", [("Lieberman, 75, served in the Senate for decades before his retirement.", "theirs")],
              claims=[("75", "lieberman", 75, "years", None, 75, 75)])
    fx = make_fixture([a, b])
    assert [d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"
            for d in e.details] == []


def test_a_span_of_years_another_outlet_writes_in_words_is_no_detail_of_ones_own():
    """Review 10: NPR's "Nearly 10 years after ... Litvinenko was poisoned" was listed as a
    detail only NPR gives, where Fox wrote "... poisoned in London a decade ago"."""
    a = Draft("a", "A", [("Nearly 10 years after the spy was poisoned in London, the inquiry reported on Thursday.",
                          "a-years")],
              claims=[("Nearly 10 years", "after poisoned", 10, "years", "nearly", None, 10)])
    b = Draft("b", "B", [("Economists watch the labor market closely ahead of the Federal Reserve meeting.", "b-fed"),
                         ("The spy died in London a decade ago after drinking tea with two former agents.", "b-tea")])
    fx = make_fixture([a, b])
    assert not any("10 years" in d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors)
                   for d in e.details)
    b = Draft("b", "B", [("Economists watch the labor market closely ahead of the Federal Reserve meeting.", "b-fed"),
                         ("The spy died in London after drinking tea with two former agents.", "b-tea")])
    fx = make_fixture([a, b])
    assert any("10 years" in d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors)
               for d in e.details)


def test_a_change_in_points_between_two_rates_another_outlet_gives_is_no_detail_of_ones_own():
    """Review 11: NPR's "The jobless rate fell 0.2 percentage points to 5.9 percent." was
    listed as only NPR's, for its 0.2 points, where CNN gave the rate falling to 5.9% from 6.1%."""
    a = Draft("a", "A", [("The jobless rate fell 0.2 percentage points to 5.9 percent in September.", "a-rate")],
              claims=[("0.2 percentage points", "jobless rate fell", 0.2, "percentage points", None, None, None),
                      ("5.9 percent", "jobless rate", 5.9, "percent", None, None, None)])

    def other(second: str, *rates: float) -> Draft:
        return Draft("b", "B", [("Economists watch the labor market closely ahead of the Federal Reserve meeting.",
                                 "b-fed"), (second, "b-rate")],
                     claims=[(f"{r}%", "unemployment rate", r, "percent", None, None, None) for r in rates])

    def details(b: Draft) -> list[str]:
        fx = make_fixture([a, b])
        return [d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) for d in e.details]

    assert not any("0.2" in d for d in details(other("Unemployment dropped to 5.9% from 6.1% in August.", 5.9, 6.1)))
    # without the earlier rate the change is a figure only this outlet gives
    assert any("0.2" in d for d in details(other("Unemployment dropped to 5.9% last month, the data showed.", 5.9)))


def test_a_hashtag_is_no_name_an_outlet_adds():
    a = Draft("a", "A", [("The interim prime minister asked for polls on August 3 #thailand #MartialLaw today.",
                          "a-tweet")],
              entities=[("MartialLaw", "MartialLaw", "ORG")])
    b = Draft("b", "B", [("Economists watch the labor market closely ahead of the Federal Reserve meeting.", "b-fed")])
    fx = make_fixture([a, b])
    assert not any("MartialLaw" in d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors)
                   for d in e.details)


def test_a_surname_misspelt_by_one_outlet_is_not_new():
    """Review 10: Fox's "Maria Zhakarova" was a detail only Fox gave; the others wrote Zakharova."""
    from manysides.compare.unique import _another_form

    assert _another_form("Maria Zhakarova", "PERSON", "spokeswoman Maria Zakharova said Thursday")
    assert not _another_form("Maria Zhakarova", "PERSON", "spokeswoman Maria Zaharova said Thursday")


def test_a_quotation_another_outlet_quotes_is_not_one_outlets_own():
    """Review 12: two outlets quoted one tweet ("purpose-built to humiliate brave men & women
    seeking to serve their country"), each setting the scene its own way; both listed it as
    their own. The same words quoted elsewhere are the same statement; a few words in common,
    or a figure or name only one outlet gives, leave the sentence its own."""
    tweet = "purpose-built to humiliate brave men & women seeking to serve their country."
    b = Draft("b", "B", [(f"Speaker Ada Vale, a Democrat, said the ban \u201cwas {tweet}\u201d", "b-tweet")],
              entities=[("Ada Vale", "Ada Vale", "PERSON")], quotes=[(f"was {tweet}", "Ada Vale", "person")])

    def own(sentence: str, quoted: str, entities=()) -> list[str]:
        a = Draft("a", "A", [(sentence, "a-tweet")], entities=[("Ada Vale", "Ada Vale", "PERSON"), *entities],
                  quotes=[(quoted, "Ada Vale", "person")])
        fx = make_fixture([a, b])
        return [e.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]

    scene = "Shortly after the order, Speaker Ada Vale tweeted that the policy was"
    assert own(f"{scene} \u201c{tweet}\u201d", tweet) == []
    # other words, or only a few in common ("brave men & women"), are another statement
    other = "a cruel and needless insult to brave men & women in uniform."
    assert len(own(f"{scene} \u201c{other}\u201d", other)) == 1
    # a name the other outlet does not give keeps it the outlet's own
    assert len(own(f"Speaker Ada Vale tweeted from Pruitt County that the policy was \u201c{tweet}\u201d", tweet,
                   [("Pruitt County", "Pruitt County", "GPE")])) == 1


def test_a_hedged_round_figure_another_outlet_gives_exactly_is_no_detail():
    """Review 12: "more than 5,000 U.S. products" was a detail only USA Today gave, beside
    Newsmax's "5,140" and "about 5,200"; "more than 2 percent" beside "2.3%". A lower bound
    that another outlet's figure just exceeds, cut to the bound's precision, is that figure;
    "more than 100" is no 1,400, and looser hedges ("about 50", "as many as 100 million")
    stay details (the readers of unique_items.py judged such figures new)."""
    from manysides.compare.unique import _bound_met
    from manysides.records import Claim

    def claim(written: str, value: float, hedge: str | None, low, high, unit: str = "count") -> Claim:
        return Claim(written, "products", value, unit, hedge, low, high, 0, len(written))

    assert _bound_met(claim("more than 5,000", 5000, "more than", 5000, None), {(5140.0, "count", False)})
    assert _bound_met(claim("more than 2 percent", 2, "more than", 2, None, "percent"), {(2.3, "percent", False)})
    assert not _bound_met(claim("more than 100", 100, "more than", 100, None), {(1400.0, "count", False)})
    assert not _bound_met(claim("more than 100", 100, "more than", 100, None), {(140.0, "count", False)})
    assert not _bound_met(claim("about 50", 50, "about", 45, 55), {(52.0, "count", False)})
    assert not _bound_met(claim("as many as 100 million", 1e8, "as many as", 0, 1e8), {(8e7, "count", False)})
    assert not _bound_met(claim("more than 5,000", 5000, "more than", 5000, None), {(4900.0, "count", False)})
    assert not _bound_met(claim("more than 5,000", 5000, "more than", 5000, None), {(5140.0, "USD", False)})
    assert not _bound_met(claim("5,000", 5000, None, 5000, 5000), {(5140.0, "count", False)})

    b = Draft("b", "B", [("Duties of 5% to 25% will take effect on June 1 on 5,140 American products.", "b-duties")],
              claims=[("5,140", "products", 5140, "count", None, 5140, 5140)])
    a = Draft("a", "A", [("China will slap tariffs on more than 5,000 products shipped from Pruitt County.",
                          "a-duties")],
              claims=[("more than 5,000", "products", 5000, "count", "more than", 5000, None)],
              entities=[("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_a_name_hyphenated_another_way_is_not_new():
    """Review 12: Fox's "The Austin-American Statesman" was a name only Fox gave; USA Today
    wrote "the Austin American-Statesman"."""
    from manysides.compare.unique import _another_form

    assert _another_form("The Austin-American Statesman", "ORG", "neighbors told the Austin American-Statesman")
    assert _another_form("Al Qaeda", "ORG", "a cell of al-Qaeda in Yemen")
    assert not _another_form("The Austin-American Statesman", "ORG", "neighbors told the Austin Chronicle")


def test_an_agency_by_its_initials_or_its_contraction_is_no_new_name():
    """Review 12: Fox's "an ATF source" and "a Federal Express drop-off store" where the other
    outlets wrote "the Bureau of Alcohol, Tobacco, Firearms and Explosives" (commas between its
    words) and "FedEx" (tagged a place); USA Today's "Standard & Poor's 500 index" where the
    Guardian wrote "S&P 500". A company neither names stays a detail."""
    b = Draft("b", "B", [("The Bureau of Alcohol, Tobacco, Firearms and Explosives traced a FedEx package and the "
                          "S&P 500 fell.", "other")],
              entities=[("FedEx", "FedEx", "GPE")])
    a = Draft("a", "A", [("An ATF source said a Federal Express store in Pruitt County had footage.", "mine")],
              entities=[("ATF", "ATF", "ORG"), ("Federal Express", "Federal Express", "ORG"),
                        ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]
    a = Draft("a", "A", [("Standard & Poor's 500 index slipped as Crux Semiconductor shares fell.", "mine")],
              entities=[("Standard & Poor", "Standard & Poor", "ORG"),
                        ("Crux Semiconductor", "Crux Semiconductor", "ORG")])
    assert _details_of_a(a, b) == ["Crux Semiconductor"]
    # the other way round: the full name where the other outlet printed the short one
    b = Draft("b", "B", [("An ATF source and FedEx said the S&P 500 fell.", "other")], entities=[("ATF", "ATF", "ORG")])
    a = Draft("a", "A", [("The Bureau of Alcohol, Tobacco, Firearms and Explosives and Federal Express met Dale "
                          "Swinford.", "mine")],
              entities=[("the Bureau of Alcohol, Tobacco, Firearms and Explosives",
                         "Bureau of Alcohol, Tobacco, Firearms and Explosives", "ORG"),
                        ("Federal Express", "Federal Express", "ORG"), ("Dale Swinford", "Dale Swinford", "PERSON")])
    assert _details_of_a(a, b) == ["Dale Swinford"]


def test_a_short_name_a_text_defines_in_brackets_is_no_new_name():
    """A text that writes "the Centers for Medicare and Medicaid Services (CMS)" tells that "CMS"
    is that agency, though its letters are not the initials of the words in a row: in any
    outlet's article of the story, its own included. A dateline's "NEW YORK (AP)" defines nothing."""
    b = Draft("b", "B", [("The Centers for Medicare and Medicaid Services said the clinic may stay open.", "other")])
    a = Draft("a", "A", [("The Centers for Medicare and Medicaid Services (CMS) runs the program.", "intro"),
                         ("CMS said 14 staff at the clinic in Pruitt County were cleared on Monday night.", "mine")],
              entities=[("CMS", "CMS", "ORG"), ("Pruitt County", "Pruitt County", "GPE")],
              claims=[("14 staff", "staff", 14, "count", None, 14, 14)])
    fx = make_fixture([a, b])
    (item,) = [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if "CMS said" in e.text]
    assert [d.text for d in item.details] == ["14 staff", "Pruitt County"]
    from manysides.nlp.acronyms import defined_aliases

    assert defined_aliases("NEW YORK (AP) -- Stocks fell.") == {}
    assert "atf" in defined_aliases("agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) came")


def test_a_plural_of_a_name_another_outlet_gives_is_no_new_name():
    b = Draft("b", "B", [("Beijing hinted it may sell some of the US Treasury bonds it holds.", "other")])
    a = Draft("a", "A", [("Scholars discuss dumping US Treasuries held in Pruitt County funds.", "mine")],
              entities=[("US Treasuries", "US Treasuries", "ORG"), ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["Pruitt County"]


def test_an_age_read_as_a_count_is_the_age_another_outlet_gives():
    """Fox's "Authorities have said Conditt was 24" (its claim a bare numeral, read as a count)
    beside CNN's "a 24-year-old man": the numeral is given; a numeral the other outlet does not
    print stays a detail."""
    b = Draft("b", "B", [("Earlier, police identified the suspect as a 24-year-old man from Pflugerville.", "other")],
              claims=[("24-year-old", "man", 24, "years", None, 24, 24)])
    a = Draft("a", "A", [("Authorities have said Conditt was 24, but public records obtained by the Statesman "
                          "show 23 in Pruitt County.", "mine")],
              entities=[("Pruitt County", "Pruitt County", "GPE")],
              claims=[("24", "conditt", 24, "count", None, 24, 24), ("23", "records", 23, "years", None, 23, 23)])
    assert _details_of_a(a, b) == ["23", "Pruitt County"]
    # a bare numeral with its unit written after it keeps its kind: "16 other candidates" is not a "16-minute" speech
    b = Draft("b", "B", [("He gave a 16-minute address to supporters in a hotel ballroom that night.", "other")],
              claims=[("16-minute", "address", 16, "minute", None, 16, 16)])
    a = Draft("a", "A", [("He won the nomination against 16 other candidates in a crowded field.", "mine")],
              claims=[("16", "candidate", 16, "count", None, 16, 16)])
    assert _details_of_a(a, b) == ["16"]


def test_furniture_is_never_an_outlets_own():
    """A line in capitals (a related story's headline) and a caption that credits its photo
    are page furniture, however new their names; prose beside them is listed."""
    b = Draft("b", "B", [("Police said the bomber died early Wednesday as officers closed in near Austin.", "other")])
    a = Draft("a", "A", [("Neighbors in Pruitt County said the house had been empty for weeks before the raid.\n",
                          "prose"),
                         ("AUSTIN SERIAL BOMBER MAY HAVE OTHER DEVICES, COPS UNCOVER TROVE IN PRUITT COUNTY\n", "head"),
                         ("A boat is wedged in trees Friday in Oriental, North Carolina, in a photo from Angie "
                          "Propst.", "caption")],
              entities=[("Pruitt County", "Pruitt County", "GPE"), ("PRUITT COUNTY", "PRUITT COUNTY", "GPE"),
                        ("Oriental", "Oriental", "GPE"), ("Angie Propst", "Angie Propst", "PERSON")])
    fx = make_fixture([a, b])
    listed = [e.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    assert len(listed) == 1 and listed[0].startswith("Neighbors")


def test_a_middle_name_spelt_another_way_is_no_new_name_whatever_the_tagger_calls_it():
    """Review 12 (after the fixes above): Fox's "Anthony Steven House" (tagged an organisation)
    where CNN wrote "Anthony Stephan House"; "North Dakota State" is not "North Carolina State"."""
    b = Draft("b", "B", [("The first explosion killed Anthony Stephan House, 39, and North Dakota State mourned.",
                          "other")])
    a = Draft("a", "A", [("Anthony Steven House died at North Carolina State hospital in Pruitt County.", "mine")],
              entities=[("Anthony Steven House", "Anthony Steven House", "ORG"),
                        ("North Carolina State", "North Carolina State", "ORG"),
                        ("Pruitt County", "Pruitt County", "GPE")])
    assert _details_of_a(a, b) == ["North Carolina State", "Pruitt County"]


def test_an_amount_and_its_conversion_in_brackets_are_one_figure():
    """Review 13: Fox's "100 kilometers (60 miles)" and "25 kilometers (15 miles)" where CBS wrote
    "some 60 miles" and "some 25 kilometers": each pair is one distance another outlet gives in
    one of its units. A pair neither unit of which the others give stays a detail."""
    b = Draft("b", "B", [("The towns lie some 60 miles from Rome, and Pescara some 25 kilometers further east.",
                          "towns")],
              claims=[("some 60 miles", "distance", 60, "mile", "some", None, None),
                      ("some 25 kilometers", "distance", 25, "kilometer", "some", None, None)])
    a = Draft("a", "A", [("The towns lie 100 kilometers (60 miles) from Rome, and Pescara 25 kilometers (15 miles) "
                          "further east, with 4 kilometers (2 miles) of road closed.", "towns")],
              claims=[("100 kilometers", "distance", 100, "kilometer", None, None, None),
                      ("60 miles", "distance", 60, "mile", None, None, None),
                      ("25 kilometers", "distance", 25, "kilometer", None, None, None),
                      ("15 miles", "distance", 15, "mile", None, None, None),
                      ("4 kilometers", "road", 4, "kilometer", None, None, None),
                      ("2 miles", "road", 2, "mile", None, None, None)])
    assert _details_of_a(a, b) == ["4 kilometers", "2 miles"]


def test_an_organisation_the_others_call_by_its_head_is_no_new_name():
    """Review 12: Reuters' "House of Representatives Speaker Nancy Pelosi" where CNN wrote "Speaker of
    the House Nancy Pelosi"; "the White House" is no "House", nor "the Bank of England" a "Bank of America"."""
    from manysides.compare.unique import _another_form

    assert _another_form("House of Representatives", "ORG", "Speaker of the House Nancy Pelosi said")
    assert _another_form("the Department of Justice", "ORG", "The Department said it would appeal.")
    assert not _another_form("House of Representatives", "ORG", "the White House said")
    assert not _another_form("Bank of America", "ORG", "the Bank of England raised rates")


def test_names_around_a_quotation_another_outlet_quotes_are_no_details():
    """Review 11: the Guardian's and the NYT's sentences on the appeals court's ruling each quote
    "drips with religious intolerance, animus and discrimination", each naming the court or judge
    its own way: one statement, not an item of either outlet. A name beside words only it
    quotes stays a detail."""
    b = Draft("b", "B", [("In May, the appeals court in Richmond said the order \u201cdrips with religious "
                          "intolerance, animus and discrimination.\u201d", "ruling")],
              entities=[("Richmond", "Richmond", "GPE")])
    a = Draft("a", "A", [("In a ruling issued in May, chief judge Roger Gregory said the order \u201cdrips with "
                          "religious intolerance, animus and discrimination.\u201d", "ruling")],
              entities=[("Roger Gregory", "Roger Gregory", "PERSON")],
              quotes=[("drips with religious intolerance, animus and discrimination.", "Roger Gregory", "person")])

    def listed(a):
        fx = make_fixture([a, b])
        orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
        fx.vectors["a"][0] = 0.6 * fx.vectors["b"][0] + 0.8 * orth / np.linalg.norm(orth)  # related, 0.6
        return [[d.text for d in e.details] for e in unique_points(fx.articles, fx.annotations, fx.vectors)
                if e.article == "a"]

    assert listed(a) == []
    a.sentences = [("In a ruling issued in May, chief judge Roger Gregory said the order \u201cbetrays a "
                    "plain hostility to one faith.\u201d", "ruling")]
    a.quotes = [("betrays a plain hostility to one faith.", "Roger Gregory", "person")]
    assert listed(a) == [["Roger Gregory"]]


def test_a_sentence_whose_words_another_outlets_passage_holds_is_not_unique():
    """A sentence with no figure, name or quotation of its own, which the embedding reads as unlike
    any other outlet's sentence, is no item of its outlet when one passage of another outlet (up
    to three consecutive sentences) holds nearly all its content words: the same point, told in
    two sentences there. One adding a fact in words of its own ("hospital", "overnight",
    "injuries") stays an item, as does one quoting words no other outlet quotes."""
    b = Draft("b", "B", [("Firefighters reached the burning warehouse in Harbor County before dawn.", "fire"),
                         ("The blaze destroyed the roof, and the crews rescued three workers trapped inside.",
                          "roof"),
                         ("An unrelated storm closed the coastal highway near the port.", "storm")],
              entities=[("Harbor County", "Harbor County", "GPE")],
              claims=[("three workers", "workers", 3, "count", None, None, None)])
    a = Draft("a", "A", [("Crews rescued workers trapped inside the burning Harbor County warehouse as the blaze "
                          "destroyed its roof.", "a-rescue"),
                         ("Rescued workers were treated at a Harbor County hospital overnight for smoke injuries "
                          "and burns.", "a-hospital"),
                         ("\u201cThe roof destroyed everything, workers were trapped inside the warehouse,\u201d "
                          "a worker said.", "a-quote")],
              entities=[("Harbor County", "Harbor County", "GPE")],
              quotes=[("The roof destroyed everything, workers were trapped inside the warehouse,", "a worker",
                       "person")])
    fx = make_fixture([a, b])
    listed = [e.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    assert not any(t.startswith("Crews rescued") for t in listed)
    assert any(t.startswith("Rescued workers were treated") for t in listed)
    assert any("The roof destroyed everything" in t for t in listed)


def test_an_article_the_tagger_took_into_a_name_does_not_make_it_new():
    """Review 15: Business Insider's "an Academy Sports & Outdoors store" was listed for the name, while
    the Washington Times wrote "Academy Sports & Outdoors said ..."."""
    store = [("an Academy Sports & Outdoors", "an Academy Sports & Outdoors", "ORG")]
    a = Draft("a", "A", [("Kelley bought the rifle last April from an Academy Sports & Outdoors store in the city.",
                          "mine")], entities=store)
    b = Draft("b", "B", [("Academy Sports & Outdoors said he bought two guns at its shops.", "shops")],
              entities=[("Academy Sports & Outdoors", "Academy Sports & Outdoors", "ORG")])
    fx = make_fixture([a, b])
    orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
    fx.vectors["a"][0] = 0.6 * fx.vectors["b"][0] + 0.8 * orth / np.linalg.norm(orth)
    assert not [e for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"]
    # a name the other outlet does not give is still a detail, with or without its article
    b = Draft("b", "B", [("Walmart said he bought two guns at its shops.", "shops")],
              entities=[("Walmart", "Walmart", "ORG")])
    fx2 = make_fixture([a, b])
    fx2.vectors["a"][0] = fx.vectors["a"][0]
    (item,) = [e for e in unique_points(fx2.articles, fx2.annotations, fx2.vectors) if e.article == "a"]
    assert [d.text for d in item.details] == ["an Academy Sports & Outdoors"]


def test_two_outlets_estimates_of_one_count_that_meet_are_one_figure():
    """Review 15: Fox's "About 18 Democratic senators" beside the Times' "About 20 Democrats" (the hedges'
    intervals meet) was listed as Fox's own figure; an exact figure beside an estimate stays a detail."""
    def story(other: str, claim: tuple):
        a = Draft("a", "A", [("About 18 Democratic senators, staff and family were on hand for the speech.", "mine")],
                  claims=[("About 18", "democratic senator", 18.0, "count", "about", 16.2, 19.8)])
        b = Draft("b", "B", [(other, "theirs")], claims=[claim])
        fx = make_fixture([a, b])
        orth = fx.vectors["a"][0] - (fx.vectors["a"][0] @ fx.vectors["b"][0]) * fx.vectors["b"][0]
        fx.vectors["a"][0] = 0.6 * fx.vectors["b"][0] + 0.8 * orth / np.linalg.norm(orth)
        return [d.text for e in unique_points(fx.articles, fx.annotations, fx.vectors) if e.article == "a"
                for d in e.details]

    assert story("About 20 Democrats came to the chamber to hear his remarks.",
                 ("About 20", "democrats", 20.0, "count", "about", 18.0, 22.0)) == []
    assert story("Exactly 25 Democrats came to the chamber to hear his remarks.",
                 ("25", "democrats", 25.0, "count", None, 25.0, 25.0)) == ["About 18"]
