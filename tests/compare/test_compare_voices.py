from manysides.compare import unify_names, voices


def test_unify_names_strips_titles_and_maps_surnames():
    m = unify_names(["Ossoff", "Jon Ossoff", "Mr. Ossoff", "Sen. Jon Ossoff's", "JON OSSOFF"])
    assert set(m.values()) == {"Jon Ossoff"}


def test_unify_names_leaves_ambiguous_surnames_alone():
    m = unify_names(["Trump", "Donald Trump", "Melania Trump", "President Trump"])
    assert m["Trump"] == "Trump" and m["President Trump"] == "Trump"
    assert m["Donald Trump"] == "Donald Trump" and m["Melania Trump"] == "Melania Trump"


def test_unify_names_middle_initial_and_first_name():
    m = unify_names(["Karen Handel", "Karen L. Handel", "Karen", "Handel", "Vice President Mike Pence", "Pence"])
    assert m["Karen"] == m["Handel"] == m["Karen L. Handel"] == m["Karen Handel"]
    assert m["Pence"] == m["Vice President Mike Pence"] == "Mike Pence"


def test_unify_names_is_total_and_tolerates_junk():
    m = unify_names(["Mr.", "", "  ", "Ossoff"])
    assert set(m) == {"Mr.", "", "  ", "Ossoff"}
    assert m["Ossoff"] == "Ossoff"


def test_voices_unified_across_outlets_and_groups_kept(election):
    ledger = voices(election.articles, election.annotations)
    by_name = {v.speaker: v for v in ledger}
    assert set(by_name) == {"Maya Quill", "Tom Breck", "protesters"}
    quill = by_name["Maya Quill"]
    assert quill.articles == ("a-ledger", "b-courier") and quill.quotes == 2 and quill.kind == "person"
    crowd = by_name["protesters"]
    assert crowd.kind == "group" and crowd.articles == ("b-courier", "c-dispatch")
    assert by_name["Tom Breck"].articles == ("c-dispatch",)
    assert ledger[-1].speaker == "Tom Breck"  # fewest outlets last


def test_unify_names_keeps_father_and_son_apart():
    m = unify_names(["Donald Trump", "Donald Trump Jr.", "Trump", "Mr. Trump"])
    assert m["Donald Trump Jr."] == "Donald Trump Jr." and m["Donald Trump"] == "Donald Trump"
    assert m["Trump"] == m["Mr. Trump"] == "Donald Trump"  # not the son, who has his suffix


def test_unify_names_joins_a_short_first_name_with_its_formal_one():
    m = unify_names(["Chuck Schumer", "Sen. Charles E. Schumer", "Schumer", "Charles Schumer",
                     "Bill Clinton", "William Clinton", "Hillary Clinton", "Clinton"])
    assert m["Chuck Schumer"] == m["Sen. Charles E. Schumer"] == m["Charles Schumer"] == m["Schumer"]
    assert m["Bill Clinton"] == m["William Clinton"] != m["Hillary Clinton"]
    assert m["Clinton"] == "Clinton"  # two Clintons: the surname stays alone
    # a short form is not any name: "Chris" is not "Charles"
    m = unify_names(["Chris Smith", "Charles Smith"])
    assert m["Chris Smith"] != m["Charles Smith"]


def test_unify_names_drops_a_description_before_the_name_and_keeps_surname_particles():
    m = unify_names(["Actress and activist Rose McGowan", "Rose McGowan", "added Lauten", "Elizabeth Lauten",
                     "Bill de Blasio", "De Blasio"])
    assert m["Actress and activist Rose McGowan"] == m["Rose McGowan"] == "Rose McGowan"
    assert m["added Lauten"] == m["Elizabeth Lauten"] == "Elizabeth Lauten"
    assert m["De Blasio"] == m["Bill de Blasio"] == "Bill de Blasio"


def test_unify_names_reads_a_middle_initial_as_the_name_it_begins():
    m = unify_names(["Donald John Trump", "Donald J. Trump", "Donald Trump", "Melania Trump"])
    assert m["Donald John Trump"] == m["Donald J. Trump"] == m["Donald Trump"] != m["Melania Trump"]
    assert unify_names(["Mr. Trump’s view of the United States"])["Mr. Trump’s view of the United States"] != \
        "United States"  # a phrase with names inside is no description before a name


def test_unify_names_joins_a_name_with_a_word_before_it_and_shows_the_name():
    m = unify_names(["Interior Ryan Zinke", "Ryan Zinke", "Zinke"])
    assert set(m.values()) == {"Ryan Zinke"}


def test_a_surname_typed_as_an_organisation_is_the_person():
    from compare_fixtures import Draft, make_fixture

    a = Draft("a", "A", [("\u201cWe will keep going,\u201d Pence said on Monday at the rally.", "x")],
              entities=[("Pence", "Pence", "PERSON")], quotes=[("We will keep going,", "Pence", "org")])
    b = Draft("b", "B", [("Vice President Mike Pence spoke to the crowd. \u201cNot today,\u201d said Ford.", "y"),
                         ("\u201cWe stand ready,\u201d Defense Lloyd Austin said of the troops.", "z")],
              entities=[("Mike Pence", "Mike Pence", "PERSON"), ("Lloyd Austin", "Lloyd Austin", "PERSON")],
              quotes=[("Not today,", "Ford", "org"), ("We stand ready,", "Defense Lloyd Austin", "org")])
    fx = make_fixture([a, b])
    by_name = {v.speaker: v for v in voices(fx.articles, fx.annotations)}
    assert by_name["Mike Pence"].kind == "person" and by_name["Mike Pence"].articles == ("a",)
    assert by_name["Ford"].kind == "org"  # no person of the story is named Ford
    assert by_name["Lloyd Austin"].kind == "person" and "Defense Lloyd Austin" not in by_name


def test_writings_of_one_kind_are_one_voice_shown_without_their_article():
    from compare_fixtures import Draft, make_fixture

    a = Draft("a", "A", [("\u201cWe acted lawfully,\u201d a statement said. \u201cNo comment,\u201d the statement added.", "x"),
                         ("\u201cHe is in good health,\u201d a letter from his doctor said.", "y")],
              quotes=[("We acted lawfully,", "a statement", "document"), ("No comment,", "the statement", "document"),
                      ("He is in good health,", "a letter from his doctor", "document")])
    b = Draft("b", "B", [("\u201cNothing was hidden,\u201d the 47-page statement said.", "z")],
              quotes=[("Nothing was hidden,", "the 47-page statement", "document")])
    fx = make_fixture([a, b])
    by_name = {v.speaker: v for v in voices(fx.articles, fx.annotations)}
    assert set(by_name) == {"statement", "letter from his doctor"}
    assert by_name["statement"].quotes == 3 and by_name["statement"].articles == ("a", "b")
    assert by_name["statement"].kind == "document"


def test_a_suit_and_a_lawsuit_are_one_writing():
    """Review 9: "the lawsuit says" and "the suit says" in one article were two voices."""
    from compare_fixtures import Draft, make_fixture

    a = Draft("a", "A", [("\u201cMarijuana flows from this gap,\u201d the suit says.", "x"),
                         ("\u201cThe Constitution does not permit it,\u201d the lawsuit says.", "y")],
              quotes=[("Marijuana flows from this gap,", "the suit", "document"),
                      ("The Constitution does not permit it,", "the lawsuit", "document")])
    b = Draft("b", "B", [("\u201cColorado has failed,\u201d the lawsuit says.", "z")],
              quotes=[("Colorado has failed,", "the lawsuit", "document")])
    fx = make_fixture([a, b])
    [voice] = voices(fx.articles, fx.annotations)
    assert voice.speaker == "lawsuit" and voice.quotes == 3 and voice.articles == ("a", "b")


def test_a_curly_and_a_straight_apostrophe_are_one_voice(election):
    from dataclasses import replace

    from manysides.records import Quote

    annotations = dict(election.annotations)
    for aid, spelling in (("a-ledger", "Georgia’s secretary of state"), ("b-courier", "Georgia's secretary of state")):
        ann = annotations[aid]
        annotations[aid] = replace(ann, quotes=ann.quotes + (
            Quote("The count is final.", spelling, "said", 0, 10, speaker_kind="org"),))
    found = [v for v in voices(election.articles, annotations) if "secretary of state" in v.speaker]
    assert len(found) == 1 and found[0].articles == ("a-ledger", "b-courier") and found[0].quotes == 2


def test_reported_speech_is_counted_apart_from_direct_quotes(election):
    from dataclasses import replace

    from manysides.records import Quote

    annotations = dict(election.annotations)
    text = next(a.text for a in election.articles if a.id == "a-ledger")
    clause = text[:30]  # any stretch of the article stands for the reported clause here
    ann = annotations["a-ledger"]
    annotations["a-ledger"] = replace(ann, quotes=ann.quotes + (
        Quote(clause, "Tom Breck", "said", 0, 30, direct=False, speaker_kind="person"),
        Quote(clause, "Ada Morrow", "argued", 0, 30, direct=False, speaker_kind="person"),
    ))
    by_name = {v.speaker: v for v in voices(election.articles, annotations)}
    breck = by_name["Tom Breck"]
    assert (breck.quotes, breck.reported) == (1, 1) and breck.articles == ("a-ledger", "c-dispatch")
    morrow = by_name["Ada Morrow"]  # a voice only paraphrased is still a voice
    assert (morrow.quotes, morrow.reported) == (0, 1)
    assert by_name["Maya Quill"].reported == 0

    from manysides.present._view import voice_count

    assert [voice_count(v) for v in (breck, morrow, by_name["Maya Quill"])] == ["1 + 1 reported", "1 reported", "2"]


def _ledger(*drafts):
    from compare_fixtures import Draft

    ds = [Draft(i, outlet, [(text, "t")], entities=ents, quotes=qs) for i, outlet, text, ents, qs in drafts]
    return voices([d.article() for d in ds], {d.id: d.annotation() for d in ds})


def test_voices_one_name_under_two_kinds_and_a_surname_join_the_person():
    ledger = _ledger(
        ("a", "Times", "“Troubling,” Goelman said.", [("Goelman", "Goelman", "PERSON")],
         [("Troubling", "Goelman", "person")]),
        ("b", "Post", "“A departure,” Goelman said.", [("Goelman", "Goelman", "ORG")],
         [("A departure", "Goelman", "org")]),
        ("c", "Fox", "His lawyer, Aitan Goelman, said “overruled” here.", [("Aitan Goelman", "Aitan Goelman", "ORG")],
         [("overruled", "Aitan Goelman", "org")]),
    )
    assert [(v.speaker, v.kind, v.articles, v.quotes) for v in ledger] == [
        ("Aitan Goelman", "person", ("a", "b", "c"), 3)
    ]


def test_voices_unnamed_people_stay_apart_across_articles_and_every_voice_has_a_kind():
    ledger = _ledger(
        ("a", "Times", "“Shame,” the man said. “Never,” a spokesman for the Democratic National Committee said.",
         [("Democratic National Committee", "Democratic National Committee", "ORG")],
         [("Shame", "the man", "person"), ("Never", "a spokesman for the Democratic National Committee", "person")]),
        ("b", "Post", "“Go home,” another man said. “All persons born here are citizens,” it states.", [],
         [("Go home", "another man", "person"), ("All persons born here are citizens", "Constitution", None)]),
    )
    by = {(v.speaker, v.articles): v for v in ledger}
    assert ("man", ("a",)) in by and ("another man", ("b",)) in by
    spokesman = next(v for v in ledger if "spokesman" in v.speaker)
    assert spokesman.kind == "person" and spokesman.articles == ("a",)
    assert "Democratic National Committee" not in {v.speaker for v in ledger}
    assert all(v.kind in ("person", "group", "org", "document") for v in ledger)


def test_voices_keep_a_name_given_after_its_description():
    ledger = _ledger(
        ("a", "Times", "“Yes,” actress and activist Rose McGowan said.", [("Rose McGowan", "Rose McGowan", "PERSON")],
         [("Yes", "Actress and activist Rose McGowan", "person")]),
        ("b", "Post", "“No,” Rose McGowan said.", [("Rose McGowan", "Rose McGowan", "PERSON")],
         [("No", "Rose McGowan", "person")]),
    )
    assert [(v.speaker, v.articles) for v in ledger] == [("Rose McGowan", ("a", "b"))]


def test_voices_a_description_with_a_name_is_one_person_and_a_title_before_a_name_is_the_name():
    """"the man" may be another man in each article; "Georgia's secretary of state" is
    one person wherever it is used; a person named after a long title, or by a surname
    with a particle, is the story's person of that name."""
    ledger = _ledger(
        ("a", "Times", "“Final,” Georgia’s secretary of state said. “Go,” the man said. “Yes,” de Blasio said. "
         "“Help,” U.S. Special Envoy for Haiti Daniel Foote said.",
         [("de Blasio", "de Blasio", "PERSON"), ("Daniel Foote", "Daniel Foote", "PERSON")],
         [("Final", "Georgia’s secretary of state", "person"), ("Go", "the man", "person"),
          ("Yes", "de Blasio", "person"), ("Help", "U.S. Special Envoy for Haiti Daniel Foote", "person")]),
        ("b", "Post", "“Certified,” Georgia's secretary of state said. “Stop,” the man said. "
         "“No,” Bill de Blasio said. “Leave,” Daniel Foote said.",
         [("Bill de Blasio", "Bill de Blasio", "PERSON"), ("Daniel Foote", "Daniel Foote", "PERSON")],
         [("Certified", "Georgia's secretary of state", "person"), ("Stop", "the man", "person"),
          ("No", "Bill de Blasio", "person"), ("Leave", "Daniel Foote", "person")]),
    )
    by = {v.speaker.replace("’", "'"): v for v in ledger}
    assert by["Georgia's secretary of state"].articles == ("a", "b")
    assert by["Bill de Blasio"].articles == ("a", "b") and "de Blasio" not in by
    assert by["Daniel Foote"].articles == ("a", "b") and by["Daniel Foote"].quotes == 2
    assert sorted(v.articles for v in ledger if v.speaker == "man") == [("a",), ("b",)]
    owned = _ledger(("a", "A", "“Yes,” CBS’s Steven Portnoy said.", [("CBS’s Steven Portnoy", "CBS’s Steven Portnoy",
                                                                      "PERSON")],
                     [("Yes", "CBS’s Steven Portnoy", "org")]),
                    ("b", "B", "“No,” Steve Portnoy said.", [("Steve Portnoy", "Steve Portnoy", "PERSON")],
                     [("No", "Steve Portnoy", "person")]))
    assert [(v.speaker, v.articles) for v in owned] == [("Steve Portnoy", ("a", "b"))]  # not CBS's man


def test_unify_names_keeps_a_generational_suffix_apart_even_where_no_article_names_both():
    """One outlet's "Donald Trump Jr." (the son, quoted) and another's "Donald Trump" (the father) are two people
    (session 30's 40-article corpus): no outlet leaving a suffix out is assumed."""
    sons = unify_names(["Donald Trump", "Trump", "Donald Trump Jr."], [["Donald Trump", "Trump"], ["Donald Trump Jr."]])
    assert sons["Donald Trump"] == sons["Trump"] == "Donald Trump" and sons["Donald Trump Jr."] == "Donald Trump Jr."
    family = unify_names(["Donald Trump", "Donald Trump Jr."], [["Donald Trump", "Donald Trump Jr."], ["Donald Trump"]])
    assert family["Donald Trump"] == "Donald Trump" and family["Donald Trump Jr."] == "Donald Trump Jr."
    senior = unify_names(["Ken Griffey Jr.", "Ken Griffey Sr."], [["Ken Griffey Jr."], ["Ken Griffey Sr."]])
    assert senior["Ken Griffey Jr."] != senior["Ken Griffey Sr."]
    # one spelling with and one without the suffix's period is one name
    dotted = unify_names(["John Pitney Jr.", "John Pitney Jr"], [["John Pitney Jr."], ["John Pitney Jr"]])
    assert dotted["John Pitney Jr."] == dotted["John Pitney Jr"]


def test_voices_a_son_and_his_father_of_two_outlets_are_two_voices():
    ledger = _ledger(
        ("a", "Fox", "“No comment,” Donald Trump said.", [("Donald Trump", "Donald Trump", "PERSON")],
         [("No comment", "Donald Trump", "person")]),
        ("b", "FiveThirtyEight", "“Lawful,” Donald Trump Jr. said.",
         [("Donald Trump Jr.", "Donald Trump Jr.", "PERSON")], [("Lawful", "Donald Trump Jr.", "person")]),
    )
    assert sorted((v.speaker, v.articles) for v in ledger) == [("Donald Trump", ("a",)), ("Donald Trump Jr.", ("b",))]


def test_voices_an_indefinite_official_typed_as_a_group_stays_in_its_article():
    ledger = _ledger(
        ("a", "Post", "“Soon,” a senior administration official said.", [],
         [("Soon", "a senior administration official", "group")]),
        ("b", "Fox", "“Later,” a senior administration official said. “Go,” a crowd of marchers chanted.", [],
         [("Later", "a senior administration official", "group"), ("Go", "a crowd of marchers", "group")]),
    )
    officials = [v for v in ledger if "official" in v.speaker]
    assert sorted(v.articles for v in officials) == [("a",), ("b",)]
    assert {v.kind for v in officials} == {"person"}
    assert next(v for v in ledger if "crowd" in v.speaker).kind == "group"


def test_unify_names_ignores_diacritics():
    m = unify_names(["François Molins", "Francois Molins", "Molins", "Francois Molins"])
    assert len(set(m.values())) == 1 and m["Molins"] == "Francois Molins"


def test_voices_join_diacritics_acronyms_and_name_tails():
    ledger = _ledger(
        ("a", "Times", "“Grave,” Molins said. “Calm,” the CDC said. “Late,” Free Press said. “No,” the FBI said.",
         [("François Molins", "François Molins", "PERSON")],
         [("Grave", "François Molins", "person"), ("Calm", "CDC", "org"), ("Late", "Free Press", "org"),
          ("No", "FBI", "org")]),
        ("b", "Post", "“Grim,” Molins said. “Wait,” the agency said. “Soon,” the paper said. “Yes,” they said.",
         [("Francois Molins", "Francois Molins", "PERSON")],
         [("Grim", "Francois Molins", "person"), ("Wait", "Centers for Disease Control and Prevention", "org"),
          ("Soon", "Jackson Free Press", "org"), ("Yes", "Federal Reserve", "org")]),
    )
    names = sorted(v.speaker for v in ledger)
    assert len(names) == 5, names
    assert {"FBI", "Federal Reserve"} <= set(names)


def test_voices_join_an_organisations_last_word_but_not_a_body_or_a_group_of_its_own():
    ledger = _ledger(
        ("a", "Post", "“Bad,” the Times reported. “No,” the House said. “Wait,” Democrats said.", [],
         [("Bad", "Times", "org"), ("No", "House", "org"), ("Wait", "Democrats", "group")]),
        ("b", "Fox", "“Worse,” the New York Times said. “Yes,” the White House said. “Go,” House Democrats said.", [],
         [("Worse", "New York Times", "org"), ("Yes", "White House", "org"), ("Go", "House Democrats", "group")]),
    )
    by = {v.speaker: v for v in ledger}
    assert by["New York Times"].articles == ("a", "b") and "Times" not in by
    assert by["House"].articles == ("a",) and by["White House"].articles == ("b",)
    assert by["Democrats"].articles == ("a",) and by["House Democrats"].articles == ("b",)


def test_voices_count_words_printed_twice_in_one_article_once():
    """A post quoted in the prose and then embedded is one quote of its account (review 8:
    Warren's tweet counted twice in USA Today and in IJR)."""
    text = ("“Curious why I think FB has too much power?” Warren wrote. “We will fight,” she said.\n\n"
            "Curious why I think FB has too much power? Let’s start with their ads. "
            "— Elizabeth Warren (@ewarren) March 11, 2019")
    ledger = _ledger(
        ("a", "Post", text, [("Elizabeth Warren", "Elizabeth Warren", "PERSON")],
         [("Curious why I think FB has too much power?", "Elizabeth Warren", "person"),
          ("We will fight", "Elizabeth Warren", "person"),
          ("Curious why I think FB has too much power? Let’s start with their ads.", "Elizabeth Warren", "person")]),
        ("b", "Fox", "“Curious why I think FB has too much power?” Warren asked.",
         [("Elizabeth Warren", "Elizabeth Warren", "PERSON")],
         [("Curious why I think FB has too much power?", "Elizabeth Warren", "person")]),
    )
    (warren,) = ledger
    assert warren.quotes == 3  # two in the first article, one in the second: each article counts


def test_unify_names_joins_one_outlets_misspelt_surname():
    """Review 10: Fox's "Maria Zhakarova" was a voice apart from "Maria Zakharova"."""
    from manysides.compare.names import misspelt

    names = ["Maria Zhakarova", "Zhakarova", "Maria Zakharova", "Zakharova", "Maria Zakharova"]
    m = unify_names(names, [["Maria Zhakarova", "Zhakarova", "Zhakarova"], ["Maria Zakharova"],
                            ["Maria Zakharova", "Zakharova"]])
    assert set(m.values()) == {"Maria Zakharova"}  # the spelling more articles give is shown
    # two spellings one article gives are two people; short names and other first names stay apart
    both = unify_names(["Anna Petersen", "Anna Peterson"], [["Anna Petersen", "Anna Peterson"]])
    assert both["Anna Petersen"] != both["Anna Peterson"]
    assert len(set(unify_names(["John Smith", "John Smyth"]).values())) == 2
    assert len(set(unify_names(["Maria Zakharova", "Anna Zhakarova"]).values())) == 2
    assert misspelt("zakharova", "zhakarova") and misspelt("petersen", "peterson")
    assert misspelt("kavanuagh", "kavanaugh")
    assert not misspelt("johnson", "johnston") and not misspelt("smith", "smyth") and not misspelt("carlson", "karlson")
    assert not misspelt("miller", "milley")  # six letters, one changed: two people as often as a misspelling


def test_unify_names_joins_one_outlets_misspelt_first_name():
    """Review 11: NPR's "Katerine Hackett" was a voice apart from CNN's "Katherine Hackett"."""
    from manysides.compare.names import misspelt_first

    m = unify_names(["Katherine Hackett", "Katherine Hackett", "Katerine Hackett"],
                    [["Katherine Hackett", "Katherine Hackett"], ["Katerine Hackett"]])
    assert set(m.values()) == {"Katherine Hackett"}
    # one article naming both spellings names two people; an ending that tells a man's name from
    # a woman's, or another surname, is two people too
    both = unify_names(["Katherine Hackett", "Katerine Hackett"], [["Katherine Hackett", "Katerine Hackett"]])
    assert both["Katherine Hackett"] != both["Katerine Hackett"]
    for a, b in (("Michael Ortiz", "Michaela Ortiz"), ("Francis Lee", "Frances Lee"),
                 ("Christian Dior", "Christina Dior"), ("Katherine Hackett", "Katerine Hacket")):
        assert len(set(unify_names([a, b], [[a], [b]]).values())) == 2, (a, b)
    assert misspelt_first("katherine", "katerine") and misspelt_first("phillip", "philip")
    assert not misspelt_first("jon", "john") and not misspelt_first("daniel", "daniela")


def test_voices_a_misspelt_name_is_one_voice_across_articles():
    ledger = _ledger(
        ("a", "Fox", "“We regret it,” Zhakarova said.", [("Maria Zhakarova", "Maria Zhakarova", "PERSON"),
                                                         ("Zhakarova", "Maria Zhakarova", "PERSON")],
         [("We regret it", "Maria Zhakarova", "person")]),
        ("b", "CNN", "“We regret it,” spokeswoman Maria Zakharova said.",
         [("Maria Zakharova", "Maria Zakharova", "PERSON")], [("We regret it", "Maria Zakharova", "person")]),
        ("c", "NPR", "“It is politicized,” Maria Zakharova said.",
         [("Maria Zakharova", "Maria Zakharova", "PERSON")],
         [("It is politicized", "Maria Zakharova", "person")]),
    )
    assert [(v.speaker, v.articles, v.quotes) for v in ledger] == [("Maria Zakharova", ("a", "b", "c"), 3)]
