"""An "only one outlet reports" item inside a quotation names whose words it gives (review 16: the fourth
sentence of Trump's quoted tweet, "At this moment there are 546 confirmed cases ...", listed with no speaker)."""

from manysides.compare import compare_story

from compare_fixtures import Draft, make_fixture

QUOTED = ("It averages between 27,000 and 70,000 a year. Nothing is shut down, life goes on. At this moment there "
          "are 546 confirmed cases of the virus, with 22 deaths. Think about that!")


def _story():
    a = Draft("a", "A", [("“Last year 37,000 Americans died from the common flu,” Governor Tom Hale said.", "flu"),
                         ("“It averages between 27,000 and 70,000 a year.", "a-avg"),
                         ("Nothing is shut down, life goes on.", "a-life"),
                         ("At this moment there are 546 confirmed cases of the virus, with 22 deaths.", "a-cases"),
                         ("Think about that!”", "a-think"),
                         ("The state opened 12 testing sites on Tuesday.", "a-sites")],
              entities=[("Tom Hale", "Tom Hale", "PERSON")],
              quotes=[("Last year 37,000 Americans died from the common flu", "Tom Hale", "person"),
                      (QUOTED, "Tom Hale", "person")],
              claims=[("546 confirmed cases", "confirmed case", 546, "case", None, 546, 546),
                      ("12 testing sites", "testing site", 12, "site", None, 12, 12)])
    b = Draft("b", "B", [("Tom Hale said 37,000 Americans died from the flu last year.", "flu"),
                         ("The mayor thanked the volunteers at city hall.", "b-x")],
              entities=[("Tom Hale", "Tom Hale", "PERSON")])
    return make_fixture([a, b])


def test_a_later_sentence_of_a_quotation_carries_its_speaker():
    fx = _story()
    report = compare_story(fx.story, fx.articles, fx.annotations, fx.vectors)
    items = {u.text: u for u in report.unique if u.article == "a"}
    cases = next(u for t, u in items.items() if "546 confirmed cases" in t)
    assert cases.speaker == "Tom Hale"
    own = next(u for t, u in items.items() if "testing sites" in t)
    assert own.speaker is None  # the outlet's own statement
