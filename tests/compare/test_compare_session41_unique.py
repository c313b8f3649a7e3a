"""Session 41's "only one outlet reports" rules (reviews 29, 28): sentences that report nothing of the event, a
quotation's short sentences listed whole, a few words quoted by two outlets, and another outlet's figure at another
value. All sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture

LEAD_A = ("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead")
LEAD_B = ("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead")
OTHER = ("Ferry crews waited for the wind to drop before sailing.", "b-wait")
ORTIZ = ("Dana Ortiz", "Dana Ortiz", "PERSON")
BOARD = ("the Port Alma Harbour Board", "Port Alma Harbour Board", "ORG")


def _items(a_sentences, b_sentences, a_claims=(), b_claims=(), entities=(ORTIZ, BOARD), alike=None, quotes=()):
    a = Draft("a", "Radio Coast", [LEAD_A, *a_sentences], entities=list(entities), claims=list(a_claims),
              quotes=list(quotes))
    b = Draft("b", "B", [LEAD_B, *b_sentences], entities=list(entities), claims=list(b_claims))
    fx = make_fixture([a, b])
    if alike:
        make_alike(fx, "a", alike[0], "b", alike[1], alike[2])
    return unique_points(fx.articles, fx.annotations, fx.vectors)


def _listed(sentence, b_sentences=(OTHER,)):
    return sentence in {u.text for u in _items([(sentence, "a-item")], list(b_sentences))}


def test_a_sentence_reporting_nothing_of_the_event_is_no_item():
    """A refusal to comment or to give details ("Apple did not respond to a request for comment.", "Administration
    officials would not offer details of the discussion ...": reviews 28, 29), a writers' credit ("AP writers ...
    contributed."), a statement that only points back ("..., Brendan Buck, spokesman for ..., said just that."), a
    pointer to the outlet's other material ("... is worth listening to.") and the outlet's disclosure of its ties
    tell the reader nothing of the event: no items. The controls: a refusal with what someone said after it, a
    donation "contributed", a statement of its own, and a quotation of a refusal stay."""
    assert not _listed("Officials at the Port Alma Harbour Board did not respond to a request for comment.")
    assert not _listed("Officials of the Port Alma Harbour Board would not offer details of the talks with Dana Ortiz.")
    assert not _listed("A spokesman for the Port Alma Harbour Board declined to comment on Tuesday.")
    assert not _listed("Radio Coast writers Dana Ortiz, Tom Breck and Lena Holm contributed.")
    assert not _listed("In a statement on Tuesday night, Dana Ortiz, spokeswoman for the Port Alma Harbour Board, "
                       "said just that.")
    assert not _listed("Dana Ortiz put together a personal reflection on the Port Alma Harbour Board that is worth "
                       "listening to.")
    assert not _listed("One disclosure: Radio Coast is licensed to the Port Alma Harbour Board, which also funds it.")
    # stays
    assert _listed("Officials at the Port Alma Harbour Board did not respond to a request for comment, but Dana "
                   "Ortiz said on Monday that it would appeal.")
    assert _listed("Dana Ortiz said a court had sealed the Port Alma Harbour Board's files and she could not give "
                   "further details.")
    assert _listed("Donors in 40 towns contributed to the Port Alma Harbour Board's fund, Dana Ortiz said.")
    assert _listed("Dana Ortiz said the Port Alma Harbour Board would appeal the ruling on Monday.")
    assert _listed("\"We have no comment,\" Dana Ortiz of the Port Alma Harbour Board said on Tuesday.")


def test_a_quotation_of_short_sentences_is_listed_from_where_it_opens():
    """A quotation of several short sentences ('"He's been to Pennsylvania. Tomorrow he is going to Detroit. It's
    now time to govern. The election is over," he said on ...', review 29) is listed from where it opens, not as
    its last sentence's tail ('The election is over," he said ...'). The control: a long quotation (a speech's
    transcript) still lists its tail alone."""
    head = [("\"The ferries are late.", "q1"), ("The crews are tired.", "q2"), ("The docks are full.", "q3")]
    tail = ("The storm is over,\" Dana Ortiz told the Port Alma Harbour Board on Tuesday.", "q4")
    texts = [u.text for u in _items([*head, tail], [OTHER])]
    assert any(t.startswith("\"The ferries are late. The crews are tired.") and t.endswith(tail[0]) for t in texts)
    assert tail[0] not in texts
    long_head = [(f"{m}The ferries of the northern quay were late again this morning, {w} ones, and the crews who "
                  "waited for them grew tired of the cold wind off the bay.", f"l{i}")
                 for i, (m, w) in enumerate((("\"", "the first"), ("", "the second"), ("", "the third")))]
    texts = [u.text for u in _items([*long_head, tail], [OTHER])]
    assert tail[0] in texts


def test_a_few_words_another_outlet_quotes_too_are_its_statement():
    """Two outlets that set the same word of one statement in quotation marks, each in its own words around it,
    report the same statement (review 29: one's '... referred to a reporter in the scrum as a "jackass."', the
    other's "... refusing to answer reporters' questions ... calling one a "jackass" ..."): no item. The controls:
    the word quoted by the other outlet in a sentence sharing no word with it, and a word no other outlet quotes,
    stay."""
    item = "At one point, Dana Ortiz referred to a reporter in the hall as a \"clown.\""
    assert not _listed(item, [("Dana Ortiz refused to answer reporters' questions, calling one a \"clown\" for "
                               "interrupting her.", "b-clown")])
    assert _listed(item, [("Children at the Port Alma fair laughed at the \"clown\" all afternoon.", "b-fair")])
    assert _listed(item, [("Dana Ortiz refused to answer reporters' questions, calling one rude for interrupting "
                           "her.", "b-rude")])


def test_another_outlets_figure_at_another_value_is_no_new_figure():
    """A figure within 3% of another outlet's of its unit, in a sentence that paraphrases it ("$3.5 billion" from the
    military construction budget beside "$3.6 billion from military construction projects", review 29), or set
    beside one figure the two sentences share ("roughly 520,000 arrests ..., about one-third of the 1.6 million
    ..." beside "... to 400,000 ... from a peak of 1.6 million"), is that outlet's quantity at another value: no
    item of its own. The controls: a figure far from the other's, and one of a list of sums ("$200 million ... and
    another $600 million" beside "$2.5 billion ... and $600 million"), stay details."""
    move_a = ("The Port Alma Harbour Board will move $3.5 billion from its building fund to the breakwater.", "move")
    move_b = ("The Port Alma Harbour Board is to divert $3.6 billion from building projects to the breakwater.",
              "move")
    billions = ("$3.5 billion", "sum", 3.5e9, "USD", None, 3.5e9, 3.5e9)
    other = ("$3.6 billion", "sum", 3.6e9, "USD", None, 3.6e9, 3.6e9)
    assert move_a[0] not in {u.text for u in _items([move_a], [move_b], [billions], [other])}
    far = ("$2.5 billion", "sum", 2.5e9, "USD", None, 2.5e9, 2.5e9)
    move_far = (move_b[0].replace("$3.6", "$2.5"), "move")
    assert move_a[0] in {u.text for u in _items([move_a], [move_far], [billions], [far])}

    fell_a = ("Ferry arrests fell to roughly 520,000 last year, a third of the 1.6 million arrests in 2000.", "a-fell")
    fell_b = ("Ferry arrests have fallen to 400,000 in the last year from a peak of 1.6 million in 2000.", "b-fell")
    claims_a = [("roughly 520,000", "arrests", 520000, "count", "roughly", 468000, 572000),
                ("1.6 million arrests", "arrests", 1.6e6, "count", None, 1.6e6, 1.6e6)]
    claims_b = [("400,000", "arrests", 400000, "count", None, 400000, 400000),
                ("1.6 million", "arrests", 1.6e6, "count", None, 1.6e6, 1.6e6)]
    items = _items([fell_a], [fell_b], claims_a, claims_b, alike=(1, 1, 0.6))
    assert fell_a[0] not in {u.text for u in items}

    list_a = ("The Port Alma Harbour Board will take $200 million from the docks and another $600 million from the "
              "ferry fund.", "a-list")
    list_b = ("The Port Alma Harbour Board will also tap $2.5 billion from the navy and $600 million from the ferry "
              "fund.", "b-list")
    sums_a = [("$200 million", "sum", 2e8, "USD", None, 2e8, 2e8), ("$600 million from", "sum", 6e8, "USD", None,
                                                                     6e8, 6e8)]
    sums_b = [("$2.5 billion", "sum", 2.5e9, "USD", None, 2.5e9, 2.5e9),
              ("$600 million", "sum", 6e8, "USD", None, 6e8, 6e8)]
    items = _items([list_a], [list_b], sums_a, sums_b, alike=(1, 1, 0.6))
    listed = {u.text: [d.text for d in u.details] for u in items}
    assert listed.get(list_a[0]) == ["$200 million"]


def test_a_strangers_post_adding_nothing_is_no_item():
    """An embedded post signed by an account the story names nowhere else, giving no figure nor name of its own, is
    a stranger's reaction, no news (review 28: "Now her rep smells like low tide — Seamus (@SeamusTx) October 30,
    2014"; review 26: a producer's "Marriage licenses being issued pic.twitter.com/... — Sonia Moghe (@soniamoghe)
    ..."). The controls: the same words signed by someone the story names are that person's statement, and a
    stranger's post telling of a name no outlet gives reports news."""
    post = "The harbour board is a total joke and the ferries will never sail again"
    stranger = (f"{post} — Seamus (@SeamusTx) October 30, 2014", "a-post")
    # the annotate stage reads a post's words as its signer's quote
    assert stranger[0] not in {u.text for u in _items([stranger], [OTHER], quotes=[(post, "Seamus", "person")])}
    named = (f"{post} — Dana Ortiz (@DanaOrtiz) October 30, 2014", "a-post")
    ortiz = ("Dana Ortiz spoke to the ferry crews at the quay on Monday.", "b-ortiz")
    assert named[0] in {u.text for u in _items([named], [OTHER, ortiz], quotes=[(post, "Dana Ortiz", "person")])}
    news = (f"A letter from Superintendent Lena Holm threatens the ferry crews with a suspension "
            f"— Seamus (@SeamusTx) October 30, 2014", "a-post")
    holm = ("Lena Holm", "Lena Holm", "PERSON")
    assert news[0] in {u.text for u in _items([news], [OTHER], entities=(ORTIZ, BOARD, holm))}


def test_two_shares_a_fraction_apart_stay_two_figures():
    """Shares are one quantity only within a point as well as 3% ("6.9 points" beside "7 percentage points"): one
    index's "0.9%" beside another's "0.5%", in sentences on one topic, stays a figure of its own (review 22's Hang
    Seng beside the Shanghai index)."""
    a = ("The Port Alma index rose 0.9% on Monday as the harbour reopened to ferries.", "index")
    b = ("The Port Alma ferry index rose 0.5% on Monday as the harbour reopened.", "index")
    items = _items([a], [b], [("0.9%", "index", 0.9, "percent", None, 0.9, 0.9)],
                   [("0.5%", "index", 0.5, "percent", None, 0.5, 0.5)])
    assert a[0] in {u.text for u in items}
    a2 = ("The Port Alma board's margin was 6.9 points on Monday as the harbour reopened to ferries.", "margin")
    b2 = ("The Port Alma board won by 7 percentage points on Monday as the harbour reopened.", "margin")
    items = _items([a2], [b2], [("6.9 points", "margin", 6.9, "percentage points", None, 6.9, 6.9)],
                   [("7 percentage points", "margin", 7, "percentage points", None, 7, 7)])
    assert a2[0] not in {u.text for u in items}
    # two shares each set beside one both give are as often two groups' ("52% of women, 45% of men")
    a3 = ("The Port Alma index rose 0.9% and the ferry index 0.5% on Monday as the harbour reopened.", "a-two")
    b3 = ("The Port Alma index rose 1.1% and the ferry index 0.5% on Monday as the harbour reopened.", "b-two")
    items = _items([a3], [b3], [("0.9%", "index", 0.9, "percent", None, 0.9, 0.9),
                                ("0.5% on", "index", 0.5, "percent", None, 0.5, 0.5)],
                   [("1.1%", "index", 1.1, "percent", None, 1.1, 1.1),
                    ("0.5% on", "index", 0.5, "percent", None, 0.5, 0.5)], alike=(1, 1, 0.6))
    assert a3[0] in {u.text for u in items}


def test_a_quotations_tail_whose_opening_mark_is_lost_is_no_item():
    """A sentence holding one straight quotation mark, a closing one, after paired marks in its paragraph is a
    quotation's tail whose opening the text lost (review 29: HuffPost's 'Is the photo of him? I can't say with
    certitude" he told Russert.'): a fragment, no item. The controls: a tail whose opening stands in the sentence
    before is listed from there, and a word quoted with both marks stays."""
    tail = ("I can't tell with certainty\" Dana Ortiz told the Port Alma Harbour Board.", "a-tail")
    head = ("\"The ferries sailed,\" Dana Ortiz said. Did they sink?", "a-head")
    texts = {u.text for u in _items([head, tail], [OTHER])}
    assert not any(tail[0] in t for t in texts)
    opened = ("\"The ferries sailed on Monday.", "a-open")
    texts = {u.text for u in _items([opened, tail], [OTHER])}
    assert any(t.endswith(tail[0]) and t.startswith(opened[0]) for t in texts)
    assert _listed("Dana Ortiz called the Port Alma Harbour Board's plan a \"prank\" on Monday and left.")


def test_what_a_bracketed_disclosure_runs_into_stays():
    """A disclosure in brackets is no item when it is the whole sentence ("(Disclaimer: I am friends with ...)", review
    20), but the splitter may run the next sentence on after its closing bracket: that sentence's news stays. A
    sentence ending "worth watching" says something of what it names ("three other hopefuls worth watching") and
    stays; "worth listening to" points to the outlet's material."""
    assert not _listed("(Disclosure: Dana Ortiz sits on the board of the Port Alma Harbour Board.)")
    assert _listed("(Disclosure: I know Dana Ortiz.) The Port Alma Harbour Board fired its chief on Monday.")
    assert _listed("Dana Ortiz of the Port Alma Harbour Board says there are three other ports worth watching.")


def test_a_close_figure_in_a_sentence_only_on_its_topic_stays():
    """A figure near another outlet's counts as its value only in a paraphrase (a cosine of `SHARED_THRESHOLD` up): a
    record measured ("1,348.8 millimetres") beside a forecast in a sentence only on its topic ("may reach 1,320
    millimetres"; review 18's "51.88 inches" beside "may reach 50 inches") stays a figure of its own; beside a
    paraphrase it is the other's value. Two small counts a unit apart stay two ("ages 65 and 84" beside "25 to 64",
    review 16)."""
    a = ("The Port Alma gauge recorded a record 1,348.8 millimetres of rain on Tuesday afternoon.", "a-rain")
    b = ("Storm totals may reach 1,320 millimetres of rain in some areas around Port Alma.", "b-rain")
    mine = [("1,348.8 millimetres", "rain", 1348.8, "millimetres", None, 1348.8, 1348.8)]
    theirs = [("1,320 millimetres", "rain", 1320, "millimetres", None, 1320, 1320)]
    items = _items([a], [b], mine, theirs, alike=(1, 1, 0.6))
    assert [d.text for u in items if u.text == a[0] for d in u.details] == ["1,348.8 millimetres"]
    items = _items([a], [b], mine, theirs, alike=(1, 1, 0.75))
    assert a[0] not in {u.text for u in items}
    a2 = ("The Port Alma death rate among adults aged 65 to 84 fell sharply over the decade.", "a-age")
    b2 = ("The Port Alma death rate among adults aged 25 to 64 fell sharply over the decade.", "b-age")
    ages = [("65", "adults", 65, "count", None, 65, 65), ("84", "adults", 84, "count", None, 84, 84)]
    items = _items([a2], [b2], ages, [("25", "adults", 25, "count", None, 25, 25),
                                      ("64", "adults", 64, "count", None, 64, 64)], alike=(1, 1, 0.75))
    assert [d.text for u in items if u.text == a2[0] for d in u.details] == ["65", "84"]
