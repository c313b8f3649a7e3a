"""The 6 events of review 37: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review37_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review37_events.py --src /old/src  # another version

A fact-checker's review (review 37, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2017-2020, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-35_events.py) chosen because their outlets give figures that can
differ, disputes being the mark earlier reviews rarely exercised: a gunman killing five at Fort Lauderdale airport's
baggage claim (CNN's on the suspect and the Washington Times' of the day itself, "killing five people and injuring
eight others"; USA Today's of the day after, "Five people were killed and six injured"), the Senate confirming Jeff
Sessions as attorney general (52-47 in all three; the Washington Times also gives another nominee's 51-48 cloture
vote), the May 2018 jobs report (223,000 jobs, 3.8%; the New York Times' text opens mid-article, on teenagers'
jobs), the Senate passing the two-year budget deal (67-28; Reason's, written before the vote, gives the deal's two-year
$2.7 trillion where the others give the first year's $1.37 trillion), Western officials saying an Iranian missile
downed Ukraine's Flight 752 (176 dead in all; the Guardian's "63 were Canadian" against the AP's, a day later,
"whose country lost 57 citizens") and 1.3 million new jobless claims in the week to July 4, 2020 (the Daily Caller's
1.3 million and 1,314,000, MSNBC's 1,314,000, the AP's "More than 1.3 million"), with 10 unrelated articles of the
same days mixed in (4 near misses: the Monitor on New York's shootings at all-time lows, the day of the airport
shooting; NPR on the Senate silencing Elizabeth Warren in the Sessions debate; Newsmax on Kudlow defending Trump's
tweet before the jobs report; Reuters on Iran's missiles on US troops in Iraq, the night the plane went down). This
runs `manysides.analyze` on those 28 articles, written as one JSON Lines export with the dataset's outlets and
leanings, prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the
marks per story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json`
anew). Read against the article texts, it found (main's marks (71d1fa9, fresh store), REPORT_VERSION "252",
ANNOTATOR_VERSION 214):

* grouping: 13 stories; the six events each one story; three near misses join theirs (NPR's Warren silenced in the
  Sessions debate, the same day's debate; Newsmax's Kudlow on Trump's tweet, which CNN's jobs report tells too;
  Reuters' missile strike, whose last paragraphs tell the plane's crash), the Monitor's and the 6 others alone;
* titles: all six name their event (the airport's is CNN's headline on the suspect, "What we know about ...");
* cleaning: furniture left in 3 lines: the AP's file-photo caption of United's ticket machines (shown as two unique
  items) and two of USA Today's related-link headlines ("Traveler says laptop saved him ..." made a quote);
* summaries: all 6 state the event's main fact;
* "only one outlet reports" items another outlet reports (or furniture): 5 of 162: the AP's caption (2); Reason's
  $2.7 trillion deal adding about $1.7 trillion to the debt (shared point #3); the Washington Times' 223,000 jobs and
  its black unemployment rate (each paired with CNN's);
* shared points pairing different statements: 5 of 37 (MSNBC's claims of early 2009 with the week's; the FAA's order
  with the airport's 586 daily flights; Manchin's thumbs-up with his explaining his vote; NPR's Sessions as "nominee"
  with the confirmation; earlier speculation of a technical fault with black boxes that "may shed further light");
* disputes and differing figures: 1, wrong: CNN's unemployment rate "among 16- to 19-year-olds" (12.8%) against the
  rate of all (3.8%; the group rule knows "teenagers", not an age range); missed, where a reader expects one: the
  injured at the airport (the Washington Times' "injuring eight others", the day itself, against USA Today's "six
  injured", the day after: the word "others" made the eight a part, "the ambassador and three other Americans", though
  after "killing five people and" it counts all the injured) and the Canadians on board (the Guardian's 63 against the
  AP's 57, a day later; one is a list's part, the other "whose country lost 57 citizens", worded apart); not expected:
  the Daily Caller's "15th consecutive week" against MSNBC's headline "16th straight week" (a title, not compared), the
  times of the airport shooting (the Washington Times' "12:55 p.m" and USA Today's "around 1 p.m.", which agree);
  rightly not disputed: the 52-47 vote against the other nominee's 51-48, the $2.7 trillion of two years against the
  first year's $1.37 trillion, the claims of 2009 (665,000) against the week's;
* quotes given to the wrong speaker or words: 12 of 324: Trump's tweet to Mark Esper (2) and "Go for it" to "Trump
  encouraged senators"; the Guardian's video label to Trudeau, Trump's words to the Pentagon, Danilov's to Hassan
  Rezaeifar, a burial crowd's "God is greatest" to Soleimani; Daines's warning to Warren and the rule he relayed to
  Sessions (3); a related-link headline to "Traveler";
* slant evidence of neutral words: 5 of 25 spans (sentences not judged): the noun "claims" read as a verb of doubt
  (2), "feared the worst", Santiago "complaining" to the FBI (2).
Main's marks (71d1fa9, fresh store): summary 0/6, shared 5/37, unique 5/162, quotes 12/324, disputes 1/1, slant
5/25, furniture 3 lines.
Also seen, not counted: "Harley Davidson" and "Levi" as persons among the voices; the jobless claims of the week
(the Daily Caller's 1.3 million, MSNBC's 1,314,000, the AP's "More than 1.3 million") not one shared point. Articles
showing no phrase 23 of 28, no phrase and no loaded span 12. About 3 minutes under load (a fresh store).

Since (session 47, helper H; before = main's fresh store at 71d1fa9): an age range names a population group and the
level a change reaches takes its starting level's group; "others" after a count of the other harm is the whole count
(docs/comparison.md, "Disputed numbers"; REPORT_VERSION "274", the same store recompared): disputes 1/1 -> 0/0 (the
16- to 19-year-olds' 12.8% no longer disputed against all's 3.8%, and listed among CNN's own item's details); every
other mark the same. The airport's injured stay unseen: USA Today's "six injured" is no figure to the claims stage.
Since (session 47, helper H; before = the paragraph above's output): a number word that is the subject or object of a
verb of harm is a count (docs/claims.md; ANNOTATOR_VERSION 236) and each article's only count of the harmed pairs at
cosine 0.2 (docs/comparison.md; REPORT_VERSION "275"), a fresh store: disputes 0/0 -> 0/1 (the Washington Times'
"injuring eight others", 2017-01-06, against USA Today's "six injured", 2017-01-07: right, a reader expects it; the
report tables now show each figure's day); every other line the same.

Merged (session 47, the lead; before = main's fresh store at 71d1fa9, after = a fresh store of the merged code at
7cc95ea and of the final code, the same line for line): disputes 1/1 -> 0/1 (as above), slant 5/25 -> 4/24 (helper C's
neutral words of reviews 35-36, written before this review was read: one marked span gone); every other mark the
same.

Since (session 48, helper C; before = main's fresh store at 03b5d69): a present "says" in a short unstopped line is a
headline, no report; "declined to comment" is no tag of the quote before it; a chanting crowd after a colon is the
crowd; a name before a dash-set aside is its main verb's subject; a name and a past verb parsed as modifiers of the
cue's subject are the subject; a "he" after a closing tag by a surname the NER typed a body is the full name
(docs/quotes.md, "Session 48, helper C"; ANNOTATOR_VERSION 246, a fresh store): quotes 12/324 -> 1/322 (USA Today's
"Traveler says ..." link and the Guardian's Trudeau video title no longer reports; the Guardian's "Some people say it
was mechanical ..." Trump's, not the Pentagon's; "God is greatest" the chant of "hundreds of people", not
Soleimani's; CNN's "Go for it." and the two tweets Trump's, not "Trump encouraged senators" and Mark Esper; NPR's
three lines of the Senate rule Daines', not Sessions'; "We will use all our best practices ..." Oleksiy Danilov's,
not Hassan Rezaeifar's); left: NPR's "And the senator is warned." given to Warren. Every other line the same but the
voices lists that follow these speakers.

Since (session 48, helper E; before = main's store at 03b5d69, session 47's final output): an agency caption closed by
its credit goes whole up to 200 words, and two or more headlines set under a related link go, the last kept before
prose (docs/inputs.md, "Cleaning", (11); ANNOTATOR_VERSION 252, a fresh store): furniture left 3 -> 0 lines, unique
5/162 -> 3/162 (the AP's caption items gone; the AP's own "United Airlines has warned 36,000 of its employees ..."
and its credit card data in their places), quotes 12/324 -> 11/322 (the related link's "Traveler" and the caption's
"United officials" gone); every other mark the same.

Since (session 48, helper F; before = main's fresh store at 03b5d69): background beside the day's news told apart in
shared points (docs/comparison.md, "Background beside the day's news"; REPORT_VERSION "292", a copy): a routine rate
beside a deed, a role stated beside a deed, what may be learnt beside a claim, a sentence opening on a past year with
other figures: shared 5/37 -> 1/34 (MSNBC's 2009 claims, USA Today's 586 daily flights, NPR's "is President Trump's
nominee" and the AP's "may shed further light" each out of their points; Manchin's thumbs-up left); every other line
the same.

Since (session 48, helper G; before = main's fresh store at 03b5d69): a number said to be of a nationality counts
those people and a country's citizens counted in a clause on its leader take the leader's nationality
(docs/claims.md; ANNOTATOR_VERSION 260), each article's only count of one nationality pairs at cosine 0.2
(docs/comparison.md; REPORT_VERSION "296"), a fresh store: disputes 0/1 -> 0/2 (the Guardian's "63 were Canadian",
2020-01-09, against the AP's "whose country lost 57 citizens", 2020-01-10: right, the miss the review found); the
Guardian's list item now also names its 78 Iranians among its details (right: the AP gives no such figure). Times of
day (ANNOTATOR_VERSION 258, REPORT_VERSION "295", in the same store): none disputed (USA Today's "around 1 p.m. ET"
is the only time of the shooting's start read: the Washington Times' "began receiving calls ... at 12:55 p.m" and
CNN's "came in at 12:55 p.m." are no event verbs of the list; they agree anyway); every other line the same.

Since (session 48, helper H; before = main's fresh store at 03b5d69): a judgement verb's present form with an
adjective right before it that the parse hangs on it is the plural noun, and a complaint brought in person to a body
or in a suit is lodged (docs/model-card-slant.md, "Session 48, helper H"; ANNOTATOR_VERSION 261, a fresh store):
slant 4/24 -> 0/17 (the Daily Caller's and the AP's "Jobless claims" and USA Today's Santiago "complaining" to the FBI,
phrase and verb, gone with the 3 unmarked sentences that held them; those articles show no sentence instead); every
other line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): shared 5/37 -> 1/34, unique 5/162 -> 3/162, quotes 12/324 ->
1/321, disputes 0/1 -> 0/2, slant 4/24 -> 0/17, furniture 3 -> 0 lines; summary 0/6. Every quote line that changed was
read (the caption's "United officials" quote goes with the caption)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

AIRPORT = "A gunman kills five at Fort Lauderdale airport's baggage claim (2017)"
SESSIONS = "The Senate confirms Jeff Sessions as attorney general (2017)"
JOBS = "The May jobs report: 223,000 jobs, unemployment at 3.8% (2018)"
BUDGET = "The Senate passes the two-year budget and debt-ceiling deal (2019)"
FLIGHT = "Western officials say an Iranian missile downed Ukraine's Flight 752 (2020)"
CLAIMS = "1.3 million new jobless claims in the week to July 4 (2020)"
EVENTS = {
    AIRPORT: ["Exwd8J6dhWcrL1Pb", "FVY1DHSzJUN7uPNz", "PjdjxcXjgqDwEYcu"],
    SESSIONS: ["HbeHew7JHWWlYJg4", "Z27wcSieM7LmLAm8", "azGDMzQ1SHqqeR3O"],
    JOBS: ["8uWFMjj4fWJzXlsU", "NOVQ71aiSqyLBwxE", "pLcvH4DMBS6HKv0C"],
    BUDGET: ["DpWF8ZNmaPMlimZz", "YcYi8J51N9m9FSjx", "f8lCNjofdCpPQ0Bm"],
    FLIGHT: ["5mBezNnq3KHi89pu", "M4oedI6uXS0zB9dG", "FwF2c1Ql7OIi7Rnu"],
    CLAIMS: ["CrjUMoctqzcQOGS8", "cl3UAHkT2ySldHje", "maD79ZrR25WzCE22"],
}
# 4 near misses (the Monitor on New York's shootings at all-time lows, the day of the airport shooting; NPR on the
# Senate silencing Elizabeth Warren in the Sessions debate, the day of the vote; Newsmax on Kudlow defending
# Trump's tweet before the jobs report; Reuters on Iran's missiles on US troops in Iraq, the night
# the plane went down), 6 others of the same days
OTHERS = ["DbXw1q1CG3HixNmn", "0y1VHKZZxya2h0E0", "GlyQjpAGol7wame3", "ONs61Y8znqRh8cQs",
          "lfyIpyfGeXNMzZsA", "kBVGkLTvhx9MZLAp", "cXJThhDTnYnZCTqf", "QfEuUdBJCMdeq22U", "M6Y76uI9v6pKDUtB",
          "K5juctEhYP3THSUN"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: MSNBC's jobless claims of early 2009 beside the Daily Caller's claims of the week; the Washington Times' FAA
# order grounding flights beside USA Today's count of the airport's daily flights; Manchin's thumbs-up beside the
# Guardian's Manchin explaining his vote; NPR's "Sessions ... is President Trump's nominee" beside the confirmation;
# Business Insider's earlier speculation of a technical fault beside the AP's black boxes that "may shed further light"
SHARED_WRONG = (r"^In early 2009, for example, near the height|"
                r"^The Fort Lauderdale-Hollywood International Airport handles|"
                r"^Sen. Joe Manchin III of West Virginia did offer|^Sessions, now a Republican senator from Alabama|"
                r"^They may shed further light on what caused")
# "Only one outlet reports" items another outlet reports too, or furniture: the AP's photo caption (the file photo of
# United's ticket machines, and its caption's United layoff warnings, which the AP's text tells again); Reason's
# $2.7 trillion deal adding about $1.7 trillion to the debt (paired as shared point #3 with the AP's); the Washington
# Times' 223,000 jobs and its black unemployment rate (each paired as a shared point with CNN's)
UNIQUE_WRONG = (r"^In this April 24, 2020 file photo|^United United Airlines will send layoff|"
                r"^The two-year, \$2\.7 trillion budget deal|^Mr\. Pence noted that employers added 223,000|"
                r"^The unemployment rate for blacks fell to 5\.9")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "mark esper": r"^Budget Deal is phenomenal|^Two year deal",      # Trump's tweet (CNN names Esper just before)
    "trump encouraged senators": r".",                               # a name run on into its verb ("Go for it": Trump)
    "justin trudeau": r"missile downed plane in Iran",               # the Guardian's video label
    "pentagon": r"^Some people say it was mechanical",               # Trump's ("The Pentagon declined to comment.")
    "hassan rezaeifar": r"^We will use all our best practices",      # Danilov's (Ukraine's security council)
    "qassem soleimani": r"^God is greatest",                         # the crowd at his burial chanting
    "elizabeth warren": r"^And the senator is warned",               # Daines's, from the chair
    "jeff sessions": r"^The rule applies|^to imputing conduct|^Form of voice",  # Daines relaying a staffer
    "traveler": r"laptop saved him",                                 # a related-link headline
}
# Disputes wrong: CNN's unemployment rate of 16- to 19-year-olds (12.8%) against the Washington Times' rate of all
# (3.8%), two measures
DISPUTE_WRONG = r"^12\.8%$"
MAIN_FACT = {
    AIRPORT: r"(?i)\b(shoot\w*|opened fire|gunman|killed|killing)\b[^.]*\b(airport|baggage|Lauderdale)\b|"
             r"\b(airport|Lauderdale)\b[^.]*\b(shoot\w*|killed|gunman)\b",
    SESSIONS: r"(?i)\b(confirm\w*|approved|install\w*)\b[^.]*\bSessions\b|\bSessions\b[^.]*\bconfirm\w*",
    JOBS: r"(?i)\b(223,000|3\.8 ?(%|percent))",
    BUDGET: r"(?i)\bSenate\b[^.]*\b(pass\w*|clear\w*|approv\w*)\b|\b(deal|bill|measure)\b[^.]*\b(passed|cleared)\b",
    FLIGHT: r"(?i)\b(shot down|downed|downing|missile)\b",
    CLAIMS: r"(?i)\b1\.3 million|1,314,000",
}
# slant evidence of neutral words: the noun "claims" (jobless claims) read as a verb of doubt (2); a laid-off worker
# who "feared the worst"; Santiago "complaining" to the FBI that the Islamic State controlled his mind (a report)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[CLAIMS] = r"^(?i:claims)$"
SLANT_WRONG[JOBS] = r"^(?i:worst)$"
SLANT_WRONG[AIRPORT] = r"^(?i:complaining)$"
# furniture left in the text: the AP's file-photo caption; USA Today's related-link headlines
FURNITURE = (r"^In this April 24, 2020 file photo|^United United Airlines will send|^Traveler says laptop saved|"
             r"^Family of Florida shooting suspect says")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review37", EVENTS, OTHERS, marks))
