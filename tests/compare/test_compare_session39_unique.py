"""Session 39's "only one outlet reports" rules (reviews 26, 25): a caption placing whom it names, a broadcast host's
hand-over to a guest or thanks, an embedded post's credit line, the outlet's own reporter's whereabouts and a note
on the programme a reporter's piece aired on."""

from manysides.compare._text import is_boilerplate
from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_fixture

LEAD_A = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
LEAD_B = ("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead")
OTHER = ("Ferry crews waited for the wind to drop before sailing.", "b-wait")


ORTIZ = ("Dana Ortiz", "Dana Ortiz", "PERSON")


def _listed(sentence, entities=(ORTIZ,), outlet="Radio Coast"):
    a = Draft("a", outlet, [LEAD_A, (sentence, "a-item")], entities=list(entities))
    b = Draft("b", "B", [LEAD_B, OTHER])
    fx = make_fixture([a, b])
    return sentence in {u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)}


def test_a_caption_placing_whom_it_names_is_no_item():
    """"Nopparat Kanthawong, head coach of the Wild Boars, left, and Pannawit Jongkham, ..." (review 26) is a photo's
    caption: a sentence tells where someone stands only under a picture (after a name or a capitalised title). A
    sentence where someone "left" the harbour, or turned "right", or a speaker's "..., right, ..." stays."""
    assert not _listed("Dana Ortiz, head of the Harbour Office, left, and Tom Breck, a ferry pilot, wait for the wind.")
    assert not _listed("Harbour master Dana Ortiz, second from right, speaks with ferry pilots at the closed docks.")
    # a speaker's "right," after a word in lower case is no caption
    assert _listed("Dana Ortiz told reporters: \"More ferries than pilots, right, so the docks stay shut.\"")
    assert not _listed("Harbour master Dana Ortiz (right) speaks with ferry pilots at the closed docks.")
    assert _listed("Dana Ortiz, the harbour master, left the docks before the last ferry sailed out.")
    assert _listed("The pilots turned right, away from Dana Ortiz's docks, and anchored the ferries in the bay.")


def test_a_broadcast_hosts_hand_over_or_thanks_to_a_guest_is_no_item():
    """"For more, we go to Washington, D.C., where we're joined by ..." and "... I want to thank you for being with
    us, ..." (review 25, a transcript) are the programme, not the news. What the guest says stays."""
    assert not _listed("For more, we go to Port Alma, where we're joined by Dana Ortiz, the harbour master.")
    assert not _listed("HOST: Dana Ortiz, I want to thank you for being with us, harbour master of Port Alma.")
    assert not _listed("We are now joined by Dana Ortiz, who runs the harbour office in Port Alma.")
    assert _listed("DANA ORTIZ: Dana Ortiz's ferries will stay in the docks until the wind drops below forty knots.")
    assert _listed("Dana Ortiz thanked the pilots for bringing the fleet back to the docks safely.")


def test_an_embedded_posts_credit_line_is_furniture():
    """"Posted by Nikki Haley on Wednesday, July 8, 2015" (review 26) is how a page saves an embedded post, as is
    Instagram's "A post shared by ... on ..."; a sentence telling what someone posted stays."""
    assert is_boilerplate("Posted by Dana Ortiz on Monday, May 4, 2026")
    assert is_boilerplate("A post shared by Harbour Office Port Alma on May 4, 2026 at 9:12am PDT")
    assert not is_boilerplate("The video posted by Dana Ortiz on Monday showed the ferries sinking at the docks.")
    assert not _listed("Posted by Dana Ortiz on Monday, May 4, 2026", [("Dana Ortiz", "Dana Ortiz", "PERSON")])


def test_the_outlets_own_reporters_whereabouts_are_no_item():
    """"NPR's Liz Halloran is at the State Capitol in Madison." (review 26) says where the outlet's own reporter
    is: a note on its coverage that no other outlet could report. Another outlet's reporter, or the reporter's
    whereabouts with what happened there, stay."""
    reporter = [("Dana Ortiz", "Dana Ortiz", "PERSON")]
    assert not _listed("Radio Coast's Dana Ortiz is at the harbour office in Port Alma tonight.", reporter)
    assert not _listed("Our correspondent Dana Ortiz is reporting from the flooded docks of Port Alma.", reporter)
    assert _listed("Harbour Weekly's Dana Ortiz is at the harbour office in Port Alma tonight.", reporter)
    assert _listed("Radio Coast's Dana Ortiz was at the docks when the first ferry sank in the storm.", reporter)


def test_a_note_on_the_programme_a_piece_aired_on_is_no_item():
    """"That's what NPR's Don Gonyea reported on All Things Considered this afternoon." (review 26) points back to
    the sentences before it and to the outlet's airtime. A reporter's "reported on" a subject that is no
    programme stays."""
    reporter = ("Dana Ortiz", "Dana Ortiz", "PERSON")
    assert not _listed("That's what Radio Coast's Dana Ortiz reported on Harbour Hour this afternoon.",
                       [reporter, ("Harbour Hour", "Harbour Hour", "WORK_OF_ART")])
    assert _listed("That's what Radio Coast's Dana Ortiz reported on Harbour Office Inc this afternoon.",
                   [reporter, ("Harbour Office Inc", "Harbour Office Inc", "ORG")])
