"""The 6 events of review 30: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review30_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review30_events.py --src /old/src  # another version

A fact-checker's review (review 30, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2019-2020, outlets of all three leanings, the ids below,
none used by review_allsides.py or review8-29_events.py) of kinds the earlier reviews had little of: Lori Lightfoot
elected Chicago's mayor (a city's election; ABC's and Fox's carry no date), an Oklahoma judge ordering Johnson &
Johnson to pay $572 million over the opioid crisis (a court ruling against a company), a Rockets executive's tweet on
Hong Kong and China's anger at the NBA (sport and politics abroad; AP's is the commissioner's answer two days later,
Time's carries its newsletter's sign-up form), the Iowa caucuses' results delayed by a failed reporting app (a tech
failure in an election; the Atlantic's is on the company that built it), Saudi Arabia's crown prince said to have
hacked Jeff Bezos' phone (a hack; the Post's is Saudi Arabia's denial the next day, the BBC's the UN experts' call
for an inquiry) and Georgia's governor overruling cities' mask mandates (a state's public-health order; Above the
Law's is a column), with 10 unrelated articles of the same weeks mixed in (2 near misses: the New York Post on the DNC
taking over the Iowa count, the day after; Fox on the Sackler family's hidden transfers, from court papers in New
York's opioid suit, weeks after the ruling). The dataset holds no event of a natural disaster abroad or of a science
study told by three outlets of different leanings that the earlier reviews left (Typhoon Mangkhut, Moderna's first
trial: two outlets each). This runs `manysides.analyze` on those 28 articles, written as one JSON Lines export with
the dataset's outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review
found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and after (`--load`
marks a run saved with `--json` anew). Read against the article texts, it found (marks of main at commit 35bb6db,
REPORT_VERSION "170", ANNOTATOR_VERSION 124, a fresh store):

* grouping: the six events make six stories; the Post's near miss joins the Iowa story, the merge docs/grouping.md
  names (a piece on a neighbouring day about one running subject), and gives it its title ("DNC 'taking over'
  accounting results in Iowa after botched caucus: report"); the other near miss and the 8 others stay alone;
* cleaning: 43 removals in the event stories' articles, all furniture (Fox's capitals headings, NPR's caption
  controls, the BBC's captions, USA Today's video players, AP's repeated caption); furniture left in 6 lines of 6
  articles: Time's newsletter form run into one line with its list of countries ("Get The Brief. Sign up ...
  Choose your country United States of America Afghanistan ... Please enter a valid email address. ..."), ABC's
  follow prompt in both its articles ("Interested in 2020 Elections? Add 2020 Elections as an interest to stay up to
  date ... Add Interest"), the Journal's video blurb ("... WSJ's Jason Bellini reports on why ... Image: ..."), the
  BBC's "Analysis by Jane Wakefield, BBC News technology reporter", Above the Law's writer's note;
* summaries: all 6 state the event's main fact;
* "only one outlet reports" items another outlet reports, or furniture, or no news: 21 of 124: Time's country list
  (7 items), AP's tag of a quote alone ("Chinese Foreign Ministry Spokesman Geng Shuang said Tuesday."), ABC's follow
  prompt, Lightfoot's tweet urging a vote and two of her sentences listed twice (the tweet's and the text's), Above
  the Law's writer's note and its irony ("But in Georgia, this abridgment of personal liberty will not stand!"),
  NPR's pointer to its reporter's earlier story, the Post's "A spokesperson for the DNC could not be reached ...",
  the BBC's analysis byline and its forensic analysis (a shared point with the Post), the Post's "Amazon has yet to
  comment on the reports.", the Guardian's "De Becker did not respond ...", ABC's $17 billion asked (the Journal and
  the Post give it);
* shared points pairing different statements: 7 of 45 (four of Iowa's: the party "under the gun" with the DNC
  "taking over", an app used in Nevada with the party moving to an app, Shadow describing itself with the $60,000
  paid to it, a county chair's "[The Iowa Democratic Party] made it seem ..." with "appears to have confirmed"; the
  Rockets' Chinese following with Yao's career; Hunter commending the ruling with the case being the first of
  thousands; two different sayings of Lightfoot's on the machine);
* disputes and differing figures: 1 of 1 not genuine (USA Today's 56, Lightfoot's age, against Fox's 14, the first
  round's candidates, both "candidate");
* quotes given to the wrong speaker or words: 15 of 291. Two speakers' words given to one or to neither ("Lightfoot
  and Preckwinkle said they opposed ...", "Both Lightfoot and Preckwinkle acknowledged that a victory by either ..."
  to Lightfoot; "And they agreed that reducing the city's gun violence ..." to "city workers and retirees", the end
  of the sentence before); a name in the sentence before: Zara (a brand in a list) for Silver's hopes, Tilman
  Fertitta for the Chinese Basketball Association's suspension, Trump for a US intelligence finding ("despite a US
  intelligence finding ... that Mohammed bin Salman ordered Khashoggi's murder"), "The crown prince and Mr Bezos"
  for the analysis' "massive and unprecedented exfiltration of data", Kevin Geiken for the letter sent to him,
  "Recent media reports" for the Saudi embassy's tweet; narration: Time's "The NBA finds itself caught between two
  cultures ..." (no quote), the Post's "Fed up with the dithering ..." to "a report" (only "taking over" is quoted),
  Fox's "Price later pledged ..., Fox News has confirmed" to Fox News, the Post's lawsuit's allegation to "The
  landmark ruling", Emanuel's decision running on into the narration ("... amid criticism for initially resisting
  ..."), Preckwinkle's advertising's "wealthy corporate lawyer" to "The campaign between the two women";
* slant evidence of neutral words: 13 of 40 spans (sentences not judged): "complicated" (2), "credible" (a UN
  investigation's "credible evidence", quoted; 2), a "huge" television draw, "the greatest Chinese basketball
  player" (2), "how effective the pills were" and the Journal's blurb's "most effective way" (3), its
  "controversial" (2), "powerful local Democrats".
Also seen, not counted: the Savannah mayor's tweet makes five shared points of Above the Law and National Review, one
a sentence; labels with no evidence shown: Above the Law (left) right +0.05, NPR center -> right +0.28 (Iowa), Time
(left) center +0.14. Articles showing no phrase 16 of 28, no phrase and no loaded span 12.
Since (session 41, helper E; before = main's fresh store at 35bb6db, the figures above): a newsletter's sign-up form
saved with its country chooser's whole list and a prompt to follow a topic ("Interested in 2020 Elections? Add 2020
Elections as an interest ...") go in cleaning (docs/inputs.md; ANNOTATOR_VERSION 129, a fresh store): unique 21/124 ->
13/124 (Time's seven items of its country list and ABC's prompt gone, other items of the two in their places),
furniture 6 -> 3 lines; every other mark the same; Time's label (left outlet) center +0.14 -> right +0.24 with the same
evidence, and the framing terms of four stories reordered.
Since (session 41, helper E; before = the figures just above, ANNOTATOR_VERSION 129): a sentence the article prints
again inside a longer sentence of its own, or with other marks, is no second "only one outlet reports" item
(docs/comparison.md; REPORT_VERSION "175", the store copied): unique 13/124 -> 11/122 (ABC's Lightfoot's "It would be
a very big deal to beat the machine." and "The energy and enthusiasm ..." printed again in her post); every other line
the same.
Since (session 41, helper E; before = the figures just above, ANNOTATOR_VERSION 129 and REPORT_VERSION "175"): a
"they" reporting again after two named people's report goes on with those two (docs/quotes.md; ANNOTATOR_VERSION 130,
a fresh store): quotes 15/291 -> 14/291 (USA Today's "And they agreed that reducing the city's gun violence ..." is
Lori Lightfoot's and Toni Preckwinkle's, no longer "city workers and retirees"); every other line the same but the
voices list, the pair for that group.
Merged (session 41, helpers A-G; a fresh store of the merged code, ANNOTATOR_VERSION 131, REPORT_VERSION "177"):
summary 0/6, shared 7/45, unique 10/121, quotes 14/291, disputes 1/1, slant 10/36, furniture 3 lines (main at 35bb6db:
unique 21/124, quotes 15/291, slant 13/40, furniture 6 lines, the rest the same; helper B's rules, measured on reviews
14 and 24-29, also take three of review 30's neutral spans: 13/40 -> 10/36).
Since (session 42, helper F; before = main's fresh store at 9fcad13, the merged figures above): a byline heading a box
inside the text, a caption or video blurb closed by its labelled credit, and a writer's note with a handle go in
cleaning (docs/inputs.md; ANNOTATOR_VERSION 138, a fresh store): furniture 3 -> 0 lines; unique 10/121 -> 8/119 (the
BBC's "Analysis by Jane Wakefield, ..." and Above the Law's writer's note gone); slant 10/36 -> 8/33 (the Journal's
blurb's "controversial", phrase and word, and its sentence gone; its label center -0.05 -> -0.07, Above the Law's
right +0.05 -> +0.08); articles showing no phrase 17 -> 18 of 28, no phrase and no loaded span 13 -> 14; every other
line the same but the opioid story's outlets, shared points, items and quotes in another order (the Journal's before
ABC's) and the mask story's shared point of the mayor's tweet listed last.
Since (session 42, helper B; before = main's fresh store at 9fcad13, the merged figures above): "controversial" and
"effective" said of a thing after a linking verb, "credible" of evidence, "greatest" of an athlete, "huge" of an
audience and "powerful" of people are no loaded wording (docs/model-card-slant.md, session 42; ANNOTATOR_VERSION
134-135, a fresh store): slant 10/36 -> 2/27 (the Post's "effective" and the Journal's "controversial", phrase and word
each, with the Journal's sentence, AP's "huge", Time's "greatest", phrase and word, Fox's "powerful" gone; left: the
Guardian's "credible", phrase and word, whose span is its first use, "it is considered credible enough for investigators
..."; the Guardian shows two other sentences); articles showing no phrase 17 -> 19, no phrase and no loaded span 13 ->
15; every other line the same.
Since (session 42, helper C; before = main's fresh store at 9fcad13, the merged figures just above): a bare number
set off by commas after a person's name is an age (docs/comparison.md; REPORT_VERSION "178", the store copied):
disputes 1/1 -> 0/0 (USA Today's "Lightfoot, 56," no longer a count of candidates against Fox's 14); every other mark
the same; the summary loses its third sentence (its point's other wording, Fox's, is preferred now that its 14 is no
disputed figure, and is too long to fit).
Since (session 42, helper C; before = the figures just above, REPORT_VERSION "178"): a comment not yet given and a
news outlet's calls unanswered are no items (docs/comparison.md; REPORT_VERSION "179", the store copied): unique
10/121 -> 8/120 (the Post's "Amazon has yet to comment on the reports." and the Guardian's "De Becker did not respond
to calls and messages from the Guardian." gone, the Guardian's David Pecker sentence listed in its place); every other
line the same.
Since (session 42, helper A; before = main's fresh store at 9fcad13, quotes 14/291): names joined by "and" speak
together, a surname tagged a word at a sentence's start is the person named in full (ANNOTATOR_VERSION 132; 133 changes
nothing here): quotes 14/291 -> 11/291 (USA Today's "Lightfoot and Preckwinkle said they opposed ..." and "Both ...
acknowledged that a victory by either of them ..." both candidates', not Lightfoot's alone; AP's "He said he hopes
Chinese officials and fans ..." Adam Silver's, not "Zara"'s; unmarked: the BBC's "Ms Callamard and Mr Kaye said: “...”"
and the statement's two words after it now "Callamard and David Kaye"'s, not Callamard's alone); every other line the
same but the voices lists (a fresh store, `--db NEW`).
Since (session 42, helper D; before = main's fresh store at 9fcad13, the merged figures above; a copy, the compare
stage rerun): two quotations of one speaker sharing few words are two statements, below cosine 0.80 and with no run
of three words alike (docs/comparison.md; REPORT_VERSION "180"): shared 7/45 -> 6/44 (Lightfoot's "... a break from
the corrupt political machine" and her debate's "I'm not a person who decided I would climb the ladder ..." in no
point); every other line the same.
Merged (session 42, helpers A-H; before = main's fresh store at 9fcad13; after = a fresh store of e2b5172): unique
10/121 -> 6/118 (helpers C and F, two items each), quotes 14/291 -> 11/291, shared 7/45 -> 6/44, disputes 1/1 -> 0/0,
slant 10/36 -> 2/27, furniture 3 -> 0 lines; summary 0/6 the same (each helper's part above).
Since (session 43, helper C; before = main's fresh store at 9a69f00): a word in the complement of a passive verb of
regarding is the view its holders hold, not the outlet's (docs/model-card-slant.md; ANNOTATOR_VERSION 145, a fresh
store): slant 2/27 -> 0/25 (the Guardian's "it is considered credible enough for investigators to be considering a
formal approach", phrase and word); articles with no phrase 19 -> 20 of 28; every other line the same.
Since (session 43, helper B; before = main's fresh store at 9a69f00): a past participle or an adjective of mood
opening a clause that an "according to" ends is the writer's (docs/quotes.md; ANNOTATOR_VERSION 142, a fresh store):
quotes 11/291 -> 10/291 (the Post's report now begins "the Democratic National Committee is “taking over” ...",
without its "Fed up with the dithering of Iowa party officials"); every other line the same.
About 3 minutes under a load of 8 (a fresh store).
Since (session 44, helper F; before = main's fresh store at e70cea9): a possibility raised ("facing the possibility
that Iowa could lose ...") beside a sentence with no modal is no one point, with a denial, a call and a plan beside the
deed (docs/comparison.md; REPORT_VERSION "218", a copy): shared 6/44 -> 5/43 (Fox's Iowa party "facing the
possibility" / the New York Post's DNC "taking over", split); every other mark the same.
Since (session 46, helper D; before = main's fresh store at 9f83842): "Twitter" is no new name where another outlet
speaks of tweets (docs/comparison.md, "Points only one outlet makes", session 46; REPORT_VERSION "245", a copy): unique
6/118 -> 6/117 (Fox's Bedingfield post, left with one detail, falls below Fox's eight; its Buckley quotation is listed
through its third sentence, details "the Democratic Primary", "Independents", where it was "NH", "100 years"); every
other line the same.
Since (session 46, helper G; before = main's fresh store at 9f83842): "finds itself" reports nothing; a speech
participle right after a filing's noun is the filing's ("a lawsuit alleging ..."); an outlet's "..., Fox News has
confirmed" leaves a wrapped report to its speaker; a report ends before a closing "amid criticism ..." (docs/quotes.md,
"Session 46, helper G"; ANNOTATOR_VERSION 212, a fresh store): quotes 10/291 -> 6/288 (Time's NBA, the Post's
"landmark ruling" and Fox's "Fox News" reports gone, Emanuel's cut before "amid"; the voices lose Fox News and the
landmark ruling);
slant 0/25 -> 0/28 (the Post's evidence now reads the lawsuit's sentence, no longer a quote: "the deadly" +0.206,
the sentence +0.099, "deadly" +0.153, none marked); every other mark the same.
Since (session 47, helper G; before = main's fresh store at 71d1fa9): a "that" clause after a content noun ("despite
a finding – ... – that") and a claim on the subject of "are absurd" are no reports; a participle after a dash-set
aside is its noun's; a gerund after "sent a letter to X" is the sender's; no speaker for "there was a '...'" or a
"with X V-ing" phrase's words (docs/quotes.md, "Session 47, helper G"; ANNOTATOR_VERSION 235, a fresh store): quotes
6/288 -> 0/284 (the Chinese Basketball Association's and Dana Remus' words theirs; the BBC's exfiltration and Fox's
"wealthy corporate lawyer" no one's, dropped as narration's words are; the Guardian's intelligence finding and the
embassy's "Recent media reports" reports gone; the voices follow); every other mark the same.

Since (session 48, helper C; before = main's store at 03b5d69): a "he" after a closing tag by a surname the NER typed
a body is the full name before it that ends so, typed so too (review 37's rule; docs/quotes.md, "Session 48, helper
C"; ANNOTATOR_VERSION 246, a fresh store): quotes 0/284 -> 0/285 (Fox's "“As this investigation unfolded, IDP staff
activated pre-planned backup measures ...,” he continued." now Troy Price's, right; it had no speaker); every other
line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): quotes 0/284 -> 0/285 (Fox's "... he continued." now Troy
Price's, helper C's rule); every other mark the same."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

CHICAGO = "Lori Lightfoot elected Chicago's mayor (2019)"
OPIOIDS = "A judge orders Johnson & Johnson to pay $572 million over Oklahoma's opioid crisis (2019)"
NBA = "A Rockets executive's tweet on Hong Kong and China's anger at the NBA (2019)"
IOWA = "The Iowa caucuses' results delayed by a failed reporting app (2020)"
BEZOS = "Saudi Arabia's crown prince said to have hacked Jeff Bezos' phone (2020)"
MASKS = "Georgia's governor overrules cities' mask mandates (2020)"
EVENTS = {
    CHICAGO: ["86Makg7lBtvoyEjp", "CyElEHzT6jSekZG8", "BHlqRJoiYLtB4Phb"],
    OPIOIDS: ["fPffVeLsY9KLslia", "MuA0LizeKggUByFL", "DWJENkYOqqpPo2FY"],
    NBA: ["FUFEijwoBwLuvgja", "xEzI5vbUfG4l3ZFs", "LYnAmQMZaNOiMxKe"],
    IOWA: ["GqnPd5kKuGQHJFoO", "Cv545EZwEA9OMrZ3", "GZXqVLHnEpkIUxd4"],
    BEZOS: ["3uhSKEW8Wz5Aaogr", "I2dtcXaiYe3DBuXl", "K2rNbXoSBNVucGMs"],
    MASKS: ["3Gu7g796UdrHKa0Q", "l375Yap7gIFQPXo3", "3P7Ub512xz7Tu1nJ"],
}
# 2 near misses (the New York Post on the DNC taking over the Iowa results, the day after; Fox on the Sackler family's
# hidden transfers of $1 billion, from court papers in New York's opioid suit, weeks after the ruling), 8 others
OTHERS = ["i350OiBsIO5bYhzW", "LCgAeDmfigJ5EYIJ", "uiBYGmTu0NherBSv", "JJgH0GiPW0tdDyhR", "7kzIZs7iteLzkBV5",
          "ctGmmAJ3uho7un8V", "8QK686IhoogBuxiw", "4aRL9O37VwnUspHI", "vWjLcQ3wfHAgL2ce", "v79HAJ1kgbe70vJY"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: Fox's party "under the gun" beside the Post's DNC "taking over" the count, Fox's app used in Nevada beside the
# Atlantic's party moving to an app, Fox's Shadow describing itself beside the Atlantic's $60,000 paid to it, NPR's
# county chair ("[The Iowa Democratic Party] made it seem ...") beside the Atlantic's "appears to have confirmed";
# Fox's Rockets' Chinese following beside AP's Yao spending his career with them; the Journal's Hunter commending the
# ruling beside the Post's case being the first of thousands; Fox's Lightfoot in a debate ("I'm not a person who
# decided I would climb the ladder ...") beside USA Today's "a break from the corrupt political machine"
SHARED_WRONG = (r"^The party -- under the gun|^A similar mobile app used in Iowa reportedly|"
                r"^Shadow, a tech firm that describes itself|^\W*\[The Iowa Democratic Party\] made it seem|"
                r"^The Rockets, largely because of Yao|^Oklahoma Attorney General Mike Hunter commended the ruling|"
                r"^\W*I.m not a person who decided I would climb")
# "Only one outlet reports" items another outlet reports too, or furniture, or no news: Time's newsletter form (its
# country list, 7 items) and AP's tag of a quote ("Chinese Foreign Ministry Spokesman Geng Shuang said Tuesday.");
# ABC's "Add 2020 Elections as an interest ...", Lightfoot's tweet urging a vote and her two words listed twice;
# Above the Law's writer's note and its "... this abridgment of personal liberty will not stand!" (irony, no news);
# NPR's pointer to its reporter's earlier story, the Post's DNC "could not be reached"; the BBC's "Analysis by Jane
# Wakefield, BBC News technology reporter" and its forensic analysis (the Post's shared point), the Post's "Amazon
# has yet to comment", the Guardian's "De Becker did not respond ..."; ABC's $17 billion asked (the Journal, the Post)
UNIQUE_WRONG = (r"^(Choose your country|Costa Rica Cote|Estonia Ethiopia|Laos Latvia|Namibia Nauru|Tonga Trinidad|"
                r"Uzbekistan Vanuatu)|^Chinese Foreign Ministry Spokesman Geng Shuang said Tuesday\.$|"
                r"^Add 2020 Elections as an interest|^We have less than 4 hours left|"
                r"^\W*It would be a very big deal to beat the machine|"
                r"^The energy and enthusiasm across the city has been incredible today\.$|"
                r"^Elizabeth Dye \(@5DollarFeminist\)|^But in Georgia, this abridgment of personal liberty|"
                r"^NPR's Miles Parks previously reported|^A spokesperson for the DNC could not be reached|"
                r"^Analysis by Jane Wakefield|^The UN experts cited \"a 2019 forensic analysis|"
                r"^Amazon has yet to comment|^De Becker did not respond|^The nine-figure settlement, while hefty")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "kevin geiken": r"^full explanations",              # Biden's lawyer's letter to him ("sent a letter to Price and
    # IDP Executive Director Kevin Geiken demanding “...”")
    "a report": r"^Fed up with the dithering",          # the Post's own narration around the report's "taking over"
    "fox news": r"^In a conference call with",          # Price's pledge, which Fox "has confirmed"
    "trump": r"^Mohammed bin Salman ordered Khashoggi",  # a US intelligence finding ("despite a US intelligence
    # finding ... that ...")
    "recent media reports": r".",                        # the Saudi embassy's tweet ("Recent media reports that ...")
    "crown prince and mr bezos": r"exfiltration",       # the analysis' words, the two of the sentence before
    "zara": r".",                                       # Silver's ("He said he hopes ..."), after a list of brands
    "tilman fertitta": r"^it was suspending its relationship",  # the Chinese Basketball Association's
    "national basketball association": r"^itself caught between two cultures",  # Time's narration ("The NBA finds
    # itself ...")
    "landmark ruling": r"helped fuel the opioid epidemic",  # the lawsuit's allegation ("in response a ... lawsuit
    # alleging ...")
    "lori lightfoot": r"^they opposed pursuing an amendment|^a victory by either of them",  # both candidates'
    "city workers and retirees": r".",                  # the two candidates' ("And they agreed that ...")
    "emanuel": r"amid criticism for initially resisting",  # runs on into the narration
    "campaign between the two women": r"wealthy corporate lawyer",  # Preckwinkle's advertising's
}
# disputes and differing figures the review found not genuine: USA Today's 56 (Lightfoot's age) against Fox's 14 (the
# first round's candidates)
DISPUTE_WRONG = r"^56$"
MAIN_FACT = {
    CHICAGO: r"(?i)\b(won|wins|win|elect\w*|victory|mayor)\b",
    OPIOIDS: r"(?i)\b(order\w*|ruled|ruling|pay)\b",
    NBA: r"(?i)\b(tweet\w*|Morey|Hong Kong)\b",
    IOWA: r"(?i)\b(delay\w*|app|coding|results)\b",
    BEZOS: r"(?i)\bhack\w*\b",
    MASKS: r"(?i)\b(mask\w*)\b",
}
# slant evidence of neutral words: "complicated", the "credible evidence" of a UN investigation (its words, quoted), a
# "huge" television draw, "the greatest Chinese basketball player", "how effective the pills were", the "most
# effective way" and "controversial" of the Journal's video blurb, "powerful local Democrats"
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[IOWA] = r"^(?i:complicated)$"
SLANT_WRONG[BEZOS] = r"^(?i:credible)$"
SLANT_WRONG[NBA] = r"^(?i:huge|greatest)$"
SLANT_WRONG[OPIOIDS] = r"^(?i:effective|controversial)$"
SLANT_WRONG[CHICAGO] = r"^(?i:powerful)$"
# furniture left in the text: Time's newsletter form, ABC's "Interested in ...? Add ... as an interest ...", the
# Journal's video blurb, the BBC's analysis byline, Above the Law's writer's note
FURNITURE = (r"^Get The Brief\. Sign up|^Interested in [^?]{1,60}\? Add |Jason Bellini reports on why|"
             r"^Analysis by Jane Wakefield|^Elizabeth Dye \(@5DollarFeminist\)")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review30", EVENTS, OTHERS, marks))
