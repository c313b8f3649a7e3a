"""Review 20's "only one outlet reports" items: a quotation's tail listed alone (the splitter cut the quotation
at a stop or an ellipsis), an embedded post's signature read as a detail."""

from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture


def _report(drafts):
    fx = make_fixture(drafts)
    return compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)


def _only(report):
    return [u.text for u in report.unique]


def test_a_quotations_tail_is_listed_from_where_the_quotation_opens():
    """'"Flooding is not a hobby. It is not meant to be a hobby for the county," Mayor Ruth Okonjo told the council
    on Tuesday.' cut after "hobby." listed 'It is not meant to be a hobby for the county," Mayor Ruth Okonjo told
    ...' alone, without the quotation's first words or its opening mark (invented). Curly marks alike; a sentence
    after a closed quotation is read as before."""
    b = Draft("b", "Times", [("The county council approved the levee plan on Tuesday by a vote of five to two.",
                              "lead")])
    for opening, closing in (('"', '"'), ("\u201c", "\u201d")):
        head = f"{opening}Flooding is not a hobby."
        tail = (f"It is not meant to be a hobby for the county,{closing} Mayor Ruth Okonjo told the council on "
                "Tuesday afternoon.")
        after = "Engineers from Halden Works will raise the levee along the river over the next three summers."
        a = Draft("a", "Herald", [("The county council approved the levee plan on Tuesday, five votes to two.",
                                   "lead"), (head, "q"), (tail, "tail"), (after, "after")],
                  entities=[("Ruth Okonjo", "Ruth Okonjo", "PERSON"), ("Halden Works", "Halden Works", "ORG")],
                  quotes=[(f"Flooding is not a hobby. It is not meant to be a hobby for the county,", "Ruth Okonjo",
                           "person")])
        report = _report([a, b])
        listed = _only(report)
        assert f"{head} {tail}" in listed, listed
        assert tail not in listed and after in listed
        item = next(u for u in report.unique if u.text == f"{head} {tail}")
        assert a.text[item.start:item.end] == item.text
        assert all(item.start <= d.start < d.end <= item.end for d in item.details)


def test_an_embedded_posts_signature_is_no_detail():
    """A page saves an embedded post as its words and a signature (" — Name (@handle) Month d, yyyy"): the signer
    was listed as a name no other outlet gives, which made the post an item of its own though another outlet reports
    what it says (review 20). A name in the post's words is still a detail (invented text)."""
    lead = "A jury found the former deputy Carla Brandt guilty of manslaughter on Friday in Lorton."
    post = ("JUST IN: Carla Brandt found guilty of manslaughter in the death of Evan Holt "
            "https://t.co/Xy12abCD \u2014 Dana Whitfield (@danawhit) May 3, 2024")
    a = Draft("a", "Review", [(lead, "lead"), (post, "post")],
              entities=[("Carla Brandt", "Carla Brandt", "PERSON"), ("Evan Holt", "Evan Holt", "PERSON"),
                        ("Dana Whitfield", "Dana Whitfield", "PERSON"), ("Lorton", "Lorton", "GPE")])
    b = Draft("b", "Radio", [("The former deputy Carla Brandt was convicted of manslaughter in Lorton on Friday.",
                              "lead")], entities=[("Carla Brandt", "Carla Brandt", "PERSON"),
                                                  ("Lorton", "Lorton", "GPE")])
    details = [d.text for u in _report([a, b]).unique for d in u.details]
    assert "Dana Whitfield" not in details and "Evan Holt" in details, details
    # a name the tagger ran into the post's link is the name alone
    c = Draft("a", "Review", [(lead, "lead"), (post, "post")],
              entities=[("Carla Brandt", "Carla Brandt", "PERSON"), ("Lorton", "Lorton", "GPE"),
                        ("Evan Holt https://t.co/Xy12abCD", "Evan Holt https://t.co/Xy12abCD", "PERSON")])
    details = [d.text for u in _report([c, b]).unique for d in u.details]
    assert details == ["Evan Holt"], details


def test_a_sentence_deep_inside_a_long_quotation_is_not_widened_to_the_whole_quotation():
    """A transcript in one paragraph ('Mayor Ruth Okonjo: "Good evening. ...') would make one item of a paragraph:
    a quotation opened more than two sentences back leaves the sentence as it is (invented text)."""
    b = Draft("b", "Times", [("The county council approved the levee plan on Tuesday by a vote of five to two.",
                              "lead")])
    speech = ['Mayor Ruth Okonjo: "Good evening to all of you.', "We met tonight for a long time.",
              "We argued for a long time.", "We listened to one another.",
              'Engineers from Halden Works will raise the levee along the river over the next three summers."']
    a = Draft("a", "Herald", [("The county council approved the levee plan on Tuesday, five votes to two.", "lead"),
                              *((t, f"s{k}") for k, t in enumerate(speech))],
              entities=[("Ruth Okonjo", "Ruth Okonjo", "PERSON"), ("Halden Works", "Halden Works", "ORG")])
    assert speech[-1] in _only(_report([a, b]))
