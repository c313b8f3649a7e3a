"""The 6 events of review 23: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review23_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review23_events.py --src /old/src  # another version

A fact-checker's review (review 23, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 articles each, 2013-2020, the ids below, none used by
review_allsides.py or review8-22_events.py) of kinds the earlier reviews had little of: Iran admitting it shot down the
Ukrainian airliner (an air disaster abroad; Al Jazeera's is a live page), an Ethiopian Airlines 737 Max crash (an
airline accident; Fox's is the AP's live page with its timestamps, the Guardian's carries a timeline box), the Amazon
fires and Brazil's answer to the G7's offer of aid (a natural disaster abroad; Fox's is on whether the forest is the
Earth's lungs), the Federal Reserve's first rate cut since 2008 (a central-bank decision; Newsmax's and the Monitor's
are analyses of the day), Trudeau's Liberals winning a minority in Canada (an election abroad) and Chuck Hagel's
confirmation hearing (a cabinet nomination hearing; NPR's is a preview that morning), with 10 unrelated articles of the
same weeks mixed in (2 near misses: National Review on Iran denying it shot the plane down, the day before; the
Guardian on Trump skipping the G7's talks on the fires, the day before Brazil's answer). This runs `manysides.analyze`
on those 30 articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story
everything a reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review marks"),
so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read against the article
texts, it found (marks of the code at commit 8fd0c87, origin/main, REPORT_VERSION 126, ANNOTATOR_VERSION 72):

* grouping: National Review's piece on Iran's denial (a near miss) joins the Iran story, the merge docs/grouping.md
  names (a piece on a neighbouring day about one running subject); ABC's report of the Fed's cut stands apart from the
  two analyses of it (the only article giving the decision plainly); Fox's piece on the fires and the planet's oxygen
  stands apart from the stories of Brazil's answer (another subject of the same fires: defensible); the Guardian's G7
  piece and the 8 others stay alone;
* cleaning: 99 removals in the event stories' articles, all furniture; furniture left in 8 lines of 5 articles:
  National Review's photo caption ending in its credit "(REUTERS/Brendan McDermid)", Fox's gallery controls "next
  Image 1 of 2" and "prev Image 2 of 2", the BBC's "Skip Twitter post by @..." before each of 3 embedded tweets, NPR's
  "YouTube" embed label, and the Guardian's collapsible timeline box ("Timeline Boeing’s 737 Max crisis Show Hide ..."),
  its entries' headings run into their sentences; the caption, a tweet and a timeline entry were also "only one outlet
  reports" items, the timeline's Lion Air toll a false dispute;
* summaries without the event's main fact, or with a sentence that cannot stand in it: 2 of 6: the Amazon summary
  gives the BBC's subheading "What exactly did Bolsonaro say?"; the Ethiopian one closes with a sentence of the
  Guardian's timeline box, its heading glued on ("Ethiopia Airlines crash Flight ET302 crashes about six minutes ...");
* "only one outlet reports" items another outlet reports, or furniture: 9 of 138: National Review's caption; the BBC's
  "Skip Twitter post by @10DowningStreet ..."; the Guardian's timeline entry on the Lion Air crash; Brazil rejecting
  the G7's offer (NPR; CBS gives it) and the offer of $20 million (CBS; NPR gives it); Fox's victims by nationality,
  the BBC's "crisis caused by US adventurism", the AP's 156 seats and NPR's "As Ari Shapiro reported ..." (each a
  shared point too);
* shared points pairing different statements: 8 of 52 (the BBC's subheading with Macron's aside; Trudeau's campaign
  focus with his victory words; Indonesia grounding its jets with Ethiopian Airlines grounding its own; the British
  embassy with the State Department; an Estonian minister's condolences with the airline chief's; Hagel committed to
  Obama's agenda with his Iran pledge; a Fox News poll with NPR's "conventional wisdom" and a CNN poll; one of several
  confrontations with Hagel expected to win);
* disputes and differing figures: 3 of 3 not genuine (the Lion Air crash's 189 dead against the Ethiopian crash's 157;
  "35" and "more than 30" countries; two different polls on Hagel);
* quotes given to the wrong speaker or words: 10 of 491: "Jazeera Dorsa Jibbari" (the outlet's name in the reporter's),
  "Farsi" (a language) for a bystander's words, Iran for the reports it denied, "His good looks" for BuzzFeed's link
  title, Trudeau for Rolling Stone's cover line, "This article" for the BBC's correction note, Boeing for a sensor's
  name, Joanna Toole for her father's words (2), Ted Cruz for the caller's claim he cited;
* slant evidence of neutral words: 10 of 47 spans: sizes ("modest size", "a huge new trade deal"), "the most striking
  ... pictures" (2), "the worst since 2010", "attractive to carriers", "unilateral sanctions" (2), and "wonderful" in the
  tweet of Trump's BuzzFeed embeds (2).
Also seen, not counted: Al Jazeera's live-page heading "Iran must apologise, compensate victims:" (its speaker cut off)
stands as a shared point's wording; the Monitor's "The Federal Reserve Tuesday cut interest rates" (the cut was on
Wednesday, as Newsmax says) opens the Fed summary; National Review's 63 Canadians and Fox's 57 are not shown as
differing figures.
Since (session 34, helper A; fresh store, ANNOTATOR_VERSION 73, REPORT_VERSION 128): cleaning takes a caption closed
by "(REUTERS/Name)", a slideshow's "next Image 1 of 2", the BBC's "Skip Twitter post by @..." and "Report", a lone
"YouTube" and the Guardian's "Timeline ... Show Hide ..." box: removals in the event stories 99 -> 107, furniture lines
left 8 -> 0; a question is never said in a summary, and a pronoun after a long opening phrase naming none of the
story's people points back: summary 2/6 -> 0/6 (the Amazon summary closes with CBS's "On Tuesday, Bolsonaro said his
government would consider taking the aid ...", the Ethiopian one opens with the BBC's "US plane maker Boeing is facing
questions after an Ethiopian Airlines 737 crash on Sunday killed all 157 people on board."); unique 9/138 -> 6/137
(the caption, the tweet's "Skip ..." and the timeline's entry gone), quotes 10/491 -> 9/486 (Boeing's "angle of
attack"), slant 10/47 -> 9/46 ("attractive", the timeline's); shared 8/52 -> 8/53 and disputes 3/3 unchanged (the
BBC's and the Guardian's own sentences on the Lion Air crash's 189 dead still stand against the 157).
Since (session 41, helper D; before = main's fresh store at 35bb6db, a copy rerun, REPORT_VERSION "173"): a sentence
ending in a colon is no shared point's candidate, which moves the margins: shared 3/49 -> 3/50 (NPR's quoted criticism
of Hagel by his former GOP colleagues and pro-Israel groups now stands with CNN's "Others challenged a Senate vote by
Hagel years earlier ... and a comment about the "Jewish lobby" ...", unmarked); every other line the same.
About 2 minutes (10 with a fresh store on a loaded machine).
Since (session 34, helper F; before = helper A's tree 09dbe54, ANNOTATOR_VERSION 73, REPORT_VERSION 128, a fresh
store: summary 0/6, shared 8/53, unique 6/137, quotes 9/486, disputes 3/3, slant 9/46): figures of surveys by
different makers are two quantities, a one-sided hedge on a round figure that rounds another outlet's exact figure
("more than 30" countries for 35) is no differing figure, and a hypothetical verb does not govern a clause a
conjunction opens ("facing questions after ... killed all 157"): disputes 3/3 -> 0/0, shared 8/53 -> 7/53 (the Fox
poll no longer paired with CNN's; NPR's "conventional wisdom" now pairs with CNN's poll, unmarked) (REPORT_VERSION
135, the compare stage on a copy of the store); a size ("its modest size") and a deal's size ("a huge new trade
deal"), a record after an adverb ("are instead the worst since 2010"), "unilateral", "the most striking - and viral -
pictures" and a post saved without its signature (BuzzFeed's copy of Trump's tweet) are no loaded wording: slant 9/46
-> 0/35 (ANNOTATOR_VERSION 79, fresh store); summary 0/6, unique 6/137, quotes 9/486 unchanged.
Since (session 34, helper H; before = the merged tree 84885a3 and its store, REPORT_VERSION 135): a sentence a shared
point holds is an item only for a figure or name of its own, and a count the point's other sentence gives without a
figure ("dozens of Iranians" for Fox's "82 Iranians") is none; a quotation shorter than QUOTED_RUN that another
outlet prints whole, a leading article aside, 5 words or more, is quoted elsewhere (the BBC's "a crisis caused by US
adventurism", Fox's "... time of crisis caused by US adventurism ..."); an outlet's own question ("What exactly did
Bolsonaro say?") is no shared point with a statement: unique 6/137 -> 4/135, shared 6/53 -> 5/52, the rest unchanged
(REPORT_VERSION 137, the compare stage on a copy of the merged store). Left: NPR's "at least $22 million" offer and
CBS's "$20 million aid offer" (one offer the dispute stage does not group), the AP's "170 needed for a majority"
(the BBC's "157 seats, 13 short of a majority": a sum), and NPR's "As Ari Shapiro reported ...", a quotation's tail
("It's a shift from big to small ...") listed from its head, which a shared point holds (listing the tail alone
marks review 18's Salon tweet; dropping it cost 3 BASIL items judged own).
Since (session 34, helper G; before = the merged tree 84885a3, ANNOTATOR_VERSION 79, its fresh store above): what words
are said "in" ("says in Farsi:") is no speaker; a known outlet's name run into a reporter's ("Al Jazeera Dorsa
Jibbari said") is left off the name; reports a subject rejects ("denying reports suggesting ...") are no one's words;
"whether he thinks X" reports no X; an article's note on itself ("This article initially stated ...") is no report;
a quote right after "the headline" is a title: quotes 9/486 -> 3/481 (left: "His good looks" for BuzzFeed's link
title, Joanna Toole for her father's words (2)); summary 0/6, shared 6/53, unique 6/137, disputes 0/0, slant 0/35
unchanged (ANNOTATOR_VERSION 81, fresh store). Reviews 22 and 21 (fresh stores): quotes 1/364 -> 1/364 and 9/411 ->
9/410 (Politico's "officials would not say whether Trump believes that human activity contributes ..." no longer
Trump's report), all else unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 5/52, unique 4/135, quotes 3/481, disputes 0/0, slant 0/35 (main at 8fd0c87: summary 2/6, shared
8/52, unique 9/138, quotes 10/491, disputes 3/3, slant 10/47).
Since (session 36, helper B; before = main's fresh store at 3111dd5; after = ANNOTATOR_VERSION 84, a
fresh store): a quote after a writer's pointer ("(see: “...”)") is a linked piece's title, and a name typed an
organisation with the surname of a person named in full is a relative's (docs/quotes.md, "The reviews' left-over
speakers"): quotes 3/481 -> 0/480 (BuzzFeed's link title dropped, the voice "good looks" gone; Fox's two quotes of
Joanna Toole's father now Adrian Toole's, the voice "Joanna Toole" gone); summary 0/6, shared 5/52, unique 4/135,
disputes 0/0, slant 0/35 unchanged.
Since (session 36, helper C; before = main's fresh store at 3111dd5, REPORT_VERSION 137):
being expected to win (lose, be confirmed) is a likelihood, read in the main clause after an opening "Despite ..."
clause (CNN's "Hagel was expected to win confirmation" no longer beside one of the hearing's confrontations); two
sentences whose subjects are two countries' bodies, neither naming the other's, are two statements (the British
embassy and the State Department's "U.S. embassies"; Indonesia's aviation authorities and Ethiopian Airlines
grounding their jets): shared 5/52 -> 3/50, the rest unchanged (REPORT_VERSION 141, the compare stage on a copy of
the store). The Guardian's embassy sentence now stands with Fox's "British ambassador ... says ... that embassy staff
is working to get details" (one country's statement, still marked by its pattern). Left: Hagel's general pledge to
Obama's agenda beside his Iran pledge; the Estonian minister's condolences beside the airline chief's. Reviews 12-22:
every line unchanged.
Since (session 36, helper D; before = main's fresh store at 3111dd5, ANNOTATOR_VERSION 81): "insist" is a judgement
verb only kept up or pressed ("repeatedly insisted", "insisted on"), not as a plain "said"; "an affirmative vote", a
rated adjective heading a noun phrase, a feeling said of someone, a question asked and a critic's reason are no loaded
wording: slant 0/35 -> 0/32 (CBS's "Macron, who insisted they should be discussed ...": its phrase, its judgement verb
and the G-7 sentence it carried; the AP's "Trump insists he did nothing wrong" outside the printed stories); "insisted
on gender equality" (BuzzFeed) stays; summary 0/6, shared 5/52, unique 4/135, quotes 3/481, disputes 0/0 unchanged
(ANNOTATOR_VERSION 86, fresh store).
Since (session 36, helper E; before = main's fresh store at 3111dd5, REPORT_VERSION 137: summary 0/6, shared 5/52,
unique 4/135, quotes 3/481, disputes 0/0, slant 0/35): a majority's threshold is given by seat arithmetic (the BBC's
"157 seats, 13 short of a majority" for the AP's "170 needed for a majority"), "G-7" is the "Group of Seven", and each
article's only sum of money (or count of people harmed) of one thing is one quantity when the subjects match, the
values lie within 1.5 and the sentences near one topic (NPR's "offer of at least $22 million", CBS's "$20 million aid
offer", cosine 0.43):
unique 4/135 -> 2/135 (the AP's item and NPR's gone, their places to the AP's "Scheer, 40, ..." and NPR's
"Bolsonaro made those remarks ... in Brasilia"; CBS's stays, marked, for "Biarritz G-7"), disputes 0/0 -> 0/1 (the
offer, $20 million against at least $22 million: genuine; the Amazon summary, taking no side on it, opens with CBS's
"A day after Brazil rejected aid from G-7 countries ..."); the rest unchanged (REPORT_VERSION 143, the compare stage
on a copy of the store). Left: CBS's item (for Biarritz), NPR's "As Ari Shapiro reported ...".
Merged (session 36, helpers A-E: a fresh store at 8b6d2fc): summary 0/6, shared 3/50, unique 2/135, quotes 0/480,
disputes 0/1 (the G7's offer, genuine), slant 0/32 (main at 3111dd5: summary 0/6, shared 5/52, unique 4/135,
quotes 3/481, disputes 0/0, slant 0/35).
Merged (session 37, helpers A-F and the lead: a fresh store at e5a5024): every mark the same (summary 0/6, shared
3/50, unique 2/135, quotes 0/480, disputes 0/1, slant 0/32); one quote line changed: CBS's scientists now say "it
actually helps cool the entire planet" (helper A's rule), right.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 3/50 -> 3/49 and quotes 0/480 -> 0/479 (Al Jazeera's subheadings "Iran must apologise, compensate victims:" and
"Canadian PM: he wants full investigation into crash" no longer a point and a quote); every other mark as at main
(d2066a0).
Since (session 39, helper F; before = main's fresh store at 8b66248, ANNOTATOR_VERSION 103): one- and two-word
subheadings, a headline's quotation in single marks and a live headline under a signature are headings
(docs/inputs.md, "Headings"; ANNOTATOR_VERSION 108, fresh store): quotes 0/479 -> 0/478 (Al Jazeera's live heading
"Ukraine believes Iran plane probe will be 'objective and prompt'" no longer Ukraine's quote, and "Ukraine" one
place lower in the voices); every other line the same.
Merged (session 42, helpers A-H; before = main's fresh store at 9fcad13; after = a fresh store of e2b5172): quotes
0/478 -> 1/479. Helper A's joint speakers ("Lightfoot and Preckwinkle said") give Al Jazeera's "French specialists
would help decode the black boxes ..." to "Volodymyr Zelenskyy and Emmanuel Macron" (right: the two agreed it), and
add NPR's "the fires are a world environmental crisis that Bolsonaro has allowed to worsen" as "Jair Bolsonaro and
Emmanuel Macron", marked: the sentence's "said" belongs to "the French leader" of its "after" clause, which the parse
joined to the main verb "engaged" instead; every other mark the same.
Since (session 43, helper C; before = main's fresh store at 9a69f00): a word in the complement of a passive verb of
regarding is the view its holders hold, not the outlet's (docs/model-card-slant.md; ANNOTATOR_VERSION 145, a fresh
store): slant 0/30 -> 0/29 (the AP's "perfect" of Scheer, "who was seen as the perfect antidote to Trudeau's flash and
celebrity", unmarked); articles with no phrase and no loaded span 11 -> 12 of 30; every other line the same.
Since (session 43, helper B; before = main's fresh store at 9a69f00): a cue joined past an adverbial clause of its own
form is that clause's subject's, and a hearing passive's subject spoke (docs/quotes.md; ANNOTATOR_VERSION 142, a fresh
store): quotes 1/479 -> 0/480 (NPR's "the fires are a world environmental crisis ..." now "the French leader"'s, not
"Jair Bolsonaro and Emmanuel Macron"'s; new and right: Fox's "Hagel could be heard calling the point a “good one.”");
every other line the same but the voices lists (the store's Al Jazeera Hajizadeh quotes, "Amir Ali Hajizadeh" there,
are main's "Brigadier General Hajizadeh" again on the final code, which reads a misread surname only alone).
Since (session 44, helper B; before = main's fresh store at e70cea9): "the" and a role noun with a nationality is the
one person named before with that nationality in their title (docs/quotes.md; ANNOTATOR_VERSION 157, a fresh store):
quotes 0/480 -> 0/480, two speakers named now, both right: NPR's "the fires are a world environmental crisis ..." is
Emmanuel Macron's ("the French leader" after "French President Emmanuel Macron"), Al Jazeera's "he is due to hold a
telephone call with Iranian President Hassan Rouhani" Volodymyr Zelenskyy's ("The Ukrainian leader"); every other line
the same but the voices lists.
About 4 minutes (a fresh store, under load).
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): shared 3/50 -> 3/51 (CBS's and NPR's Lorenzoni quotation, "We appreciate (the offer), but ...", one
point: CBS's sentence no longer parted from its opening mark); lone-mark sentences 59 -> 0; every other mark the same.
Since (session 46, helper C; before = main's fresh store at 9f83842): "modest" of a thing tells its size or scope, a
win's its margin (docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 0/29 ->
0/26 (BuzzFeed's "congratulated the prime minister on his modest victory", phrase, word and sentence, gone, unmarked;
it shows "Openly calling himself a feminist, the younger Trudeau insisted on gender equality ..." instead); every
other line the same.
Since (session 46, helper F; before = main's fresh store at 9f83842): a count one sentence gives whole and the other
as the sum of its every count is two figures in common (docs/comparison.md, "Durations in two units, a quotation's
later sentence, ..."; REPORT_VERSION "252", a copy): shared 3/51 -> 3/53 (two points, unmarked: Fox's "167
passengers and nine crew members" / Al Jazeera's flight "killing all 176", one fact; Fox's "149 passengers and eight
crew members" / the Guardian's ET302 "killing all 157", whose sentence's news is the recorders found); every other line
the same.
Since (session 47, helper D; before = main's fresh store at 71d1fa9): a quotation's later sentence whose head is a
shared point's is listed from its own start (docs/comparison.md, "Session 47, helper D"; REPORT_VERSION "262", a
copy): unique 2/135 -> 1/135: NPR's "As Ari Shapiro reported ..." is listed from its tail, 'It's a shift from big to
small, from the Pentagon to the CIA."' — Ari Shapiro (its head a shared point); every other line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): quotes 0/480 -> 0/479 (Al Jazeera's subheading "Ukraine airline
says plane had no warning ..." no longer a report: helper C's headline rule; the paragraph under it makes the same
report); every other mark the same."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Iran admits shooting down the Ukrainian airliner (2020)": ["TypTBE7Tu0lDjLcL", "l7BIJjCYTSt2PKyT",
                                                                "qIbAhQrph1ng2cMo"],
    "An Ethiopian Airlines 737 Max crashes (2019)": ["8zDuCQ6VycFl5XfZ", "yGKo61FNUVOKmC8S", "ftKTq8zhyzP8MQ7M"],
    "The Amazon fires and Brazil's answer to the G7 (2019)": ["DudOurs7FzfOJ38t", "6wRv9CNsETb1c5eo",
                                                              "dHA2VPOWzQM8vxu9", "YDj6V1kZAjpwnUha"],
    "The Fed cuts rates for the first time since 2008 (2019)": ["n1c8753wsTqgDF2n", "xwQDsvJF1VIPakdk",
                                                                "pTGpQINBUuFj2CLs"],
    "Trudeau's Liberals win a minority in Canada (2019)": ["YWjzkJCD8HuasZIV", "slvVWPIxueBmGqIc",
                                                           "wU9YcVkGIe2HUKCZ", "6HBqq6VvhvVLnOa0"],
    "Chuck Hagel's confirmation hearing (2013)": ["1e0udp94zMTfzLRO", "5E4JujoPzXofvR77", "se1xXFh6r8UeJMJP"],
}
# 2 near misses (National Review on Iran denying it shot the plane down, the day before; the Guardian on Trump
# skipping the G7's talks on the fires, the day before Brazil's answer), 8 others
OTHERS = ["qjl0FVTOCVppZqH5", "Yw2htJmBl5RzNeNt", "Y8ncZ3pm5Vpredlr", "MLANd2gRviCiD0ya", "lbJHMZaSFzZczCem",
          "U4zge2XXdiBwap75", "VS8y0J5fvg0J4B1O", "YrGLdDrPoOmOqn1x", "67vamAIyxkDUlc1N", "fEmAQEMRZCwL8hJE"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing: the BBC's subheading "What exactly did Bolsonaro
# say?" beside Macron's aside (NPR); the Daily Caller's "Trudeau focused on issues like gun control and climate change"
# beside Trudeau's victory words (AP) and BuzzFeed's "had insisted his party would continue ..."; Indonesia grounding
# its 737 Max jets (the Guardian) beside Ethiopian Airlines grounding its own (BBC); the British embassy's statement
# beside the State Department's; an Estonian minister's condolences beside the Ethiopian Airlines chief's; Hagel
# "committed to Obama's national security agenda" (Fox) beside his Iran pledge (NPR, CNN); a Fox News poll beside
# NPR's "conventional wisdom" and a CNN/ORC poll; one of several confrontations (Fox) beside Hagel expected to win
SHARED_WRONG = (r"^What exactly did Bolsonaro say|^For the remainder of the campaign Trudeau focused|"
                r"^Indonesia’s aviation authorities said all 737 Max jets|"
                r"^“Our staff at the British embassy in Addis|"
                r"^“I express my condolences to those who lost loved ones|"
                r"^Hagel testified Thursday that he is committed to Obama's national security agenda|"
                r"^A recent Fox News poll showed 34 percent|^The incident, though, was one of several confrontations")
# "Only one outlet reports" items another outlet reports too, or furniture: National Review's photo caption, Fox's
# victims by nationality (a shared point too), the BBC's "sought to shift blame ... US adventurism" (Zarif's words, a
# shared point), the AP's 156 seats (a shared point), the BBC's "Skip Twitter post by @10DowningStreet ...", Brazil
# rejecting the G7's offer (NPR; CBS gives it) and the G7's $20 million offer (CBS; NPR gives it), the Guardian's
# timeline box on the Lion Air crash (the BBC gives the crash), NPR's "As Ari Shapiro reported ..." (a shared point)
UNIQUE_WRONG = (r"^Iranian President Hassan Rouhani speaks at a news conference|^Those killed included 82 Iranians|"
                r"^Iran's foreign minister has already sought to shift blame|^With results still trickling in early|"
                r"^Skip Twitter post by|^Brazil says it will reject an offer|^G-7 countries made the \$20 million|"
                r"^Lion Air crash Lion Air flight JT610|^As Ari Shapiro reported on Morning Edition")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "jazeera dorsa jibbari": r".",                       # "Al Jazeera['s] Dorsa Jibbari": the outlet's name in hers
    "farsi": r".",                                       # "Someone off-camera says in Farsi": a language
    "iran": r"^it had caused the crash",                 # the reports Iran denied (Al Jazeera)
    "his good looks": r".",                              # BuzzFeed's link title
    "justin trudeau": r"^Why Can’t He Be Our President",  # Rolling Stone's cover line (AP)
    "this article": r".",                                # the BBC's correction note
    "boeing": r"^angle of attack$",                      # a sensor's name in the Guardian's timeline
    "joanna toole": r".",                                # her father's words (Fox)
    "ted cruz": r"^Israel has committed war crimes$",    # the caller's claim Cruz cited
    # NPR's "Bolsonaro and Macron have engaged in a ... spat after the French leader used ... and said the fires are
    # ...": the parse joins "said" to "engaged", so the words go to both, not to Macron alone (session 42)
    "jair bolsonaro and emmanuel macron": r"^the fires are a world environmental crisis",
}
# disputes and differing figures the review found not genuine: the Lion Air crash's 189 dead (the Guardian's timeline,
# the BBC) against the Ethiopian crash's 157; "35" and "more than 30" countries (one figure, one rounded); two
# different polls on Hagel (Fox's and CNN's)
DISPUTE_WRONG = r"^(189|35|more than 30|34 percent|25 percent|48%|22%)$"
MAIN_FACT = {
    "Iran admits shooting down the Ukrainian airliner (2020)":
        r"(?i)\b(admit\w*|acknowledg\w*|accept\w*)\b.{0,200}\b(shot|shooting|downing|brought)\b|"
        r"\b(unintentionally|accidentally|mistakenly)\b.{0,60}\bshot\b",
    # the crash, and no sentence of the Guardian's timeline box ("Ethiopia Airlines crash Flight ET302 crashes ...")
    "An Ethiopian Airlines 737 Max crashes (2019)": r"(?i)^(?!.*\bEthiopia Airlines crash Flight\b)(?=.*\bcrash)",
    # Brazil's answer to the G7's offer, and no subheading ("What exactly did Bolsonaro say?")
    "The Amazon fires and Brazil's answer to the G7 (2019)":
        r"(?i)^(?!.*What exactly did)(?=.*\b(G-?7|Group of Seven)\b.{0,250}\b(reject\w*|aid|offer|money)\b)",
    "The Fed cuts rates for the first time since 2008 (2019)": r"(?i)\b(Fed|Federal Reserve)\b.{0,100}\bcut",
    "Trudeau's Liberals win a minority in Canada (2019)":
        r"(?i)\b(Trudeau|Liberals?)\b.{0,200}\b(minority|won|win|retain\w*|remain in power|hold on to power)\b",
    "Chuck Hagel's confirmation hearing (2013)": r"(?i)Hagel.{0,200}\b(hearing|testif\w+)\b",
}
# slant evidence of neutral words: a size ("modest size", "huge new trade deal"), "striking ... pictures", "the worst
# since 2010", "attractive to carriers", "unilateral sanctions", and "wonderful" in Trump's tweet BuzzFeed embeds
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG["The Amazon fires and Brazil's answer to the G7 (2019)"] = r"^(?i:modest|striking|worst|huge)$"
SLANT_WRONG["Trudeau's Liberals win a minority in Canada (2019)"] = r"^(?i:wonderful)$"
SLANT_WRONG["An Ethiopian Airlines 737 Max crashes (2019)"] = r"^(?i:attractive)$"
SLANT_WRONG["Chuck Hagel's confirmation hearing (2013)"] = r"^(?i:unilateral)$"
# furniture left in the text: National Review's photo caption with its credit, Fox's gallery controls, the BBC's
# "Skip Twitter post by @..." before each embedded tweet, NPR's "YouTube" embed label, the Guardian's timeline box
FURNITURE = (r"^Iranian President Hassan Rouhani speaks at a news conference|^(next|prev) Image \d+ of \d+$|"
             r"^Skip Twitter post by|^YouTube$|^Timeline Boeing’s 737 Max crisis Show Hide")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review23", EVENTS, OTHERS, marks))
