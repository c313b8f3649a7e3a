"""Summaries and leads (session 33, review 13): of the leads as widely stated and as plain, the one whose words the
other outlets' articles use most is said first."""

from __future__ import annotations

from manysides.compare.summary import neutral_summary
from manysides.records import Article, Evidence, SharedPoint


def _articles(texts: dict[str, str]) -> list[Article]:
    return [Article(i, f"{i}.txt", f"Outlet {i}", None, None, None, "2016-05-02", "en", t) for i, t in texts.items()]


def _point(*sentences: tuple[str, str, str]) -> SharedPoint:
    ev = tuple(Evidence(a, t.index(s), t.index(s) + len(s), s) for a, t, s in sentences)
    return SharedPoint(ev[0].text, tuple(e.article for e in ev), ev)


# Two outlets lead with one event, each in its own way: A adds its own colour ("threw the talks into turmoil ...
# the dairy farmers"), B states what the other outlets give too (the mayor refused to sign the harbour accord).
A = ("Mayor Ruth Okafor threw the harbour talks into turmoil after taking aim at Governor Lee Banner, adding she "
     "might squeeze the struggling dairy farmers with new port fees. Banner said the city would not be bullied. "
     "The accord was meant to settle the port's fees for a decade.")
B = ("Mayor Ruth Okafor on Friday accused Governor Lee Banner of making false claims and said the city will not sign "
     "the harbour accord. Banner said the city had agreed to the accord on Thursday.")
C = ("Governor Lee Banner said Mayor Ruth Okafor's refusal to sign the harbour accord was a stunt. Okafor had accused "
     "him of false claims on Friday, aides said.")


def test_of_leads_as_widely_stated_the_one_whose_words_the_others_use_goes_first():
    """Review 13: Reuters' "Trump threw the G7's efforts to show a united front into disarray ... the sensitive auto
    industry" opened the G7 summary before CNN's "... said that the US will not endorse a G7 communique", the fact
    the other outlets give too."""
    arts = _articles({"a": A, "b": B, "c": C})
    first_a, first_b = A.split(". ")[0] + ".", B.split(". ")[0] + "."
    lead_a = _point(("a", A, first_a), ("b", B, first_b))
    lead_b = _point(("b", B, first_b), ("a", A, first_a))
    bullied = _point(("a", A, "Banner said the city would not be bullied."),
                     ("b", B, "Banner said the city had agreed to the accord on Thursday."))
    got = neutral_summary([bullied], arts, leads=[lead_a, lead_b])
    assert got.startswith(first_b)
    assert first_a not in got
    # the order the leads come in does not matter
    assert neutral_summary([bullied], arts, leads=[lead_b, lead_a]).startswith(first_b)


def test_words_shared_is_the_mean_share_of_other_outlets_using_each_word():
    from manysides.compare.summary import _words_shared

    arts = _articles({"a": A, "b": B, "c": C})
    outlet_of = {a.id: a.outlet.lower() for a in arts}
    first_a, first_b = A.split(". ")[0] + ".", B.split(". ")[0] + "."
    a, b = Evidence("a", 0, len(first_a), first_a), Evidence("b", 0, len(first_b), first_b)
    assert _words_shared(b, arts, outlet_of) > _words_shared(a, arts, outlet_of)
    assert _words_shared(a, arts[:1], outlet_of) == 0.0  # no other outlet


E = ("Despite warnings from neighbours that a fee war will raise prices for shippers, Mayor Ruth Okafor signed an "
     "order Friday raising the harbour fees. Shippers said they would pay.")
F = ("After a week of hints, Mayor Ruth Okafor said Friday she would raise the harbour fees for shippers. "
     "The order raising the fees takes effect in May, shippers said.")
G = "Shippers said the mayor's order raising the harbour fees would cost them. The fees take effect in May."


def test_twin_leads_told_much_the_same_way_keep_their_order():
    """Review 19: "Despite warnings by allies ..., President Trump signed proclamations Thursday imposing tariffs ..."
    and "After a week of hints ..., Trump said Thursday he would announce tariffs ..." differ little in how much of
    them the other outlets say; the first stays first."""
    arts = _articles({"e": E, "f": F, "g": G})
    first_e, first_f = E.split(". ")[0] + ".", F.split(". ")[0] + "."
    lead_e = _point(("e", E, first_e), ("f", F, first_f))
    lead_f = _point(("f", F, first_f), ("e", E, first_e))
    pay = _point(("e", E, "Shippers said they would pay."), ("g", G, "The fees take effect in May."))
    assert neutral_summary([pay], arts, leads=[lead_e, lead_f]).startswith(first_e)
