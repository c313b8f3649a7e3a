"""The 6 events of review 26: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review26_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review26_events.py --src /old/src  # another version

A fact-checker's review (review 26, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2012-2018, the ids below, none used by
review_allsides.py or review8-25_events.py) of kinds the earlier reviews had little of: Scott Walker surviving
Wisconsin's recall (a state-level recall election; NPR's is a live page of the night, newest update first, under a
slideshow's captions), George Zimmerman's acquittal (a trial verdict, told through the next day's protests and calls
for federal charges), Cuba freeing Alan Gross as the US moves to restore ties (a prisoner swap and a diplomatic turn;
Fox's is a column), South Carolina's vote to take down the Confederate flag (a state legislature's vote; CNN's tells
one lawmaker's speech), Kentucky's clerk Kim Davis jailed while her deputies license a gay couple (a court's contempt
order; the Washington Times' is the AP's) and the boys brought out of the flooded Thai cave (a rescue abroad; USA
Today's tells the first day, four boys out, CNN's and Fox's the second, eight out), with 10 unrelated articles of the
same weeks mixed in (2 near misses: Fox on Wisconsin's voters the day before the recall; Fox's interview with Kim
Davis the day before she was jailed, opened by an update on the ruling). This runs `manysides.analyze` on those 28
articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story everything
a reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix
can be checked before and after (`--load` marks a run saved with `--json` anew). Read against the article texts, it
found (marks of the code at commit d2066a0, REPORT_VERSION 147, ANNOTATOR_VERSION 95, a fresh store):

* grouping: the six events make six stories; both near misses join theirs, the merge docs/grouping.md names (a piece
  on a neighbouring day about one running subject); the 8 others stay alone;
* cleaning: 100 removals in the event stories' articles, all furniture (NPR's slideshow captions and 27 update times,
  CNN's 16 video players and "Story highlights", USA Today's bylines and "More:" links, Fox's capitals headings);
  furniture left in 13 lines of 7 articles: CNN's four photo captions in the cave story ("A stretcher carrying what is
  believed to be the fifth boy ...", "Onlookers cheer as a helicopter flies ...", "Nopparat Kanthawong, head coach of
  the Wild Boars, left, and ...", "Thai policemen block a road ..."); USA Today's two keyword links ("NOT
  GUILTY:Zimmerman acquitted", "'SYSTEM HAS FAILED':Crowds react to verdict"); two pull quotes (Fox's column's "Not
  only does President Obama's action fail ...", repeated in full below it; Fox's "I'm very steadfast ... — Kim Davis,
  clerk of Rowan County, Kentucky") and Fox's "+++++" rule; NPR's reporter's note "Eyder is reporting today from
  Morehouse, Ky.", an embedded post's credit "... Posted by Nikki Haley on Wednesday, July 8, 2015" and the live
  page's "Live Results:" over "You'll find real-time results from Wisconsin below:"; the caption, the embed's credit
  and a tweet's tail were also "only one outlet reports" items;
* summaries without the event's main fact, or with a sentence that cannot stand in it: 4 of 6: the acquittal's never
  says the jury acquitted Zimmerman of killing Trayvon Martin (it opens with the NAACP's talks with the Justice
  Department; the verdict only in Fox's "Several Zimmerman supporters also were outside the courthouse, including a
  brother and sister quietly rejoicing that Zimmerman was acquitted.", pointing back); the Cuba one never says Cuba
  freed Gross (it opens with Fox's columnist's "Establishing ties with Cuba has been on President Obama's bucket list
  ..." and closes "Cuba ... also released an unnamed "intelligence asset" ..."); the flag's holds the Washington
  Times' "A vote was slated for Thursday afternoon." (the US House's vote on the Park Service's flags, read as South
  Carolina's); the recall's closes with NPR's "Remember that to get to this point, Walker opponents had to collect
  thousands of signatures ..." (a live page's aside);
* "only one outlet reports" items another outlet reports, or furniture, or no news: 15 of 153: USA Today's Mae Sai
  following the saga (CNN: "it's all anybody is talking about"), Fox's 90 divers, 50 from overseas (USA Today: "the
  team of 90 rescue workers, more than half of them from nations around the world") and CNN's caption; CNN's tweet's
  tail "Marriage licenses being issued pic.twitter.com/... — Sonia Moghe ..." and NPR's deputy clerk taking the $35
  and saying "Congratulations" (the Washington Times: Mason issued the license, congratulating the couple; $35.50);
  NPR's flag close to being furled and put in a museum (a shared point holds it) and its final vote 94-20 (CNN), the
  embed's credit, CNN's nine killed at the Charleston church (the Washington Times, NPR); Fox's Gross bringing
  computers to Jews (CNN: communications equipment to the island's small Jewish population); Fox's $70 million
  pumped into the race (CNN's $64 million, NPR's $63.5 million, Fox's other article's $63 million), its recall begun
  when Walker rolled back collective bargaining to cut the shortfall (CNN), CNN's "A loss of any of those four races
  would have tipped control of the Senate ..." (Fox: the other race "will determine which party controls the
  Senate"), NPR's "NPR's Liz Halloran is at the State Capitol in Madison." and "That's what NPR's Don Gonyea reported
  on All Things Considered this afternoon." (no news);
* shared points pairing different statements: 10 of 45 (Sunday's first boy out at 5:40 p.m. with Monday's first at
  4:30 p.m.; rescuers walking to the third chamber with the boys handed to other teams past the diving; Staver and
  others meeting Davis at the jail with Staver on the ruling; Davis refusing to resign with Ryan Anderson's "she
  shouldn't have to"; the US House's Park Service vote with South Carolina's second vote; the Helms-Burton Act letting
  Congress override the president with its letting the president license trade; Zimmerman's supporters outside the
  courthouse with the acquittal; Barrett's concession plea with the count, 53-46; Walker's "Tomorrow we are all
  Wisconsinites." with his "It is time to put our differences aside ..."; the count at 21 percent of precincts,
  61-38, with the count at nearly all, 53-46);
* disputes and differing figures: 0 of 1 not genuine (Barrett's donations, Fox's $4.2 million against NPR's "his $4
  million": a round figure of the same filings, listed both ways as docs/comparison.md intends, "$1 trillion" for
  "$1.2 trillion"; first marked, then unmarked in this session);
* quotes given to the wrong speaker or words: 22 of 455: "Jesus Christ" for Kim Davis's words in Fox's interview (5;
  "Her life was radically changed by Jesus Christ in 2011" before her "she said"), William Smith for Staver's "They
  are not worth the paper they are written on", "journalists" for the couple's "they were happy and elated", Kim
  Davis for James Yates' "This means, at least for this area, civil rights are civil rights ..." (NPR), Staver for
  the Washington Times' garbled "Staver said, likening", "Davis" (the article's Kim Davis) for Joe Davis's "his wife
  was in good spirits"; "William Brooks" for the NAACP's president Cornell William Brooks (2); George Zimmerman for
  his brother Robert's "cool their jets" and "Agitation doesn't help us" (2), Joe D'Alessandro for Ben Jealous's
  "It's important that the public focus ..." and "It is critical that people keep the peace ..." (2), "Both" for the
  brother and sister; "residents or businesses" and "their elected officials" for the Republicans' "they say" and
  "They said" (2), "Madison" for Liz Halloran's report from Madison; and words cut short: Narongsak's "all the boys
  rescued" (CNN: "adding that all the boys rescued are well") and "experts told him flooding from new rain" (Fox:
  "... could shrink the unflooded space ... to just 108 square feet");
* slant evidence of neutral words: 20 of 45 spans (sentences not judged, as in review 25): a task's or a place's
  difficulty ("the arduous task", "the dangerous, water-filled passageways", "a desperate rescue operation", "It was a
  brutal 17 months"), sizes ("a huge operation" (2), "huge" (3): the operation, the budget shortfall, "huge money"),
  the noun "cave" of "British cave diving experts" read as the verb of evasion, a columnist's "should be welcome" (2),
  Davis's "I'm very steadfast" and "It's easy to talk the talk" (in the pull quote), "It's fair to say", "an
  extraordinary few weeks", "Wednesday's second vote was pivotal", "a wary populace", "the prospect of a happy
  retirement", "his crowd jeered" and "The governor admitted that ... he did so in haste".
Also seen, not counted: subheadings stand as paragraphs (CNN's "Wild Boars teammates resume training as hope grows",
"How long will Davis stay in jail?", the Washington Times' "Reversing their stand", NPR's "Flag Will Come Down Friday"
and its live page's update titles, "Still In Opposition:", "AP Calls The Race:"); the cave's commander Narongsak is
three voices, one per spelling (Osottanakorn, Osotthanakorn, Osatanakorn); the two Fox articles on the recall give
the same items twice as "only one outlet reports" (the Republican Governors Association's $1.5 million, Romney the
first Republican to carry Wisconsin since Reagan); NPR's AP quote ends "to stay in" (the paragraph broken in the
source); Fox's column's "bucket list", "feckless" and "Havana Giveaway" are not among its slant evidence; the boys
out, four against eight, are rightly not disputed (two days). Articles showing no phrase 25 of 28, no phrase and no
loaded span 11.
Since (session 38, helper H; before = the figures above, a fresh store at d2066a0): a "they" that finds its group as
an object or in a lower clause goes with the plural people that are the main clause's subject ("Republicans argue ...
that taxing residents or businesses will ... Moreover, they say ...": the Republicans), and a his/her owning a main
subject that is no person links a he/she's chain ahead of the passive's agent ("Her life was radically changed by
Jesus Christ in 2011, and since then she has become ..."; docs/quotes.md, ANNOTATOR_VERSION 103, a fresh store):
quotes 22/455 -> 15/455 (Kim Davis's five quotes in Fox's interview, and the "only one outlet reports" item of one, no
longer Jesus Christ's; the Republicans' "they say" and "They said" no longer "residents or businesses"' and "their
elected officials'"; the two Fox recall articles' sourcing spans and weights follow, their labels unchanged); every
other line the same.
Since (session 38, helper H; before = the figures just above, the compare stage rerun on a copy of that store): a
sentence opening by telling the reader to bear something in mind ("Remember that ...", "Note that ...", "Keep in mind,
...") points back (REPORT_VERSION 154; docs/comparison.md): summary 4/6 -> 3/6 (the recall's closes with CNN's "Barack
Obama never came to Wisconsin to campaign for Barrett, which Republicans surmised was because the president believes
Barrett will lose." in place of NPR's "Remember that to get to this point, ..."); every other line the same (disputes
0/1 with the mark undone above).
Since (session 38, helper H; before = the figures just above): two sentences naming a time zone in common have their
times of day compared (REPORT_VERSION 154; docs/comparison.md, the compare stage rerun on a copy of the store): shared
10/45 -> 9/44 (USA Today's first boy out at 5:40 p.m. local time Sunday and CNN's first out just before 4:30 p.m.
local time Monday no longer one point); the cave's summary closes with USA Today's "Rescuers are able to walk deep
into the cave, all the way to the “third chamber,” ..." (the wording of a point marked above) in place of its first
boy out on Sunday; every other line the same (reviews 24 and 25 unchanged; no shared point of reviews 12-25 holds two
wordings that name a zone and a time).
Since (session 38, helper H; before = the figures just above): a judgement verb's form that the parse hangs on a noun
as a compound or an "nmod" is a noun (docs/model-card-slant.md; ANNOTATOR_VERSION 103 as well, a fresh store): slant
20/45 -> 19/44 (CNN's "British cave diving experts" no longer shows "cave" as a verb of evasion; its sentence left the
evidence, "That marked a huge shift since Friday, ..." joined it); the cave's summary, no longer shunning "cave" as
one of the story's loaded words, opens with CNN's lead "The second day of rescue operations at the cave site in
northern Thailand ended after four more boys were brought out of the flooded cave system on Monday." and goes on with
the eight freed, the kids taken to hospital and two divers with each boy; every other line the same (reviews 24 and 25
unchanged on fresh stores).
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
summary 3/6, shared 9/44, unique 15/153, quotes 15/455, disputes 0/1, slant 19/44, furniture 13 lines (main at
d2066a0: summary 4/6, shared 10/45, unique 15/153, quotes 22/455, disputes 0/1, slant 20/45, furniture 13 lines); the
grouping unchanged: the other helpers' rules left this review's marks as helper H's own rules set them.
Since (session 39, helper C; before = main's fresh store at 8b66248, the compare stage rerun on a copy of it): a
short sentence naming and counting nothing points back, and a point's wording saying "also" goes after one that does
not (REPORT_VERSION 156; docs/comparison.md): summary 3/6 -> 1/6 (the flag's loses "A vote was slated for Thursday
afternoon."; the acquittal's point is said in CNN's "Zimmerman, a neighborhood watch volunteer ..., was acquitted by a
jury late Saturday on state criminal charges." in place of Fox's supporters outside the courthouse); a column's opening
goes after a report's among the leads, and a summary lacking the names most headlines share takes a report's sentence
saying what they say (REPORT_VERSION 157): summary 1/6 -> 0/6 (the Cuba summary opens with CNN's lead, Obama's call
with Castro, in place of Fox's column's "Establishing ties with Cuba has been on President Obama's bucket list ...",
and closes with USA Today's "The agreement includes Cuba's release of Alan Gross, ..."; the Kim Davis summary takes "A
federal judge has ordered a defiant Kentucky clerk to jail after she refused to issue marriage licenses to gay
couples." as its second sentence); every other line the same.
Since (session 39, helper G; before = main's fresh store at 8b66248, ANNOTATOR_VERSION 103; after = a fresh store,
ANNOTATOR_VERSION 111): slant evidence on neutral words read with their nouns (docs/model-card-slant.md, "Session 39,
helper G"): how hard going a task, a way or a span of time was ("the arduous task", "the dangerous, water-filled
passageways", "the most dangerous part of the journey", "a desperate rescue operation", "a brutal 17 months", "an
extraordinary few weeks"), "pivotal" of a vote, "a wary populace", "should be welcome", "It's fair to say", "a happy
retirement", "a huge operation", "huge money", "huge budget shortfall", Davis's pull quote signed "— Kim Davis, clerk
of Rowan County, Kentucky", "his crowd jeered" and "admitted that ... he did so in haste": slant 19/44 -> 0/19 (every
marked span gone, none added; articles showing no phrase 25 -> 26 of 28, no phrase and no loaded span 11 -> 19); the
cave's summary (the story's loaded words, which a summary shuns, no longer hold "huge", "dangerous", "desperate" and
"arduous") opens with CNN's lead "The second day of rescue operations at the cave site ..." (as session 38's store had
it; summary marks 3/6 either way); every other line the same.
Since (session 39, helper B; before = main's fresh store at 8b66248): cleaning takes
keyword links under a label in capitals glued to their headlines, a pointer to an embed below and the heading over it,
a rule of symbols, an embedded Facebook post with its footer, a reporter's whereabouts note, a caption placing people
left and right and a pull quote given in full within three paragraphs (docs/inputs.md; a fresh store): furniture 13 ->
4 lines (left: CNN's three present-tense captions, Fox's Kim Davis pull quote), unique 15/153 -> 13/153 (CNN's
caption of the two coaches and NPR's "Posted by Nikki Haley ..." no longer items; CNN's "As a father, Keasub said
...", NPR's "The crucial "second vote" approval came ...", CNN's "When Jenny Horne stepped up ..." and USA Today's Jeb
Bush quote came in, CNN's "Horne said Thursday morning ..." and USA Today's "The two countries, separated by just 90
miles ..." went, none of them marked); the cleaned articles' framing words and slant scores moved a little (CNN's
cave -0.26 -> -0.24, NPR's flag -0.15 -> -0.08, Fox's Cuba column +0.50 -> +0.48; no label changed); every other line
the same (two stories' outlets and items listed in another order).
Since (session 39, helper D; before = main's fresh store at 8b66248, ANNOTATOR_VERSION 103): a given name the NER cut
off joins the name, a surname tagged a common word is a subject, a bare surname after its other bearer's quote is that
bearer, "Both" is the pair before, a one-word "person" typed a place more often speaks no colon's quote, a source
credited by role and name, a couple's "they", a relative owned through a split possessive mark, and a report the parse
split before its verb keeps it (docs/quotes.md, "Session 39's speakers (review 26)"; ANNOTATOR_VERSION 104, a fresh
store): quotes 15/455 -> 1/455 (Cornell William Brooks (2), Robert Zimmerman Jr. (2) and Ben Jealous (2) their own
words, "a brother and sister" for "Both", Liz Halloran's report from Madison hers, Mat Staver's "not worth the
paper", the couple's "happy and elated", James Yates' "This means ...", Joe Davis's "good spirits", Narongsak's two
reports whole; left: the garbled "Staver said, likening"); shared 9/44 -> 9/45 (a new point, unmarked: NPR's and the
Washington Times' Yates "This means, at least for this area, civil rights are civil rights ..."); the voices follow
(Fox's "Corey" now Angela Corey); every other line the same.
Since (session 39, helper H; before = main's fresh store at 8b66248, REPORT_VERSION 155, the compare stage rerun on
a copy): an embedded post's credit line ("Posted by ... on <date>"), a caption placing whom it names (", left,"), the
outlet's own reporter's whereabouts ("NPR's ... is at ...") and "That's what ... reported on <programme>" are no
"only one outlet reports" items (REPORT_VERSION 160); a plan ("was slated for", "is set to") beside a sentence saying
nothing of the future and two readings of an election's count at two stages are told apart (REPORT_VERSION 161;
docs/comparison.md): unique 15/153 -> 11/153 (the caption, the credit line and NPR's two notes gone, each article's
place taken by another of its sentences); shared 9/44 -> 7/42 (the US House's vote and the count at 21 percent
gone); summary 3/6 -> 2/6 (the flag's no longer
holds "A vote was slated for Thursday afternoon."); the Cuba story's "set to re-open embassies" point stays (one
first form lost it); every other line the same.
Merged (session 39, helpers B, C, D, F, G, H and the lead: a fresh store at f21d589, ANNOTATOR_VERSION 111,
REPORT_VERSION "161"): summary 0/6, shared 7/43, unique 11/153, quotes 1/455, disputes 0/1, slant 0/19, furniture 4
lines (main at 8b66248: summary 3/6, shared 9/44, unique 15/153, quotes 15/455, disputes 0/1, slant 19/44, furniture
13 lines).
Since (session 40, helper C; before = main's fresh store at 6edce73, REPORT_VERSION "161"; after = a fresh store,
ANNOTATOR_VERSION 118, REPORT_VERSION "163"): a lead that is mostly a named person's reported statement goes after a
twin an outlet states in its own voice (docs/comparison.md): the acquittal's summary opens with USA Today's "Angry
civil rights groups on Sunday were pressing for new criminal charges following George Zimmerman's acquittal ..." in
place of CNN's account of the NAACP's president (summary marks 0/6 either way); cleaning took "Special to USA TODAY"
over USA Today's cave dateline, and the dateline; every other line the same.
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): a stranger's
embedded post giving no figure nor name is no item (REPORT_VERSION "172"): unique 11/153 -> 10/153 (CNN's producer's
post "Marriage licenses being issued ..." gone, its place taken by Bunning's "Her good faith belief ..."); every
other line the same.
Since (session 42, helper D; before = main's fresh store at 9fcad13; a copy, the compare stage rerun): two quotations
of one speaker sharing few words are two statements, below cosine 0.80 and with no run of three words alike
(docs/comparison.md; REPORT_VERSION "180"): shared 7/43 -> 6/42 (Walker's "Tomorrow we are all Wisconsinites." and
"It is time to put our differences aside ..." in no point); every other line the same.
Since (session 46, helper D; before = main's fresh store at 9f83842): the parts of a total another outlet gives as a
share of it are no new figures, nor is a price told without its cents (docs/comparison.md; REPORT_VERSION "247", a
copy): unique 10/153 -> 8/152 (Fox's "90 in all, 40 from Thailand and 50 from overseas" beside USA Today's "90 rescue
workers, more than half of them from ..." and NPR's "$35" beside the Washington Times' "$35.50" gone; the Times'
"$35.50" item goes with it, NPR's fee being its figure; Fox's deputy commander "according to Sky News" and the
Times' judge wanting no "shenanigans" take places, unmarked); every other line the same.
About 6 minutes under a load of 12 (a fresh store; 1.3 minutes of CPU).
Since (session 46, helper G; before = main's fresh store at 9f83842): a clause after "that" and a comma is no
question whatever word opens it, and opens after the comma (docs/quotes.md, "Session 46, helper G"; ANNOTATOR_VERSION
212, a fresh store): quotes 1/455 -> 1/458 (three reports new and right: CNN's David Bunning "when he took his oath
...", the Washington Times' Joe Davis "he ate with the other deputy clerks ...", NPR's Scott Walker "when he took on
collective bargaining, he did so in haste"); every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

WALKER = "Scott Walker survives Wisconsin's recall (2012)"
ZIMMERMAN = "Zimmerman acquitted: protests and calls for federal charges (2013)"
CUBA = "Cuba frees Alan Gross as the US moves to restore ties (2014)"
FLAG = "South Carolina votes to take down the Confederate flag (2015)"
DAVIS = "Kim Davis jailed, her office licenses a gay couple (2015)"
CAVE = "Boys brought out of the flooded Thai cave (2018)"
EVENTS = {
    WALKER: ["7PiRWKRB4gT2RLUe", "yk3fZ7HyfbHGaAmF", "7ttrdCfbk42XMkGI"],
    ZIMMERMAN: ["NtJ22N7uwYNEEoim", "Xgu6mK531W3SgsNA", "5QYCkgZcP67v2SRM"],
    CUBA: ["cBLmuVPyc5Rnw8vS", "qzx59gC0mggXBnpq", "bQPzkIBoTrxsd8G6"],
    FLAG: ["q7Y9KMZxXavEWite", "owZro4KiXwZN1vOm", "vqHJfyaehiolTtiD"],
    DAVIS: ["UVcCnqz8udxfvBjw", "gNtEssrgL100OkPw", "tL3mfzElACxRILfn"],
    CAVE: ["DeRA8SRzoAt7JeDB", "d0kdJ8oi4do9Pnl1", "riyPRlVHhODXg95C"],
}
# 2 near misses (Fox on Wisconsin's voters the day before the recall; Fox's interview with Kim Davis the day before
# she was jailed), 8 others
OTHERS = ["3rnjnRBkWIgipLHJ", "tpX028czJDmkMRGR", "1OSEWd3BOoponvU4", "HLiNZbGxPK6C7Fcm", "RCOoLCGJ3PfNjxTe",
          "6pyMVeFp93o9wOmB", "UNjepYkVtPavk22W", "lZ04nBDicB74nHhn", "lJ8CemkBKHzkSqvG", "TRDoraEJP099Oht9"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: CNN's first boy out on Monday beside USA Today's first out on Sunday; CNN's boys handed to other teams past
# the diving beside USA Today's rescuers walking to the third chamber; the Washington Times' Staver meeting Davis at
# the jail beside his word on the ruling; CNN's Anderson on resigning beside Davis's refusal; the Washington Times' US
# House vote beside NPR's South Carolina vote; Fox's column's Helms-Burton letting Congress override beside CNN's
# letting the president license; Fox's Zimmerman supporters outside the courthouse beside CNN's acquittal; Fox's
# Barrett's concession plea beside the count; Fox's Walker "Tomorrow we are all Wisconsinites." beside NPR's "It is
# time to put our differences aside ..."; NPR's count at 21 percent of precincts beside Fox's at nearly all
SHARED_WRONG = (r"^The first boy to emerge Monday was seen on a stretcher|^Having completed this section, the boys|"
                r"^Mat Staver and other attorneys with Liberty Counsel met with|"
                r"^Anderson acknowledged that Davis could resign|^A vote was slated for Thursday afternoon\.$|"
                r"^U\.S\. law—the Helms-Burton Act of 1996—gives the Congress power|"
                r"^Several Zimmerman supporters also were outside the courthouse|"
                r"^Walker’s Democratic challenger, Milwaukee Mayor Tom Barrett, made a similar plea|"
                r"^“Tomorrow we are all Wisconsinites\.”$|^With about 21 percent of the precincts counted")
# "Only one outlet reports" items another outlet reports too, or furniture, or no news: USA Today's Mae Sai following
# the saga (CNN); Fox's 90 divers, 50 from overseas (USA Today's 90, more than half from abroad); CNN's caption of
# the coaches; CNN's tweet's tail; NPR's deputy clerk taking the $35 (the Washington Times); NPR's flag to a museum
# (a shared point holds it), its final vote 94-20 (CNN) and the embed's credit "Posted by Nikki Haley on ..."; CNN's
# nine killed at the Charleston church (the Washington Times, NPR); Fox's Gross bringing computers to Jews (CNN);
# Fox's $70 million pumped into the race (CNN, NPR, Fox's other article), its recall begun with the rollback of
# collective bargaining (CNN); CNN's Senate control at stake in the state senators' recalls (Fox); NPR's "NPR's Liz
# Halloran is at the State Capitol in Madison." and "That's what NPR's Don Gonyea reported ..." (no news)
UNIQUE_WRONG = (r"^Residents of the nearby town of Mae Sai|^An international team of expert divers—90 in all|"
                r"^Nopparat Kanthawong, head coach of the Wild Boars, left,|"
                r"^Marriage licenses being issued pic\.twitter\.com|^He checked their licenses, asked them if|"
                r"^The Confederate battle flag that has flown in a prominent spot|"
                r"^After more than 12 hours of debate, the final vote was 94-20|^Posted by Nikki Haley on|"
                r"^She was referring to the tragedy that had brought lawmakers|"
                r"^His “crime” was to bring computers to Jews|"
                r"^Both parties, unions, political actions committees and other groups have pumped|"
                r"^The recall effort began when the first-term governor|"
                r"^A loss of any of those four races would have tipped|"
                r"^NPR's Liz Halloran is at the State Capitol in Madison\.$|^That's what NPR's Don Gonyea reported")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "narongsak osotthanakorn": r"^all the boys rescued$",              # cut: "... rescued are well" (CNN)
    "narongsak osatanakorn": r"^experts told him flooding from new rain$",  # cut before "could shrink ..." (Fox)
    "jesus christ": r".",                                 # Kim Davis's words ("changed by Jesus Christ", "she said")
    "william smith": r"^They are not worth the paper",    # Mat Staver's ("he said at a ... press conference")
    "journalists": r"happy and elated",                   # the couple's ("They said they were happy ...")
    "kim davis": r"^This means, at least for this area",  # James Yates' ("He grew emotional.", NPR)
    "mat staver": r"^Staver said, likening$",             # the source's doubled "...,” Mr. Staver said, likening"
    "davis": r"^his wife was in good spirits",            # Joe Davis's, in an article whose "Davis" is Kim Davis
    "william brooks": r".",                               # Cornell William Brooks, the NAACP's president (2)
    "george zimmerman": r"^(cool their jets|Agitation doesn't help us)",  # his brother Robert Zimmerman Jr.'s
    # Ben Jealous's ("Despite his disappointment with the verdict, Jealous urged calm. ...")
    "joe d'alessandro": r"^(It's important that the public focus|It is critical that people keep the peace)",
    "both": r".",                                         # "Both thought ...": the brother and sister
    "residents or businesses": r".",                      # the Republicans' ("they say a win for Walker ...")
    "their elected officials": r".",                      # the Republicans' ("They said this paves the way ...")
    "madison": r".",                                      # Liz Halloran's report ("... this update from Madison:")
}
# disputes and differing figures the review found not genuine: none (Barrett's donations, $4.2 million against "his $4
# million", are listed both ways by design: docs/comparison.md, a round figure read as shorthand)
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    # the recall survived, and no live page's aside ("Remember that to get to this point, ...")
    WALKER: r"(?i)^(?!.*\bRemember that to get to this point\b)(?=.*\b(surviv\w*|overcame|defeat\w*|beat\w*|won)\b)",
    # the acquittal told, not only inside "Several Zimmerman supporters also were outside the courthouse, ..."
    ZIMMERMAN: r"(?i)^(?!.*\bsupporters also were outside\b)(?=.*\b(acquit\w*|not guilty)\b)",
    CUBA: r"(?i)\bGross\b.{0,150}\b(free\w*|releas\w*)\b|\b(free\w*|releas\w*)\b.{0,150}\bGross\b",
    # the flag coming down, and no "A vote was slated for Thursday afternoon." (the US House's, read as the state's)
    FLAG: r"(?i)^(?!.*\bA vote was slated\b)(?=.*\bflag\b.{0,150}\b(down|remov\w*|furl\w*|museum)\b)",
    DAVIS: r"(?i)^(?=.*\blicen[cs]e\b)(?=.*\bjail)",
    CAVE: r"(?i)\b(freed|rescued|brought out|emerged|extracted)\b",
}
# slant evidence of neutral words: a task's or a place's difficulty ("arduous", "dangerous", "desperate", "brutal"),
# sizes ("a huge", "huge"), the noun "cave" read as the verb, "should be welcome", Davis's "steadfast" and "easy",
# "It's fair to say", "extraordinary", "pivotal", "wary", "happy", "jeered", "admitted" (a fault owned)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[CAVE] = r"^(?i:arduous|a huge|huge|dangerous|cave|desperate)$"
SLANT_WRONG[DAVIS] = r"^(?i:steadfast|easy|fair)$"
SLANT_WRONG[FLAG] = r"^(?i:extraordinary|pivotal)$"
SLANT_WRONG[CUBA] = r"^(?i:welcome)$"
SLANT_WRONG[ZIMMERMAN] = r"^(?i:wary)$"
SLANT_WRONG[WALKER] = r"^(?i:huge|jeered|happy|brutal|admitted)$"
# furniture left in the text: CNN's photo captions (4); USA Today's keyword links (2); Fox's pull quotes (2) and its
# "+++++" rule; NPR's reporter's note, an embed's credit, and "Live Results:" over its pointer
FURNITURE = (r"^A stretcher carrying what is believed to be the fifth boy|^Onlookers cheer as a helicopter flies|"
             r"^Nopparat Kanthawong, head coach of the Wild Boars, left,|^Thai policemen block a road leading|"
             r"^NOT GUILTY:Zimmerman acquitted$|^'SYSTEM HAS FAILED':Crowds react to verdict$|"
             r"^Not only does President Obama’s action fail to advance freedom in Cuba, it throws a lifeline to "
             r"Cuba’s dictators\.$|— Kim Davis, clerk of Rowan County, Kentucky$|^\+{10,}$|"
             r"^Eyder is reporting today from|Posted by Nikki Haley on Wednesday, July 8, 2015$|^Live Results:$|"
             r"^You'll find real-time results from Wisconsin below:$")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review26", EVENTS, OTHERS, marks))
