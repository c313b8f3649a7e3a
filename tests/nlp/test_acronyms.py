from manysides.nlp.acronyms import another_name, initials, short_form, stands_for, unify


def test_short_names_are_the_initials_of_full_names_with_or_without_small_words():
    assert stands_for("CDC", "Centers for Disease Control and Prevention")  # its "and ..." tail left out
    assert stands_for("NAACP", "National Association for the Advancement of Colored People")
    assert stands_for("DoD", "Department of Defense") and stands_for("F.B.I.", "the Federal Bureau of Investigation")
    assert stands_for("ICE", "Immigration and Customs Enforcement")
    assert not stands_for("FBI", "Federal Reserve Board")
    # a word in lower case is no part of a name; words and lone capitals are no short names
    assert not initials("Federal bureau of Investigation") and short_form("Obama") is None and short_form("A") is None


def test_a_text_names_an_organisation_by_its_other_name():
    text = "Federal Bureau of Investigation Director Christopher Wray spoke; a DoD spokesman and the IRS did not."
    assert another_name("FBI", text)  # a name inside a longer run of capitals
    assert another_name("Department of Defense", text) and another_name("Internal Revenue Service", text)
    assert not another_name("CIA", text) and not another_name("Central Intelligence Agency", text)
    # two letters begin too many pairs of words ("Director Christopher") to count
    assert not another_name("DC", text)


def test_unify_maps_a_short_name_to_the_one_full_name_it_stands_for():
    names = ["CDC", "Centers for Disease Control and Prevention", "NFL", "National Football League",
             "National Fishing League", "Obama"]
    assert unify(names) == {"CDC": "Centers for Disease Control and Prevention"}  # "NFL" could be either


def test_commas_ampersands_and_contractions_are_other_names_too():
    # review 12: "ATF" beside "the Bureau of Alcohol, Tobacco, Firearms and Explosives", both ways
    assert another_name("ATF", "agent of the Bureau of Alcohol, Tobacco, Firearms and Explosives' Houston office")
    assert another_name("Bureau of Alcohol, Tobacco, Firearms and Explosives", "an ATF source told Fox News")
    # an ampersand stays in the short name, so two letters around it are specific enough
    assert short_form("S&P") == "S&P" and stands_for("AT&T", "American Telephone & Telegraph")
    assert another_name("Standard & Poor's", "the S&P 500 fell") and another_name("S&P", "Standard & Poor's 500 index")
    assert not another_name("S&P", "Senate and Pentagon")
    # the first syllables of each word: "FedEx", "Federal Express"
    assert another_name("FedEx", "a Federal Express store") and another_name("Federal Express", "a FedEx store")
    assert not another_name("FedEx", "Federal Reserve") and not another_name("Federal Express", "a FedRamp audit")
    # words of a line in capitals are no short names: "BIG" spells no "Bureau of Investigation General ..."
    assert not another_name("Federal Bureau of Investigation General Counsel", "BIG NEWS from Austin")
