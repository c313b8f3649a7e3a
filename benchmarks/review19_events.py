"""The 6 events of review 19: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review19_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review19_events.py --src /old/src  # another version

A fact-checker's review (review 19, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2015-2018, the ids below, none
used by review_allsides.py or review8-18_events.py) of kinds the earlier reviews had little of: the Supreme Court's
ruling for same-sex marriage (a court ruling on a social issue; the Washington Times' piece is Obama's praise of
it), the Las Vegas shooting and the gun debate after it (the Guardian's and CBN's pieces of the night, USA Today's
and the New York Times' of the next day), the US missile strike on Syria (a strike abroad, from the day after:
Russia's reaction), Trump's steel and aluminum tariffs (a trade decision), Michael Flynn's resignation (a
scandal) and Super Tuesday's results (a primary night; the Monitor's and CNN's are analysis of the morning after),
with 10 unrelated articles of the same weeks mixed in (2 near misses: Fox on Trump heading to Las Vegas two days
after the shooting, CNN on Haley at the UN the day after the strike). This runs `manysides.analyze` on those 29
articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story
everything a reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review
marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read against
the article texts, it found (marks of the code at commit c0c176c, origin/main):

* grouping: the Las Vegas shooting is split in two stories by day (the Guardian's and CBN's pieces of the night
  apart from USA Today's and the Times' of the next day); both near misses join (Fox's with the next day's Las
  Vegas story, CNN's on Haley with the strike's, its UN speeches listed as items only CNN gives); the 8 others
  stay alone;
* cleaning: 38 removals in the event articles, all furniture; furniture left in 4 lines: CBN's clip prompts and
  descriptions ("Click play to hear police dispatchers ...", "Dr. Paul Bonicelli ... breaks down the numbers
  from last night's Super Tuesday primaries. Watch below.", "... shares his insights ... Click play to watch."),
  the Guardian's pull quote with its speaker's bare name ("... these fuckers.' William Walker");
* "only one outlet reports" items another outlet reports, a fragment, or furniture: 8 of 161: the death toll both
  Las Vegas pieces of the night give (the Guardian's lead with 50 killed, CBN's "At least 59 people were killed",
  hours apart), Fox's Trump visit and toll (USA Today gives both), the chemical attack behind the strike (Newsmax;
  the Monitor and CNN give it), the Monitor's lead on the ruling (Politico's lead says it, and the summary opens
  with Politico's) and its 37 states (Politico), Axelrod's words cut from his quoted question ("senior CNN
  political analyst David Axelrod said, using a phrase ..."), CBN's clip description;
* shared points pairing different statements: 0 of 32 (few points: 1 for the ruling, none for the night's Las
  Vegas pieces);
* disputes and differing figures: 2 of 4 not genuine: all 50 states against the 37 that issued licenses, the four
  states' suits against the five states' cases of a year before; genuine: the children killed in the gas attack
  (27 / 33, twice);
* quotes given to the wrong speaker or words: 11 of 387: Haley's words (2) to Mnuchin, analysts' suspicion to
  Putin, a book's title to its author Gerges, "Give me a gun ..." to "People" (ex-military guys'), Ford O'Connell
  as "Mr." and "Ford", the dissenting justices' warning to "gay rights activists and religious and social
  conservatives", the Constitution's words to "both that marriage", Politico's reading of Roberts to Roberts, what
  advocates expected Kennedy to hold to Kennedy;
* summaries without the event's main fact: 2 of 7 (the night's Las Vegas story opens "In other videos from the
  concert ...", with no shared point and no lead alike; Super Tuesday's opens "Pressed several times, Trump
  insisted he didn't know anything about white supremacists." and never says who won: no shared point gives it
  and no two leads reach cosine 0.50);
* slant evidence of neutral words: 21 of 73 spans: "deadly", "worst" (the shooting's toll), survivors "shocked",
  Trump's "sad" (quoted), an "intense" debate, "difficult" to see, Rycroft's "overwhelming" (quoted), a phrase made
  "famous", the Klan's "grand" wizard (a title), Gingrich's "unique" coalition (quoted), a "rare" occurrence (with
  its sentence).
Also seen, not counted: details that are no names ("P.M." of a tweet's "3:30 P.M.", "Intellectual Property",
"Commerce" of "Commerce Secretary Wilbur Ross"); a quotation's last sentence listed alone ("Celebrate the
availability of new benefits," Roberts said.).
Since (session 30): cleaning takes an embedded clip's prompt with its present-tense description ("... breaks down
the numbers ... Watch below.", "Click play to hear ...") and a pull quote with its speaker's bare name whose words
the text gives: removals in the event articles 38 -> 42, furniture lines left 4 -> 0, unique 8/161 -> 7/161 (CBN's
clip description gone), quotes 11/387 -> 10/387 (the pull quote's "People"); where no leads are alike, a first
sentence restating most other outlets' headlines leads: summaries 2/7 -> 1/7 (Super Tuesday's opens "Donald Trump
dominated Super Tuesday, notching seven victories ..."); shared 0/32, disputes 2/4 and slant 21/73 unchanged.
Merged (session 30, with the other helpers' rules, one run): summary 1/7, shared 0/32, unique 7/161,
quotes 9/387, disputes 2/4, slant 2/45.
Since (session 31): disputed figures: a whole set and some of it ("all 50 states" against "37 states issued
licenses"), a figure of a time told back ("last summer ... in five states"), a figure the outlet gives too,
elsewhere (the Monitor's "four states" against Politico's 37, the Monitor writing "37 states" itself) are not
disputed: disputes 2/4 -> 0/2; "only one outlet reports": an attribution cut from its quoted question (Axelrod's)
is no item, a name another outlet's headline gives (the Guardian's "Las Vegas") no detail: unique 7/161 -> 6/161;
every other mark unchanged.
Since (session 31, ANNOTATOR_VERSION 55): a quotation in single marks is a quotation and a fragment repeating a quoted
statement's words is the speaker's (CNN's subhead 'Very unique coalition'), and a measured thing's rank among its peers
is stated (USA Today's gun violence problem "by far the worst in the developed world"): slant 2/45 -> 0/42 (USA
Today's sentence shown for its "worst" goes too); the other marks unchanged (before: main af95b50's store; after: a
fresh store).
Since (session 31, ANNOTATOR_VERSION 53): quotes 9/387 -> 0/383: Haley's two (a name typed a body that ends a
title with a body in it), Ford O'Connell's "Ford" and "Mr." (a surname with a curly apostrophe joined to the name),
Gerges' book title (a work's title after its noun), "both that marriage" (a gerund subject is no cue; the
Constitution's guarantee of "..." is the Constitution's), Putin and Kennedy (a report inside what others suppose,
or under "would ... in concluding"), Roberts (a participle inferring, hedged, from a deed not done) right; every
other mark unchanged (before: main's code at af95b50 with `--db`; after: this change, a fresh store).
Merged (session 31, with the other helpers' rules, one run): summary 1/7, shared 0/32, unique 6/161, quotes 0/383,
disputes 0/2, slant 0/42.
Since (session 32, REPORT_VERSION 118): a sentence opening inside a quotation is listed from the sentence the
quotation opens in (at most two sentences back): unique 6/161 -> 6/160 (the Washington Times' Obama quotation listed
once, whole, where its head and tail were two items; three tails, Roberts' "Celebrate ..." among them, listed whole);
every other mark unchanged (a copy of main's store). Left: the six marked items are each listed for a figure another
outlet gives with another value (the night's tolls at two hours, "more than 520" against others' counts, "at least
70" killed by the gas attack, "none of the 50 states", the "13 states" the Monitor derives): none is in a dispute
or a shared point's differing figures, so the unique stage reads each as a new figure (not taken further here).
Since (session 32, REPORT_VERSION 110): a lead is said though the report lists it as one outlet's own, and a
headline's figure is a word of it ("Death Toll Soars: 50+ Killed, ..." restated by the Guardian's "... in an attack
which killed 50 people ..."): summary 1/7 -> 0/7 (the night's Las Vegas summary opens with the Guardian's lead and its
toll); every other mark and summary unchanged (a copy of main's store, comparison only, the summary change alone).
With the cleaning of ANNOTATOR_VERSION 58 too (a fresh store): removals 42 -> 43 (CNN's "Washington (CNN)", a tag
with no dash), and with CNN's first sentence now its text's first, the Flynn summary opens with it, "Michael Flynn's
resignation as national security adviser removes an immediate political headache ..."; marks as above.
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/7, shared 0/32, unique 6/160, quotes
0/383, disputes 0/2, slant 0/42.
Since (session 33, REPORT_VERSION 124): a figure the dispute stage groups with another outlet's, though the two do
not clash, is no new figure (as a disputed one is not): Newsmax's "at least 70" killed by the gas attack (the Monitor's
"at least 86", CNN's "more than 80") and the Guardian's 50 killed on the night (CBN's "at least 59") are no details:
unique 6/160 -> 4/160 (Newsmax's item gone, its place to Medvedev's charge; the Guardian's lead, left with its 406
taken to hospital, falls below the article's eight, its place to a witness's words); every other mark unchanged (a
copy of main's store, `--db`). Left: CBN's sentence, listed for its "more than 527" injured (the Guardian's 406
taken to hospital is not grouped with it), Fox's "more than 520" wounded (USA Today's and the Times' "more than 500
people injured": not grouped, their subjects' words differ), the Monitor's "none of the 50 states" and "13 states"
(a whole set, and a count the Monitor derives beside its 37, which no dispute compares).
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/7, shared 0/32, unique
4/160, quotes 0/383, disputes 0/2, slant 0/41.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every mark identical (summary 0/7, shared 0/32, unique 4/160, quotes 0/383, disputes 0/2, slant 0/41).
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/7, shared 0/32, unique 4/160, quotes 0/383, disputes 0/2, slant 0/41 (no mark changed; C's hospital counts
change no line).
Since (session 36, helper D; before = main's fresh store at 3111dd5, ANNOTATOR_VERSION 81): a plain "insist" is no
judgement verb: slant 0/41 -> 0/39 (CNN's "Pressed several times, Trump insisted he didn't know ...", Politico's
"conservative legal scholars who insist they don't oppose ..."; outside the tally the Washington Times's "The White
House has insisted that ...", CBN's "... Trump insisted." and Fox's "Simpson insisted were stolen", Fox's "Simpson
still insists" listed instead); summary 0/7, shared 0/32, unique 4/160, quotes 0/383, disputes 0/2 unchanged
(ANNOTATOR_VERSION 86, fresh store).
Since (session 36, helper E; before = main's fresh store at 3111dd5, REPORT_VERSION 137: summary 0/7, shared 0/32,
unique 4/160, quotes 0/383, disputes 0/2, slant 0/41): each article's only count of people harmed (or sum of money) of
one thing is one quantity when the subjects match, the values lie within 1.5 and the sentences near one topic: the
Guardian's "406 taken to hospital" and CBN's "more than 527 people were injured and taken to area hospitals" (cosine
0.46) form a group that does not clash, and CBN's item, listed only for its 527, goes (its place to its "An ISIS
propaganda video ..."): unique 4/160 -> 3/160, the rest unchanged (REPORT_VERSION 143, the compare stage on a copy of
the store). Left: Fox's "more than 520" wounded, the Monitor's "none of the 50 states" and "13 states".
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
slant 0/39 -> 0/38 (a headline-like line, "Russia slams US for strike", no longer an evidence sentence), and CBN's "It
is not winner take all. By the end of tonight, we are going to win many hundreds of delegates" is now Bernie Sanders'
(it was Ben Carson's, a fault the review had not marked); every other mark as at main (d2066a0).
Since (session 45, helper C; before = main's fresh store at 2addafe): "gruesome" of pictures is no loaded wording
(docs/model-card-slant.md, "Session 45, helper C"; ANNOTATOR_VERSION 174, a fresh store): slant 0/38 -> 0/37 (USA
Today's "the latest gruesome images highlighting the nation's epidemic of gun deaths", unmarked, gone); every other
line the same.
About 5-15 minutes (15 on a machine shared by many runs).
Since (session 45, helper D; before = main's fresh store at 2addafe): a count another outlet's sentence on its topic
gives in words of its size, counting its word, is no new figure (docs/comparison.md, "Session 45"; REPORT_VERSION
"228", a copy): unique 3/160 -> 2/160 (Fox's "more than 520" wounded, beside the Times' "wounded hundreds of others",
gone; its place to Fox's Trump calling it a "sad day", unmarked); every other line the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "The Supreme Court rules for same-sex marriage (2015)": ["PpB42A7lKYy9efeq", "hedkWjQ0NU6I9LaF",
                                                              "FS7IFI90Xdnytncy"],
    "The Las Vegas shooting and the gun debate (2017)": ["pJGtDgwkOrYNLIpK", "tamJPlgT7S7tJcuO", "UKg39ya6PgGXjALd",
                                                         "hLDdcG8ukxccIwHJ"],
    "The US missile strike on Syria (2017)": ["NfXo6LQ4RA5AV26Z", "kxf4oCih977S1jY1", "pp88z0j16iremYZt"],
    "Trump's steel and aluminum tariffs (2018)": ["XxkldZD7dB2dmRZD", "Bcok1Vmli5usKNPi", "1irh89dc1OcgcAzx"],
    "Michael Flynn resigns (2017)": ["sCSnFNrU6GOrH3OP", "sabu40jCSpIPVwNs", "KEl3HdNvH4DLUCcu"],
    "Super Tuesday's results (2016)": ["PY8rGv27x813ldnC", "SqGGRXEH2cGysg2t", "TmRGFyMmLTffeNWl"],
}
# 2 near misses (Fox on Trump heading to Las Vegas two days after the shooting; CNN on Haley at the UN the day after
# the strike), 8 others
OTHERS = ["YMIg2bWhSUs8AndE", "44MQqr7YozfYMHbc", "CbppdjBJMhYxfQiA", "iTzwlMmPlSUynsTN", "4wD54bmJtJOkxwZA",
          "NSRxjUAbl1T882gs", "LVmrLlzxymDZyoav", "3LhjqqWq5NSy5QsD", "K7bY8YrqFBchjDaQ", "whF4kCcFoh0Ag0rn"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing (none found)
SHARED_WRONG = r"(?!)"
# "Only one outlet reports" items another outlet reports too, a fragment, or furniture: the death toll both Las
# Vegas pieces give (in other figures, hours apart), the chemical attack behind the strike, the ruling's lead
# (Politico's lead says it), the 37 states (Politico), Trump's visit and the toll (USA Today), Axelrod's words cut
# from his quoted question, CBN's clip description
UNIQUE_WRONG = (r"^Long after a gunman opened fire|^At least 59 people were killed|^The strikes were in reaction to "
                r"what Washington says|^senior CNN political analyst David Axelrod|^Dr\. Paul Bonicelli|^In a landmark "
                r"decision, the US Supreme Court|^Currently, 37 states recognize|"
                r"^Trump is expected to meet with survivors")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "steve mnuchin": r"prepared to do more|will not stand by",                 # Haley's words
    "vladimir putin": r"gratuitous use",                                       # what analysts suspect he believed
    "fawaz gerges": r"^ISIS: A History",                                       # his book's title
    "people": r"Give me a gun",                                                # ex-military guys' words
    "mr.": r".",                                                               # Ford O'Connell
    "ford": r".",                                                              # Ford O'Connell
    "gay rights activists and religious and social conservatives": r".",       # the dissenting justices' warning
    "both that marriage": r".",                                                # the Constitution's words
    "john roberts": r"chief was unwilling",                                    # Politico's reading of him
    "anthony kennedy": r"does not allow states to limit",                      # what advocates expected him to hold
}
# disputes and differing figures the review found not genuine: all 50 states against the 37 that issued licenses,
# the four states' suits against the five states' cases of a year before
DISPUTE_WRONG = r"^(50|37|four|five)$"
MAIN_FACT = {
    "The Supreme Court rules for same-sex marriage (2015)":
        r"(?i)\b(Supreme Court|justices|court)\b.{0,200}\b(marr\w+)",
    "The Las Vegas shooting and the gun debate (2017)":
        r"(?i)\b(gunman|shooter|Paddock|shooting|opened fire)\b.{0,200}\b(killed|dead|died|deadliest|wounded)\b|"
        r"\b(killed|dead|deadliest)\b.{0,200}\b(shooting|gunman|opened fire)\b",
    "The US missile strike on Syria (2017)":
        r"(?i)\b(strike|missiles?|struck|attack)\b.{0,200}\b(Syria\w*|air ?base)\b|"
        r"\bSyria\w*\b.{0,200}\b(strike|missiles?|struck)\b",
    "Trump's steel and aluminum tariffs (2018)": r"(?i)\btariffs?\b.{0,200}\b(steel|aluminum)\b|"
                                                 r"\b(steel|aluminum)\b.{0,200}\btariffs?\b",
    "Michael Flynn resigns (2017)": r"(?i)Flynn.{0,200}\b(resign\w*|ouster|ousted|quit|stepped down|forced out)\b|"
                                    r"\b(resign\w*|ouster|ousted)\b.{0,200}Flynn",
    "Super Tuesday's results (2016)":
        r"(?i)\b(Trump|Clinton)\b[^.]{0,120}\b(won|dominated|swept|victories|commanding)\b",
}
# slant evidence of neutral words: a "deadly", the "worst" shooting (its toll), survivors "shocked", Trump's "sad"
# (quoted), an "intense" debate, "difficult to see", Rycroft's "overwhelming" (quoted), a phrase made "famous", the
# Klan's "grand" wizard (a title), Gingrich's "unique" coalition (quoted), a "rare" occurrence
SLANT_WRONG = {
    "The Las Vegas shooting and the gun debate (2017)": r"^(?i:deadly|worst|shocked|sad)$",
    "Trump's steel and aluminum tariffs (2018)": r"^(?i:intense)$",
    "The US missile strike on Syria (2017)": r"^(?i:difficult|overwhelming)$",
    "Michael Flynn resigns (2017)": r"^(?i:famous)$",
    "Super Tuesday's results (2016)": r"^(?i:grand|unique)$",
    "The Supreme Court rules for same-sex marriage (2015)": r"^(?i:a rare|rare)$|^In a rare occurrence",
}
# furniture left in the text: CBN's clip prompts and descriptions, the Guardian's pull quote with its speaker's name
FURNITURE = (r"^Click play to|Click play to watch\.$|Watch below\.?$|^People piled up behind cop cars and "
             r"ex-military guys.*William Walker$")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review19", EVENTS, OTHERS, marks))
