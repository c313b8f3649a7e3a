"""The 6 events of review 16: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review16_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review16_events.py --src /old/src  # another version

A fact-checker's review (review 16, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2017-2020, the
ids below, none used by review_allsides.py or review8-15_events.py) of kinds the earlier reviews had
little of: Macron's win in France (an election abroad), Northern California's wine-country wildfires
(a natural disaster other than a storm; two of its pieces are on the counties' warnings and the
governor's veto), the judge's ruling for Harvard's admissions (a court ruling on a university), the
study of Americans' rising midlife deaths (a health report), the market rout that halted trading
(a market event) and the police killing of Rayshard Brooks in Atlanta (policing, over four days),
with 10 unrelated articles of the same weeks mixed in (2 near misses: AP on the oil market's
meltdown the day of the rout, Reuters on a House panel's hurricane and wildfire aid). This runs
`manysides.analyze` on those 32 articles, written as one JSON Lines export with the dataset's
outlets and leanings, prints per event story everything a reader sees, marks with "X" what the
review found wrong, and counts the marks per story ("review marks"), so a fix can be checked before
and after. Read against the article texts, it found (marks of the code at commit a2fe9f8, origin/main):

* grouping: 3 of 6 stories hold exactly their articles (Macron's, Harvard's, the study's); the wildfires
  split in three (Fox with Reuters; the veto's piece and the warnings' piece, follow-ups, each alone), the
  officers' charges (TheBlaze, four days on) stand alone from Brooks' killing, and AP's near miss on the oil
  market joins the rout's story (its summary is AP's); the other near miss and the 8 others stay alone;
* cleaning: 41 removals in the event articles, all furniture; furniture left: the Chronicle's video playlist
  (41 lines of "<clip's title> San Francisco Chronicle|KTVU|KSBW|Associated Press ...") and its writers'
  "... are San Francisco Chronicle staff writers. Email: ... Twitter: ...", the East Bay Times' "Related
  Articles <headline>" with three more headlines and a fifth run into the next paragraph, and its "Receive
  our ... alerts ... in your inbox. Sign Up", the Guardian's video ("Play Video 3:08 Who is ... – video"),
  Vice's "Cover: <photo caption>" (an "only Vice" item), USA Today's "... delivered right to your inbox.
  Sign up here", two links ("Taxes 2020:7 common filing mistakes ...") and "Contributing The Associated
  Press", CBN's "READ Why Trading Curbs Kicked in ...", NBC's "Full coverage of George Floyd's death ...",
  and the Monitor's opening three paragraphs, a preview repeated later in its text (a quote given twice to
  Matthew Johnson, a unique item listed twice);
* "only one outlet reports" items another outlet reports, or furniture: 13 of 147 (the turnout, the
  structures destroyed (2,000 and 1,500), the Orange County fire (2), the caption, and 7 that are a shared
  point's own sentence or another outlet's fact: Reuters' lede, the overdose rates, the fired officer (3),
  the Dow's and the S&P's moves, the 546 US cases);
* shared points pairing different statements: 9 of 56 (why Macron won with his support being a rebuke to
  Trump; the tweet's last sentence and a quote's last sentence as points of their own (2); Asian Americans'
  rising admissions with a 2013 report's 43%; mortality rising at 25-64 with falling below 25 and over 64;
  Shields stepping down with her successor; the S&P's 16.5% since its record with the Dow's midday 6.2%;
  the world's, Italy's and the US's virus cases; a strategist's "buying opportunity" with investors'
  change of view);
* disputes and differing figures: 11 of 11 not genuine: the rout's figures read at different moments of
  the day (the Dow's 7.8% at the close against 4.9% at midday, and its points; Brent's 24.1% against
  "nearly 19%"; the 10-year yield "briefly dipping to 0.318%" against "plunged to 0.59%"; "the market
  plunged seven percent" against the S&P "down 5.8%" by midday), Brent's "around $50 last week" against
  $34.36 Monday, the S&P's 16.5% since its record against the Dow's 6.2%, and "one officer" (the one
  Brooks pointed the Taser at) against "two officers" he struggled with;
* quotes given to the wrong speaker or words: 14 of 345: Reason's narration to Joy Ann Reid and to
  "simplistic populists", CNN's to Macron, Macron's complaint to Hollande, "Fox 11 Los Angeles" cut to "Los
  Angeles", "KTVU Fox 2" in Ruby Gibney's words, the judge's words to Matthew Johnson (3), the plaintiffs'
  group's 20,000 members to Harvard, a theory as speaker, the Monitor's narration to Ethan, USA Today's lede
  to the Georgia Bureau of Investigation, TheBlaze's narration to "The officers";
* summaries without the event's main fact: 1 of 6 (the rout's: AP's oil prices, never the stocks or the
  halt); one article's story has no summary, and is not checked;
* slant evidence of neutral words: "hot" (hot, dry weather; "a hot day"; "hot button"), "worst" (a
  ranking: "the worst midlife mortality rate", a market's worst day), "deadly" (fires, "deadly force"),
  "admit" (a university admits students, read as a judgement verb), "fake" (the "fake ... jobs" of an
  inquiry), "wrong" (a debate that "had gone wrong"), "impossible" (experts' view, reported).
Since (session 27): cleaning takes a video playlist, the outlet's caption of its own clip, a paragraph repeated
farther on (the later copy), labelled image captions, a name over a photo's source, a link list's heading run
into its first headline with its headlines, the video player, the writers' contact line and the links, prompts
and credit above: removals in the event articles 41 -> 93, furniture lines left 44 -> 3 (the headline run into
the East Bay Times' paragraph, USA Today's two links); with the playlist gone the East Bay Times' piece joins
Fox's and Reuters' wildfire story (the Chronicle's stays alone); figures: a market's readings at two moments of
its day, and "one" picked out after a preposition: disputes and differing figures 11/11 -> 1/1 (Reuters' 17
killed against the East Bay Times' "killing two people" of a 2015 fire it names the sentence before); summaries
1/6 -> 0/6 (the rout's now opens "The Dow fell more than 2,000 points Monday, triggering a halt on trading");
unique 13/147 -> 12/154 (the caption gone, the Monitor's item listed once; the East Bay Times' 8 added), quotes
14/345 -> 14/344, shared 9/56 -> 9/56.
Since (session 28): a figure of a quantity another outlet of its shared point reads at another moment is no detail
(Politico's midday Dow); a rule that also dropped sentences beginning inside a quotation (the Washington Times' "At
this moment there are 546 confirmed cases", the fourth sentence of Trump's quoted tweet) was taken out, as it cost
43 items judged the outlets' own on benchmarks/unique_items.py for 4 judged elsewhere. See the merged figures below.
Since (session 28): quotes 14/344 -> 8/338 (a picture's scene, an object and its infinitive, a clause ending on a
preposition or its cue's "as" are no report; the station's name cut off Ruby Gibney's words; "Fox 11 Los Angeles" whole;
a quoted word of a theory's name no quote; left: Hollande, Matthew Johnson (3), Harvard, Ethan, the GBI, CNN's Macron).
Since (session 28): shared points: the rest of a quotation another point opens is no point of its own (the tweet's
and Woolf's last sentences), a rise beside a fall (mortality rising at 25-64 / falling below 25 and over 64), a move
since an earlier moment beside the day's (the S&P's 16.5% since its record) and a quotation's last words beside a
sentence quoting no one (the strategist's "buying opportunity") are told apart: shared 9/56 -> 4/51 (left: why Macron
won / the rebuke to Trump, Asian Americans' admissions / the 2013 report's 43%, Shields stepping down / her successor,
the world's and Italy's virus cases); figures: a sentence pointing back ("That fire burned ..., killing two people")
takes the earlier year the sentence before names: disputes and differing figures 1/2 -> 0/1 (left: the toll
read on two days, genuine); the rout's and the study's summaries no longer
give the 16.5% and the falling mortality; unique, quotes, summaries' marks unchanged.
Since (session 28): cleaning takes the two leftovers, the list's last headline run into the East Bay Times' paragraph
("One year later: ... Camp Fire The author of the measure ...": the headline goes, the paragraph stays) and USA
Today's two links ("Taxes 2020:7 common filing mistakes ...", "What tax deductions ... Here are 9 overlooked ones").
Since (session 28): slant evidence (marked "slant", as review 15's: every shown phrase, loaded word or verb and
sentence, by its words): the weather's "hot" and a "hot button", a superlative ranking a measured quantity or a span
of time against a record, a fire's "deadly" and "deadly force", "fake" naming a counterfeit thing, "gone wrong", what
a cause "made ... impossible", a school admitting applicants, and a report the parse split in two (the experts'
"impossible") are no loaded wording of the outlet: slant 18/79 -> 0/54 (articles showing no phrase 19 -> 26 of 32, no phrase and no loaded span 8 -> 13); quotes 14/344 -> 14/344 (two reported clauses now
run to their end: the experts' and Noah Lowry's), the other marks unchanged.
Session 28 merged (main 149b1c7, one run): summaries 0/6, shared 4/51, unique 11/154, quotes 8/338, disputes 0/1,
slant 0/54.
Since (session 29): one named place's figure is not the world's: CBN's Italy sentence leaves Politico's point of the
world's cases, and stands with the Washington Times' 546 (a tweet's US cases, naming no place), still marked: every
mark unchanged.
Since (session 29): quotes 8/338 -> 4/338 (the judge's three quotes are Allison Burroughs', "the group" is Students
for Fair Admission; left: Hollande, Ethan, the GBI, CNN's Macron); an "only one outlet reports" item inside a
quotation prints its speaker (the Washington Times' "At this moment there are 546 confirmed cases ..." — Trump);
unique 11/154 -> 11/153 (Reuters' "North of San Francisco, the fires ..." item, whose only detail was the name
"North", no longer listed: no entity ends on "of" now); every other mark unchanged.
Merged (session 29, one run): summary 0/6, shared 4/51, unique 11/153, quotes 4/346, disputes 0/1, slant 0/52.
Since (session 30): the quote stage closes a quotation at "’’" (USA Today's and Vice's quotations of Woolf and
Crimmins): quotes 4/346 -> 4/354 (none marked); review 18-19's slant rules: slant 0/52 -> 0/43 (articles showing no
phrase 27 -> 28 of 32, no phrase and no loaded span 14 -> 15); the other marks unchanged.
Since (session 31, ANNOTATOR_VERSION 55): "affirmative action" is a policy's name, no loaded wording (three Harvard
pieces listed it, unmarked): slant 0/43 -> 0/36 (the three words and four sentences shown for them; no phrase and no
loaded span 15 -> 17 of 32); the other marks unchanged (main af95b50's store before, a fresh store after).
Merged (session 31, with the other helpers' rules, one run): summary 0/6, shared 4/51, unique 11/153, quotes 4/355,
disputes 0/1, slant 0/36.
Merged (session 32, with every helper's rules, fresh store, one run): shared 4/51, unique 10/152, quotes 4/355,
disputes 0/1, slant 0/36, summary 0/6.
Since (session 33, REPORT_VERSION 124): every output line unchanged (a copy of main's store). The ten unique marks
left have no general cause found (docs/comparison.md, session 33): Reuters' officer sentences listed for a year or a
name no other outlet gives, figures other outlets read at other moments, a tagger's "Turnout", Reason's rates.
Since (session 33, a copy of main's store, comparison only: review 13's twin-lead rule): every mark unchanged; the
Brooks summary opens with "The Atlanta police chief stepped down Saturday in the wake of the death of a 27-year-old
Black man who was shot by an officer ..." instead of "Protesters shut down a major highway in Atlanta ...".
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 4/50, unique
10/152, quotes 4/355, disputes 0/1, slant 0/34.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): a quotation's later sentence
is not another outlet's narration: shared 4/50 -> 3/49 (the Washington Times' quoted "At this moment there are 546
confirmed cases of CoronaVirus, with 22 deaths." no longer beside CBN's Italy figures); every other output unchanged.
Since (session 34, REPORT_VERSION 133, a copy of main's store, comparison only: review 22's year, date and dispute
rules): every mark and line unchanged.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): slant 0/34 -> 0/31 (CNN's and Reason's "enthusiastic", how keen someone is, and the sentence it
had put among CNN's evidence); every other mark identical.
Since (session 34, helper A; a copy of main's store, comparison only, REPORT_VERSION 128): a summary sentence opening
with a bare surname is written with the person's full name: "Rayshard Brooks, 27, died after ...", "Emmanuel Macron,
39, a former economy minister ..."; every mark unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 3/49, unique 10/152, quotes 4/355, disputes 0/1, slant 0/31 (before: shared 4/50, slant 0/34).
Since (session 38, helper D; before = main's fresh store at d2066a0, REPORT_VERSION "147", the compare stage rerun on
a copy): the writer's own opinion (a "must" in the main clause) beside a plain report is two statements
(REPORT_VERSION 150; docs/comparison.md): shared 3/49 -> 3/48: Reason's "Macron must now commit to the kind of
economic reforms that ..." no longer stands with Reuters' "Macron plans to tackle a decade of slow growth ... by
overhauling France's labor market ..." (an unmarked point the review accepted; by reading the writer's demand beside
Macron's plans, two statements); every other line the same.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 3/49 -> 3/48 (Reason's "Macron must now commit ..." no longer one point with Reuters' account of his plans);
every other mark as at main (d2066a0).
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): a quotation's
short sentences are listed from where it opens (REPORT_VERSION "171"): unique 10/152 -> 10/152, USA Today's Sarhan
quotation listed whole ('"Demand is slowing. ... They're not going on vacations," says Adam Sarhan, ...'), not its
tail; every other line the same.
Since (session 42, helper D; before = main's fresh store at 9fcad13; a copy, the compare stage rerun): two quotations
of one speaker sharing less than half their words are two statements, below cosine 0.80 and with no run of three
words alike (docs/comparison.md; REPORT_VERSION "180"-"181"): shared 3/48 -> 3/47 (an unmarked point gone: CNN's
Burroughs on race-conscious admissions' "important place in society" and the Washington Times' "... will always
penalize to some extent the groups ...," two passages of her opinion); every other line the same.
About 5-18 minutes (18 on a machine shared by many runs).
Since (session 46, helper C; before = main's fresh store at 9f83842): "troubled" of a tenure or a term tells that it
had troubles (docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 0/27 ->
0/26 (the Guardian's "His troubled five-year term left France still struggling with a sluggish economy", the word,
gone, unmarked; Hollande's record unpopularity is told beside it); every other line the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Macron wins France's presidency (2017)": ["kNBBuZTAXpieU7uc", "Z5Qd38ABvqrgUVln", "rPSp82q1hx3lRYVY",
                                               "V0kGXHPo4uXJyoBL"],
    "Wildfires in California's wine country (2017)": ["QYlEFL7lNttUokiN", "0piexxceRMZxSluq", "tJXUkiiaYjsi0TK0",
                                                      "RcgAZqsbwbPYugwE"],
    "Judge upholds Harvard's admissions (2019)": ["uxwP2ZIHwYWVoEVd", "Uaq59DSEYnWFWeR8", "Ph9ji6VcnZKWxSUh"],
    "Study: midlife deaths rise in the US (2019)": ["3yB1J6Pi0zhw87Mq", "3nYlwO6eE27g9Rhk", "ARvAQqn7vnjiMD4Y"],
    "Stocks plunge, trading halted (2020)": ["2gsZtK882rvecfcW", "QnrRUqW9BdrmNpbF", "R1VYa7rsBr8gIdnb",
                                             "YNHihNFAAxZaJUYB"],
    "Police killing of Rayshard Brooks (2020)": ["5Xb3NZy1XBy3TR4G", "MT8haNXq6WUMiYFI", "unyuIszTFWKfpBv8",
                                                 "Pc7Oa3k9eyXwWrqn"],
}
# 2 near misses (the oil market's meltdown; the House panel's disaster aid), 8 others
OTHERS = ["AbOqbr6PV5YG80wJ", "IRSPPpZXoc1iy1vG", "dXkHd6aApfV30hyR", "QVR3PW4s0LaVLPGQ", "GiDUOzWEA2xDPE1Y",
          "QlPoW1YdTEDLXdZR", "wlzey65z5UgYywFs", "Mrjh6JNgNzTqJ4Xx", "cEbE9PItDWlqgQXE", "2B9COheuwALAMe0x"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"^In fact, Macron's enthusiastic support for the EU|^I look very much forward to working with him|"
                r"^The percentage of Asian American students accepted|^The report showed mortality rates among those younger|"
                r"^And if we don’t, we’re literally going to pay|^Bottoms said Shields, a white woman appointed|"
                r"^Including Monday’s drop, the S&P 500 has now lost|^Nine thousand cases of the coronavirus|"
                r"^At this moment there are 546 confirmed cases|^Once there’s a clearer vision on when this virus")
# "Only one outlet reports" items another outlet reports too (a shared point's own wording among them), or furniture
UNIQUE_WRONG = (r"^Turnout was the lowest in more than 40 years|^California Department of Forestry and Fire Protection Chief|"
                r"^Fast-moving wildfires raging across Northern California|^The blaze scorched 6,000 acres|"
                r"^In Southern California, the so-called Canyon Fire 2|^Between 1999 and 2017, the mid-life drug overdose|"
                r"^Cover: |^The police department has fired the officer|^The Atlanta officer fired after Friday|"
                r"^The officer placed on administrative duty is|^The Dow Jones Industrial Average lost 1,255|"
                r"^The Standard & Poor’s 500 fell 225\.81|^At this moment there are 546")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "joy ann reid": r"not a win for Barack Obama",                               # Reason's narration
    "simplistic populists": r".",                                                # "commenters like Reid"
    "emmanuel macron": r"understood the stakes",                                 # CNN's narration
    "françois hollande": r"pro-business reforms were not going far enough",      # Macron's complaint
    "los angeles": r".",                                                         # "Fox 11 Los Angeles"
    "ruby gibney": r"^KTVU",                                                     # the station she told
    "matthew johnson": r"^The students who are admitted|^They will have the opportunity|important place in society",
    "harvard": r"20,000 members",                                                # the plaintiffs' group
    "professor sander’s contested “mismatch” theory": r".",                      # a theory and its name
    "ethan": r"understands the frustrations",                                    # the Monitor's narration
    "georgia bureau of investigation": r"police chief stepped down",            # USA Today's lede
    "officers": r"legal limit",                                                  # TheBlaze's narration
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = (r"^(around \$50|\$34\.36|7\.8%|4\.9%|0\.318%|0\.59%|24\.1%|nearly 19%|16\.5%|6\.2%|seven percent|5\.8%|"
                 r"2,013\.76 points|more than 1,800 points|one|two)$")
# what each event's summary must state (the review's reading of the main fact)
MAIN_FACT = {
    "Macron wins France's presidency (2017)": r"(?i)Macron.{0,200}(won|wins|win|defeat|victory|elected|took \d+ ?(%|percent))",
    "Wildfires in California's wine country (2017)": r"(?i)(fire|blaze).{0,200}(killed|dead|death|missing|destroy)|(killed|dead|missing).{0,120}(fire|blaze)",
    "Judge upholds Harvard's admissions (2019)": r"(?i)(judge|court|ruled|ruling).{0,200}(Harvard|admissions)",
    "Study: midlife deaths rise in the US (2019)": r"(?i)(death|dying|mortality|life expectancy).{0,200}"
                                                 r"(ris|increas|fell|declin|middle|midlife|25|64)",
    "Stocks plunge, trading halted (2020)": r"(?i)(stocks?|Dow|S&P|Wall Street|the market)\b.{0,150}(halt|circuit breaker|"
                                            r"plung|drop|fell|fall|sell-?off|tumbl|lost)",
    "Police killing of Rayshard Brooks (2020)": r"(?i)(Brooks).{0,200}(shot|killed|killing|death|died)",
}
# slant evidence of neutral words (each shown phrase, loaded word, verb and sentence, by its words): the weather's
# temperature, a ranking of a measured quantity, a fire's or the law's "deadly", a university admitting students, the
# inquiry's "fake" jobs, a debate "gone wrong", experts' reported view (and the sentence shown for it)
SLANT_WRONG = {
    "Macron wins France's presidency (2017)": r"^(fake|wrong|impossible)$",
    "Wildfires in California's wine country (2017)": r"^(hot|deadly|impossible|impossible to)$|"
                                                     r"^Some experts say the flames spread",
    "Judge upholds Harvard's admissions (2019)": r"^(admit|hot)$",
    "Study: midlife deaths rise in the US (2019)": r"^worst$",
    "Stocks plunge, trading halted (2020)": r"^(worst|hot)$",
    "Police killing of Rayshard Brooks (2020)": r"^deadly$",
}
FURNITURE = (r"^Play Video \d|(San Francisco Chronicle|KTVU|KSBW|KCRA|Storyful)$|^MediaOS Video$|staff writers\. Email:|"
             r"^Related Articles |^Stanley the giraffe|^Bay Area rainfall:|^East Bay city will seek|^One year later: Catching|"
             r"in your inbox\. Sign Up$|^Cover: |delivered right to your inbox|^Taxes 2020:|^What tax deductions and credits|"
             r"^Contributing The Associated Press$|^READ Why Trading Curbs|^Full coverage of|^Devin Patrick Kelley\. Daily Mail$|"
             r"^CBN Reporter .* talks with")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review16", EVENTS, OTHERS, marks))
