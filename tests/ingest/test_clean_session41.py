"""Review 30's cleaning faults: a newsletter's sign-up form saved with its country chooser's whole list, and a prompt
to follow a topic; and the prose like them that stays. Every sentence is invented."""

from clean_helpers import clean_story, paragraphs

_TITLE = "Harbour town votes to rebuild its sea wall"
_PROSE = "Voters in Lakeview approved the sea wall on Tuesday by a margin of two to one."
_MORE = "Work on the wall is due to start in the spring, the council said."
_COUNTRIES = " ".join(["Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria"] * 30)


def test_a_sign_up_form_with_its_country_list_goes():
    form = (f"Get The Digest. Sign up to receive the day's stories. Choose your country United States {_COUNTRIES} "
            "Zambia Zimbabwe Please enter a valid email address. Please select your country. Sign Up Now You may "
            "unsubscribe at any time.")
    assert len(form.split()) > 200
    assert paragraphs(f"{_PROSE}\n\n{form}\n\n{_MORE}", _TITLE) == [_PROSE, _MORE]
    assert any(r.startswith("sign-up form:") for r in clean_story(f"{_PROSE}\n\n{form}\n\n{_MORE}", _TITLE).removed)
    # the controls: prose about choosing a country, and prose about an e-mail address, stay
    for line in ("Asked to choose a country to settle in, most of the families picked Canada over Australia.",
                 "Officials asked residents to enter a valid email address on the council's site to get flood alerts."):
        assert line in paragraphs(f"{_PROSE}\n\n{line}\n\n{_MORE}", _TITLE), line


def test_a_prompt_to_follow_a_topic_goes():
    for prompt in ("Interested in Sea Walls? Add Sea Walls as an interest to stay up to date on the latest Sea Walls "
                   "news, video, and analysis from River News. Add Interest",
                   "Add Coastal Towns as an interest to stay up to date on the latest Coastal Towns news."):
        assert paragraphs(f"{_PROSE}\n\n{prompt}\n\n{_MORE}", _TITLE) == [_PROSE, _MORE], prompt
    # the controls: a sentence asking the reader's interest, and one adding a thing "as an interest" of a body, stay
    for line in ("Interested in the plan? The council will hold three public meetings in May.",
                 "Add the harbour as an interest of the state, the mayor told the governor, and the money will come."):
        assert line in paragraphs(f"{_PROSE}\n\n{line}\n\n{_MORE}", _TITLE), line
