"""Review 23's "only one outlet reports" items: a sentence a shared point holds, a count its point gives without a
figure, and a short quotation another outlet prints whole."""

from manysides.compare.unique import unique_points
from manysides.records import Evidence, SharedPoint

from compare_fixtures import Draft, make_fixture


def test_a_sentence_a_shared_point_holds_is_no_item_without_a_figure_of_its_own():
    """The shared stage may pair two sentences the embedding reads as far apart (review 23: NPR's "As Ari Shapiro
    reported on Morning Edition, Obama's choices of Hagel, ..." in a shared point with CNN's "Obama is reassembling
    his national security team ..."): a sentence a shared point holds is then another outlet's point too, and no
    outlet's own unless it gives a figure or name no other outlet gives."""
    def listed(sentence, claims=()):
        a = Draft("a", "A", [("The council met on Tuesday to approve the harbour budget.", "lead"),
                             (sentence, "a-ferry")],
                  entities=[("Maya Quill", "Maya Quill", "PERSON")], claims=list(claims))
        b = Draft("b", "B", [("The council met on Tuesday and approved the harbour budget.", "lead"),
                             ("Mayor Maya Quill wants the harbour ferries to run again this summer.", "b-ferry")],
                  entities=[("Maya Quill", "Maya Quill", "PERSON")])
        fx = make_fixture([a, b])
        text_a, text_b = fx.article("A").text, fx.article("B").text
        sa, sb = text_a.index(sentence), text_b.index("Mayor Maya")
        point = SharedPoint(sentence, ("a", "b"), (
            Evidence("a", sa, sa + len(sentence), sentence),
            Evidence("b", sb, sb + 67, text_b[sb:sb + 67])))
        alone = [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)]
        paired = [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors, shared=[point])]
        return sentence in alone, sentence in paired

    plain = "As Maya Quill told the radio station, the ferry service is set to restart before the summer season."
    assert listed(plain) == (True, False)
    counted = "Maya Quill said the ferry service would restart with 14 boats before the summer season."
    assert listed(counted, [("14 boats", "ferry service", 14, "boat", None, 14, 14)]) == (True, True)


def test_a_short_quotation_another_outlet_prints_whole_is_the_same_statement():
    """"... by saying it was "a crisis caused by US adventurism"" beside another outlet's "Human error at time of
    crisis caused by US adventurism led to disaster." (review 23: the BBC's and Fox's Zarif): a quotation of five
    words or more, a leading article aside, that the other outlet prints whole is its statement too, though shorter
    than `QUOTED_RUN`. Four words are a phrase any writer may use; so is a quotation the other prints only in part."""
    def listed(quoted, b_sentence):
        sentence = f'The harbour minister has already sought to shift blame by calling it "{quoted}".'
        a = Draft("a", "A", [("The council met on Tuesday to approve the harbour budget.", "lead"),
                             (sentence, "a-blame")], quotes=[(quoted, "harbour minister", "person")])
        b = Draft("b", "B", [("The council met on Tuesday and approved the harbour budget.", "lead"),
                             (b_sentence, "b-blame")])
        fx = make_fixture([a, b])
        return sentence in [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)]

    assert not listed("a delay caused by pilot negligence",
                      "“Human error at a time of delay caused by pilot negligence led to the grounding.")
    assert listed("a delay caused by pilot negligence",
                  "“Human error at a time of delay caused by the pilots led to the grounding.")
    assert listed("a delay caused by negligence",
                  "“Human error at a time of delay caused by negligence led to the grounding.")


def test_a_count_its_shared_points_other_sentence_gives_vaguely_is_no_new_figure():
    """"Those hurt included 41 firefighters ..." in a shared point with another outlet's "The injured included dozens
    of firefighters and residents" (review 23: Fox's "82 Iranians" beside the BBC's "dozens of Iranians and
    Canadians"): one count, the other outlet's less exact, so no detail of one outlet's own. A count of another
    thing ("41 residents" beside "dozens of firefighters") stays one."""
    def details(sentence, written):
        a = Draft("a", "A", [("The warehouse fire burned through the night in the docks.", "lead"),
                             (sentence, "a-hurt")], claims=[(written, "injured", 41, "person", None, 41, 41)])
        other = "The injured included dozens of firefighters and volunteers, officials said."
        b = Draft("b", "B", [("The warehouse fire burned through the night at the docks.", "lead"),
                             (other, "b-hurt")])
        fx = make_fixture([a, b])
        ta, tb = fx.article("A").text, fx.article("B").text
        point = SharedPoint(sentence, ("a", "b"), (
            Evidence("a", ta.index(sentence), ta.index(sentence) + len(sentence), sentence),
            Evidence("b", tb.index(other), tb.index(other) + len(other), other)))
        for u in unique_points(fx.articles, fx.annotations, fx.vectors, shared=[point]):
            if u.text == sentence:
                return [d.text for d in u.details]
        return None

    assert details("Those hurt in the blaze included 41 firefighters, the city fire service said.", "41") is None
    assert details("Those hurt in the blaze included 41 residents, the city fire service said.", "41") == ["41"]

