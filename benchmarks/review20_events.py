"""The 6 events of review 20: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review20_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review20_events.py --src /old/src  # another version

A fact-checker's review (review 20, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2013-2020, the ids below, none
used by review_allsides.py or review8-19_events.py) of kinds the earlier reviews had little of: Typhoon Haiyan in the
Philippines (a disaster abroad; HotAir's piece is a post on the climate debate), a Dallas nurse catching Ebola (a
health story; CNN's is an analysis, the New York Times' text opens mid-article), Doug Jones' win in Alabama's Senate
race (a state election; USA Today's are takeaways, CNN's an analysis with a map), Amber Guyger's murder conviction
(a police trial's verdict; NPR's is the sentence a day later, the New Republic's a piece on the police union),
the Supreme Court blocking the end of DACA (an immigration ruling; AP's is Trump's answer the day after, USA Today's
on Roberts) and Google barring ZeroHedge from its ads (a tech company story; Reason's is a rebuttal of NBC's, Real
Clear Politics' a column five days later), with 10 unrelated articles of the same weeks mixed in (2 near misses: the
Washington Times on Democrats asking to shelve the tax bill after the Alabama loss, CNN on Ebola screenings starting
at JFK the day before the nurse's case). This runs `manysides.analyze` on those 31 articles, written as one JSON
Lines export with the dataset's outlets and leanings, prints per event story everything a reader sees, marks with
"X" what the review found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and
after (`--load` marks a run saved with `--json` anew). Read against the article texts, it found (marks of the code
at commit af95b50, origin/main):

* grouping: the Washington Times' near miss joins the Alabama story (its call to shelve the tax bill paired with USA
  Today's sentence on the bill, which the summary then says); the New Republic's piece on Guyger stands apart from
  the verdict's story; Real Clear Politics' column stands apart from Google's (a column on Big Tech, not wrong); CNN's
  JFK piece and the 8 others stay alone;
* cleaning: 60 removals in the event stories' articles, all furniture; furniture left in 5 lines: USA Today's linked
  headline under a quoted label ("'We won':DACA recipients overwhelmed by ..."), CNN's note on its author ("James A.
  Barnes is a member of the CNN Decision Desk ...") and its map's words ("... county map results ... Source: CNN
  Politics"), the Times' photo caption with its credit ("Image Debra Buccellato, ... Credit... Jason Henry for The New
  York Times"), NPR's live-blog time inside a paragraph ("4:30 p.m. ET: U.S. Marine Corp says ...");
* "only one outlet reports" items another outlet reports, a fragment, or furniture: 9 of 147: DACA's start under Obama
  (CNN gives it), Cruz's and Fauci's words cut from their quotations, the verdict's embedded post (NPR gives the
  conviction), CNN's author note and map, a CNN sentence cut in two at "GOP." (the text's own stop), the Times'
  caption;
* shared points pairing different statements: 5 of 41 (Trump's "We want to be in the Supreme Court on DACA" with
  his tweet and USA Today's linked headline; CNN's trends with Trump's tweet; Democrats' call to shelve the tax bill
  with Republicans racing to pass it; four different sentences of the Ebola case; the contacts monitored with the
  health workers visited);
* disputes and differing figures: 1 of 1 not genuine: the 48 health workers watched in Dallas against the 50
  treating the nurse in Spain;
* quotes given to the wrong speaker or words: 11 of 356: the Hawley bill's words to "any voices", Newsmax's
  narration to Frieden, officials' "breach in protocol" to "A health care worker", USA Today's narration to Rawlings
  and Rawlings' words to Duncan (who had died), "Face the Nation" (the show) to Frieden, the wires' words (3) to
  Aquino, the sites' words NBC cited (2) to NBC News;
* summaries without the event's main fact: 1 of 6 (the Ebola story opens "The CDC confirmed Sunday afternoon that
  the woman had tested positive for Ebola ...", never saying who she was; a point pairing Newsmax's lead with the
  Times' "Dr. Frieden said that everyone who had treated Mr. Duncan ...", said in the Times' words, counted as
  holding the lead);
* slant evidence of neutral words: 13 of 75 spans: a "deadly" virus and storm, workers "ill", "hazardous" waste,
  "unique" characteristics, "unusual" numbers and an "unusual" request.
Also seen, not counted: "Phillippines" (CNN's misspelling) listed as a detail no other outlet gives; a stray space
before a stop in AP's "5-4 vote Thursday ."; the summary of the Alabama story says the near miss's tax bill.
Since (session 31): cleaning takes the Times' photo caption with its credit, a map's words closed by their source,
a link under a quoted label and the note on the author: removals in the event stories 60 -> 65, furniture lines left
5 -> 1 (NPR's time inside a paragraph), unique 9/147 -> 6/144 (the caption, CNN's note and map gone); a sentence
naming someone only as "the woman", or by a pronoun with nobody before it, points back, and a lead is held only in
its own words: the Ebola summary opens with CNN's lead "The nurse in Texas seemed to have taken all the precautions
needed to protect herself from Ebola." (summary 1/6 unchanged: it does not say she caught it; Newsmax's lead is
passed over for its "deadly"); shared 5/41, quotes 11/356 -> 11/355, disputes 1/1 and slant 13/75 unchanged.
Merged (session 31, with the other helpers' rules and a merge fix: "deadly" of an infection is stated, so the
Ebola summary opens with Newsmax's lead, which says a health care worker caught the virus; one run): summary 0/6,
shared 5/41, unique 6/144, quotes 11/353, disputes 1/1, slant 11/72.
Then (session 31, ANNOTATOR_VERSION 56): "fallen ill" and "hazardous waste" are stated: slant 11/72 -> 7/68 (Newsmax's
and CNN's "ill", Newsmax's "hazardous"); every other mark unchanged (a fresh store).
Then (ANNOTATOR_VERSION 57): "deadly" of a storm's landfalls and of an event is stated: slant 7/68 -> 4/65 (CNN's
"six deadly landfalls", word and phrase, and HotAir's "very deadly event"); every other mark unchanged (a fresh store).
Since (session 32, ANNOTATOR_VERSION 64): "unique" and "unusual" say how common a thing is, as "rare": slant 4/65 ->
0/61 (CNN's "unique" (its "unique characteristics" sentence still shown, for "controversial"), USA Today's "unusual"
numbers, NPR's "unusual" request); summary 0/6, shared 5/41, unique 6/144, quotes 11/353, disputes 1/1 unchanged
(a fresh store: `review20_events.py --db NEW`).
Since (session 32, REPORT_VERSION 118): "only one outlet reports": a sentence opening inside a quotation is listed
from the sentence the quotation opens in (at most two sentences back), an embedded post's signature is no detail (and a name the tagger ran into a
link is the name alone): unique 6/144 -> 3/143 (Cruz's and Fauci's quotations whole, the verdict's post gone); every
other mark unchanged (a copy of main's store). Left: DACA's start under Obama (CNN says it in other words) and CNN's
sentence cut at "GOP." (the text's own stray stop, which the annotation's splitter follows).
Grouping, read with `manysides why` on the store (session 32; docs/grouping.md): the Washington Times' near miss
scores 0.39-0.42 against the three Alabama reports (0.47-0.51 among them, the bar 0.22): a follow-up of the same
day in the story's own names, which nothing in the pair tells from a report of it; the New Republic's piece has
content 0.34 and 0.32 against the verdict's two reports, less 0.20 and 0.10 for the days between (a mean of 0.18
under the bar), split by day as review 19's Las Vegas story; joining it takes a `day_penalty` of 0.07 or less,
while `--tune`'s grid (0, 0.05, 0.10) picks 0.10 on same_event's dev half. No change was made.
Since (session 32, REPORT_VERSION 114): words the quote finder gives to two groups named by two sides (parties,
nations, faiths) are not one point (USA Today's "several Republican senators hinting they may not vote" / the
Washington Times' "Senate Democrats demanded ... that Republicans shelve"), and a figure in an aside on another place
("A nurse in Spain who also treated an Ebola patient also caught the virus. She is ... being treated by 50 health
care workers", in an article of Texas) is not disputed against an article that names that place only in passing
(USA Today's "as Spanish officials did in a case last week"), and a
hypothetical ("But if someone with symptoms of Ebola shows up at any other hospital, ... might not be ready") is not
one point with a plain statement: shared 5/41 -> 4/40 (the Ebola point keeps USA Today's Frieden, its mark),
disputes 1/1 -> 0/0; the Alabama summary no longer says the near miss's tax bill (it opens with Fox's lead and goes
on with the GOP's majority cut to 51); every other mark unchanged (before: main's code, a store of it; after: this
change on a copy of that store).
Since (session 32, ANNOTATOR_VERSION 58, REPORT_VERSION 110; a fresh store): cleaning takes a live entry's stamp
inside a paragraph ("... relief efforts. 4:30 p.m. ET: U.S. Marine Corp says ...": "4:30 p.m. ET:", "12:30 p.m. ET:",
"10:30 a.m. ET." go, the entries' words stay) and a place with an agency's tag and no dash ("Washington (CNN)"):
removals in the event stories 65 -> 69, furniture lines left 1 -> 0; but HotAir's post on the climate debate now
stands apart from the Typhoon story (NPR's text lost its three stamps and nothing else; the stamps removed in place
or with the paragraph split, alike), so unique 6/144 -> 6/137 (HotAir's items no longer listed); summaries, shared
5/41, quotes 11/353, disputes 1/1 and slant 4/65 unchanged.
Since (session 32, ANNOTATOR_VERSION 60): quotes 11/353 -> 2/351: NPR's three paragraphs of CNN's copy are CNN's
("According to CNN:" is no heading), "Face the Nation" dropped (a title after "program"), the sites' words NBC cited
are Zero Hedge's and the Federalist's (a writing's participle), the bill's "selective enforcement of policies" is
no longer given to "any voices" (a partial quote in a supposed deed; "maintain a neutral platform" is no cue) and the
"breach in protocol" no longer the worker's (the deed of the officials "sending" sets going: no speaker), "Now that
group will be closely monitored ..., he said" is Rawlings' (the paragraph's speaker goes on); left, read as the
outlets' tagged reports, not narration: Newsmax's "The hospital worker ..., said Dr. Tom Frieden" and USA Today's
"For the next seven hours, ..., he said" (after Rawlings' quotes). Shared 5/41 -> 5/42 (NPR's quotation of CNN
now pairs with CNN's own sentence on Magina Fernandez, which the Haiyan summary now adds); every other mark
unchanged (before: the lead's store of main, /tmp/s32me/r20.db; after: a fresh store).
Merged (session 32, with every helper's rules, fresh store, one run): shared 4/41, unique 3/136, quotes 2/351,
disputes 0/0, slant 0/61, summary 0/6. HotAir's post on the climate debate stands apart
from the Typhoon story (the only text change there: NPR's live-blog stamps taken by cleaning).
Since (session 33, ANNOTATOR_VERSION 70, fresh store): slant 0/61 -> 0/60 ("edgy or controversial content", a
disputed matter, is no loaded wording; USA Today's and CNN's "controversial" of Moore, a person, stay); the other marks
identical.
Since (session 33, helper F, ANNOTATOR_VERSION 71, fresh stores of ea2349f and of the change): slant 0/60 -> 0/58
(the AP's "Congressional Democrats, meanwhile, appeared satisfied to let the court's decision stand": a feeling
said of someone, and the sentence it had put among the evidence); every other mark identical.
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 4/41, unique
3/136, quotes 2/351, disputes 0/0, slant 0/58.
Unmarked, found on the way: the first form of the tagged-clause speaker rule (ANNOTATOR_VERSION 67) gave CNN's
"David Cameron announced Monday night that ..., he said" to Chuck Hagel; ANNOTATOR_VERSION 72 gives it back to Cameron.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): a quotation's later sentence
is not another outlet's narration: shared 4/41 -> 3/41 (CNN's "But the Alabama results also reflect trends ..."
leaves the point of Trump's tweet, which Fox and USA Today still share); every other output unchanged.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): slant 0/58 -> 0/56 (NBC's "an article claiming", a document's claim; CNN's "Doctors couldn't
admit any more wounded victims", a negated verb); every other mark identical.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 3/41, unique 3/136, quotes 2/350, disputes 0/0, slant 0/54 (before: shared 4/41, quotes 2/351,
slant 0/58; helper F's "unilateral" takes one more unmarked span).
Since (session 36, helper A; fresh store, ANNOTATOR_VERSION 82 and REPORT_VERSION 139; before = main's fresh store
at 3111dd5): review 24's cleaning takes two more sign-off credits (CNN's "Paula Hancocks and
Ivan Watson reported from Tacloban; ... Catherine E. Shoichet, ... contributed to this report." and the AP's
"Riechmann reported from Washington. Associated Press reporters ..."): removals in the event stories 69 -> 71; review
24's summary rules change no summary; every mark unchanged (summary 0/6, shared 3/41, unique 3/136, quotes 2/350,
disputes 0/0, slant 0/54); two of the Washington Times' framing terms of equal weight swap places.
Since (session 37, helper E; before = main's fresh store at 33b86f0): cleaning takes a credit without its full stop
(Fox's "Fox News’ Peter Doocy, ... contributed to this report") (ANNOTATOR_VERSION 93, fresh store): removals in the
event stories 71 -> 72 (Fox's slant score +0.58 -> +0.56, its label unchanged); every review mark unchanged.
Since (session 37, helper F; before = helper B's tree, a fresh store, ANNOTATOR_VERSION 89: summary 0/6, shared 3/41,
unique 3/136, quotes 2/350, disputes 0/0, slant 0/54): surprise at an outcome is no loaded wording
(docs/model-card-slant.md, session 37, helper F): slant 0/54 -> 0/52 (the Washington Times' unmarked "stunning" of
"won a stunning victory in a special election" and the sentence it carried); every other line identical
(ANNOTATOR_VERSION 95, fresh store).
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
every line as at main (d2066a0).
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): an outlet's
disclosure of its ties is no item (REPORT_VERSION "171"): unique 3/136 -> 3/136, Reason's "(Disclaimer: I am friends
with Ben Domenech, ...)" unlisted, its place taken by its "The Federalist article in question was this one by John
Daniel Davison, ..."; every other line the same.
About 5-15 minutes (15 on a machine shared by many runs).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 3/41
-> 3/42 (NPR's deaths that "will likely rise to 10,000" / CNN's final toll "as many as 10,000", one fact, unmarked);
every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Typhoon Haiyan strikes the Philippines (2013)": ["TbbDe8ECSNQQgJPr", "weCIkmKEFdp1HtAs", "8IWTg3miU6auqKNn"],
    "A Dallas nurse catches Ebola (2014)": ["06MNeUhpAQySKVbS", "IwnE4USzWdbofEpJ", "YyGyc0fWX6BtXee0",
                                            "irIXPriKLOPDYuIA"],
    "Doug Jones wins Alabama's Senate race (2017)": ["B3FhThF0QgwoDz8m", "0omrIAB5ZeiAafLG", "BdZlMVCRYpLjzCWJ"],
    "Amber Guyger convicted of murder (2019)": ["6WvH4r9Lomqv3JF1", "AOIjmKUT6XnMAaRk", "Rn9ueGHzDcBSW0Fs"],
    "The Supreme Court blocks the end of DACA (2020)": ["qKg1BwazJV62xxIL", "bXFibEJZCGjvcQkP", "2iMLYVe2u387gf75",
                                                        "yKF0kBpYSmodiY5L"],
    "Google bars ZeroHedge from its ads (2020)": ["jw9fkSS5Ko0T7G6d", "2VVNbdYbg3ASnBYC", "hid5xJhJzYmkVeYb",
                                                  "uQMUTT6SFgxggnUP"],
}
# 2 near misses (the Washington Times on Democrats asking to shelve the tax bill after the Alabama loss; CNN on
# Ebola screenings beginning at JFK the day before the nurse's case), 8 others
OTHERS = ["Av0LZu7hgCWxwzVE", "GSYvSmRGqmjQgrlO", "GqIeShd3dF1JRczr", "De04ax8NNUqxWukq", "0I0gPyfAePgTNrd8",
          "RaXzP5VNlK1Kawkx", "BcTFdfycQYmFqEZa", "jyRLZRUnUBD47k2G", "RrwipSsjI8KcE2uV", "GTuG77NJNdT48m3x"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing: Trump's "We want to be in the Supreme Court on
# DACA" beside his tweet and USA Today's linked headline, CNN's trends beside Trump's tweet, Democrats' call to shelve
# the tax bill beside Republicans racing to pass it, four different sentences of the Ebola case, the contacts
# monitored beside the health workers visited
SHARED_WRONG = (r"^\"We want to be in the Supreme Court on DACA|^'We won':DACA|^But the Alabama results also reflect "
                r"trends|^Republicans are racing to get a massive tax cut|^But if someone with symptoms of Ebola shows "
                r"up|^Frieden called the positive test|^The official who has direct knowledge of the Texas case")
# "Only one outlet reports" items another outlet reports too, a fragment, or furniture: DACA's start under Obama
# (CNN), Cruz's words cut from his quotation, the verdict's embedded post (NPR gives it), CNN's note on its author and
# its map's words, a sentence cut at "GOP." in two, Fauci's words cut from his quotation, the Times' photo caption
UNIQUE_WRONG = (r"^The program was put in place by former President Barack Obama|^It's not supposed to be a game|"
                r"^Amber Guyger is found guilty of murder in the death of Botham Jean https|^James A\. Barnes is a "
                r"member|back when GOP\.$|^Sen\. Richard Shelby was still a Democrat|^2017 Elections: Alabama Senate "
                r"county map|^you can't make an extrapolation|^Image Debra Buccellato")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "any voices": r".",                                                        # the bill's words
    "tom frieden": r"^The hospital worker, a woman who was not identified",    # Newsmax's narration
    "a health care worker": r".",                                              # the officials' words she was asked about
    "mike rawlings": r"^For the next seven hours",                             # USA Today's narration
    "thomas eric duncan": r".",                                                # Rawlings' words (Duncan had died)
    "frieden": r"^Face the Nation$",                                           # the show's name
    "benigno aquino iii": r"^Magina Fernandez|^Tacloban was shattered|^Fishing communities",  # the wires' words
    "nbc news": r"practically a revolutionary operative|left-wing anarchists",  # the sites' words NBC cited
}
# disputes and differing figures the review found not genuine: the 48 health workers watched in Dallas against the 50
# treating the nurse in Spain
DISPUTE_WRONG = r"^(48|50)$"
MAIN_FACT = {
    "Typhoon Haiyan strikes the Philippines (2013)":
        r"(?i)\b(typhoon|Haiyan|storm)\b.{0,200}\b(Philippines|killed|dead|deaths?|toll)\b",
    "A Dallas nurse catches Ebola (2014)":
        r"(?i)\b(nurse|health ?care worker|health worker|healthcare worker)\b.{0,120}\b(tested positive|tests positive|"
        r"contracted|caught|infected|infection|diagnosed)\b|\b(infection|infected)\b.{0,60}\b(nurse|health ?care worker|"
        r"health worker|healthcare worker)\b",
    "Doug Jones wins Alabama's Senate race (2017)":
        r"(?i)\bJones\b.{0,200}\b(won|wins|win|victory|defeated|defeating|beat|upset)\b|"
        r"\b(won|victory|defeated|beat)\b.{0,200}\bMoore\b",
    "Amber Guyger convicted of murder (2019)":
        r"(?i)\bGuyger\b.{0,200}\b(guilty|convicted|sentenced)\b",
    "The Supreme Court blocks the end of DACA (2020)":
        r"(?i)\b(Supreme Court|justices|court)\b.{0,200}\b(DACA|Deferred Action|Dreamers)\b|"
        r"\b(DACA|Dreamers)\b.{0,200}\b(Supreme Court|justices|ruling|ruled)\b",
    "Google bars ZeroHedge from its ads (2020)":
        r"(?i)\bGoogle\b.{0,200}\b(ZeroHedge|Zero Hedge|Federalist)\b|\b(ZeroHedge|Zero Hedge|Federalist)\b.{0,200}\bGoogle\b",
}
# slant evidence of neutral words: a "deadly" virus or storm, workers who have fallen "ill", "hazardous" waste,
# "unique" characteristics, "unusual" numbers and an "unusual" request
SLANT_WRONG = {
    "A Dallas nurse catches Ebola (2014)": r"^(?i:the deadly|deadly|ill|hazardous)$",
    "Typhoon Haiyan strikes the Philippines (2013)": r"^(?i:deadly)$",
    "Doug Jones wins Alabama's Senate race (2017)": r"^(?i:unique|unusual)$",
    "Amber Guyger convicted of murder (2019)": r"^(?i:unusual)$",
    "The Supreme Court blocks the end of DACA (2020)": r"(?!)",
    "Google bars ZeroHedge from its ads (2020)": r"(?!)",
}
# furniture left in the text: USA Today's linked headline under a quoted label, CNN's note on its author and its map's
# words, the Times' photo caption with its credit, NPR's live-blog time inside a paragraph
FURNITURE = (r"^'We won':DACA|^James A\. Barnes is a member|Source: CNN Politics$|^Image Debra Buccellato|"
             r"\b\d{1,2}:\d{2} [ap]\.m\. ET:")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review20", EVENTS, OTHERS, marks))
