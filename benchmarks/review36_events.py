"""The 6 events of review 36: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review36_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review36_events.py --src /old/src  # another version

A fact-checker's review (review 36, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 2-4 articles each, 2012-2016, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-35_events.py) of kinds the earlier reviews had little of: November
2012's jobs report (an economic figure's release; Politico's is on the fiscal-cliff talks it fed), Michigan's governor
signing the right-to-work laws as unions protest (a labour law; Politico's is on the unions' plans the day after),
Oscar Pistorius found guilty of culpable homicide (a court verdict abroad on a sports star; CNN's is a long live
story), the first Ebola case diagnosed in the US (a health scare; CNN's is a Q&A on whether to worry, the Washington
Times' on the country's preparedness), FIFA officials arrested on US corruption charges (sport, corruption and a
foreign arrest; NPR's lists the indicted under a live page) and Boris Johnson ruling himself out of the race to lead
the Conservatives (a foreign party's leadership race; CNN's carries a referendum results widget), with 10 unrelated
articles of the same days mixed in (3 near misses: the Washington Times on the one jet able to fly Ebola patients, the
day after the diagnosis; the Guardian on Kerry saying Brexit could be "walked back", the day before Johnson's
announcement; NPR on FIFA holding its presidential election amid the scandal, two days after the arrests). This runs
`manysides.analyze` on those 27 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read
against the article texts, it found (main's marks (71d1fa9, fresh store), REPORT_VERSION "252", ANNOTATOR_VERSION 214):

* grouping: 15 stories; the six events each one story, the Ebola one joined by its near miss (the Washington Times' on
  the jet for Ebola patients); the two other near misses and the 7 others stay alone;
* titles: all six name their event; the Ebola one is the Washington Times' analysis headline ("After first Ebola case,
  red flags emerge that U.S. unprepared for pandemic"), the Michigan one the unions' vow ("Unions vow to fight
  Michigan right-to-work law"), where both events' plain reports had headlines of the fact;
* cleaning: furniture left in 1 line: CNN's referendum results widget ("Total results Remain 0% Leave 0% ..."), shown
  as a unique item;
* summaries: 5 of 6 state the event's main fact; FIFA's does not: it opens with CNN's background lede ("Allegations of
  corruption at FIFA are nothing new to those who follow international soccer.") and tells of bribes, the charges'
  list and Lynch's words, never of the arrests or the indictment unsealed; the jobs summary says the 146,000 jobs and
  7.7 percent twice (NPR's two opening sentences, then CNN's of both), Michigan's says twice that Snyder signed
  (the Washington Times', then CNN's), Pistorius' names "his girlfriend Steenkamp" never introduced;
* "only one outlet reports" items another outlet reports: 7 of 131: Fox's range of sentences at the judge's
  discretion (CNN's "it will be up to the judge to decide") and its Feb. 14 shooting (paired as a shared point); CNN's
  23 right-to-work states (the Washington Times' "the 24th state"), its jobs revised down by 49,000 (Fox's "49,000
  fewer jobs"), its results widget; NPR's gains in retail and health care (Fox's figures of each); CNN's Swiss
  criminal proceedings opened (NPR's "Swiss federal prosecutors said they had opened an investigation");
* shared points pairing different statements: 4 of 36 (Trinidad's extradition request for Warner with the US asking
  for the seven arrested in Zurich; the worst outbreak in West Africa with the CDC's travel warning; the Dallas patient
  showing symptoms days after landing with the hospital diagnosing him on his second visit; three missionaries
  infected with the doctor and the missionary treated at Emory);
* disputes and differing figures: 2, both wrong: "job" (Fox's 12,000 jobs lost in food manufacturing against CNN's
  7,000 lost in all manufacturing, which Fox gives too) and "unemployment rate" (CNNMoney's surveyed forecast of 8%
  against Bloomberg's survey median of 7.9 percent: two surveys' forecasts, not the report's figure);
* quotes given to the wrong speaker or words: 13 of 321: the Pistorius judge's findings given to Reeva Steenkamp, the
  dead woman (7), and the defence's argument to "his upbringing"; Gove's announcement and Sarah Vine's e-mail words
  ("instinctively dislike") to Boris Johnson; "fiscal cliff." to "The increase" and Fox's narration of hiring to
  "temporary help companies"; the name "right to work" to labour leaders; the CDC's "air transport bio-containment
  unit" (a unit's name);
* slant evidence of neutral words: 11 of 45 spans (sentences not judged): "cold" (the weather, as phrase and word; "left
  out in the cold"), "effective" bargaining, an "unexpected" setback and job cut (each as phrase and word), MPs
  "stunning"ly surprised, "dangerous" threats, Pistorius "admitted" firing the shots.
Main's marks (71d1fa9, fresh store): summary 1/6, shared 4/36, unique 7/131, quotes 13/321, disputes 2/2, slant 11/45,
furniture 1 line.
Also seen, not counted: "the chief of staff for" (a name cut: Dallas Mayor Mike Rawlings'), "a video" and "The
Households" as speakers of narration; the Washington Times' Snyder signing and CNN's left unpaired as shared points.
Articles showing no phrase 19 of 27, no phrase and no loaded span 9. About 3 minutes under load (a fresh store).
Since (session 47, helper A; before = main's fresh store at 71d1fa9): two forecasts of pollsters named apart are no
dispute, nor a figure whose outlet gives the other outlet's figure too (docs/comparison.md, "Disputed numbers";
REPORT_VERSION "253", a copy): disputes 2/2 -> 0/0 (both gone); a lead appraising the event in other words ("... are
nothing new to ...") gives way, and a summary sentence restating the counts of those before it is left out
(docs/comparison.md, "Neutral summary"; REPORT_VERSION "253", a copy): summary 1/6 -> 0/6 (the FIFA summary opens
with NPR's "Arrest and search warrants have been executed against senior FIFA officials ..." and tells the seven
arrested in Switzerland; the jobs summary says 146,000 and 7.7 percent once each and goes on to "Manufacturers cut
7,000 jobs, ..."); every other line the same.
Since (session 47, helper C; before = main's fresh store at 71d1fa9): neutral words read by sense
(docs/model-card-slant.md, "Session 47, helper C"; ANNOTATOR_VERSION 223, a fresh store): "the cold" as the weather
("Bundled against the cold", "left out in the cold"), "an unexpected setback" (a result), "unexpected given other
reports" (a forecast missed), ", stunning MPs who ..." (the verb), "dangerous threats", an admission told before "He
pleaded not guilty": slant 11/45 -> 1/30 (10 marked spans gone, with the 5 sentences that held them, unmarked; the
Washington Times' Ebola article shows "Although Ebola is a “scary disease,” he said, ..." instead; left: CNN's unions
that "aren't as effective in bargaining", the "not as" rule tried at 222 taking loaded spans elsewhere); articles with
no phrase 19 -> 22, with no phrase and no loaded span 9 -> 13; every other line the same.
Since (session 47, helper D; before = main's fresh store at 71d1fa9): a bare year that is the article's own year is
no figure of one outlet's beside another outlet's sentence on the topic, and a day named by its fixed feast ("on
Valentine's Day last year") gives the date written by month and day (docs/comparison.md, "Points only one outlet
makes"; REPORT_VERSION "264", a copy): unique 7/131 -> 5/131 (CNN's "... subtracting 49,000 jobs from the 2012
total." and Fox's "... in the pre-dawn hours of Feb. 14, 2013." gone; in their places CNN's "Professional business
services hired 43,000 workers in November, ..." and Fox's "Pistorius' lawyer, Brian Webber, said ...", each its
outlet's own); every other line the same.

Merged (session 47, the lead; before = main's fresh store at 71d1fa9, after = a fresh store of the merged code at
7cc95ea and of the final code, the same line for line): summary 1/6 -> 0/6, unique 7/131 -> 5/131, quotes 13/321 ->
13/323, disputes 2/2 -> 0/0, slant 11/45 -> 1/30; shared 4/36 and furniture 1 line the same.

Since (session 48, helper B; before = main's fresh store at 03b5d69): a possessive after an object "him" gives the
subject no gender, "she" after a sentence naming one woman is her, a thing that explains or suggests says nothing,
verbs of striking an audience are done "by saying", a quoted word read as a clause's verb leaves the clause its
subject, "add" with a bare count reports nothing, a quoted kind's name after an article is no one's words
(docs/quotes.md, "Session 48, helper B"; ANNOTATOR_VERSION 243, a fresh store): quotes 13/323 -> 0/322 (the judge's
six findings and the defence's argument Thokozile Masipa's, with three reports of hers that had been lost; Gove's
announcement his; "instinctively dislike" Sarah Vine's; "fiscal cliff.", the hiring figures, "right to work" and the
unit's name gone); every other mark the same (the unique item "The accused had reasonable time ..." names Masipa).

Since (session 48, helper D; before = main's fresh store at 03b5d69): a count another outlet tells by the ordinal of
the next thing counted ("23 states" beside "the 24th state"), a figure an outlet's item gives already in a sentence
telling the same (0.80 up), a country's public body another outlet names by what it is ("Swiss federal
prosecutors"), and a state's capitol named with its state ("the Michigan Statehouse", "the state Capitol")
(docs/comparison.md, "Points only one outlet makes"; REPORT_VERSION "288", a fresh store of main's annotations):
unique 5/131 -> 4/131 (Fox's second 15-year sentence gone, its place to Fox's own "Defense lawyer Barry Roux told the
judge ..."; CNN's 23 states listed for "South" alone, which no other outlet says, still marked; CNN's OAG item listed
with no detail, still marked); every other line the same.

Since (session 48, helper E; before = main's store at 03b5d69, session 47's final output): an election results widget
saved as a line, its tally of units reporting written with a slash ("- / 382 districts reporting"), goes (docs/
inputs.md, "Cleaning", (11); ANNOTATOR_VERSION 252, a fresh store): furniture left 1 -> 0 lines, unique 5/131 ->
4/131 (CNN's widget gone; CNN's "May, Britain's internal affairs chief since 2010, was expected to be the main rival
..." in its place); every other mark the same.

Since (session 48, helper F; before = main's fresh store at 03b5d69): two deeds each not done until a time, and
people other than someone named, told apart in shared points (docs/comparison.md, "Background beside the day's news";
REPORT_VERSION "292", a copy): shared 4/36 -> 2/34 (the Dallas patient's symptoms and the diagnosis on his second
visit, the missionaries other than Brantly; left: Warner's extradition, the outbreak beside the CDC's warning); every
other line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): shared 4/36 -> 2/34, unique 5/131 -> 3/131, quotes 13/323 ->
0/322; summary 0/6, disputes 0/0, slant 1/30, furniture 1 -> 0 lines. Every quote line that changed was read: the
judge's words are Thokozile Masipa's, Gove's and Vine's theirs, the scare quotes and figures gone."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

JOBS = "The US economy adds 146,000 jobs and unemployment falls to 7.7 percent (2012)"
MICHIGAN = "Michigan's governor signs right-to-work laws as unions protest (2012)"
PISTORIUS = "Oscar Pistorius found guilty of culpable homicide, not murder (2014)"
EBOLA = "The first Ebola case diagnosed in the US, in Dallas (2014)"
FIFA = "FIFA officials arrested on US corruption charges (2015)"
BORIS = "Boris Johnson rules himself out of the race to lead the Conservatives (2016)"
EVENTS = {
    JOBS: ["6wtbEhtrYKfHoXoN", "dmykG2WK2kaF1rFT", "VOUYfZI3KgOmhftC", "ZKMQ5MU1xM644Eek"],
    MICHIGAN: ["A2lJxGmWrByMtFEu", "GfJxSWOMdFnqNcXq", "i6rfhi7d4geMStLG"],
    PISTORIUS: ["bILPWgdx8bwxwgDS", "eTKMYq3TbtsYQc5d"],
    EBOLA: ["gp7JNXf8whb6aGCA", "RC6eWmATp3uStf71", "ooEVwrEnoyFTaN9g"],
    FIFA: ["IUKE3NGxStX28aQF", "OtQihbTgcksAZ3MH"],
    BORIS: ["4FZqkd7NQMw7SJOg", "3bxu1aOOGmX08IuW", "39pPbWbaXO8tgAqr"],
}
# 3 near misses (the Washington Times on the one jet able to carry Ebola patients, the day after the diagnosis; the
# Guardian on Kerry saying Brexit could be 'walked back', the day before Johnson's announcement; NPR on FIFA holding
# its presidential election amid the scandal, two days after the arrests), 7 others of the same days
OTHERS = ["jxex0HBokVhjUPGk", "ZhT75RhKYNmIKvuX", "LlYgk8SMFHGW85fa",
          "l8nshpRUyTSk2UU6", "nXAHh4BWysCwkF2u", "2Wv2vkQU63LMsagv", "tCRI1AJkw80Ge0dO", "XVJWzeVI7Sqn40sj",
          "EezEjnQ5PAWixq93", "EXMJbf8CGDhHqa8w"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: Trinidad's government receiving the US request for Warner's extradition beside the US asking for the seven
# arrested in Zurich (Warner was not among them); the worst outbreak in West Africa beside the CDC's travel warning; the
# Dallas patient showing symptoms days after landing beside the hospital diagnosing him on his second visit; three other
# missionaries infected beside the doctor and the missionary treated at Emory
SHARED_WRONG = (r"^The government has received a request from the U\.S\. government for Warner|"
                r"^The West African countries of Liberia, Sierra Leone and Guinea have experienced|"
                r"^The Ebola patient in Dallas didn't start showing symptoms|"
                r"^Three American medical missionaries other than")
# "Only one outlet reports" items another outlet reports too: Fox's range of sentences at the judge's discretion (CNN's
# "it will be up to the judge to decide") and its Feb. 14 shooting (paired as a shared point); CNN's 23 right-to-work
# states (the Washington Times' "the 24th state"); CNN's jobs revised down by 49,000 (Fox's "49,000 fewer jobs"); NPR's
# gains in retail and health care (Fox's figures of each); CNN's Swiss criminal proceedings (NPR's "Swiss federal
# prosecutors said they had opened an investigation"); CNN's referendum results widget (no report)
UNIQUE_WRONG = (r"^The sentence for a culpable homicide conviction is at the judge's discretion|"
                r"^Pistorius fatally shot Steenkamp in his home|^There are 23 states which have right-to-work laws|"
                r"^In Friday's report, job growth was revised lower|^The BLS adds that employment increased|"
                r"^\"The Office of the Attorney General of Switzerland \(OAG\) has opened|^Total results Remain")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "reeva steenkamp": r".",                              # the judge's findings ("she said": Masipa), the dead woman's
    "his upbringing": r".",                               # the defence's argument
    "boris johnson": r"^he was running to succeed|^instinctively dislike",  # Gove's announcement; Sarah Vine's e-mail
    "increase": r"fiscal cliff",                          # a term, in Fox's narration
    "temporary help companies": r".",                     # Fox's narration of the month's hiring
    "labor leaders": r"^right to work$",                  # the law's name
    "centers for disease and prevention": r"bio-containment unit",  # a unit's name
}
# Disputes: Fox's 12,000 jobs lost in food manufacturing against CNN's 7,000 lost in all manufacturing (Fox gives the
# 7,000 too); CNNMoney's surveyed forecast of 8% against Bloomberg's survey median of 7.9 percent (two forecasts)
DISPUTE_WRONG = r"^(12,000|8%)$"
MAIN_FACT = {
    JOBS: r"(?i)\b(unemployment|jobless)\b[^.]*\b7\.7\b|\b146,000\b",
    MICHIGAN: r"(?i)\b(signed|signs|sign)\b[^.]*\bright-to-work\b|\bright-to-work\b[^.]*\b(signed|law)\b|"
              r"\bSnyder\b[^.]*\bsign\w*",
    PISTORIUS: r"(?i)\bPistorius\b[^.]*\b(guilty|culpable homicide|verdict|cleared|acquitted)\b",
    EBOLA: r"(?i)\b(first|1st)\b[^.]*\bEbola\b[^.]*\b(case|diagnos\w*|patient)\b|\bfirst\b[^.]*\bcase of Ebola\b|"
           r"\bEbola\b[^.]*\b(Dallas|diagnos\w*|confirmed)\b",
    # the arrests or the indictment unsealed (accusations and the charges' list alone are not the event)
    FIFA: r"(?i)\barrest\w*|\bindicted\b|\bindicts\b|\bunsealed\b",
    BORIS: r"(?i)\bJohnson\b[^.]*\b(ruled himself out|rules himself out|won't run|will not run|not run|"
           r"cannot be me|pulled out|dropped out|out of the race)\b",
}
# slant evidence of neutral words: "cold" (the weather; "left out in the cold"), "effective" bargaining, an
# "unexpected" setback and job cut, MPs "stunning"ly surprised, "dangerous" threats, Pistorius "admitted" the shots
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[MICHIGAN] = r"^(?i:cold|effective|unexpected)$"
SLANT_WRONG[JOBS] = r"^(?i:cold|unexpected)$"
SLANT_WRONG[BORIS] = r"^(?i:stunning)$"
SLANT_WRONG[EBOLA] = r"^(?i:dangerous)$"
SLANT_WRONG[PISTORIUS] = r"^(?i:admitted)$"
# furniture left in the text: CNN's referendum results widget
FURNITURE = r"^Total results Remain"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review36", EVENTS, OTHERS, marks))
