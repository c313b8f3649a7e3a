"""Session 48's "only one outlet reports" rules (helper D, review 36): a count another outlet tells by the ordinal
of the last or the next thing counted ("23 states" beside "the 24th state"), and a sentence whose only new figure
an item of the same outlet already gives. All sentences invented; each rule has a control that must stay an item."""

from manysides.compare.unique import unique_points

from compare_fixtures import MILL_LEAD_A, MILL_LEAD_B, Draft, make_alike, make_fixture, unique_beside

LEAD_A, LEAD_B = MILL_LEAD_A, MILL_LEAD_B
_items = unique_beside


COUNTIES = "There are 11 counties which have banned night shifts at mills, most of them upriver."
ELEVEN = [("11", "counties", 11, "count", None, 11, 11)]


def test_a_count_told_by_the_ordinal_of_the_next_is_given():
    """Review 36: CNN's "There are 23 states which have right-to-work laws, ..." was listed for "23" beside the
    Washington Times' "making this bastion of industrial labor strength the 24th state ... to adopt right-to-work
    laws": one tally, before the newcomer. The ordinal of the count itself (after it) tells it too."""
    nxt = "The vote makes Alma the 12th county to ban night shifts at its mills."
    assert COUNTIES not in _items(COUNTIES, nxt, ELEVEN)
    same = "The vote makes Alma the eleventh county to ban night shifts at its mills."
    assert COUNTIES not in _items(COUNTIES, same, ELEVEN)


def test_an_ordinal_of_another_word_or_number_leaves_the_count_new():
    """The controls: the ordinal must count the same word ("the 12th time" is no county) and be the count's own or
    the next ("the 14th county" is another tally); a hedged count ("about 11 counties") is an estimate, not told by
    an ordinal."""
    assert _items(COUNTIES, "The council met for the 12th time to talk about night shifts at mills.",
                  ELEVEN).get(COUNTIES) == ["11"]
    assert _items(COUNTIES, "The vote makes Alma the 14th county to ban night shifts at its mills.",
                  ELEVEN).get(COUNTIES) == ["11"]
    hedged = "There are about 11 counties which have banned night shifts at mills, most of them upriver."
    claims = [("about 11", "counties", 11, "count", "about", 10, 12)]
    assert _items(hedged, "The vote makes Alma the 12th county to ban night shifts at its mills.",
                  claims).get(hedged) == ["about 11"]


FINE = "A mill that breaks the rule can be fined up to $40,000 a day by the state board."
AGAIN = "The fine is set by the board, and it can range from a warning to a maximum of $40,000 a day."
OTHER = "There is no set fine for breaking the rule, so the state board will decide it case by case."
FORTY = [("up to $40,000", "fine", 40000, "USD", "up to", None, 40000),
         ("a maximum of $40,000", "fine", 40000, "USD", "up to", None, 40000)]


def _fines(sentences: list[tuple[str, str]], claims: list) -> dict[str, list[str]]:
    a = Draft("a", "A", [LEAD_A, *sentences], claims=claims)
    b = Draft("b", "B", [LEAD_B, (OTHER, "other")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", len(sentences), "b", 1, 0.6)  # the last sentence is on the other outlet's topic
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}


def test_a_figure_the_outlet_listed_already_is_not_listed_again():
    """Review 36: Fox's "The sentence ... is at the judge's discretion, and it can range ... to up to a maximum of 15
    years in prison." was listed for "15 years", which its own "... can bring a maximum prison sentence of 15 years."
    gives as an item already, and CNN's "it will be up to the judge to decide" tells the rest."""
    items = _fines([(FINE, "fine"), (AGAIN, "fine")], FORTY)  # one topic: the outlet says it twice
    assert items.get(FINE) == ["up to $40,000"] and AGAIN not in items


def test_a_figure_given_once_stays_listed():
    """The controls: with no other item of the outlet giving the figure, the sentence on another outlet's topic is
    listed for it; so it is when the item giving the figure is on another point (their sentences not alike: "the
    1993 federal law" in two sentences on two points, unique_items.py's labelled items); and another figure beside
    the one given keeps it."""
    assert _fines([(AGAIN, "again")], FORTY[1:]).get(AGAIN) == ["a maximum of $40,000"]
    assert _fines([(FINE, "fine"), (AGAIN, "again")], FORTY).get(AGAIN) == ["a maximum of $40,000"]
    more = "The fine is set by the board, and it can range from $500 to a maximum of $40,000 a day."
    claims = [FORTY[0], ("$500", "fine", 500, "USD", None, 500, 500), FORTY[1]]
    assert _fines([(FINE, "fine"), (more, "fine")], claims).get(more) == ["$500", "a maximum of $40,000"]


LOW = "The river fell to 1.2 metres in May, its lowest level since 1961, when the board started to record its height."
LOW_CLAIMS = [("1.2 metres", "river level", 1.2, "metres", None, 1.2, 1.2), ("1961", "records", 1961, "year", None,
                                                                              1961, 1961)]


def test_the_year_records_began_is_given_by_a_record():
    """Review 37: the Washington Times' "The unemployment rate for blacks fell to 5.9 percent in May, reaching the
    lowest level since 1972, when the government started to record that data." was listed for "1972" beside CNN's
    "Black unemployment fell to a record low": the lowest since records began is the record. The level stays new."""
    assert _items(LOW, "The river fell to a record low in May, the board said.", LOW_CLAIMS).get(LOW) == ["1.2 metres"]


def test_a_year_a_level_last_stood_stays_new():
    """The controls: "the lowest since 1961" with no clause saying records began then is the year the level last
    stood, a figure of its own; and with no sentence of another outlet calling it a record the year stays too."""
    last = "The river fell to 1.2 metres in May, its lowest level since 1961, when a drought emptied the lakes."
    assert _items(last, "The river fell to a record low in May, the board said.",
                  LOW_CLAIMS).get(last) == ["1.2 metres", "1961"]
    assert _items(LOW, "The river fell sharply in May, the board said.", LOW_CLAIMS).get(LOW) == ["1.2 metres", "1961"]


def _names(sentence: str, other: str, names: list[tuple[str, str, str]], cosine: float = 0.6) -> list[str] | None:
    a = Draft("a", "A", [LEAD_A, (sentence, "item")], entities=names)
    b = Draft("b", "B", [LEAD_B, (other, "item")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    items = {u.text: [d.text for d in u.details] for u in unique_points(fx.articles, fx.annotations, fx.vectors)}
    return items.get(sentence)


BOARD = "Ana Reyes, a spokeswoman for the Danish Maritime Safety Authority, said the mill's barge sent no signal."
BOARD_NAMES = [("Ana Reyes", "Ana Reyes", "PERSON"),
               ("the Danish Maritime Safety Authority", "Danish Maritime Safety Authority", "ORG")]


def test_a_countrys_body_named_by_its_kind_is_no_new_name():
    """Review 35: NPR's "Eric Heraud, a spokesman for the French Civil Aviation Authority, said ..." was listed for
    the authority beside USA Today's "..., France's aviation authority said"; review 36: CNN's "The Office of the
    Attorney General of Switzerland (OAG) has opened criminal proceedings ..." for the office and its short name
    beside NPR's "Swiss federal prosecutors said they had opened an investigation ...". The spokeswoman stays new."""
    other = "The barge sent no distress signal, Denmark's maritime safety authority said."
    assert _names(BOARD, other, BOARD_NAMES) == ["Ana Reyes"]
    office = "The Office of the Attorney General of Norway (OAGN) has opened criminal proceedings over the barge."
    names = [("The Office of the Attorney General of Norway", "Office of the Attorney General of Norway", "ORG"),
             ("OAGN", "OAGN", "ORG")]
    # its names told, the sentence on another outlet's topic adds nothing: no item
    assert _names(office, "Norwegian federal prosecutors said they had opened an inquiry into the barge.",
                  names) is None


def test_another_countrys_body_or_the_kind_alone_leaves_the_name_new():
    """The controls: the kind told of another country ("Sweden's maritime safety authority"), or without a country
    ("the maritime safety authority"), does not name the Danish body."""
    for other in ("The barge sent no distress signal, Sweden's maritime safety authority said.",
                  "The barge sent no distress signal, the maritime safety authority said."):
        assert _names(BOARD, other, BOARD_NAMES) == ["Ana Reyes", "the Danish Maritime Safety Authority"]


def test_a_states_capitol_named_with_its_state_is_the_state_capitol():
    """Review 36: CNN's "As protesters descended on the Michigan Statehouse Tuesday, two controversial "right-to-work"
    measures ... were signed into law." named the Statehouse as new beside the Washington Times' crowd "who descended
    on the state Capitol": one building. The control: a nation's Capitol is no state's."""
    sentence = "As protesters gathered at the Oregon Statehouse on Monday, the mill bill was signed into law."
    other = "Hundreds of mill workers gathered at the state Capitol on Monday as the bill became law."
    names = [("the Oregon Statehouse", "Oregon Statehouse", "FAC")]
    assert _names(sentence, other, names) is None  # on the other's topic, nothing new: no item
    national = "As protesters gathered at the United States Capitol on Monday, the mill bill was signed into law."
    assert _names(national, other, [("the United States Capitol", "United States Capitol", "FAC")]) == [
        "the United States Capitol"]
