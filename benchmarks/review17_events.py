"""The 6 events of review 17: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review17_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review17_events.py --src /old/src  # another version

A fact-checker's review (review 17, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2016-2019, the
ids below, none used by review_allsides.py or review8-16_events.py) of kinds the earlier reviews had
little of: the Brussels bombings (a terror attack abroad; Fox's second piece, the next day, names the
bombers), May 2016's weak jobs report, Roger Ailes' death (an obituary; National Review's is a
column), Elon Musk's plan for a site rating journalists (a tech chief's row with the press), the
Senate's vote to end debate on Kavanaugh's nomination (a Supreme Court confirmation; Politico's piece
is on how Trump kept him) and the House's impeachment of Trump (a vote in Congress), with 10 unrelated
articles of the same weeks mixed in (2 near misses: USA Today on money raised against Collins the day
of her vote, the Washington Times on Pelosi holding the articles back the night of the impeachment).
This runs `manysides.analyze` on those 32 articles, written as one JSON Lines export with the dataset's
outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review
found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and
after (`--load` marks a run saved with `--json` anew). Read against the article texts, it found
(marks of the code at commit 9d34b4f, origin/main):

* grouping: the 6 stories hold their articles (Fox's next-day piece with the Brussels story); both
  near misses join (USA Today's with Kavanaugh's story, its opening sentence on Collins' "yes" the
  summary's first; the Washington Times' with the impeachment's, sharing Pelosi's words after the vote);
  the 8 others stay alone;
* cleaning: 72 removals in the event articles, all furniture; furniture left: Politico's first line, a
  photo's caption, its credit, the section and the headline run into the standfirst ("... | AP
  Photo/Alex Brandon White House How Trump saved Kavanaugh The president was convinced ..."), and NPR's
  Instagram post saved with its caption ("... A photo posted by Joey (@spiritofsound_l) on Mar 22, 2016
  at 3:01am PDT", an "only NPR" item);
* disputes and differing figures: 4 of 4 not genuine: the private sector's 25,000 jobs against the
  38,000 the economy added, "a strike by 40,000 Verizon workers" against the strike's 34,000 jobs, the
  airport's "100 wounded" against "more than 180 injured" in all, and the $391 million of military aid
  against the $250 million of it the Pentagon held (both right);
* "only one outlet reports" items another outlet reports, or furniture: 7 of 176 (a tweet's handles and
  date, the Instagram post, a quote's last sentence, and four that are a shared point's own sentence:
  Fox's Utah crash, Fox's 1967 taping, the Guardian's 232,000 average, CNN's "one key piece of evidence");
* shared points pairing different statements: 11 of 96 (Pelosi's opening words with "The president is
  impeached"; a quote's or tweet's later sentence as a point of its own (3); Fox anchors on Ford's
  testimony with Collins finding it compelling; Murkowski undecided with her speech against; Schumer's
  quote with witnesses refuting Ford; Tesla's crashes with one crash in Utah; Ailes' start at the Mike
  Douglas Show with his advising Nixon and Reagan; Trump's "Terrible jobs report" with USA Today's own
  words; NPR's note on an earlier alert with one blast's place);
* quotes given to the wrong speaker or words: 19 of 422: the Constitution's "high crimes and
  misdemeanors" and the whistleblower's complaint to Trump, Trump's "look into" to Pelosi, "Hakeem
  Jeffries of" (2), "one" for a witness, "House Permanent Select Committee" for its chairman Schiff (2),
  "Senate" for the critics, "Siva Vaidhyanathan media studies" (2), "the Fox and Friends co" (2),
  Aristotle, Bill Hemmer's words to Ailes, an economist's "Horrible" to Trump, "Wall Street" for an
  economist, Dikembe Mutombo's post to Hollande, the officials' word to "residents";
* summaries without the event's main fact: 1 of 6 (the jobs report's opens with the 72,000 without the
  strike and never gives the 38,000 jobs added);
* slant evidence of neutral words: 16 of 131 spans: "wrong" (NPR's caution that some reports will turn
  out wrong; "Aristotle is probably the wrong comparison"), "violent" (attacks, protests), "striking"
  (Verizon's striking workers), "successful" (a campaign, a producer), "Fair" (Fox's slogan), "sad" and
  "fair" (Pelosi's words, reported).
Since (session 28): cleaning takes Politico's caption, credit, section and headline before its standfirst, and
NPR's Instagram post (removals in the event articles 72 -> 74, furniture lines left 2 -> 0; the Instagram post's
item gone); figures: a sector's jobs are not the whole economy's, a count of workers not one of jobs: disputes and
differing figures 4/4 -> 2/2 (left: the airport's 100 wounded against all sites' "more than 180", the $391 million
of aid against the Pentagon's $250 million); the jobs summary, its 38,000 no longer held out by the dispute, now
opens "The US economy added just 38,000 jobs in May" (summaries 1/6 -> 0/6); unique 7/176 -> 6/176, quotes
19/422 -> 19/421 (the standfirst's "..., aides said." gives no quote now that it opens the text), shared 11/96 and
slant 16/131 unchanged.
Since (session 29): figures: one site's figure is not all sites' (the airport's 100 wounded against "more than 180
injured as ... bombings rocked the Brussels airport and subway system"), a sum approved is not one withheld ($391
million "already approved by Congress" against "the withholding of $250 million"): disputes and differing figures
2/2 -> 0/0 (Fox's all-sites sentence, no longer in a dispute, is now an "only Fox" item with its figures); shared
points: someone undecided is not what they then did (Murkowski): shared 11/93 -> 10/92; other marks unchanged
(summary 0/6, unique 6/176, quotes 17/417, slant 16/128; before with `--src` of main's code).
Since (session 29): slant evidence reads "violent" of attacks and protests, "striking" of workers, "wrong" found
out ("will turn out to be wrong") or the mistaken pick ("the wrong comparison") and "successful" as plain, a slogan
quoted in title case ("Fair and Balanced") as a name, and a characterisation reported ("What Pelosi called a sad
and solemn moment") and reported speech holding a quoted fragment ("Mrs. Pelosi said it's not a fair process ...
“in cahoots” ...") as the speaker's: slant 16/128 -> 0/106; quotes 17/417 -> 17/429 (12 reports holding a quoted
fragment found, none marked); the other marks unchanged.
Since (session 29): quotes 19/417 -> 9/417 (the marks pattern now also counts "Hakeem Jeffries of New York", the
organisation session 28's outlet-and-city rule made of the cut name: 17 -> 19 before): Hakeem Jeffries (2), one of
the officials, Adam B. Schiff (2), Siva Vaidhyanathan (2), Ainsley Earhardt (2) and Dikembe Mutombo are right now
(left: the Constitution's words and the complaint to Trump, "look into", "Senate", Aristotle, Bill Hemmer's words
to Ailes, "Horrible", "Wall Street", "residents"); an "only one outlet reports" item inside a quotation prints its
speaker ("— Nancy Pelosi"); every other mark unchanged.
Merged (session 29, all three changes together, one run): summary 0/6, shared 10/92, unique 6/176, quotes 9/429,
disputes 0/0, slant 0/106.
Since (session 30, ANNOTATOR_VERSION 49): quotes 9/429 -> 8/430 (Bill Hemmer's "And we would stand and salute the
flag ..." is his: "Hemmer, with his co-host Shannon Bream, discussed ..." is a subject the NER missed, its
co-host's typed name no longer hiding it); every other mark unchanged.
Since (session 32, ANNOTATOR_VERSION 64): "unique" and "unusual" (how common a thing is) and a superlative ranking a
span of time against a record past whom it befalls ("the worst month for job creation since September 2010") are no
loaded wording: slant 0/80 (main's store, the lead's figure) -> 0/76; summary 0/6, shared 10/92, unique 6/176, quotes
8/430 unchanged (a fresh store).
Since (session 32, ANNOTATOR_VERSION 60, review 20's and 18's speaker rules): quotes 8/430 -> 8/431, every other
mark unchanged (summary 0/6, shared 10/92, unique 6/176, disputes 0/0; a fresh store at commit 5443c21).
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/6, shared 10/92, unique 5/176,
quotes 8/431, disputes 0/0, slant 0/76.
Since (session 33, REPORT_VERSION 124): a figure the dispute stage groups with another outlet's is no new figure,
and a name run together with its owner's is given when the others name both: Fox's "As many as 31 people were
killed ..." and AP's "The start of Trump's Michigan rally ..." (listed for "Trump's Michigan"), neither marked, are
no longer listed (Valls' "We are at war" and AP's "But Democrats warned ..." take their places); every mark
unchanged (a copy of main's store).
Since (session 33, ANNOTATOR_VERSION 67, fresh store): quotes 8/431 -> 7/430: "They also said ..." after
"officials ... urged residents to be vigilant" is the officials' (a group's object comes after its subject);
unmarked lines also right now: Feinstein's "largely chosen to ignore the testimony" (was Grassley's), Trump's
"very credible" (was Flake's), a Politico narration no longer "Republican"'s; every other mark unchanged.
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 10/92, unique
5/176, quotes 7/430, disputes 0/0, slant 0/76.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every mark identical (summary 0/6, shared 10/92, unique 5/176, quotes 7/430, disputes 0/0, slant 0/76).
Since (session 34, helper B; fresh store, ANNOTATOR_VERSION 75; before = main's store /tmp/s34me/r17.db): '“Horrible,”
is the word used by X' is X's (docs/quotes.md, "Review 22's speakers"): quotes 7/430 -> 6/430 (USA Today's
"Horrible" now Steven Ricchiuto's, not Trump's); summary 0/6, shared 10/92, unique 5/176, disputes 0/0, slant 0/76
unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 9/91, unique 5/175, quotes 6/430, disputes 0/0, slant 0/76 (before: shared 10/92, unique 5/176,
quotes 7/430).
Since (session 37, helper B; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86: summary 0/6, shared 9/91,
unique 5/175, quotes 6/430, disputes 0/0, slant 0/74): "impossible" said of a thing to happen after "it" and a linking
verb is a likelihood, no loaded wording (docs/model-card-slant.md, session 37): slant 0/74 -> 0/72 (TechCrunch's "It's
not to say it is impossible, but Musk's glib positivity ...": the word and the sentence it had put among the evidence,
unmarked; the column's "glib" is not in the lexicon); every other mark identical (ANNOTATOR_VERSION 89, fresh store).
Since (session 37, helper D; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86; after = ANNOTATOR_VERSION
91, a fresh store): the left-over speakers (docs/quotes.md, "Session 37's left-over speakers"): quotes 6/430 -> 4/429
(CNN's "high crimes and misdemeanors" cited in the Constitution no one's, so no longer listed; USA Today's "Yellen
should provide more insight ...," he said, Paul Ashworth's, no longer "Wall Street"'s); left: Pelosi for Trump's "look
into", Trump for the whistleblower's complaint, CBN's "Senate" (the parse reads "defense before the Senate shows" as a
clause), "Aristotle" for Ailes (the tagger reads "Ailes" as a plural); summary 0/6, shared 9/91, unique 5/175,
disputes 0/0, slant 0/74 unchanged.
Merged (session 37, helpers A-F and the lead: a fresh store at e5a5024): quotes 6/430 -> 4/429, slant 0/74 -> 0/72
(helpers D's and B's changes, as each measured them alone), every other mark the same.
Since (session 38, helper C; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95; after = ANNOTATOR_VERSION
98, a fresh store): review 25's speaker rules (docs/quotes.md, "Session 38's speakers"): every mark identical
(quotes 4/429); one line changed, unmarked: Fox's Labor Department report ends before the narrator's record ("...
by only 38,000 jobs last month", no longer with ", the smallest gain since September 2010").
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
every mark as at main (d2066a0); Fox's Labor Department quote ends before ", the smallest gain since September 2010"
and NPR's cut item opens "Security officials ..." (both unmarked).
Since (session 43, helper C; before = main's fresh store at 9a69f00): shock said of those who saw or heard is their
state, no loaded wording (docs/model-card-slant.md; ANNOTATOR_VERSION 145, a fresh store): slant 0/71 -> 0/70 (Fox's
"Dazed and shocked morning travelers streamed from the metro entrances", unmarked; its "Dazed" stays); every other
line the same.
About 7-15 minutes (15 on a machine shared by many runs).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 9/91
-> 9/92 (the unemployment rate down to 4.7%, one fact, unmarked); every other mark the same.
Since (session 45, helper D; before = main's fresh store at 2addafe): an exact figure another outlet's sentence on its
topic gives as a round lower bound is no new figure (docs/comparison.md, "Session 45"; REPORT_VERSION "228", a copy):
unique 5/175 -> 4/175 (CNN's "one key piece of evidence", listed for "wounded 230 others" beside NPR's "more than 200
wounded", gone; its place to CNN's Jef Versele quotation, unmarked); every other line the same.
Since (session 46, helper C; before = main's fresh store at 9f83842): a cue set off after the subject gives the clause
to the speaker (docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 0/70 ->
0/69 (the judgement verb "stonewalling" of "Then Trump covered up his misconduct, Democrats say, obstructing Congress
by stonewalling all the subpoenas", the Democrats' charge, gone, unmarked; its note had named Democrats as whom it
characterised); every other line the same.
Since (session 47, helper H; before = main's fresh store at 71d1fa9): "others" after a count of the other harm is
the whole count (docs/comparison.md, "Disputed numbers"; REPORT_VERSION "274", a copy): CNN's "killed at least 30
people and wounded 230 others" is no longer a remainder, and the Brussels point's Fox "more than 180 injured" and
CNN's 230 wounded are now listed as differing figures (both all sites' wounded, the day's rising count: right).
DISPUTE_WRONG's "more than 180" is narrowed away: it was written for the airport's 100 wounded against all sites'
more than 180, which "100" still marks; so disputes 0/0 -> 0/1, every other line the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Bombings in Brussels (2016)": ["0wIm1YAstMaV3ERt", "Yoyu5GGUyssOIpdX", "r7VxHlRtP6TT6jXX", "X8hNIGzWRPjtEAXA"],
    "May's weak jobs report (2016)": ["BH85jjGGBI9WHmJK", "KILybloeXVmRKnEe", "seIu3Jg5FMMDbDfD"],
    "Roger Ailes dies (2017)": ["0CtnFbpB0a7wAFyR", "Dv4M5SbqvrQM45H9", "xaP65wx92QsIZ1SL", "NfXpeKr7jV9ma8Tn"],
    "Musk's site to rate journalists (2018)": ["03EdIv9VezIrsWhp", "O74oUbii0P7IVrwi", "TQbrHzVO3aoJJAYP",
                                               "s1ricIi0TTGazQaI"],
    "Kavanaugh clears the Senate's key vote (2018)": ["mmLJkwf8VISinIHZ", "deyKPVRPojnt9OkJ", "j1ThWumdXqYxGG4R",
                                                      "nutTEp6UOMFvrabp"],
    "The House impeaches Trump (2019)": ["M85EZ6mRnf9HyfsI", "jjhzN6fSnJR5mZRj", "IXLvQtjl96fspBRm"],
}
# 2 near misses (USA Today on money raised for Collins' opponent the day of the vote; the Washington Times on
# Pelosi holding back the articles the day of the impeachment), 8 others
OTHERS = ["uxE0GeAN091KgAR3", "ZA0xXTdBz7zPi5zr", "MbEYrm3QT5CjGzPB", "QZsNShXq2MMR5to7", "ClrIMy9tqC0IwaHf",
          "PWnZ5FCqycqQnw1h", "YvVO0DxkBabw82em", "ROIWwJEEOi2MdlKx", "LglXjKnbhx6zig6x", "DS53cOFpUPRLnzxm"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"^“The president is impeached,” Pelosi declared|^He gave us no choice|^Fox News anchors said Christine|"
                r"^Sen\. Lisa Murkowski \(R-AK\) says she may not|^The people she has identified as potentially|"
                r"^During one incident in Utah|^\W?Why do you think he got elected|^\W?Because no ones? believes you|"
                r"^It was during a 1967 taping|^“Terrible jobs report just reported|^To clarify information that went out")
# "Only one outlet reports" items another outlet reports too (a shared point's own wording among them), or furniture
UNIQUE_WRONG = (r"^@SenatorCollins #SusanCollins|^During one incident in Utah|^He's brought a lot of it on himself|"
                r"^It was during a 1967 taping|^Over the past 12 months employment growth|^It's one key piece of evidence|"
                r"^A photo posted by ")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "donald trump": r"^high crimes and misdemeanors$|using the power of his office|^Horrible$",  # the charge; an economist
    "nancy pelosi": r"^look into$",                                              # the call's words
    "hakeem jeffries of": r".",                                                  # "Hakeem Jeffries of New York"
    "hakeem jeffries of new york": r".",                                         # the same, as an organisation
    "one": r"irregular channel",                                                 # a witness's words
    "house permanent select committee": r".",                                    # its chairman Adam B. Schiff
    "senate": r".",                                                              # critics, Justice Stevens among them
    "siva vaidhyanathan media studies": r".",                                    # his title's words in his name
    "fox and friends co": r".",                                                  # "co-host Ainsley Earhardt"
    "aristotle": r".",                                                           # Ailes told the columnist
    "roger ailes": r"^And we would stand and salute",                            # Bill Hemmer's words
    "wall street": r".",                                                         # Paul Ashworth's e-mail
    "francois hollande": r"God is good",                                         # Dikembe Mutombo's post
    "residents": r"bolster security",                                            # the officials told residents
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(\$391 million|\$250 million|25,000|40,000|34,000|100)$"
MAIN_FACT = {
    "Bombings in Brussels (2016)": r"(?i)(explosion|blast|bomb|attack).{0,200}(Brussels|airport|metro|subway)",
    "May's weak jobs report (2016)": r"(?i)38,000",
    "Roger Ailes dies (2017)": r"(?i)Ailes.{0,200}(died|dies|dead|death)",
    "Musk's site to rate journalists (2018)": r"(?i)Musk.{0,200}(site|website|rate|rating|journalists|media)",
    "Kavanaugh clears the Senate's key vote (2018)": r"(?i)(Kavanaugh|Senate).{0,200}(vote|cloture|confirm|hurdle|advance)",
    "The House impeaches Trump (2019)": r"(?i)(House|impeach).{0,200}(impeach|vote|abuse of power|obstruction)",
}
# slant evidence of neutral words: a caution that reports may prove wrong, attacks described as violent, striking
# workers, a successful campaign, "the wrong comparison", a slogan's "Fair", words the outlet gives to Pelosi
SLANT_WRONG = {
    "Bombings in Brussels (2016)": r"^(?i:wrong|violent)$",
    "May's weak jobs report (2016)": r"^(?i:striking)$",
    "Roger Ailes dies (2017)": r"^(?i:successful|wrong|fair)$",
    "The House impeaches Trump (2019)": r"^(?i:sad|fair)$",
}
FURNITURE = r"\| AP Photo/Alex Brandon|A photo posted by .{1,80}\(@[\w.]+\) on "

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review16", EVENTS, OTHERS, marks))
