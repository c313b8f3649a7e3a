"""The 6 events of review 14: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review14_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review14_events.py --src /old/src  # another version

A fact-checker's review (review 14, 2026-12-02) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2013-2020,
the ids below, none used by review_allsides.py or review8-13_events.py) of six kinds the earlier
reviews had little of: a judge's ruling on the NSA's phone records (tech privacy), a monthly jobs
report (economy), Modi's election win (foreign election), the EPA's power-plant carbon rule
(energy/climate), Trump's order ending family separation (immigration enforcement) and the
Supreme Court's ruling that the Civil Rights Act covers gay and transgender workers (a social
ruling; the New York Times piece is the transcript of its podcast's episode), with 10 unrelated
articles of the same weeks mixed in (2 near misses: Fox on talk of amnesty for Snowden on the
ruling's day, Reuters on Trump wanting migrants deported "with no judges" five days after the
order). This runs `manysides.analyze` on those 30 articles, written as one JSON Lines export
with the dataset's outlets and leanings, prints per event story everything a reader sees, marks
with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix
can be checked before and after. Read against the article texts, it found (marks of the code at
commit f33789a):

* grouping right: the 6 stories hold exactly their articles; both near misses and the 8 others
  stay alone;
* cleaning: 43 removals in the event articles, all furniture; 16 furniture lines left: Politico's
  standfirst run into the headline on the first line ("Together, the new data add ... Another
  tepid jobs report"), NPR's headline as first published ("EPA Unveils ..." under "EPA To Unveil
  ..."), its audio player ("... Listen · 4:07 4:07"), "Our original post continues:" (2) and a
  "Further Reading" list (5), Fox's "More On This...", a USA Today caption over its "(Photo:
  ...)" credit (an "only USA Today" item), the Guardian's "Quick guide ... Show Hide ..."
  explainer box (3 unique items, 2 quotes, a shared point) and a column's link "... | Richard
  Wolffe Read more", National Review's "Send a tip to the news team at NR." (a unique item), the
  podcast's "From The New York Times, I'm Michael Barbaro." (a unique item);
* "only one outlet reports" items another outlet reports, or furniture: 13 of 151, judged as
  unique_items.py's readers do: 8 furniture or another story (the caption, the box's three, "Send
  a tip", the podcast's opening and its closing news of New York's police, an NPR line promoting
  a Planet Money report); 5 report only what another outlet reports (the first ruling against the
  program, the judge doubting its value, the Fourth Amendment's "unreasonable search", the 2002
  riots, the rule final "at least 2015" against "next year");
* shared points pairing different statements: 4 of 37 (Verizon handing over metadata with the
  order barring collection; a group's "kill jobs" with "one of the most sweeping efforts";
  pollution-trading markets with upgrading coal plants' controls; Muslims wary of Modi with his
  campaign's "coup");
* disputes and differing figures: 8 of 10 not genuine: the BLS's 162,000 jobs against ADP's
  200,000 and against May's revised 176,000; a forecast of 7.5 percent against a year's fall of
  0.8 percent; a Treasury yield at two moments (2.64 and 2.6%, 2.71 and 2.74%; 3 marks); India's
  540 million voters against 814 million eligible; three plaintiffs against "Two plaintiffs
  deceased" (a subheading); genuine: 27 against 28 states without protection (2 marks);
* quotes given to the wrong speaker or words: 19 of 288: Weight Watchers' news to Viacom, a
  report's title as its words, a judge's words run into the narration after them (2), the
  Fourth Amendment's "unreasonable searches and seizures" to the plaintiff, government lawyers'
  argument to "American citizens", the judge's "actually stopped an imminent terrorist attack" to
  the government, CNN's quoted subheadings as words ("This beautiful blue ball in space" to
  Obama, "This is something we put off" to "the proposed rule"), critics' words run into the
  narration, "Clean Power Plan" (a name) as the EPA's words, "zero tolerance" with the policy as
  its speaker, the box's "unaccompanied alien children" and "catch and release" to Sessions, and
  in the transcript Liptak's and Gorsuch's words to "michael barbaro" (2), "Right", "people" and
  "both" as speakers;
* summaries without the event's main fact in 3 of 6: the jobs report's ("unemployment fell from
  7.6 percent in June", never the 162,000 jobs or the 7.4 percent), the EPA's (the backers' view
  and the options, never the proposal or its 30 percent cut), the Supreme Court's (the question,
  who joined, and the transcript's "Yeah, so there are actually three separate cases", never the
  ruling);
* slant evidence of neutral words: "hate" (a market that "didn't hate" a report), "relevant" (a
  legal test), "huge" ("a huge lead"), "worst" (a minister's "worst-case scenario"), "claimed",
  "expensive" (industry's word, attributed), "impossible" and "wrong" (the justices' words,
  quoted); evidence sentences of plain figures ("The U.S. dollar was also under pressure.", "Coal
  supplied 37% of U.S. electricity in 2012 ...").
Since (session 25), cleaning takes a first line ending with the headline, the headline as first
published two words apart, link lists under their heading ("Further Reading", "More On This..."),
an audio player, "Our original post continues:", the Guardian's explainer box and a column's link,
"Send a tip ...", and a caption over its "(Photo: ...)" credit: removals 43 -> 57, furniture lines
left 16 -> 1 (the podcast's opening); unique 13/151 -> 8/150; quotes 19/288 -> 17/281 (the box's
two); shared 4/37 -> 4/37 (the box's pair gone, a right one on the states' options came);
summaries (the family-separation one without the box's 2014 background), disputes and grouping as
they were.
With all of session 25 (cleaning, quotes, shared points, unique items, figures, summaries): summaries
3/6 -> 0/6, disputes and differing figures 8/10 -> 3/5 (the yield's two starting levels, 2.71 and 2.74,
twice; the plaintiffs' subheading), quotes 19/288 -> 16/280, unique 13/151 -> 8/150, shared 4/37.
Since (session 27): two starting levels read at two moments (CNN's yield "down from 2.74% before the jobs report
came out", Fox's "from 2.71 percent") are not compared, nor a subheading's figure ("Two plaintiffs deceased"):
disputes and differing figures 3/5 -> 0/2; shared 4/37 as it was (no rule tried for its four; see
docs/comparison.md), summaries, unique items, quotes and grouping as they were.
Since (session 27): a market's figures are compared only at the close: disputes and differing figures
3/5 -> 1/3 (the yield's two starting levels, 2.71 and 2.74, no longer disputed; the plaintiffs' subheading
stays).
Since (session 27, ANNOTATOR_VERSION 37): Weight Watchers' news, the judge's clauses run into narration
(2), critics' words after "While", the Constitution's words, the judge's words given to "the government"
and the transcript's "she announced" ("Trans", now marked) have their speakers and words: quotes
7/273 -> 0/273 (the "Trans" mark counted before too; no other quote line changed); unique, shared,
summaries and figures as they were.
Merged (session 32, with every helper's rules, fresh store, one run): summary 0/6, shared 3/35, unique 8/148, quotes
0/274, disputes 0/2.
Since (session 33, REPORT_VERSION 124): a transcript's sign-on ("From The New York Times, I'm Michael Barbaro.") is
no "only one outlet reports" item, and a name run together with its owner's is given when the other outlets name
both (Fox's "Constitution's Fourth Amendment"): unique 8/148 -> 6/147 (the podcast's place goes to its "I will say
this, Michael, ..."); every other mark unchanged (a copy of main's store, `--db`). Left: the Washington Times' and
NPR's items the review read as others' facts in other words (the judge's first ruling and his doubts, the 2002 riots,
"at least 2015"), the Times' 600 officers of another story of its podcast, NPR's promotion of another report.
Since (session 33, ANNOTATOR_VERSION 70, fresh store): three loaded spans of "controversial" grading a matter (the
government's collection of telephone metadata, a regulation, the zero tolerance policy) are gone, and with them the
Monitor's phrase and sentence ("In a forceful rebuke of the government's controversial collection ..."); every mark
identical (summary 0/6, shared 3/35, unique 8/148, quotes 0/274, disputes 0/2).
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 3/35, unique
6/147, quotes 0/274, disputes 0/2.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): shared 3/35 -> 3/34: NPR's "The
EPA must first gather public comments and then publish final rules." (the middle of its reporter Jeff Brady's quoted
words) is read as a quotation's later sentence and no longer stands beside CNN's narration, a point the review
accepts; every other output unchanged.
Since (session 34, REPORT_VERSION 133, a copy of main's store, comparison only: review 22's year, date and dispute
rules): every mark and line unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 3/34, unique 6/147, quotes 0/274, disputes 0/2 (before: shared 3/35, the accepted point lost as
above).
Since (session 38, helper A; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95: summary 0/6, shared 3/34,
unique 6/147, quotes 0/273, disputes 0/2): a transcript's turns are quotes of their speakers, the presenter no one
introduces speaking for the outlet (docs/quotes.md, ANNOTATOR_VERSION 96, fresh store): quotes 0/273 -> 0/376 (The
Daily's 35 -> 138 lines: Adam Liptak's and Aimee Stephens's turns, each theirs; Michael Barbaro's the show's own);
the ruling's summary closes with "Associate Justices Samuel Alito, Clarence Thomas and Brett Kavanaugh dissented."
in place of Liptak's now quoted "Yeah, so there are actually three separate cases, ..."; five of The Daily's unique
items show their speaker (one gives way to Liptak's on religious employers); every mark and other line the same.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
quotes 0/273 -> 0/376 (the podcast's guests' turns, all right), shared 3/34 -> 3/32 and disputes 0/2 -> 0/1: the
Times' podcast reporter is now a guest whose turns are quotes, so his "three separate cases" no longer joins the other
outlets' reports (two three-outlet points now of two outlets) and the 27 and 28 states leave the shared points (they
stay a disputed figure); no new mark (docs/comparison.md names the cost).
Since (session 41, helper B; before = main's fresh store at 35bb6db): a transcript's speaker the show calls its own
(the host's "Adam, you've been covering the Supreme Court for The Times for more than a decade") speaks for the outlet,
as the host does, no guest (`slant_loaded.outlets_own`, docs/model-card-slant.md, session 41; ANNOTATOR_VERSION 128,
a fresh store): the Times' podcast shows its reporter's wording again: the phrase "a huge", the loaded words "huge"
and "stunning" and the sentence "So to get a 6-3 victory from this court on a consequential, stunning, ..." (no
phrase 23 -> 22, no phrase and no loaded span 11 -> 10 of 30; label and score the same); no marks here; every other
line the same.
About 4 minutes.
Since (session 45, helper B; before = main's fresh store at 2addafe): a closing "while" clause that reports what others
say is their own report (docs/quotes.md, "Session 45's speakers and reports"; ANNOTATOR_VERSION 170, a fresh store):
quotes 0/376 -> 0/377 (the Washington Times' "Activist groups say they're fleeing horrific conditions back home, while
Mr. Trump says they're being enticed ..." two reports, the second Trump's); every other mark and line the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "NSA phone records ruled unconstitutional (2013)": ["2iHM4dg0VC0xPMfy", "5O0TMSAuw8UmdZl9", "KnVB8RJFQRQYWgs7",
                                                        "jKrlm46qZmKVtZ49"],
    "July jobs report (2013)": ["DjuImPJVAiuCe2ZD", "qfqcenEcLPcvUPYv", "NzJgNv4TPXxI1Y4x", "CpHPnxbVhRomyBdC"],
    "Modi wins India's election (2014)": ["GMJbV4bIHYwGpinh", "Oa48QKLHvClFHK7K", "ZMSFqhKXFaOWiDDK"],
    "EPA's power plant carbon rule (2014)": ["ATwfI1vwY28TlAvy", "EUOUArjpGKQy34gD", "FqV7AsQg9lSLovua"],
    "Trump's order ending family separation (2018)": ["KaIgOzdFcqPLViON", "XZ60kZmtxEIX0zIW", "l0WCcvuYRs1LJWsx"],
    "Supreme Court: civil rights law covers gay and transgender workers (2020)": [
        "9dMrN9a4FngYwlkb", "L0E7kOlTfa2FPLbp", "L3TOrVceDwKC6xxY"],
}
# 2 near misses (Snowden amnesty talk on the ruling's day; Trump on deporting "with no judges"), 8 others
OTHERS = ["1iXDaeeTKKhyB1vd", "44QRN9lyNTEn4X13", "CY2vgUqBMPHyTRx8", "p5LK9D8bTtfolHK5", "W5DxceUDqB5nkhqR",
          "ohPj9zvNDJIA0FOQ", "Lo4MMwTpdobjsalp", "CO0KAidzIqqTkoip", "N0AohtNVSQOnyuZ4", "Y7KOKxvzEMrKvfaV"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"^Verizon Business Network Services turned over|^.All the major legislative and regulatory proposals|"
                r"^Or states could choose to upgrade|^Those riots still make many Muslims")
# "Only one outlet reports" items another outlet reports too, page furniture, or another story
UNIQUE_WRONG = (r"^A Planet Money report for today|^District Court Judge Richard J\. Leon’s groundbreaking|"
                r"^Judge Leon doubted most of|^Leon says that means the massive collection|"
                r"^But religious riots there in 2002|^The regulations aren't expected to become final|"
                r"^Department of Homeland Security Secretary Kirstjen Nielsen participates|"
                r"^Send a tip to the news team|^From The New York Times, I’m Michael Barbaro|"
                r"^In a major reform by the nation’s largest police force|^More than 200 child welfare groups|"
                r"^Unaccompanied alien children are placed|^In one case, attorneys in Texas said")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "viacom": r"Kirchhoff", "a planet money report": r"Four Reasons",          # Weight Watchers'; a title
    "a federal judge": r"setting up likely appeals|sets up a major",              # narration after the words
    "larry klayman": r"^unreasonable searches", "american citizens": r".",        # the Constitution's; lawyers'
    "government": r"actually stopped an imminent",                                # the judge's words
    "proposed rule": r"put off", "critics": r"Obama and members of his administration",  # a subhead; narration
    "environmental protection agency": r"^Clean Power Plan$",                    # a name
    "barack obama": r"^This beautiful blue ball in space$",                       # a subheading
    'administration\'s "zero tolerance" policy': r".",                            # a policy as speaker
    "jeff sessions": r"^unaccompanied alien children$|^catch and release$",       # a system's name; a phrase
    "michael barbaro": r"gender identity that she believed|impossible to discriminate",  # Liptak's; Gorsuch's
    "right": r".", "people": r"because of sex", "both": r".",                     # a reply "Right,"; the law's
    "trans": r".",                                                                # a chant's word, "Trans lives"
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(200,000|176,000|2\.6%|2\.74%|7\.5 percent|540 million|Two)$"
# what each event's summary must state (the review's reading of the main fact)
MAIN_FACT = {
    "NSA phone records ruled unconstitutional (2013)": r"(?i)judge.{0,200}(unconstitutional|Fourth Amendment|violat)",
    "July jobs report (2013)": r"162,000|162K|to 7\.4|at 7\.4",
    "Modi wins India's election (2014)": r"(?i)Modi.{0,200}(prime minister|victory|win)",
    "EPA's power plant carbon rule (2014)": r"(?i)30 ?(percent|%)|(EPA|Environmental Protection Agency|administration)"
                                            r".{0,120}(propos|unveil|announc|issued)",
    "Trump's order ending family separation (2018)": r"(?i)(signed|signs).{0,80}order",
    "Supreme Court: civil rights law covers gay and transgender workers (2020)":
        r"(?i)(ruled|rules|ruling|decision|protects|covers|grants|extends).{0,150}"
        r"(gay|transgender|sexual orientation|LGBT)",
}
FURNITURE = (r"^Our original post continues:?$|^Further Reading$|^More On This\.\.\.$|\S Read more$|^Quick guide |"
             r"^Send a tip to|^Department of Homeland Security Secretary Kirstjen Nielsen participates|"
             r"Listen · \d+:\d+|^EPA Unveils New Proposal Targeting Greenhouse Gases$|Another tepid jobs report$|"
             r"^From The New York Times, I’m|^(Critics Fault BJP's Candidate|Narendra Modi: Man Of The Masses$|"
             r"Profile: Narendra Modi$|Timeline Of The Riots)")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT)
    raise SystemExit(run_review(__doc__, "review14", EVENTS, OTHERS, marks))
