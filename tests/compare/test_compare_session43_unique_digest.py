"""Session 43's "only one outlet reports" rule (helper D, review 31): a digest's sections of the day's other news give
no item of the story its lead section is on. All sentences invented."""

from manysides.compare.unique import unique_points

from compare_fixtures import Draft, make_alike, make_fixture


class Paged(Draft):
    """A draft whose sentences each stand on a line of their own, as a page's paragraphs and headings do."""

    @property
    def text(self) -> str:
        return "\n\n".join(s for s, _ in self.sentences)


STORY = ("The old harbor bridge collapsed on Monday as crowds watched from the riverbanks in the rain.", "collapse")
DIGEST = [STORY,
          ("Engineers said the bridge had been closed to trucks since 2015 after cracks were found.", "a-closed"),
          ("Council budget vote due Friday", "h-budget"),
          ("The city council will vote on a $40 million budget on Friday, Mayor Lena Ortiz said.", "budget"),
          ("Stadium roof fixed at last", "h-roof"),
          ("Workers at Delta Field finished repairing the stadium roof after a storm tore it in March.", "roof")]
ENTITIES = [("Lena Ortiz", "Lena Ortiz", "PERSON"), ("Delta Field", "Delta Field", "FAC")]
CLAIMS = [("$40 million", "budget", 40e6, "USD", None, 40e6, 40e6), ("2015", "closed", 2015, "year", None, 2015, 2015)]
OTHER = [("The old harbor bridge fell into the river on Monday while crowds looked on in the rain.", "collapse"),
         ("Divers searched the water for hours, but no one was reported hurt, the fire chief said.", "b-divers")]


def _listed(digest=DIGEST, entities=ENTITIES, other=OTHER, other_entities=(), kind=Paged, alike=None):
    a = kind("a", "A", list(digest), entities=list(entities), claims=list(CLAIMS))
    b = Draft("b", "B", list(other), entities=list(other_entities))
    fx = make_fixture([a, b])
    if alike is not None:
        make_alike(fx, "b", 1, "a", alike, 0.45)
    return [u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"]


def test_a_digests_sections_of_other_news_give_no_item():
    """Review 31: USA Today's newsletter ("The Short List") gave the Notre Dame fire, then under headings of their
    own the Mueller report, the admissions scandal, Tiger Woods' medal and a student's fall: 7 of its items of the
    fire's story were of those. A section after a heading whose every sentence is far from every other outlet's
    (below 0.40), and fewer than half of whose names the other outlets give, reports another event when the
    article's other section is on the story. The story's own sentences stay listed."""
    listed = _listed()
    assert not any("budget" in t or "stadium" in t for t in listed)
    assert any(t.startswith("Engineers said the bridge") for t in listed)


def test_sections_the_rule_leaves_alone():
    """The controls: the same sentences without headings (one article's background, not a digest's other story);
    a section one of whose sentences comes near another outlet's (0.45); a section whose names the other outlets
    name (the story told far from their words); an article with no section on the story."""
    flat = [(s, t) for s, t in DIGEST if t[:2] != "h-"]
    assert any("budget" in t for t in _listed(flat))
    assert any("budget" in t for t in _listed(alike=3))
    named = [*OTHER[:1], ("Mayor Lena Ortiz said divers searched the water for hours.", "b-divers")]
    assert any("budget" in t for t in _listed(other=named, other_entities=[ENTITIES[0]]))
    far = [("A ferry line opened a new route to the islands on Monday with three daily trips.", "ferry"), *OTHER[1:]]
    assert any("budget" in t for t in _listed(other=far))



def test_a_transcripts_speaker_labels_are_no_headings():
    """Review 14: the Times' podcast transcript gives each turn under its speaker's label ("aimee stephens", "michael
    barbaro"), and the guest's own account, far from the other outlets' sentences, was taken for another event's
    section. A line in lower case, in capitals, or naming a person is a speaker's label, not a heading."""
    for label in ("lena ortiz", "LENA ORTIZ", "Lena Ortiz"):
        turns = [STORY, DIGEST[1], (label, "h-speaker"), DIGEST[3], (label, "h-speaker2"), DIGEST[5]]
        assert any("budget" in t for t in _listed(turns))
