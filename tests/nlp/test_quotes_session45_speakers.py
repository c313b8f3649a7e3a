"""Session 45's speakers (review 33): "the elder" of a family, a surname after a curly apostrophe, the one person
named before a run of sentences about him, a plural that speaks as the antecedent of "they", an "I" joined to a
nested report, "the man himself". Every sentence is invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.models


def _speakers(speech, text):
    direct, reported = speech(text)
    return {" ".join(q.text.split()).rstrip(".,"): q.speaker for q in [*direct, *reported]}


_FAMILY = ("Kyle Moss, 21, was among the dead. Moss, the son of a fire captain, joined the crew in May. His father, "
           "Dan Moss, said he last spoke to his son on Sunday. \"He said, 'Dad, we got a fire. I'll call you later,'\" "
           "the elder Moss recalled. He said it has not sunk in yet that the call will never come.")


def test_the_elder_of_a_family_is_the_parent(speech):
    """Review 33: CNN's '"He said, 'Dad, we got a fire in Yarnell, Arizona. ...'" the elder Woyjeck recalled.' and the
    "He said it hasn't sunk in yet ..." after it went to the son, Kevin Woyjeck, not his father Joe."""
    got = _speakers(speech, _FAMILY)
    assert got["He said, 'Dad, we got a fire. I'll call you later,'"] == "Dan Moss"
    assert got["it has not sunk in yet that the call will never come"] == "Dan Moss"


def test_control_the_younger_is_the_child(speech):
    got = _speakers(speech, "Kyle Moss, 21, was among the dead. His father, Dan Moss, said he last spoke to his son "
                            "on Sunday. \"I just wanted to fight fires,\" the younger Moss wrote in a letter last "
                            "spring.")
    assert got["I just wanted to fight fires"] == "Kyle Moss"


def test_a_surname_after_a_curly_apostrophe_is_the_persons(speech):
    """Review 33: Reuters' "Republican FCC Commissioner Mike O’Rielly noted ... “over cat videos.”" went to "Mike"
    (the NER stopped at the apostrophe, the parse made the surname an adverb), and "O’Rielly said ..." to no one."""
    got = _speakers(speech, "Republican Commissioner Dan O’Reilly noted that some services could be given "
                            "priority “over cat videos.” O’Reilly said it is unlikely any company would risk a “PR "
                            "disaster” by “blocking sites. It is simply not worth the cost.”")
    assert got == {"over cat videos": "Dan O’Reilly",
                   "blocking sites. It is simply not worth the cost": "Dan O’Reilly"}


def test_control_a_surname_the_parse_joined_stays(speech):
    got = _speakers(speech, "Republican board member Mike O’Rourke noted that hospitals may need priority "
                            "“over cat videos.”")
    assert got == {"over cat videos": "Mike O’Rourke"}


def test_the_one_person_named_before_sentences_about_him(speech):
    """Review 33: the Monitor's '"We knew it was gone," he said.' after a paragraph on Chuck Overmyer ("including Chuck
    Overmyer and his wife, Ninabill. They were helping friends leave ... toward his property. ... As he looked out
    his rear view mirror ...") went to Governor Brewer, quoted before, a woman."""
    got = _speakers(speech, "\"This is a dark day for the state,\" Gov. Ann Wexler said in a statement. Wexler said "
                            "she would travel to the town on Monday.\n\nAs the fire spread, people started fleeing, "
                            "including Carl Hobart and his wife, Dena. They were helping friends leave when the fire "
                            "turned toward his ranch. As he looked in his mirror he could see embers on the roof of "
                            "his barn.\n\n\"We knew it was gone,\" he said.")
    assert got["We knew it was gone"] == "Carl Hobart"


def test_control_a_name_with_no_sentences_about_him_leaves_the_speaker(speech):
    got = _speakers(speech, "\"This is a dark day for the state,\" Gov. Tom Wexler said in a statement. Wexler said he "
                            "would travel to the town on Monday.\n\nThe fire started near the ranch of Carl Hobart. It "
                            "burned for three days.\n\n\"We will rebuild the town,\" he said.")
    assert got["We will rebuild the town"] == "Tom Wexler"


def test_a_plural_that_speaks_is_the_they_after_it(speech):
    """Review 33: Reuters' "Internet service providers say they will not block or throttle legal content ... They
    argue that ..." gave the argument to "Consumers", the sentence before's people."""
    got = _speakers(speech, "Consumers are unlikely to see changes soon. Phone carriers say they will not block legal "
                            "content but may charge for faster service. They argue that the old market worked well "
                            "for two decades before the rule.")
    assert got["the old market worked well for two decades before the rule"] == "Phone carriers"


def test_control_studies_are_no_voice(speech):
    got = _speakers(speech, "Residents are worried about the plan. Studies say the new road will cut traffic by a "
                            "third. They argue that the old road failed the town for years.")
    assert got == {"the old road failed the town for years": "Residents"}


def test_an_i_joined_to_a_nested_report_is_the_reporters(speech):
    """Review 33: CNN's 'spokeswoman Marielle Sainvilus called Lewis' claim "false," asserting that union leaders said
    a few days ago that 100 schools would close, and "I'm sure it'll be another number tomorrow."' gave her words
    to "union leaders"."""
    got = _speakers(speech, "It was not clear where Lewis got the figure. But district spokeswoman Maria Chen called "
                            "the claim \"false,\" asserting that union leaders said last week that 90 schools would "
                            "close, and \"I'm sure it'll be another number tomorrow.\"")
    assert got["I'm sure it'll be another number tomorrow"] == "Maria Chen"


def test_control_an_i_after_its_own_that_is_the_nested_tellers(speech):
    """Review 34's USA Today: 'Comey ... testified ... that Trump told him Flynn was “a good guy” and that “I hope you
    can let this go.”' gave Trump's words to Comey once the rule above read the "I" as the reporting speaker's: the
    clause's own "that" makes it a second thing the nested teller said."""
    got = _speakers(speech, "Dana Roe testified that the mayor told her the deal was \"a good one\" and that \"I want "
                            "this signed by Friday.\"")
    assert got["I want this signed by Friday"] == "the mayor"


def test_control_a_groups_own_we_stays(speech):
    got = _speakers(speech, "Lee said the workers told her the plant would close, and \"we were shocked to hear it.\"")
    assert got["we were shocked to hear it"] == "the workers"


_EMPHATIC = ("Governor Mark Dayton won the race on Tuesday. Dayton thanked his supporters in St. Paul. Later that "
             "night his rival, Tom Emmer, left the hotel. Meanwhile, new details are emerging about the man{}. "
             "“I love to dance,” he told a local paper.")


def test_the_man_himself_is_the_person_the_text_is_about(speech):
    """Session 44's left-over (review 32's Monitor: "intriguing tidbits are emerging about the man himself. It turns
    out that he is a fan of tango"): "the man himself" was no antecedent; the last person named was taken."""
    got = _speakers(speech, _EMPHATIC.format(" himself"))
    assert got["I love to dance"] == "Mark Dayton"


def test_control_the_man_alone_is_no_one_named(speech):
    got = _speakers(speech, _EMPHATIC.format(""))
    assert got["I love to dance"] == "Tom Emmer"
