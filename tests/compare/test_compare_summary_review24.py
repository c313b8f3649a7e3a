"""Summaries (session 36, review 24): a demonstrative before a noun inside a sentence, an opening verb in -ing before
one, "Both" before a plural noun and a part of a whole told before point back to a sentence before; where the widest lead cannot be said, another
outlet's opening that states it leads the summary."""

from __future__ import annotations

from manysides.compare.summary import _points_back, neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2015-06-25", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


def test_a_part_of_a_whole_told_before_points_back():
    """Review 24: "The majority, 264 people, died in Haiti, said ..." closed the hurricane's summary, which never gave
    the 269 dead it was the majority of."""
    assert _points_back("The majority, 40 families, live near the river, the mayor said.")
    assert _points_back("Most of them were rescued by boat on Friday.")
    assert not _points_back("The majority of the families live near the river, the mayor said.")
    assert not _points_back("Most residents were rescued by boat on Friday.")


def test_demonstratives_and_both_before_a_noun_point_back():
    """Review 24: "The plaintiffs argued that based on those words, ...", "Changing that policy is demand No. 1 ..." and
    "Both surveys indicated a partisan divide, ..." stood in summaries that never said the words, the policy or the
    surveys."""
    assert _points_back("The tenants argued that under those rules, the landlord could not raise the rent.")
    assert _points_back("Reversing that decision is the first demand of the strikers.")
    assert _points_back("Both polls showed a divide between the parties on the tax.")
    # what the sentence itself says the noun is, a time, a quotation, a pair it names, a verb in -ing before a noun
    assert not _points_back("The tenants said those rules that the council passed in May were unfair.")
    assert not _points_back("The mayor thanked those of us who stayed and those who left the valley early.")
    assert not _points_back("Prices rose sharply in those years after the war, the report found.")
    # a relative clause without its pronoun ("those they suspect", review 22's Arizona lead)
    assert not _points_back("Police may check the papers of those they suspect of being in the country illegally.")
    assert not _points_back('The mayor said "those rules are unfair" at the council meeting on Monday.')
    assert not _points_back("Both Democrats and Republicans voted for the tax on Monday.")
    assert not _points_back("Raising the rent is the landlord's plan for the new year.")


A = ("Gunfire and sirens woke the valley on Thursday. \"We will rebuild the dam,\" the governor said, a day after "
     "the flood swept away the bridge at Elm Falls. Crews worked through the night.")
B = ("The flood swept away the bridge at Elm Falls on Wednesday, the state's worst in decades. Crews worked through "
     "the night to reach the stranded villages.")
C = ("The bridge at Elm Falls was swept away by Wednesday's flood, officials said. Crews worked through the night "
     "on the road to the villages.")


def test_where_the_widest_lead_cannot_be_said_another_outlets_opening_leads():
    """Review 24: the widest lead of the Obamacare ruling was NPR's quotation of the court's opinion (its second
    sentence), which a summary never says; the summary then opened with later sentences and never said the court
    upheld the subsidies, which Salon's and the Washington Times' first sentences state."""
    arts = _articles({"a": A, "b": B, "c": C})
    quoted = A.split(" Crews")[0].split("Thursday. ")[1]
    lead = _point(("a", A, quoted), ("b", B, B.split(" Crews")[0]), ("c", C, C.split(" Crews")[0]))
    crews = _point(("a", A, "Crews worked through the night."),
                   ("b", B, "Crews worked through the night to reach the stranded villages."),
                   ("c", C, "Crews worked through the night on the road to the villages."))
    start = A.index(quoted)
    got = neutral_summary([crews], arts, leads=[lead], quoted=[("a", start, start + len(quoted))])
    assert got.startswith("The flood swept away the bridge at Elm Falls on Wednesday") or got.startswith(
        "The bridge at Elm Falls was swept away"), got
    assert "We will rebuild" not in got
    # a lead that can be said opens the summary in its own words, its matches passed over as repeats
    plain = _point(("b", B, B.split(" Crews")[0]), ("c", C, C.split(" Crews")[0]))
    got = neutral_summary([crews], arts, leads=[plain])
    assert got.startswith("The flood swept away the bridge") and "was swept away" not in got
