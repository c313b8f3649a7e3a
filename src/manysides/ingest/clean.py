"""Turn a raw `Document` into a clean `Article`.

HTML goes through trafilatura for the main text and metadata; all text then loses
scraper noise line by line: ad markers, doubled photo captions, photo credits,
share/subscribe prompts, bylines, timestamps, and the dateline that opens the body.
Each removal is recorded in `Article.removed`, so nothing disappears silently. The rule
throughout is to keep a line unless it is clearly noise: losing an article sentence is
worse than keeping a stray prompt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from ..errors import ConfigError, InputError
from ..records import Article, Document
from . import _line_runs
from ._shot_list import strip_script
from .readers import LAST_YEAR, normalise_date

# --------------------------------------------------------------------------- patterns
_AD_MARKERS = {
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "paid content",
    "paid post",
    "promoted content",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "story continues below",
    "story continued below",
    "article continues below",
    "continue reading below",
    "continue reading the main story",
}
_SHARE_WORDS = {
    "share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin",
    "whatsapp", "reddit", "pinterest", "copy", "link", "save", "comment", "comments",
    "messenger", "flipboard", "telegram", "this", "article", "story", "on", "via", "or",
}
_CREDIT = re.compile(
    r"^(?:(?:photo(?:graph)?s?|image|picture|illustration|video|credit)s?"
    r"(?:\s+(?:credit|courtesy|illustration))?\s*[:|]"
    r"|(?:photo|image|illustration)s?\s+(?:by|courtesy of)\s"
    # "Photograph by Jo Lin/Getty Images.", "Photograph of a shut shop by Jo Lin/Getty Images." (session 43)
    r"|photographs?\s+(?:of\s+[^.!?/]{1,60}?\s+)?by\s+(?-i:[A-Z])[^.!?]{0,60}/[^!?]{1,60}$"
    r"|\(?(?:[A-Z][\w.]*\s)?photo(?:\s*illustration)?\s*(?:/|by\s))",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"\b(getty images|shutterstock|istock(?:photo)?|associated press|afp via getty|"
    r"ap photo|reuters|epa|afp|alamy|bloomberg)\b",
    re.IGNORECASE,
)
_INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:[A-Z][\w.]*\s+)?(?:photo|image|credit)s?\s*(?:/|:|by\s)[^)\]]{1,80}[)\]]\s*$",
    re.IGNORECASE,
)
# a credit under its label, "(Photo: Evan Vucci, AP)", "(Reuters photo: Yuri Gripas)": only a caption carries one
# ... or "by" for the colon, "(Photo by Jo Lin/Getty Images)" (session 46, review 34's caption of Nielsen under it)
_LABELLED_CREDIT = re.compile(r"^[(\[](?:[A-Z][\w.]*\s+)?(?:photo|image|credit)s?\s*(?::|by\s)", re.IGNORECASE)
# ... alone on its line, the brackets closed and no sentence in them: "(Photo: Jo Lin/Dreamstime)" (session 44)
_BRACKETED_CREDIT = re.compile(r"^[(\[](?:[A-Z][\w.]*\s+)?(?:photo|image|credit)s?(?:\s+courtesy)?\s*:\s*"
                               r"[^()\[\]]{1,80}[)\]]\.?$", re.IGNORECASE)
# A caption under a picture's label and a colon, however long ("PHOTO: The ambassador is seen during a ceremony in
# Kiev, Dec. 1, 2017. (Jo Lin/Reuters, FILE) More", session 44): `_CREDIT` takes such a line of 25 words or fewer as
# a credit; a longer one is the caption, and a paragraph of prose opens with no such label (case-sensitive: a word
# in capitals or capitalised, the colon right after it).
_PICTURE_LABEL = re.compile(r"^(?:PHOTO|PICTURE|IMAGE|Photo|Picture|Image)S?:\s+[A-Z0-9\"“‘'(]")
_POST_MARK = re.compile(r"@\w|pic\.twitter\.com|https?://")  # an embedded post's words may open so: its author's
_PROMPT = re.compile(  # unmistakable calls to action: removed when the line is short
    r"^(?:share this(?:\s+\w+)?\b|share (?:on|via)\b|subscribe\b|read more\b|read the full\b|"
    r"continue reading\b|click here\b|sign up (?:for|to|now|here|today)\b|follow us\b|"
    r"join us on\s+(?:twitter|x|facebook|instagram|threads|tiktok|bluesky)\b|"
    r"follow (?:\S+\s+){0,3}on\s+(?:twitter|x|facebook|instagram|threads|tiktok|bluesky)\b|"
    r"follow (?:\S+\s+){0,3}(?:reporter|writer|columnist|correspondent|editor)\s+(?:\S+\s+){1,3}"
    r"on\s+(?:twitter|x|facebook|instagram|threads|tiktok|bluesky)\b|"
    r"follow\s+(?:(?-i:[@A-Z])[\w.'’@-]*,?\s+(?:(?:and|&)\s+)?){1,10}on\s+(?:twitter|x|facebook|instagram|threads|tiktok|bluesky)\b|"
    r"related(?:\s+\w+)?\s*[:|]|see also\b|also read\s*:|download (?:the|our) (?:[\w.'’-]+\s+){0,3}app\b|"
    r"read or share this (?:story|article)\b|full coverage\s*:|"
    r"get (?:the|our) app\b|join our newsletter\b|send (?:us )?(?:a |your )?(?:news )?tips?\b|"
    # a share-by-email form's reply ("Your message has been sent successfully", Salon)
    r"your (?:message|e-?mail) (?:has been|was) sent\b)",
    re.IGNORECASE,
)
_WEAK_PROMPT = re.compile(  # phrases prose could start with: removed only on very short lines
    r"^(?:recommended(?:\s+for you)?|more from\b|most (?:read|popular)\b|trending\b|watch\s*:|"
    r"listen\s*:|you might also like\b|don['’]t miss\b|have a (?:news )?tip\b|"
    r"we want to hear from you\b|join the conversation\b|"
    # an appeal's heading and its link ("How You Can Help:" over "Give to Operation Blessing", CBN, review 24)
    r"how (?:you can|to) help\s*:?$|give to\b|donate (?:to|now|here|today)\b)",
    re.IGNORECASE,
)
_TAIL_PROMPT = re.compile(  # sign-off pitches; two of these in one closing line mark it as one
    r"subscribe|sign up|newsletter|inbox|reader-supported|reader-funded|briefing|donate|podcast|catch up on|"
    r"support (?:our|independent|local)\b[\w ,-]*journalism|become a (?:member|subscriber)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|may not be (?:published|reproduced)"
    # a newsletter's sign-up box and a sponsor's note ("... is made possible in part by a grant from ...")
    r"|this site is protected by recaptcha|by signing up,? you agree to|"
    r"\bis (?:made possible|supported) in part by (?:a grant from|funding from)"
    # a syndication notice (the Daily Caller News Foundation's, under each of its articles)
    r"|available without charge to any eligible news publisher|^for licensing opportunities\b"
    # a broadcast transcript's notice ("This is a rush transcript. Copy may not be in its final form.", Democracy Now,
    # review 25)
    r"|^this is a rush transcript\b|\bcopy may not be in its final form\b",
    re.IGNORECASE,
)
# A broadcast's tease of its next segment before a break ("This is Democracy Now! When we come back, we go to Des
# Moines, Iowa. ... They'll tell their story. Stay with us.", review 25): the host's promise of what comes after the
# break, closed by the call to stay, and the show's name before it; a transcript's words, not the story's. What the
# host said before it in the paragraph stays ("Judge Brett Kavanaugh, testifying before the Senate Judiciary
# Committee Thursday. When we come back, ...": whose clip that was), and a speaker's label left alone goes with it.
_BREAK_TEASE = re.compile(r"(?:^|(?<=[.!?”\"’:])\s+)(?:This is\b[^\n]{0,100}?[.!?]\s+)?(?:When we come back|After the "
                          r"break|Coming up next)\b.{0,400}\bStay with us[.!]?$")
_SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}:$")
# "Fox News' Chad Pergram and The Associated Press contributed to this report.": one
# sentence crediting colleagues, the line to itself (a closing "X reported from Y." may follow)
_CONTRIBUTED = re.compile(
    r"^(?:[-•–—]\s*)?[A-Z][^.!?\n]{0,240}?\bcontributed(?: reporting| (?:to|reporting (?:to|for)) this "
    # (its full stop may be lost: "USA TODAY reporter ... contributed to this story", review 25)
    r"(?:report|story|article))(?: from [^.!?\n]{1,80})?(?:\.|$)(?:\s+[A-Z][\w'’. -]{1,60} (?:reported|wrote)"
    r"(?: and (?:reported|wrote))? from [^.!?\n]{1,60}\.)?$"
    # ..., or the sign-off first and then the colleagues' bare credit ("Wiseman and Superville reported from Washington.
    # AP Writer Catherine Lucey on Air Force One contributed.", the AP in the Washington Times, review 22)
    # ..., or several sign-offs before the colleagues' credit, a name's initial among them ("CNN's Jethro Mullen reported
    # from Hong Kong. CNN's Ashley Fantz and Greg Botelho reported and wrote from Atlanta. CNN's Holly Yan, Catherine E.
    # Shoichet ... contributed to this report.", review 24)
    r"|^(?:[A-Z][\w'’. -]{1,60} (?:reported|wrote)(?: and (?:reported|wrote))? from [^.!?\n]{1,60}\.\s+)+"
    r"[A-Z](?:[^.!?\n]|(?<=\b[A-Z])\.){0,240}?\bcontributed(?: reporting| (?:to|reporting (?:to|for)) this "
    r"(?:report|story|article))?\.$"
)
# Session 46 (review 34's "⦁ David R. Sands reported from Washington for this article, which is based in part on wire
# service reports."): the colleagues' credit with what `_CONTRIBUTED` refused, the line to itself: names with
# initials, "Jr." or a site's ".com" ("Tom Howell Jr. and S.A. Miller contributed to this report.", "FoxNews.com's
# Jo Lin ..."), an abbreviation before a comma ("... from Bucks County, Penn., and ..."), a list's "⦁" or a double
# dash before it, brackets round it, the names lost ("contributed to this article.", "and Ann Roe contributed ..."),
# "contributed this report", "..., along with The Associated Press"; a writer's sign-off "for this article"; the note
# that the story rests on agencies' copy ("This article is based in part on wire service reports.", alone or after
# the credit as ", which is ..."); and the sign-offs before a credit whose places hold such stops ("Roe reported from
# Montclair, N.J. AP writer Jo Lin contributed to this report from New York."). A sentence of news on a report
# ("The agency contributed to this report, which found ...") goes on after the credit's words and stays.
_CREDIT_DOT = r"(?:[^.!?\n]|(?<=\b[A-Z])\.|(?<=\b(?:Jr|Sr))\.|\.(?=com\b)|\.(?=,))"
_WIRE_BASIS = r"(?:article|story|report) (?:is|was) based in part on wire(?:[- ]service)? reports"
_CREDIT_LINE = re.compile(
    r"^(?:[-•⦁–—]{1,2}\s*)?\(?(?:"
    rf"(?:[A-Z][\w'’. -]{{1,60}} (?:reported|wrote)(?: and (?:reported|wrote))? from {_CREDIT_DOT}{{1,80}}?\.\s+)*"
    rf"(?:(?:[A-Z]|and ){_CREDIT_DOT}{{0,240}}?\b)?contributed(?: reporting)?(?: to| reporting (?:to|for))? this "
    rf"(?:report|story|article)|[A-Z]{_CREDIT_DOT}{{0,120}}?\breported from [^.!?\n]{{1,60}}? for this "
    rf"(?:report|story|article))(?: from {_CREDIT_DOT}{{1,80}}?)?"
    r"(?:,? along with (?:the |The )?[A-Z][\w.'’ -]{1,40}?)?"
    rf"(?:,? which (?:is|was) based in part on wire(?:[- ]service)? reports)?\.?\)?$"
    rf"|^(?:[-•⦁–—]{{1,2}}\s*)?This {_WIRE_BASIS}\.?$")
# A caption or a video's blurb closed by its image's credit under a label, with no brackets: "Workers pass a building
# site. Photo: Jane Roe/Reuters", "... WSJ's Jane Roe reports on why ... Image: John Doe and Ann Poe" (a video's
# description with its still's credit, review 30), "Photograph: ...". The credit (names, an agency, "for" an outlet,
# a note of first publication in brackets) opens with a capital after a sentence's end and holds no sentence of its
# own; the whole line goes, as with "(Photo: ...)": without its credit a caption reads as a paragraph of the story.
_TAIL_LABELLED_CREDIT = re.compile(
    r"(?<=[.!?”\"’)])\s+(?:Photo(?:graph)?s?|Images?|Illustrations?):\s+[A-Z](?:[^.!?\n]|(?<=\b[A-Z])\.){0,100}$")
_TAIL_LABELLED_CREDIT_WORDS = 16
# a photo's caption under its label: "Cover: Discarded syringes ... on Saturday, April 28, 2018." (Vice),
# "Featured image: Howard Zinn at ..." (Quillette)
_IMAGE_LABEL_CAPTION = re.compile(
    r"^(?:Cover|(?:Cover|Featured|Top|Lead|Header|Hero|Main) (?:image|photo|picture|illustration))\s*:\s+[A-Z0-9\"“‘']")
# a video player saved with its clip's length and title: "Play Video 3:08 Who is the new French president ...
# – video" (the Guardian)
_PLAY_VIDEO = re.compile(r"^Play Video \d{1,2}:\d{2}\s+\S")
# An embedded clip's prompt closing a paragraph ("... Watch below:", "Click play to watch.") or opening it
# ("Click play to hear police dispatchers ..."), and the clip's description just before a closing one, told by
# its present tense ("Dr. X, professor of government at Regent University, breaks down the numbers from last
# night's primaries."); the paragraph's other sentences are the story's ("So far, the FBI has not ruled out ...")
_CLIP_OPENING = re.compile(r"^click play to (?:watch|hear|listen|see)\b", re.IGNORECASE)
_CLIP_CLOSING = re.compile(r"(?:^|(?<=[.!?])\s+)(?:click play to (?:watch|hear|listen|see)\b[^.!?]{0,40}|watch (?:it |"
                           # ... or someone's clip ("Watch John Jessup's message below:", CBN, review 24)
                           r"(?:the|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}['’]s) (?:video|clip|interview|message|"
                           r"remarks|report|speech|statement) )?below|listen below)\s*[.!:]?$", re.IGNORECASE)
_CLIP_DESCRIPTION = re.compile(r"\b(?:breaks down|shares (?:his|her|their)|explains|discuss(?:es)?|talks (?:with|to|"
                               r"about)|weighs in|takes? a look)\b")
# where a sentence ends: not after a title's or an initial's full stop ("Dr. Paul ...", "U.S. forces")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col))(?<!\bProf)"
                             r"[.!?][\"”’']?\s+(?=[A-Z])")
_CLIP_WORDS = 60
_NAME_SOURCE_CAPTION = re.compile(
    r"^(?:[A-Z][a-z'’]+[- ]){1,3}(?!(?:Gov|Sen|Rep|Mrs|Gen|Col|Sgt|Capt|Rev|Lt|Vs|Jr|Sr)\.)[A-Z][a-z'’]{2,}\.\s+"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}$")
# "Full coverage of George Floyd's death and protests around the country": a link to a topic's page
_FULL_COVERAGE_LINK = re.compile(r"^Full coverage (?:of|on)\s[^.!?]{1,100}$", re.IGNORECASE)
# a linked headline under a label in capitals, without a colon: "READ Why Trading Curbs Kicked in Monday as Stocks
# Plunged and What You Should Do About It" (case-sensitive: the headline is in title case or capitals). Each word
# ends at a space or the line's end: with "\s*" a word in capitals could be cut into as many pieces as it has letters,
# and a long line of capitals took minutes to fail (session 39: 193 s for one 497-character line)
_BARE_LABEL_LINK = re.compile(r"^(?:READ|WATCH)\s+(?=[A-Z0-9‘'\"“])(?:[A-Z0-9‘'\"“]\S*(?:\s+|$)|(?:a|an|the|and|or|of|"
                              r"in|on|at|to|for|as|by|with|from|is|are)\s+){3,25}$")
# An embedded post's credit as sites save it under the post: Instagram's "A photo posted by Joey (@spiritofsound_l) on
# Mar 22, 2016 at 3:01am PDT" (NPR's, review 17; "A post shared by ...", the handle alone: "A photo posted by @dana on
# ..."), a Facebook post's "Posted by Jane Roe on Wednesday, July 8, 2015" (NPR's, review 26). One rule at two depths,
# owned here: cleaning drops a line that ends on it, the post's words before it (`_POST_FOOTER`), and the comparison
# a sentence that is nothing else (`compare._text.is_boilerplate`): a credit inside a paragraph, whose line cleaning
# keeps, or in a store cleaned before the rule. (Until session 41 cleaning had an Instagram and a Facebook footer of
# its own and the comparison a third pattern, each missing forms another caught.)
POST_CREDIT = (r"(?:An?\s+(?:post|photo|video)\s+)?(?:posted|shared)\s+by\s+[^\n\"“”]{1,80}?\s+on\s+"
               r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
               r"(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?")
_POST_FOOTER = re.compile(rf"(?:^|\s)(?i:{POST_CREDIT})$")
# a credit of contributors without its colon: "Contributing The Associated Press" (USA Today)
_CONTRIBUTING_LABEL = re.compile(r"^Contributing:?\s+(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$")
# a link list's heading run into its first headline: "Related Articles State regulators probe PG&E power shutoffs"
# (or Fox's "More On This... Nelson Mandela through the years", review 25)
_GLUED_LIST_HEAD = re.compile(r"^(?:Related (?:Articles|Stories|Coverage|Content|Links)|More [Oo]n [Tt]his(?:\.\.\.|…))"
                              r"\s+(?=[A-Z0-9‘'\"“])")
# its headlines may carry a question or a second sentence ("Stanley the giraffe escaped the Woolsey fire. But was
# he supposed to be on the Malibu ranch to begin with?")
_GLUED_LIST_WORDS = 24
# a graphic's label saved with the text: "CNN Map", "Expand The Map"
_GRAPHIC_LABEL = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,3}(?:Map|Graphic|Infographic)$")
# a page's share buttons saved in front of a photo caption (the Guardian): "Facebook Twitter
# Pinterest The Afghanistan president ... Photograph: ..."
_SHARE_CAPTION = re.compile(r"^Facebook Twitter Pinterest\s")
# a video player's teaser: "CLOSE <what the video shows> USA TODAY" (its close button and
# the network's or agency's name saved with it, "... (May 10) AP, AP" too); or "CLOSE" and a
# sentence, whatever follows it: prose opens with no shouted "CLOSE" and a capital ("CLOSE to
# midnight" and an all-capitals "CLOSE CALL FOR ..." heading stay)
_VIDEO_TEASER = re.compile(r"^CLOSE\s(?:.*\b(?:USA TODAY|USA Today Network|Veuer|Wochit|AP|Reuters)$"
                           r"|\s*[A-Z0-9\"“‘'](?=.*\b[a-z]{2,}\b))"
                           # ... or the button alone, its teaser lost (USA Today, review 25)
                           r"|^CLOSE$")
# "Contributing: The Associated Press; Joey Gill" (USA Today): the colleagues credited, after a label,
# and the sign-off that may open the line ("Bacon reported from McLean, Va. Contributing: ...")
_CONTRIBUTING = re.compile(r"^(?:[A-Z][\w'’. -]{1,60} (?:reported|wrote)(?: and (?:reported|wrote))? from "
                           r"[^!?\n]{1,60}?[.;]\s+)?Contribut(?:ing|ors?)(?: reporting)?\s*:\s*[A-Z]")
# An agency's or outlet's staff credited, named by their job, "contributed" closing the one sentence with no "to this
# report" ("AP writers Amanda Seitz, Ann Roe and Jo Lin contributed.", "Associated Press writer Edith M. Lederer at the
# United Nations contributed.", "NPR Justice Correspondent Carrie Johnson contributed.", review 28): the job's word
# after one to four capitalised words, initials allowed in the names
_STAFF_CONTRIBUTED = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){1,4}(?:staff\s+|special\s+)?(?i:writers?|reporters?|"
                                r"correspondents?|photographers?|researchers?|editors?)\s(?:[^.!?]|(?<=\b[A-Z])\.)"
                                r"{0,300}\bcontributed\.?$")
# the writer's sign-off alone at the text's edge: "Warren reported from Buenos Aires, Argentina." (an agency's story as
# an outlet runs it, session 44); surnames only and a place, one sentence: a story's sentence names what was reported
_REPORTED_FROM = re.compile(r"^[A-Z][\w'’-]+(?:(?:,| and) [A-Z][\w'’-]+)* (?:reported|wrote) from "
                            r"[A-Z][^.!?;:\n]{1,60}\.$")
_REPORTED_FROM_WORDS = 12
# "More: How the trade war could hit you" (USA Today): a link under its label, with a space
# after the colon; prose does not open with "More:"
_MORE_LINK = re.compile(r"^More:\s+[A-Z0-9'‘\"“]")
# "WATCH: TRUMP SAYS US IS LIKE 'PIGGY BANK' ON TRADE": a link to another story, its headline in
# capitals under a label; prose has small letters
_CAPS_LINK = re.compile(r"^(?:WATCH|VIDEO|READ|RELATED|MORE|SEE|LISTEN)\s*:\s*(?=[^a-z]*[A-Z]{2})[^a-z]{10,}$")
# A line in capitals between lines of prose: another story's headline (Fox's "AUSTIN SERIAL BOMBER WAS 'TROUBLED'
# YOUNG MAN ..." between paragraphs, review 12) or a section's heading; neither is a sentence of the story. An
# article written all in capitals keeps its lines: the line after must have small letters.
_CAPS_LINE = re.compile(r"^(?=(?:\S+\s+){3})(?=[^a-z]*[A-Z]{3})[^a-z]{12,}$")
_CAPS_LINE_WORDS = 30
# a graphic's title under its label ("Map: Charlie Hebdo HQ, Paris", "Figure 4: Refugees in U.S. Refugee
# Program By Religion", "CHART: How Much Gets Done From State Of The Union Speeches?"): the graphic was not saved and
# its title says nothing of the story; a label over a sentence ("Chart: Sales fell 4% in May.") stays
_GRAPHIC_TITLE = re.compile(r"^(?i:map|chart|graph|graphic|infographic|table|figure)(?: \d{1,2})?\s*:\s*[A-Z0-9]"
                            r"[^.!]*[^\s.!,;:]$")
_GRAPHIC_TITLE_WORDS = 16
# a chart's title on the line above its source (`_GRAPHIC_SOURCE`): every word of four letters or more capitalised
# ("Syrian Refugees Resettled in October 2015 by State" over "Source: U.S. Refugee Processing Center.", the Cato
# Institute's), no sentence's end; a box's last item above a source ("10%-15% of captives died on the way") stays
_CHART_TITLE_WORDS = 20
# a graphic's number alone on its line ("Figure 2", "TABLE 1"), and the title on the line under it ("Figure 1" over
# "Syrian Refugees Resettled in October 2015 by State", the Cato Institute's)
_GRAPHIC_NUMBER = re.compile(r"^(?i:figure|chart|table|graph|exhibit|map) \d{1,2}[.:]?$")
# a page's caption and player labels saved before the caption (BBC): "Image copyright Getty Images
# Image caption ...", "Media playback is unsupported on your device Media caption ..."
_MEDIA_LABEL = re.compile(r"^(?:Image (?:copyright|caption)|Media (?:playback is unsupported|caption))\b")
# a photo's caption under its label with its credit (the New York Times): "Image Debra Buccellato, an emergency
# room nurse ..., said she had not undergone any active training for Ebola. Credit... Jason Henry for The New York
# Times" (review 20: listed as news only the Times gave)
_CREDITED_CAPTION = re.compile(r"^Image\s+\S.*\sCredit(?:\.\.\.|…)?\s+\S")
# a chart's or a map's words saved with the text, closed by its source and no stop: "2017 Elections: Alabama Senate
# county map results Birmingham Montgomery Mobile Source: CNN Politics" (review 20)
_GRAPHIC_SOURCE = re.compile(r"(?:^|\s)Source:\s+[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|and|of|the)){0,5}$")
_FILE_CAPTION = re.compile(  # agency photo captions: "FILE - In this May 2, 2019, file photo, ..."
    r"^(?:FILE(?: PHOTO)?\s*(?:—|–|-|:)\s"
    r"|In this (?:[\w.,]+ ){0,8}(?:file |handout )?(?:photo|image|frame grab)\b"
    r"|This (?:undated |handout |file )*(?:photo|image|frame grab)\b[^.]{0,60}"
    r"\b(?:provided|released|taken|made available|obtained) by\b)"
)
_IMAGE_CONTROL = re.compile(  # a gallery's buttons saved with the page, and the credit after them
    r"^(?:enlarge this image|toggle caption|hide caption|expand this image|view (?:larger|full(?:-size)?) image|"
    # a slideshow's arrows before its counter: "next Image 1 of 2", "prev next Image 2 of 2" (Fox, review 23)
    r"(?:(?:prev(?:ious)?|next)\s+){0,2}image \d+ of \d+)\b",
    re.IGNORECASE,
)
# ---- page furniture that is not a prompt's wording: players, galleries, link lists
_VIDEO_CONTROL = re.compile(  # a video player's labels saved with the page (case-sensitive)
    r"\b(?:JUST WATCHED|MUST WATCH|Replay|More Videos|Now Playing|NOW PLAYING|Up Next|UP NEXT|Autoplay)\b"
)
_URL = re.compile(r"https?://")
# a list item's mark: a page's promotions are often set as a list ("- Follow the Ticker on Twitter")
_BULLET = re.compile(r"^[-•*▪►]\s+")
_LIST_BULLET = re.compile(r"^[•▪►●◆]\s+")  # glyphs only: "- 5" or "* " may be words or markup
_CHECK_OUT = re.compile(r"^check out\b", re.IGNORECASE)  # a promotion only as a list item
_CALL = re.compile(r"\b(?:subscribe to|watch more|follow [\w ]{1,30} on (?:facebook|twitter|instagram))\b", re.IGNORECASE)
_DURATION_END = re.compile(r"\b\d{1,2}:\d{2}$")
_GALLERY = re.compile(  # a slideshow's buttons and counters, anywhere in the line
    r"\b(?:hide caption|show caption)\b|\bPrevious Next\b|\bview slideshow\b|"
    r"\bHide Caption \d+ of \d+\b",
    re.IGNORECASE,
)
# a gallery's link saved as a line: its title, its button and its description ("Obama's economy View photos A look at
# where the economy stood when Obama took office and what's changed since.", CNN, review 21); case-sensitive, the
# button capitalised between a short title and a capitalised description
_GALLERY_LINK = re.compile(r"^[A-Z][^.!?]{0,60}? View photos [A-Z]")
_MEDIA_PLACEHOLDER = re.compile(
    # (or a publishing system's marker for a box the scraper left empty: Fox's "[pullquote]", review 25)
    r"^(?:\[/?(?:image|photo|picture|video|graphic|gallery|embed|media|pullquote|pull quote|caption|sidebar)\]"
    r"|(?:slideshow|gallery|photos)\s*\(\d+\s+(?:images|photos|pictures)\))$",
    re.IGNORECASE,
)
# a platform's name alone on its line: the label an embedded video or post leaves behind ("YouTube" under NPR's
# embeds, review 23; "Twitter" after "Play Facebook", NBC's); case-sensitive
_EMBED_LABEL = re.compile(r"^(?:YouTube|Twitter|Instagram|Facebook|Vimeo|SoundCloud|Spotify|TikTok)$"
                          # ... or the kind of medium a removed embed was: the Times' lone "Photo" and "Video" (review
                          # 24); no sentence of a story is one such word
                          r"|^(?:Photo|Photos|Video|Videos|Audio|Graphic|Interactive)$"
                          # ... or an embedded video's title run into its host's name ("SABC's Live Coverage YouTube",
                          # "Vatican YouTube", NPR, review 25): capitalised words, no sentence
                          r"|^(?:[A-Z][\w'’.&-]*\s+){1,4}(?:YouTube|Vimeo|SoundCloud)$"
                          # ... or a channel's handle, one word in lower case, run into it ("teambachmann YouTube",
                          # NPR, review 27): no sentence either
                          r"|^[a-z0-9_][\w.-]{1,40}\s+(?:YouTube|Vimeo|SoundCloud)$")
_AGO = re.compile(r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$", re.IGNORECASE)
_SUMMARY_BOX = re.compile(  # "Story highlights <bullet>": a summary box heading the page
    r"^(?:Story highlights|STORY HIGHLIGHTS|(?:Highlights|HIGHLIGHTS|Key points|KEY POINTS|Key takeaways)\s*:?)"
    r"(?:\s+[A-Z0-9\"“‘']|$)"
)
# "Topic:Headline": a link to another story under a label; prose puts a space after a colon
# (or a year: "Taxes 2020:7 common filing mistakes to avoid this year", USA Today's, review 16)
# or a quotation as the label ("'We won':DACA recipients overwhelmed by ...", USA Today's, review 20)
_LABELLED_LINK = re.compile(r"^(?:[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5}(?:[a-z.]| (?:19|20)\d\d)"
                            r"|['‘\"“][A-Z][\w'’-]*(?: [\w'’-]+){0,5}[a-z!?.]['’\"”]):"
                            r"(?:[A-Z0-9]|(['‘\"“])[A-Z0-9])")
# a second link's headline right under a link, unlabelled, a question or sentence and its kicker with no stop
# at its end ("What tax deductions and credits can I claim? Here are 9 overlooked ones"): prose ends its paragraph
_KICKER_LINK = re.compile(r"[a-z]{2}[?!.][\"”’']?\s+[A-Z0-9][^.!?]*[^\s.!?,;:\"”’')]$")
# The list's last headline run into the paragraph after it ("One year later: Catching up with those recovering
# from the Camp Fire The author of the measure — passed ...", the East Bay Times', review 16): a headline ending on
# a capitalised word, then a sentence's opening word with a small letter after it, no stop between them.
_GLUED_PARAGRAPH = re.compile(r"(?<=[A-Za-z0-9’'])\s+(?=(?:The|A|An|In|On|At|But|And|After|As|When|While|This|"
                              r"That|It|He|She|They|We|Its|His|Her|Their)\s+[a-z])")
_READ_MORE_END = re.compile(r"\S\s+Read more\s*[»›→>]*$")  # "<headline> Read more": a link
# "<headline> | <columnist> Read more" (the Guardian): a link to a column, however many sentences its headline has
_AUTHOR_READ_MORE = re.compile(r"\S\s+\|\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+Read more\s*[»›→>]*$")
# a link list's heading ("Further Reading", "READ MORE:", "More On This...", "More hurricane coverage:", USA Today's,
# review 24; "More NPR Reports:", review 25); the headlines under it are links too, each may keep its list bullet
# ("• Death toll rises in Haiti")
_LINK_LIST_HEAD = re.compile(
    r"^(?:further reading|read more|related(?: (?:stories|articles|coverage|content|reading|links))?|see also|"
    r"more on this(?: story)?|more (?:[\w'’-]+ ){0,3}(?:coverage|reports|stories))\s*(?::|\.\.\.|…)?$", re.IGNORECASE)
# A list's item that is a headline in quotation marks, every word of four letters or more capitalised, the outlet that
# ran it in parentheses after it or not ('-- "Catholics React With Shock, Sympathy and Muted Criticism." (The New York
# Times)', NPR, review 25): a link to a story, not anyone's words (speech is not written in title case); without a
# list's dash or bullet, a headline a writer cites in a list of his own ("... a sampling:" over quoted headlines and
# their outlets) or a subheading in quotation marks stays
_QUOTED_HEADLINE = re.compile(r"^(?:-- ?|[•▪►●◆]\s*)[\"“](?P<title>[^\"“”]{12,150}?)[\"”](?:\s*\((?:The )?[A-Z][\w.&'’-]*"
                              r"(?: [A-Z][\w.&'’-]*){0,4}\))?$")
_QUOTED_HEADLINE_WORDS = 4
_LINK_LIST_MAX = 8
# a linked headline's words at least: a shorter line under a link is a section's heading ("Commutations" over "Rod
# Blagojevich" and a paragraph on him, USA Today's)
_LINK_RUN_WORDS = 4
_FIGURE = re.compile(r"\d+(?:[.,/]\d+)*")  # a number ("2,000", "57.5") or a figure pair ("45/45")
_QUOTED_STOP_END = re.compile(r"[.!][\"”’')\]]+$")  # a quoted sentence closing a line ("Lee:“We won.”"), no headline
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s")  # a numbered list's item ("2. Ohio"), no headline under a link
# an audio player saved with its piece's title: "<title> Listen · 4:07 4:07" (NPR)
_AUDIO_PLAYER = re.compile(r"\bListen\s*·\s*\d{1,2}:\d{2}(?:\s+\d{1,2}:\d{2})?$")
# a live post's label between its update and the post as first written: "Our original post continues:"
_ORIGINAL_POST = re.compile(r"^(?:our )?original post(?: continues)?\s*:?$"
                            # with its time and the entry's first headline (NPR, review 21): "Our original post (from
                            # 7 a.m. ET). "Jobless Rate Likely Edged Up In October, Job Growth Was Likely Modest":"
                            r"|^(?:our )?original post \(from [^()]{1,30}\)\.?"
                            r"(?:\s+[\"“][^\"“”]{1,150}[\"”]\s*:?)?$"
                            # ... or its time after a comma: "Our original post, from 6:30 a.m. ET:" (session 44)
                            r"|^(?:our )?original post,\s+(?:from|at)\s+[^()\n]{1,30}:$",
                            re.IGNORECASE)
# A live blog's word on its own post, its readers told to come back or refresh ("We'll have more from the report and
# reactions to it as the morning continues. Hit your refresh button ...", "We'll update this post with the news after
# the report is released ...", NPR, review 21): the outlet on its copy, not on the event.
# ..., or what the page holds besides its text ("We've added a separate post with full text and audio of Obama's
# eulogy.", "We've embedded live coverage by SABC ... at the side of this post.", "We also live blogged the service
# so if you want a play-by-play keep reading. Our earlier updates follow.", NPR, review 25).
_POST_NOTE = re.compile(r"^(?:we['’]ll (?:have more (?:on|from|about) [^.!?]{1,80}? as the (?:morning|day|afternoon|"
                        r"evening|night) (?:continues|goes on|unfolds)|update this (?:post|story|page|blog))\b"
                        r"|hit (?:your|the) refresh button\b"
                        r"|^we(?:['’]ve| have)(?: also)? (?:added|embedded|posted|put up)\b[^.!?]{0,120}\b(?:post|page|"
                        r"blog|live coverage|live stream|video|audio)\b"
                        r"|^we(?: also)? live[- ]?blogged\b"
                        # ... or the reports it goes on following ("We'll continue to focus on reports from authorities
                        # ... and update as more information comes in.", NPR, session 44)
                        r"|^we['’]ll (?:continue to|keep) (?:follow|focus on|monitor|track|watch)[^.!?]{0,160}"
                        r"\bupdate\b"
                        r")", re.IGNORECASE)
# an explainer box another page lends the article, saved as one line with its buttons: "Quick guide <question>
# Show Hide <answers> ..." (the Guardian), and so its other collapsible boxes, "Q&A <question> Show Hide ...",
# "Profile Who is ...? Show Hide ...", "Timeline <title> Show Hide <dated entries, each heading run into its
# sentence>" (review 23: "Timeline Boeing’s 737 Max crisis Show Hide ... Lion Air crash Lion Air flight JT610 crashes
# ..." made the Lion Air toll a figure against the Ethiopian crash's and an entry a summary sentence)
# An HTML attribute saved at a paragraph's start, the page's markup and not its words ('poster="https://v.politico.com/
# images/....jpg?pubId=..." Trump announces ...', a video player's still, Politico, review 21): it goes, the rest stays.
_MARKUP_ATTR = re.compile(r'^(?:[a-z][\w-]*="[^"\s]*"\s*)+(?=\S|$)')
# The BBC's link for screen readers before an embedded post, saved in its line ("Skip Twitter post by @realDonaldTrump
# Congratulations to @JustinTrudeau on a wonderful and hard fought victory. ... — Donald J. Trump (@realDonaldTrump)
# October 22, 2019 Report", review 23: listed as news only the BBC gave), and the post's "Report" button after its
# date: both go, the post stays, its source after the dash.
_POST_CONTROL = re.compile(r"^Skip (?:Twitter|Facebook|Instagram|YouTube) post(?: \d+)? by @?[\w.]{1,40}\s+(?=\S)")
_POST_REPORT = re.compile(r"(?<=\d{4})\s+Report$")
_EXPLAINER_BOX = re.compile(r"^(?:Quick guide|Q&A|Timeline|Profile)\s(?:\S+\s+){1,30}?Show Hide\b")
# A newsletter's sign-up inside a paragraph, after a sentence of it ("... shortly before 1:30 p.m. Sign up for our
# Coronavirus Updates newsletter to follow ... All stories linked in the newsletter are free to access."): the
# pitch and a sentence after it about the newsletter go, the paragraph stays.
_INLINE_SIGN_UP = re.compile(
    r"(?<=[.!?”\"’])\s+Sign up for (?:our|the) [^.!?]{0,80}?\bnewsletters?\b[^.!?]{0,120}[.!?]"
    r"(?:\s+[^.!?]{0,100}\bnewsletters?\b[^.!?]{0,60}[.!?])?(?=\s|$)")
# A note that the story is updated or still developing ("This story has been updated and will continue to
# update with additional developments."), and a correction's note on an earlier version ("Editor's note: An
# earlier version of this article mistakenly said ...", USA Today's "Corrections and clarifications: An earlier
# version of this story misstated ..."): the outlet's word on its copy, not on the event.
# (In parentheses too, or the time of its last update: "(This post was last updated at 9:27 a.m. ET.)", "(Most
# recent update: 2:50 p.m ET.)", NPR's live pages, review 25.)
_UPDATE_NOTE = re.compile(
    r"^\(?(?:this (?:story|article|post|report|page) (?:has been|was|is being|will be|is) (?:last |first )?updated\b|"
    r"this is a (?:developing|breaking)(?: news)? story\b|(?:most recent|latest|last) update\s*:"
    # "(We most recently updated the top of this post at 5:08 p.m. ET.)" (NPR, session 44)
    r"|we (?:most recently |last |first )?updated (?:the top of )?this (?:post|story|article|page)\b)", re.IGNORECASE)
_CORRECTION_NOTE = re.compile(
    r"^(?:editor['’]?s['’]? note|correction|clarification)s?(?:\s+(?:and|&)\s+(?:correction|clarification)s?)?\s*:"
    r".{0,300}?\b(?:an? (?:earlier|previous|prior) "
    r"version|(?:incorrectly|mistakenly|erroneously) (?:said|stated|reported|identified|described)"
    # ... or on the copy edited since ("Editors' Note: This article has been edited to remove plagiarized content ...",
    # CNN, review 25)
    r"|this (?:article|story|report|post) (?:has been|was) (?:edited|updated|corrected|amended|revised))\b",
    re.IGNORECASE)
# A link run into a paragraph after one of its sentences, under a label in capitals ("... at Camp David on
# Saturday. RELATED: Bible Studies at the White House: ... RELATED: ..."): from the label to the line's end
# (case-sensitive: prose writes no label in capitals); and the outlet's pitch closing a paragraph ("...
# 'life-threatening inundation.' Check out our maps tracking the storm.", a broadcast's "We'll have more
# on ... after headlines.").
_INLINE_LINK = re.compile(r"(?<=[.!?”\"’])\s+(?:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|WATCH|MORE)\s*:\s*"
                          r"[A-Z0-9‘'\"“].*$")
_INLINE_PROMO = re.compile(r"(?<=[.!?”\"’])\s+(?:Check out our|We['’]ll have more on|We['’]ll be right back|"
                           # ... or a live page's promise, and the call to come back after it ("We'll be live blogging
                           # and will stream both the speech ... Come back as the time approaches.", NPR, review 24)
                           r"We['’]ll be live[- ]?blogging)[^.!?]{0,120}[.!?](?:\s+(?:Come|Check) back\b[^.!?]{0,120}"
                           r"[.!?])?$")
# A linked headline under a label of one to three words, a space after its colon ("Key figure: What we know
# about the strike that killed Iran's Gen. Qasem Soleimani"): short, its headline capitalised, and no
# sentence's end and no comma anywhere ("WATCH: The senators debate the bill, in a video from the floor" reads
# as a sentence; `_LABELLED_LINK` takes the label glued to its headline).
_SPACED_LABEL_LINK = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: [A-Z‘“\"'](?:[^\s,]+\s+){2,}[^\s,]+$")
_PAREN_PROMO = re.compile(  # "(PHOTOS: ...)", "(Also on POLITICO: ...)": a link set in parentheses
    # ..., or under any label of two to four words in capitals ("( IN 90 SECONDS: Democrats excited about health care
    # again)", Politico, review 22)
    r"\(\s*(?:PHOTOS?|VIDEOS?|WATCH|READ(?: MORE)?|SEE ALSO|ALSO READ|RELATED|MORE|POLL|QUIZ|LISTEN|"
    r"SLIDESHOW|GALLERY|INTERACTIVE|MAP|CHART|(?:ALSO ON|Also on) [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}|"
    r"[A-Z][A-Z0-9'’]*(?: [A-Z0-9][A-Z0-9'’]*){1,3})"
    r"\s*:[^()]{1,200}\)$"
)
# A call for the readers' own pictures ("Are you there? Share images, but stay safe.", "Are you affected by Hurricane
# Matthew? ... WhatsApp us on ... to share your photos, experiences and video.", CNN, review 24): a verb of sending
# before a picture's kind, the reader addressed, no quotation (a source asking for videos is reported in its words).
_READER_CALL = re.compile(r"\b(?:share|send|upload|submit|whatsapp)\b[^.!?]{0,80}?\b(?:photos?|images?|videos?|pictures?|"
                          r"footage)\b", re.IGNORECASE)
_READER = re.compile(r"\b(?:you|your|us)\b", re.IGNORECASE)
_READER_CALL_WORDS = 60
# A line of "Follow @handle" prompts, the handles run together ("Follow @politicaltickerFollow @AdamATCNN", CNN,
# review 24), at a paragraph's start: the prompts go, a sentence after them stays.
_FOLLOW_RUN = re.compile(r"^(?:Follow\s+@\w{1,30}\s*)+(?=[A-Z\"“]|$)")
# A pointer to another page, the reader told to go there ("For the latest track/forecast of Hurricane Matthew, visit the
# National Hurricane Center.", CBN; "For another State of the Union preview, check this post from It's All Politics:"
# over the post's headline, NPR, review 24): "For ..." and a verb of going or reading in the imperative, one sentence.
_POINTER_LINE = re.compile(r"^For (?:the latest|more|live|full|continuing|updates?|another|an?|our)\b[^.!?]{0,100}?,\s*"
                           r"(?:visit|see|go to|click|check(?: out)?|read|head to|follow|watch|listen to)\s[^.!?]{1,100}"
                           r"[.:]?$")
_POINTER_WORDS = 30
# ... and one in parentheses closing a paragraph, its link "here" ("... once and for all. (For another fantastic
# "Seinfeld" reference, see also Simon Maloy's takedown of the Burwell case here.)", Salon, review 24)
_PAREN_POINTER = re.compile(r"\s*\((?:For [^()]{1,120},\s*)?(?:see|read|check out|click|watch|listen)\b[^()]{0,150}"
                            r"\bhere\.?\)$", re.IGNORECASE)
# A newsletter's sign-up form saved as a line ("Newsletter Sign Up Continue reading the main story Please verify you're
# not a robot by clicking the box. Invalid email address. ...", the Times, review 24): its heading or its check.
_SIGN_UP_FORM = re.compile(r"^Newsletter Sign Up\b|\bverify (?:that )?you['’]re not a robot\b", re.IGNORECASE)
_SIGN_UP_FORM_WORDS = 150
# An election results widget saved as a line ("Total results Remain 0% Leave 0% - / 382 districts reporting Breakdown
# by region select region for latest results ...", CNN, review 36): its tally of the units reporting, with a slash and
# a dash for a count not in yet ("- / 382 districts reporting", "41/50 states reporting"). Prose writes "with 98
# percent of precincts reporting" or "4 of 50 states", and ends on a stop: a line ending so stays.
_RESULTS_TALLY = re.compile(r"(?:^|\s)(?:\d[\d,]*|[-–—])\s*/\s*(?:\d[\d,]*|[-–—])\s+(?:[a-z]+\s+)?"
                            r"(?:precincts|districts|counties|states|wards|constituencies|regions|areas|councils|seats)"
                            r"\s+(?:reporting|declared)\b")
_RESULTS_WIDGET_WORDS = 80
# ... and one with a country chooser, saved with its whole drop-down list ("Get The Brief. Sign up to receive the top
# stories ... Choose your country United States of America Afghanistan Albania ... Please enter a valid email address.
# Please select your country. ...", Time, review 30): a chooser and a form's check in one line mark it as a form
# however long its list runs, since no sentence of a story asks its reader to choose a country and enter an address.
_COUNTRY_CHOOSER = re.compile(r"\b(?:choose|select|pick) (?:your|a) country\b", re.IGNORECASE)
_FORM_CHECK = re.compile(r"\b(?:please )?enter a valid e-?mail\b|\bplease select your country\b|"
                         r"\bverify (?:that )?you['’]re not a robot\b|\byou (?:may|can) unsubscribe\b", re.IGNORECASE)
# A prompt to follow a topic ("Interested in 2020 Elections? Add 2020 Elections as an interest to stay up to date on
# the latest 2020 Elections news, video, and analysis from ABC News. Add Interest", ABC, review 30): the question,
# the button's words and the promise of updates, one line.
_FOLLOW_TOPIC = re.compile(r"^(?:Interested in [^?\n]{1,80}\?\s+)?Add [^.?!\n]{1,80}? as an interest\b"
                           r"(?=[^.?!\n]{0,40}\bstay up to date\b|.{0,200}\bAdd Interest\W*$)", re.IGNORECASE)
_FOLLOW_TOPIC_WORDS = 60
# A box of bulleted items closed by its source ("Storm warnings Hurricane warning is in effect for: • Northwestern
# Bahamas ... • Boca Raton to Jupiter Inlet Source: National Hurricane Center", CNN, review 24): a graphic's text,
# however long, as `_GRAPHIC_SOURCE` takes a short one.
_BOX_BULLETS = 2
_BOX_WORDS = 150
# a newsletter's pitch: "... delivered (daily) to your inbox" (Fox's "Get all the latest news on coronavirus and more
# delivered daily to your inbox. Sign up here.", review 32: an adverb between, session 44)
_INBOX = re.compile(r"\b(?:delivered|straight|sent|direct(?:ly)?)\s+(?:(?:right|daily|weekly|free|each \w+|every "
                    r"\w+)\s+)?to\s+your\s+inbox\b|"
                    r"\bin\s+your\s+inbox\.?\s+sign\s+up\b", re.IGNORECASE)
_CONTACT = re.compile(  # "Send letters to letters@...", "Reach Jane Roe at jroe@..."
    r"^(?:send|email|e-mail|write|contact|reach|submit|tips?)\b.{0,120}?[\w.+-]+@[\w-]+\.[\w.]+"
    # a writer's note and address closing a column ("Jane Roe is a Chronicle columnist. Email: jroe@..."),
    # or a handle alone ("Twitter: @janeroe")
    r"|^[A-Z][^.!?]{0,80}\bis an? [^.!?]{0,60}\b(?:columnist|reporter|writer|correspondent|editor)\b[^!?]{0,40}?"
    r"e-?mail\s*:\s*[\w.+-]+@[\w-]+\.[\w.]+$|^(?:twitter|instagram|threads|bluesky)\s*:\s*@\w+$"
    # writers' note, their addresses and handles ("Kimberly Veklerov and Joaquin Palomino are San Francisco
    # Chronicle staff writers. Email: kveklerov@..., jpalomino@... Twitter: @kveklerov, @joaquinpalomino")
    r"|^[A-Z][^.!?]{0,80}\bare [^.!?]{0,60}\b(?:columnists|reporters|writers|correspondents|editors)\.\s+"
    r"e-?mail\s*:\s*[\w.+-]+@[\w-]+\.[\w.]+(?:,?\s+[\w.+-]+@[\w-]+\.[\w.]+)*"
    r"(?:\s+twitter\s*:\s*@\w+(?:,?\s+@\w+)*)?$", re.IGNORECASE
)
_SLASH_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|UPI|Landov|Bloomberg|Pool|POOL|"
    r"Shutterstock|Alamy|NPR|Sipa|SIPA|Newscom|Xinhua|TNS|ZUMA(?: Press)?|Zuma Press|File|FILE)"
)
_CREDIT_TOKEN = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]*)"  # "J." but not "Oklahoma." (a sentence's end)
_CREDIT_NAME = rf"{_CREDIT_TOKEN}(?: {_CREDIT_TOKEN}){{0,3}}"
# a photo credit closing a line: "(Carlo Allegri/Reuters )", "REUTERS/Jonathan Bachman"
_HANDOUT_SOURCE = r"[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5}"
_VIA_SOURCE = r"[A-Z][\w.'’&-]*(?: (?:[A-Z0-9][\w.'’&-]*|of|the|and|for|&)){0,6}"
_TAIL_AGENCY_CREDIT = re.compile(
    rf"\s*(?:\(\s*{_CREDIT_NAME}\s*/\s*{_SLASH_AGENCY}(?:\s*/\s*[\w ]+)?\s*\)"
    # the agency first in the brackets: "(REUTERS/Brendan McDermid)", "(AP/Jacquelyn Martin)", "(Reuters/Files)"
    # (National Review's captions, review 23)
    rf"|\(\s*{_SLASH_AGENCY}\s*/\s*{_CREDIT_NAME}(?:\s*/\s*[\w ]+)?\s*\)"
    rf"|\b{_SLASH_AGENCY}\s*/\s*{_CREDIT_TOKEN}(?: {_CREDIT_TOKEN}){{1,3}}"
    # "AP Photo/Darren Abate", "Reuters Photo/Jo Lin": an agency's photo credit without its brackets
    rf"|\b(?:AP|AFP|Reuters|REUTERS|UPI|EPA)\s+(?:Photo|PHOTO)\s*/\s*{_CREDIT_TOKEN}(?: {_CREDIT_TOKEN}){{1,3}}"
    rf"|\b{_CREDIT_NAME}\s*/\s*{_SLASH_AGENCY}(?:\s*/\s*{_SLASH_AGENCY})*"
    # a handout's credit, its source's name(s) before it: "Adam Scotti/Prime Minister's Office/Handout",
    # "(SANA/Handout via Reuters)"
    rf"|\(?\b{_HANDOUT_SOURCE}(?:\s*/\s*{_HANDOUT_SOURCE}){{0,2}}\s*/\s*(?:Handout|HANDOUT)"
    r"(?: via (?:Reuters|REUTERS|AP|AFP|Getty Images))?\s*\)?"
    # a picture handed on by an agency, in brackets (session 46, review 34): "(Al Furqan Media Network/Reuters TV via
    # Reuters)", "(Jo Lin/The Lakeview Courier via AP)", "(Ann Roe/AFP via Getty Images)", "(Kremlin/via Reuters)"
    rf"|\(\s*{_HANDOUT_SOURCE}(?:\s*[/,]\s*{_HANDOUT_SOURCE}){{0,3}}(?:\s+|\s*/\s*)via\s+"
    r"(?:AP|Reuters|REUTERS|AFP|Getty Images)\s*\)"
    # ... or without brackets after a sentence's end, its words capitalised ("... in Tulsa, Oklahoma. Jo Lin/AFP via
    # Getty Images", "... December 29, 2017. Yonhap via REUTERS"): "The note was sent via AP" is a sentence
    rf"|(?<=[.!?]\s){_VIA_SOURCE}(?:\s*[/,]\s*{_VIA_SOURCE}){{0,4}}(?:\s+|\s*/\s*)via\s+"
    r"(?:AP|Reuters|REUTERS|AFP|Getty Images)"
    # an agency's credit naming several photographers or a file ("REUTERS/Jo Lin/Ann Roe/File Photos", session 46)
    rf"|\b{_SLASH_AGENCY}\s*/\s*{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME}){{1,3}})"
    # an agency's picture desk's notes to editors after the credit, in capitals ("REUTERS/Jo Lin TPX IMAGES OF THE
    # DAY", "... via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY", session 43, review 31)
    r"(?:\s+(?:TPX IMAGES OF THE DAY|TPX|ATTENTION EDITORS?\b[A-Z0-9 ,.'’/-]{0,120}))?\s*$"
)
# a photo credit alone on its line: "Damon Winter/The New York Times" (a name of two words or more)
_NAMED_CREDIT = re.compile(rf"^{_CREDIT_TOKEN} {_CREDIT_NAME}\s*/\s*(?:The )?{_CREDIT_NAME}$")
# A credit alone on its line, handed on by an agency or a picture service, its source before "via" with no label
# ("Jo Lin/Lakeview Courier via AP", "KTRK-TV via AP", "Ann Roe, Pool Photo via AP", session 43): names in capitals,
# initials, a slash or a comma, no word in lower case but "via" and no sentence's end.
_VIA_CREDIT = re.compile(r"^[A-Z][\w'’&-]*\.?(?:(?:\s+|\s*[,/]\s*)(?:[A-Z0-9][\w'’&-]*\.?|of|the|and|for))*"
                         r"\s+via\s+(?:AP|Reuters|REUTERS|AFP|Getty Images|Redux|Newscom|ZUMA(?: Press)?|"
                         r"Shutterstock)$")
_VIA_CREDIT_WORDS = 12
# a photo credit opening a caption: "Carlos Barria/Reuters Local residents leave ..."
_HEAD_AGENCY_CREDIT = re.compile(rf"^{_CREDIT_NAME}\s*/\s*{_SLASH_AGENCY}(?:\s*/\s*[A-Z][\w]*)*\s+[A-Z]")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)"
# Reuters writes the place and the date without a comma between them too: "... in Washington, U.S. December 7, 2017."
_CAPTION_DATE_END = re.compile(rf"(?:,|\bU\.S\.|\bU\.K\.)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.$")
# an agency caption's formula, anywhere in it: "..., Sunday, Nov. 5, 2017, in Sutherland Springs, Texas."
_CAPTION_DAY_PLACE = re.compile(rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}},"
                                r"\s+in\s+[A-Z]")
# a name's word may carry a capital inside ("McCain", "DiBlasio", "LeBlanc": USA Today's "Natalie DiBlasio, and
# Elizabeth Weise", review 25)
# One way only to read a word (the capital inside, if any, ends the first part): "[A-Z][a-z]*[A-Z]?[a-z]+" could
# cut a long word's letters between its two runs in as many ways as it has letters, and a title-case line of ten such
# words took minutes to fail the author-list pattern below (session 39: 195 s for one 6,274-character article).
_NAME_WORD = r"[A-Z](?:[a-z'’]*[A-Z])?[a-z'’]+"
_NAME_ONLY = rf"{_NAME_WORD}(?:[- ](?:[A-Z]\.|{_NAME_WORD}|van|von|de|del|da|la|le)){{1,3}}"
# authors joined by "and" ("A B, C D, and E F", "A B and C D and E F"); "Jazz Shaw, Hot Air" (a
# name and an outlet) is not one
_NAME_LIST = re.compile(rf"^{_NAME_ONLY}(?:(?:, |,? (?:and|&) ){_NAME_ONLY})*,? (?:and|&) {_NAME_ONLY}$")
_TIMESTAMP = re.compile(
    r"^(?:published|updated|posted|last updated|first published)\b[\s:]*(?=.*\d)", re.IGNORECASE
)
# A live blog's entry head: "Updated at 12:05 a.m. -- Trump calls to congratulate Handel",
# "Update at 9:15 a.m. ET. Where Was Most Of The Growth?", "1:35 p.m. Conditions worsen in
# Italy". The time is the entry's stamp (furniture); the words after it are the entry's head, the
# outlet's own subheading, and stay. A separator (". ", ":", a dash) must follow the time, or
# "a.m."/"p.m." and a capital that opens no date ("Updated at 9:40 a.m. ET Tuesday" is a stamp).
_TIME_OF_DAY = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.|[AaPp][Mm]\b)"
# a time zone, taken whole when there (atomic: "ET" is never the head)
_ZONE = r"(?>(?:\s*(?:[A-Z]{2,4}\b|(?:Eastern|Pacific|Central)(?: [Tt]ime)?\b))?)"
_CALENDAR = (r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|"
             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b\.?\s*\d")
# ... and an update's note naming noon or midnight ("Updated at noon Eastern time: Police said early Tuesday the siege
# was over ...", the Monitor's, review 35): the note goes, the update's sentences stay (session 47); "noon" alone opens
# prose ("Noon: the deadline passed" is no stamp), so the word "Updated" is needed
_ENTRY_STAMP = re.compile(
    rf"^(?:(?:(?i:update[sd]?|posted|published)\s+(?:(?i:at)\s+)?)?{_TIME_OF_DAY}"
    rf"|(?i:update[sd]?|posted|published)\s+(?:(?i:at)\s+)?(?i:noon|midnight)\b){_ZONE}"
    rf"(?:\s*(?:--|[–—:-]|(?<=[A-Z])\.)\s*|(?<=\.)\s+(?!{_CALENDAR}|on\b)(?=[A-Z\"“‘']))(?=\S)"
)
# A live blog's entries run together in one paragraph, an entry's stamp after the sentence ending the entry before
# ("... to assist in typhoon relief efforts. 4:30 p.m. ET: U.S. Marine Corp says it's moving ...", NPR, review 20):
# a time of day opening a sentence with a colon or a dash after it, or with a time zone and a stop ("10:40 a.m. ET.
# Haiyan, Yolanda Or Both?"), opens no sentence of prose ("At 4:30 p.m. the polls closed." has no colon, "4:30 p.m.
# Monday is the deadline." no zone). The stamp goes, the entries' words stay in their paragraph.
_INLINE_ENTRY_STAMP = re.compile(
    rf"(?<=[.!?”\"’])\s+(?P<stamp>(?:(?i:update[sd]?)\s+(?:(?i:at)\s+)?)?{_TIME_OF_DAY}"
    rf"(?:\s*(?:[A-Z]{{2,4}}\b|(?:Eastern|Pacific|Central)(?: [Tt]ime)?\b)\s*(?:--|[–—:]|\.(?=\s+[A-Z\"“‘']))"
    rf"|\s*(?:--|[–—:])))\s*(?=\S)")
# a time of day alone on its line ("10:45 p.m.", "10:21 a.m. ET"): a live blog's entry stamp
_BARE_TIME = re.compile(rf"^{_TIME_OF_DAY}{_ZONE}\s*(?:--|[–—:.-])?$")
# an update's stamp alone on its line, its time with a zone and no "a.m." ("UPDATE at 11:00 ET:"), or noon or midnight
# ("Updated at noon ET.", session 47)
_UPDATE_STAMP = re.compile(rf"^(?i:update[sd]?)\s+(?:(?i:at)\s+)?(?:\d{{1,2}}:\d{{2}}|(?i:noon|midnight)\b){_ZONE}"
                           r"\s*[:.]?$")
_NAME = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|del|da|la|le|bin|al-\w+))*"
_BYLINE = re.compile(  # case-sensitive: names must be capitalised
    rf"^(?:By|BY|by)\s*:?\s+({_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*(?:\s*(?:,|\||/|[-–—])\s*[A-Z][\w .,&'’-]{{1,40}})?)\s*$"
)
# A byline heading a part of the page, on its own line anywhere in the text: a box's under its label ("Analysis by Jane
# Roe, North America reporter", "Reporting by John Doe": a broadcaster's analysis box, review 30) or a live page's or a
# symposium's entry's, the name with what the writer is after a comma ("By Jane Roe, Staff writer"). "By" with a name
# and no comma stays: a subheading reads so too ("By The Numbers"), and so does a time under a live page's entry's
# headline ("By Early July, When White House Was Asking, ...", "By Election Day, ...").
_BOX_BYLINE = re.compile(
    rf"^(?:(?:Analysis|Commentary|Reporting|Perspective) by\s+(?P<label>{_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*)"
    r"(?:,\s*[^.!?\n]{1,80})?|By\s+(?!(?:The|This|That|Early|Late|Mid|Election|Christmas|New Year|Super|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    rf"October|November|December)\b)(?P<name>{_NAME})\s*(?:,|/|\|)\s*[^.!?()\n]{{1,80}})$")
_BOX_BYLINE_WORDS = 16
# (Since session 44 a slash or a bar may stand for the comma: "By Jane Roe/Staff writer", "By Jane Roe | 03/02/16".)
# "By" and a name with no comma, alone on its line inside the text: a symposium's or a live page's entries, each signed
# ("By Jane Roe" over each writer's answer, Politico's, 23 in one text; session 43). One such line may be a subheading
# ("By The Numbers") or a time ("By Early July"), so they go only when the text holds two or more, the name two to
# four words, none a word of a heading's or a time's first place.
_ENTRY_BYLINE = re.compile(
    r"^By\s+(?!(?:The|This|That|These|Those|A|An|Any|All|Our|Your|Their|His|Her|Its|My|No|Some|Early|Late|Mid|End|"
    r"Election|Christmas|New Year|Super|Next|Last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
    rf"{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD}(?:-{_NAME_WORD})?|van|von|de|del|da|la|le)){{1,3}}$")
_ENTRY_BYLINES = 2
# One such line alone is a byline (session 44) where a byline stands: under no sentence (the text's top, a headline, a
# dateline: "Arizona Daily Star" | "March 13, 2011" | "By Jane Roe"), over a line of prose, and its name written in
# capitals only, no word of it in lower case anywhere in the text nor a month or a day ("By Popular Demand" in a text
# that says "popular" stays; a subheading sits under a paragraph of prose anyway).
_CALENDAR_WORD = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Midnight|Noon|Dawn|Dusk)$")
# a live entry's byline and the ad markers after it, closing its paragraph: "... the next six weeks. By Mike
# DeBonis AD AD" (the Washington Post)
_TAIL_BYLINE_ADS = re.compile(rf"(?<=[.!?”\"’])\s+By {_NAME}(?:(?:,|,? and) {_NAME})*(?:\s+AD)+$")
_DATELINE = re.compile(
    r"^(?P<dl>(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"  # WASHINGTON / NEW YORK
    r"(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?"  # , Calif. / , South Korea
    r"\s*(?:\([A-Za-z][\w .&'-]{0,30}\))?"  # (AP) / (Reuters)
    r"|\([A-Z][A-Za-z]{1,14}\))"  # (CNN) alone
    r"\s*(?:[—–]-|—|–|--|-)?)\s+(?=\S)"  # (a dash and a hyphen: HuffPost's "WASHINGTON –- The White House ...")
)
# "Denver (AP) –": a place in title case is a dateline only with a news agency's tag and a
# dash after it, since "Denver –" alone could open a sentence; the tag alone does it before a capital ("Sao Paulo,
# Brazil (CNN) Jubilant supporters ...", review 21): prose puts no agency's tag after a place.
_TITLE_DATELINE = re.compile(
    r"^(?P<dl>[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"  # Denver / Salt Lake City
    r"(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)?"  # , Colo.
    r"\s*\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|Xinhua|Kyodo|Yonhap|PTI|ANI)\)"
    r"(?:\s*(?:—|–|--|-)(?=\s+\S)|(?=\s+[A-Z\"“‘'])))\s+(?=\S)"
)
# A photo caption set as a paragraph of one sentence (CNN, review 21): what the picture shows, in the present tense,
# dated by its day of the month ("Supporters of ... celebrate in front of his house in Rio de Janeiro on October 28.",
# "Debris from the airliner is seen on November 1."). News prose tells a dated event in the past tense, or a coming
# one with "will", "is set to" and the like ("Florida holds its primary on March 15." stays: no verb of the list, few
# of which are nouns too); a present-tense verb of what people in a picture do, the date closing the sentence, is a
# caption's.
_CAPTION_VERBS = ("celebrate gather speak attend arrive react pose surrender listen protest pray greet hug mourn carry "
                  "gesture inspect embrace kneel engulf chant weep salute applaud depart examine").split()
# Session 43 (review 31's "A man watches the landmark Notre-Dame Cathedral burn ... in central Paris on April 15,
# 2019."): more of what a picture catches a person doing, none a verb of a calendar ("holds", "marks", "ends",
# "meets", "returns" stay out: "The deadline ends on ..."). Each is a noun too ("a rally", "trade talks", "the wait"),
# so it counts only where no article, possessive or preposition stands right before it; nouns used mostly as such
# ("rally", "march", "talk", "cheer", "cry") are left out: "... spoke at a major rally in Tulsa on June 20, 2020."
_CAPTION_NOUN_VERBS = "watch smile laugh stand sit walk look wait clap pause peer shout yell comfort sing stare".split()
_NOT_AFTER = "".join(rf"(?<!\b{w} )" for w in ("a an the his her its our my your their this that these those of in at "
                                              "on for from with by and or").split())


def _third_person(verb: str) -> str:
    """`verb` with its present tense's third person singular: "carries", "watches", "waves"."""
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")


_CAPTION_VERB = (r"\b(?:" + "|".join(sorted({f for v in _CAPTION_VERBS for f in (v, _third_person(v))}, key=len,
                                              reverse=True)) + r")\b|\bwaves\b|\b(?:is|are) (?:seen|pictured|shown)\b|"
                 + _NOT_AFTER + r"\b(?:" + "|".join(sorted({f for v in _CAPTION_NOUN_VERBS
                                                          for f in (v, _third_person(v))}, key=len, reverse=True))
                 + r")\b"
                 r"|\bshakes? hands\b|\bdelivers? (?:remarks|a speech)\b"
                 r"|\b(?:photo(?:graph)?|image|picture|view|footage|video|map|screen) shows\b")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PRESENT_ONLY = (r"(?!.*\b(?:will|would|could|may|might|to|was|were|had|has|have|did|said|says|not|never|\w+n['’]t|"
                 r"is (?:set|expected|scheduled|due|slated)|are (?:set|expected|scheduled|due|slated))\b)")
# one sentence: no word in lower case closed by a stop before a capital, but a title's abbreviation before a name ("Sen.
# Ann Roe walks with reporters ...", session 46)
_ONE_SENTENCE = (r"(?!.*\b(?!(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|St|Mt|Ft|Rev|Jr|Sr)\. )"
                 r"[A-Za-z]*[a-z]\. [A-Z])")
_PRESENT_CAPTION = re.compile(
    rf"^{_PRESENT_ONLY}{_ONE_SENTENCE}"
    rf"[A-Z][^\"“”!?;:]{{5,200}}?(?:{_CAPTION_VERB})[^\"“”!?;:]{{0,200}}(?:\son\s{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?"
    # an agency's place and date with no "on", a weekday between or not ("... at Mt Somers, New Zealand March 20,
    # 2019.", "... in Santa Clarita, CA Thursday, November 14, 2019.", session 43): a year closes it
    rf"|(?:\s[A-Z][\w.'’-]*,?|,|\son)\s(?:{_WEEKDAY},?\s)?{_MONTH}\s\d{{1,2}},\s\d{{4}})\.$")
# ... and with its date inside, a comma after the year, when a credit closes it (`_caption_before` only): the AP's
# "People look at a destroyed house near Barisha, Syria, on Oct. 27, 2019, after a raid ... (AP Photo/Jo Lin)"
# (session 46, review 34); prose tells a dated event in the past tense and carries no credit.
_PRESENT_DATED_INSIDE = re.compile(
    rf"^{_PRESENT_ONLY}{_ONE_SENTENCE}[A-Z][^\"“”!?;:]{{5,200}}?(?:{_CAPTION_VERB})[^\"“”!?;:]{{0,200}}?"
    rf"\s(?:on\s)?(?:{_WEEKDAY},?\s)?{_MONTH}\s\d{{1,2}},\s\d{{4}},?\s[^\"“”!?;:]{{1,200}}\.$")
# A caption naming the picture and its source, closing its one sentence in the present tense ("A boat is wedged in
# trees in Oriental, in a photo from Ann Roe.", CNN's, review 24; "... speaks in London, January 16, 2019, in this
# screen grab taken from video."): prose on a picture tells it in the past tense ("... was seen in a photo ...").
_PICTURE_SOURCE_CAPTION = re.compile(
    rf"^{_PRESENT_ONLY}{_ONE_SENTENCE}[A-Z][^\"“”!?;:]{{5,200}}?,?\sin (?:a|an|this) (?:photo(?:graph)?|picture|image|"
    r"screen ?grab|still|video still)(?: (?:taken|provided|released|posted|shared|obtained))? (?:from|by) "
    r"[^\"“”!?;:]{1,80}\.$")
# an agency's note of the day its picture was taken, closing its caption ("... in Texas, U.S., June 24, 2018. Picture
# taken June 24, 2018.", Reuters): no sentence of a story says so
# A caption closed by the agency alone in brackets, no photographer named ("Protesters march in Lakeview on
# Sunday. (Reuters)", session 44): a line of one sentence at most, `_BARE_AGENCY_WORDS` words, that reads as a caption
# before it (`_caption_before`: a fragment, a dated or present-tense caption); a paragraph of prose citing an agency's
# headline in brackets ("... headlines like <title> (CNN) and <title> (AP).") keeps its words.
_BARE_AGENCY_WORDS = 30
_BARE_AGENCY_END = re.compile(r"\s*\((?:Reuters|REUTERS|AP|AP Photo|AFP|AFP Photo|Getty Images|EPA|UPI|Xinhua)\)\.?$")
_PICTURE_TAKEN = re.compile(rf"(?<=[.!?])\s+(?:Picture|Photo) taken,?\s(?:on\s)?{_MONTH}\s\d{{1,2}},\s\d{{4}}\.$")
# an agency's caption without its credit: its place and its date with no comma between ("... react after Bolsonaro wins
# the presidential race, in Sao Paulo, Brazil October 28, 2018.", Reuters, review 21); prose writes "on" or a comma
_PLACE_DATE_CAPTION = re.compile(rf"\bin [A-Z][^,.!?]{{1,40}}, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)? {_MONTH} \d{{1,2}}, \d{{4}}\.$")
# an agency's note on its copy set in parentheses: "(This story was refiled to fix a typo in paragraph 13)", "(Refiles
# to add ...)", "(This version of the story corrects ...)"
_REFILE_NOTE = re.compile(r"^\((?:this (?:story|article|version(?: of (?:the|this) story)?) (?:was|has been|is being) "
                          r"(?:refiled|corrected|updated)|this version (?:of (?:the|this) story )?corrects|refiles|"
                          r"corrects|updates)\b[^()]{0,200}\)\.?$", re.IGNORECASE)
# A link under a keyword label in capitals glued to its headline, no space after the colon ("SCANDAL:Officials quit
# over the audit", "'WE ARE READY':Crowds greet the team", USA Today's, review 26): prose and a transcript's speaker put
# a space after a colon. A line closed by a full stop or of two sentences is a list's field ("MYTH:The vote was held in
# May.") and stays, and so does a label over capitals alone (`_CAPS_LINK` takes "WATCH:TRUMP SAYS ...").
_CAPS_LABEL_LINK = re.compile(r"^(?:['‘\"“][A-Z][A-Z0-9'’ .,&-]{1,40}[A-Z!?]['’\"”]|[A-Z][A-Z0-9'’ .,&-]{1,40}[A-Z])"
                              r":(?=['‘\"“]?[A-Z0-9])(?=.*[a-z])(?!.*\.$)")
_CAPS_LABEL_LINK_WORDS = 25
# ... and one closed by a stop, when it reads as a headline and not a list's field: its label opens fewer than
# `_LIST_LABEL_LINES` lines of the article ("MYTH:" and "FACT:" open a list's many), no quotation in it, and either a
# question with a short answer after it ("HERCULEAN EFFORT:What will it take to postpone the Games? A lot.", USA
# Today's, review 32) or another such link right above or below it (a run of links); a lone "MYTH:The vote was held
# in May." stays.
_CAPS_LABEL = re.compile(r"^(?:['‘\"“][A-Z][A-Z0-9'’ .,&-]{1,40}[A-Z!?]['’\"”]"
                         r"|[A-Z][A-Z0-9'’ .,&-]{1,40}[A-Z])(?=:)")
_CAPS_LABEL_STOPPED = re.compile(_CAPS_LABEL.pattern + r":(?=['‘\"“]?[A-Z0-9])(?=.*[a-z])(?=.*[.!?]$)")
# ... or under a label naming an opinion page's section ("OUR VIEW:Court blows it on maps. What a racket.", USA
# Today's link to its editorial under a debate's other side, session 47, review 35's leftovers): a list's field is
# labelled by what it holds ("MYTH:", "FACT:"), a page's link by the page it leads to
_SECTION_LABEL = re.compile(r"^(?:(?:OUR|OPPOSING|OTHER|YOUR|ANOTHER) VIEWS?|EDITORIAL|OPINION|COLUMN|COMMENTARY"
                            r"|OP-ED)$")
_ANSWERED_QUESTION = re.compile(r"[a-z]\?\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}[.!]$")
_CAPS_LABEL_STOPPED_WORDS = 20
# A heading closing the text with nothing under it, what it introduced not saved (Newsmax's data box, "More Data:";
# "More on Donald Sterling:", "NOW WATCH:", "Watch Opinions videos:"): a few words and a colon, opening with a word of
# a link or a pointer, or in capitals. A sentence introducing a quotation the page did not keep ("The Post reports:",
# "According to MarketWatch:") opens otherwise and stays.
_CLOSING_HEADING = re.compile(r"^(?:(?:More(?! than\b)|Related|Read|Watch|See|Listen|Further|Also)\b[^:.!?]*"
                              r"|[A-Z][A-Z0-9'’ .,&-]*[A-Z])\s*:$")
_CLOSING_HEADING_WORDS = 6
# A pointer to something embedded in the page, which the saved text does not hold ("Watch the full video below:",
# "You can see the whole exchange below.", "You'll find real-time results from Wisconsin below:", NPR's live page,
# review 26): a verb of watching, hearing or reading in the imperative or after "you", and "below" or "above" closing
# the one sentence; a line with a quotation stays. A heading of a few words and a colon right over it ("Live
# Results:") heads nothing once it goes.
_EMBED_POINTER = re.compile(r"^(?:You(?:['’]ll| can| will| may)? )?(?i:watch|listen to|hear|see|view|check out|find|"
                            r"read)\b[^.!?\"“”]{0,100}\b(?:below|above)\s*[.:]?$")
_EMBED_POINTER_WORDS = 25
# A line of symbols with no letter or digit: a rule or a section break ("+++++", "=====", "•••", "###", an
# HTML comment's "<!–"); no word of the story.
_SYMBOL_LINE = re.compile(r"^(?=(?:\S\s*){3})[-+=_*~#^•·.…—–<>/\\|!\[\]\s]+$")
# An embedded Facebook post saved as a line, its words cut short and its footer ("The vote today makes me proud of our
# state... Posted by Jane Roe on Wednesday, July 8, 2015", NPR's, review 26), goes as an Instagram post does
# (`POST_CREDIT`).
# A note on where a reporter is, the line to itself ("Eyder is reporting today from Morehouse, Ky.", NPR's, review 26;
# "Star reporters Ann Roe and Bo Poe are reporting from the courthouse."): one sentence, the reporter named by a
# capitalised first word and the time or the word "reporter(s)" marking it as the outlet's note ("Police are reporting
# from the scene that ..." goes on and stays).
_REPORTER_NOTE = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&))*\s+(?:is|are) reporting "
                            r"(?:today|tonight|this (?:week|morning|afternoon|evening)) from"
                            r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:reporters?|correspondents?)\s+[A-Z][\w'’.-]*"
                            r"(?:\s+(?:[A-Z][\w'’.-]*|and|&))*\s+(?:is|are) reporting from) [^.!?]{1,60}\.$")
# A photo caption placing its people in the picture ("Ann Lee, head of the port authority, left, and Bo Park, the
# mayor, are hopeful about the talks.", CNN's in review 26; "Sen. Ann Lee, center, arrives at the Capitol."): a
# capitalised name, then "left", "right", "center", "second from left" and the like between commas. Prose says no such
# thing of a person; a line with a quotation stays ('"Right, left, centre," she said.', a transcript's "Right, right").
# The places, owned here, are the comparison's too (`compare.unique._PLACED`: a sentence of a caption, after a name):
# a side ("left", "far right", "second from left", "center left") and, between commas, a depth ("top", "background").
PICTURE_SIDE = r"(?:(?:far|center|second|third)\s+)?(?:from\s+)?(?:left|right)|center|centre"
PICTURE_PLACE = rf"(?:{PICTURE_SIDE}|top|bottom|foreground|background)"
_POSITION_CAPTION = re.compile(r"^(?!.*[\"“”])[A-Z].{0,120}?\b(?!(?:Right|Left|Center|Centre)\b)[A-Z][\w'’.-]+"
                               # (an appositive between, "the mayor", "head of the port authority", but no clause,
                               # "Ann Lee, after the speech, left, and ...")
                               r"(?: \([^()]{1,20}\))?(?:, (?:the |an? |[A-Z]|(?:[a-z]+ ){1,2}of )[^,]{1,60})?"
                               rf", {PICTURE_PLACE},")
_POSITION_CAPTION_WORDS = 50
_CAPTION_WORDS = 80
# An agency caption (`_FILE_CAPTION`) closed by its photo credit, however long: the AP adds the story's context to the
# picture's ("FILE - In this April 2, 2020 file photo, ... in Tampa, Fla. The airline said Wednesday ... (AP Photo/Jo
# Lin, File)", 99 such lines of 81-140 words in the AllSides texts, review 37); without the credit a long line opening
# "In this photo" may be prose and keeps to `_CAPTION_WORDS`
_CREDITED_CAPTION_WORDS = 200
_MIN_HTML_WORDS = 10
_HTML_HINT = (
    "save the article page itself (not a home, index or login page), "
    "or paste the article text into a .txt file"
)
_STOPWORDS = frozenset(
    "the of and to a in that is was for on with as by at from it he she said his her "
    "they have has be are this but not an were which who will their been would".split()
)


@dataclass
class _Line:
    """A line of the body with the paragraph break (blank line) before it."""

    text: str
    blank_before: bool


# --------------------------------------------------------------------------- public API
def article_id(outlet: str | None, title: str | None, text: str) -> str:
    """Stable 16-hex-digit id: sha256 of case- and whitespace-normalised outlet, title, text."""
    parts = [_normalise_for_id(p or "") for p in (outlet, title, text)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# spaCy's own limit on one text (its parser needs about 1 GB per 100,000 characters past it);
# the longest news articles are a few tens of thousands.
MAX_ARTICLE_CHARS = 1_000_000
# Fewer words than this, and fewer letters than that (a script written without spaces has
# one "word"), is a fragment ("hello", a button's label), not an article: a headline has more.
MIN_ARTICLE_WORDS = 5
MIN_ARTICLE_CHARS = 20


def too_short(text: str) -> bool:
    """Whether `text` is too short to compare with other coverage (a feed's teaser, a note)."""
    words = text.split()
    return len(words) < MIN_ARTICLE_WORDS and len("".join(words)) < MIN_ARTICLE_CHARS


_ADDRESS = re.compile(r"<?(?:https?://|www\.)\S+", re.IGNORECASE)


def _only_addresses(text: str, title: str | None) -> int:
    """How many web addresses `text` (and `title`) hold when they hold nothing else."""
    words = f"{title or ''} {text}".split()
    return len(words) if words and all(_ADDRESS.fullmatch(w) for w in words) else 0


def _address_list(raw: str, title: str | None) -> tuple[int, int, str] | None:
    """(addresses, other lines, the first of them) when the input's lines (`raw`, before
    cleaning joins them) are a list of web addresses with a few mistyped ("htps//x.example/a"):
    at least as many lines are addresses as not, and no other has more than three words."""
    lines = [ln.strip() for ln in [title or "", *raw.splitlines()] if ln.strip()]
    links = [ln for ln in lines if _ADDRESS.fullmatch(ln)]
    others = [ln for ln in lines if not _ADDRESS.fullmatch(ln)]
    if not links or not others or len(others) > len(links) or any(len(ln.split()) > 3 for ln in others):
        return None
    return len(links), len(others), others[0][:80]


_KINDS = ("html", "text", "json")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def clean_document(doc: Document) -> Article:
    """Extract (HTML) and clean one document; raise `InputError` if no article text is left.

    `doc.kind` is "html", "text" or "json" (any case); `doc.published` may be any date
    form the readers take ("June 10, 2025", a `datetime.date`), and becomes "YYYY-MM-DD".
    """
    if not isinstance(doc, Document):
        raise TypeError(f"clean_document takes a Document (see read_inputs), not {type(doc).__name__}")
    kind = str(doc.kind).strip().lower()
    if kind not in _KINDS:
        raise ConfigError(f"{doc.source}: Document kind {doc.kind!r} is not one of {', '.join(_KINDS)}")
    published = doc.published
    if published is not None and not (isinstance(published, str) and _ISO_DAY.fullmatch(published)):
        # a date object, or a date written out
        published = normalise_date(published.isoformat() if hasattr(published, "isoformat") else published)
    if kind != doc.kind or published != doc.published:
        doc = replace(doc, kind=kind, published=published)
    removed: list[str] = []
    title, byline, published, outlet = doc.title, _join_authors(doc.authors), doc.published, doc.outlet
    raw = doc.text
    meta: dict[str, str | None] = {"title": None}
    if doc.kind == "html":
        meta = _extract_html_or_fragment(doc)
        raw = meta["text"]
        title = title or meta["title"]
        byline = byline or meta["author"]
        published = published or meta["date"]
        outlet = outlet or meta["sitename"]
    raw, title = _repaired(raw), _repaired(title) if title else title
    lines = _strip_markup(_split_lines(raw), removed)
    if title is None:
        title, lines = _take_headline(lines)
    else:
        lines = _drop_repeated_title(lines, title, removed)
        if doc.kind == "html" and meta["title"] and meta["title"] != title:
            # a given headline (a feed's, a record's) may word it otherwise than the page
            lines = _drop_repeated_title(lines, meta["title"], removed)
    if doc.kind != "html":  # markdown keeps its words and loses its marks
        lines = _unmark(lines, removed)
    kept, found_byline = _remove_noise(lines, removed, outlet)
    kept = _undash_list(kept)
    kept = _drop_repeated_quotes(kept, removed)
    kept = _drop_pull_quotes(kept, removed)
    kept = _drop_line_runs(kept, outlet, removed)
    kept, signed = _drop_masthead(kept, outlet, removed)
    found_byline = found_byline or signed
    kept = _drop_author_note(kept, byline or found_byline, removed)
    kept = _drop_headline_over_dateline(kept, removed)
    kept = _strip_dateline(kept, removed)
    text = _assemble(kept, hard_wrapped_ok=doc.kind != "html")
    if not text:
        raise InputError(
            doc.source,
            "no article text left after removing scraper noise",
            "the input held only ads, captions, credits or prompts; give the article itself",
        )
    addresses = _only_addresses(text, title)
    if addresses:  # a list of links saved as a text file (urls.txt) is no article
        raise InputError(
            doc.source, f"holds only web addresses ({addresses}), not an article text",
            "to read the pages, give the addresses themselves as inputs: manysides analyze $(cat FILE)",
        )
    odd = _address_list(raw, title)
    if odd:  # the same, with a line mistyped: it was stored as an article of links
        raise InputError(
            doc.source, f"holds web addresses ({odd[0]}) and {odd[1]} line{'s' if odd[1] > 1 else ''} that "
            f"{'is' if odd[1] == 1 else 'are'} no address ({odd[2]!r}), not an article text",
            "fix or delete that line; to read the pages, give the addresses themselves as inputs: "
            "manysides analyze $(cat FILE)",
        )
    if too_short(text):
        raise InputError(
            doc.source, f"article text is {len(text.split())} word{'s' if len(text.split()) != 1 else ''}, "
            f"too short to compare with other coverage",
            f"give the article's text (at least {MIN_ARTICLE_WORDS} words)",
        )
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            doc.source, f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit",
            "a news article is far shorter: split the file into its articles",
        )
    title = _tidy(title) if title else None
    return Article(
        id=article_id(outlet, title, text),
        source=doc.source,
        outlet=outlet,
        url=doc.url,
        title=title,
        byline=byline or found_byline,
        published=published,
        language=guess_language(text),
        text=text,
        removed=tuple(removed),
        leaning=doc.leaning,
        external_id=doc.external_id,
    )


# Letters that text decoded in the wrong encoding shows ("Ã¢â‚¬â€œ" for "–", "Â " for a space):
# only text holding one is handed to ftfy, which repairs it only when it reads as such a mistake.
_MOJIBAKE_HINT = re.compile(r"[ÃÂâ]")


def _repaired(text: str) -> str:
    """`text` with the damage of a wrong decoding undone ("Benghazi-Gate Ã¢â‚¬â€œ time" is
    "Benghazi-Gate – time"); quotation marks and everything else as written."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def _drop_masthead(lines: list[_Line], outlet: str | None, removed: list[str]) -> tuple[list[_Line], str | None]:
    """Lines at the top that are the outlet's name ("USA TODAY"), and a name alone on the
    line before one ("John Bacon"): a byline block saved with the text. Returns the kept
    lines and the byline's name."""
    names = _outlet_forms(outlet)
    byline = None
    for i, line in enumerate(lines[:4]):
        # the outlet's name, or its chain's ("USA TODAY Network" under a Gannett paper's byline)
        form = re.sub(r"\s+network$", "", _normalise_for_id(line.text).removeprefix("the "))
        named = i > 0 and re.fullmatch(_NAME_ONLY, lines[i - 1].text)
        # a wire agency's name under a reporter's ("Rob Gillies" / "Associated Press"): the
        # byline of a wire story another outlet runs
        if form not in names and not (named and form in _WIRE_AGENCIES):
            continue
        removed.append(f"{'outlet' if form in names else 'wire agency'} name: {_show(line.text)}")
        head = lines[:i]
        if named:
            byline = head[-1].text
            removed.append(f"byline: {_show(byline)}")
            head = head[:-1]
        rest = lines[i + 1:]
        return (head + rest if head else _reflow_after(rest)), byline
    return lines, None


def _drop_line_runs(lines: list[_Line], outlet: str | None, removed: list[str]) -> list[_Line]:
    """Lines without a video playlist, the outlet's captions of its own clips and paragraphs
    repeated farther on (`_line_runs`), a note for each in `removed`."""
    texts = [ln.text for ln in lines]
    names = sorted(_outlet_forms(outlet))
    drop = dict(_line_runs.playlist(texts, names) + _line_runs.clip_captions(texts, names)
                + _line_runs.repeated_paragraphs(texts))
    if not drop:
        return lines
    kept: list[_Line] = []
    pending_break = False
    for k, line in enumerate(lines):
        if k in drop:
            removed.append(f"{drop[k]}: {_show(line.text)}")
            pending_break = pending_break or line.blank_before
            continue
        kept.append(_Line(line.text, line.blank_before or pending_break))
        pending_break = False
    return kept


_WIRE_AGENCIES = frozenset({"associated press", "ap", "reuters", "agence france-presse", "afp", "bloomberg",
                            "bloomberg news", "united press international", "upi"})


def _outlet_forms(outlet: str | None) -> set[str]:
    """An outlet's name as a masthead line would give it, normalised: "CNN (Web News)" is
    "cnn", "New York Times - News" is "new york times"."""
    if not outlet:
        return set()
    full = _normalise_for_id(outlet).removeprefix("the ")
    short = re.split(r"\s+(?:\(|-|–|—|\|)\s*", full)[0].strip()
    return {n for n in (full, short) if len(n) >= 3}


def _extract_html_or_fragment(doc: Document) -> dict[str, str | None]:
    """`extract_html`, except that a fragment of HTML (no html, head or body element: a
    record's `content_html`, a CMS export's body) in which it finds no article is read out
    as it is: it was given as the article, and a page extractor takes a short one for a
    menu. A whole page without an article is still refused."""
    from .readers import WHOLE_PAGE, fragment_text

    try:
        return extract_html(doc.text, doc.source, doc.url)
    except InputError:
        if WHOLE_PAGE.search(doc.text[:4096]) or not (text := fragment_text(doc.text)).strip():
            raise
    return {"text": text, "title": None, "author": None, "date": None, "sitename": None}


def extract_html(html: str, source: str, url: str | None = None) -> dict[str, str | None]:
    """Main text and metadata of an HTML page (trafilatura, htmldate for the date).

    Raises `InputError` when the page holds no article text.
    """
    import trafilatura

    result = None
    for precision in (True, False):  # precise first; recall if precision finds nothing
        try:
            result = trafilatura.bare_extraction(
                html,
                url=url,
                include_comments=False,
                include_tables=False,
                favor_precision=precision,
                with_metadata=True,
            )
        except Exception as exc:  # noqa: BLE001 - malformed markup must not stop a run
            raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})", _HTML_HINT) from exc
        if result is not None and (getattr(result, "text", None) or "").strip():
            break
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < _MIN_HTML_WORDS:  # menus and login forms are not articles
        raise InputError(
            source,
            "no article text found in this HTML page",
            _HTML_HINT,
        )
    date = normalise_date(getattr(result, "date", None)) or _htmldate(html, url) or _future_date(html, url)
    title = _decoded_once(_blank_to_none(getattr(result, "title", None)), html)
    return {
        "text": text,
        "title": title,
        "author": _with_initials(_authors_from_meta(getattr(result, "author", None)), html),
        "date": date,
        "sitename": _blank_to_none(getattr(result, "sitename", None)) or _site_in_title(title, html),
    }


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SITE_SUFFIX = re.compile(r"\s+[-|–—·]\s+(\S.{0,58}\S)\s*")


def _site_in_title(title: str | None, html: str) -> str | None:
    """The site a page's <title> names after its headline ("Headline - The Daily
    Planet"), which trafilatura cuts off: the outlet of a page without a site-name tag.
    Five words at most, so a headline's second half is not taken for a site."""
    if not title or not (m := _TITLE_TAG.search(html)):
        return None
    import html as htmllib

    whole = " ".join(htmllib.unescape(re.sub(r"<[^>]*>", "", m.group(1))).split())
    head = " ".join(title.split())
    rest = _SITE_SUFFIX.fullmatch(whole[len(head):]) if whole.startswith(head) else None
    return rest.group(1) if rest and len(rest.group(1).split()) <= 5 else None


_ESCAPED_ENTITY = re.compile(r"&amp;(#?\w+);")
_ENTITY = re.compile(r"&#?\w+;")


def _decoded_once(title: str | None, html: str) -> str | None:
    """The title with its character references decoded once, as a browser shows it.

    trafilatura decodes a title's references twice, so a headline that shows
    "AT&amp;T" (written "AT&amp;amp;T") would be stored as "AT&T". Where the page
    writes such a reference, the title is taken from the page's own <title>, og:title or
    <h1> (decoded once by the parser), cut where trafilatura cut it (" - Site" suffixes).
    """
    if not title or not _ESCAPED_ENTITY.search(html):
        return title
    import html as htmllib

    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return title
    found = [" ".join(e.text_content().split()) for e in root.iter("title", "h1")]
    found += [" ".join((m.get("content") or "").split()) for m in root.iter("meta")
              if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title")]
    for once in found:
        if not _ENTITY.search(once):
            continue
        for end in range(len(once), 0, -1):  # the longest start of it that decodes to the title
            if htmllib.unescape(once[:end]).strip() == title:
                return once[:end].strip()
    return title


def _remove_noise(lines: list[_Line], removed: list[str], outlet: str | None = None) -> tuple[list[_Line], str | None]:
    """Drop noise lines, appending a note for each to `removed`; return kept lines and byline (`outlet` names the
    outlet, whose name closes the items of its video playlist)."""
    kept: list[_Line] = []
    outlet_names: list[str] | None = None  # computed at the first related link
    link_run_end = 0  # lines before this index, under a related link, are linked headlines (`_link_run_end`)
    byline: str | None = None
    pending_break = False
    labels = Counter(m.group(1) for ln in lines if (m := _LABEL.match(ln.text)))
    caps_labels = Counter(m.group(0) for ln in lines if (m := _CAPS_LABEL.match(ln.text)))
    # entries' bylines with no comma ("By Jane Roe"): furniture only when the text is signed so twice or more
    signed = sum(_is_entry_byline(ln.text) for ln in lines) >= _ENTRY_BYLINES
    lines = [_strip_entry_stamps(ln, removed) for ln in lines]
    i = 0
    while i < len(lines):
        line = lines[i]
        blank_before = line.blank_before or pending_break
        nxt = lines[i + 1].text if i + 1 < len(lines) else None
        if (stamp := _ENTRY_STAMP.match(line.text)) is not None:
            # a live blog's entry head: its time goes, its words stay as the entry's head
            removed.append(f"timestamp: {_show(stamp.group(0).strip())}")
            line = lines[i] = _Line(line.text[stamp.end():], line.blank_before)
        if len(kept) < 4 and _SUMMARY_BOX.match(line.text) and not _ends_sentence(line.text):
            i, pending_break = _skip_summary_box(lines, i, removed), blank_before
            continue
        # an entry's head is the outlet's own words, whatever it opens with ("More From Rep. King:")
        note, name = (_classify(line.text, near_top=len(kept) < 4, near_end=i >= len(lines) - 3)
                      if stamp is None else (None, None))
        if stamp is not None and _LINK_LIST_HEAD.match(line.text) and _skip_link_list(lines, i + 1, []) > i + 1:
            # ... but a link list's heading with its headlines under it is one still ("Update at 11:30 a.m. ET.
            # More NPR Reports:" over two quoted headlines, review 25)
            note = f"related links heading: {_show(line.text)}"
        if note is None and stamp is None and _is_entry_byline(line.text) and (signed or _lone_byline(lines, i)):
            note = f"byline: {_show(line.text)}"
        if note is None and stamp is None and _is_spaced_label_link(line.text, labels):
            note = f"related link: {_show(line.text)}"
        if note is None and stamp is None and _is_stopped_caps_link(lines, i, caps_labels):
            note = f"related link: {_show(line.text)}"
        if (note is None and stamp is None and nxt is not None and re.search(r"[a-z]", nxt)
                and len(line.text.split()) <= _CAPS_LINE_WORDS and _CAPS_LINE.match(line.text)):
            note = f"capitals heading: {_show(line.text)}"
        in_run = i < link_run_end
        if note is None and stamp is None and in_run:
            note = f"related link: {_show(line.text)}"
        if note is None and nxt is not None and line.text == nxt:
            if _is_caption_like(line.text):  # both copies go: neither is article prose
                removed.append(f"repeated caption: {_show(line.text)}")
                i, pending_break = i + 2, blank_before or lines[i + 1].blank_before
            else:  # a doubled long paragraph is a scraping glitch: keep one copy
                removed.append(f"repeated paragraph: {_show(line.text)}")
                i, pending_break = i + 1, blank_before
            continue
        if note and note.startswith("graphic label") and _GRAPHIC_SOURCE.search(line.text) and kept \
                and i > 0 and kept[-1].text == lines[i - 1].text and _is_chart_title(kept[-1].text):
            removed.append(f"graphic label: {_show(kept.pop().text)}")  # the chart's title over its source
        if note:
            if (_POST_NOTE.match(line.text) or note.startswith("embed pointer")) and kept \
                    and _is_post_heading(kept[-1].text):
                # the live page's heading over its note on the page ("Obama's Full Speech:" over "We've added a
                # separate post with ...", NPR, review 25) heads nothing once the note goes, nor a heading over a
                # pointer to an embed ("Live Results:" over "You'll find real-time results ... below:", review 26)
                label = "embed pointer" if note.startswith("embed pointer") else "update label"
                removed.append(f"{label}: {_show(kept.pop().text)}")
            removed.append(note)
            byline = byline or name
            pending_break = blank_before
            if _LINK_LIST_HEAD.match(line.text):
                i = _skip_link_list(lines, i + 1, removed)
                continue
            if _POINTER_LINE.match(line.text) and line.text.endswith(":") and nxt is not None \
                    and _is_link_title(nxt):  # the page it points to, by its headline
                i += 2
                removed.append(f"related link: {_show(nxt)}")
                continue
            if _GRAPHIC_NUMBER.match(line.text) and nxt is not None and _is_link_title(nxt, _CHART_TITLE_WORDS):
                i += 2  # the graphic's title under its number
                removed.append(f"graphic label: {_show(nxt)}")
                continue
            if _GLUED_LIST_HEAD.match(line.text):  # its first headline went with it
                i = _skip_link_list(lines, i + 1, removed, words=_GLUED_LIST_WORDS)
                continue
            if note.startswith("related link") and not in_run:  # (a run's headline anchors no more lines)
                while i + 1 < len(lines) and _is_link_title(nxt := lines[i + 1].text) and _KICKER_LINK.search(nxt):
                    i += 1
                    removed.append(f"related link: {_show(lines[i].text)}")
                if outlet_names is None:
                    outlet_names = sorted(_outlet_forms(outlet))
                link_run_end = _link_run_end(lines, i + 1, outlet_names)
        else:
            stripped, credit = _strip_inline_credit(line.text)
            if credit and (_LABELLED_CREDIT.search(credit) and len(stripped.split()) <= _CAPTION_WORDS
                           or not _two_sentences(stripped) and _caption_before(stripped)):
                # a caption over its labelled credit ("Nielsen ... on June 18, 2018. (Photo: Michael Reynolds,
                # EPA-EFE)"): without the credit it reads as a paragraph of the story ("(AP Photo/Jo Lin)" may
                # close a paragraph that a caption was glued to, and only goes itself, unless the one sentence
                # before it reads as a caption, `_caption_before`: "People look at ... on Oct. 27, 2019, after ...
                # (AP Photo/Jo Lin)", session 46)
                removed.append(f"photo caption: {_show(line.text)}")
                i, pending_break = i + 1, blank_before
                continue
            if credit:
                removed.append(f"photo credit: {_show(credit)}")
            stripped = _strip_clip_prompt(_strip_inline_pitch(strip_script(stripped, removed), removed), removed)
            if not stripped:
                i, pending_break = i + 1, blank_before
                continue
            if (promo := _PAREN_PROMO.search(stripped) or _PAREN_POINTER.search(stripped)) and promo.start() > 0:
                removed.append(f"related link: {_show(promo.group(0))}")
                stripped = stripped[: promo.start()].rstrip()
            # a list item's bullet is no word of it ("• Local officials said ..." named "• Local")
            kept.append(_Line(_LIST_BULLET.sub("", stripped) or stripped, blank_before))
            pending_break = False
        i += 1
    while kept and (_is_sign_off(kept[-1].text) or _is_closing_heading(kept[-1].text)):
        note = "prompt" if _is_sign_off(kept[-1].text) else "closing heading"
        removed.append(f"{note}: {_show(kept.pop().text)}")
    return kept, byline


# A quotation set apart with its source after a dash: a pull quote ('"..." — Clay Travis') or an
# embedded post ("... https://t.co/x — Donald J. Trump (@realDonaldTrump) June 9, 2018")
_ATTRIBUTED = re.compile(
    r"^(?P<words>.{30,}?)\s*[—–]\s*(?:(?P<post>[^()—–]{1,60}\(@\w{1,30}\)\s+"
    rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}})|[A-Z][^.!?—–]{{1,100}})$"
)
_POST_LINK = re.compile(r"\S*(?:https?://|pic\.twitter\.com/)\S*")
# ... or with its speaker's bare name after the closing mark (the Guardian's "... these fuckers.’ William Walker")
_NAMED_PULL_QUOTE = re.compile(r"^(?P<words>.{30,}?[.!?,][’'”\"])\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")


def _strip_entry_stamps(line: _Line, removed: list[str]) -> _Line:
    """`line` without the live entries' stamps inside it (`_INLINE_ENTRY_STAMP`), each recorded; the entries' words
    stay where they stand, in the paragraph (made into paragraphs of their own, they moved review 20's stories)."""
    if not _INLINE_ENTRY_STAMP.search(line.text):
        return line
    for m in _INLINE_ENTRY_STAMP.finditer(line.text):
        removed.append(f"timestamp: {_show(m.group('stamp').strip())}")
    return _Line(_INLINE_ENTRY_STAMP.sub(" ", line.text), line.blank_before)


def _skip_link_list(lines: list[_Line], start: int, removed: list[str], words: int = 16) -> int:
    """The headlines listed under a link list's heading (lines[start - 1]): up to eight lines of at
    most `words` words with no sentence's end (ad markers between them aside), taken when two or
    more, or when they close the text (one such line before prose may be the story's own
    subheading). Returns the index of the first line after them."""
    end, titles = start, 0
    while end < len(lines) and titles < _LINK_LIST_MAX:
        if _is_ad_line(lines[end].text):
            end += 1
        elif _is_link_title(_DASH_ITEM.sub("", _LIST_BULLET.sub("", lines[end].text)), words):
            end, titles = end + 1, titles + 1
        else:
            break
    if titles < 2 and not (titles and end == len(lines)):
        return start
    for line in lines[start:end]:
        removed.append(f"{'ad marker' if _is_ad_line(line.text) else 'related link'}: {_show(line.text)}")
    if end < len(lines) and (split := _glued_headline(lines[end].text, words)):
        removed.append(f"related link: {_show(lines[end].text[:split].rstrip())}")
        lines[end] = _Line(lines[end].text[split:].lstrip(), lines[end].blank_before)
    return end


def _link_run_end(lines: list[_Line], start: int, outlet_names: list[str]) -> int:
    """The end of the unlabelled headlines set right under a link, each a paragraph (USA Today's "Feds: Airport
    shooting suspect complained of mind control" over "Traveler says laptop saved him during Florida airport shooting"
    and "Family of Florida shooting suspect says ...", review 37): the lines from `start` that read as linked
    headlines (`_is_link_title` of `_LINK_RUN_WORDS` words or more, no stop inside a closing quotation mark, no list
    item's number), up to `_LINK_LIST_MAX`, two or more; the last of them stays when prose follows it, being the
    story's own subheading ("Who are the victims?"). Returns `start` when none goes; a lone headline-like line under
    a link is read as a subheading. A line another rule removes keeps that rule's label (the caller's) and is not
    counted: two headlines another rule leaves are needed, and the last of those is the one kept. A video playlist's
    item (a clip's title closed by its source, `_line_runs`) ends the run, left to the playlist rule; so does a line of
    results (`_is_result_line`: "Ohio: 45/45 tie", "CNBC: Trump 68, Clinton 32", a writer's list of polls)."""
    end, plain = start, []
    while end < len(lines) and end - start < _LINK_LIST_MAX and lines[end].blank_before \
            and _is_link_title(text := lines[end].text) and len(text.split()) >= _LINK_RUN_WORDS \
            and not _QUOTED_STOP_END.search(text) and not _LIST_NUMBER.match(text) and not _is_result_line(text) \
            and not _line_runs.playlist_item(text, outlet_names):
        if _classify(text, near_top=False)[0] is None:
            plain.append(end)
        end += 1
    if len(plain) < 2:
        return start
    # a short line after them ("The victims") is the subheading, and the run's last line another headline
    return end if end == len(lines) or _is_link_title(lines[end].text) else plain[-1]


def _is_result_line(text: str) -> bool:
    """A line of figures: two numbers or more, or a pair ("45/45"), as a list of results or polls gives them."""
    figures = _FIGURE.findall(text)
    return len(figures) >= 2 or any("/" in f for f in figures)


def _glued_headline(text: str, words: int) -> int | None:
    """Where the paragraph starts after a headline run into it (`_GLUED_PARAGRAPH`): the first such
    break after three or more words of a linked headline ending on a capitalised word; None when none."""
    for m in _GLUED_PARAGRAPH.finditer(text):
        head = text[: m.start()]
        if len(head.split()) > words:
            return None
        if len(head.split()) >= 3 and _is_link_title(head, words) and head.split()[-1][:1].isupper():
            return m.end()
    return None


_LABEL = re.compile(r"^([^:]{1,40}):\s")
# a link's own label in capitals, however many lines it opens ("READ: The official program", "READ: Nelson Mandela's
# death sparks global response", ..., CNN, review 25): no list's field
_LINK_WORD_LABEL = re.compile(r"^(?:READ(?: MORE| ALSO)?|ALSO READ|WATCH|RELATED|SEE ALSO|MORE|LISTEN)$")
# a label that opens this many lines of one article is a field of a list ("Need: ...", "Avoid: ..." under each
# candidate of a debate preview), not a link's
_LIST_LABEL_LINES = 3


def _is_spaced_label_link(text: str, labels: Counter) -> bool:
    """A linked headline under a spaced label (`_SPACED_LABEL_LINK`): short, no sentence's end, comma or
    closing dash (a transcript's speaker cut off: "AMY GOODMAN: We're going to—"), and a label that opens
    fewer than `_LIST_LABEL_LINES` lines of the article (`labels`, by label)."""
    words = text.split()
    m = _LABEL.match(text)
    if m is not None and _LINK_WORD_LABEL.match(m.group(1)) and labels[m.group(1)] >= _LIST_LABEL_LINES \
            and len(words) <= 16 \
            and text[m.end():m.end() + 1].isupper() and not re.search(r"[.!?:;,\"”’')—–-]$|[a-z]{2}[.!?]\s", text):
        # a run of three links or more under one label in capitals, a comma in a headline ("READ: Prayers, songs
        # ...", CNN's third); one or two such lines with a comma read as sentences ("WATCH: The senators debate ...")
        return True
    if len(words) > 16 or not _SPACED_LABEL_LINK.match(text) or re.search(r"[.!?:;,\"”’')—–-]$", text):
        return False
    if re.search(r"[a-z]{4}[.!?][\"”’)]?\s+[A-Z\"“]|[!?]", text):  # "Gen. Qasem" ends no sentence
        return False
    return m is None or labels[m.group(1)] < _LIST_LABEL_LINES or bool(_LINK_WORD_LABEL.match(m.group(1)))


def _is_stopped_caps_link(lines: list[_Line], i: int, caps_labels: Counter) -> bool:
    """lines[i] a linked headline under a glued label in capitals though closed by a stop (`_CAPS_LABEL_STOPPED`):
    its label opens fewer than `_LIST_LABEL_LINES` lines (`caps_labels`), no double quotation mark, two sentences at
    most, and a question answered short after it or another such link on the line above or below."""
    text = lines[i].text
    if not _CAPS_LABEL_STOPPED.match(text) or len(text.split()) > _CAPS_LABEL_STOPPED_WORDS:
        return False
    label = _CAPS_LABEL.match(text)
    headline = text[label.end() + 1:]
    if caps_labels[label.group(0)] >= _LIST_LABEL_LINES or re.search(r"[\"“”]", headline) \
            or len(re.findall(r"[\w)’'][.!?](?=\s|$)", headline)) > 2:
        return False
    if _ANSWERED_QUESTION.search(headline) or _SECTION_LABEL.match(label.group(0)):
        return True
    near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(_CAPS_LABEL_LINK.match(t) and len(t.split()) <= _CAPS_LABEL_LINK_WORDS and not _two_sentences(t)
               for t in near)


def _is_chart_title(text: str) -> bool:
    """A chart's title (`_CHART_TITLE_WORDS`): a title-case line with no sentence's end, or a graphic's label."""
    return len(text.split()) <= _CHART_TITLE_WORDS and not re.search(r"[.!?:;,]$", text) \
        and (_is_title_case(text) or bool(_GRAPHIC_TITLE.match(text)))


def _is_post_heading(text: str) -> bool:
    """A live page's heading: a few capitalised words closed by a colon ("Obama's Full Speech:")."""
    return len(text.split()) <= 6 and text.endswith(":") and text[:1].isupper() and not _two_sentences(text)


def _is_title_case(text: str) -> bool:
    """A headline's capitals: `_QUOTED_HEADLINE_WORDS` words or more, each of four letters or more capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= _QUOTED_HEADLINE_WORDS and bool(long) and all(w[0].isupper() for w in long)


def _is_link_title(text: str, words: int = 16) -> bool:
    """A linked headline: a few words opening with a capital, a figure or a quotation mark, no sentence's end."""
    return (len(text.split()) <= words and not re.search(r"[.!,;:]$", text)
            # "’" too: a headline's opening mark typed as an apostrophe ("’Winning’ isn’t Winning", National Review's)
            and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'’"))


def _strip_clip_prompt(text: str, removed: list[str]) -> str:
    """A paragraph without an embedded clip's closing prompt and the clip's description before it
    (`_CLIP_CLOSING`)."""
    if len(text.split()) > _CLIP_WORDS or not (m := _CLIP_CLOSING.search(text)):
        return text
    head = text[: m.start()].rstrip()
    last = max((b.end() for b in _SENTENCE_BREAK.finditer(head)), default=0)
    if _CLIP_DESCRIPTION.search(head[last:]) and not re.search(r"[\"“”]", head[last:]):
        head = head[:last].rstrip()
    removed.append(f"video caption: {_show(text[len(head):].strip())}")
    return head


def _strip_inline_pitch(text: str, removed: list[str]) -> str:
    """A paragraph without a newsletter's sign-up after one of its sentences, without a
    closing byline followed by ad markers (a live entry's "By Name AD AD"), without a link
    under a label in capitals or the outlet's pitch after its last sentence (`_INLINE_LINK`),
    without a run of "Follow @handle" prompts opening it (`_FOLLOW_RUN`), and without a
    broadcast's tease closing it (`_BREAK_TEASE`)."""
    for pattern, rule in ((_INLINE_SIGN_UP, "prompt"), (_TAIL_BYLINE_ADS, "byline"), (_INLINE_LINK, "related link"),
                          (_INLINE_PROMO, "prompt"), (_FOLLOW_RUN, "prompt"), (_BREAK_TEASE, "broadcast tease")):
        found = False
        for m in pattern.finditer(text):
            found = True
            removed.append(f"{rule}: {_show(m.group(0).strip())}")
            if pattern is _BREAK_TEASE and _SPEAKER_LABEL.match(text[:m.start()].strip()):
                return ""  # the host's label before the tease is all the paragraph held
        if found:  # (no second pass over a paragraph the pattern did not match)
            text = pattern.sub("", text)
    return text


def _drop_repeated_quotes(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Pull quotes and embedded posts whose words the text already gives elsewhere: a
    repeat set apart for the eye, not more reporting. One given only there is kept (it is
    the article's only record of those words)."""
    kept = list(lines)
    for line in lines:
        m = _ATTRIBUTED.match(line.text) or _NAMED_PULL_QUOTE.match(line.text)
        if not m or not (m.re is _NAMED_PULL_QUOTE or m.group("post") or m.group("words")[:1] in "\"“‘'"):
            continue
        words = _letters(_POST_LINK.sub(" ", m.group("words")))
        if len(words) < 30:
            continue
        rest = "".join(_letters(other.text) for other in kept if other is not line)
        if words in rest:
            removed.append(f"repeated quote: {_show(line.text)}")
            kept.remove(line)
    return kept


# A pull quote: a sentence of the text set apart for the eye and given in full again in a longer paragraph ("Not only
# does the plan fail the city, it rewards the builders." over "Not only does the plan fail the city, it rewards the
# builders, whose last contract ...", a column of Fox's, review 26): the shorter copy goes, however it is marked.
_PULL_QUOTE_LETTERS = 60
_PULL_QUOTE_WORDS = 60
# ... within a few paragraphs of it: a sentence repeated farther away is a live page's entry or a standfirst, and the
# longer copy may be a caption ("Pope X called his choice ... | REUTERS <headline>" heading the text, review 25)
_PULL_QUOTE_REACH = 3
# ... but not a line opening with a dash, a quotation's attribution ("-- Former Governor Ann Lee at the opening of the
# bridge.") that another one may hold ("-- Mayor Bo Park introducing former Governor Ann Lee at the opening of ...")
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:--|[-–—])")


def _drop_pull_quotes(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """`lines` without a line of `_PULL_QUOTE_LETTERS` letters or more (and `_PULL_QUOTE_WORDS` words at most) whose
    letters a longer line at most `_PULL_QUOTE_REACH` lines away holds whole (`_letters`): a pull quote, or a sentence
    the scraper saved twice."""
    letters = [_letters(ln.text) for ln in lines]
    drop = {k for k, (ln, mine) in enumerate(zip(lines, letters))
            if len(mine) >= _PULL_QUOTE_LETTERS and len(ln.text.split()) <= _PULL_QUOTE_WORDS
            and not _ATTRIBUTION_LINE.match(ln.text)
            and any(len(other) > len(mine) and mine in other
                    for other in letters[max(0, k - _PULL_QUOTE_REACH):k + _PULL_QUOTE_REACH + 1])}
    if not drop:
        return lines
    kept: list[_Line] = []
    pending_break = False
    for k, line in enumerate(lines):
        if k in drop:
            removed.append(f"pull quote: {_show(line.text)}")
            pending_break = pending_break or line.blank_before
            continue
        kept.append(_Line(line.text, line.blank_before or pending_break))
        pending_break = False
    return kept


_NOT_ALNUM = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    """Letters and digits only, lower case: a quotation compared whatever its marks and spacing."""
    return _NOT_ALNUM.sub("", text.casefold())  # `[^\W_]` is `str.isalnum`; a regex, not a loop over characters


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?][\"”’')\]]*$", text))


def _skip_summary_box(lines: list[_Line], i: int, removed: list[str]) -> int:
    """Remove a summary box ("Story highlights" and its bullets, which end without a
    period, up to six); return the index of the first line after it."""
    removed.append(f"summary box: {_show(lines[i].text)}")
    j = i + 1
    while (j < len(lines) and j - i <= 6 and lines[j].blank_before and len(lines[j].text.split()) <= 30
           and not _ends_sentence(lines[j].text) and not _SUMMARY_BOX.match(lines[j].text)):
        removed.append(f"summary box: {_show(lines[j].text)}")
        j += 1
    return j


def _is_sign_off(text: str) -> bool:
    """A closing subscription pitch ("… is reader-supported. Subscribe to our newsletter")."""
    hits = {m.group(0).lower() for m in _TAIL_PROMPT.finditer(text)}
    return len(text.split()) <= 40 and len(hits) >= 2


def _is_closing_heading(text: str) -> bool:
    """The text's last line a heading over nothing (`_CLOSING_HEADING`): what it introduced, a box of links or
    figures, a clip, was not saved ("More Data:", "More on the storm:", "STORM COVERAGE:")."""
    return len(text.split()) <= _CLOSING_HEADING_WORDS and bool(_CLOSING_HEADING.match(text)) \
        and not _two_sentences(text)


_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def guess_language(text: str) -> str:
    """"en" when common English function words are frequent (or the text is too short to
    tell), else "und". A cheap guard, not a language identifier."""
    if not text.isascii():
        # letters of another script outnumbering the ASCII ones, counted without a Python loop over every character
        # (this read the whole text letter by letter, a tenth of cleaning's time)
        other = sum(c.isalpha() for c in _ASCII_RUN.sub("", text))
        if other and other + (ascii_letters := len(text) - len(_ASCII_LETTER.sub("", text))) >= 40 \
                and ascii_letters < other:
            return "und"  # mostly another script (Chinese, Cyrillic, Arabic ...)
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) < 20:
        return "en"
    share = sum(1 for w in words if w in _STOPWORDS) / len(words)
    return "en" if share >= 0.12 else "und"


# --------------------------------------------------------------------------- noise rules
def _classify(text: str, near_top: bool, near_end: bool = False) -> tuple[str | None, str | None]:
    """(note, byline name) when the line is noise, else (None, None)."""
    words = text.split()
    if _is_ad_line(text):
        return f"ad marker: {_show(text)}", None
    if _EXPLAINER_BOX.match(text):
        return f"explainer box: {_show(text)}", None
    if _ORIGINAL_POST.match(text):
        return f"update label: {_show(text)}", None
    if len(words) <= 80 and _MEDIA_LABEL.match(text):
        return f"{'video player' if text.startswith('Media') else 'photo caption'}: {_show(text)}", None
    if len(words) <= 25 and _is_credit(text) or (len(words) <= 16 and _BRACKETED_CREDIT.match(text)
                                                 and not _PAREN_PROMO.match(text)):  # "(PHOTOS: ...)" is a link
        return f"photo credit: {_show(text)}", None
    if len(words) <= 80 and _PICTURE_LABEL.match(text) and not _POST_MARK.search(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= 25 and _IMAGE_CONTROL.match(text) and not re.search(r"[.!?][\"”’)]*$", text):
        return f"image caption controls: {_show(text)}", None
    if len(words) <= 80 and (_FILE_CAPTION.match(text) or _IMAGE_LABEL_CAPTION.match(text)
                             or _CREDITED_CAPTION.match(text)):
        return f"photo caption: {_show(text)}", None
    if len(words) <= _CREDITED_CAPTION_WORDS and _FILE_CAPTION.match(text) and _strip_inline_credit(text)[1]:
        return f"photo caption: {_show(text)}", None
    if len(words) <= 10 and _NAME_SOURCE_CAPTION.match(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= 40 and _PLAY_VIDEO.match(text):
        return f"video player: {_show(text)}", None
    if len(words) <= _CLIP_WORDS and _CLIP_OPENING.match(text):
        return f"video caption: {_show(text)}", None
    if len(words) <= 80 and _POST_FOOTER.search(text):
        return f"embedded post: {_show(text)}", None
    item = _BULLET.sub("", text)
    if (len(words) <= 25 and _PROMPT.match(item)) or (len(words) <= 8 and _WEAK_PROMPT.match(item)):
        return f"prompt: {_show(text)}", None
    if item != text and len(words) <= 30 and _CHECK_OUT.match(item):
        return f"prompt: {_show(text)}", None
    if words and len(words) <= 8 and all(w.strip("|·•:,-").lower() in _SHARE_WORDS for w in words):
        if any(w.strip("|·•:,-").lower() not in {"on", "via", "or", "this", "article", "story"} for w in words):
            return f"prompt: {_show(text)}", None
    if len(words) <= 60 and _BOILERPLATE.search(text):
        return f"boilerplate: {_show(text)}", None
    if len(words) <= 80 and _SHARE_CAPTION.match(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= 80 and _VIDEO_TEASER.match(text):
        return f"video player: {_show(text)}", None
    if (len(words) <= 15 and _TIMESTAMP.match(text)) or _UPDATE_STAMP.match(text):
        return f"timestamp: {_show(text)}", None
    if len(words) <= 60 and (_CONTRIBUTED.match(text) or _CONTRIBUTING.match(text) or _STAFF_CONTRIBUTED.match(text)
                             # (`_CREDIT_LINE` holds one of these words or fails, slowly: session 47)
                             or ("contributed" in text or "reported from" in text or "wire" in text)
                             and _CREDIT_LINE.match(text)
                             or len(words) <= 8 and _CONTRIBUTING_LABEL.match(text)):
        return f"contributors' credit: {_show(text)}", None
    if (near_top or near_end) and len(words) <= _REPORTED_FROM_WORDS and _REPORTED_FROM.match(text) \
            and not _two_sentences(text):
        return f"contributors' credit: {_show(text)}", None
    if len(words) <= 30 and (_UPDATE_NOTE.match(text) or _REFILE_NOTE.match(text)):
        return f"update note: {_show(text)}", None
    if len(words) <= 60 and _POST_NOTE.match(text):
        return f"update note: {_show(text)}", None
    if (m := _QUOTED_HEADLINE.match(text)) and _is_title_case(m.group("title")):
        return f"related link: {_show(text)}", None
    if len(words) <= 40 and (_PRESENT_CAPTION.match(text) or _PLACE_DATE_CAPTION.search(text)
                             or _PICTURE_SOURCE_CAPTION.match(text)) \
            or len(words) <= _CAPTION_WORDS and _PICTURE_TAKEN.search(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= _POSITION_CAPTION_WORDS and _POSITION_CAPTION.match(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= 80 and _CORRECTION_NOTE.match(text):
        return f"correction note: {_show(text)}", None
    if len(words) <= 30 and (_MORE_LINK.match(text) or _CAPS_LINK.match(text)):
        return f"related link: {_show(text)}", None
    if len(words) <= 4 and (_GRAPHIC_LABEL.match(text) or _GRAPHIC_NUMBER.match(text)) \
            or len(words) <= _GRAPHIC_TITLE_WORDS and _GRAPHIC_TITLE.match(text) and "?" not in text[:-1]:
        return f"graphic label: {_show(text)}", None
    if len(words) <= 40 and _GRAPHIC_SOURCE.search(text):
        return f"graphic label: {_show(text)}", None
    if near_top and len(words) <= 16:
        match = _BYLINE.match(text)
        if match and _is_name_list(match.group(1)):
            return f"byline: {_show(text)}", re.split(r"\s*[|/–—]\s*", match.group(1))[0].strip()
    if len(words) <= _BOX_BYLINE_WORDS and (match := _BOX_BYLINE.match(text)) \
            and _is_name_list(match.group("label") or match.group("name")) and text[-1] not in ".!?\"”'’:;,":
        return f"byline: {_show(text)}", None
    return _classify_furniture(text, words, near_top or near_end)


def _classify_furniture(text: str, words: list[str], at_edge: bool) -> tuple[str | None, str | None]:
    """Page furniture a scraper keeps as text: a video player's labels, a gallery's
    captions and buttons, links to other stories, contact lines, captions with an agency
    credit, and a bare list of authors' names at the top or the end."""
    controls = set(_VIDEO_CONTROL.findall(text))
    if len(words) <= 80 and controls and (len(controls) >= 2 or _DURATION_END.search(text)):
        return f"video player: {_show(text)}", None
    if len(_URL.findall(text)) >= 4 and _CALL.search(text):
        # an embedded video's description: "Subscribe to Fox News! https://... Watch more ...: http://..."
        return f"video description: {_show(text)}", None
    if _GALLERY.search(text) or (len(words) <= 40 and _GALLERY_LINK.match(text)):  # a gallery may be saved as one
        return f"photo gallery: {_show(text)}", None  # long line of captions
    if _MEDIA_PLACEHOLDER.match(text):
        return f"image placeholder: {_show(text)}", None
    if _SYMBOL_LINE.match(text):
        return f"rule line: {_show(text)}", None
    if _EMBED_LABEL.match(text):
        return f"embed label: {_show(text)}", None
    if _AGO.match(text) or _BARE_TIME.match(text):
        return f"timestamp: {_show(text)}", None
    if len(words) <= 30 and (m := _LABELLED_LINK.match(text)) and not _two_sentences(text):
        # "More:'Rudy was the guy:' Takeaways from ...": a linked headline opening with a quote;
        # a line that is a label and a quotation only ("Obama's Comeback:“You kind of ...”") is prose
        if not (m.group(1) and text.rstrip()[-1:] in "'’\"”"):
            return f"related link: {_show(text)}", None
    if len(words) <= _CAPS_LABEL_LINK_WORDS and _CAPS_LABEL_LINK.match(text) and not _two_sentences(text):
        return f"related link: {_show(text)}", None
    if len(words) <= 40 and (m := _READ_MORE_END.search(text)) and (
            not _two_sentences(text[: m.start() + 1]) or _AUTHOR_READ_MORE.search(text)):
        return f"related link: {_show(text)}", None
    if len(words) <= 4 and _LINK_LIST_HEAD.match(text):
        return f"related links heading: {_show(text)}", None
    if len(words) <= 40 and _AUDIO_PLAYER.search(text):
        return f"audio player: {_show(text)}", None
    if _PAREN_PROMO.match(text) or _FULL_COVERAGE_LINK.match(text) or _BARE_LABEL_LINK.match(text):
        return f"related link: {_show(text)}", None
    if (m := _GLUED_LIST_HEAD.match(text)) and _is_link_title(text[m.end():]):
        return f"related link: {_show(text)}", None
    if len(words) <= 30 and _INBOX.search(text):
        return f"prompt: {_show(text)}", None
    if len(words) <= 30 and _CONTACT.match(text):
        return f"contact line: {_show(text)}", None
    if len(words) <= 80 and _HEAD_AGENCY_CREDIT.match(text):
        return f"photo caption: {_show(text)}", None
    if len(words) <= _CAPTION_WORDS and (m := _TAIL_LABELLED_CREDIT.search(text)) \
            and len(m.group(0).split()) <= _TAIL_LABELLED_CREDIT_WORDS:
        return f"photo caption: {_show(text)}", None
    if len(words) <= 80 and (m := _tail_agency_credit(text)) and m.start() > 0 \
            and _caption_before(text[: m.start()].rstrip()):
        return f"photo caption: {_show(text)}", None
    if len(words) <= _BARE_AGENCY_WORDS and (m := _BARE_AGENCY_END.search(text)) and m.start() > 0 \
            and not _two_sentences(text) and ";" not in text and _caption_before(text[: m.start()].rstrip()):
        return f"photo caption: {_show(text)}", None
    if len(words) <= _READER_CALL_WORDS and _READER_CALL.search(text) and _READER.search(text) \
            and not re.search(r"[\"“”]", text):
        return f"prompt: {_show(text)}", None
    if len(words) <= _POINTER_WORDS and _POINTER_LINE.match(text):
        return f"related link: {_show(text)}", None
    if len(words) <= _EMBED_POINTER_WORDS and _EMBED_POINTER.match(text):
        return f"embed pointer: {_show(text)}", None
    if _REPORTER_NOTE.match(text):
        return f"reporter's note: {_show(text)}", None
    if len(words) <= _SIGN_UP_FORM_WORDS and _SIGN_UP_FORM.search(text):
        return f"prompt: {_show(text)}", None
    if _COUNTRY_CHOOSER.search(text) and _FORM_CHECK.search(text):
        return f"sign-up form: {_show(text)}", None
    if len(words) <= _RESULTS_WIDGET_WORDS and ("reporting" in text or "declared" in text) \
            and _RESULTS_TALLY.search(text) and not _ends_sentence(text):
        return f"results widget: {_show(text)}", None
    if len(words) <= _FOLLOW_TOPIC_WORDS and _FOLLOW_TOPIC.match(text):
        return f"prompt: {_show(text)}", None
    if len(words) <= _BOX_WORDS and text.count("•") >= _BOX_BULLETS and _GRAPHIC_SOURCE.search(text):
        return f"graphic label: {_show(text)}", None
    if at_edge and len(words) <= 16 and _NAME_LIST.match(text):
        return f"byline: {_show(text)}", None
    return None, None


_AD_RUN = sorted(_AD_MARKERS, key=len, reverse=True)


def _caption_before(before: str) -> bool:
    """Whether the words before a credit read as a caption: a fragment ("Former campaign manager Paul Manafort"), a
    dated caption ("... in Jackson, Mississippi, U.S., November 27, 2018.") or one in the present tense ("Jo Lin speaks
    in Ohio on May 2, 2019.", session 43); prose before a credit keeps its words."""
    return bool(not re.search(r"[.!?:;,\"”’)]$", before) or _CAPTION_DATE_END.search(before)
                or _CAPTION_DAY_PLACE.search(before) or _PLACE_DATE_CAPTION.search(before)
                or (len(before.split()) <= 40 and (_PRESENT_CAPTION.match(before) or _PRESENT_DATED_INSIDE.match(before)
                                                   or _PICTURE_SOURCE_CAPTION.match(before)))
                or _PICTURE_TAKEN.search(before))


def _is_ad_line(text: str) -> bool:
    """An ad marker alone on its line ("Advertisement", "- AD -"), or a run of them."""
    bare = re.sub(r"^[\W_]+|[\W_]+$", "", text).lower()
    return bare in _AD_MARKERS or _only_ad_markers(bare)


def _only_ad_markers(bare: str) -> bool:
    """Whether a line is two or more ad markers run together ("Advertisement Continue reading
    the main story"), each whole."""
    count = 0
    while bare:
        marker = next((m for m in _AD_RUN if bare == m or bare.startswith(m + " ")), None)
        if marker is None:
            return False
        bare, count = bare[len(marker):].lstrip(" -–—|·•:"), count + 1
    return count >= 2


def _two_sentences(text: str) -> bool:
    """Whether a sentence ends inside `text` ("... in 2019. The court ...")."""
    return bool(re.search(r"[a-z0-9][.!?][\"”’)]?\s+[A-Z\"“]", text))


def _is_credit(text: str) -> bool:
    if _CREDIT.match(text):
        return True
    # A short line that is nothing but a photographer's name and a news organisation:
    # "Jane Roe/Getty Images", "Damon Winter/The New York Times".
    if len(text.split()) <= 8 and _NAMED_CREDIT.match(text):
        return True
    if len(text.split()) <= _VIA_CREDIT_WORDS and _VIA_CREDIT.match(text):
        return True
    return bool(
        len(text.split()) <= 8
        and _AGENCY_CREDIT.search(text)
        and ("/" in text or re.search(r"getty|shutterstock|istock|alamy", text, re.I))
        and not re.search(r"[.!?]”?$", text)
    )


def _is_entry_byline(text: str) -> bool:
    """Whether `text` is "By" and a name alone (`_ENTRY_BYLINE`), an entry's byline when the text has two or more."""
    return len(text) <= 60 and _ENTRY_BYLINE.match(text) is not None


def _lone_byline(lines: list[_Line], i: int) -> bool:
    """Whether the one "By <name>" line `lines[i]` stands where a byline does (`_CALENDAR_WORD`'s comment): under no
    sentence, over prose, its name's words never written in lower case in the text."""
    if i + 1 >= len(lines) or not _ends_sentence(lines[i + 1].text) or (i > 0 and _ends_sentence(lines[i - 1].text)):
        return False
    name = lines[i].text.split()[1:]
    lower = {w.lower() for ln in lines for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", ln.text)}
    return not any(w.lower() in lower or _CALENDAR_WORD.match(w) for w in name)


def _is_name_list(names: str) -> bool:
    """Reject "By Tuesday", "By Comparison": a byline holds at least one two-word name."""
    first = re.split(r"\s*(?:,|\band\b|&|\||/|[-–—])\s*", names)[0]
    tokens = [t for t in first.split() if t]
    return 2 <= len(tokens) <= 5 and all(t[0].isupper() or t.islower() for t in tokens)


def _is_caption_like(text: str) -> bool:
    """Captions are short; a long doubled paragraph is a scraping glitch, kept once."""
    return len(text) <= 300


def _tail_agency_credit(text: str) -> re.Match[str] | None:
    """`_TAIL_AGENCY_CREDIT` searched in `text`, only when it holds a slash or "via", which every credit it takes
    does: the pattern is tried at every position of a line, a fifth of cleaning's time spent on prose (session 47)."""
    return _TAIL_AGENCY_CREDIT.search(text) if "/" in text or "via" in text else None


def _strip_inline_credit(text: str) -> tuple[str, str | None]:
    match = _INLINE_CREDIT.search(text) or _tail_agency_credit(text)
    if not match or match.start() == 0:
        return text, None
    return text[: match.start()].rstrip(), match.group(0).strip()


# A note on the author heading or closing the text: the byline's name, then what the author is ("James A. Barnes is
# a member of the CNN Decision Desk and co-author of ...", review 20: listed as news only CNN gave; "Chris Stirewalt
# is digital politics editor for Fox News ..."). The writer's own name opening a line at the text's edge is no
# sentence of the story.
_AUTHOR_NOTE_WORDS = 60
_AUTHOR_NOTE_VERB = r",? (?:is|was|has been|serves as|writes|covers|reports|lives|teaches)\b"
# ... or the writer's social handle after the name: "Jane Roe (@janeroe) lives in Leeds where she writes on the law."
# (a columnist's note closing the text, review 30; 15 of the 31,534 AllSides texts, 11 outlets). With the handle the
# line is the writer's note whether or not a byline names the writer: a name, the handle and what the person is open
# no sentence of a story. Without a byline, it goes at the text's first or last line only; a byline's name with the
# handle goes wherever the line stands (a pitch for letters may follow it, kept by cleaning).
_HANDLE = r"\s*\(@\w{1,30}\)"
_HANDLE_NOTE = re.compile(rf"^(?:Dr\.\s+)?{_NAME_ONLY}{_HANDLE}{_AUTHOR_NOTE_VERB}")


def _drop_author_note(lines: list[_Line], byline: str | None, removed: list[str]) -> list[_Line]:
    """`lines` without a first or last line that opens with a name of the byline (two words or more), or any name with
    a social handle after it (`_HANDLE_NOTE`), and a verb of what the author is (`_AUTHOR_NOTE_VERB`), of at most
    `_AUTHOR_NOTE_WORDS` words, nor a line anywhere opening with a byline's name and a handle; one line of text
    stays."""
    names = [n.strip() for n in re.split(r",|;|\band\b|&", byline or "") if len(n.split()) >= 2]
    if len(lines) < 2:
        return lines
    title = r"(?:Dr\.\s+)?"  # "Dr. Jane Roe (@janeroe) is ..." under the byline "Jane Roe"
    note = re.compile(rf"^{title}(?:{'|'.join(map(re.escape, names))})(?:{_HANDLE})?{_AUTHOR_NOTE_VERB}") \
        if names else None
    for i in (0, -1):
        text = lines[i].text if len(lines) >= 2 else ""
        if ((note and note.match(text)) or _HANDLE_NOTE.match(text)) and len(text.split()) <= _AUTHOR_NOTE_WORDS:
            removed.append(f"author note: {_show(text)}")
            lines = lines[1:] if i == 0 else lines[:-1]
            if i == 0:
                lines[0] = _Line(lines[0].text, False)
    if note and len(lines) >= 2:
        signed = re.compile(rf"^{title}(?:{'|'.join(map(re.escape, names))}){_HANDLE}{_AUTHOR_NOTE_VERB}")
        gone = [signed.match(ln.text) is not None and len(ln.text.split()) <= _AUTHOR_NOTE_WORDS for ln in lines]
        if any(gone) and not all(gone):
            removed.extend(f"author note: {_show(ln.text)}" for ln, g in zip(lines, gone) if g)
            lines = [ln for ln, g in zip(lines, gone) if not g]
    return lines


# A headline another outlet's story was printed under: a short first line that does not end as a sentence does, right
# over a paragraph opening with a dateline ("Margaret Thatcher dies at 87" over "LONDON (AP) — Love her or loathe her,
# ...", Politico's page of the AP's story, review 27). The outlet's own headline is the record's title (and a repeat of
# it goes already); a line of prose does not stand between the headline and the dateline that opens the story. A line
# of two sentences stays: a standfirst run into a kicker ("If anything, the uproar seems to have galvanized ...'s base.
# ... finds friends back home", Politico's) holds the outlet's own summary.
_WIRE_HEADLINE_WORDS = 20


def _drop_headline_over_dateline(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """`lines` without a first line that is a headline over a dateline's paragraph (see above)."""
    if len(lines) < 2:
        return lines
    head, after = lines[0].text.strip(), lines[1].text
    if not head or len(head.split()) > _WIRE_HEADLINE_WORDS or not head[0].isupper() \
            or head[-1] in ".!?…)]\"”'’:;,-–—" or _BYLINE.match(head) or _two_sentences(head):
        return lines
    match = _DATELINE.match(after)
    if not (match and _is_dateline(match.group("dl"))) and not _TITLE_DATELINE.match(after):
        return lines
    removed.append(f"headline over a dateline: {_show(head)}")
    return _reflow_after(lines[1:])


def _strip_dateline(lines: list[_Line], removed: list[str]) -> list[_Line]:
    if not lines:
        return lines
    first = lines[0]
    match = _DATELINE.match(first.text)
    if not match or not _is_dateline(match.group("dl")):
        match = _TITLE_DATELINE.match(first.text)
    if not match:
        return lines
    removed.append(f"dateline: {_show(match.group('dl').strip())}")
    rest = first.text[match.end() :]
    return [_Line(rest, first.blank_before)] + lines[1:]


def _is_dateline(dl: str) -> bool:
    """A dateline ends with a dash or an agency tag; its place name is in capitals."""
    dl = dl.strip()
    if dl.startswith("("):
        return True
    has_dash = bool(re.search(r"(—|–|--|-)$", dl))
    has_agency = "(" in dl
    place = re.match(r"[A-Z][A-Z.'’-]+", dl)
    return bool(place and len(place.group(0)) >= 2 and (has_dash or has_agency))


# --------------------------------------------------------------------------- headline
def _take_headline(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    if not lines:
        return None, lines
    first = lines[0].text
    if re.match(r"#{1,6}\s", first):  # a Markdown heading, not a "#hashtag"
        title = first.lstrip("#").strip()
        return (title or None), _reflow_after(lines[1:])
    if len(lines) > 1 and _looks_like_headline(first, lines[1]):
        return first, _reflow_after(lines[1:])
    return None, lines


_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _looks_like_headline(text: str, following: _Line) -> bool:
    words = text.split()
    if not words or len(words) > 25 or len(text) > 200:
        return False
    # a full stop ends a sentence, not a headline, unless it closes an initialism
    # ("Holder does not rule out drone strikes in U.S.")
    if re.search(r"[,;:]$", text) or (text.endswith(".") and not _INITIALISM_END.search(text)) or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if _classify(text, near_top=True)[0]:
        return False
    if following.blank_before:
        return True
    if _BYLINE.match(following.text):
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) > 1 and capitalised / len(words) >= 0.6 and len(following.text) > len(text)


def _reflow_after(lines: list[_Line]) -> list[_Line]:
    if lines:
        lines = [_Line(lines[0].text, False)] + lines[1:]
    return lines


def _drop_repeated_title(lines: list[_Line], title: str, removed: list[str]) -> list[_Line]:
    """Bodies often repeat the headline as their first line (trafilatura keeps the h1), or end
    their first line with it after a photo caption or a standfirst ("<caption> | AP Photo <headline>",
    Politico): that line is the page's head, not a paragraph."""
    if not lines:
        return lines
    first = lines[0].text
    if _normalise_for_id(first.lstrip("#")) == _normalise_for_id(title) or _headline_revised(first, title):
        removed.append(f"repeated headline: {_show(first)}")
    elif len(title.split()) >= 3 and _normalise_for_id(first).endswith(" " + _normalise_for_id(title)):
        removed.append(f"headline and its caption: {_show(first)}")
    elif (standfirst := _standfirst_after_title(first, title)) is not None:
        # a video's title (the headline) glued to its description: "Trump announces U.S. withdrawal from Paris climate
        # deal The news follows weeks of intrigue ..." (Politico, review 21): the headline goes, the standfirst stays
        removed.append(f"repeated headline: {_show(first[: len(first) - len(standfirst)].rstrip())}")
        return [_Line(standfirst, False)] + lines[1:]
    elif (standfirst := _standfirst_after_head(first, title)) is not None:
        # "<caption> | AP Photo/Alex Brandon White House How Trump saved Kavanaugh The president was convinced
        # ...": the caption, its credit, the section and the headline go; the standfirst after them is the
        # outlet's own summary and stays as the first paragraph (Politico's, review 17)
        removed.append(f"headline and its caption: {_show(first[: len(first) - len(standfirst)].rstrip())}")
        return [_Line(standfirst, False)] + lines[1:]
    else:
        return lines
    return _reflow_after(lines[1:])


def _standfirst_after_title(first: str, title: str) -> str | None:
    """The words after the headline when the first line opens with the whole headline (of five words or more, no
    stop after it) and a sentence of four words or more after it opens with a capital; else None."""
    words = re.findall(r"\w+", title)
    if len(words) < 5 or not all(w in first for w in words):
        return None  # (each word must be there: a pattern compiled per headline is dear, and thrashes `re`'s cache)
    m = re.match(r"\W*" + r"\W+".join(map(re.escape, words)) + r"(?!\w)[^\w.!?]*?\s+(?=[A-Z0-9\"“‘'])", first)
    if m is None:
        return None
    rest = first[m.end():]
    return rest if len(rest.split()) >= 4 and re.search(r"[.!?][\"”’']?$", rest) else None


def _standfirst_after_head(first: str, title: str) -> str | None:
    """The words after the headline when the first line is a caption, its credit after " | ", the
    headline (of three words or more) and a standfirst opening with a capital; else None."""
    words = re.findall(r"\w+", title)
    bar = first.find(" | ")
    if len(words) < 3 or bar < 0:
        return None
    m = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)\W*?\s+(?=[A-Z0-9\"“‘'])", first[bar:],
                  re.IGNORECASE)
    return first[bar + m.end():] if m else None


def _headline_revised(line: str, title: str) -> bool:
    """Whether the body's first line is the headline as first published, a word or two or a
    figure apart ("... Affecting 350,000 Students" under "... Affecting 400,000 Students", "EPA
    Unveils New Proposal ..." under "EPA To Unveil New Proposal ..."): of six words or more, at
    most two words changed, added or dropped (a quarter of them), and no sentence."""
    a, b = re.findall(r"\w+", line.casefold()), re.findall(r"\w+", title.casefold())
    longer = max(len(a), len(b))
    return (longer >= 6 and 0 < _word_edits(a, b) <= min(2, longer // 4)
            and not re.search(r"\.[\"”’')\]]*$", line))


def _word_edits(a: list[str], b: list[str]) -> int:
    """Words to change, add or drop to turn `a` into `b` (Levenshtein distance over words)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


# --------------------------------------------------------------------------- layout
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://|/|#|mailto:)[^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


# A list's items set off by a double hyphen, each its own paragraph ("-- 578,000 people reported they had joined the
# labor force ...", "-- So, the ranks of the unemployed grew by about 170,000.", NPR, review 21): the dashes are the
# list's bullets, not words; two items or more in a row make the list (a lone "-- " may open a reply or an aside).
_DASH_ITEM = re.compile(r"^-- ?(?=\S)")


def _undash_list(lines: list[_Line]) -> list[_Line]:
    """Lines without the double hyphen opening each item of a list of two or more (`_DASH_ITEM`)."""
    dashed = [bool(_DASH_ITEM.match(ln.text)) for ln in lines]
    return [_Line(_DASH_ITEM.sub("", ln.text), ln.blank_before)
            if dashed[k] and ((k > 0 and dashed[k - 1]) or (k + 1 < len(lines) and dashed[k + 1])) else ln
            for k, ln in enumerate(lines)]


def _strip_markup(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Lines without an HTML attribute saved at their start (`_MARKUP_ATTR`), a line that was only that gone; and
    without the link before an embedded post and its button after it (`_POST_CONTROL`, `_POST_REPORT`)."""
    out: list[_Line] = []
    for line in lines:
        if (m := _POST_CONTROL.match(line.text)) is not None:
            removed.append(f"post controls: {_show(m.group(0).strip())}")
            line = _Line(_POST_REPORT.sub("", line.text[m.end():]), line.blank_before)
        if (m := _MARKUP_ATTR.match(line.text)) is not None:
            removed.append(f"markup: {_show(m.group(0).strip())}")
            if not line.text[m.end():].strip():
                continue
            line = _Line(line.text[m.end():], line.blank_before)
        out.append(line)
    return out


def _unmark(lines: list[_Line], removed: list[str]) -> list[_Line]:
    """Markdown to plain lines: headings, emphasis, links and images lose their syntax
    (an image line is a caption and goes), so the noise rules see the bare words."""
    out: list[_Line] = []
    for line in lines:
        text = line.text
        if _MD_RULE.match(text):
            continue
        for m in _MD_IMAGE.finditer(text):
            removed.append(f"image: {_show(m.group(1) or m.group(0))}")
        text = _MD_IMAGE.sub("", text)
        text = re.sub(r"^#{1,6}\s+", "", text)
        text = re.sub(r"^>\s?", "", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPHASIS.sub(r"\2", text).strip()
        if text:
            out.append(_Line(text, line.blank_before))
    return out


def _split_lines(text: str) -> list[_Line]:
    """Non-empty, whitespace-normalised lines, each knowing if a blank line preceded it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    out: list[_Line] = []
    blank = False
    for raw in text.split("\n"):
        line = re.sub(r"[^\S\n]+", " ", raw).strip()
        if not line:
            blank = True
            continue
        out.append(_Line(line, blank and bool(out)))
        blank = False
    return out


def _assemble(lines: list[_Line], hard_wrapped_ok: bool) -> str:
    """Paragraphs joined by blank lines; hard-wrapped lines of one paragraph re-joined."""
    blocks: list[list[str]] = []
    for line in lines:
        if line.blank_before or not blocks:
            blocks.append([line.text])
        else:
            blocks[-1].append(line.text)
    paragraphs: list[str] = []
    for block in blocks:
        if hard_wrapped_ok and _is_hard_wrapped(block):
            paragraphs.append(" ".join(block))
        else:
            paragraphs.extend(_join_broken_sentences(block))
    return "\n\n".join(p for p in paragraphs if p)


def _is_hard_wrapped(block: list[str]) -> bool:
    if len(block) < 2:
        return False
    body = block[:-1]
    return all(len(l) <= 100 for l in body) and sum(len(l) for l in body) / len(body) >= 40


def _join_broken_sentences(block: list[str]) -> list[str]:
    """One paragraph per line, except that a line ending mid-sentence continues."""
    out: list[str] = []
    for line in block:
        if out and not re.search(r"[.!?:;\"”’')\]…]$", out[-1]) and line[:1].islower():
            out[-1] += " " + line
        else:
            out.append(line)
    return out


# --------------------------------------------------------------------------- helpers
def _show(text: str, limit: int = 80) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"'{text}'"


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _normalise_for_id(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _join_authors(authors: tuple[str, ...]) -> str | None:
    return ", ".join(a for a in authors if a) or None


def _authors_from_meta(value: str | None) -> str | None:
    """trafilatura separates authors with "; "."""
    value = _blank_to_none(value)
    return ", ".join(a.strip() for a in value.split(";") if a.strip()) if value else None


_NAME_ON_PAGE = re.compile(
    r"""<meta\s[^>]*?(?:name|property)\s*=\s*["'](?:author|article:author|dc\.creator|parsely-author)["'][^>]*>"""
    r'|"name"\s*:\s*"([^"<>]{2,80})"', re.IGNORECASE)
_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def _with_initials(authors: str | None, html: str) -> str | None:
    """The authors as the page writes them: trafilatura drops the periods of initials
    ("John Q. Reporter" becomes "John Q Reporter"), and a byline is what researchers join
    on. Each name is taken back from the page's author meta tags or JSON-LD names when
    one reads the same without its periods."""
    if not authors or "." not in html:
        return authors
    import html as htmllib

    written = {}
    for m in _NAME_ON_PAGE.finditer(html):
        raw = m.group(1)
        if raw is None and (c := _CONTENT.search(m.group(0))):
            raw = c.group(1) if c.group(1) is not None else c.group(2)
        for name in re.split(r"\s*(?:[,;]|\band\b)\s*", htmllib.unescape(raw or "")):
            name = " ".join(name.split())
            if "." in name:
                written.setdefault(_bare(name), name)
    return ", ".join(written.get(_bare(a), a) for a in authors.split(", "))


def _bare(name: str) -> str:
    """A name without periods, spaces or case: "J.K. Rowling" and "JK Rowling" match."""
    return re.sub(r"[\s.]+", "", name).casefold()


def _htmldate(html: str, url: str | None, latest: str | None = None) -> str | None:
    # htmldate downloads any str that looks like a URL (starts with "http", no space), so a
    # page crafted to start that way would make cleaning fetch an address nobody checked:
    # it is handed bytes, which it only ever parses.
    try:
        from htmldate import find_date

        page = html.encode("utf-8", "surrogatepass")
        return normalise_date(find_date(page, url=url, original_date=True, extensive_search=False, max_date=latest))
    except Exception:  # noqa: BLE001 - a date is optional; htmldate can choke on odd markup
        return None


def _future_date(html: str, url: str | None) -> str | None:
    """The date a page without a date up to today gives after today ("2099-05-01" in its
    `article:published_time`), which trafilatura and htmldate pass over without a word: the
    article is given it, so that the run says it and keeps the article undated
    (`pipeline.Intake`), as for a record's or a feed entry's date after today."""
    day = _htmldate(html, url, latest=f"{LAST_YEAR}-12-31")
    return day if day is not None and day > datetime.now(timezone.utc).date().isoformat() else None


__all__ = ["article_id", "clean_document", "extract_html", "guess_language"]
