"""Review 31's furniture left by cleaning, each a kind: a caption in the present tense closed by its date (with an
agency's place and date and no "on", or the note of the day the picture was taken), a caption whose credit alone
went (the credit with a picture desk's note after it, or the caption in the present tense before a bare credit), and
credits and prompts with no label the rules did not know ("... via AP", "Photograph by ...", "Join us on ...");
and the prose like them that stays. Every sentence is invented."""

from clean_helpers import Story, clean_story, paragraphs

_STORY = Story("Fire damages the old cathedral of Lakeview",
               "Fire tore through the roof of Lakeview's cathedral on Monday evening, the fire service said.",
               "Firefighters saved the bell tower and most of the paintings inside.",
               "The bishop said the cathedral would be rebuilt within five years.")
_TITLE, _PROSE, _MORE, _LAST = _STORY.title, _STORY.prose, _STORY.more, _STORY.last
_gone, _stays = _STORY.line_goes, _STORY.line_stays


def test_a_present_tense_caption_closed_by_its_date_goes():
    for caption in ("A woman watches the cathedral burn, engulfed in flames, in central Lakeview on May 4, 2021.",
                    "Bishop Ann Roe stands beside the ruined altar in Lakeview on May 5, 2021.",
                    "The mayor shakes hands with firefighters outside the cathedral on May 5, 2021.",
                    # an agency's place and date with no "on", a weekday between or not
                    "A firefighter looks up at the bell tower in Lakeview, Northshire May 4, 2021.",
                    "Mayor Tom Poe speaks during a news conference at City Hall May 5, 2021.",
                    "A priest waits with a visitor in Lakeview, Northshire, Tuesday, May 5, 2021."):
        _gone(caption, "photo caption")


def test_the_note_of_the_day_a_picture_was_taken_closes_a_caption():
    _gone("Volunteers carry paintings out of the cathedral in Lakeview, Northshire, May 4, 2021. Picture taken "
          "May 4, 2021.", "photo caption")


def test_a_caption_goes_whole_with_its_credit_and_a_picture_desk_s_note():
    for caption in ("The bishop arrives at the cathedral, after the fire was put out, in Lakeview, Northshire May 5, "
                    "2021. REUTERS/Jo Lin TPX IMAGES OF THE DAY",
                    "The bishop walks out of the cathedral in Lakeview on May 5, 2021. Ann Roe/AFP/Getty Images",
                    "The mayor speaks in Lakeview on May 5, 2021. J Tom Poe / AP"):
        _gone(caption, "photo caption")


def test_credits_and_a_prompt_with_no_label_go():
    for line, rule in (("Jo Lin/Lakeview Courier via AP", "photo credit"), ("KTRK-TV via AP", "photo credit"),
                       ("Ann Roe, Pool Photo via AP", "photo credit"),
                       ("Photograph by Jo Lin/Getty Images.", "photo credit"),
                       ("Photograph of the ruined altar by Jo Lin/Lakeview Courier.", "photo credit"),
                       ("Join us on Facebook.com/LakeviewOpinion.", "prompt")):
        _gone(line, rule)


def test_prose_like_captions_and_credits_stays():
    for line in (
            # a date in the present tense of a calendar, or of the past told in the present, is no caption
            "The appeal for the roof ends on June 30, 2021.",
            "The feast of the cathedral's saint marks the day it was consecrated on May 4, 1211.",
            "Services are scheduled to resume on June 6, 2021.",
            # a verb of the list in the past tense, or with a modal, or two sentences
            "Crowds watched the cathedral burn in Lakeview on May 4, 2021.",
            "Thousands will march through Lakeview on May 9, 2021.",
            "The bishop spoke to reporters. Crowds stand outside the cathedral on May 5, 2021.",
            # no place word before a date with no "on"
            "The insurer's deadline for claims goes into effect May 31, 2021.",
            # "via" in prose, a photograph in prose, a call to join an event
            "The warning reached the fire service via AP",
            "Photographs by the fire service show the roof falling in.",
            "Join us on Monday for a service of thanks."):
        _stays(line)


def test_a_verb_of_the_picture_used_as_a_noun_or_denied_is_no_caption():
    for line in ("The mayor spoke at a major rally in Lakeview on May 9, 2021.",
                 "Crowds came to the watch on the bell tower in Lakeview on May 4, 2021.",
                 "Just don't look for the bishop at the service on June 6.",
                 "Trade talks between the two towns resume in Lakeview on June 1, 2021."):
        _stays(line)


def test_entries_signed_by_a_name_with_no_comma_go_when_the_text_holds_two_or_more():
    entries = [f"What should Lakeview rebuild first?\n\n{_PROSE}", f"By Jane Roe\n\n{_MORE}",
               f"By Tom A. Poe\n\n{_LAST}", f"By Ann Lee-Park\n\n{_MORE.replace('most', 'all')}"]
    cleaned = clean_story("\n\n".join(entries), _TITLE)
    assert not any(p.startswith("By ") for p in cleaned.text.split("\n\n")), cleaned.text
    assert sum(r.startswith("byline:") for r in cleaned.removed) == 3
    # the controls: one such line (a subheading or one signed entry) and headings of a time or "The" stay
    for lines in (["By Jane Roe"], ["By The Numbers", "By Early July"]):
        text = "\n\n".join([_PROSE, _MORE, _MORE.replace("most", "all"), _MORE.replace("most", "half"),
                            *[f"{line}\n\n{_LAST}" for line in lines]])
        for line in lines:
            assert line in paragraphs(text, _TITLE), line
