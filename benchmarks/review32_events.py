"""The 6 events of review 32: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review32_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review32_events.py --src /old/src  # another version

A fact-checker's review (review 32, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2013-2020, outlets of two or three leanings, the ids below,
none used by review_allsides.py or review8-31_events.py) of kinds the earlier reviews had little of: Michael Cohen
sentenced to three years (a court sentencing; CNN's is the preview of that morning, Fox's carries no date), the
Commerce Department's figure for 2018's last quarter (an economic figure's release; MSNBC's is a short post under a
chart, with no date), Egyptian forces clearing the pro-Morsi sit-ins in Cairo (a protest crushed abroad; NPR's is a live
page under a photo gallery, the Times' text opens mid-article a day later), Cardinal Bergoglio elected Pope Francis (a
religious leader's election abroad; the Monitor's is of the morning after, CNN's "5 things to know" with a gallery),
the National Climate Assessment (a science report; two left outlets and one right, no center one in the dataset) and
the Tokyo Olympics postponed to 2021 (a sports event and the pandemic; USA Today's is an IOC member's word the day
before, Fox's carries no date), with 10 unrelated articles of the same weeks mixed in (3 near misses: ABC on Trump
denying he directed Cohen, the day after the sentence; Fox on Pope Francis' first Mass, the day after the election;
Fox on the Muslim Brotherhood vowing to fight on as the toll climbs, the day after the crackdown). This runs
`manysides.analyze` on those 28 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew).
Read against the article texts, it found (marks of main at commit 9a69f00, REPORT_VERSION "182", ANNOTATOR_VERSION
138, a fresh store):

* grouping: the six events make six stories; each near miss joins its event's story (ABC's the Cohen story, Fox's first
  Mass the pope's, Fox's next day the Egypt story: the merge docs/grouping.md names, a piece of the next day on one
  running subject), the 7 others stay alone;
* cleaning: 61 removals in the event stories' articles, all furniture (NPR's photo gallery of ten captions and audio
  player, CNN's summary boxes, video players and gallery, USA Today's related links, prompt, byline and outlet name,
  Fox's capitals headings and credits, Reuters' caption and slideshow, the Washington Times' prompts and copyright,
  ABC's prompt, datelines); furniture left in 9 lines: USA Today's related link ("HERCULEAN EFFORT:What will it take
  to postpone the Olympics? A lot."), Fox's newsletter prompt ("Get all the latest news on coronavirus ... Sign up
  here."), Newsmax's data box heading ("More Data:"), the Times' photo caption ("Image The events in Cairo set off a
  violent backlash across Egypt. Credit The New York Times", read as a sentence and slant evidence), NPR's live-page
  notes ("(We most recently updated the top of this post at 5:08 p.m. ET.)", "We'll continue to focus on reports
  ...", "Our original post, from 6:30 a.m. ET:"), AP's reporter line in Fox's ("Warren reported from Buenos Aires,
  Argentina.") and CNN's graphic title ("The world's largest Catholic populations");
* summaries: 4 of 6 state the event's main fact; Cohen's opens with CNN's preview ("... is expected to be the first
  member of Trump's inner circle to receive a significant prison term ... when Cohen is sentenced") and never says he
  was sentenced to three years; the climate story's ("Climate change is here and will only worsen. Republicans have
  branded ...") never says that a government report came out;
* "only one outlet reports" items another outlet reports, or no news: 13 of 143: the Washington Times' forces clearing
  the two camps (the event itself: NPR's and Fox's), its smaller camp cleared within hours (Fox's), its government
  blaming the Brotherhood (NPR's), its attacks on Coptic churches (Fox's); Fox's Cohen entering the courthouse with his
  family (Reuters'), its prosecutors not charging the Enquirer's publisher (Reuters', ABC's); CNN's Keystone decision
  pending (Fox's), the Times' Obama telling NBC "This is not some distant problem" (CNN's); the Monitor's Reese on the
  pope's flat, meals and bus (CNN's John Allen, Fox's narration); Fox's "cancellation is not on the agenda" (USA
  Today's IOC ruling out a cancellation); USA Today's organisers not replying to its email (no news); MSNBC's legend
  of the chart above its post ("As for the image above, the chart shows ...", "The red columns show ...": no news);
* shared points pairing different statements: 7 of 42 (USA Today's Bach calling a postponement possible on Sunday
  with the agreement to postpone, its virus interrupting qualification with Fox's Games postponed; the Times' "third
  national report in 14 years" with the White House's statement, CNN's opposition in Obama's first term with Fox's
  "war on coal"; Fox's first homily with the Monitor's morning prayers, CNN's "first to take the name Francis" with the
  Monitor's "implies simplicity", Fox's crowd told he would pray to the Madonna with CNN's crowd asked to pray for him);
* disputes and differing figures: 2 of 6 not genuine (USA Today's annual wage growth that "topped 3 percent" against
  MSNBC's 2.9% growth of the economy; CNN's "roughly four years" the prosecutors asked for against the three years of
  the sentence); the crowd of 150,000 or 100,000 and the wounded of 1,400, 2,001 and 4,200 are genuine;
* quotes given to the wrong speaker or words: 23 of 346. Quotes given to a name near them: ElBaradei's resignation
  letter to "witnesses", Fernandez's "medieval times and the Inquisition" to "His church", the pope's words to his
  biographers to Jon O'Brien (3), the Rev. Rytel-Andrianek's to Francis (3), the pope's "Maybe we should go to the
  balcony first" to Timothy Dolan, who recalled it, Trump's tweeted "this was not campaign finance" to "A federal judge
  in Manhattan", Cohen's "fixer" for himself to "Trump's inner circle", Fox's narration and the prosecutors' memo to
  Trump (2); words that are not the speaker's: the title of Rubin's biography ("The Jesuit."), "At one hospital she
  visited" to Leila Fadel, Fathallah's "blood-soaked bodies ..." cut before "were not included in the official
  figure", a poll's "human activities cause climate change, but also" to "Americans", "deny Monday whether ..." to
  "The organization"; a reported clause running on into the narration (5: "..., and he set March 6 ...", "..., and he
  also praised the police ...", "..., and sought to downplay ...", "..., hours after demonstrators torched ...", "...,
  a stance that was reiterated by ...");
* slant evidence of neutral words: 14 of 43 spans (sentences not judged): of the pope, "most comfortable" keeping a low
  profile, "frigid" weekends, "uncomfortable" questions, "extraordinary" action, "the powerful" (2), an "unexpected"
  election, his "modest" manner; costs that "could be huge", "huge" protests, a claim "admitted" (2: a man to
  prosecutors, a publisher), "an elaborate package" of graphics, "a violent backlash" (the Times' caption).
Also seen, not counted: CNN's "Andrew Parsons, the International Paralympic Committee (IPC) President, says ..." after
a heading line was cut into the sentences "Andrew Parsons" and ", the International Paralympic Committee ..." (the
unique item opens with the comma, its "the only logical option" goes to the committee and Parsons' three paragraphs of
quotes are lost); labels with no evidence shown: USA Today on GDP (center) right +0.51, MSNBC (left) right +0.12,
Newsmax right +0.31, the Washington Times (right) center +0.04; the Cohen story's title is Reuters' stale "Ex-Trump
lawyer Cohen to be sentenced ..."; voices of the wrong kind (Lolo Jones an organisation, "64%" and Corriere della Sera
persons); Newsmax's full-year 3.1 percent (fourth quarter over fourth quarter) beside the others' 2.9 percent and Fox's
toll of 638 beside 149, 235 and 275 are not compared. Articles showing no phrase 25 of 28, no phrase and no loaded
span 12.
Since (session 43, helper A; before = main's fresh store at 9a69f00, the figures above): a sentence someone is asked
to receive or a court to impose is a request of an outcome (docs/comparison.md; REPORT_VERSION "183", that store
copied): disputes 2/6 -> 1/5 (CNN's "roughly four years" asked for, no longer disputed against the three years), and
the Cohen story's summary now opens with Reuters' "... was sentenced to three years in prison on Wednesday ..."
(summary 2/6 -> 1/6); a sentence about a picture or chart the page shows is no item (REPORT_VERSION "184"), nor a
request "seeking a response" unanswered (REPORT_VERSION "185"): unique 13/143 -> 11/141 (MSNBC's chart legend (2) and
USA Today's organisers not replying gone; an item more of USA Today's shown in their place, its Australian committee's
statement, is CNN's and Fox's news too, marked); every other line the same.
Merged (session 43, helpers A-H and the lead's summary rule; a fresh store of the merge, REPORT_VERSION "202" on a
copy, against main's fresh store at 9a69f00): summary 2/6 -> 1/6, shared 7/42 -> 7/43 (an unmarked point more, from
helper F's one-figure edge), unique 13/143 -> 11/141, disputes 2/6 -> 1/5; quotes 23/346, slant 14/43 and furniture
9 lines the same (no other helper's rule reaches this review's marks).
Since (session 44, helper D; before = main's fresh store at e70cea9): a figure an article gives again beside one of its
own that another outlet gives at another value is no new figure, a quotation running on past its sentence is matched
as far as the sentence holds it too, a name another outlet writes with a possessive's apostrophe left out, or tells by
the description written after it, is no new name (docs/comparison.md; REPORT_VERSION "212"-"214", a copy of that
store): unique 11/141 -> 7/136 (the Washington Times' lead with its "at least 149" and its Egyptian Initiative for
Personal Rights, the Times' Al Roker sentence, Fox's U.S. Attorneys Office not prosecuting AMI gone; Fox's "The U.S.
Attorneys Office said AMI has cooperated with prosecutors.", its own news, went with its detail); every other line
the same.
Since (session 44, helper B; before = main's fresh store at e70cea9): where a report ends and who speaks
(docs/quotes.md "Session 44's speakers and reports"; ANNOTATOR_VERSION 156-157, a fresh store): quotes 23/346 ->
0/344 (every mark: the speaker's next deed after "and he" and a verb of striving off the report, "a stance that ...",
"hours after ...", "but also" off, Fathallah's report whole, Fadel's clause after her mid-sentence tag, "confirm or
deny whether" no report; the Rev. Rytel-Andrianek a person, the pope's biography quotes his after the Monitor's
subheading, "Pope Francis" no "Francis Xavier", Dolan's "recalled the pope as saying", the president's "tweeted
assertion", Fernandez's comparison, "The Jesuit" a title, Cohen's "fixer", ElBaradei's letter, the Fox memo's doubled
closing mark no quote). The pattern of Fathallah's mark now marks only the cut words (it matched the whole report
too: with it unchanged, 1/344). Every other mark the same.
Since (session 44, helper C; before = main's fresh store at e70cea9): words neutral where they stand are no loaded
wording: a feeling graded by "most" ("felt most comfortable"), "powerful" of a body past a participle ("the powerful
governing body") or as people in power ("spoke to the powerful,"), "frigid" of the weather and of relations ("on
frigid weekends", "their relations became so frigid"), "huge" of protests and of costs ("could be huge"),
"extraordinary" in its fixed terms ("took extraordinary, behind-the-scenes action"), "uncomfortable questions", an
"unexpected election", "elaborate" of a thing made, a "violent backlash", an admission made to prosecutors or told
after a sentence of a deal with prosecutors (docs/model-card-slant.md, "Session 44, helper C"; ANNOTATOR_VERSION 160,
REPORT_VERSION "210", a fresh store): slant 14/43 -> 1/25 (the 13 spans and the sentences that held them gone: "His
ousting followed huge protests ...", the Times' caption, "Their relations became so frigid ...", "... uncomfortable
questions ...", Reuters' "The publisher admitted ..."; CNN shows its "Amid White House turmoil, ..." sentence, unmarked,
in place of the "admitted" one; left: the Monitor's "modest" manner, a manner praised, kept loaded as session 41's
manner words are); articles with no phrase and no loaded span 12 -> 16; every other line the same.
About 4 minutes under a load of 13 (a fresh store).
Since (session 44, helper F; before = main's fresh store at e70cea9): a possibility raised beside a sentence with no
modal, and a call for something beside the deed, are no one point, with a denial and a plan beside the deed
(docs/comparison.md; REPORT_VERSION "218", a copy): shared 7/43 -> 5/42 (USA Today's Bach "indicated ... that
postponing the Tokyo Games would be a possibility" / the agreement to postpone, and its athletes' "call for the games'
postponement" / Fox's Games "postponed", split; the Tokyo summary opens with Fox's "The global spread of the
coronavirus has forced the Tokyo Olympics to be postponed ...", its main fact kept); every other mark the same.
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): the cleaning rules of session 44 too (docs/inputs.md, cleaning (7); ANNOTATOR_VERSION 166):
furniture left 9 -> 3 lines (Fox's daily inbox pitch, NPR's three notes on its live post, the Times' captioned "Image
The events in Cairo ... Credit ...", Fox's "Warren reported from Buenos Aires, Argentina." gone; USA Today's "HERCULEAN
EFFORT:What will it take ...? A lot.", Newsmax's closing "More Data:" and CNN's chart title left), slant 14/43 -> 13/41
(the Times' caption no evidence sentence, its marked "violent" gone with it), unique 11/141 -> 11/142 (the Times'
quotation of Richard B. Alley an item, unmarked); lone-mark sentences 54 -> 0; every other mark the same.
Merged (session 44, helpers A-H; a fresh store of the merge at 2809483 against main's fresh store at e70cea9):
summary 1/6, disputes 1/5 the same; shared 7/43 -> 5/42, unique 11/141 -> 7/137, quotes 23/346 -> 0/344, slant
14/43 -> 1/25, furniture 9 -> 3 lines (each helper's share in its paragraph above).
Since (session 45, helper A; before = main's fresh store at 2addafe): "wage growth" names a measure of its own, not
the economy's growth (docs/comparison.md, "the dead against the living at work; pay growth"; REPORT_VERSION "220", a
copy): disputes 1/5 -> 0/4 (USA Today's "annual wage growth topped 3 percent" against MSNBC's "annual growth of 2.9%
in 2018" gone); every other line the same. The climate summary's mark stays: its first sentence is CNN's lede
("Climate change is here and will only worsen."), whose source its third sentence names; no rule of this session.
Since (session 45, helper E; before = main's fresh store at 2addafe): a link under a glued label in capitals though
closed by a stop, when it asks a question answered short or stands beside another such link, and a heading closing
the text over nothing (docs/inputs.md, cleaning (8); ANNOTATOR_VERSION 179, a fresh store): furniture left 3 -> 1
lines (USA Today's "HERCULEAN EFFORT:What will it take to postpone the Olympics? A lot." and Newsmax's closing "More
Data:" gone; CNN's chart title "The world's largest Catholic populations" left: CNN sets its subheadings so too);
Newsmax's slant score +0.31 -> +0.33, and the GDP story lists USA Today before Newsmax (the same lines in another
order); every mark the same.
in 2018" gone). A lede whose source a sentence after it names by pointing back is not said alone (docs/comparison.md,
"Neutral summary", review 32; REPORT_VERSION "221", a copy): summary 1/6 -> 0/6 (the climate story's opened with CNN's
lede "Climate change is here and will only worsen.", whose source its article names three sentences later, "Those
are the take-home messages of a new White House report ..."; it now opens with Fox's "A new and dire global warming
report from the Obama administration warns of a growing link ..."); every other line the same.
Merged (session 45, helpers A-H and the lead's quotes fix; a fresh store of the merge at 79ef768 against main's fresh
store at 2addafe): summary 1/6 -> 0/6, disputes 1/5 -> 0/4, furniture 3 -> 1 lines (helpers A and E, above); shared
5/42, unique 7/137, quotes 0/344 and slant 1/25 the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

COHEN = "Michael Cohen sentenced to three years in prison (2018)"
GDP = "The US economy grew at a 2.6 percent rate in 2018's last quarter (2019)"
EGYPT = "Egyptian forces clear the pro-Morsi sit-ins in Cairo (2013)"
POPE = "Cardinal Jorge Bergoglio elected Pope Francis (2013)"
CLIMATE = "The National Climate Assessment says climate change is already here (2014)"
TOKYO = "The Tokyo Olympics postponed to 2021 (2020)"
EVENTS = {
    COHEN: ["JsPf0NlW9O4nW4IO", "SpBjjcciRgMog9ld", "S8Mfqt4GL5wbnT5r"],
    GDP: ["1a5yrjnpSebCZFGh", "xNUw23LxOl2W8lij", "kht6orS9uJrMDEgE"],
    EGYPT: ["g6JkJqWml05FBzJw", "c45e03me4K4bmKfx", "XoZAkkWDAjdU2NaG"],
    POPE: ["bpgjDYAJaxkUN8y2", "GGhJNQ3VYqhBLtXc", "Nam4PmnYGqxVRAYo"],
    CLIMATE: ["BFVfs5ydkVsWJe5J", "v8w9Q71e5zIQmamK", "AcwR5cmoZR9EmRKj"],
    TOKYO: ["QVwMKWdGcn0xf9rW", "F6BsAHugfT4mqSfJ", "ofSgbhUzc638ePvd"],
}
# 3 near misses (ABC on Trump denying he directed Cohen, the day after the sentence; Fox on Pope Francis' first Mass,
# the day after the election; Fox on the Muslim Brotherhood vowing to fight on as the toll climbs, the day after the
# crackdown), 7 others
OTHERS = ["sfjZFl2GTIQWHCVq", "Y01TrQvBLDwtzibQ", "ojTYFHk9DiUm7Kb7", "dR8bXmbkwSiysH5e", "PngU8aL2eRsGQ3u6",
          "NE4rWUy3oqw2p6NF", "5VdFTsORjTIgkES1", "VB1qUMd8LT4JXUxZ", "VEaVfcat7p4c1IjL", "cBfKpBjoDaS8kL9T"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: USA Today's Bach saying on Sunday a postponement was possible beside the agreement to postpone, its virus
# interrupting qualification beside Fox's Games postponed; the Times' "third national report in 14 years" beside the
# White House's statement, CNN's opposition in Obama's first term beside Fox's "war on coal"; Fox's first homily
# beside the Monitor's morning prayers, CNN's "first to take the name Francis" beside the Monitor's "implies
# simplicity", Fox's crowd told he would pray to the Madonna beside CNN's crowd asked to pray for him
SHARED_WRONG = (r"^In that announcement Sunday, IOC president Thomas Bach indicated|"
                r"^The spread of the coronavirus also has interrupted Olympic qualification|"
                r"^It is the third national report in 14 years|^In his first term, the President faced opposition|"
                r"^In his first homily at the Sistine Chapel|^That.s because he.s the first to take the name Francis|"
                r"^After becoming the first pontiff from the Americans")
# "Only one outlet reports" items another outlet reports too, or no news: USA Today's organisers not replying, Fox's
# "cancellation is not on the agenda" (USA Today's IOC ruling out a cancellation); MSNBC's legend of a chart the reader
# does not see (2); Fox's Cohen entering the courthouse with his family (Reuters'), its prosecutors not charging AMI
# (Reuters', ABC's); CNN's Keystone decision pending (Fox's), the Times' Obama telling NBC "This is not some distant
# problem" (CNN's); the Washington Times' forces clearing the two camps (NPR's, Fox's), the smaller camp cleared
# within hours (Fox's), the government blaming the Brotherhood (NPR's), the attacks on Coptic churches (Fox's); the
# Monitor's Reese on the pope's bus, flat and meals (CNN's John Allen, Fox's narration); since REPORT_VERSION 185 (an
# item more of USA Today's shown): its Australia's Olympic Committee's statement (CNN's and Fox's Australia not sending
# athletes)
UNIQUE_WRONG = (r"^Representatives of the Tokyo 2020 organizing committee did not immediately reply|"
                r"^Within the next 12 hours, Australia.s Olympic Committee released|"
                r"^The statement added that \"cancellation is not on the agenda|"
                r"^As for the image above, the chart shows|^The red columns show the economy|"
                r"^He was seen entering the Manhattan courthouse|"
                r"^The U\.S\. Attorneys Office also announced Wednesday they have agreed not to prosecute|"
                r"^A major upcoming issue is a proposal under consideration|^Speaking to Al Roker of NBC News|"
                r"^Egyptian security forces used armored cars|^The smaller of the two camps, at Nahda Square|"
                r"^Speaking on state-run TV, a spokesman said the government blamed|"
                r"^The Egyptian Initiative for Personal Rights|^“He takes his vows of poverty very seriously")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "thomas bach": r"a stance that was reiterated",       # runs on into USA Today's narration
    "organization": r"^deny Monday",                       # "The organization wouldn't confirm or deny Monday ..."
    "trump’s inner circle": r"^fixer",                     # Cohen's ("... called himself ... “fixer”")
    "a federal judge in manhattan": r"^this was not campaign finance",  # Trump's tweet ("the president's tweeted ...")
    "donald trump": r"^(A sentencing memo filed by prosecutors|acted in coordination and at the direction)",  # Fox's
    # narration and the prosecutors' memo
    "william pauley": r"and he set March 6",               # runs on into Reuters' narration
    "donald j. trump": r"and sought to downplay",          # runs on into ABC's narration
    "americans": r"but also$",                             # a poll's finding, cut ("most Americans believe ...")
    "witnesses": r"^I saw that there were peaceful alternatives",  # ElBaradei's resignation letter
    "leila fadel": r"^At one hospital she visited$",       # not her words (she counted at least 37 bodies)
    # cut before "were not included in the official figure" (since session 44 the pattern marks the cut words only:
    # it matched the whole report too)
    "mohammed fathallah": r"^blood-soaked bodies lined up.*City$",
    "hazem beblawi": r"and he also praised",               # runs on into NPR's narration
    "interior ministry": r"hours after demonstrators",     # runs on into Fox's narration
    "his church": r"^medieval times",                      # Fernandez's ("Fernandez compared his tone to ...")
    "sergio rubin": r"^The Jesuit",                        # the title of his biography
    "jon o’brien": r"^(I love tango|She was part of a group|But then I discovered)",  # the pope's, to his biographers
    "francis": r"^(He wanted to come here|People say that he never|Even when he went for the conclave)",  # the Rev.
    # Pawel Rytel-Andrianek's
    "timothy dolan": r"Maybe we should go to the balcony",  # the pope's, as Dolan recalled it
}
# disputes and differing figures the review found not genuine: USA Today's annual wage growth that "topped 3 percent"
# against MSNBC's 2.9% growth of the economy; CNN's "roughly four years" prosecutors asked for against the three
# years of the sentence
DISPUTE_WRONG = r"^(topped 3 percent|roughly four years)$"
MAIN_FACT = {
    COHEN: r"(?i)\b(three years|3 years|three-year|was sentenced|sentenced to)\b",
    GDP: r"(?i)\b(GDP|gross domestic product|economy grew|growth|2\.6)\b",
    EGYPT: r"(?i)\b(camps?|sit-ins?|crackdown|cleared?|storm\w*|killed|dead)\b",
    POPE: r"(?i)\b(pope|pontiff|elected|election)\b",
    CLIMATE: r"(?i)\b(report|assessment)\b",
    TOKYO: r"(?i)\b(postpone\w*|delay\w*|2021)\b",
}
# slant evidence of neutral words: costs that "could be huge", "huge" protests, a crime "admitted" (2), "an elaborate
# package" of graphics, "a violent backlash" (a photo caption's), and of the pope "most comfortable" keeping a low
# profile, "frigid" weekends, "uncomfortable" questions, "extraordinary" action, "the powerful" (2), an "unexpected"
# election, his "modest" manner
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[TOKYO] = r"^(?i:huge)$"
SLANT_WRONG[COHEN] = r"^(?i:admitted)$"
SLANT_WRONG[CLIMATE] = r"^(?i:elaborate)$"
SLANT_WRONG[EGYPT] = r"^(?i:huge|violent)$"
SLANT_WRONG[POPE] = r"^(?i:comfortable|frigid|uncomfortable|extraordinary|powerful|unexpected|modest)$"
# furniture left in the text: USA Today's related link, Fox's newsletter prompt, Newsmax's data box heading, the Times'
# photo caption (read as a sentence, slant evidence), NPR's live-page notes (3), AP's reporter line in Fox's, CNN's
# graphic title
FURNITURE = (r"^HERCULEAN EFFORT:|^Get all the latest news on coronavirus|^More Data:$|^Image The events in Cairo|"
             r"^\(We most recently updated|^We.ll continue to focus on reports|^Our original post, from|"
             r"^Warren reported from|^The world.s largest Catholic populations$")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review32", EVENTS, OTHERS, marks))
