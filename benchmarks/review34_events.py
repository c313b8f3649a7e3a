"""The 6 events of review 34: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review34_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review34_events.py --src /old/src  # another version

A fact-checker's review (review 34, 2026-12-05) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2015-2019, outlets of all three leanings, the ids below,
none used by review_allsides.py or review8-33_events.py) of kinds the earlier reviews had little of: Turkey shooting
down a Russian warplane at the Syrian border (a military clash between two states; CBN's is of the day after), Michael
Flynn pleading guilty to lying to the FBI (a guilty plea; CNN's text opens mid-article), the Supreme Court upholding
Trump's travel ban (a final ruling on immigration; the Times' is a short explainer), the Trump-Kim summit in Hanoi
ending without a deal (a summit's failure; the BBC's is an undated roundup of experts), Kirstjen Nielsen resigning as
Homeland Security Secretary (a cabinet resignation; CNN's is an analysis) and ISIS's leader al-Baghdadi killed in a US
raid (a raid killing a terrorist leader; Reuters' is an analysis of the day after), with 10 unrelated articles of the
same days mixed in (4 near misses: Reuters on the Court poised to rule on the ban, the day before; USA Today on the
Court striking down California's law on pregnancy centres, the same day; USA Today on a judge blocking the policy
that makes asylum seekers wait in Mexico, the day of Nielsen's resignation; the Washington Times on the Hanoi summit's
first day, the day before). This runs `manysides.analyze` on those 28 articles, written as one JSON Lines export
with the dataset's outlets and leanings, prints per event story everything a reader sees, marks with "X" what the
review found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and after
(`--load` marks a run saved with `--json` anew). Read against the article texts, it found (main's marks (2addafe,
fresh store), REPORT_VERSION "218", ANNOTATOR_VERSION 166):

* grouping: 12 stories; the six events each one story, the warplane and Baghdadi alone of their kind, the four others
  each joined by an article of the same day or the day before: the pregnancy-centre ruling (another ruling of the
  same Court that day) with the ban, the asylum ruling with Nielsen, the summit's first day with its end, and the
  Tillerson plan (no near miss: White House news of the same day) with Flynn's plea (`manysides why`: 0.24-0.27
  against the bar 0.22, on "trump", "white house", "officials"); Reuters' eve of the ruling and the 5 others stay
  alone;
* titles: all name their event; the warplane's is CNN's reaction headline, "Putin calls plane's downing by Turkey
  'stab in the back'";
* cleaning: furniture left in 5 lines: photo captions (National Review's of Baghdadi's video, CNN's of Barisha, CNS's
  of Nielsen with Trump in 2018, Reuters' combination photo of Pompeo and Tillerson) and the Washington Times' credit
  line ("⦁ David R. Sands reported from Washington ...");
* summaries: all 6 state the event's main fact; but the warplane's second sentence opens "In the day, Russian
  President Vladimir Putin called ..." (NPR's "Later in the day": the connective cut off a time phrase), Flynn's
  third "Immediately after that call, Flynn called Kislyak ..." (a call the summary never told), Nielsen's first is
  CNN's comment ("... the short shelf life of almost everyone who works for an imperious and grudge-bearing
  President") and its third "In another tweet, Trump said ..." (no tweet before it);
* "only one outlet reports" items another outlet reports: 8 of 169: National Review's caption of Baghdadi's April
  video (CNN's too); CNS's tweet naming McAleenan and Reuters' lead, the resignation itself (each paired as a shared
  point); USA Today's Trump vowing to ban Muslims (the Times' campaign statements) and the Times' Sotomayor reading
  her dissent (USA Today's); NPR's NATO meeting (CNN's and CBN's); CNN's and CBN's Russian bombers to fly under
  fighter cover (each the other's);
* shared points pairing different statements: 4 of 65 (the ACLU lawyer's words on the asylum ruling with CNN's comment
  on asylum law; Trump's campaign statement with Sotomayor's dissent quoting it; the ban's list of countries with
  Roberts' reasoning on who named them; the guidelines' six months with the five-year maximum sentence);
* disputes and differing figures: none;
* quotes given to the wrong speaker or words: 35 of 503: another's words (Trump's to the acting DNI Joseph Maguire;
  Flynn's five to his son, Michael Flynn Jr.; Trump's not knowing of Flynn's payments to Ivanka Trump; Moon Jae-in's
  two to Trump; Moon's "historic feat" to the Associated Press; the transition team's denial to "35 diplomats"; Russia's
  "shelling from the ground" to the Washington Post; the attorney's "fully" to "his client"; the filing's words to
  Flynn; Tillerson's reported "moron" to Trump; the chant "lock her up" to Hillary Clinton and to Tim Kaine; the
  sources' hoped-for "inspectors" to Kim; an analyst's inference to "North Koreans"; Schiff's "Gang of Eight" to Trump;
  National Review's "a large number" to "U.S."); narration in the words (Reuters' "opening the way for Turkey",
  "sidestepped Congress", "on Friday"; CNN's "has every political incentive", "he will always, eventually side ...",
  "his preferred, dramatic solution ..." (what Trump "found out"), "Though he wasn't initially considered ..." given
  to CNN; the BBC's "at his press conference"; "Baghdadi said" run on from ISI's); a name cut from a title ("Security
  Kirstjen Nielsen", 3);
* slant evidence of neutral words: 15 of 61 spans (sentences not judged): Islamic State "claimed" attacks (2); "thin"
  benches, a "spontaneous" announcement, a resignation "effective" April 7th (2); a "casual" meeting, an "abrupt" end,
  "seriously ill", a "modest" agreement; "dangerous" aliens (the statute's class), a "striking" dissent (2); a
  "troubled" tenure, an "abrupt" plea.
Main's marks (2addafe, fresh store): summary 0/6, shared 4/65, unique 8/169, quotes 35/503, disputes 0/0, slant
15/61, furniture 5 lines.
Also seen, not counted: CNS's "Border Patrol amazing!" (Trump's tweet) shown as CNS's loaded word, unmarked as quoted;
"the Russian military on Sunday" as a speaker's name; the BBC's expert headings ("Olivia Enos, policy analyst, ...")
as unique items.
Articles showing no phrase 21 of 28, no phrase and no loaded span 7. About 4 minutes under a load of 8 (a fresh
store).
Since (session 45, helper A; before = main's fresh store at 2addafe): "earlier" and "later" opening a time phrase are
no connective to cut; "Immediately after that call, ..." and "In another tweet, ..." point back (docs/comparison.md,
"Neutral summary", review 34; REPORT_VERSION "219"/"220", a copy): summary 0/6 the same (the marks read the main
fact only); the warplane's second sentence reads "Later in the day, Russian President Vladimir Putin called ..." (was
"In the day, ..."), Flynn's summary ends after the plea agreement (no "Immediately after that call, Flynn called
Kislyak ..."), Nielsen's third sentence is CNN's "Donald Trump named Kevin McAleenan, ... as acting replacement for
Nielsen ..." (was "In another tweet, Trump said ..."); every other line the same. Left: Nielsen's summary still opens
with CNN's comment.
Since (session 45, the lead, after the merge; before = the merge's fresh store without it): an "I" clause joined to a
nested report by its own "that" stays the nested speaker's (docs/quotes.md; ANNOTATOR_VERSION 191, a fresh store):
USA Today's "I hope you can let this go." goes back to Trump (Comey testified that Trump told him ... and that "I hope
..."; helper B's rule had given it to Comey, marked since); quotes 35/503 with that mark -> 34/503.
Merged (session 45, helpers A-H and the lead's fix; a fresh store of the merge at 79ef768 against main's fresh store at
2addafe): quotes 35/503 -> 34/503 (Reuters' "on Friday he was dumping his nominee ..." now without the day, helper
B's rule; "A U.S. official" a new, right quote); summary 0/6, shared 4/65, unique 8/169, disputes 0/0, slant 15/61,
furniture 5 lines the same; the summaries read as helper A's paragraph says.
Examined (session 46, helper G; no change): the grouping's four intruders link to their events at 0.232 (Tillerson's
plan), 0.246 (the pregnancy centres), 0.281 (the asylum ruling) and 0.301 (the summit's first day) against the bar
0.22; a background IDF, a loss for pairs of weak embedding cosine or of headlines sharing no word, and a higher bar
each drop one or two of them while splitting events elsewhere and lowering same_event's dev half (docs/grouping.md,
"Unrelated articles of the same days"; scripts/grouping_ideas/s46_intruders.py).
Since (session 46, helper D; before = main's fresh store at 9f83842): a date a shared point's other sentence gives by
its month, a relative clause after a name in a shared point's sentence, "Twitter" beside "tweets", a year that says
which campaign beside "the campaign trail", and a ministry named the other way round are no new details
(docs/comparison.md, "Points only one outlet makes", session 46; REPORT_VERSION "245"/"246", a copy): unique 8/169 ->
4/169 (National Review's caption of the April video, Reuters' lead for "16-month", USA Today's campaign vow and CBN's
"Ministry of Defense" go; items beyond each outlet's eight take their places: National Review's Schiff quotation,
Reuters' Bolton, USA Today's Judge Gregory, CBN's Putin "gangsters"); left: CNS's McAleenan tweet (listed from the
quotation's head for its tail), NPR's NATO meeting, CNN's Rudskoy and the Times' Sotomayor; every other line the same.
Since (session 46, helper C; before = main's fresh store at 9f83842): review 34's neutral words read by sense: a group's
claim of an attack is a claim of responsibility, "thin" of a bench, "abrupt" and "spontaneous" of an event, "modest" of
a thing's scope, "ill" of health, "effective" before a date, "casual" of an occasion, "troubled" of a tenure, and a cue
set off after the subject ("The INA, the plaintiffs said, only allows ...") gives the clause to the speaker
(docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 15/61 -> 2/41 (the 13
marked spans gone, and the 6 sentences that held them, unmarked; CNN's Nielsen analysis shows its "As he seeks to manage
the immigration crisis, ... an increasingly impossible job" sentence instead, its "impossible" shown before too; left:
the Times' "a very striking dissent", phrase and word, read as the outlet's grading of a side's statement and kept);
summary 0/6, shared 4/65, unique 8/169, quotes 34/503, disputes 0/0, furniture 5 lines the same; articles with no
phrase 21 -> 23 of 28, with no phrase and no loaded span 7 -> 10.
Since (session 46, helper A; before = main's fresh store at 9f83842): a lead framing the event as a kind of story
gives way to a wording that tells it (docs/comparison.md, "Neutral summary"; REPORT_VERSION "236", a copy): summary
0/6 the same (the marks read the main fact); Nielsen's summary opens with Reuters' "U.S. Homeland Security Secretary
Kirstjen Nielsen, who oversaw ..., resigned on Sunday amid a surge in the number of migrants ..." (was CNN's "The
forced resignation of ... Nielsen is not just the usual story of an administration racked by chaos ..."); and a
reaction headline does not title its story (docs/grouping.md, "Titles"; titles are made when a story is built, so
measured by `build_stories` on main's store): the warplane story is titled NPR's "Turkey Says It Shot Down A Russian
Warplane Near Border With Syria" (was CNN's "Putin calls plane's downing by Turkey 'stab in the back'"); every other
line the same. The frame read after an opening phrase too ("For Trump, the vote is a sign that ...", REPORT_VERSION
"238", a copy): every line the same (no wording of these stories frames so).
Since (session 46, helper F; before = main's fresh store at 9f83842): durations in two units of time are compared in
one ("up to six months" is no "five years"), and a quotation that meets another only inside a quotation it quotes
within its speaker's words is another statement (docs/comparison.md, "Durations in two units, a quotation's later
sentence, ..."; REPORT_VERSION "251"-"252", a copy): shared 4/65 -> 2/63 (USA Today's guidelines' six months leaves
CNN's five-year maximum; the Times' campaign statement leaves Sotomayor's dissent quoting it); every other line the
same.
Left: the ban's list of countries beside Roberts' reasoning on who named them (two facts of one subject), and the ACLU
lawyer's words on the asylum ruling, an article of another event grouped with Nielsen's.
Since (session 46, helper B; before = main's fresh store at 9f83842): review 34's wrong speakers and words by cause:
a bare surname is not the relative it introduces ("Flynn's son, Michael Flynn Jr."), a body named in the article is
no part of an office holder's name, a hyphened given name keeps its last part ("Moon Jae-in"), an aside's cue stops
at its closing dash, "for X to say" is no speech, a raised passive's subject speaks, a manner word and the words of a
"while" clause's subject are no one's, a chant named before its noun is its starter's, a participle on a verb of
stance is its subject's, an outlet's closing tag vouches for the speaker before, he after "the President said" is
that role, "but they" after a body's report is the body, a sentence credited at its end quotes its source; reports
without "found out", a person's "has shown", "opening the way", the speaker's own press conference, a second
speaker's report, a "That ..." subject (docs/quotes.md; ANNOTATOR_VERSION 195, a fresh store): quotes 34/503 ->
3/497 (every mark but CNN's "and has every political incentive", Reuters' "sidestepped Congress" and CNN's own "CNN
has reported"; 6 quotes fewer, all marked before: "a large number", "inspectors", ISI's run-on, CNN's "found out" and
"has shown", the BBC's "North Koreans" inference; "fully" now inside the attorney's report of the whole clause); the
new speakers all right (Flynn, Trump, Kirstjen Nielsen, Moon Jae-in, Rex Tillerson, Russia, South Korean officials,
a court filing, the Trump transition team, "the President"; "Gang of Eight" now Schiff's); CNS's "Nielsen" now
"Kirstjen M. Nielsen"; every other mark the same (Flynn's summary gains a third sentence, the Washington Times'
"Donald Trump praised Putin's move on Twitter, writing ...").
Since (session 46, helper E; before = main's fresh store at 9f83842): a caption goes whole over a credit handed on
"via" an agency (in brackets, or after its stop), over "(Photo by ...)", over an agency's credit of several
photographers and, one present-tense sentence dated inside, over "(AP Photo/...)"; colleagues' credits with initials,
a list's "⦁" or the wire-copy note go (docs/inputs.md, cleaning (9); ANNOTATOR_VERSION 204, a fresh store): furniture
5 -> 0 lines; unique 8/169 -> 7/169 (National Review's caption of Baghdadi's video, marked, is gone; CNN's, CNS's,
Reuters', National Review's and the Washington Times' sentences take the places); shared 4/65 -> 4/64 (the caption's
pair with CNN's "In April, a video ... showed a man purporting to be Baghdadi" is gone); quotes 34/503, slant 15/61,
summary 0/6, disputes 0/0 the same (slant scores of the articles that lost a line move by 0.01-0.05).
Merged (session 46's merge, the code of its last commit; fresh store against main's at 9f83842): shared 4/65 -> 2/62,
unique 8/169 -> 4/169, quotes 34/503 -> 3/497, slant 15/61 -> 2/41, furniture 5 -> 0 lines; summary 0/6 and disputes
0/0 the same. No review's mark rose (reviews 12-35, fresh stores).
Since (session 47, helper C; before = main's fresh store at 71d1fa9): "striking" of a change, a statement or a ruling
that breaks with what came before or with what was expected ("a striking reversal", "a very striking dissent" read
at length from the bench) tells how far it stands out, a comparison that grades neither the justice nor a side
(docs/model-card-slant.md, "Session 47, helper C"; ANNOTATOR_VERSION 221, a fresh store): slant 2/41 -> 0/39 (the
Times' "striking", phrase and word, gone; its sentence, unmarked, still shown; session 46 had kept it as the outlet's
emphasis, the review's finding stands); every other line the same.
Since (session 47, helper D; before = main's fresh store at 71d1fa9): a quotation's later sentence whose head is a
shared point's is listed from its own start (docs/comparison.md, "Session 47, helper D"; REPORT_VERSION "262", a
copy): unique 4/169 -> 3/169: CNS's tweet is listed from its tail, 'I have confidence that Kevin will do a great
job!"' — Donald Trump (was from the shared "I am pleased to announce that Kevin McAleenan ..."), and National
Review's Trump statement from "A brutal killer, ..." (its head, "Last night was a great night ...", CNN's too);
left: NPR's NATO meeting (0.42 from CBN's and CNN's), CNN's Rudskoy and the Times' Sotomayor; every other line the
same (REPORT_VERSION "263" changes nothing here).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

WARPLANE = "Turkey shoots down a Russian warplane at the Syrian border (2015)"
FLYNN = "Michael Flynn pleads guilty to lying to the FBI (2017)"
TRAVEL = "The Supreme Court upholds Trump's travel ban (2018)"
HANOI = "The Trump-Kim summit in Hanoi ends without a deal (2019)"
NIELSEN = "Kirstjen Nielsen resigns as Homeland Security Secretary (2019)"
BAGHDADI = "ISIS leader al-Baghdadi killed in a US raid (2019)"
EVENTS = {
    WARPLANE: ["VqXpaUV9kp66ZVHL", "zc4wRHka0ze0E08W", "hZkmwSGJKndFSrkj"],
    FLYNN: ["B8y4g0T301GAmu1v", "XACULsZZexIlKVGC", "lba9RvgLat68oZxw"],
    TRAVEL: ["6qv4t0uKJUxuanZO", "ROaqsQqbmgus8EYW", "j23mSRGCVJ0Ytz6k"],
    HANOI: ["D7IDpK754A0mARNM", "jA8zq56n9h6KwDGp", "Qc4PSdkOgDCvYTbj"],
    NIELSEN: ["ZkwQgMjfAL9TkLrX", "AaH3Zmz0UiFXl406", "3fSJ9j1aSZIJ5xg9"],
    BAGHDADI: ["eKaHLsRcFxOplogq", "pTgQjpamyuG6XxVE", "EAF3Cx8VblX9mTST"],
}
# 3 near misses (Reuters on the Supreme Court poised to rule on the travel ban, the day before; USA Today on a judge
# blocking the policy that makes asylum seekers wait in Mexico, the day of Nielsen's resignation; the Washington
# Times on the Hanoi summit's first day, the day before), 7 others (one of them, USA Today on the Court striking down
# California's pregnancy-centre law the day of the ban's ruling, a near miss too)
OTHERS = ["kNcwXlAUrcriLAKj", "iw2F0xlbAO531YJV", "GuIkYt00b6tsKoZ1",
          "huEbEtn4enG5yWbQ", "ngmmSPsbsmiH3O1u", "ljutm7gF2NKRP8Q2", "eEWOgVBBan65R5mn", "PPjESkXfBHuZAWoL",
          "iKXLjspdj1KMvWK8", "dkIqzxdz65zL0RQF"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: the ACLU lawyer's words on the asylum ruling (the near miss) beside CNN's own comment on asylum law; Trump's
# campaign statement (the Times') beside Sotomayor's dissent quoting it (USA Today's); the list of the ban's countries
# beside Roberts' reasoning that they were named by Congress or earlier administrations; the guidelines' six months
# beside CNN's five-year maximum sentence
SHARED_WRONG = (r'^"Try as it may, the Trump administration|^“Donald J\. Trump is calling for a total|'
                r"^The current ban is imposed to varying degrees|"
                r"^In a written plea agreement, prosecutors said Flynn likely faces up to six months")
# "Only one outlet reports" items another outlet reports too: National Review's caption of the April video of
# Baghdadi (CNN's "In April, a video ... showed a man purporting to be Baghdadi", paired as a shared point); Trump's
# tweet naming McAleenan (Reuters', paired) and Reuters' lead, Nielsen's resignation (the event, paired with CNN's);
# USA Today's Trump vowing to ban Muslims in the campaign and on Twitter (the Times' "tweets and statements on the
# campaign trail"); the Times' Sotomayor speaking her dissent in the courtroom (USA Today's "read excerpts from the
# bench", paired); NPR's NATO meeting (CNN's and CBN's, paired); CNN's Russian strikes to go under cover of fighters
# and CBN's bombing raids to be escorted by fighter jets (each the other's)
UNIQUE_WRONG = (r"^A man believed to be Abu Bakr al-Baghdadi in a screen grab|^\"I am pleased to announce that Kevin|"
                r"^U\.S\. Homeland Security Secretary Kirstjen Nielsen, who oversaw|"
                r"^The president vowed to ban Muslims during the 2016|"
                r"^The majority opinion gave rise to a very striking dissent|"
                r"^NATO officials held an extraordinary meeting|"
                r"^Future Russia airstrikes|^Russia.s Ministry of Defense condemned the attack and announced three")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "joseph maguire": r"last moments|crying, whimpering",    # Trump's ("He said the leader, ...": the President)
    "u.s.": r"^a large number",                               # National Review's narration of Trump's count
    "trump": r"^Gang of Eight$",                              # Schiff's complaint (not notifying the Gang of Eight)
    "islamic state of iraq": r"Baghdadi said",                # runs on into what Baghdadi said
    "donald trump": (r"opening the way|has every political incentive|^he will always, eventually|"  # narration
                     r"^his preferred, dramatic solution|sidestepped Congress|^on Friday he was dumping|"
                     r"^I believe this is part of a process|^My administration will closely|"  # Moon Jae-in's
                     r"at his press conference|^moron$"),     # the BBC's narration; Tillerson's reported word
    "security kirstjen nielsen": r".",                        # the name taken with the tail of her title
    "kim jong-un": r"^inspectors$",                           # the word the sources hope Kim will say
    "associated press": r"historic feat",                     # Moon's, by South Korean officials
    "north koreans": r"increasing desperation",               # the analyst's inference about them
    "michael flynn jr.": r"coerced|faith in God|My guilty plea|refrain from escalating|ousted by Obama",  # his father's
    "hillary clinton": r"^lock her up$",                      # the chant against her
    "tim kaine": r"^lock her up$",                            # the convention's chant, asked about
    "35 diplomats": r".",                                     # the transition team's denial (the diplomats expelled)
    "ivanka trump": r"hadn't known",                          # her father's
    "his client": r"^fully$",                                 # Flynn's attorney's
    "michael flynn": r"^(senior official of the Presidential Transition Team|to discuss what, if anything)",  # filing's
    "cnn": r"initially considered",                           # CNN's own narration, no report
    "washington post": r"shelling from the ground",           # Russia's, reported by the Post
    "comey": r"^I hope you can let this go",                 # Trump's, told to Comey (his testimony)
}
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    WARPLANE: r"(?i)\b(shot|shoot|shooting|downed|downing)\b[^.]*\b(plane|jet|warplane|fighter|Su-24)\b|"
              r"\b(plane|jet|warplane|fighter)\b[^.]*\b(shot down|downed)\b",
    FLYNN: r"(?i)\bFlynn\b[^.]*\b(plead\w*|pled|guilty)\b|\bguilty\b[^.]*\bFlynn\b",
    TRAVEL: r"(?i)\b(Supreme Court|justices|court|majority)\b[^.]*\b(upheld|upholds?|uphold\w*)\b[^.]*"
            r"\b(ban|proclamation|sanctions)\b",
    HANOI: r"(?i)\b(summit|talks|meeting)\b[^.]*\b(ended|ends|collaps\w*|broke down|without (a|any) deal|no deal|"
           r"cut short|failure)\b",
    NIELSEN: r"(?i)\bNielsen\b[^.]*\b(resign\w*|out|ouster|leaving|depart\w*)\b|\b(resign\w*|ouster)\b[^.]*\bNielsen\b",
    BAGHDADI: r"(?i)\bBaghdadi\b[^.]*\b(dead|killed|killing|died|dies|death)\b|"
              r"\b(killed|killing|death)\b[^.]*\bBaghdadi\b",
}
# slant evidence of neutral words: Islamic State "claimed" attacks (a claim of responsibility); "thin" personnel
# benches, an "apparently spontaneous" announcement, a resignation "effective" April 7th; a "casual" first meeting,
# the "abrupt" end, a student sent home "seriously ill", a more "modest" agreement; "dangerous" aliens (the statute's
# class, in the plaintiffs' argument), a "very striking" dissent (remarkable); a "troubled" tenure, an "abrupt" plea
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[BAGHDADI] = r"^(?i:claimed)$"
SLANT_WRONG[NIELSEN] = r"^(?i:thin|spontaneous|effective)$"
SLANT_WRONG[HANOI] = r"^(?i:casual|abrupt|ill|modest)$"
SLANT_WRONG[TRAVEL] = r"^(?i:dangerous|striking)$"
SLANT_WRONG[FLYNN] = r"^(?i:troubled|abrupt)$"
# furniture left in the text: photo captions (National Review's of Baghdadi, CNN's of Barisha, CNS's of Nielsen,
# Reuters' combination photo of Pompeo and Tillerson) and the Washington Times' credit line
FURNITURE = (r"^A man believed to be Abu Bakr al-Baghdadi in a screen grab|^People look at a destroyed houses near|"
             r"^Department of Homeland Security Secretary Kirstjen Nielsen joined President|"
             r"^A combination photo of Central Intelligence Agency Director|^⦁ David R\. Sands reported from")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review34", EVENTS, OTHERS, marks))
