"""The 6 events of review 38: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review38_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review38_events.py --src /old/src  # another version

A fact-checker's review (review 38, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 2-4 articles each, 2012-2019, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-37_events.py) of kinds the earlier reviews had little of: the
Israel-Hamas cease-fire holding the day after it began, 2012 (a truce abroad; Fox's and Politico's are the same AP
text, Politico's under a photo caption and "(AP)" dateline), Andres Manuel Lopez Obrador elected Mexico's president
(an election abroad; Reason's is an analysis), Typhoon Mangkhut hitting Hong Kong and southern China after the
Philippines (a natural disaster abroad), the UN climate panel's report of 12 years to limit warming to 1.5C (a science
report; the Guardian's is an editorial, Salon's two days later), the Supreme Court turning down Exxon's appeal against
Massachusetts' climate inquiry (a court ruling on a company; Reuters' is dated two days later) and Trump putting off
the State of the Union address until the shutdown ends (Reuters' text under the Washington Times' name too; CNN's is
an analysis), with 10 unrelated articles of the same days mixed in (5 near misses: Fox on Morsi granting himself
powers, the day of the truce; Fox on Israeli gunfire killing a Palestinian the day after; USA Today on Florence's dead,
the day before the typhoon; Reuters on the Supreme Court turning down an appeal over a climate rule; Reuters on the
Senate's bills to reopen the government failing, the day after the address was put off). This runs
`manysides.analyze` on those 27 articles, written as one JSON Lines export with the dataset's outlets and leanings,
prints per event story everything a reader sees, marks with "X" what the review found wrong, and counts the marks per
story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read
against the article texts, it found (main's marks (03b5d69, fresh store), REPORT_VERSION "275", ANNOTATOR_VERSION
239):

* grouping: 15 stories; four events one story each; the climate report two (Salon's, two days later, alone); the
  truce two (NPR's on Morsi's part joins Fox's near miss on Morsi's decree; Fox's next-day gunfire near miss joins the
  truce); the Senate's failed bills (Reuters, the next day) join the address put off; the other 7 alone;
* wire copies: both found and counted once: Politico's AP text is a copy of Fox's, the Washington Times' Reuters text
  a copy of Reuters'; each story's independent outlets leave the copy out (the truce: CNN, Fox News, Fox Online News,
  two names of one outlet family counted as two; the address: CNN - Editorial, Reuters);
* titles: five name their event; the Exxon story's is the Daily Caller's headline as written, "Us Supreme Court
  Rejects Exxon's Plea ..." (the US title-cased as the pronoun); the climate story's TheBlaze's "... hits point of no
  return — again" (the outlet's jab in a dash aside);
* cleaning: no furniture left;
* summaries: 6 of 7 state the event's main fact; the truce's does not (calm in Gaza, then the strikes and the dead
  three times: "some 1,500 strikes", "163 dead and 1,225 wounded in the wake of 1,500 Israeli strikes", "more than 160
  Palestinians dead", while all three independent headlines say "cease-fire"); not counted by the mark, also wrong: the
  climate summary opens with the Guardian editorial's "Climate change is an existential threat to the human race." (an
  opinion said as the story's fact), Mexico's second sentence opens "Despite all that," (Reason's paragraph before it,
  not in the summary), the typhoon's says the landfall twice ("made landfall in China's Guangdong on Sunday", "The
  storm made landfall in the the city of Haiyan around 5pm") and "at least 19 more were killed" with no count before;
* "only one outlet reports" items another outlet reports: 1 of 127: Reuters' first sentence on the ruling (the event,
  the Daily Caller's shared point #0);
* shared points pairing different statements: 3 of 16 (two polls, CBS's and Reuters/Ipsos'; the typhoon's eye
  skirting Hong Kong with the year's 15th storm in the Philippines, only the name's meaning shared; voters "hungry for
  change" with voters who "want to burn everything down");
* disputes: 2, right (the Palestinian dead, 161 and "more than 160" the day after the truce, 166 a day later; the
  Israeli dead, the AP's five, CNN's and Fox's six); missed, where a reader expects one: the Philippines' dead (Reuters'
  "potentially more than 50" and 33 dead, the Guardian's "at least 64");
* quotes given to the wrong speaker or words: 12 of 286: the AP's narration to Ehud Barak and southern Israelis' view
  to "soldiers" (each twice, the copy too), the AP's "the powers of his office do not empower him" to Morsi, a
  columnist's words to the newspaper Excelsior (3), Reuters' "In a sign Trump may be bracing ..." to the official (2,
  the copy too), CNN's analysis to Trump (2);
* slant evidence of neutral words: 7 of 62 spans (sentences not judged): the AP's "the worst cross-border fighting in
  four years" (6: "worst" and "the worst", in the AP text under two names) and an independent who "claimed 5.5%
  support" (won it).
Main's marks (03b5d69, fresh store): summary 1/7, shared 3/16, unique 1/127, quotes 12/286, disputes 0/2, slant 7/62,
furniture 0 lines.
Also seen, not counted: Excelsior, "decree" and "Tabio" among the voices as persons or a document; the Philippines'
dead in Benguet (Reuters' "19 more", the Guardian's 38) paired as a shared point. Articles showing no phrase 19 of 27,
no phrase and no loaded span 10. About 4 minutes under load (a fresh store).

Since (session 48, helper A; before = main's fresh store at 03b5d69): a word every headline of three outlets or more
gives calls for the sentence saying it, a sentence telling the deed of one before it again is left out, "Despite all
that" points back, an echo a lead matches with a sentence said is not said again, an article filed as opinion is a
column (docs/comparison.md, "Neutral summary"; REPORT_VERSION "277", "278" the same), and a title-case headline
opening "Us" before a capital opens with "US" (docs/grouping.md, "Titles"), a fresh store: summary 1/7 -> 0/7 (the
truce's now says "... leaving intact the fragile two-day-old cease-fire ...", Fox's of the next day, the near miss;
it still gives the Palestinian dead twice, 163 and "more than 160"); the typhoon's says the landfall once; Mexico's
second sentence is USA Today's "López Obrador said he will defend undocumented Mexican migrants ..."; the climate
summary no longer says
the Guardian editorial's view: it opens with TheBlaze's report of the report ("The 700-page report, which was released
Sunday, claims ... before 2030") and goes on to the Paris accord's 2-degree goal (the shared "12 years" sentence left
out: with the long opening it passes the 90 words); the Exxon story is titled "US Supreme Court Rejects ..."; every
other line the same.

Since (session 48, helper H; before = main's fresh store at 03b5d69, as helper A's paragraph above gives it): fighting
ranked against a record is an act counted by its dead, and session 48's other slant rules (docs/model-card-slant.md,
"Session 48, helper H"; ANNOTATOR_VERSION 262, a fresh store of helper H's tree, without helper A's rules): slant 7/62
-> 1/56 (the AP's "the worst cross-border fighting in four years", "worst" and "the worst", phrase and word, under
Politico's and Fox's names, gone; left: USA Today's "claimed 5.5% support"); every other slant line the same (the
summary and title lines are main's, helper A's rules not being in this tree).

Merged (session 48, the lead; before = main's fresh store at 03b5d69, after = a fresh store of the merged code at
356653e, ANNOTATOR_VERSION 262, REPORT_VERSION "297"): summary 1/7 -> 0/7, quotes 12/286 -> 12/287 ("hundreds of Morsi
supporters", right), slant 7/62 -> 1/56; shared 3/16, unique 1/127, disputes 0/2 and furniture 0 lines the same."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

GAZA = "The Israel-Hamas cease-fire holds a day after it began (2012)"
MEXICO = "Andres Manuel Lopez Obrador elected Mexico's president (2018)"
TYPHOON = "Typhoon Mangkhut hits Hong Kong and southern China after the Philippines (2018)"
CLIMATE = "The UN's climate panel reports 12 years to limit warming to 1.5C (2018)"
EXXON = "The Supreme Court turns down Exxon's appeal against Massachusetts' climate inquiry (2019)"
SOTU = "Trump puts off the State of the Union address until the shutdown ends (2019)"
EVENTS = {
    GAZA: ["alNaerSF4wSmafd1", "hLJTwX29AEClgy3a", "wspBFYHfwBjikoMF", "CDciy3NgGNEHddj3"],
    MEXICO: ["AKR8SfBEy1Fe0IQ4", "iCCif6hKT6nnSG17", "vaBIYxAX0sE37rz7"],
    TYPHOON: ["9bv2OTLFg6MeaoEQ", "wdHvkOmEucyrEDRD"],
    CLIMATE: ["zZOCUccwCgfByySj", "dQH8gT8uaEMitNRu", "8ZWKyWeg24wbPmUw"],
    EXXON: ["MUZaWflXPtDZk48W", "vLJ6aQNaWpcL0Vki"],
    SOTU: ["BrOhhC9Ql8U6s0SC", "e87tQmBZ4AK1F8Sz", "ewzgP1yEdqL6V2cm"],
}
# 5 near misses (Fox on Morsi granting himself powers, the day of the truce; Fox on an Israeli soldier's gunfire
# killing a Palestinian the day after; USA Today on Florence's dead, the day before the typhoon; Reuters on the Supreme
# Court turning down an appeal over a climate rule, the day after the climate report; Reuters on the Senate's bills to
# reopen the government failing, the day after the address was put off), 5 others of the same days
OTHERS = ["Itl8lqbVwEUGXHrU", "AXI196Me3kCtU6iz", "Vci5vOw8DLYaJrYy", "iq9Dp2iKIP6DVUT5", "oRTWUVnEzKlgBp7c",
          "pBX8noXmjjcHZl0F", "b38CfKXRrrn3DjL4", "RMKsMcn65RX8PlZV", "cQzmgoZOCgp9lXX6", "GT9WO1zgQz5J76mY"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: CNN's CBS poll (71% against the wall) beside Reuters' own Reuters/Ipsos poll (two polls); Reuters' eye of the
# typhoon skirting Hong Kong beside the Guardian's storm as the year's 15th to batter the Philippines (only the name's
# meaning in common); USA Today's voters "hungry for change" beside Reason's voters who "want to burn everything down"
SHARED_WRONG = (r"^Polls show that a majority of the public still solidly blames|"
                r"^Mangkhut, a Thai word for the mangosteen fruit, is the 15th|"
                r"^This isn't the first time that voters, feeling like")
# "Only one outlet reports" items another outlet reports too: Reuters' Supreme Court clearing the way for the attorney
# general (the event itself, the Daily Caller's first sentence, paired as shared point #0)
UNIQUE_WRONG = r"^The U\.S\. Supreme Court on Monday cleared the way"
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "ehud barak": r"^However, with the cease-fire just",             # the AP's narration after Barak's words
    "soldiers": r"abandoned too quickly",                             # "Others -- ... in southern Israel" thought so
    "mohammed morsi": r"^the powers of his office",                   # what Morsi found, the AP's words
    "excelsior": r".",                                                # the newspaper's columnist, Pancho Garfias
    "a senior administration official": r"^In a sign Trump may be bracing",  # Reuters' own reading
    "donald trump": r"force of will",                                 # CNN's analysis of Trump
    "president": r"^he had shelved an idea that would have done more",  # CNN's wording of Trump's tweet
}
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    GAZA: r"(?i)\b(cease-?fire|truce)\b",
    MEXICO: r"(?i)\b(L[oó]pez Obrador|AMLO)\b[^.]*\b(won|wins|elected|victory)\b|\belect\w*\b[^.]*\bL[oó]pez Obrador",
    TYPHOON: r"(?i)\b(typhoon|Mangkhut|storm)\b",
    CLIMATE: r"(?i)\b(report|panel|IPCC)\b",
    EXXON: r"(?i)\bSupreme Court\b[^.]*\b(declin\w*|reject\w*|turn\w* down|refus\w*)|\bExxon\b[^.]*\bappeal",
    SOTU: r"(?i)\bState of the Union\b[^.]*\b(delay\w*|postpon\w*|put off|until)\b|\b(delay\w*|postpon\w*)\b[^.]*"
          r"\bState of the Union\b",
}
# slant evidence of neutral words: the AP's "the worst cross-border fighting in four years" (a comparison; in the
# AP's text under Fox's and Politico's names); USA Today's independent who "claimed 5.5% support" (won it)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[GAZA] = r"^(?i:(the )?worst)$"
SLANT_WRONG[MEXICO] = r"^(?i:claimed)$"
FURNITURE = r"(?!)"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review38", EVENTS, OTHERS, marks))
