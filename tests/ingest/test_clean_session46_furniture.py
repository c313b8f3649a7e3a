"""Furniture cleaning left before session 46 (review 34), each a kind: a caption over a credit handed on "via" an agency
in brackets, over "(Photo by ...)", over an agency's credit naming several photographers, a present-tense caption with
its date inside over "(AP Photo/...)"; a colleagues' credit with initials, a list's glyph or the note that the story
rests on wire copy; and the prose like them that stays. Every sentence is invented."""

from clean_helpers import HARBOUR, clean_story

_TITLE, _PROSE, _MORE, _LAST = HARBOUR.title, HARBOUR.prose, HARBOUR.more, HARBOUR.last
_gone, _stays = HARBOUR.line_goes, HARBOUR.line_stays


def test_a_caption_over_a_credit_handed_on_via_an_agency_goes_whole():
    _gone("A man said to be the smugglers' leader in a still of a video released on May 2, 2019 "
          "(Harbour Media Office/Lakeview TV via Reuters)", "photo caption")
    _gone("Mayor Ann Lee speaks at the harbour in Lakeview, Monday, Oct. 21, 2019. "
          "(Jo Lin/The Lakeview Courier via AP)",
          "photo caption")
    _gone("Lakeview, 2016 (Jo Lin/Harbour Pictures/Coast Media via Getty Images)", "photo caption")


def test_a_caption_over_a_credit_via_an_agency_without_brackets_goes_whole():
    _gone("Mayor Ann Lee arrives at the harbour on June 20, 2020 in Lakeview, Maine. Jo Lin/AFP via Getty Images",
          "photo caption")
    _gone("Harbour master Bo Park speaks in Lakeview, Britain, January 16, 2019, in this screen grab taken from video. "
          "Lakeview TV via REUTERS", "photo caption")
    # a sentence of the story closed by "via" and lower-case words keeps its words
    _stays("The pier reopened on Monday. The notice was sent via AP")


def test_a_present_tense_caption_naming_its_pictures_source_goes():
    _gone("A boat is wedged in trees Friday in Lakeview, Maine, in a photo from Ann Roe.", "photo caption")
    _stays("A boat was wedged in trees on Friday, in a photo from Ann Roe that the council shared.")


def test_a_caption_over_a_photo_by_credit_goes_whole():
    _gone("Harbour master Bo Park joined Mayor Ann Lee as she opened the new sea wall on June 20, 2018. "
          "(Photo by Jo Lin/Getty Images)", "photo caption")


def test_a_caption_over_an_agency_credit_of_several_photographers_goes_whole():
    _gone("A combination photo of Mayor Ann Lee (L) on May 11, 2017 and harbour master Bo Park in Lakeview, U.S., "
          "November 28, 2017. REUTERS/Jo Lin/Ann Roe/File Photos", "photo caption")


def test_a_present_tense_caption_dated_inside_goes_with_its_credit():
    _gone("People look at the wrecked boats near the pier of Lakeview, on Oct. 27, 2019, after a storm which hit the "
          "coast. (AP Photo/Jo Lin)", "photo caption")
    # a title's abbreviation before the name is no sentence's end
    _gone("Sen. Ann Lee walks with reporters at the harbour in Lakeview on Oct. 22, 2019. "
          "(Jo Lin/AFP via Getty Images)",
          "photo caption")


def test_prose_over_the_same_credits_keeps_its_words():
    # a paragraph of the story that a credit closes: only the credit goes, as before
    cleaned = clean_story("\n\n".join([
        _PROSE, "The council voted on Oct. 27, 2019, after the storm hit the coast. (AP Photo/Jo Lin)", _LAST]), _TITLE)
    assert cleaned.text.split("\n\n") == [_PROSE, "The council voted on Oct. 27, 2019, after the storm hit the coast.",
                                          _LAST]
    cleaned = clean_story("\n\n".join([
        _PROSE, "The mayor rallied with the harbour's workers, but the vote did not go her way. "
                "(Jo Lin/AFP via Getty Images)", _LAST]), _TITLE)
    assert "The mayor rallied with the harbour's workers, but the vote did not go her way." in cleaned.text
    assert "via Getty" not in cleaned.text
    # two sentences before "(AP Photo/...)": a caption glued to a paragraph keeps the paragraph's words
    _stays("The pier reopened on Monday. Crowds gather at the pier in Lakeview on Oct. 27, 2019, after the storm.")
    # "via" inside prose, no credit in brackets
    _stays("The footage reached the newsroom via Reuters on Monday, two days after the storm.")


def test_a_colleagues_credit_with_initials_or_a_lists_glyph_goes():
    for line in ("⦁ Jo Lin Jr. and A.B. Roe contributed to this report.",
                 "• Ann Lee contributed to this article, which is based in part on wire service reports.",
                 "⦁ Bo Park reported from Lakeview for this article, which is based in part on wire service reports.",
                 "• This article is based in part on wire service reports.",
                 "Lakeview.com's Ann Lee and Jo M. Lin contributed to this report.",
                 "Roe reported from Montclair, N.J. Harbour writer Jo Lin contributed to this report from Lakeview.",
                 "(Ann Lee and Bo Park contributed to this article.)",
                 "contributed to this article."):
        _gone(line, "contributors' credit")


def test_sentences_on_a_report_or_on_wire_copy_stay():
    _stays("The harbour board contributed to this report, which found the sea wall had failed at two points.")
    _stays("The port's estimate is based in part on wire service reports from the coast.")
    _stays("Mayor Ann Lee declined to comment for this article.")
    _stays("Bo Park reported from Lakeview that the pier had reopened.")
