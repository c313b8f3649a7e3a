"""Speaker resolution rules of review 11 (ANNOTATOR_VERSION 19), on invented news sentences:
a person's gender read off the pronouns the syntax binds to the name, "the Democrat" of
one party, a description with a name in apposition, abbreviated and hyphened titles, a
family surname speaking after a member, a reporter's interviewee, inanimate subjects."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _speaker(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0].speaker


def test_she_skips_a_man_the_article_calls_he(said):
    """Review 11: "Obama was introduced before his remarks ... by Katherine Hackett ... '...,'
    she said" went to Obama: his own "his" makes him a man."""
    text = ("Governor Paul Redmond said he would sign the bill. Redmond was introduced before his speech by "
            "Martha Kessler, of Dover, who wrote to him last month, explaining that she had lost her job.\n\n"
            "“I have cut every expense I could,” she said.")
    assert _speaker(said(text), "I have cut every expense") == "Martha Kessler"


def test_he_skips_a_woman_the_article_calls_she(said):
    """Review 11: Ossoff's concession went to Karen Handel, whom the article calls "she"."""
    # "But Walsh staved off his challenge" binds a "his" to her too: the majority decides
    text = ("Republican Anne Walsh praised her volunteers on Tuesday. Walsh said she was proud of the result. "
            "Democrat Tom Becker, a former aide, "
            "raised millions for his bid. But Walsh staved off his challenge.\n\n"
            "He thanked his supporters for “a beacon of hope for the district.”")
    assert _speaker(said(text), "a beacon of hope") == "Tom Becker"


def test_the_democrat_is_not_the_republican_named_last(said):
    """Review 11: "The Democrat said little about his political future" went to the
    Republican winner named in the sentence before."""
    text = ("Democrat Tom Becker conceded to Republican Anne Walsh on Tuesday. Becker ran hard. "
            "But Walsh staved off the challenge.\n\n"
            "The Democrat said little about his political future, saying only that “the fight goes on.”")
    assert _speaker(said(text), "the fight goes on") == "Tom Becker"


def test_a_description_with_a_name_hung_on_its_body_is_that_name(said):
    """Review 11: "The leader of the pro-government Red Shirt movement, Jatuporn Prompan, said
    ... '...,' he said" was "The leader", then Suthep named two sentences before."""
    # Fox's paragraphs, other names but the Red Shirt leader's (the small NER model's reading
    # of the name is what made the parse hang it on "movement")
    text = ("Prawit said rival protesters could remain at their rally sites as long as remain peaceful and stop "
            "marching. The leader of anti-government demonstrators, Somchai Wongsawat, handed a bouquet of "
            "flowers to army officers taking care of the Government House complex as his supporters vacated a "
            "building they had occupied for a week.\n\n"
            "The leader of the pro-government Red Shirt movement, Jatuporn Prompan, said his group could accept "
            "martial law, but \"won't tolerate a coup or other non-constitutional means\" to grab power.\n\n"
            "\"We will see what the army wants,\" he said, warning that the undemocratic removal of the "
            "country's caretaker government \"will never solve the country's crisis.\"")
    quotes = said(text)
    assert _speaker(quotes, "won't tolerate a coup") == "Jatuporn Prompan"
    assert _speaker(quotes, "We will see what the army wants") == "Jatuporn Prompan"


def test_the_general_is_no_secretary_general_and_the_named_general_nearby(said):
    """Review 11: "the general said" went to Secretary-General Ban Ki-moon; of two generals
    named ("Lt. Gen. Nipat", "Gen. Prayuth"), the one the sentence before names."""
    text = ("Secretary-General Ban Ki-moon urged restraint. Lt. Gen. Nipat Thonglek said the move was no coup. "
            "The command is headed by army Gen. Prayuth Chan-ocha. Reporters waited for Prayuth to speak.\n\n"
            "At a news conference, the general said the military “won't allow any bloodshed.”")
    assert _speaker(said(text), "allow any bloodshed") == "Prayuth Chan-ocha"


def test_a_family_surname_continues_the_member_who_spoke_before(said):
    """Review 11: "State Rep. Betty Price said ... her husband, Tom Price ... '...,' Price
    said" went to Tom Price."""
    text = ("Former Rep. Tom Hale left the seat in March. Tom Hale now runs the agency.\n\n"
            "State Rep. Betty Hale said she was pleased with the result in the seat once held by her husband, "
            "Tom Hale, who now runs the agency.\n\n"
            "“It was probably not unexpected,” Hale said of the result.")
    assert _speaker(said(text), "probably not unexpected") == "Betty Hale"


def test_a_list_after_a_colon_is_no_subject(said):
    """Review 11: "Mrs. Handel praised her supporters and said she hopes to carry on the legacy
    of her predecessors: Newt Gingrich, Johnny Isakson and Tom Price" made the list the
    subject of "said"."""
    text = ("Mrs. Walsh praised her supporters and said she hopes to carry on the legacy of her predecessors "
            "in that district: Frank Moore, John Isaac and Tom Reed, who left the seat.\n\n"
            "“These men have left big shoes to fill,” she said.")
    quotes = said(text)
    assert _speaker(quotes, "These men have left big shoes") == "Walsh"
    assert _speaker(quotes, "she hopes to carry on the legacy") == "Walsh"


def test_he_after_a_reporter_caught_up_with_someone_is_the_interviewee(said):
    """Review 11: "Our colleague Jill Vejnoska caught up with Carter ... He said he's optimistic"
    went to the reporter."""
    text = ("Our colleague Jill Mason caught up with Jason Carter, the grandson of the former governor, "
            "during an event today.\n\n"
            "He said he is optimistic about the race, adding that “the district has changed.”")
    assert _speaker(said(text), "the district has changed") == "Jason Carter"


def test_an_outlets_reporter_typed_an_organisation_is_a_person(said):
    """Review 11: "NPR's Leila Fadel, whose plane arrived ..., described '...'" made "Leila
    Fadel" an organisation and her "she said" went to the prime minister."""
    text = ("Prime Minister Binali Yildirim says he suspects the group was behind it. "
            "NPR's Leila Fadel, whose plane arrived on Wednesday morning, described “workers cleaning up "
            "damage, passengers whizzing by shattered windows.”\n\n"
            "“It's a bit of a strange sensation,” she said.")
    quotes = said(text)
    fadel = [q for q in quotes if "workers cleaning up" in q.text][0]
    assert (fadel.speaker, fadel.speaker_kind) == ("Leila Fadel", "person")
    assert _speaker(quotes, "strange sensation") == "Leila Fadel"


def test_figures_that_say_are_the_reporting_speakers(said):
    """Review 11: "Collins said Tuesday's results say 'exactly what we knew'" went to
    "Tuesday's results"."""
    text = "Rep. Doug Collins said Tuesday's results say “exactly what we knew about this district.”"
    assert _speaker(said(text), "exactly what we knew") == "Doug Collins"


def test_a_crowd_chanting_is_the_crowd(said):
    """Review 11: "Handel celebrated her win to a crowd chanting 'Karen, Karen, Karen'" went to
    Handel."""
    text = "Republican Anne Walsh celebrated her win on Tuesday to a crowd chanting “Anne, Anne, Anne” in the hall."
    assert "crowd" in _speaker(said(text), "Anne, Anne, Anne")


def test_reports_and_airports_do_not_speak(said):
    """Review 11: "The strong report shows that ..., said Sam Bullard" went to "The strong
    report"; "Several U.S. airports strengthened security ..., and, adding to the tension, a
    terminal was evacuated" made the airports a speaker; "Cagaptay said he believes ...,
    which brings ..., according to its government" went to "its government"."""
    quotes = said("The strong report shows that the economy has real momentum going into the final quarter, "
                 "said Sam Bullard, senior economist at Wells Fargo Securities.")
    assert _speaker(quotes, "the economy has real momentum") == "Sam Bullard"
    quotes = said("Several U.S. airports strengthened security measures, and, adding to the tension, a terminal "
                 "at JFK Airport in New York was evacuated for a brief period on Wednesday.")
    assert not [q for q in quotes if "terminal" in q.text]
    quotes = said("Soner Cagaptay, director of the research program, said he believes the attack was designed to "
                 "hurt the tourism industry, which brings in more than $30 billion a year, according to its "
                 "government.")
    assert _speaker(quotes, "the attack was designed") == "Soner Cagaptay"
