"""The 6 events of review 18: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review18_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review18_events.py --src /old/src  # another version

A fact-checker's review (review 18, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2016-2018, the
ids below, none used by review_allsides.py or review8-17_events.py) of kinds the earlier reviews had
little of: Britain's vote to leave the EU (a referendum abroad; the New York Times page is AP's video
script of Cameron's statement), the police shooting of Keith Lamont Scott and the protests in Charlotte,
the appeals court keeping Trump's travel ban blocked (a court ruling on immigration), Harvey's floods in
Houston (a disaster at home), the budget deal that ended a brief shutdown (CNN's text opens mid-article)
and Trump's plan to lower drug prices (a health story; the Atlantic's is analysis), with 10 unrelated
articles of the same weeks mixed in (2 near misses: the Washington Times on Cam Newton's words on
Charlotte's protests, Fox on Germany's fear that Brexit leads others out, the day after the vote). This
runs `manysides.analyze` on those 29 articles, written as one JSON Lines export with the dataset's
outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review
found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and after
(`--load` marks a run saved with `--json` anew). Read against the article texts, it found (marks of the
code at commit 678e192, origin/main):

* grouping: the 6 stories hold their articles; both near misses join (Newton's with Charlotte's story,
  its sentences listed as items only the Washington Times gives; Fox's with the Brexit story, its
  Farage sentence the summary's second); the 8 others stay alone;
* cleaning: 54 removals in the event articles, all furniture; furniture left in 8 lines: the Times'
  video script (its "RESTRICTION SUMMARY: AP CLIENTS ONLY ..." header, shot numbers and descriptions,
  "SOUNDBITE (English)" labels and "++FRAMES OF BLACK++", one line), Salon's share-form reply "Your
  message has been sent successfully", USA Today's "USA TODAY Network" and "Corrections and
  clarifications: An earlier version ..." at the top and three related headlines between its paragraphs
  ("Protests erupt in Charlotte after police kill man; 12 officers hurt", a shared point's wording and a
  disputed figure), the Guardian's caption of an embedded ruling; and the Times' list bullets ("•") kept,
  one taken into a name ("• Local");
* "only one outlet reports" items another outlet reports, or furniture: 9 of 155: the video script's
  header, shot descriptions and labels (5), a quotation's last sentence without its speaker (Fox's "It's
  time to end the global freeloading once and for all.", Salon's tweet's "Will be reaching out to
  community leaders ..."), a law professor's quoted words as NPR's statement ("The panel found that the
  states had standing ..."), the Washington Times' "The House voted 240-186 ..." (CNN gives the vote and,
  as "until March 2019", its 13 months);
* shared points pairing different statements: 9 of 43 (Trump's "middlemen" with the Atlantic's account of
  what PBMs do; drugmakers' argument with the hospitals' opposite claim; a quotation's later sentence as a
  point of its own (3: Lindner's, Cotton's, Lynch's); the administration's request for a stay with the
  court's refusal; the judges deferring the religion question with Washington's lawyer citing Trump's
  "shutdown" promise; "the judges were unequivocal" with "scathing in parts"; police saying Scott was armed
  with the chief not knowing whether he pointed the gun);
* disputes and differing figures: 3 of 4 not genuine: the Coast Guard's 20 helicopters against five
  deployed a day earlier, and twice the four officers hurt on Wednesday night against about 16 on
  Tuesday's (a dispute and a shared point's figures); genuine: Tuesday night's 12 against 16 officers;
* quotes given to the wrong speaker or words: 21 of 403: Purcell's words to Trump, the government lawyer's
  (2) to Trump, the Guardian's narration to "the unanimous ruling", Trump's "total and complete shutdown"
  to Purcell and to "the states", "That judge" for Judge Gorton, a student's words (2) and B.J. Murphy's
  to Chief Putney, "All" for Scott's family and neighbours, the protesters' chant to "police in riot gear
  crowded downtown Charlotte", USA Today's narration to McCrory, Newton's and Rivera's words to NBC (2),
  Scott's daughter's to the WFAE reporter (2), the hospitals' claim to "patients", the foreign ministers'
  words to "the other members" and to "Britain", Orban's to Rasmussen;
* summaries without the event's main fact: 1 of 6 (the budget deal's opens "The shutdown came just weeks
  after ...", never saying Congress passed it and the shutdown ended: no shared point or lead says so);
* slant evidence of neutral words: 27 of 67 spans: "violent" (protests), "difficult" (votes, a law that
  makes release "more difficult"), "sensitive" (a time for markets), "fair" (Paul's complaint, reported),
  "harsh" (words), "cheap" (once-cheap drugs), "unprecedented" (the Corps' release, and its sentence),
  "extreme" (the policy's name, "extreme vetting"), "sidestep" (a court that could), "admitting"
  (refugees), "prominent" (a lawyer), Lynch's "painful" (quoted, with its sentence) and the Tulsa chief's
  "disturbing" (quoted), "lively", "uncomfortable", "wary".
Since (session 29): cleaning takes the video script's markup (header, shots, labels; its soundbites stay under
Cameron's name), USA Today's correction label and chain name under the byline, and Salon's share-form reply:
removals in the event articles 54 -> 69, furniture lines left 8 -> 4 (USA Today's three related headlines, the
Guardian's caption); unique 9/155 -> 4/155 (the script's five pieces gone; the Times' soundbites now pair with
NPR's quotes of Cameron: shared 9/43 -> 9/44); where no opening sentence is stated by most outlets, the first
sentences are matched at cosine 0.50: summaries 1/6 -> 0/6 (the budget deal's opens "A brief U.S. government
shutdown ended on Friday after Congress passed and President Donald Trump signed into law a temporary spending
deal ..."); quotes 21/403, disputes 3/4 and slant 27/67 unchanged.
Merged (session 29, with the other helpers' quote and slant rules, one run): summary 0/6, shared 9/44, unique 4/155,
quotes 20/414, disputes 3/4, slant 23/62.
Since (session 30): a list item's bullet is taken off its line (the Times' "• Local officials ..." item and its
"• Local" detail gone; another item of the Times takes its place); marks unchanged (summary 0/6, shared 9/44, unique
4/155, quotes 20/414, disputes 3/4, slant 23/62); the related headlines and the caption stay (docs/inputs.md).
Since (session 30): figures of two nights are two counts (Wednesday night's four officers hurt against the 16 of
the night before, told at Wednesday's press conference or after "sparked overnight protests"), a count "as of Monday"
is a running count's reading (the Coast Guard's five helicopters against 20), and an outlet that gives the other's
figure too does not differ from it (USA Today's four beside Salon's 12: it gives the 12 too): disputes 3/4 -> 0/2
(left, genuine: Tuesday night's 12 against 16, as a dispute and as the injured officers' point's figures; the marks
pattern names the four, not NPR's "about 16", now the genuine dispute's 16); shared points: not knowing whether is
not saying (the chief who "does not know if Scott pointed the weapon" beside "Police said Scott had a gun"; also
out of the summary) and a request is not the decision on it (the stay asked for beside the judges who upheld the
order): shared 9/44 -> 7/44; other marks unchanged (before with `--src /work/main/src` on a copy of the store).
Since (session 30): slant evidence reads "difficult", "sensitive", "prominent", "unprecedented" and "lively" as plain
statement, "cheap" of a thing bought, "extreme vetting" (a policy's name) and "harsh words" as fixed terms, a feeling
said of someone ("nations are wary of") and "the uncomfortable position" as their state or bind, a critic's "for"
reason as the critic's ("slammed his colleagues for ... a lack of a fair and open process"), "admitting refugees" and
"sidestep controversy" as no judgement verbs, a quoted fragment a speech verb gives a named speaker as the speaker's
(the Tulsa chief's "very disturbing"), and the quote stage closes a quotation at "’’" (USA Today's Lynch): slant
23/62 -> 0/32 (articles showing no phrase 18 -> 21 of 29, no phrase and no loaded span 9 -> 16); quotes 20/414 ->
20/416 (USA Today's two quotations of Lynch found, given to her); the other marks unchanged (`--src
/work/main/src` before, fresh stores).
Since (session 30, ANNOTATOR_VERSION 49): quotes 20/414 -> 11/413: Purcell's words and Trump's "total and complete
shutdown" (a title of a body with the holder's name; a pledge's own verb), "the unanimous ruling" (what a ruling
suggests is no statement), NBC's two (an outlet's tag after a speaker's), a student's two (a name the NER missed),
"the other members" ("they" is no group under its own clause's preposition) and Orban's ("reacted") right; left:
Flentje's two (typed a place), "the states", "That judge", "All", the protesters' chant, McCrory's narration, the
WFAE reporter (2), "patients", "Britain" (docs/quotes.md; B.J. Murphy's words were his already at the session's
start); every other mark unchanged.
Merged (session 30, with the other helpers' rules, one run): summary 0/6, shared 7/44, unique 4/155,
quotes 11/415, disputes 0/2, slant 0/32.
Since (session 31, ANNOTATOR_VERSION 53): quotes 11/415 -> 7/415: Flentje's two (a surname typed a place with a
person's noun beside it; NPR's "Flentje" is "August Flentje" now too), the protesters' chant (of a cue's two
subjects, the one after "as"), "That judge" (the judge the next sentences name, Nathaniel M. Gorton) right; left:
"the states", "All", McCrory's narration, the WFAE reporter (2; a rule tried and reverted, docs/quotes.md),
"patients", "Britain"; every other mark unchanged (before: main's code at af95b50 with `--db`; after: this
change, a fresh store).
Merged (session 31, with the other helpers' rules, one run): summary 0/6, shared 7/44, unique 4/155, quotes 7/415,
disputes 0/1 (the officers hurt: USA Today's 12 is its related headline, its text gives NPR's 16), slant 0/32.
Since (session 32, ANNOTATOR_VERSION 64: "unique", "unusual" and a turn of the economy's record are no loaded
wording): every mark identical, slant 0/32 (a fresh store; the text alone loses one span, "a highly unusual strategy",
which the pipeline did not show).
Since (session 32, REPORT_VERSION 118): a sentence opening inside a quotation is listed from the sentence the
quotation opens in, when that is at most two sentences back: unique 4/155 -> 2/152 (NPR's panel and Salon's tweet of
the mayor whole; the Reuters, Fox Online, Washington Times and NPR protest quotations whole; the Times' Cameron
transcript merges two pairs); Fox's "It's time to end the global freeloading ...", three sentences into its
quotation, stays a tail; every other mark unchanged (a copy of main's store).
Since (session 32, ANNOTATOR_VERSION 60): quotes 7/415 -> 4/414: the foreign ministers' statement ("it said" after
"said in a statement" is its makers', not Britain's, a subject of what it reported), "All" (a bare quantifier
opening its sentence counts "members of Scott's family as well as neighbors", whom the sentence before met), USA
Today's narration ("The latest violence prompted Gov. Pat McCrory to ..., the governor said": a report naming its
own speaker in full is dropped); left: the WFAE reporter (2; a rule tried and dropped again, docs/quotes.md),
"the states", "patients"; every other mark unchanged (before: the lead's store of main, /tmp/s32me/r18.db; after:
a fresh store at commit 5443c21).
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/6, shared 7/44, unique 2/152, quotes
4/414, disputes 0/1, slant 0/32.
Since (session 33, ANNOTATOR_VERSION 67, fresh store): quotes 4/414 -> 4/414: "De la Canal" is now "Nick de la
Canal" (a surname's particles match in either case); the WFAE reporter's 2 marks left (restoring session 32's
unnamed-main-subject rule fixed them but again gave his later block quotes to Glenn: see docs/quotes.md).
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 7/44, unique
2/152, quotes 4/414, disputes 0/1, slant 0/30.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every mark identical (summary 0/6, shared 7/44, unique 2/152, quotes 4/414, disputes 0/1, slant 0/30).
Since (session 34, helper B; fresh store, ANNOTATOR_VERSION 75; before = main's store /tmp/s34me/r18.db): a
reporter credited in an "as" clause is no he/she over the unnamed woman the sentence is about, and the he/she reach
skips sentences wholly in quotes, so the WFAE reporter keeps his block quotes after "He continues:" (docs/quotes.md,
"Review 22's speakers and review 18's WFAE reporter"): quotes 4/414 -> 2/412 (the daughter's two to the reporter now
have no speaker; left: "patients", "the states"); shared 7/44 -> 7/45 (a new right pair: Salon's "She said her father
was disabled and unarmed" with NPR's "She cursed at officers ..., saying her father was disabled ...", no longer the
reporter's report); summary 0/6, unique 2/152, disputes 0/1, slant 0/30 unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 7/45, unique 2/152, quotes 2/412, disputes 0/1, slant 0/30 (before: shared 7/44, quotes 4/414).
Since (session 36, helper E; before = main's fresh store at 3111dd5, REPORT_VERSION 137: summary 0/6, shared 7/45,
unique 2/152, quotes 2/412, disputes 0/1, slant 0/30): a span of months is given by the month it ends (CNN's and
Reuters' "until March 2019" in February 2018 for the Washington Times' "suspends the debt ceiling for 13 months"):
unique 2/152 -> 1/151 (the Washington Times' item, listed only for "13 months", gone), the rest unchanged
(REPORT_VERSION 143, the compare stage on a copy of the store). Left: Fox's "It's time to end the global freeloading
once and for all.".
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
every mark as at main (d2066a0); the Guardian's Purcell item is now whole (unmarked).
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): a quotation's
short sentences are listed from where it opens (REPORT_VERSION "171"): unique 1/151 -> 0/151 (story marks 1/18 ->
0/18): Fox's Trump quotation listed whole ('Said Trump, "It's unfair. It's ridiculous. ... It's time to
end the global freeloading once and for all."'), not its tail; every other line the same.
About 4-15 minutes (15 on a machine shared by many runs).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 7/45
-> 7/47 (the $300 billion in the budget deal, the sixteen police officers injured: each one fact, unmarked); every
other mark the same.
Since (session 46, helper C; before = main's fresh store at 9f83842): "modest" of a thing tells its scope
(docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 0/30 -> 0/28 (Reuters'
"more modest policy proposals", phrase and word, gone, and its sentence; Reuters shows "Trump also blasted the
pharmaceutical and insurance industries ..." instead, its "blasted" shown before too); every other line the same.
Since (session 47, helper D; before = main's fresh store at 71d1fa9): a quotation's later sentence whose head is a
shared point's is listed from its own start (docs/comparison.md, "Session 47, helper D"; REPORT_VERSION "262", a
copy): Salon's tweet is listed from its tail, 'Will be reaching out to community leaders to work together."' —
Jennifer Roberts (was the whole tweet from "In response to the police shooting, Charlotte Mayor Jennifer Roberts
tweeted, "The community deserves answers ...", whose head NPR's "tweeted that 'the community deserves answers'"
shares), and the Times' Cameron item from "I held nothing back, ..." — David Cameron (its head, "I fought this
campaign ...", NPR's too); unique 0/151 the same with the regex's Salon entry taken out (the review marked the tail
for its missing speaker, which the item now names; with the old regex 1/151); every other line the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Britain votes to leave the EU (2016)": ["62yGJeo4gcw6u3H0", "hLpATOVpOytwfHwB", "zhLyr21OMOAW7xEQ"],
    "Police shooting and protests in Charlotte (2016)": ["haSyWhPHqgNwOrXq", "EpS6SCmvaSr4OExU", "qH44WhbfIAVhxCea",
                                                         "mtibQjofi1QAtJwv"],
    "Appeals court keeps the travel ban blocked (2017)": ["4Yis2tEPmThk6efh", "bBhxuGhaA1jGCDe8", "sXgnk5mVpXCZAPX1"],
    "Harvey floods Houston (2017)": ["PNVd9snq8RwoIR6d", "awzOO4EWTIJPJScn", "SlYrCWmwwupjbzx9"],
    "Budget deal ends a brief shutdown (2018)": ["Rys0Votm2JP94nHG", "BFM1rYG8xbiIvX7U", "nfXsEV9tavHdEDHO"],
    "Trump's plan to lower drug prices (2018)": ["7lIzDVErGu1bH3gY", "rB8uHG0DpMVT9GWg", "7ThaFKxr7MNgPMwr"],
}
# 2 near misses (the Washington Times on Cam Newton's words on Charlotte's protests; Fox on Germany fearing Brexit
# could lead others out of the EU, the day after the vote), 8 others
OTHERS = ["X6110wcKZfhkLwMf", "tcWNhpTZoGfftJnf", "JQ8Aebuaj5r5koaL", "jm0LXKTGuk5mx71E", "EO59iT6GkMLuSOJx",
          "B4nO61AkzJMu0e4D", "K0fycEVoCSAk3CqQ", "qqsNULRxGO6D6MUR", "DK1Ac0zNQI6f0PtS", "MCicjMfdcsbHgzvf"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing (a quote's later sentence as a point of its own)
SHARED_WRONG = (r"^PBMs function as industry middlemen|^They claim drug manufacturers aren|"
                r"^\W?And you don.t have to go far|^The administration then asked the appeals court|"
                r"^In contrast, Noah Purcell|^In their ruling, the judges were unequivocal|^\W?This misguided ruling|"
                r"^The police chief says he does not know if Scott|^\W?They have once again highlighted")
# "Only one outlet reports" items another outlet reports too, a quotation's tail, or furniture (session 47, helper D:
# Salon's tweet's tail "Will be reaching out to community leaders ..." unmarked: the review found it listed without its
# speaker, and an item now carries its speaker, "— Jennifer Roberts"; Salon alone prints that sentence of the tweet)
UNIQUE_WRONG = (r"^It's time to end the global freeloading|^The House voted 240-186|^The panel found that the states|"
                r"^RESTRICTION SUMMARY|^British Prime Minister David Cameron "
                r"approaching|^Cameron at lectern|^\+\+FRAMES OF BLACK|^3\. Various of Cameron")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "patients": r".",                                                          # the hospitals' claim
    "trump": r"judiciary's role is to step in",                                # Purcell's words
    "donald trump": r"^the decision should not be subject|^judicial second-guessing",  # the government's lawyer
    "unanimous ruling": r"uphill battle",                                      # the Guardian's own words
    "states": r"complete and total shutdown",                                  # Trump's words
    "noah purcell": r"total and complete shutdown",                            # Trump's words, cited
    "that judge": r".",                                                        # Judge Gorton
    "kerr putney": r"police brutality|^This happened in our front yard|keep your money",  # a student; B.J. Murphy
    "all": r".",                                                               # Scott's family and neighbours
    "police in riot gear crowded downtown charlotte": r".",                    # the protesters' chant
    "pat mccrory": r"^The latest violence prompted",                           # USA Today's narration
    "nbc": r"^embarrassing$|tearing up our city",                              # Newton's and Rivera's words
    "nick de la canal": r"disabled and didn't have a gun|running for him",     # Scott's daughter's words
    "other members": r".",                                                     # the foreign ministers
    "britain": r"We are aware that discontent",                                # the ministers' statement
    "lars loekke rasmussen": r"voice of the people",                           # Viktor Orban's words
}
# disputes and differing figures the review found not genuine (any of their figures): helicopters counted on two
# days, officers hurt on two nights (Wednesday night's four; Tuesday night's 12 against 16 is genuine, whichever
# of NPR's two 16s stands for it)
DISPUTE_WRONG = r"^(20|five|Four)$"
MAIN_FACT = {
    "Britain votes to leave the EU (2016)": r"(?i)\b(vote|voted|referendum)\b.{0,200}\b(leave|exit|Brexit)",
    "Police shooting and protests in Charlotte (2016)": r"(?i)\b(police|officer)\b.{0,200}\b(shot|shooting|killed|kill)\b",
    "Appeals court keeps the travel ban blocked (2017)": r"(?i)\b(court|judges|panel)\b.{0,200}\b(travel ban|order|ban)\b",
    "Harvey floods Houston (2017)": r"(?i)\b(Harvey|storm|rain)\b.{0,200}\b(flood\w*|shelters?|rescue\w*|evacuat\w*)\b",
    "Budget deal ends a brief shutdown (2018)":
        r"(?i)\b(shutdown|budget|spending|stopgap|bill|deal)\b.{0,200}\b(ended|ends?|passed|pass(es)?|signed|"
        r"signs?|approved|voted)\b",
    "Trump's plan to lower drug prices (2018)": r"(?i)Trump.{0,200}drug prices|drug prices.{0,200}Trump",
}
# slant evidence of neutral words: "once-cheap" drugs, a "sensitive" time, "difficult" votes, a "fair" process (Paul's
# complaint, reported), "harsh words", an "unprecedented" move, "extreme vetting" (the policy's name), a court that
# could "sidestep", "admitting" refugees, a "prominent" lawyer, violent protests, words quoted (Lynch's "painful",
# the Tulsa chief's "disturbing"), a "lively" atmosphere, an "uncomfortable" position, nations "wary" of a step
SLANT_WRONG = {
    "Trump's plan to lower drug prices (2018)": r"^(?i:cheap)$",
    "Budget deal ends a brief shutdown (2018)": r"^(?i:fair|sensitive|difficult|harsh)$",
    "Harvey floods Houston (2017)": r"^(?i:unprecedented)$|^In an unprecedented move",
    "Appeals court keeps the travel ban blocked (2017)": r"^(?i:extreme|sidestep|admitting)$",
    "Police shooting and protests in Charlotte (2016)": r"^(?i:prominent|painful|violent|difficult|disturbing)$|"
                                                        r"^“They have once again highlighted",
    "Britain votes to leave the EU (2016)": r"^(?i:lively|uncomfortable|wary)$",
}
# furniture left in the text: a video script's markup, Salon's share-form reply, USA Today's chain and correction
# label, its related headlines between paragraphs, the Guardian's caption of an embedded document
FURNITURE = (r"RESTRICTION SUMMARY:|SOUNDBITE \(English\)|\+\+FRAMES OF BLACK\+\+|^Your message has been sent|"
             r"^USA TODAY Network$|^Corrections and clarifications:|^Everyone in Keith Lamont Scott's Charlotte|"
             r"^Charlotte and Tulsa shootings: What police say|^Protests erupt in Charlotte after police kill man|"
             r"^Ruling from the US ninth circuit court of appeals on the travel ban\.$")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review18", EVENTS, OTHERS, marks))
