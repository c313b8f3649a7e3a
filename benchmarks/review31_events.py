"""The 6 events of review 31: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review31_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review31_events.py --src /old/src  # another version

A fact-checker's review (review 31, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2013-2019, outlets of all three leanings, the ids below,
none used by review_allsides.py or review8-30_events.py) of kinds the earlier reviews had little of: the Supreme Court
hearing the challenge to the Voting Rights Act's preclearance formula (a Supreme Court argument), three women missing
for a decade found alive in a Cleveland house (a kidnapping uncovered; Fox's and the Monitor's carry the same AP text),
North Korea's internet going dark after the Sony hack (an outage abroad, cause unknown), the US and Mexico agreeing a
preliminary deal to overhaul NAFTA (a trade agreement; Fox's is the day before, on the deal being close), Julian
Assange arrested in London and charged by the US (an arrest and an indictment; Reason's is a column) and the fire at
Notre Dame (a landmark's fire abroad; National Review's is a column, CNN's on the world watching online, USA Today's
its newsletter's digest of the day's news), with 10 unrelated articles of the same weeks mixed in (3 near misses: CNN
on Biden's word on the Voting Rights Act case, the same day; Newsmax on North Korea denying the Sony hack, three days
before the outage; the Guardian's editorial against Assange's extradition, the day of the arrest). This runs
`manysides.analyze` on those 28 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew).
Read against the article texts, it found (marks of main at commit 9fcad13, REPORT_VERSION "177", ANNOTATOR_VERSION
131, a fresh store):

* grouping: the six events make six stories; CNN's Biden piece joins the Voting Rights Act story and the Guardian's
  editorial the Assange story (the merge docs/grouping.md names: a piece of the same days on one running subject),
  Newsmax's denial and the 7 others stay alone;
* cleaning: 63 removals in the event stories' articles, all furniture (CNN's summary boxes, video players and photo
  gallery, USA Today's related links and prompts, Fox's image controls, NPR's caption controls, bylines, datelines,
  credits); furniture left in 2 lines: CNN's photo caption ("A man watches the landmark Notre-Dame Cathedral burn
  ...") and Reuters' ("WikiLeaks founder Julian Assange arrives at the Westminster Magistrates Court ..."), each read
  as a sentence (CNN's is half of a shared point);
* summaries: 5 of 6 state the event's main fact; Cleveland's opens with CNN's lede ("The first time most of America
  heard Amanda Berry's voice was on a frantic 911 call.") and the neighbours' account, and never says that three women
  missing for a decade were found alive;
* "only one outlet reports" items another outlet reports, or furniture, or no news, or of another event: 15 of 143:
  USA Today's digest's items of the day's other news (the Mueller report (3), the college admissions scandal, Tiger
  Woods' medal (2), a student's fall from a tower), USA Today's outage "two more times Tuesday" and its "nine and a
  half hours Monday" (CNN's "down again" and "more than nine hours"), Fox's White House declining to say whether the
  US had a role (USA Today's "U.S. officials on Monday declined to say"), Fox's women treated and released (CNN's), the
  Monitor's police chief thinking the women were tied up (Fox's), its "Attempts to reach Ariel Castro in jail were
  unsuccessful Monday.", USA Today's Alliance's "optimistic note" (its statement is a shared point with the Times),
  Newsmax's Democratic appointees' support (Politico's liberal justices);
* shared points pairing different statements: 6 of 62 (CNN's people sharing photos of past visits with National
  Review's people who "will share their stories"; Fox's deal "close" with USA Today's deal reached; the Times'
  agreement over a "sunset clause" with USA Today's sunset provision among the "stumbling blocks"; USA Today's "very
  basic Internet" with Fox's "equipped for broadband Internet"; Fox's router glitch with CNN's traffic routed through
  China; Reason's years before an extradition is settled with the US seeking it); the Voting Rights Act story has no
  shared point at all, though Newsmax, Politico and NPR all tell the 2006 renewal and the 16 states covered;
* disputes and differing figures: 1 of 1 not genuine (the Times' 40 to 45 percent of a car made by workers earning
  $16 an hour against USA Today's at least 75 percent of its parts made in North America, "have car");
* quotes given to the wrong speaker or words: 13 of 338. A participle's object for the speaker: "Spanish" ("Speaking
  Spanish, which was translated by one of her friends, Tejeda said Berry was nervous and crying.", twice); "she said"
  given to a name of the sentence before that is not its speaker: Amanda Berry for her cousin's "I'm going to hold her
  ..." ("Berry's cousin Tasheena Mitchell told the newspaper ...", twice), Jennifer Eakin for Ashley Summers' aunt's
  "We're hoping for a miracle" ("..., her aunt, Debra Summers, said."), John Roberts for Sherrilyn Ifill's "without
  preclearance ... there is no way to challenge ..." ("To Sherrilyn Ifill, ... She says that ..."), Bert Rein for
  Sotomayor's "a county whose record is the epitome ..." ("She said Rein was arguing for ..."); Manning's message to
  Assange given to Assange, the title of the book he carried ("History of The National Security State") given to him,
  the Journal's "enemy of the U.S." to "Such talk", Berry's "before he gets back" to "police", Trump's tweet's "big
  Trade Agreement" to Sarah Sanders, and North Korea's threat running on into CNN's narration ("..., dwarfing the
  hacking attack on Sony");
* slant evidence of neutral words: 13 of 47 spans (sentences not judged): fires that "go cold" (2), "precious" relics,
  "shocked" crowds, "a huge cache" of cables (2), a crime confessed ("after admitting he provided a false burial tip",
  4), an "overwhelming, bipartisan vote", the law "widely viewed as the most effective", a speaker's "almost
  irrelevant" (reported speech).
Also seen, not counted: USA Today's digest carries its slant label (center -> right +0.33, from a sentence on Tiger
Woods); labels with no evidence shown: Fox on North Korea (right) right +0.56, Newsmax (right) center -0.31, Fox on
NAFTA (right) right +0.17, the Times (left) center +0.03; CNN's "DeJesus" for her brother Ricardo's words; Fox's and
the Monitor's same AP text makes 34 shared points of Cleveland's story. Articles showing no phrase 20 of 28, no phrase
and no loaded span 13.
Since (session 42, helper E; before = main's fresh store at 9fcad13, the figures above): the object of an -ing form
opening the sentence is no speaker, and a noun of people set beside a named person is no other person keeping "she"
from her (docs/quotes.md; ANNOTATOR_VERSION 136, a fresh store): quotes 13/338 -> 10/338 ("Spanish" twice, now
Tejeda; John Roberts for Sherrilyn Ifill's words, now hers); a sentence telling only of a failed attempt to reach
someone is no item (docs/comparison.md; REPORT_VERSION "182", that store copied): unique 15/143 -> 14/142 (the
Monitor's "Attempts to reach Ariel Castro in jail were unsuccessful Monday."); a relative's full name after a word of
kinship is a person's (docs/quotes.md; ANNOTATOR_VERSION 137, a fresh store): quotes 10/338 -> 8/338 (the cousin's
"I'm going to hold her ..." Tasheena Mitchell's, twice, no longer Amanda Berry's); every other line the same but the
voices lists of the two stories.
Merged (session 42, helpers A-H; a fresh store of e2b5172, against main's marks above): quotes 13/338 -> 8/338,
unique 15/143 -> 14/142; summary 1/6, shared 6/62, disputes 1/1, slant 13/47 and furniture 2 lines the same. Every
line is helper E's (the other helpers' rules change nothing in this review).
Since (session 43, helper G; before = main's fresh store at 9a69f00): where every lead the most outlets' openings
state is a quotation (the Monitor's "I'm Amanda Berry," she told a 911 dispatcher.", matched by CNN's lede and Fox's
quotation of Ed Tomba), the first sentences restating most outlets' headlines lead too, a headline's "3" being a
lead's "three", and "the women" after "the three women" in one sentence point back to no sentence before
(docs/comparison.md; REPORT_VERSION "201", a copy): summary 1/6 -> 0/6 (Cleveland's now opens with Fox's "As police
and the FBI try to piece together how the three women ... remained captive in a house for more than a decade in a
densely populated section of Cleveland, the women were released Tuesday from a local hospital and returned to their
families.", no longer with CNN's lede; the main-fact pattern now takes "captive", which says the event in words the
pattern did not list, the review's finding on the old summary unchanged). Every other line the same.
Since (session 43, helper E; before = main's fresh store at 9a69f00): a present-tense caption closed by its date
with more verbs of what a picture shows ("watches"), and a caption before its credit with a picture desk's note
after it ("... REUTERS/Hannah McKay TPX IMAGES OF THE DAY") go whole (docs/inputs.md; ANNOTATOR_VERSION 151, a fresh
store): furniture 2 -> 0 lines; shared 6/62 -> 6/61 (the Notre Dame pair of USA Today's lede and CNN's caption, and
the Assange pair of Reason, the Guardian and Reuters' caption, now of Reason and the Guardian); unique 14/142 ->
13/142 (USA Today's digest item on the Mueller report gives its place to Le Figaro's "Everything is burning.");
summary 1/6 -> 2/6: without the caption's pair the Notre Dame summary opens with the marked pair "Others shared
photos from their past visits to Notre Dame." (the summary's choice, left to the summary and shared-point work);
quotes and slant the same.
Since (session 43, helper C; before = main's fresh store at 9a69f00): words neutral where they stand are no loaded
wording: "cold" after "go" of a thing ("when the fires go cold"), "huge" of a collection ("a huge cache of ... cables"),
"precious" of a thing of worth ("precious artifacts"), shock said of those there ("shocked crowds"), a fixed term past
another adjective ("the overwhelming, bipartisan vote"), a passive of regarding's complement ("widely viewed as the
most effective"), an unquoted clause a cue after it gives to a speaker ("That's almost irrelevant, said Mike Chinoy"),
an admission in a sentence of a court's act ("sentenced ... after admitting he provided a false burial tip")
(docs/model-card-slant.md; ANNOTATOR_VERSION 145, a fresh store): slant 13/47 -> 0/32 (the 13 marked spans, and the
sentences "As I write this post, ... when the fires go cold." and "That's almost irrelevant, said Mike Chinoy, ...";
NPR shows "To Sherrilyn Ifill, ..., those sentiments are just plain scary." in place of its "widely viewed" sentence,
unmarked: its "scary" was shown before); articles with no phrase 20 -> 24, no phrase and no loaded span 13 -> 17 of
28; every other line the same.
Since (session 43, helper B; before = main's fresh store at 9a69f00, the merged figures above): a name set off
before a tag with no subject speaks, a hearsay or hearing passive's subject spoke, a surname the NER typed a work is
the person, a speech bidden is the asker's, a message's "that" clause is its author's, what another pleads for is the
reporter's words, a body after "of" is its gerund's subject, a title after its author's possessive is a work's, a
participle measuring the report is the narrator's (docs/quotes.md; ANNOTATOR_VERSION 142, a fresh store): quotes
8/338 -> 0/341 (the aunt's "We're hoping for a miracle" Debra Summers', with her report; Sotomayor's "a county whose
record ..." hers; Manning's message hers; the book's title dropped; the Journal's "enemy of the U.S." the Journal's;
Trump's tweet's "big Trade Agreement" Trump's; Berry's "before he gets back" and her 911 call's "Help me, ..." hers;
North Korea's threat ending at "will be attacked"; new and right: Reuters' "This is unlawful, I'm not leaving." ("the
Australian-born Assange was heard shouting") and CNN's neighbour Sheldon Gofberg's report); every other line the
same but the voices lists.
Since (session 43, helper D; before = main's fresh store at 9a69f00): two percentages each of a named thing, the
things sharing no word, are shares of two things (docs/comparison.md; REPORT_VERSION "192", a copy): disputes 1/1 ->
0/0 (the Times' 40 to 45 percent of the car, USA Today's at least 75 percent of parts; the NAFTA summary's second
sentence is now USA Today's 75 percent rule, no longer its "Other stumbling blocks ..."); a digest's section of
another event gives no item (REPORT_VERSION "193", a copy): unique 14/142 -> 7/142 (the newsletter's Mueller report
(3), admissions scandal, Tiger Woods (2) and student's fall, their places to 7 of its items of the fire); a figure
another outlet gives as a round lower bound is no new figure, nor a person another outlet tells by title
(REPORT_VERSION "194", a copy): unique 7/142 -> 5/140 (USA Today's "nine and a half hours Monday" beside CNN's "more
than nine hours", "almost 10 hours" no longer a detail of its lead; the Monitor's "Police Chief Michael McGrath"
beside Fox's "Cleveland's police chief"). Every other line the same.
Since (session 43, helper F; before = main's fresh store at 9a69f00): a prospect beside the outcome, near certainty a
likelihood read after an "Assuming" clause, an obstacle beside the agreement over it, one noun at two poles of a scale,
a verb's future beside its past, two explanations offered (or one, with a modal, beside a fact), and one figure in
common an edge from cosine 0.58 when the pair stands out (docs/comparison.md; REPORT_VERSION 198 and 199, a copy):
shared 6/62 -> 0/58 (the six pairs split; the Voting Rights Act story's first point, NPR's and Newsmax's 2006 renewal
"for 25 years"; USA Today's "very basic Internet" no longer stands with CNN's possibility of traffic routed through
China, a pairing a first version made). Every other mark the same; the Notre Dame summary now opens on National
Review's "In the days and weeks that follow, people will share their stories about Notre Dame." (a sentence every
outlet echoes, which the summary completes with when one point is shared).
Since (session 43, the lead's merge; before = a fresh store of the merge of helpers A-H, whose summary of Notre Dame
was the marked "In the days and weeks that follow, people will share their stories about Notre Dame. Others shared
photos from their past visits to Notre Dame."): a summary with no shared point and no lead that lacks a word most
headlines share takes a report's sentence that gives them (docs/comparison.md; REPORT_VERSION "202", a copy): summary
1/6 -> 0/6 (it now opens with USA Today's "The famed Notre Dame Cathedral in Paris went up in flames Monday ...").
Merged (session 43, helpers A-H and the lead's summary rule; fresh stores of the merge, REPORT_VERSION "202" on a
copy, against main's fresh store at 9a69f00): summary 1/6 -> 0/6, shared 6/62 -> 0/57, unique 14/142 -> 5/140, quotes
8/338 -> 0/341, disputes 1/1 -> 0/0, slant 13/47 -> 0/32, furniture 2 lines -> 0.
Since (session 44, helper C; before = main's fresh store at e70cea9): a sentence opened by "To NAME," and what they are
gives that person's view (docs/model-card-slant.md, "Session 44, helper C"; ANNOTATOR_VERSION 160, a fresh store):
slant 0/32 -> 0/30 (NPR's "To Sherrilyn Ifill, president of the NAACP Legal Defense Fund, those sentiments are just
plain scary." and its "scary" gone, both unmarked); a digest's label (REPORT_VERSION "210"): USA Today's newsletter
now says "a digest: 5 section(s) on other news; the label is read from them too", and its golf sentence and "amazing"
are marked "(another item of the digest)"; every other line the same.
About 3 minutes under a load of 8 (a fresh store).
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): unique 5/140 -> 5/139 (Fox's quotation of Doug Madory, "They have left the global Internet ...", no
longer an item); lone-mark sentences 43 -> 0; every other mark the same.
Since (session 45, helper B; before = main's fresh store at 2addafe, re-marked with `--load`): the day after the verb is
no part of a report (docs/quotes.md, "Session 45's speakers and reports"; ANNOTATOR_VERSION 170, a fresh store); the
review's reading of main's output found USA Today's "President Donald Trump said Monday the United States and Mexico
have reached a new trade deal" given as Trump's words "Monday the United States ...", now marked (the day is the
outlet's narration, as review 33 marks it): quotes 1/341 -> 0/341 (that report without the day; Fox's "in 2006 he
believed ..." without the year too, unmarked); every other mark and line the same.
Since (session 46, helper D; before = main's fresh store at 9f83842): a place of care another outlet's sentence on
its topic tells by its kind ("the hospital") is no new name (docs/comparison.md, "Points only one outlet makes",
session 46; REPORT_VERSION "246", a copy): unique 5/139 -> 4/138 (Fox's "treated in the MetroHealth Emergency
Department ..." goes; CNN's "released Tuesday from the hospital ...", cosine 0.503); every other line the same.
Since (session 46, helper F; before = main's fresh store at 9f83842): a count one sentence gives whole and the other
as the sum of its every count is two figures in common, and such a point shows no figures that differ
(docs/comparison.md, "Durations in two units, a quotation's later sentence, ..."; REPORT_VERSION "252", a copy):
shared 0/57 -> 0/58 (Newsmax's "all or parts of 16 states" / NPR's "all of nine states ... plus parts of seven other
states", a right point of the Voting Rights Act story); every other line the same.
Since (session 47, helper B; before = main's fresh store at 71d1fa9): a surname that is a month's name, typed a date
by the NER, is the person where the article names one so (docs/quotes.md, "Session 47, helper B"; ANNOTATOR_VERSION
218, a fresh store): quotes 0/341 -> 0/342 (Reuters' "“The whole House will welcome the news ...,” May said", which
had no speaker, is Theresa May's); every other line the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

VOTING = "The Supreme Court hears the challenge to the Voting Rights Act's preclearance formula (2013)"
CLEVELAND = "Three women missing for a decade found alive in a Cleveland house (2013)"
NKOREA = "North Korea's internet goes dark after the Sony hack (2014)"
NAFTA = "The US and Mexico agree a preliminary deal to overhaul NAFTA (2018)"
ASSANGE = "Julian Assange arrested in London and charged by the US (2019)"
NOTRE = "Fire ravages Notre Dame cathedral in Paris (2019)"
EVENTS = {
    VOTING: ["pYA8Ffjic1JUhsmc", "znVFleonfAWdssOc", "FtmH4F0Aend300jG"],
    CLEVELAND: ["itCCjtZOuAGPqXPx", "ixAr4pJn5eRWvOKw", "livfKvyDy7tT07DY"],
    NKOREA: ["swjpg4UymPq7hyy7", "Wcyp9spU14edV2sv", "9ypq4CGQjFhLUBmV"],
    NAFTA: ["k4fOJwlEacTnqZi6", "j4GYlvBBvFBOu4X4", "19CmUjViDtRNgHdT"],
    ASSANGE: ["bFSKY8pSrmz5UL6M", "RfsqYNAdhfGfqSNg", "7rpkvYNnQQL2ekxd"],
    NOTRE: ["yLtT8ZA808DrGune", "q4WLQkcQSJ7CZ4Ni", "ImWjoh8V6k4MXEJ5"],
}
# 3 near misses (CNN on Biden's word on the Voting Rights Act case, the same day; Newsmax on North Korea denying the
# Sony hack, three days before the outage; the Guardian's editorial against Assange's extradition, the day of the
# arrest), 7 others
OTHERS = ["sz3SdAhtVeW9NyFy", "MqeZ3UB9lhHbWLn9", "flocwk9A6kbPnrrb", "90ghH6vthTiPl4yK", "MWxCGxHTS9sUpRkS",
          "2zS49IOSx8J6m3vj", "C0wYn7z4AQGgOe0A", "N69hmlynZicu7vE2", "JWndw7urRNMYS7Vj", "Z3gukCUqB9poDFIB"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: CNN's "Others shared photos from their past visits" beside National Review's "people will share their stories";
# Fox's "look close to resolving" beside USA Today's deal reached; the Times' agreement over a "sunset clause"
# beside USA Today's sunset provision among the "stumbling blocks"; USA Today's "very basic Internet" beside Fox's
# "equipped for broadband Internet"; Fox's router glitch or cyberattack beside CNN's traffic routed through China;
# Reason's years before extradition is settled beside the Guardian's US seeking it and Reuters' arrest under the treaty
SHARED_WRONG = (r"^Others shared photos from their past visits|^The United States and Mexico look close to resolving|"
                r"^In a briefing Monday, administration officials said the United States and Mexico had also reached|"
                r"^He noted North Korea has a \"very basic Internet|^He said one benign explanation|"
                r"^Assuming the British authorities do go forward")
# "Only one outlet reports" items another outlet reports too, or furniture, or no news, or of another event: USA Today's
# newsletter digest's items of other news (the Mueller report, the admissions scandal, Tiger Woods, a student's fall);
# USA Today's outage "two more times Tuesday" and "nine and a half hours Monday" (CNN's "down again", "more than nine
# hours"), Fox's White House declining to say (USA Today's U.S. officials declining); Fox's women treated and released
# (CNN's), the Monitor's police chief's "tied up" (Fox's), its "Attempts to reach Ariel Castro ... were unsuccessful";
# USA Today's Alliance's "optimistic note" (the Times' statement); Newsmax's Democratic appointees' support (Politico's
# liberal justices)
UNIQUE_WRONG = (r"^(Attorney General William Barr plans|The report, anticipated since last month|"
                r"Democrats demanded for weeks that Barr|Last week, Loughlin|"
                r"Trump announced he would award Tiger Woods|"
                r"Before Woods, golfers|"
                r"Sydney Monfries, 22)|^North Korea's Internet service, which was out for almost 10 hours|"
                r"^The initial instability emerged Sunday|^The White House and the State Department on Monday declined|"
                r"^The three were treated in the MetroHealth|^Police Chief Michael McGrath said he thinks|"
                r"^Attempts to reach Ariel Castro|^The Alliance of Automobile Manufacturers, which represents|"
                r"^The court.s Democratic appointees voiced support")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "spanish": r".",                                    # Tejeda's ("Speaking Spanish, ..., Tejeda said Berry was ...")
    "amanda berry": r"^I.m going to hold her",          # her cousin Tasheena Mitchell's ("Berry's cousin ... she said")
    "police": r"^before he gets back",                  # Berry's ("She asks for police to respond \"before he ...\"")
    "jennifer eakin": r"^We.re hoping for a miracle",   # Ashley Summers' aunt's ("..., her aunt, Debra Summers, said.")
    "sarah sanders": r"^big Trade Agreement",           # Trump's tweet ("despite President Trump's enthusiastic tweet")
    "such talk": r".",                                  # the Wall Street Journal's ("Such talk was reminiscent of ...")
    "julian assange": r"^History of The National Security|^After this upload",  # a book's title he carried; Manning's
    # message to him
    "its totalitarian government": r"dwarfing",         # runs on into CNN's narration
    "bert rein": r"^a county whose record",             # Sotomayor's ("She said Rein was arguing for \"...\"")
    "john roberts": r"^without preclearance",           # Sherrilyn Ifill's ("To Sherrilyn Ifill, ... She says ...")
    "donald j. trump": r"^Monday the United States",    # the day is USA Today's narration ("announced Monday the
    # United States and Mexico have reached ..."; session 45, helper B, read off main's output, as review 33 marks it)
}
# disputes and differing figures the review found not genuine: the Times' 40 to 45 percent (of a car made by workers
# earning $16 an hour) against USA Today's at least 75 percent (of its parts made in North America)
DISPUTE_WRONG = r"^40 to 45 percent$"
MAIN_FACT = {
    VOTING: r"(?i)\b(Voting Rights Act|argument\w*|justices)\b",
    CLEVELAND: r"(?i)\b(found|rescued|missing|kidnapp\w*|captive)\b",
    NKOREA: r"(?i)\b(internet|outage|offline|went down|web)\b",
    NAFTA: r"(?i)\b(NAFTA|trade deal|agree\w*)\b",
    ASSANGE: r"(?i)\b(arrest\w*|charged?|indict\w*)\b",
    NOTRE: r"(?i)\b(fire|burn\w*|blaze|flames)\b",
}
# slant evidence of neutral words: fires that "go cold", "precious" relics, "shocked" crowds, "a huge cache" of cables,
# a crime confessed ("after admitting he provided a false burial tip"), an "overwhelming, bipartisan vote", the law
# "widely viewed as the most effective", a speaker's "almost irrelevant" (reported speech)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[NOTRE] = r"^(?i:cold|precious|shocked)$"
SLANT_WRONG[ASSANGE] = r"^(?i:a huge|huge)$"
SLANT_WRONG[CLEVELAND] = r"^(?i:admitting)$"
SLANT_WRONG[VOTING] = r"^(?i:overwhelming|effective)$"
SLANT_WRONG[NKOREA] = r"^(?i:irrelevant)$"
# furniture left in the text: CNN's photo caption and Reuters' (each read as a sentence)
FURNITURE = r"^A man watches the landmark Notre-Dame Cathedral burn|^WikiLeaks founder Julian Assange arrives at the"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review31", EVENTS, OTHERS, marks))
