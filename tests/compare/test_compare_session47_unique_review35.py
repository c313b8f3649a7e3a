"""Session 47's "only one outlet reports" rules (helper D, review 35): a quotation's tail whose head is a shared
point's is listed from its own start, not over that head; a year a record is told "since" is given by another
outlet's "in decades", and a clause "when ..." after that year is an aside. All sentences invented; each rule has a
control that must stay an item."""

from manysides.compare.unique import unique_points
from manysides.records import Evidence, SharedPoint

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The fuel depot at Port Alma exploded on Monday night, shaking homes across the bay.", "lead")
LEAD_B = ("A fuel depot in Port Alma blew up late on Monday, rattling houses around the bay.", "lead")

HEAD = '"The fire was set by the owner because he was angry about the rent on the yard.'
B_TOLD = "The fire chief said the owner set the fire over the rent and faked a break-in at the gate."
B_OTHER = "Crews from three towns fought the flames until dawn on Tuesday, the chief told reporters."


NAMED_TAIL = 'He made up a story about a break-in at the gate," spokesman Dana Holt said on the radio.'
HOLT = [("Dana Holt", "Dana Holt", "PERSON")]


def test_a_tail_whose_head_is_a_shared_point_is_listed_from_its_own_start():
    """Review 35: Reuters' tweet '“Felony criminal charges have been approved ... Detectives will make contact with
    his legal team ...,” police spokesman Anthony Guglielmi said on Twitter.' was listed whole for its tail, its head
    a shared point with Newsmax's: the item showed the shared charges as Reuters' own. The tail is listed alone."""
    a = Draft("a", "A", [LEAD_A, (HEAD, "head"), (NAMED_TAIL, "tail")], entities=HOLT)
    b = Draft("b", "B", [LEAD_B, (B_TOLD, "told"), (B_OTHER, "other")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 0, "b", 0, 0.8)
    make_alike(fx, "a", 1, "b", 1, 0.8)
    ta, tb = fx.articles[0].text, fx.articles[1].text
    point = SharedPoint(HEAD, ("a", "b"), (Evidence("a", ta.index(HEAD), ta.index(HEAD) + len(HEAD), HEAD),
                                           Evidence("b", tb.index(B_TOLD), tb.index(B_TOLD) + len(B_TOLD), B_TOLD)))
    items = {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors,
                                                                        shared=[point]) if u.article == "a"}
    assert items == {NAMED_TAIL: ["Dana Holt"]}, items
    # the control: no shared point holds the head; the tail is read whole, from the head
    items = {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors)
             if u.article == "a"}
    assert items == {f"{HEAD} {NAMED_TAIL}": ["Dana Holt"]}, items


def test_a_head_cut_short_of_its_stop_is_no_statement_to_leave_out():
    """The control (review 13: Fox's '“I think Nike did the right thing, and you will see iconic stars like Serena'
    cut before '[Williams] backing Colin and Nike in this situation,” Bibb said.', the head a shared point's): a head
    the splitter cut where no sentence ends leaves the item read whole, from the head."""
    head = '"The fire was set by the owner of the yard, and you will see the chief like Capt'
    tail = '[Holt] telling the same story to the town council soon," spokesman Dana Holt said on the radio.'
    a = Draft("a", "A", [LEAD_A, (head, "head"), (tail, "tail")], entities=HOLT)
    b = Draft("b", "B", [LEAD_B, (B_TOLD, "told"), (B_OTHER, "other")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 0, "b", 0, 0.8)
    make_alike(fx, "a", 1, "b", 1, 0.8)
    ta, tb = fx.articles[0].text, fx.articles[1].text
    point = SharedPoint(head, ("a", "b"), (Evidence("a", ta.index(head), ta.index(head) + len(head), head),
                                           Evidence("b", tb.index(B_TOLD), tb.index(B_TOLD) + len(B_TOLD), B_TOLD)))
    items = {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors,
                                                                        shared=[point]) if u.article == "a"}
    assert items == {f"{head} {tail}": ["Dana Holt"]}, items


DEADLIEST = "The blast was the deadliest on the coast since 1981, when 40 sailors died in a storm off Cape Vell."
SINCE = [("1981", "deadliest", 1981, "year", None, 1981, 1981), ("40 sailors", "sailors", 40, "count", None, 40, 40)]


def _record(sentence: str, other: str, claims: list, cosine: float = 0.77) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, (sentence, "record")], claims=claims)
    b = Draft("b", "B", [LEAD_B, (other, "record")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}


def test_a_record_since_a_year_is_told_by_in_decades_and_its_when_clause_is_an_aside():
    """Review 35: NPR's "Le Monde says Tuesday's crash is the deadliest in French territory since 1981, when 180
    people died in the crash of ..." was listed for "1981" and "180" beside USA Today's "It was the deadliest crash
    in France in decades.": one record, the span told in decades; the clause tells what its first year saw."""
    assert DEADLIEST not in _record(DEADLIEST, "It was the deadliest accident on the coast in decades.", SINCE)


def test_a_year_decades_do_not_tell_and_a_figure_of_the_main_clause_stay():
    """The controls: "in years" tells no span of decades, nor "decades" one of 11 years (since 2015, the fixture's
    articles are of 2026); a year no "since" opens says when something happened; a figure in the main clause (not
    in a "when" clause) is the sentence's own; and a sentence no paraphrase keeps the clause's figure."""
    assert _record(DEADLIEST, "It was the deadliest accident on the coast in years.", SINCE).get(DEADLIEST) == [
        "1981", "40 sailors"]  # the year not given, the sentence keeps each of its figures
    recent = "The blast was the deadliest on the coast since 2015, when 40 sailors died in a storm off Cape Vell."
    claims = [("2015", "deadliest", 2015, "year", None, 2015, 2015), SINCE[1]]
    assert _record(recent, "It was the deadliest accident on the coast in decades.", claims).get(recent) == ["2015",
                                                                                                 "40 sailors"]
    dated = "A storm off Cape Vell killed 40 sailors in 1981, the deadliest accident on the coast before this one."
    assert _record(dated, "It was the deadliest accident on the coast in decades.", SINCE).get(dated) == [
        "40 sailors", "1981"]
    # the "when" clause is an aside only beside a paraphrase: a sentence only on its topic keeps its figure
    assert _record(DEADLIEST, "It was the deadliest accident on the coast in decades.", SINCE, cosine=0.6).get(
        DEADLIEST) == ["40 sailors"]


RECALLED = "In July 2009, the tanker Sea Lark burst into flames off Cape Vell, killing 12 sailors on board."
RECALLED_NAMES = [("Sea Lark", "Sea Lark", "PRODUCT"), ("Cape Vell", "Cape Vell", "LOC")]
RECALLED_FIGURES = [("2009", "tanker fire", 2009, "year", None, 2009, 2009),
                    ("12 sailors", "sailors", 12, "count", None, 12, 12)]


def _recalled(sentence: str, other: str, claims: list = RECALLED_FIGURES) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, (sentence, "recalled")], entities=RECALLED_NAMES, claims=claims)
    b = Draft("b", "B", [LEAD_B, (other, "recalled")], entities=[("Cape Vell", "Cape Vell", "LOC")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, 0.62)
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}


def test_an_earlier_event_recalled_with_its_date_and_figures_adds_no_names():
    """Review 35: NPR's "In July 2000, an Air France Concorde flying between Paris and New York crashed during
    takeoff near Paris, killing 113 people." was listed for "Air France Concorde" and "New York" beside USA Today's
    "... since a Concorde jet crash outside Paris in July 2000 killed 113 people." (cosine 0.66): both recall the
    same earlier crash; the airline and the route describe it."""
    other = "It was the worst blast on the coast since a tanker fire off Cape Vell killed 12 sailors in July 2009."
    assert RECALLED not in _recalled(RECALLED, other)


def test_a_recalled_event_told_without_its_figure_or_this_years_event_keeps_its_names():
    """The controls: the other outlet's sentence gives the date but not the toll (the toll and the tanker's name are
    this outlet's); an event of the article's own year is the story's, not background; a date alone with no other
    figure is too little to tell one event."""
    other = "It was the worst blast on the coast since a tanker fire off Cape Vell in July 2009."
    assert _recalled(RECALLED, other).get(RECALLED) == ["Sea Lark", "12 sailors"]
    now = RECALLED.replace("July 2009", "January 2026")
    figures = [("2026", "tanker fire", 2026, "year", None, 2026, 2026), RECALLED_FIGURES[1]]
    other = "It was the worst blast on the coast since a tanker fire off Cape Vell killed 12 sailors in January 2026."
    assert _recalled(now, other, figures).get(now) == ["Sea Lark"]
    dated = "In July 2009, the tanker Sea Lark burst into flames off Cape Vell with all hands on board."
    other = "It was the worst blast on the coast since a tanker fire off Cape Vell in July 2009."
    assert _recalled(dated, other, RECALLED_FIGURES[:1]).get(dated) == ["Sea Lark"]


def test_a_person_telling_a_recalled_event_stays_a_detail():
    """The control (review 21: the Washington Times' "Unemployment has dropped significantly from the 10 percent
    high seen in October 2009, exactly three years ago, Ms. Shierholz noted, ..." beside another outlet's 10 percent
    of October 2009): the person who tells the earlier event is this outlet's source, a detail of its own."""
    told = "In July 2009, the tanker Sea Lark burst into flames off Cape Vell, killing 12 sailors, Dana Holt recalled."
    a = Draft("a", "A", [LEAD_A, (told, "recalled")], entities=[*RECALLED_NAMES, *HOLT], claims=RECALLED_FIGURES)
    b = Draft("b", "B", [LEAD_B, ("It was the worst blast on the coast since a tanker fire off Cape Vell killed 12 "
                                  "sailors in July 2009.", "recalled")], entities=[("Cape Vell", "Cape Vell", "LOC")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, 0.62)
    items = {u.text: [d.text for d in u.details]
             for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}
    assert items.get(told) == ["Dana Holt"], items
