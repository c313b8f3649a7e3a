"""The 6 events of review 35: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review35_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review35_events.py --src /old/src  # another version

A fact-checker's review (review 35, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2014-2019, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-34_events.py) of kinds the earlier reviews had little of: a gunman's
siege of a Sydney cafe ended by the police storming it (a hostage siege abroad; the three headlines are of the siege
still going on, the texts updated after its end, the Monitor's under an update note), a Germanwings airliner crashing
in the French Alps (an air disaster abroad, the day itself; CNN's text opens mid-article, "That's how ... described the
site"), Rio's police saying the US swimmers' robbery story was false (a sports-world scandal; the Washington Times'
is the AP's of the day after), NBC firing Matt Lauer over sexual misconduct (a media company's scandal; the Daily
Caller's is on what other reporters knew), Jussie Smollett charged with faking a hate-crime attack (a hoax charged;
USA Today's is of his bond hearing) and Theresa May announcing she will resign (a foreign leader's resignation), with
10 unrelated articles of the same days mixed in (3 near misses: CNN on the Germanwings co-pilot crashing the plane on
purpose, two days later; the Washington Times on Lochte changing his account to NBC, the day before; Politico on the
head of the citizenship and immigration services resigning, the day of May's announcement). This runs
`manysides.analyze` on those 28 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read
against the article texts, it found (main's marks (9f83842, fresh store), REPORT_VERSION "235", ANNOTATOR_VERSION 191):

* grouping: 15 stories; the six events each one story, Rio's joined by the near miss of the day before (Lochte's
  changed account, the same affair); the two other near misses and the 7 others stay alone;
* titles: five name their event; the Sydney siege's is CNN's headline of the siege under way ("Sydney gunman
  reportedly demands ISIS flag as some hostages escape"), as are the two others' (no headline tells its end);
* cleaning: furniture left in 2 lines: the Monitor's update note opening its text ("Updated at noon Eastern time:",
  which the Sydney summary then opens with) and Fox's related-link headline on Katie Couric (shown as a unique item);
* summaries: all 6 state the event's main fact (Smollett's in the second sentence, "approved felony criminal charges
  against Smollett"); but the Germanwings summary opens with CNN's "That's how German Foreign Minister Frank-Walter
  Steinmeier described the site where ..." (pointing back to a quote the text lacks), the Sydney one has "Late
  Monday, Abbott released ..." (a surname never introduced), Lauer's opens with the Daily Caller's "some reporters
  are saying there is much more to the story" and Rio's second sentence is the near miss's Lochte changing his account;
* "only one outlet reports" items another outlet reports: 11 of 136: the Washington Times' Conservatives expecting a
  bruising in the European election (the Guardian's dire results); Reuters' felony charges approved (paired as a
  shared point) and Newsmax's Johnson on the salary (USA Today's); Fox's Sochi incident (the Daily Caller's) and its
  related-link headline; NPR's plane delivered in 1991, deadliest crash since 1981, Concorde crash (each paired) and
  no distress signal (USA Today's); CNN's and Fox's Monis writing to soldiers' families (each the other's);
* shared points pairing different statements: 7 of 51 (May's departure deepening the crisis with Brexit dominating
  the race; the slurs Smollett asked for with a brother's work on "Empire"; NBC's first complaint in 20 years with the
  papers' months of inquiry; the plane's delivery with Germanwings' ownership; Merkel's words with the White House's
  statement; the minister sent to the site with the Concorde crash; an expert on the flag with the gunman's hostages
  at the window);
* disputes and differing figures: none; missed: the time contact was lost (NPR's Winkelmann 10:55 a.m., USA Today's
  10:53 a.m.);
* quotes given to the wrong speaker or words: 19 of 395: May's farewell words to Angela Merkel (3) and to Andrea
  Leadsom (3), the Times' narration run on from "announcing" to May, the Guardian's list of contenders to Rory
  Stewart; the show's name "Empire" (2) and a nickname "Abel" as quotes; Guthrie's words to Katie Couric (under a
  related-link headline); what Lochte no longer says (Lauer's account) and the show "Today" to Lochte, Bentz's words
  to Lochte, a lawyer's to James Feigen; Monis's "murderers" to the soldiers' families, the Grand Mufti's statement to
  Narendra Modi, USA Today's narration to "the statement";
* slant evidence of neutral words: 11 of 39 spans (sentences not judged): a "deadly" siege (2), a "violent" record
  (2), "loved" ones; an employee who "complained" to human resources (3), Guthrie "admitted" she had just learned;
  force not "excessive"; relatives "fearing the worst".
Main's marks (9f83842, fresh store): summary 0/6, shared 7/51, unique 11/136, quotes 19/395, disputes 0/0, slant
11/39, furniture 2 lines.
Also seen, not counted: "Fox Studio", "Variety", "Germanwings" and "outlet" as persons among the voices; "Ari
Wilkenfeld of Wilkenfeld" and "Silva Velos" (names cut); Narendra Modi named as the speaker of a unique item.
Articles showing no phrase 21 of 28, no phrase and no loaded span 12. About 4 minutes under a load of 10 (a fresh
store).
Since (session 46, helper A; before = main's fresh store at 9f83842): a sentence opening "That's how ..." points back
(docs/comparison.md, "Neutral summary"; REPORT_VERSION "236", a copy): the Germanwings summary opens with NPR's "An
Airbus A320 aircraft operated by Germanwings, ... crashed in the French Alps today, likely killing all 150 people on
board, French officials said." (was CNN's "That's how ... described the site ..."); a surname after an opening time
phrase takes the full name and an update note opening a sentence is left out (REPORT_VERSION "237", a copy): the
Sydney summary opens "Police in Sydney said early Tuesday the siege was over ..." and goes on "Late Monday, Tony
Abbott released ..." (was "Updated at noon Eastern time: Police ..." and "Late Monday, Abbott ..."). Marks the same
(summary 0/6: the marks read the main fact); every other line the same. The frame read after an opening phrase
too (REPORT_VERSION "238", a copy): every line the same. Left: Lauer's summary still opens with the Daily Caller's
"some reporters are saying there is much more to the story" (passing that lead over brings USA Today's "America woke
up without ..." lede, which names no one; no opening reports the firing plainly: docs/comparison.md).
Merged (session 46's merge, the code of its last commit; fresh store against main's at 9f83842): every mark the same
(summary 0/6, shared 7/51, unique 11/136, quotes 19/395, disputes 0/0, slant 11/39, furniture 2 lines); the quotes are
main's line for line after the lead's two narrowings (docs/quotes.md); the Germanwings and Sydney summaries change as
helper A's paragraph says.
Since (session 47, helper B; before = main's fresh store at 71d1fa9): review 35's wrong quotes, by cause
(docs/quotes.md, "Session 47, helper B"; ANNOTATOR_VERSION 218, a fresh store): a surname that is a month's name
typed a date, or read as a modal, is the person; an -ing verb after a modal's verb, a ", while" clause after a short
report under a modal and "no longer says" end or drop a report; a tag repeating its source, "with X, Name, saying",
a headline line before a quote paragraph, a lawyer "for another swimmer" named after it and whom letters go to no
longer give a speaker; a title or a nickname in quotes before a noun or after "drama" is no quote: quotes 19/395 ->
0/397 (May's farewell words are May's, Bentz's his, the statements the White House's and Ibrahim Abu Mohamed's, the
shows' names and "Abel" no quotes, Guthrie's words and "murderers" left without a speaker; Newsmax's five May quotes,
unattributed before, are hers), shared 7/51 -> 7/52 (Guthrie's words of USA Today and Fox paired), unique 11/136 ->
11/137 (Newsmax's sterling sentence, unmarked); the Smollett summary now opens with the charge; the Grand Mufti's
statement, a unique item, names Ibrahim Abu Mohamed (was Narendra Modi). Every other mark the same.
Since (session 47, helper C; before = main's fresh store at 71d1fa9): neutral words read by sense
(docs/model-card-slant.md, "Session 47, helper C"; ANNOTATOR_VERSION 221, a fresh store): a complaint lodged against a
wrong ("reticent to complain", "complained ..., stating, “... she made a complaint to NBC's human resources”"), an
admission by someone shown moved ("An emotional Guthrie admitted"), "excessive" under a denied use ("did not use
excessive force"), "fearing the worst", "deadly" of a siege, "violent" of a history and "loved ones": slant 11/39 ->
0/23 (the 11 marked spans gone, with the 5 sentences that held them, unmarked); the Sydney summary opens with CNN's
"The deadly siege of a central Sydney cafe has ended but the investigation is just beginning." (was "Police in Sydney
said early Tuesday the siege was over ..."; the summary passes over an opening holding a loaded word), its mark the
same (0/6); every other line the same.
Since (session 47, helper D; before = main's fresh store at 71d1fa9): a quotation's later sentence whose head is a
shared point's is listed from its own start; a year a record is told "since" is given by another outlet's "in
decades", a clause "when ..." after it is an aside; a sentence recalling an earlier event with the year and figures
another outlet's sentence gives adds no names but a person's (docs/comparison.md, "Session 47, helper D";
REPORT_VERSION "262"-"263", a copy): unique 11/136 -> 9/136: Reuters' tweet is listed from "Detectives will make
contact with his legal team ...," police spokesman Anthony Guglielmi said on Twitter." (right: only Reuters gives the
surrender to be negotiated and the spokesman; was from the shared charges); NPR's "deadliest ... since 1981, when 180
people died ..." and its Concorde crash go; in their places NPR's "Its last major inspection was in the summer of
2013, he said." (right: USA Today's "inspected fully last summer" is 2014, another date) and its reporter's mourners
streaming into Barcelona's airport (wrong, CNN's relatives gathered there: marked since). Left: Newsmax's Johnson
quotation (its tail 0.49 from USA Today's), Fox's Sochi sentence (0.48) and related-link heading (cleaning's),
NPR's Heraud (the spokesman's name; USA Today's "France's aviation authority" sentence at 0.49) and delivery in 1991
(its "since 2004" is NPR's own), the Washington Times' European election (0.34 from the Guardian's), CNN's and Fox's
Monis (each adds a figure or a quoted name of its own); every other line the same.
Since (session 47, helper F; before = main's fresh store at 71d1fa9): a quotation given to a writing that points back
("the statement said") is another statement beside a named speaker's quotation sharing few of its words, and an
earlier event's figures after a record's word and "since" ("the first ... since a Concorde jet crash ... killed 113
people") make no figure edge (docs/comparison.md, "A writing pointed back to"; REPORT_VERSION "270", a copy): shared
7/51 -> 5/49 (Merkel's "We have to think of the victims ..." / the State Department's "Our thoughts and prayers are
with the victims ...", and Valls sending Cazeneuve to the scene / NPR's Concorde crash of 2000, gone; each sentence in
no point, the unique items the same); every other line the same. Left: May's two forecasts, Lanier's quotation, NBC's
statement, NPR's Lufthansa history and Barton's reading of the flag (why each pair was made and what was tried: the
same section).
Since (session 47, helper E; before = main's fresh store at 71d1fa9): an update's note naming noon or midnight goes
and its words stay, and a headline's quotation in single marks counts as one word of a subheading's ten
(docs/inputs.md, cleaning (10) and Headings; ANNOTATOR_VERSION 227, a fresh store): furniture left 2 -> 1 lines (the
Monitor's "Updated at noon Eastern time:" gone; Fox's Couric headline stays in the text, a heading now: cleaning
cannot tell it from a subheading), unique 11/136 -> 10/136 (the Couric headline no item; Fox's unmarked Wilkenfeld
quote on NBC's 35 hours shown in its place), quotes 19/395 -> 18/394 (the quotation under the headline no longer
Couric's), shared 7/51 -> 7/51 (Sydney's pair of the Monitor's update with CNN's opening gone, Lauer's pair of
Guthrie's "my dear, dear friend" in Fox and USA Today come, both unmarked); the Sydney summary opens with CNN's
"Police say three people are dead -- including the gunman -- after authorities stormed a Sydney cafe ..." (summary
0/6 the same); every other mark the same.

Merged (session 47, the lead; before = main's fresh store at 71d1fa9, after = a fresh store of the merged code at
7cc95ea, ANNOTATOR_VERSION 236, and of the final code at 239, the same line for line): shared 7/51 -> 5/49, unique
11/136 -> 8/137, quotes 19/395 -> 0/397, slant 11/39 -> 0/23, furniture 2 -> 1 line; summary 0/6, disputes 0/0.

Since (session 48, helper D; before = main's fresh store at 03b5d69): a country's public body another outlet names by
what it is ("the French Civil Aviation Authority" beside "France's aviation authority") (docs/comparison.md, "Points
only one outlet makes"; REPORT_VERSION "288", a fresh store of main's annotations): unique 8/137 -> 8/137 (NPR's Heraud
item, left with its spokesman's name, falls below NPR's eighth place; in its place NPR's '"The complex search operation
was expected to resume Wednesday morning," France 24 reports.', which USA Today reports too ("search operations will
resume at daybreak"): added to the marks, wrong); every other line the same.

Since (session 48, helper G; before = main's fresh store at 03b5d69): times of day of one moment of the event are
disputed (docs/comparison.md, "times of day of one moment, built", docs/claims.md "Times of day"; ANNOTATOR_VERSION
258, REPORT_VERSION "295", a fresh store; the same at 260/"296"): disputes 0/0 -> 0/2, both right: the Germanwings
flight's contact lost (NPR's "10:55 a.m. local time" against USA Today's "10:53 a.m.", the miss the review found) and
the Sydney siege's start (CNN's gunman who "took over the building at 10 a.m." Monday against Fox's "the hostage
situation began at 9:45 a.m. local time"); CNN's "went down at 10:53 a.m." (another moment), the departure (10:01,
"just after 10 a.m.") and the scheduled landing (11:39, planned) are not disputed; every other line the same.

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): disputes 0/0 -> 0/2 (helper G's times of day: Germanwings' 10:55
against 10:53 a.m., the siege's 10 a.m. against 9:45 a.m., both right); every other mark the same."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

SYDNEY = "A gunman's siege of a Sydney cafe ends with the police storming it (2014)"
GERMANWINGS = "A Germanwings airliner crashes in the French Alps (2015)"
RIO = "Rio police say the US swimmers' robbery story was false (2016)"
LAUER = "NBC fires Matt Lauer over sexual misconduct (2017)"
SMOLLETT = "Jussie Smollett charged with faking a hate-crime attack (2019)"
MAY = "Theresa May announces she will resign (2019)"
EVENTS = {
    SYDNEY: ["EOPNu2D3X5EfVzBE", "76Qxgf6wa9oCbWqc", "xa0FBo2uqXTTUJ4q"],
    GERMANWINGS: ["JERyFZq9G88bGxTT", "KQYNKKcomJqJLnqv", "lrZBzvrkAdLBj1Yt"],
    RIO: ["ctsoQDsns4K7BLip", "vOpXedBl2kPbzpZo", "uelAlY81Lv0uOS2N"],
    LAUER: ["eQuk9tgLouPdVBxb", "lSRnnph6U3BMFLt7", "gbxxML7chg1Su4p6"],
    SMOLLETT: ["pksOcgdVhVsr7pny", "DfumECjSsidJGBJM", "X7PvH7dqkUpwGUw6"],
    MAY: ["tt8cl15g8vtcZeKY", "23JQ4hyrHr35ZcJt", "nKORiPctJqTNuszj"],
}
# 3 near misses (CNN on the Germanwings co-pilot crashing the plane on purpose, two days later; the Washington Times
# on Lochte changing his account in an interview, the day before; Politico on the head of the citizenship and
# immigration services resigning, the day of May's announcement), 7 others of the same days
OTHERS = ["TSR0qg6gF9VGHkVe", "PKxtcGTFllyvZmyF", "0zs7Fpn5l7FQcw8c",
          "DGK9SANCqtM2bSl2", "5LZ6D5C8lMFTSSQf", "RjBT5YFeYhdhA8J4", "WOC4yunq4ZHzblf3", "BEhoVHrrBlG97wnO",
          "bySWQvykEbJ9jIdF", "KjxZcc7ssJw4n6Mt"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: Newsmax's May's departure deepening the Brexit crisis beside the Guardian's Brexit dominating the race to
# succeed her; the prosecutor's slurs Smollett asked for beside one brother having worked on "Empire"; NBC's statement
# that this is the first complaint in 20 years beside CNN's report that two papers had been investigating Lauer for
# months; the plane's delivery to Lufthansa in 1991 beside Germanwings being Lufthansa's low-cost airline; Merkel's
# words beside the White House's statement; the minister sent to the crash site beside the Concorde crash of 2000; an
# expert on the hostage taker's flag beside the gunman rotating the hostages in the window
SHARED_WRONG = (r"^May's departure will deepen the Brexit crisis|^“Smollett also stated that he wanted the brothers|"
                r"^The statement said this is the first complaint|^He said the aircraft was delivered to Lufthansa|"
                r"^\"We have to think of the victims|^Valls said he had sent Interior Minister|"
                r"^Professor Greg Barton of Monash University")
# "Only one outlet reports" items another outlet reports too: the Washington Times' Conservatives expecting a bruising
# in the European election (the Guardian's "dire results ... from Thursday's European elections"); Reuters' felony
# charges approved (paired as a shared point) and Newsmax's "dissatisfied with this salary" (USA Today's Johnson);
# Fox's incident at the Sochi Olympics (the Daily Caller's); Fox's related-link headline on Katie Couric (no report);
# NPR's plane delivered in 1991, deadliest crash since 1981, Concorde crash (each paired) and no distress signal (USA
# Today's "sent no distress call"); Monis's letters to soldiers' families (CNN's and Fox's, each the other's); added
# in session 47 (helper D), an item that came in when the Concorde went: NPR's reporter's mourners streaming into
# Barcelona's airport (CNN's relatives gathered at the Barcelona airport); added in session 48 (helper D), an item that
# came in when NPR's Heraud fell below its eighth place: NPR's "... expected to resume Wednesday morning," France 24
# reports (USA Today's "search operations will resume at daybreak")
UNIQUE_WRONG = (r"^The Conservatives expect to take a bruising|^“Felony criminal charges have been approved|"
                r"^\"This stunt was orchestrated by Smollett|^The alleged incident took place at the 2014 Sochi|"
                r"^Katie Couric: Matt Lauer pinched|^He said the aircraft was delivered to Lufthansa in 1991|"
                r"^Le Monde says Tuesday's crash is the deadliest|^In July 2000, an Air France Concorde|"
                r"^Eric Heraud, a spokesman for the French Civil Aviation|^Monis, also known as Sheikh Haron, pleaded|"
                r"^Monis, who reportedly emigrated to Australia|^\"Mourners began streaming into Barcelona|"
                r"^\"The complex search operation was expected to resume")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "angela merkel": r"^the honor of my life|^To succeed, he or she|^Such a consensus",  # May's farewell speech
    "andrea leadsom": r".",                                   # May's speech (Leadsom quit that week)
    "theresa may": r"and triggering a contest",               # the Times' narration run on from "announcing"
    "rory stewart": r"Jeremy Hunt, Michael Gove",             # the Guardian's list of the other likely contenders
    "prosecutors": r"^Empire$",                               # the show's name
    "chicago's police chief": r"^Empire$",                    # the show's name
    "risa lanier": r"^Abel$",                                 # a nickname
    "katie couric": r".",                                     # Guthrie's words under a related-link headline
    "ryan lochte": r"^a gun was put to his head|^Today$",     # what he no longer says (Lauer's account); the show
    "lochte": r"^Bentz said Friday",                          # Bentz's
    "james feigen": r"^the athlete had reached an agreement", # his lawyer's
    "families of fallen soldiers": r"^murderers$",            # Monis's word for the soldiers, in his letters
    "narendra modi": r"Grand Mufti",                          # the Grand Mufti's statement
    "statement": r"^The White House issued a statement",      # USA Today's narration
}
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    SYDNEY: r"(?i)\b(police|officers|authorities|commandos)\b[^.]*\b(storm\w*|ended|end)\b|"
            r"\bsiege\b[^.]*\b(ended|over|end)\b",
    GERMANWINGS: r"(?i)\b(crash\w*)\b[^.]*\b(Alps|Germanwings|Airbus|A320|plane|jet\w*|airliner)\b|"
                 r"\b(Germanwings|Airbus|A320|plane|jet\w*|airliner)\b[^.]*\bcrash\w*",
    RIO: r"(?i)\b(police|authorities)\b[^.]*\b(not robbed|false\w*|fabricat\w*|made up|indict\w*)\b|"
         r"\b(robbery|story|claim)\b[^.]*\b(false|fabricat\w*|made up)\b",
    LAUER: r"(?i)\bLauer\b[^.]*\b(fired|firing|terminated|ousted|dumped|axed)\b|\b(fired|firing)\b[^.]*\bLauer\b",
    SMOLLETT: r"(?i)\bSmollett\b[^.]*\b(charged|charges?|arrest\w*|indicted)\b|"
              r"\b(charged|charges?|arrested)\b[^.]*\bSmollett\b",
    MAY: r"(?i)\bMay\b[^.]*\b(resign\w*|quit|step (down|aside)|stepping down|leave|depart\w*)\b",
}
# slant evidence of neutral words: a "deadly" siege (two hostages died) and a "violent" crime record, "loved" ones;
# an employee who "complained" to human resources (2), Guthrie "admitted" she had just learned the news; force not
# "excessive" (the police chief's legal finding); relatives "fearing the worst"
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[SYDNEY] = r"^(?i:the deadly|deadly|violent|loved)$"
SLANT_WRONG[LAUER] = r"^(?i:complain|complained|admitted)$"
SLANT_WRONG[RIO] = r"^(?i:excessive)$"
SLANT_WRONG[GERMANWINGS] = r"^(?i:worst)$"
# furniture left in the text: the Monitor's update note opening its text, Fox's related-link headline on Couric
FURNITURE = r"^Updated at noon Eastern time:|^Katie Couric: Matt Lauer pinched"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review35", EVENTS, OTHERS, marks))
