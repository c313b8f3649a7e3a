"""The 6 events of review 33: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review33_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review33_events.py --src /old/src  # another version

A fact-checker's review (review 33, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2012-2017, outlets of two or three leanings, the ids below,
none used by review_allsides.py or review8-32_events.py) of kinds the earlier reviews had little of: Chicago's teachers
staying on strike into a second week as the mayor asks a court to end it (a strike; the Times' is of the day after),
the Yarnell Hill wildfire killing 19 Arizona firefighters (a wildfire's toll; NPR's is a live page with the names and
ages of the dead), the US and China announcing targets to cut greenhouse gases (an international climate agreement),
an Amtrak train derailing in Philadelphia (a train crash; the Times' is two days later, on the inquiry), Ralph Northam
winning Virginia's race for governor (a state election; the Guardian's and National Review's are analyses, the latter
of the day after) and the FCC voting to repeal the net neutrality rules (a regulator's vote on a tech rule; BuzzFeed's
and Ben Shapiro's carry no date), with 10 unrelated articles of the same weeks mixed in (3 near misses: CNN on a House
panel cutting Amtrak's funds the day after the crash; Reuters on Senate Democrats forcing a vote on the repeal, the day
after; the Monitor's opinion on the US-China pacts of the same summit). This runs `manysides.analyze` on those 28
articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story everything a
reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix can
be checked before and after (`--load` marks a run saved with `--json` anew). Read against the article texts, it found
(main's marks (e70cea9, fresh store), REPORT_VERSION "202", ANNOTATOR_VERSION 152):

* grouping: 8 stories hold the six events: the strike, the fire, the climate deal and Virginia each one story; the FCC
  vote's undated right-leaning piece (Ben Shapiro's, of the vote) stands alone (the undated bar), and the Times' Amtrak
  piece of two days later stands alone; two near misses join their event's story (CNN's Amtrak funding cut with CNN's
  and NPR's crash, Reuters' Senate Democrats with Reuters' and BuzzFeed's vote), the Monitor's opinion on the pacts
  joins the climate story (a piece on its summit's pacts, four of which the climate one); the 7 others stay alone;
* titles: the FCC story is titled by the near miss, "Senate Democrats to force vote on FCC net neutrality repeal": the
  headline of the article of the next day, which shares most words with the vote's two headlines; the others name
  their event;
* cleaning: furniture left in 3 lines: National Review's related links ("’Winning’ isn’t Winning", "This Election Was
  As Bad As It Gets for Republicans", "Gillespie Turned Out Unlikely Voters");
* summaries: all 6 state the event's main fact; the fire's goes on after its first sentence with NPR's list of the
  dead ("Andrew Ashcraft, 29; Robert Caldwell, 23; ..."), seventeen names and ages and no statement;
* "only one outlet reports" items another outlet reports: 4 of 150: BuzzFeed's poll of 83% (Reuters' "more than 80
  percent", paired as a shared point too) and its Pai appointed by Obama, named chairman by Trump (Reuters'); Fox's
  city attorneys asking the court to force the teachers back (the event, CNN's and the Times' too); NPR's South Canyon
  fire killing 14 in 1994 (the Monitor's Storm King fire, the same);
* shared points pairing different statements: 4 of 45 (the Senate Democrat forcing a vote, of the near miss, with the
  FCC's vote; BuzzFeed's Pai appointed by Obama with Reuters' 3-2 vote as a victory for providers; Fox's spotlight on
  Emanuel's leadership with the Times' fading union support that would benefit him; Obama's thoughts and prayers with
  Napolitano's);
* disputes and differing figures: 3 of 5 not genuine, all in the fire story: counts of other sets of firefighters set
  against each other as one disputed count (43 killed so far in 2013, 340 on 9/11 and the nineteen of Sunday; 83 dead
  last year and 14 in the 1994 fire), and 200 firefighters on the fire on Sunday against 400 "now", the next day; the
  1933 Griffith Park fire's 25 or 29 dead is genuine;
* quotes given to the wrong speaker or words: 16 of 382: words of one person given to another (a father's about his
  son to the son, Kevin Woyjeck; a fleeing resident's "We knew it was gone" to Governor Brewer; Fox's "Drew told the
  Chicago Sun-Times" to Judge Flynn; a school spokeswoman's "another number tomorrow" to "union leaders"; the
  providers' argument to "Consumers"; Mike O'Rielly's "over cat videos" to "Mike"); narration in the words (the Times'
  "But to union leaders, the legal filing was ..." to the union's spokeswoman; CNN's "identified to CNN as ..." and
  NPR's "..., NTSB board member" to Sumwalt; "according to a law enforcement source" to the engineer; "The car she
  was in started to tip" to a passenger; NPR's "announcing a new approach" to Obama; "on Friday", "Friday" to a
  Democrat and to Moody's); a claim running on into the other side's ("..., while Republicans say ..." to Democrats);
* slant evidence of neutral words: 9 of 36 spans (sentences not judged): "hot" gases and a hot rod (3), a "desperate"
  situation, an "unpredictable" world, a situation turned "deadly", the most "gruesome" images, the most "powerful"
  nation, a "precise" breakdown.
Also seen, not counted: the Times' "the engineer slammed the emergency brakes" read as a judgement verb ("attack"; the
same verb is one in CNN's Sumwalt who "slammed the mayor's comments", so the mark cannot tell them apart); BuzzFeed's
unique item opening inside an embedded tweet's quote ("It's not going to end democracy." On Thursday, ...) and CNN's
opening with a comma (", White House press secretary Josh Earnest said ..."); Ben Shapiro's satirical price list read
as the words of the tweet's author ("banksy"); the Times' Amtrak piece and Ben Shapiro's have no story to compare with.
Articles showing no phrase 22 of 28, no phrase and no loaded span 10.
Since (session 44, helper A; before = main's fresh store at e70cea9): figures of one subject over two periods or at
two moments are no dispute (docs/comparison.md, "two periods, two moments"; REPORT_VERSION "203"): disputes 3/5 ->
1/3 (the fire's 43/340/nineteen, 83/14/14 and 200/400 gone; the Monitor's 340 of 9/11 now stands against NPR's 400
firefighters at work, marked; the 1933 fire's 25 or 29 kept); a list set out in a sentence's place is no summary
sentence (REPORT_VERSION "204"): the fire's summary drops the seventeen names and ages for "The fire wasn't contained
at all on Monday morning, and about 200 homes ... have burned ..." (summary 0/6 the same); the story's one article of
a day after all its others does not title it (docs/grouping.md, "Titles"; a fresh store): the FCC story is titled
"U.S. regulators ditch net neutrality rules as legal battles loom" (was the next day's "Senate Democrats to force vote
on FCC net neutrality repeal"), the strike story "Chicago mayor seeks to end strike after teachers decide to extend
into second week" (was the Times' next day, "Chicago Teachers Strike Enters Second Week"); every other line the same.
About 4 minutes under a load of 12 (a fresh store).
Merged (session 44, helpers A-H; a fresh store of the merge at 2809483): disputes 3/5 -> 1/3 (helper A's rule);
summary 0/6, shared 4/45, unique 4/150, quotes 16/382, slant 9/36 and furniture 3 lines the same (the other
helpers worked from reviews 12-32 and none of their rules reaches these marks).
Since (session 45, helper E; before = main's fresh store at 2addafe): the headlines under a link list's heading are
read to the list's end though the first opens with "’", a quotation mark typed as an apostrophe (docs/inputs.md,
cleaning (8); ANNOTATOR_VERSION 179, a fresh store): furniture left 3 -> 0 lines (National Review's three related
links under "READ MORE:" removed); National Review's slant score -0.24 -> -0.25 and framing terms ("winning" out,
"districts" in) without them; every mark the same.
Since (session 45, helper F; before = main's fresh store at 2addafe): a future said in reported speech ("said he would
force a vote") is a future beside its past ("voted"), as "will" is, and so is the noun the future verb takes
(docs/comparison.md, "A denial without a negated verb, a future in reported speech"; REPORT_VERSION "235", a copy):
shared 4/45 -> 3/45 (Reuters' Senate Democrat who "would force a vote on the Federal Communications Commission's
decision to repeal" leaves BuzzFeed's "The Federal Communications Commission voted to repeal ...", which now stands
with Reuters' "The FCC voted Thursday along party lines to reverse the Obama era rules ..."); every other line the same.
Since (session 45, helper A; before = main's fresh store at 2addafe): a count of the dead is no reading of one said to
stand now, a toll set off by dashes read past the closing one (docs/comparison.md, "the dead against the living at
work; pay growth"; REPORT_VERSION "220", a copy): disputes 1/3 -> 0/2 (the Monitor's "— 340 — were killed" on 9/11
against NPR's 400 firefighters now at work gone; the 1933 fire's 25 or 29 kept); the fire's summary, its 400 no
longer a side of a dispute, goes on with "About 400 ground personnel and 100 incident-management staff were working
to control the fire Monday." for Governor Brewer's words (summary 0/6 the same); every other line the same.
Since (session 45, helper D; before = main's fresh store at 2addafe): a figure another outlet's sentence on its topic
tells less exactly (a round lower bound; a share only beside a paraphrase) is no new figure, nor a bound that only
defines the class a superlative picks out, its own later figure the thing's (docs/comparison.md, "Session 45";
REPORT_VERSION "228", a copy): unique 4/150 -> 2/150 (BuzzFeed's 83% poll beside Reuters' "more than 80 percent" and
NPR's "more than 10 firefighters' lives" gone; their places to BuzzFeed's Pai video and NPR's Obama statement, which
the Monitor tells in narration, unmarked); the FCC summary's third sentence is BuzzFeed's 83% poll where it was
Reuters' "more than 80 percent" (summary 0/6 the same); every other line the same.
Since (session 45, helper B; before = main's fresh store at 2addafe): where a report or a quotation ends and who speaks
(docs/quotes.md, "Session 45's speakers and reports"; ANNOTATOR_VERSION 170, a fresh store): quotes 16/382 -> 1/384 (the
day after the verb gone from the Democrat's and Moody's reports; the Republicans' "while ... say" their own report;
"according to a law enforcement source", "NTSB board member", "announcing a new approach ...", "But to union leaders,"
and CNN's narration after a quotation left open out of the words; "Drew told the Chicago Sun-Times" no quote; "the elder
Woyjeck" Joe Woyjeck, twice; "Mike O’Rielly" whole, his second quote his; "They argue" the internet service providers;
"We knew it was gone" Chuck Overmyer's; "I'm sure it'll be another number tomorrow" Sainvilus'; left: CNN's "identified
to CNN as ..." inside Sumwalt's report); every other mark the same (Reuters' unique items swap one, 24 as before).
Since (session 45, helper C; before = main's fresh store at 2addafe): neutral words are no loaded wording: "precise"
before a thing's noun, a thing's heat and "a hot rod", "deadly" as a turn's result, "desperate" of a situation,
"unpredictable" of a contest or a world, "gruesome" of pictures, "powerful" of a nation whose noun a superlative left
out; "slammed on the brakes" is no judgement verb (docs/model-card-slant.md, "Session 45, helper C"; ANNOTATOR_VERSION
173-174, a fresh store): slant 9/36 -> 0/20 (the 9 marked spans gone, and the 6 sentences that held them, unmarked;
CNN's crash story shows its "... Democrats ... complained" sentence instead, its "complained" shown before too; the
Times' "slammed" of the engineer, seen and not counted, gone); articles with no phrase 22 -> 23, no phrase and no
loaded span 10 -> 13; every other line the same. Reuters' "Democrats who were desperate to turn grassroots
resistance ... into election victories" (a motive imputed, unmarked) still shows.
Merged (session 45, helpers A-H and the lead's quotes fix; a fresh store of the merge at 79ef768 against main's fresh
store at 2addafe): shared 4/45 -> 3/45, unique 4/150 -> 2/150, quotes 16/382 -> 1/384, disputes 1/3 -> 0/2, slant
9/36 -> 0/20, furniture 3 -> 0 lines, each helper's share in its paragraph above; summary 0/6 the same.
Since (session 46, helper F; before = main's fresh store at 9f83842): a quotation's later sentence whose speaker the
quote finder does not find, beside a named speaker's quotation sharing few of its words, is another statement
(docs/comparison.md, "Durations in two units, a quotation's later sentence, ..."; REPORT_VERSION "251"-"252", a
copy): shared 3/45 -> 2/44 (NPR's Obama, "But today, Michelle and I join all Americans in sending our thoughts and
prayers ...", leaves CNN's Napolitano, "Today, our thoughts and prayers go out to the families ..."); every other line
the same.
Left: BuzzFeed's Pai appointed by Obama / Reuters' 3-2 vote, Fox's spotlight on Emanuel / the Times' fading union
support (two facts of one subject; a rule of names alone in common, measured, splits as many judged-same pairs).
Since (session 46, helper G; before = main's fresh store at 9f83842): a short quote inside the subject of its own
cue verb is a name, no one's words (docs/quotes.md, "Session 46, helper G"; ANNOTATOR_VERSION 212, a fresh store):
quotes 1/384 -> 1/383 (CNN's "highly rated teachers", given to "a summary", gone); every other mark the same.

Since (session 48, helper F; before = main's fresh store at 03b5d69): a role stated ("The FCC is led by ...") beside
a deed told apart in shared points (docs/comparison.md, "Background beside the day's news"; REPORT_VERSION "292", a
copy): shared 2/44 -> 1/43 (BuzzFeed's Pai beside Reuters' vote gone; the net neutrality summary no longer gives
Reuters' "The approval of FCC Chairman Ajit Pai's proposal ...", summary 0/1 kept); every other line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): shared 2/44 -> 1/43 (helper F's role stated beside a deed: the
FCC-Pai pair split); every other mark the same."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

STRIKE = "Chicago's striking teachers stay out a second week as the mayor goes to court (2012)"
FIRE = "The Yarnell Hill wildfire kills 19 Arizona firefighters (2013)"
CLIMATE = "The US and China announce targets to cut greenhouse gases (2014)"
AMTRAK = "An Amtrak train derails in Philadelphia (2015)"
VIRGINIA = "Ralph Northam wins Virginia's race for governor (2017)"
FCC = "The FCC votes to repeal the net neutrality rules (2017)"
EVENTS = {
    STRIKE: ["2XWfq8QtW13ffDkW", "BlIGYhtkq172QKA5", "WUuHeZlqc6KlOJM6"],
    FIRE: ["28HeIQdY65cNHS80", "MvTzD7gml1cRchBm", "SOmQ98sPP2foVOxS"],
    CLIMATE: ["CgDBB7JNp725DHmI", "ZrUVQ4hSQZOLEgwL", "abHQbxcrONEshbUN"],
    AMTRAK: ["81rFfToHAO6383dW", "pkJKCO12wm6FccLe", "HLQuLiixxHTVYKDb"],
    VIRGINIA: ["ETiXO5QfjT3bS45U", "eoqavcb5sktqsMU6", "pl517VxCyhKt0GiM"],
    FCC: ["kXfgesrYdlxDvZZV", "BNVwDUgB3wmn9PYr", "CMeykJw1IEVib3r4"],
}
# 3 near misses (CNN on a House panel cutting Amtrak's funds the day after the crash; Reuters on Senate Democrats
# forcing a vote on the repeal, the day after the FCC's; the Monitor's opinion on the US-China pacts of the same
# summit), 7 others
OTHERS = ["XFhN13JjL8nzKgMI", "7hmrZcBLPiC57RVX", "KEJwL1JsmcSnlQ1v",
          "TeuQKaTTuvmAi860", "Jvlpi3IQ2qkayp5s", "VHmpttaS5NZgPl7w", "RmKBvN2SBVge8O3Z", "GJfE8SYloLuZnDmB",
          "o4kUCJSjBC62LdQ1", "O4AO95q9uwXrLGnb"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: the Senate Democrat forcing a vote (Reuters' next day) beside the FCC's vote to repeal (BuzzFeed's), Reuters'
# 3-2 vote as a victory for providers beside BuzzFeed's Pai appointed by Obama; Fox's spotlight on Emanuel's
# leadership beside the Times' fading union support benefiting him; Obama's thoughts and prayers (NPR's) beside
# Napolitano's (CNN's)
SHARED_WRONG = (r"^The top U\.S\. Senate Democrat said on Friday|^The FCC is led by longtime net neutrality critic|"
                r"^Fading union support would potentially benefit|^But today, Michelle and I join all Americans")
# "Only one outlet reports" items another outlet reports too: BuzzFeed's poll of 83% (Reuters' "more than 80
# percent", paired as a shared point) and its Pai appointed by Obama, named chairman by Trump (Reuters' "Pai, a
# Republican appointed by U.S. President Donald Trump"); Fox's city attorneys asking the court to force the teachers
# back (the event: CNN's and the Times' too); NPR's South Canyon fire killing 14 in 1994 (the Monitor's Storm King
# fire of 1994, the same fire)
UNIQUE_WRONG = (r"^A recent survey showed that 83% of Americans|^The FCC is led by longtime net neutrality critic|"
                r"^Emanuel spokeswoman Sarah Hamilton said city attorneys asked|"
                r"^The most recent wildfire that claimed more than 10 firefighters")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "mike": r"over cat videos",                              # O'Rielly's, the speaker cut to his first name
    "consumers": r"^the largely unregulated internet",       # the providers' ("They argue ...")
    "democrats": r"while Republicans say",                   # runs on into the Republicans' claim
    "democrat": r"^on Friday",                               # the day is Reuters' narration
    "moody’s investors service": r"^Friday",                 # the day is Reuters' narration
    "brandon bostian": r"according to a law enforcement source",  # runs on into the attribution
    "robert sumwalt": r"identified to CNN|NTSB board member$",    # CNN's narration; runs on into the attribution
    "janna d'ambrisi": r"The car she was in",                # runs on into CNN's narration
    "obama": r"announcing a new approach",                   # runs on into NPR's narration
    "jan brewer": r"^We knew it was gone",                   # Chuck Overmyer's, whose house burned
    "kevin woyjeck": r"^(He said, 'Dad|it hasn't sunk in)",  # his father Joe's, about him
    "peter flynn": r"^Drew told the Chicago Sun-Times",      # Fox's narration (whose account it is)
    "stephanie gadlin": r"^But to union leaders",            # the Times' narration
    "union leaders": r"another number tomorrow",             # Sainvilus', of the union leaders
}
# disputes and differing figures the review found not genuine: three counts of other sets of firefighters (43 killed
# so far in 2013, 340 on 9/11, the nineteen of Sunday; 83 dead last year, 14 in the 1994 fire), 200 firefighters on
# the fire on Sunday against 400 the next day
DISPUTE_WRONG = r"^(43|340|nineteen|83|14|Two hundred|400)$"
MAIN_FACT = {
    STRIKE: r"(?i)\b(court|injunction|judge|second week|2nd week)\b",
    FIRE: r"(?i)\b(19|nineteen)\b[^.]*\b(firefighters?|hotshots?)\b|"
          r"\b(firefighters?|hotshots?|crew)\b[^.]*\b(kill\w*|died)\b",
    CLIMATE: r"(?i)\b(China|Chinese|Xi)\b[^.]*\b(emissions?|greenhouse|carbon|climate)\b|"
             r"\b(emissions?|greenhouse|carbon|climate)\b[^.]*\b(China|Chinese|Xi)\b",
    AMTRAK: r"(?i)\b(derail\w*|crash\w*)\b",
    VIRGINIA: r"(?i)\bNortham\b[^.]*\b(won|wins?|victory|defeat\w*|elected)\b|\b(won|wins?|victory)\b[^.]*\bNortham\b",
    FCC: r"(?i)\b(repeal\w*|vot\w+|ditch\w*|scrap\w*|end(ed|s)?)\b[^.]*\bnet neutrality\b|"
         r"\bnet neutrality\b[^.]*\b(repeal\w*|ended|ditched|scrapped)\b",
}
# slant evidence of neutral words: a "precise" breakdown of exit polls; "hot" gases and a hot rod, a "desperate"
# situation, an "unpredictable" world, a situation turned "deadly" (of the fire's crew); the engineer "slammed" the
# the most "gruesome" images (CNN's); the wealthiest and most "powerful" nation
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[VIRGINIA] = r"^(?i:precise)$"
SLANT_WRONG[FIRE] = r"^(?i:hot|desperate|unpredictable|deadly)$"
SLANT_WRONG[AMTRAK] = r"^(?i:gruesome)$"
SLANT_WRONG[CLIMATE] = r"^(?i:powerful)$"
# furniture left in the text: National Review's related links (3)
FURNITURE = (r"^’Winning’ isn’t Winning$|^This Election Was As Bad As It Gets for Republicans$|"
             r"^Gillespie Turned Out Unlikely Voters$")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review33", EVENTS, OTHERS, marks))
