"""The 6 events of review 12: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review12_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review12_events.py --src /old/src  # another version

A fact-checker's review (review 12, 2026-12-02) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2018-2019,
the ids below, none used by review_allsides.py or review8/9/10/11_events.py): a bomber's death
(crime), a hurricane's landfall (disaster), a Supreme Court order (court), a House bill
(congressional fight), China's retaliatory tariffs (economy) and Iran's uranium announcement
(foreign), with 10 unrelated articles of the same weeks mixed in (2 near misses: the 2018
transgender-troops memo, the Senate border-emergency vote). This runs `manysides.analyze` on
those 30 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong,
and counts the marks per story ("review marks"), so a fix can be checked before and after.
Read against the article texts, it found (marks of the code at commit 69475c2):

* grouping right (6 stories holding exactly their articles, the 10 others alone);
* "only one outlet reports" items another outlet reports, or page furniture: 16 of 153, judged
  as unique_items.py's readers do (an item is its outlet's own when any fact, figure, name or
  quote in it is; its listed details must be new). 7 are furniture: "Contributing: ..." credits
  (2), a byline line, a photo caption, USA Today's "CLOSE" video blurb, a Fox all-caps related
  headline; 9 report only what another outlet reports: the same quoted words (Pelosi's
  "purpose-built to humiliate" tweet, listed for both outlets that quote it), a bound another
  outlet's figure meets ("more than 5,000 U.S. products" beside "5,140" and "about 5,200";
  "more than 2 percent" beside "2.3%"), a name in another form ("Austin-American Statesman" for
  "Austin American-Statesman", "Federal Express" for "FedEx", "ATF"), an age written "was 24"
  beside "a 24-year-old man", the Maryland injunction in other words. Sentences that add one
  new detail to a shared fact (the House vote 234-193 with a Voting Rights Act comparison,
  "Interstate 35", a source's name) count as their outlet's own;
* disputes and differing figures: 11 of 12 not genuine: a storm's position, wind and power
  cuts at different hours (35 vs 20 miles, 50 vs 65 mph, 908,614 vs 788,916), rain fallen vs
  rain forecast (16 inches vs "could see up to 15"), the first two deaths vs the toll, two
  different rules (36 months in one's biological sex vs 18 months stable), 660 vs 661 pounds
  (one conversion of 300 kg, rounded); the genuine one: 2,450 vs 14,700 transgender troops;
* quotes given to the wrong speaker or words, 18 of 420: TV show names as quotes ("New Day",
  "FOX & Friends", "Anderson Cooper 360"), Pelosi's second tweet to Obama, McConnell's
  "terrible proposal" to Brendan Boyle, Trump's "drain the swamp" to Democrats, a restaurant
  owner's words to the mayor, garbled names ("House Nancy Pelosi", "Donald Trump Trump",
  "Conditt, Manley", "Face the Nation, Pompeo"), a USA Today related link as Trump's words,
  Bagheri's denial shown as "Tehran was involved in the ship attacks";
* shared points pairing different statements: 11 of 86 (an agent's two different findings,
  rain fallen vs forecast, the storm's position at two hours, two different enlistment rules,
  China's new tariffs vs the ones it left unchanged, a related link paired with a sentence);
* summaries without the event's main fact in 3 of 6: the bomber's death (four background
  sentences), the landfall, China's retaliation (the summary opens with USA Today's video
  blurb "... (May 10) AP, AP"); the House summary opens "The bill passed ..." with no name and
  holds a bullet fragment;
* cleaning: 29 removals, all furniture; missed in the event articles: "Contributing:" credits
  (2), "More: " related links with a space (3, "More:" without one is removed), the "CLOSE"
  video blurb, a byline line, 4 Fox all-caps related headlines, CNN's "Are you affected"
  solicitation and a photo caption, a Guardian "Show Hide" tweet box;
* slant evidence of neutral words: "page", "story", "team", "newspaper", "FREE", "Right now",
  "years old", "a photo", "paper", "notes".
Since (session 29): the bomber summary's "... just hours after he blew himself to bits with his own device as cops
closed in" is right (Fox's words; the main-fact pattern took only "blew himself up"): summaries 1/6 -> 0/6 on
origin/main's own run (`--load`), the other marks unchanged.
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/6, shared 7/78, unique 1/150, quotes
0/417, disputes 0/1.
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 7/78, unique
1/150, quotes 0/417, disputes 0/1.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): a reading at a named time of day
beside a figure of its unit not within a tenth is two readings: shared 7/78 -> 6/77 (USA Today's "At 2 a.m. EST
Saturday, the center of the storm was about 35 miles from Myrtle Beach" no longer beside CNN's 20 miles); Fox's "A
mother and her 8-month old child were among the first confirmed dead ..." leaves the point of CNN's quoted police
tweet (a quotation's later sentence with its tag), which stays with USA Today's; every other output unchanged.
Since (session 34, helper A; a copy of main's store, comparison only, REPORT_VERSION 128): a summary sentence opening
with a bare surname is written with the full name the articles give most: the Austin summary says "Mark Anthony Conditt
was home-schooled ..." (his mother, Danene Conditt, is named less often); every mark unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 6/77, unique 1/150, quotes 0/414, disputes 0/1 (before: shared 7/78); the Austin summary names
Mark Anthony Conditt.
Since (session 38, helper E; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): a subheading in sentence
case between two lines of prose is a heading, no sentence of the comparison and no one's words (docs/inputs.md,
"Headings"; ANNOTATOR_VERSION 100, fresh store): shared 6/77 -> 6/76 (CNN's subheading "Republicans criticize
legislation as a power grab", unmarked beside the Guardian's "Republicans have decried the bill as a “power grab”
...", is no longer a point: the paragraph under it says the same and stays), quotes 0/419 -> 0/418 (CNN's subheading
"Conditt blew himself up as police approached, police say" is no longer the police's report, and the police drop from
the bombings' voices); summary 0/6, unique 1/150, disputes 0/1 unchanged.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 6/77 -> 6/76 and quotes 0/419 -> 0/418 (a right point and a right quote made of CNN's subheadings gone with
them); every other mark as at main (d2066a0).
Since (session 43, helper D; before = main's fresh store at 9a69f00): a figure another outlet gives as a round lower
bound is no new figure (docs/comparison.md; REPORT_VERSION "194", a copy): unique 1/150 -> 1/149 (USA Today's
"another $325 billion in Chinese goods", unmarked, is no longer an item: the Guardian's "$300bn-plus"; CNN's "meaning
36 months after completion of surgery" loses its detail beside another outlet's "For more than 30 months": a
duration of another thing, and its place goes to Durso's quotation). Every other line the same.
About 3 minutes.
Since (session 46, helper E; before = main's fresh store at 9f83842): a present-tense caption closed by the picture
and its source ("..., in a photo from Ann Roe.") goes, and captions over credits handed on "via" an agency
(docs/inputs.md, cleaning (9); ANNOTATOR_VERSION 204, a fresh store): furniture 1 -> 0 lines (CNN's "A boat is wedged
in trees Friday in Oriental, North Carolina, in a photo from Angie Propst."); every mark the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Austin bomber dies as police close in (2018)": ["FyvC7gQaFkq7Im97", "Mz5wfhKzKCtB3vU3", "VWw6b9JJu4q3706q"],
    "Hurricane Florence makes landfall (2018)": ["7u7escE0fszhnH1C", "NSf2xoExRcg2qpCy", "aiR7iWKUcN1XM5jQ"],
    "Supreme Court lets transgender troop ban take effect (2019)": ["5JJca0Q6fpd4BQ4z", "EQuGQgtdL2mdS6U9",
                                                                   "uTNnUPwRFbUVG8vv"],
    "House passes H.R. 1 election and ethics bill (2019)": ["FlIhZgkg6rIFOvBQ", "P5evHqe0mzs7tKyx", "RJ47kGjnkPrc4kcc",
                                                            "lkYMrn0kPjT1IacN"],
    "China retaliates with tariffs on $60 billion (2019)": ["06MYfWCPzFb4gvRB", "6RfuVxZW1tUkhfMH", "865fQhhgB2zYo6ou",
                                                            "B0jEv9uOJDHnKkC4"],
    "Iran to pass its uranium stockpile limit (2019)": ["bAJFYqhgpKkpOmgn", "nsNtP1OI4tXWCL7C", "wFBKX0NW4Gh4S4lT"],
}
OTHERS = ["yKvJ9jmZWXFY4Rd1", "ZVVl8QQlwB3hCdSB", "Rwc6C1Ln6tiGGZ7j", "1gGrJqZfBR2wvr4W", "ML17KSMTN7hVih0k",
          "mt8aogLHvqPZ5CvT", "0Q8VESHcuHhiriP7", "gTyjKwUfrz0rmizv", "Hlen0xBWavypsAym", "dejJAtQNCTMK5nxT"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"investigators believe all the bombs were built|Manley said they believe the dead suspect|"
                r"Four exploding packages in Austin since March 2|Some areas of South Carolina could see rainfall|"
                r"weakened to a tropical depression early Sunday|center of the storm was about 35 miles|"
                r"Florence lazily inched its way|For decades, transgender people or those with gender dysphoria|"
                r"in their preferred sex for 18 months|China left unchanged at 5 percent|^More: Trump says tariffs")
# "Only one outlet reports" items another outlet reports too, or page furniture
UNIQUE_WRONG = (r"was named as the bomber, an ATF source|Conditt was killed near the motel|"
                r"Authorities have said Conditt was 24|^AUSTIN SERIAL BOMBER|^Contributing:|"
                r"from his mother's Facebook page was authenticated|^Doug Stanglin and|in a photo from Angie Propst|"
                r"Pelosi tweeted that the policy|Nancy Pelosi, a Democrat, said Trump|"
                r"Maryland federal judge that is technically|^CLOSE |slap tariffs on more than 5,000|"
                r"in Beijing, on May 9, 2019|major U.S. indexes down more than 2 percent|"
                # listed once the furniture went: details given elsewhere ("S&P 500", "US Treasury bonds")
                r"Standard & Poor's 500 index slipped|possibility of dumping US Treasuries")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "police": r"^Conditt leaving a hotel", "conditt, manley": r".", "surveillance video": r".",
    "tony plohetski": r"^New Day", "greg abbott": r"^FOX & Friends",          # show names, not words
    "dana outlaw": r"dumbest human being", "another woman": r"Anderson Cooper",  # Tom Ballance's; a show
    "house nancy pelosi": r".", "obama": r"Deeply concerning",               # Pelosi's
    "brendan boyle": r"^terrible proposal", "democrats": r"^drain the swamp", "house": r"all the difference",
    "donald trump trump": r".", "donald trump": r"tariffs only hurt China",  # a related link as words
    "face the nation, pompeo": r".", "country": r"open, strong and severe",   # Bagheri's
    "mohammad hossein bagheri": r"^Tehran was involved",                      # he denied it
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(about 35 miles|50 mph|16 inches|Some 908,614|at least 14|three years|661)$"
# what each event's summary must state (the review's reading of the main fact)
MAIN_FACT = {
    # session 29: "... just hours after he blew himself to bits with his own device" states it too
    "Austin bomber dies as police close in (2018)": r"blew himself (?:up|to bits)|killed himself|detonat|explosion",
    # session 24: the summaries' own wordings of the main fact, read by hand ("After coming ashore in North Carolina",
    # "China's Ministry of Finance said the new tariffs would impact $60 billion")
    "Hurricane Florence makes landfall (2018)": r"landfall|(came|coming|went) ashore",
    "Supreme Court lets transgender troop ban take effect (2019)": r"Supreme Court .{0,60}allow",
    "House passes H.R. 1 election and ethics bill (2019)": r"passed",
    "China retaliates with tariffs on $60 billion (2019)":
        r"retaliat|China(?:['’]s [A-Z][\w ]{0,30})? (said|announced|will|would) .{0,40}tariffs",
    "Iran to pass its uranium stockpile limit (2019)": r"stockpile limit|exceed the limit",
}
FURNITURE = (r"^Contributing:|^More: |^CLOSE |^Doug Stanglin and|in a photo from Angie Propst|Show Hide|"
             r"^[A-Z][A-Z ,'’]{24,}$|^Are you affected by")


if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT)
    raise SystemExit(run_review(__doc__, "review12", EVENTS, OTHERS, marks))
