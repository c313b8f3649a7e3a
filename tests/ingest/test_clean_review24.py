"""Review 24's cleaning faults: a link list under a "More ... coverage:" heading, a call for readers' pictures,
several sign-offs before the colleagues' credit, a run of "Follow @handle" prompts, a medium's name alone on its line,
pointers to other pages (a line, one over the page's headline, one in parentheses closing a paragraph), a newsletter's
sign-up form, a live page's promise to its readers, an appeal's heading and link, someone's clip "below", a bulleted
box closed by its source; and the prose like them that stays."""

from clean_helpers import clean_story, paragraphs

_PROSE = ("The storm reached the coast on Friday and forced the closure of two ports and several schools along "
          "the bay.")
_MORE = "The ports will reopen next week, officials said, once the channels have been checked for debris."


_TITLE = "The storm reaches the coast"


def _clean(text: str):
    return clean_story(text, _TITLE)


def _paragraphs(text: str) -> list[str]:
    return paragraphs(text, _TITLE)


def test_a_link_list_under_a_more_coverage_heading_goes_bullets_and_all():
    links = "More storm coverage:\n\n• Ports close along the bay\n\n• 40,000 without power\n\n• What to pack"
    assert _paragraphs(f"{_PROSE}\n\n{links}\n\n{_MORE}") == [_PROSE, _MORE]
    # a sentence on the coverage stays
    line = "More storm coverage is planned for the weekend, the station said, with crews in three towns."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}\n\n{_MORE}")


def test_a_call_for_the_readers_pictures_goes():
    for call in ("Were you there? Share photos, but stay safe.",
                 "Is the storm near you? If it is safe to do so, send us your photos and video on 555 0100."):
        assert _paragraphs(f"{call}\n\n{_PROSE}\n\n{_MORE}") == [_PROSE, _MORE], call
    # a report of such a call, or someone quoted making one, is the story's
    for line in ("The county asked residents to send photos of flooded roads to its emergency office.",
                 '"Send us your photos of the damage," the mayor told residents on Friday.'):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_several_sign_offs_before_the_colleagues_credit_go():
    credit = ("Radio's Ann Lee reported from Tampa. Radio's Bo Kim and Cy Ray reported and wrote from Miami. "
              "Radio's Di Fox, Ed J. Hart and Flo Gray contributed to this report.")
    assert _paragraphs(f"{_PROSE}\n\n{_MORE}\n\n{credit}") == [_PROSE, _MORE]
    line = "Ann Lee reported from Tampa that the water was rising. Residents contributed sandbags."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_run_of_follow_prompts_goes_and_a_sentence_after_it_stays():
    assert _paragraphs(f"{_PROSE}\n\nFollow @stormdeskFollow @AnnLeeNews\n\n{_MORE}") == [_PROSE, _MORE]
    assert _paragraphs(f"Follow @stormdesk {_PROSE}\n\n{_MORE}") == [_PROSE, _MORE]
    line = "Follow @stormdesk for updates, the county told residents on Friday."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_a_mediums_name_alone_goes():
    assert _paragraphs(f"{_PROSE}\n\nPhoto\n\nVideo\n\n{_MORE}") == [_PROSE, _MORE]
    line = "Video showed the water reaching the second floor of the school."
    assert line in _paragraphs(f"{_PROSE}\n\n{line}")


def test_pointers_to_other_pages_go():
    pointer = "For the latest forecast of the storm, visit the National Weather Service."
    assert _paragraphs(f"{_PROSE}\n\n{pointer}\n\n{_MORE}") == [_PROSE, _MORE]
    colon = "For another preview of the season, check this post from our weather desk:"
    assert _paragraphs(f"{_PROSE}\n\n{_MORE}\n\n{colon}\n\nFive Storms To Watch This Year") == [_PROSE, _MORE]
    aside = f"{_MORE} (For another view of the storm, see also Ann Lee's report here.)"
    assert _paragraphs(f"{_PROSE}\n\n{aside}") == [_PROSE, _MORE]
    # prose opening "For ..." and a parenthesis without a link stay
    for line in ("For more than a decade, visitors have come to the bay to watch the storms roll in.",
                 f"{_MORE} (The ports closed twice last year.)"):
        assert line in _paragraphs(f"{_PROSE}\n\n{line}"), line


def test_a_newsletter_sign_up_form_goes():
    form = ("Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
            "Invalid email address. Please re-enter. Thank you for subscribing.")
    assert _paragraphs(f"{_PROSE}\n\n{form}\n\n{_MORE}") == [_PROSE, _MORE]


def test_a_live_pages_promise_to_its_readers_goes_and_the_fact_before_it_stays():
    line = ("The governor speaks at 9 p.m. We'll be live blogging and will stream the speech. "
            "Come back as the time approaches.")
    assert _paragraphs(f"{_PROSE}\n\n{line}") == [_PROSE, "The governor speaks at 9 p.m."]
    prose = "The governor speaks at 9 p.m. Come back later this year, he told the crews, and the ports will be new."
    assert prose in _paragraphs(f"{_PROSE}\n\n{prose}")


def test_an_appeal_and_a_clip_prompt_go():
    appeal = "How You Can Help:\n\nGive to Bay Relief"
    assert _paragraphs(f"{_PROSE}\n\n{appeal}\n\n{_MORE}") == [_PROSE, _MORE]
    clip = "Our team has arrived in Tampa. Watch Ann Lee's message below:"
    assert _paragraphs(f"{_PROSE}\n\n{clip}") == [_PROSE, "Our team has arrived in Tampa."]


def test_a_bulleted_box_closed_by_its_source_goes():
    box = ("Storm warnings A warning is in effect for: • the northern bay, including three islands and the harbour "
           "• the coast from the cape to the river mouth • the inland lakes and the hills above them, where heavy rain "
           "is likely Source: National Weather Service")
    assert _paragraphs(f"{_PROSE}\n\n{box}\n\n{_MORE}") == [_PROSE, _MORE]
