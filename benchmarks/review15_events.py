"""The 6 events of review 15: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review15_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review15_events.py --src /old/src  # another version

A fact-checker's review (review 15, 2026-12-02) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2017-2020, the
ids below, none used by review_allsides.py or review8-14_events.py) of kinds the earlier reviews had
little of: Hurricane Irma nearing Florida (a natural disaster; CBN's piece was written after landfall),
the Air Force's failure to report the Texas church gunman's conviction (a mass shooting and the gun
debate after it), Al Franken's resignation (a scandal), Trump's tariffs on China (a trade decision),
the US strike that killed Soleimani (a foreign attack; the New York Times piece is its live page's part
on Iran's hackers) and the White House's guidelines to reopen states (a pandemic measure), with 10
unrelated articles of the same weeks mixed in (2 near misses: USA Today on the House's hurricane aid and
debt-limit vote, MarketWatch on the Dow and the Iran tensions). This runs `manysides.analyze` on those
33 articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event
story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after. Read against the article texts, it
found (marks of the code at commit 33833fa, origin/main):

* grouping right: the 6 stories hold exactly their articles; both near misses and the 8 others stay alone;
* cleaning: 42 removals in the event articles, all furniture; 11 furniture lines left: Business Insider's
  caption over "AP Photo/Darren Abate" (an "only Business Insider" item and its slant sentence), its
  "Devin Patrick Kelley. Daily Mail" and its "Editor's note: An earlier version ...", Reuters' caption
  dated "... U.S. December 7, 2017." (its credit went, its words stayed: Reuters' slant sentence), CNN's
  "This story has been updated ...", USA Today's "Key figure: What we know about ...", CBN's "RELATED:
  ..." links run into a paragraph, "RESOURCE: Disaster Readiness Guide" and a video's caption ("CBN
  Reporter ... talks with ..."), the Times' "Check out our maps tracking the storm." and Democracy Now's
  "We'll have more on ... after headlines." closing paragraphs;
* "only one outlet reports" items another outlet reports, or furniture: 11 of 167 (CBN's promotion of
  its charity (2), the caption, the Ruger rifle bought at Academy, the victims' ages, "Outdoors store in
  San Antonio" (a fragment of a sentence split at "Sports + Outdoors"), "About 18 Democratic senators"
  (20 in two others), the "dishonorable end" (the Times' "jarring end"), Franken as a 2020 contender, the
  tariffs' options with investment limits, the three-phase plan CBN details);
* shared points pairing different statements: 8 of 51 (landfall at 9 am with the forecast of 8 a.m.;
  two different Scott quotes; the gunman's access to firearms with who he was; "Reuters has not
  independently verified" with Franken's denial; the 2006 accuser with when the allegations began; the
  special election's date with "could be close"; the accuser's account with his comedy career; the steel
  tariffs' size with "Those tariffs take effect Friday");
* disputes and differing figures: 5 of 6 not genuine: the storm's winds at three moments (100, 120, 125
  mph: a dispute and a shared point's figures), "160-mile-per-hour winds" against "415 miles across",
  5.6 million ordered to evacuate (Friday) against 6.3 million who "have now been" (Saturday), a crime's
  "maximum sentence of five years" against the "12-month sentence" he got; genuine: at least 20 against
  at least 25 dead in the Caribbean (figures that differ, as `differing_figures` lists them);
* quotes given to the wrong speaker or words: 17 of 357: a White House statement to Trump, a video as a
  speaker, the Times' narration to Langendorff, "bad conduct discharge" to the gunman, "Texas Department
  of Public Safety Regional" (a title cut from Freeman Martin's name) as a speaker, "Saturday Night Live"
  to Franken, an accuser's words to McConnell (2), "D-N.H." as a speaker, Franken's "simply not true" to
  Menz, Graham's words to Soleimani (3: one a show's name, "Fox and Friends") and to Trump (2),
  Rouhani's "harsh retaliation" to Graham, a podcast's title to Birx;
* summaries without the event's main fact, or misleading: 3 of 6: the shooting's (the gunman's
  discharge, twice, never the Air Force's failure in three of four headlines), the tariffs' ("Those tariffs
  take effect Friday", the steel tariffs, read as the China tariffs of its first sentence), Soleimani's
  (never who killed him, and National Review's "which isn't hard to believe, since that was his job");
* slant evidence of neutral words: "powerful" and "dangerous" (a storm), "deadly" and "worst" (quoted),
  "admitting" (the Air Force's admission), "violent", "effective", "popular", "sad", "careful" (quoted);
  evidence sentences of plain facts or furniture (Alabama's state of emergency, "Kelley enlisted in the
  U.S. Air Force in 2010.", the two captions).
Since (session 26): cleaning takes an agency's caption over "AP Photo/..." or dated as Reuters dates them,
update and correction notes, a headline under a spaced label, links in capitals and the outlet's pitch run
into a paragraph: removals 42 -> 50, furniture lines left 11 -> 2 (the video's caption, "... Daily Mail");
figures: a "-per-hour" speed, a legal maximum, a level a change reached and one running total read on
two days or at two moments: disputes and differing figures 5/6 -> 1/1 (5.6 against 6.3 million
evacuees: "have now been ordered" stands after a dashed aside, outside the figure's clause; the Caribbean's
"at least 20" dead (Friday) and the "at least 25" the storm "has already killed" (Saturday) are now two
readings of a running total, no longer listed as differing); summary: no
wording that points back: 3/6 -> 2/6 (the tariffs' now says Trump "is considering hitting the Chinese
with new tariffs"); unique 11/167 -> 10/167 (the caption), quotes 17/357 -> 16/349, shared 8/51 -> 8/50.
Since (session 27): slant evidence (marked "slant": every shown phrase, loaded word or verb and sentence,
by its words): a loaded word inside a quoted statement (over three words) or reported speech is the
speaker's, an adjective grading a natural hazard ("the powerful storm") and "popular" are no loaded
wording, admitting one's own failure no judgement verb, and a slant sentence needs the outlet's loaded
wording: slant 38/131 -> 3/56 (left: the Times' Irma "remained “extremely dangerous”" and USA Today's
storm surge "will be “dangerous”", quoted fragments of a word or two, kept as the outlet's pick);
articles showing no phrase 16 -> 25 of 33 (no phrase and no loaded span 4 -> 9); the other marks unchanged.
Since (session 27): a running total's verb after a dashed aside ("about 6.3 million people in Florida — ... —
have now been told") and a count's running total read on two days listed as differing figures with their days:
disputes and differing figures 1/1 -> 0/1 (the 5.6 against 6.3 million evacuees gone; "At least 20" (2017-09-08)
against "at least 25" (2017-09-09) dead in the Caribbean listed under their shared point, as the review judged
right); shared points: an outlet's note that it "has not independently verified" is no candidate, and two times
of day an hour apart are told apart: shared 8/50 -> 6/49 (Reuters' note; landfall at 9 am with the forecast of
8 a.m.), the other six left (one person's two quotes, two facts of one story).
Since (session 27): a summary lacking words most outlets' headlines share takes the point that gives them, a
point ranks last only when every wording opens with a connective, a trailing comment clause ("which isn't hard
to believe, since that was his job") is left out: summaries 2/6 -> 1/6 (the shooting's now opens with the
Washington Times' "The Air Force announced it would undertake a "comprehensive review" ... after discovering
that Holloman Air Force Base officials failed to report ..."; Soleimani's loses National Review's aside and
still never says who killed him); unique 9/165 -> 7/164 (an article the tagger took into a name, "an Academy
Sports & Outdoors"; two outlets' estimates whose hedges meet, "About 18" beside "About 20" Democrats); items
and points cut before their closing quotation mark now keep it; shared 8/50, quotes 16/349 unchanged.
Since (session 27): cleaning takes Business Insider's "Devin Patrick Kelley. Daily Mail" (a name over a photo's
source) and CBN's "CBN Reporter ... talks with ..." (the outlet's caption of its own clip): furniture lines left
2 -> 0.
Since (session 27, ANNOTATOR_VERSION 37): "D-N.H." as a speaker, the accuser's words given to McConnell
(2), Graham's given to Soleimani (3; "Fox and Friends" now a show's name, dropped) and to Trump (a speech
tag inside marks left open): quotes 16/349 -> 9/346 (the show's name dropped, the accuser's two quotes left
without a speaker; no other quote line changed); the White House statement was no longer given to Trump
before; unique, shared, summaries and figures as they were.
Since (session 28): no unique item for a figure another outlet of its point reads at another moment (the winds'
125 mph), with a rule on quotations' middles since taken out: unique 7/165 -> 7/159 (commit 070b771; 7 of 161 on
the gold events, scripts/unique_review_items.py); the other marks unchanged.
Since (session 28): quotes 9/346 -> 8/342 (the storm footage's scene no report; left: Graham's and Rouhani's words,
the others listed in docs/quotes.md).
Since (session 29): quotes 8/343 -> 7/343 ("Texas Department of Public Safety Regional Director Freeman Martin said"
is Freeman Martin's, a body's name ending on its titled holder); every other mark unchanged.
Since (session 29): where no opening sentence is stated by most outlets, the articles' first sentences are matched
at cosine 0.50, the one the other headlines echo first: summaries 1/6 -> 0/6 (Soleimani's now opens "Iran warned
Friday a "harsh retaliation is waiting" for the United States after top Iranian General Qasem Soleimani was killed
by the Pentagon in an airstrike."); every other mark and the 52 removals unchanged.
Since (session 30, ANNOTATOR_VERSION 49): the marks count CNN's "Trump, who began the week insisting he had the
"absolute authority" to reopen the country, retreated ..." (a report run past its relative clause; new since session
29): quotes 8/351 (the session-30 start, marked anew with --load) -> 7/351 (the report ends with the clause); Politico's
"a former Democratic congressional aide said ..., Politico reported" is the aide's; every other mark unchanged.
Since (session 31, ANNOTATOR_VERSION 55): a hazard by its name ("Hurricane Irma" ... "Irma remained “extremely
dangerous,”") or set off from its verb by an appositive ("Storm surge, the wall of sea water ..., will be
"dangerous"") is graded, not judged: slant 3/44 -> 0/39 (the Times' phrase and word, USA Today's word, and the two
sentences they carried); the other marks unchanged (summary 0/6, shared 6/49, unique 7/165, quotes 7/351, disputes
0/1; before: main af95b50's store, after: a fresh store). The quote stage still gives the Times' “extremely
dangerous,” no speaker (its “life-threatening inundation.” it gives the hurricane center).
Merged (session 31, with the other helpers' rules, one run): summary 0/6, shared 6/49, unique 7/165, quotes 7/351,
disputes 0/1, slant 0/39.
Since (session 32, ANNOTATOR_VERSION 60, review 20's and 18's speaker rules): quotes 7/351 -> 6/350: the Times'
"The bystander, who identified himself Monday night as Stephen Willeford, flagged down a nearby driver, Johnnie
Langendorff, ..." is no longer Langendorff's report (a report naming its own speaker in full is the outlet's
account); every other mark unchanged (before: the lead's store of main; after: a fresh store at commit 5443c21).
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/6, shared 6/49, unique 7/163, quotes
6/350, disputes 0/1, slant 0/39.
Since (session 33, REPORT_VERSION 124): a figure the dispute stage groups with another outlet's (clashing or not) is
no new figure: USA Today's "Scott said 54,000 people had already taken refuge in the more than 320 shelters ..." (not
marked) is no longer listed, Mayor Sharief's words take its place; every mark unchanged (a copy of main's store).
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 6/49, unique
7/163, quotes 6/350, disputes 0/1, slant 0/39.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): shared 6/49 unchanged: CBN's
"... downgrading to a Category 2 with winds weakening to 100 mph ..." (a later reading) leaves the point on Irma's
downgrade to Category 3 "shortly before noon Saturday" (a named time beside a figure of its unit not within a
tenth); every other output unchanged.
Since (session 34, REPORT_VERSION 133, a copy of main's store, comparison only: review 22's year, date and dispute
rules): every mark and line unchanged.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every mark identical (summary 0/6, shared 6/49, unique 7/163, quotes 6/350, disputes 0/1, slant 0/39).
Since (session 34, helper A; a copy of main's store, comparison only, REPORT_VERSION 128): a summary sentence opening
with a bare surname is written with the person's full name: "Devin Patrick Kelley left the military in 2014 ..."; every
mark unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 6/49, unique 7/163, quotes 6/350, disputes 0/1, slant 0/39 (no mark changed).
Since (session 36, helper B; before = main's fresh store at 3111dd5; after = ANNOTATOR_VERSION 84, a fresh store):
a title after where one spoke ('said on CNN's Global Town Hall, “Coronavirus: Facts and Fears.”') and one between
"a former" and a noun ('a former “Saturday Night Live” performer') are names, a named vower's infinitive is the
vower's (Rouhani's "harsh retaliation"), what a person's statement "that ..." says is theirs (Franken's "simply not
true"), what a subject received ('a “bad conduct discharge”') is no words of theirs (docs/quotes.md, "The reviews'
left-over speakers"): quotes 6/350 -> 1/347 (left: Trump for Graham's "potential"); the Franken story's sourcing
scores move by a few thousandths (its voices); summary 0/6, shared 6/49, unique 7/163, disputes 0/1, slant 0/39
unchanged.
Since (session 37, helper D; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86; after = ANNOTATOR_VERSION
91, a fresh store): a word in the topic of a reported telling is the reporter's (docs/quotes.md, "Session 37's
left-over speakers"): quotes 1/347 -> 0/347 (Newsmax's "Graham said Friday President Donald Trump informed about the
“potential” operation": the word is Graham's); summary 0/6, shared 6/49, unique 7/163, disputes 0/1, slant 0/37
unchanged.
Since (session 38, helper F; before = main's fresh store at d2066a0, REPORT_VERSION 147; the compare stage rerun on a
copy): a sentence the splitter cut in two ("I was scared for me" | "and I was scared for every one of them.") is one
sentence (REPORT_VERSION 152; docs/comparison.md): unique 7/163 -> 7/162 (the Times' two items of Stephen Willeford's
quotation are one, the quotation whole); every other line the same.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
unique 7/163 -> 7/162 (the Times' two pieces of one cut quotation one item); every other mark as at main (d2066a0).
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): session 41's
unique-item rules (REPORT_VERSION "171"): unique 7/162 -> 6/162 (CNN's "The resignation brings a sudden and
dishonorable end ..." unlisted, its place taken by its "More than 20 Democrats, ... about 12 minutes"); every other
line the same.
About 4-8 minutes.
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 6/49
-> 6/50 (the 1,000 volunteer nurses, one fact, unmarked); every other mark the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Hurricane Irma nears Florida (2017)": ["Bcs5nOnY6kTlja80", "zvDwHKc6sE0smS1k", "SyGj92kitfiGMFF3",
                                            "M6NqoMNbkBTpZCXg"],
    "Air Force error let the Texas church gunman buy guns (2017)": [
        "Tlc2ZXble8A5G9BH", "nxANdO9794uqTXxK", "sIEY3rc19g5MJcmM", "GHqb0e9Acbh05uCH"],
    "Al Franken resigns (2017)": ["wR8Y5FGq2AsTPaWO", "Z62otdv9j4xCvAVM", "jgnAt4arNYP39tZa", "Cjy66RkkVBjAGwZR"],
    "Trump's tariffs on China (2018)": ["H58uxRskE53DDbDt", "q66VbpZqt3EP6sla", "YEzysbFtcjlhJC56",
                                        "pLw6LZi7sU8utIQs"],
    "US strike kills Soleimani (2020)": ["36KDyixAi7J0r4mu", "v6U9oEaWBYVAZs3R", "nqNlXLqnLGsdeMsb",
                                         "9xQkjibsFWntrpLO"],
    "White House guidelines to reopen states (2020)": ["TmbI5r6DO4LX9GNn", "hjhaTJ9NDWdatk4O", "CSCbbnfK45NZo53j"],
}
# 2 near misses (the House's hurricane aid with the debt limit; the Dow on the Iran tensions), 8 others
OTHERS = ["DUHsoEvN2Uc9fB9N", "15TUQjHMdswI1j5p", "MxhfY4mgGIJ0tmJp", "35yE2fo95CCVjfZR", "2g7DWhmAw7xyMpL2",
          "M63pAcGdPKnEqty5", "OgNgrIP5Zabi42IR", "12blL68ql93XQi9Z", "7fMcfWbdyOpXjDHf", "FqetYpXZ2TBLei0E"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"^The storm officially made landfall in the Florida Keys|^This storm is much worse|"
                r"^The suspected shooter was a 26-year-old|^Reuters has not independently verified|"
                r"^Before that, another woman accused Franken|^The election to fill Franken’s seat could be close|"
                r"^Franken made his start as a comedy writer|^Those tariffs take effect Friday")
# "Only one outlet reports" items another outlet reports too, page furniture, or the outlet's own promotion
UNIQUE_WRONG = (r"^OB already has dozens|^Meanwhile, Operation Blessing continues|^Kelley bought a Ruger AR-556|"
                r"^Mourners participate in a candlelight vigil|^The victims of the shooting range from 5 to 72|"
                r"^Outdoors store in San Antonio|^About 18 Democratic senators|"
                r"^The resignation brings a sudden and dishonorable end|^Some viewed him as a potential contender|"
                r"^In addition to tariffs, Trump's options include|^In a document provided to all 50 US governors")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    # the White House's statement; Graham's words
    "donald trump": r"^The President and his Cabinet|^potential$|^the intelligence was that Soleimani|"
                    r"retreated after pushback",                                 # (CNN's narration run into his report)
    "this amazing footage from the storm": r".",                                 # a video as speaker
    "johnnie langendorff": r"^The bystander",                                    # the narration
    "devin patrick kelley": r"bad conduct discharge",                            # a term of the military's
    "texas department of public safety regional": r".",                          # a title cut from Freeman Martin
    "al franken": r"^Saturday Night Live$",                                      # a show's name
    "mitch mcconnell": r"between me and the door|It was very quick",             # the accuser's words
    "d-n.h.": r".",                                                              # a party and state as speaker
    "menz": r"^simply not true$",                                                # Franken's words
    "qassem soleimani": r".",                                                    # Graham's words, a show's name
    "lindsey graham": r"^harsh retaliation$",                                    # Rouhani's words
    "deborah birx": r"Facts and Fears",                                          # a podcast's title
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(100 mph|120 mph|125 mph|160-mile|415 miles|5\.6 million|about 6\.3 million|five years|12-month)$"
# what each event's summary must state (the review's reading of the main fact), and for two, what it must not
MAIN_FACT = {
    "Hurricane Irma nears Florida (2017)": r"(?i)(Irma|hurricane|storm).{0,200}(Florida|Keys)",
    "Air Force error let the Texas church gunman buy guns (2017)": r"(?i)Air Force.{0,200}(fail|report|submit|blunder)",
    "Al Franken resigns (2017)": r"(?i)Franken.{0,150}(resign|step down|leave)",
    "Trump's tariffs on China (2018)": r"^(?!.*Those tariffs take effect).*(?i:(tariffs?|trade enforcement actions?)"
                                       r".{0,200}China)",
    "US strike kills Soleimani (2020)": r"^(?!.*hard to believe).*(?i:(U\.S\.|United States|American|Pentagon|"
                                        r"Trump|airstrike|drone)[^.]{0,150}(kill|killed|killing)\b|"
                                        r"\bkill(ed|ing)?\b[^.]{0,80}(airstrike|drone|strike))",
    "White House guidelines to reopen states (2020)": r"(?i)guidelines.{0,200}(states|reopen|ease|restrictions)",
}
# slant evidence of neutral words (each shown phrase, loaded word, verb and sentence, by its words):
# a storm's force, quoted words, the Air Force's own admission, plain facts and captions
SLANT_WRONG = {
    "Hurricane Irma nears Florida (2017)": r"^(?i:(the )?(powerful|dangerous|deadly|worst|popular))$|"
                                           r"^On Friday, Gov\. Kay Ivey of Alabama issued",
    "Air Force error let the Texas church gunman buy guns (2017)": r"^(admitting|violent)$|"
                                                                   r"^Kelley enlisted in the U\.S\. Air Force in 2010|"
                                                                   r"^Mourners participate in a candlelight vigil",
    "Al Franken resigns (2017)": r"^(sad|worst)$|^U\.S\. Senator Al Franken \(D-MN\) departs",
    "Trump's tariffs on China (2018)": r"^(effective|popular)$",
    "US strike kills Soleimani (2020)": r"^popular$",
    "White House guidelines to reopen states (2020)": r"^(sad|careful|popular|worst)$",
}
FURNITURE = (r"^Devin Patrick Kelley\. Daily Mail$|AP Photo/|^This story has been updated|^Editor's note:|RELATED:|"
             r"^RESOURCE:|^Key figure:|Check out our maps|after headlines\.$|^CBN Reporter .* talks with|"
             r"^U\.S\. Senator Al Franken \(D-MN\) departs")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review15", EVENTS, OTHERS, marks))
