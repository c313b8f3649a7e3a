"""Review 13's wrong speakers, each by its general cause (docs/quotes.md, "Review 13's quotes"):
names the NER typed a body or a people, an unnamed person before a he/she, a relative clause's
"who" after joined names, words a quote cites, where a programme's name stands, and reports
that are narration."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def test_a_name_after_an_office_title_typed_org_is_a_person(said, quote_of):
    # the NER types "Rahm Emanuel" ORG here: the "he" after it was the father quoted before
    text = ('Parents lined up outside the school on Monday. "I would not keep my kids here," said Omar Haddad, '
            "another father at the school.\n\nMayor Rahm Emanuel said teachers were harming the city's children by "
            'striking.\n\n"This is a strike of choice, and it\'s the wrong choice," he said.')
    assert quote_of(said(text), "strike of choice").speaker == "Rahm Emanuel"


def test_a_name_with_a_person_in_apposition_is_a_person(said, quote_of):
    # review 13's CBS sentences: the small NER model types "Stefano Petrucci" an organisation here;
    # his words went to the bar owner quoted before (the same holds for a name it types a nationality)
    text = ('"There are broken liquor bottles all over the place," said Gino Petrucci, owner of a bar.\n\n'
            "The mayor of Accumoli, Stefano Petrucci, said a family of four had died there. He wept as he noted "
            'that he feared for the future of the town.\n\n"I hope they don’t forget us," he told Sky TG24.')
    assert quote_of(said(text), "forget us").speaker == "Stefano Petrucci"


def test_he_after_an_unnamed_person_is_no_one_named_before(said, quote_of):
    text = ('"There is broken glass everywhere," said Marco Bellini, who owns a bar in the town.\n\n'
            "One rescue was delicate as a ranger in the valley tried to keep an old woman calm.\n\n"
            '"Listen, I know it\'s not nice to say," he said.')
    assert quote_of(said(text), "not nice to say").speaker is None


def test_she_who_gives_no_name_is_not_the_resident_quoted_before(said, quote_of):
    text = ('"The whole ceiling fell," said resident Maria Conti.\n\n'
            "Another woman, sitting in front of her home, said she had lost everything.\n\n"
            '"It was one of the most beautiful towns and now there is nothing left," she said, too distraught '
            "to give her name.")
    assert quote_of(said(text), "nothing left").speaker is None


def test_who_after_joined_names_is_the_last_one(said, quote_of):
    text = ("The fight was between two blunt personalities: Mr. Halvorsen and Ms. Okafor, who has described the "
            'governor as a "bully" and a "liar," and in an interview added, "Nobody can run a state by shouting '
            'at people."')
    quotes = said(text)
    assert quote_of(quotes, "bully").speaker == "Okafor"
    assert quote_of(quotes, "Nobody can run").speaker == "Okafor"
    # the words before the colon are the writer's, no one's report
    assert not [q for q in quotes if not q.direct and "blunt personalities" in q.text]


def test_words_a_quote_cites_are_the_cited_persons(said, quote_of):
    text = ('He followed up by tweeting: "PM Justin Trudeau acted so meek and mild during our meetings only to give '
            'a news conference after I left saying that, "US Tariffs were kind of insulting" and he "will not be '
            'pushed around." Very dishonest!"')
    quotes = said(text)
    assert quote_of(quotes, "kind of insulting").speaker == "Justin Trudeau"
    assert quote_of(quotes, "pushed around").speaker == "Justin Trudeau"
    assert quote_of(quotes, "meek and mild").speaker != "Justin Trudeau"


def test_whom_an_outlet_quotes_as_saying_speaks(said, quote_of):
    text = ("The Daily Ledger quotes the union's Moreno as saying the district's plan for students "
            '"is a mess and nobody has thought it through."')
    assert quote_of(said(text), "is a mess").speaker == "Moreno"


def test_as_one_puts_it(said, quote_of):
    text = ('That puts the firm in a bind. Chen is, as former ambassador David Mulroney puts it, "by birth and '
            'position a member of the corporate royalty."')
    assert quote_of(said(text), "corporate royalty").speaker == "David Mulroney"


def test_a_programme_after_said_on_is_no_quote(said):
    text = 'Navarro attacked the prime minister, White House adviser Peter Navarro said on "Fox News Sunday."'
    assert not [q for q in said(text) if "Fox News" in q.text]


def test_a_thing_that_continues_says_nothing(said, quote_of):
    text = 'Parents were told to "keep their children at home for the coming days" as long as the strike continues.'
    assert quote_of(said(text), "keep their children").speaker != "the strike"


def test_narration_is_no_report(said):
    quotes = said("Despite a massive relief effort, it wasn't enough: in the hills, residents complained that "
                  "rescue workers were slow to arrive.")
    assert [q.text for q in quotes if not q.direct] == ["rescue workers were slow to arrive"]
    quotes = said("In his first testimony since President Trump declared the coronavirus a national emergency on "
                  "March 13, the doctor laid out the dangers.")
    assert not [q for q in quotes if not q.direct]


def test_a_poll_firms_finding_is_reported(said):
    (q,) = said("Gallup finds states shifting toward the GOP in the last year.")
    assert q.speaker == "Gallup"


def test_a_surname_after_a_relatives_anchor_is_the_relative(said, quote_of):
    text = ("Our colleague Jill Vejnoska caught up with Carter, the grandson of former President Jimmy Carter, during "
            "an event. It hasn't worked (see Jason Carter, the party's candidate for governor in 2014).\n\n"
            '"It\'s clear that his message has resonated," Carter said.')
    assert quote_of(said(text), "message has resonated").speaker == "Jason Carter"
