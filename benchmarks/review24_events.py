"""The 6 events of review 24: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review24_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review24_events.py --src /old/src  # another version

A fact-checker's review (review 24, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 articles each, 2012-2017, the ids below, none used by
review_allsides.py or review8-23_events.py) of kinds the earlier reviews had little of: Hong Kong's leader telling the
Occupy Central protesters to stop (a protest abroad; CNN's is on National Day, the morning after), Hurricane Matthew
closing in on Florida (a natural disaster at home; CNN's is a long live page with a gallery, USA Today's is on the
economic damage, CBN's the next day), North Korea's rocket launch (a missile test; the Times' text is the second page
of its story), the Supreme Court upholding Obamacare's subsidies (a court ruling; Salon's is a column the day after),
Obama's executive order raising federal contractors' minimum wage (an executive action, announced the morning of the
State of the Union) and Trump firing James Comey (a dismissal; the Monitor's is "three key questions" the day after),
with 10 unrelated articles of the same weeks mixed in (2 near misses: USA Today on stocks falling amid the Hong Kong
protests, the day before; Politico on Comey asking for more resources for the Russia inquiry, the day after his
firing). This runs `manysides.analyze` on those 29 articles, written as one JSON Lines export with the dataset's
outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review found wrong, and
counts the marks per story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with
`--json` anew). Read against the article texts, it found (marks of the code at commit 3111dd5, REPORT_VERSION 137,
ANNOTATOR_VERSION 81):

* grouping: the six events make six stories; Politico's piece on Comey's request (a near miss) joins the Comey story,
  the merge docs/grouping.md names (a piece on a neighbouring day about one running subject); USA Today's on stocks
  and the 8 others stay alone;
* cleaning: 45 removals in the event stories' articles, all furniture; furniture left in 25 lines of 8 articles: CNN's
  calls for readers' photos ("Are you there? Share images, but stay safe.", "Are you affected by Hurricane Matthew?
  ... WhatsApp us ... to share your photos ..."), CNN's sign-off credits ("CNN's Jethro Mullen reported from Hong
  Kong. CNN's Ashley Fantz and Greg Botelho reported and wrote from Atlanta. CNN's ... contributed to this report."),
  a caption ("Daytona Beach residents fill sandbags Thursday.") and the hurricane centre's warnings box ("Storm
  warnings Hurricane warning is in effect for: • ... Source: National Hurricane Center"), USA Today's "More hurricane
  coverage:" and its seven linked headlines, CBN's pointer ("For the latest track/forecast of Hurricane Matthew, visit
  the National Hurricane Center."), appeal ("How You Can Help:", "Give to Operation Blessing") and video prompt ("...
  Watch John Jessup's message below:"), the Times' lone "Photo" and "Video" and its newsletter form, CNN's "Follow
  @politicaltickerFollow @AdamATCNN", NPR's live-blog promotion ("... We'll be live blogging ... Come back as the time
  approaches.") and its link to a preview ("For another State of the Union preview, check this post from It's All
  Politics:" over "5 Things To Expect In Obama's State Of The Union Address"), and Salon's "(For another fantastic
  "Seinfeld" reference, see also Simon Maloy's takedown of the Burwell case here.)" closing its last paragraph; a
  linked headline, the pointer and the promotion were also shared points or "only one outlet reports" items, and two
  of them stood in summaries;
* summaries without the event's main fact, or with a sentence that cannot stand in it: 4 of 6: the hurricane's opens
  with USA Today's "... could deliver a potentially devastating economic wallop ..." (Fox's opening, the storm closing
  in on Florida as a Category 4, is left out) and gives its linked headline "A link to full coverage of Hurricane
  Matthew."; the court's never says the court upheld the subsidies (each outlet's opening says it) and gives "The
  plaintiffs argued that based on those words, ..."; Hong Kong's closes with CNN's "Changing that policy is demand No.
  1 for the protesters, ..."; the minimum wage's gives NPR's linked headline "5 Things To Expect ..." and closes with
  "Both surveys indicated a partisan divide, ...";
* "only one outlet reports" items another outlet reports, or furniture: 9 of 141: CNN's Democrats renewing their
  demand for a special counsel (Fox's "independent prosecutor"); USA Today's linked headline on Drudge; CBN's
  reporter's "They'll last until Saturday morning ..." (the curfews; CNN gives them until Saturday); CNN's credit "...
  reported and wrote from Atlanta."; Leung's "I don't believe that the continued use of illegal activities will compel
  ..." (Fox; CNN quotes "this illegal protest will not force ..."); Fox's larger crowds expected on National Day
  (CNN's ranks swelling "with more people off work for the holiday"); NPR's "The State of the Union address begins
  shortly after 9 p.m. ET." and "We'll be live blogging ..."; the Times' "The flops occurred in 1998, 2006, 2009 and
  last April." (Fox gives the failed bids);
* shared points pairing different statements: 12 of 41 (McCabe's hearing with his becoming acting director; Hillary
  Clinton's claim with Bill Clinton's blame; the economic "wallop" with the storm closing in; USA Today's linked
  headline with CBN's pointer; a CNN reporter's tweet with the forecast landfall; the ruling of 2012 with the 6-3
  decision; "a frivolous lawsuit" with "Today's case was King v. Burwell."; Beijing not intervening with the handover
  of 1997; readers on Twitter and iReport with the "Umbrella Revolution"; two polls with the executive order; NPR's
  linked headline with Obama's executive powers; a Quinnipiac poll with a CBS and a Pew poll);
* disputes and differing figures: 2 of 3 not genuine (2 million told to evacuate from Florida to South Carolina
  against 500,000 in the Jacksonville area; Obama's $9 of 2013 against the $10.10 polled); NPR's "six words" against
  Salon's "seven words" of the disputed phrase is genuine;
* quotes given to the wrong speaker or words: 14 of 345: Hillary Clinton for Fox's "..., while Comey has defended his
  actions", "his office" for Comey's testimony, Comey for the note that corrected it (2), "Florida" for the weather
  service's Melbourne office, "Cruisin Cafe" for its owner, "the governors of Florida" for the forecasters, John Long
  for "as his neighbors ... packed up", Chief Justice Roberts for "that upheld ..." (the opinion), Josh Blackman for
  Roberts' reasoning, "more people" for the loudspeakers' chant, Leung for CNN's "But as to which candidates they can
  choose from", "the other side" (of a flag) for the superintendent's words, and Obama for an official's "is in the
  family business";
* slant evidence of neutral words: 20 of 53 spans: a post's or a body's power ("among the most powerful posts", "The
  U.N.'s most powerful body") and a storm's ("a powerful Category 4 storm", "potentially devastating" (2), winds
  "ripping awnings"), "almost impossible", "politically dangerous", "anxious to see", "hot meals" and "hot coffee"
  (4), what "was wrong" with a rocket (2), the "claim" of waters and of a report (2), the "cold war", "less
  impressed".
Also seen, not counted: NPR's Sui-ying Cheng and CNN's Grace Cheng are one voice; CNN's subheadings ("The letters",
"'Absurd'") stand as paragraphs; the Fox and CBN figures for people without power (60,000 homes, 1 million Floridians)
and the Haitian tolls (264, at least 283) are not shown as differing figures.
Since (session 36, helper A; before = the figures above, a fresh store at 3111dd5): cleaning takes a link list under
"More ... coverage:" with its bulleted headlines, calls for readers' pictures, several sign-offs before a credit,
"Follow @handle" runs, a lone "Photo" or "Video", pointers to other pages ("For the latest ..., visit ...", one over a
headline, one in parentheses closing a paragraph), a sign-up form, a live page's promise, an appeal, someone's clip
"below" and a bulleted box closed by its source: removals in the event stories 45 -> 71 (the new ones all furniture,
two of them datelines a removed first line had hidden), furniture lines left 25 -> 2 (CNN's caption "Daytona Beach
residents fill sandbags Thursday." and CBN's "The CBN News team has arrived in Florida ... May God be merciful to
Florida.") (ANNOTATOR_VERSION 82, fresh store); a demonstrative before a noun inside a sentence ("based on those
words"), an opening verb in -ing before one ("Changing that policy ..."), "Both" before a plural noun ("Both surveys
...") and a part of a whole told before ("The majority, 264 people, ...") point back, and where the widest lead cannot
be said (NPR's quotation of the opinion) another outlet's opening among its matches leads (REPORT_VERSION 139):
summary 4/6 -> 1/6 (the court's opens with Salon's "In a six-to-three decision, the Supreme Court announced on
Thursday that it was upholding ..."; left: the hurricane's, still opening with USA Today's economic "wallop"), shared
12/41 -> 10/39 (the two pairs of linked headlines and pointers gone), unique 9/141 -> 6/140 (the credit line, the
Drudge link and NPR's "We'll be live blogging ..." gone); quotes 14/345, disputes 2/3 and slant 20/53 unchanged (their
stages untouched). The grouping is unchanged.
Merged (session 36, helpers A-E: a fresh store at 8b6d2fc): summary 1/6, shared 10/39, unique 6/140, quotes 14/345,
disputes 2/3, slant 20/49 (helper D's plain "insist" no longer listed), furniture 1 line (main at 3111dd5:
summary 4/6, shared 12/41, unique 9/141, quotes 14/345, disputes 2/3, slant 20/53, furniture 25 lines).
Since (session 37, helper B; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86: summary 1/6, shared 10/39,
unique 6/140, quotes 14/345, disputes 2/3, slant 20/49): the power of an office, a body or a machine, food by its
temperature, the harm a hazard does, a likelihood ("it seems almost impossible that"), a risk in a field ("politically
dangerous"), a fault found ("fix what was wrong"), "cold war", a feeling with its infinitive or after "sounded", a
hazard doing a judgement verb and a claim to territory are no loaded wording (docs/model-card-slant.md, session 37):
slant 20/49 -> 0/20 (the 20 spans, and the 10 sentences they had put among the evidence: one in each of CNN's two, USA
Today's, CBN's, Salon's and Fox's rocket article, two in the Monitor's and two in the Times'; CNN's Comey article now
shows its "controversial director" sentence, of a person, unmarked); articles showing no phrase 22 -> 28 of 29, no
phrase and no loaded span 12 -> 19. The hurricane's summary, still without the main fact (1/1), now ends after three
sentences: with "powerful" and "devastating" no longer the story's loaded words, it is built in one pass from USA
Today's opening and stops at the first sentence that does not fit (the governor's, 34 words), where before a first
pass from another lead was redone from that opening and went on to "At least two counties are under curfew ..."
(compare/summary.py, unchanged here). Every other mark identical (ANNOTATOR_VERSION 89, fresh store).
Since (session 37, helper C; before = main at 33b86f0, REPORT_VERSION 143, its fresh store): a point whose wording
says what could happen ("... could deliver a potentially devastating economic wallop ...") is said in an outlet's
opening among its wordings that states what happens (REPORT_VERSION 144); a quoted figure whose attribution names an
earlier year ("..., the president said to applause in his 2013 address") is another time's, a span of places ("from
Florida to South Carolina") and one place ("the Jacksonville area") and a count "elsewhere" and any other are two
quantities, and CNN's "at least 269 people in three Caribbean countries" no longer "gives" Fox's "at least 283" in
Haiti (145); a signed embedded post and a sentence not naming its author are two statements (146): summary 1/6 -> 0/6
(the hurricane's opens with Fox's "Hurricane Matthew closed in on Florida Thursday evening ..."), shared 10/39 -> 9/38
(the reporter's tweet leaves the forecast landfall's point), disputes 2/3 -> 0/2 (both wrong ones gone; the Haitian
tolls, 264 against at least 283, now listed as differing, genuine; the minimum wage's summary now also says the order
raises the pay to $10.10, its point no longer holding a disputed figure); unique 6/140, quotes 14/345, slant 20/49 and
furniture unchanged. Compare stage rerun on a copy of the store (`--db`).
Since (session 37, helper A; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86): a closing "as"/"while"
clause in the reporting verb's tense is the narrator's, a "that" clause after the verb's object a relative clause, a
topic before a tag with its own clause no report; a claim noun's quoted "that" clause ("his testimony that ...") and
a relative "that X said" after a quote name the words' owner; a single mark a double one closes is one pair; chants
one wakes up to are no one's; "they" after "Forecasters" the NER typed a person, "the official" after "officials
said" (unnamed), a quote closed by its own ", he said.", "the chief justice" among several justices, a city's state
before a subject noun, a business's name ("Cruisin Cafe") and a hyphened given name ("Sui-ying Cheng", no longer one
voice with CNN's Grace Cheng) (ANNOTATOR_VERSION 87, fresh store): quotes 14/345 -> 0/345 (Fox's report of Clinton
ends before "while Comey ...", Comey's testimony his, the note's words the note's, the Melbourne office's warning
"office", Daniel Myara's words his, the forecasters' "Forecasters", John Long's report ends at "hype", no report of
"that upheld ...", Roberts' reasoning his, the chant no one's, Leung's report "much has been settled ...", Hui's
words his, the official's "the administration official"); summary 1/6, shared 10/39, unique 6/140, disputes 2/3,
slant 20/49 and furniture 2 lines unchanged.
Merged (session 37, helpers A-F and the lead: a fresh store at e5a5024, ANNOTATOR_VERSION 95, REPORT_VERSION "146"):
summary 0/6, shared 9/38, unique 6/140, quotes 0/345, disputes 0/2, slant 0/20, furniture 2 lines (main at 33b86f0:
summary 1/6, shared 10/39, unique 6/140, quotes 14/345, disputes 2/3, slant 20/49, furniture 2 lines); the grouping
unchanged.
Since (session 38, helper D; before = main's fresh store at d2066a0, REPORT_VERSION "147", the compare stage rerun on
a copy): the writer's own opinion (a stance adverb: "of course", "absolutely") beside a plain report, a poll's finding
beside a sentence naming no poll, and two votes' tallies ("by a 5-4 vote" / "In a six-to-three decision") are two
statements (REPORT_VERSION 150, 151; docs/comparison.md): shared 9/38 -> 6/36 (Salon's "And of course the King v
Burwell case was absolutely a frivolous lawsuit." point gone, and NPR's ruling of 2012 "three years" before with it;
CNN's "Two national polls ... indicate widespread support ..." leaves the minimum wage's point, but CNN's "The
proposal would raise the minimum wage for all workers in stages, ultimately reaching $10.10 an hour ..." takes its
place, the Harkin-Miller bill beside the executive order: unmarked, by reading another statement too, so 7 of 36 in
substance); every other line the same. Left: McCabe "set to take Comey's spot at another, public hearing" (a schedule
beside a done fact: a rule on "is set/scheduled/slated/due to" split 5 judged-same pairs for 3 different), Hillary
Clinton's claim beside Bill Clinton's blame (his words no quote the quote finder gives), the economic "wallop" (a rule
on "could" split 16 same for 4 different), Beijing not intervening beside the 1997 handover, readers on Twitter beside
the "Umbrella Revolution", the Quinnipiac poll beside CNN's two other polls (both polls' findings).
Since (session 38, helper E; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): CNN's subheadings ("The
letters", "Florida braces for direct hit") are marked as headings, no sentences of the comparison (docs/inputs.md,
"Headings"; ANNOTATOR_VERSION 100, fresh store): every line of the output the same.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 9/38 -> 6/36; summary 0/6, unique 6/140, quotes 0/345, disputes 0/2, slant 0/20 and furniture 2 lines as at
main (d2066a0); the grouping unchanged.
Since (session 39, helper H; before = main's fresh store at 8b66248, REPORT_VERSION 155, the compare stage rerun on
a copy): a plan ("is set to", "was slated for") beside a sentence saying nothing of the future is another statement
(REPORT_VERSION 161; docs/comparison.md): shared 6/36 -> 5/36 (Politico's McCabe "is set to take Comey's spot at
another, public hearing Thursday" leaves Fox's and CNN's point of his becoming acting director; the Comey story's
summary closes with the president's letter in its place; CNN's "Orlando's airport was slated to close" after ", and"
stays with Fox's airports shut); every other line the same.
Merged (session 40, helpers A-G and the lead; a fresh store of the merged code, ANNOTATOR_VERSION 123 or 124,
REPORT_VERSION "169" or "170", which change nothing here but review 24's line below): every mark the same (shared
5/36, quotes 0/345); CNN's "He's been working for three days ..., he said" after its reporter's post stays Daniel
Myara's (helper A's he-after-a-quote rule had given it to the post's signer; ANNOTATOR_VERSION 124 keeps a post's
signer out of it); Roger Stone's report no longer ends on "but".
About 3 minutes (a fresh store, under load).
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): shared 5/36 -> 5/35 (NPR's "The satellite has entered the orbit as planned." and Fox's quotation no
longer one point: Fox's sentence now holds its closing mark, and the pair's cosine falls from 0.688 to 0.677, under
0.68), unique 6/140 -> 6/139 (NPR's fragment of the flag's quotation no longer an item); lone-mark sentences 56 -> 0;
every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Hong Kong's leader tells the Occupy protesters to stop (2014)": ["kUYYyI382LQZZRwI", "ytTTGs9PDmaLt0dx",
                                                                      "Ll6UvdH3wc3yaGBV"],
    "Hurricane Matthew nears Florida (2016)": ["NhAcilX1SqMohxw6", "K0LgSGFrBPXGl2jZ", "Ch3FV5Kr27YmfO4Y",
                                               "eK5S0SPmFHDmEYSj"],
    "North Korea launches a long-range rocket (2012)": ["vQjkcODcTl6lvXrP", "h2disBYv2qasfXOn", "dIvsH4h47aXJtO5x"],
    "The Supreme Court upholds Obamacare's subsidies (2015)": ["I4qhk3ax5QpYblP8", "avgTs7zU1n5fweGG",
                                                               "qMBLC1gghNZ118Kb"],
    "Obama raises federal contractors' minimum wage (2014)": ["Q2irSJAbVvItD7fV", "WWOZkCMrZ6QHKFIo",
                                                              "kogR9v87lMcb2JdP"],
    "Trump fires James Comey (2017)": ["2uAKnwLv4Xz5xkZK", "8k9Zv5j9Iab4MYUd", "oFSKWBsgI0MtizWH"],
}
# 2 near misses (USA Today on stocks falling amid the Hong Kong protests, the day before; Politico on Comey asking
# for more resources for the Russia inquiry, the day after his firing), 8 others
OTHERS = ["c0vUCkTimEJpr2Ls", "6wYIJYsmfoLewPrb", "N51jNn10GcJdHCFe", "VX5ZrfJLswV4j9oZ", "ga2XiF7aOw8ozKAW",
          "FRkUyhr2DBuFpGSz", "02ilXM6ugKSwlmhJ", "AfDDEjVbGiYF3z2r", "1oVX1YXYBZeX8tmV", "LvZ8OXDPZaTa7V80"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing: Politico's McCabe "set to take Comey's spot at
# another, public hearing" beside his becoming acting director (Fox, CNN); Fox's "Clinton has said that largely
# contributed to her loss" beside CNN's Bill Clinton blaming Comey; USA Today's economic "wallop" beside Fox's storm
# closing in on Florida; USA Today's "A link to full coverage" beside CBN's pointer to the hurricane centre; a CNN
# reporter's tweet beside Fox's forecast landfall north of West Palm Beach; NPR's 2012 ruling "three years" before
# beside Salon's 6-3 decision; Salon's "frivolous lawsuit" beside NPR's "Today's case was King v. Burwell."; Fox's
# Beijing not intervening beside CNN's handover of 1997; CNN's readers on Twitter and iReport beside Fox's "Umbrella
# Revolution"; CNN's two polls beside Fox's and NPR's executive order; NPR's link "5 Things To Expect ..." beside
# Fox's Obama using his executive powers; a Quinnipiac poll (Fox) beside a CBS and a Pew poll (CNN)
SHARED_WRONG = (r"^Comey's former deputy who is currently the acting FBI director|^Clinton has said that largely|"
                r"^Hurricane Matthew, a powerful storm that is threatening|^A link to full coverage|"
                r"^#HurricaneMatthew fast approaching|^The decision comes three years after|"
                r"^And of course the King v Burwell case|^So far, however, it has not overtly intervened|"
                r"^Some took to Twitter, and a few turned to CNN iReport|^Two national polls conducted|"
                r"^5 Things To Expect|^A Quinnipiac University poll this month")
# "Only one outlet reports" items another outlet reports too, or furniture: CNN's Democrats renewing their demand for
# a special counsel (Fox: "Democrats are further insisting on an independent prosecutor"); USA Today's linked headline
# on Drudge; CBN's reporter's quoted "They'll last until Saturday morning" (the curfews: CNN gives them until
# Saturday); CNN's credit line "... reported and wrote from Atlanta."; Leung's "I don't believe that the continued use
# of illegal activities will compel ..." (Fox; CNN quotes "this illegal protest will not force the central government
# ..."); Fox's larger crowds expected on National Day (CNN: "the protest ranks could swell with more people off work
# for the holiday"); NPR's "The State of the Union address begins shortly after 9 p.m. ET." and "We'll be live
# blogging ..." (a promotion); the Times' "The flops occurred in 1998, 2006, 2009 and last April." (Fox gives the
# failed bids)
UNIQUE_WRONG = (r"^As Democrats renewed their demands for a special counsel|^Drudge takes heat|"
                r"^They'll last until Saturday morning|reported and wrote from Atlanta|"
                r"^\"I don’t believe that the continued use of illegal|^Even larger crowds were expected|"
                r"^The State of the Union address begins shortly|^We'll be live blogging|^The flops occurred in 1998")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "hillary clinton": r"while Comey has defended",         # Fox's narration run into her claim
    "his office": r".",                                     # Comey's testimony, which his office corrected (CNN)
    "james comey": r"^(The note, signed by|included emails transferred)",  # the note's words and narration (CNN)
    "florida": r".",                                        # "The agency's Melbourne, Florida, office warned" (CNN)
    "cruisin cafe": r".",                                   # Daniel Myara's words, named after his bar (CNN)
    "governors of florida": r"^the major threat",           # the forecasters' ("They said ...", Fox)
    "john long": r"as his neighbors",                       # Fox's narration after his words
    "john g. roberts jr.": r"^that upheld",                 # the opinion "that upheld ...": no words of his
    "josh blackman": r"^the intent of lawmakers",           # the chief justice's ("He said ...", after Roberts)
    "more people": r".",                                    # chants over loudspeakers (CNN)
    "c.y. leung": r"^But as to which candidates",           # CNN's narration before "the chief executive said"
    "other side": r"^Only pepper spray",                    # the superintendent's words (a flag's side, NPR)
    "obama": r"family business",                            # the administration official's (the Times)
}
# disputes and differing figures the review found not genuine: 2 million told to evacuate from Florida to South
# Carolina (Fox) against 500,000 in the Jacksonville area (CBN); Obama's $9 of 2013 (Fox) against the $10.10 polled
# (CNN)
DISPUTE_WRONG = r"^(an estimated 2 million|Some 500,000|\$9)$"
MAIN_FACT = {
    # Leung telling the protesters to stop, and no sentence pointing back ("Changing that policy is demand No. 1 ...")
    "Hong Kong's leader tells the Occupy protesters to stop (2014)":
        r"(?i)^(?!.*\bChanging that policy\b)(?=.*\b(Leung|chief executive|leader)\b.{0,200}\b(stop|halt)\b)",
    # the storm closing in on Florida, and no linked headline ("A link to full coverage of Hurricane Matthew.")
    "Hurricane Matthew nears Florida (2016)":
        r"(?i)^(?!.*\bA link to\b)(?=.*\bMatthew\b.{0,100}\b(closed in|clos\w+ in on|bear\w* down|approach\w*|"
        r"lash\w*|hammer\w*|landfall|Category 4)\b)",
    "North Korea launches a long-range rocket (2012)": r"(?i)\b(launch\w*|fired)\b",
    # the court upholding the subsidies, and no sentence pointing back ("based on those words")
    "The Supreme Court upholds Obamacare's subsidies (2015)":
        r"(?i)^(?!.*\bthose words\b)(?=.*\b(uph\w+|rul\w+|saved?|legal)\b.{0,150}\bsubsid|.*\bsubsid\w*.{0,150}"
        r"\b(uph\w+|legal)\b)",
    # the executive order, and no linked headline ("5 Things To Expect ...") nor "Both surveys ..."
    "Obama raises federal contractors' minimum wage (2014)":
        r"(?i)^(?!.*\b5 Things To Expect\b)(?!.*\bBoth surveys\b)(?=.*\bexecutive order\b.{0,150}\bminimum wage)",
    "Trump fires James Comey (2017)": r"(?i)\b(fired|fires|dismiss\w*|ousted)\b.{0,60}\bComey\b",
}
# slant evidence of neutral words: a post's power ("among the most powerful posts"; "The U.N.'s most powerful body"),
# a likelihood and a risk ("almost impossible", "politically dangerous"), a storm's force ("a powerful Category 4
# storm", "a potentially devastating economic wallop", winds "ripping awnings"), "anxious to see", "hot meals" and
# "hot coffee", what "was wrong" with a rocket, waters China tries to "claim" and the "claim" a panel doubted, the
# "cold war", "less impressed"
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG["Trump fires James Comey (2017)"] = r"^(?i:most powerful|powerful|impossible|dangerous)$"
SLANT_WRONG["Hurricane Matthew nears Florida (2016)"] = r"^(?i:devastating|anxious|powerful|ripping|hot)$"
SLANT_WRONG["The Supreme Court upholds Obamacare's subsidies (2015)"] = r"^(?i:hot)$"
SLANT_WRONG["North Korea launches a long-range rocket (2012)"] = r"^(?i:wrong|powerful|claim|cold|impressed)$"
# furniture left in the text: CNN's calls for readers' photos ("Are you there? Share images ...", "Are you affected
# by Hurricane Matthew? ... WhatsApp us ..."), CNN's sign-off credits, a photo caption ("Daytona Beach residents fill
# sandbags Thursday.") and the hurricane centre's warnings box, USA Today's "More hurricane coverage:" and its seven
# linked headlines, CBN's pointer, appeal and video prompt, the Times' lone "Photo" and "Video" and its newsletter
# form, CNN's "Follow @politicalticker" run into another handle, NPR's live-blog promotion and its link to a preview,
# Salon's "(For another ... reference, see also ... here.)"
FURNITURE = (r"^Are you there\? Share images|^Are you affected by|reported and wrote from Atlanta|"
             r"^Daytona Beach residents fill sandbags|^Storm warnings Hurricane warning|^More hurricane coverage:|"
             r"^(Matthew batters Florida coast|2\.5 million expected to lose power|"
             r"Here's a look at storm surge happen|Take these insurance precautions now|Death toll rises in Haiti)$|"
             r"^Drudge takes heat|^A link to full coverage|"
             r"^For the latest track/forecast|^How You Can Help:$|^Give to Operation Blessing$|"
             r"^The CBN News team has arrived|^(Photo|Video)$|^Newsletter Sign Up|^Follow @politicalticker|"
             r"We'll be live blogging|^For another State of the Union preview|^5 Things To Expect|"
             r"see also Simon Maloy")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review24", EVENTS, OTHERS, marks))
