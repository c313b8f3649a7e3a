"""The 6 events of review 21: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review21_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review21_events.py --src /old/src  # another version

A fact-checker's review (review 21, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-5 articles each, 2012-2018, the ids below, none used by
review_allsides.py or review8-20_events.py) of kinds the earlier reviews had little of: October 2012's jobs report (a
monthly economic figure; NPR's is a live blog, CNN's second piece five points on the report), Bolsonaro's win in
Brazil (a foreign election; the Times' text is a video's transcript, Reuters' is on Trump and Bolsonaro the day
after, Fox's has no date), the House hearing of the acting IRS chief (a hearing with testimony), the NBA's ban of
Donald Sterling (a sports controversy; the Monitor's is on Obama's answer to the remarks, CNN's a column),
Trump's withdrawal from the Paris climate deal (an environmental decision; Fox's is a column written before it, the
Washington Times' Pence the day after, the Monitor's the states' answer) and Comcast's deal for Time Warner Cable (a
merger; no center outlet in the dataset covers it: 3 left, 1 right), with 10 unrelated articles of the same weeks
mixed in (2 near misses: Fox on Pence and the travel ban the day he spoke on the Paris deal, Newsmax on Rubio and the
IRS the day before the hearing). This runs `manysides.analyze` on those 34 articles, written as one JSON Lines export
with the dataset's outlets and leanings, prints per event story everything a reader sees, marks with "X" what the
review found wrong, and counts the marks per story ("review marks"), so a fix can be checked before and after
(`--load` marks a run saved with `--json` anew). Read against the article texts, it found (marks of the code at
commit ad9cef4, origin/main):

* grouping: Reuters' piece on Trump and Bolsonaro (the day after) stands apart from the election's story, and so
  does CNN's column on Sterling; both near misses and the 8 others stay alone;
* cleaning: 63 removals in the event stories' articles, all furniture; furniture left in 11 lines: Politico's video
  still saved as an HTML attribute ('poster="http://v.politico.com/images/...jpg"', its words then given to Trump as
  a quote), CNN's dateline with its tag and no dash ("Sao Paulo, Brazil (CNN) Jubilant ...") and three photo
  captions ("Supporters of ... celebrate in front of his house in Rio de Janeiro on October 28.", "Jair Bolsonaro
  waves after voting ... on October 28."), Reuters' caption ("..., in Sao Paulo, Brazil October 28, 2018.") and its
  refile note ("(This story was refiled to fix a typo in paragraph 13)"), CNN's gallery link ("Obama's economy View
  photos A look at ..."), NPR's notes on its live blog ("We'll have more from the report ... Hit your refresh
  button ...", "We'll update this post ...", "Our original post (from 7 a.m. ET). "Jobless Rate Likely ..."");
* "only one outlet reports" items another outlet reports, a fragment, or furniture: 6 of 165: a sentence of Pence's
  quotation without him, the second halves of two analysts' quotations, the 12.3 million unemployed (Fox gives it),
  two list items of CNN's five points cut from their heads ("3% next year if we're lucky (see below).");
* shared points pairing different statements: 9 of 38 (the Monitor's "Trump was right to withdraw" (Pyle's view)
  with the withdrawal; Free Press' "should be unthinkable" with the Times' "would seem like a nonstarter"; Levin
  citing Shulman with Levin wanting to know why; six of the jobs story's 17: September's fall with October's rise,
  the highest rate of any incumbent with Romney's "higher than when Obama took office", the report's two surveys
  with Fox's lead, the private sector's 184,000 with all employers' 171,000, Romney on the jobs' quality with his 9
  million, the unemployed down 1.5 million in a year with 12.3 million unemployed);
* disputes and differing figures: 2 of 3 not genuine: the 171,000 jobs against the 125,000 forecast, Romney's 9
  million short against his 12 million pledge;
* quotes given to the wrong speaker or words: 22 of 401: a slogan ("Ele Não") and a fragment of narration ("his
  militaristic") as speakers, the crowd's chant to "Pink Floyd co", Fox's narration to the electoral tribunal, CNN's
  "Brazil's TV Globo reported" inside Bolsonaro's words, Bolsonaro's vow to Trump (Reuters), Politico's poster
  address and narration to Trump, May's words to "her government", Pyle's to Trump (the Monitor), Obama as
  "comments from Obama", Kelly's words to "The public gallery", the Democrats' point and Reed's words to
  "Republican", Levin as "Democrat", Keith Hall (a former chief) as the Bureau of Labor Statistics, the critics'
  claim to "September's report", economists' view to "the dramatic drop", NPR's subhead "Obama Hails Growth" as a
  speaker, Obama's words to "private employers", the economists' forecast to "The last major economic report", Fox's
  narration to "The October report";
* summaries without the event's main fact, or with a sentence that cannot stand in it: 4 of 6 (Bolsonaro's opens
  "In a victory speech Sunday, Bolsonaro said he was a "defender of freedom" ..." and never says he won: the
  leads stating the win, CNN's and Fox's first sentences, were outnumbered by leads the Times' transcript made of
  later sentences; the Paris summary opens with Fox's column, "In a move that only hastens America's retreat from
  global political and economic leadership, it is now apparent that President Trump will withdraw ..."; the IRS
  summary closes "Miller said Friday he was the one who promoted her ...", never naming her; the jobs summary
  closes with a list item, "-- So, the ranks of the unemployed grew by about 170,000.");
* slant evidence of neutral words: 13 of 96 spans: a "huge" problem, an "avid" supporter (twice), the "worst"
  downturn in decades (a rank), a "highly unusual" moment; the inspector general's "unnecessary" information,
  Lerner's admission that the agency was "wrong", Miller's claim to be "honest"; "wealthy" people; "favorite" shows
  (word and phrase); a head "cold" (word and phrase).
Also seen, not counted: Pyle's view listed with the Monitor's US Climate Alliance in no error; "reject s" (a broken
word in Politico's text); the Sterling story's summary is the Monitor's, on Obama's answer (HotAir alone gives the
ban); the jobs summary's "Romney underscores that it's not the quantity, but the quality of those jobs, ..." (a
campaign's argument from CNN's analysis, "those jobs" pointing back).
Since (session 32): cleaning takes a live entry's stamp inside a paragraph, an HTML attribute opening a paragraph
and the headline glued to the standfirst after it, dated present-tense captions, an agency's caption with its place
and date and no comma and its refile note, a live blog's notes on its post and its original post's label, a
gallery's "View photos" link, an agency's tag after a place without a dash, a list's double hyphens: removals in the
event stories 63 -> 73 (all furniture; Reuters' credit now goes with its caption), furniture lines 11 -> 1 (CNN's
"... celebrate in Rio de Janeiro on Sunday.": the caption rule takes a day of the month, not a weekday; the full run
was made before the rule was narrowed, its 74 and 0 recounted by cleaning the article), quotes 22/401 -> 21/410 (the
poster's address gone); summaries: leads two outlets' first sentences state go first where no widest lead holds one,
a lead judging the act after plainer ones, a man and a woman by pronouns with one person named points back: summary
4/6 -> 0/6 (Bolsonaro's opens "Jubilant supporters of Brazil's president-elect Jair Bolsonaro ... was declared the
winner ...", the Paris summary with Politico's "President Donald Trump announced Thursday that he will pull out
...", the IRS summary closes with CNN's "Miller, who appointed Ingram to the position, ...", the jobs summary with
"The rate rose in October because more people began seeking work ..."); shared 9/38 -> 9/39, unique 6/165 -> 6/172,
disputes 2/3 and slant 13/96 -> 13/98 otherwise unchanged; but the Pence near miss now joins the Paris story (its 5
articles; the cleaned Politico text changes the grouping), a grouping fault this change brings.
Merged (session 32, with every helper's rules, fresh store, one run): shared 9/38, unique 3/169, quotes 21/411,
disputes 2/3, slant 11/96, summary 0/6. The Pence travel-ban near miss joins the Paris
story (the only text change: Politico's markup and glued headline taken by cleaning).
Since (session 33, REPORT_VERSION 124): a figure the dispute stage groups with another outlet's is no new figure:
Fox's "With 96 percent of ballots counted, Bolsonaro had 55.5 percent of the votes." (not marked) is no longer
listed, and Brazil's summary now gives it as its second sentence; every mark unchanged (a copy of main's store).
Since (session 33, ANNOTATOR_VERSION 70, fresh store): slant 11/96 -> 0/80: what someone
likes or owns ("avid", "favorite", "wealthy"), a "huge" problem (its size), "a head cold" (the illness), and a clause
a finding ("the IRS watchdog found that ..."), an owned speech noun ("Her comments that the agency was wrong ...") or
a speech verb past a parenthetical ("claimed -- over and over -- he was being honest") reports are no loaded wording;
Fox's "controversial travel ban" (a disputed matter) goes too, and Fox's Bolsonaro sentence on "warnings that the
brash former army captain ..." is now its slant sentence ("brash" stays: whose warnings the sentence does not say);
the other marks identical (shared 9/38, unique 3/169, quotes 21/411, disputes 2/3, summary 0/6).
Since (session 33, a copy of main's store, the compare stage rerun): disputes: a "better-than-expected" figure is the
actual one, and a gap between two amounts ("9 million jobs short of", "9 million fewer jobs than") is compared only
with gaps: disputes 2/3 -> 0/1 (left: the Bolsonaro story's 94% of votes counted against 46 percent, unmarked);
shared points (REPORT_VERSION 122): a small move in a phrase ("inched up", "dipping"), a sector's figure beside the
whole's, a change by an amount beside a level, and no figures of two units alike: shared 9/38 -> 8/38 (the unemployed
"shrunk by 1.5 million" apart from "12.3 million people remain unemployed"; Fox's September fall leaves the October
point but stands with the Washington Times' sentence naming both moves; the private sector's 184,000 leaves all
employers' 171,000 and stands with NPR's "In February, private payrolls rose by 254,000 jobs"). Left: NPR's two
surveys beside Fox's lead (the same 171,000 and 7.9 percent), Romney on the jobs' quality beside his 9 million, the
Monitor's "Trump was right to withdraw ..., he says." (no quote found), Free Press' call beside the Times'
"nonstarter", Levin's two statements, Romney's "Unemployment is higher today ..." beside the Washington Times'
"highest unemployment rate of any incumbent" (a rule for a person's quoted words beside narration split it, and
pairs the reviews accept: measured, not shipped; docs/comparison.md).
Since (session 33, ANNOTATOR_VERSION 67, fresh store): quotes 21/411 -> 9/411 (Keith Hall, Roger Waters, Reed,
Levin, Kelly, Pyle (2: his view and his words), Bolsonaro's vow, the Democrats' point, Obama for "Obama Hails
Growth", "the dramatic drop" gone, TV Globo's tag and Politico's narration cut from the reports; left: "Ele Não",
"his militaristic", the electoral tribunal, "her government", "comments from Obama", "The October report",
"September's report", "private employers", "The last major economic report"); but summary 0/6 -> 1/6 and shared
9/38 -> 9/39: the Paris story's shared points move with its quotes and its summary opens with Fox's column ("In a
move that only hastens ...", docs/quotes.md); every other mark unchanged.
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 8/39, unique
3/169, quotes 9/411, disputes 0/1, slant 0/80.
The speaker rules (ANNOTATOR_VERSION 67) joined Politico's lead to the point of Fox's column, and the Paris summary
opened with the column's "In a move that only hastens ..." (1/6 on the merged code before REPORT_VERSION 125); a
point is now said in a wording that does not judge the act (`summary._plain_wording`).
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): a figure of another month than
the article's or the one before is not this one's: shared 8/39 -> 7/38 (NPR's "In February, private payrolls rose by
254,000 jobs." no longer beside CNN's 184,000); the jobs summary gains "The rate rose in October because more people
began seeking work ..." (summary 0/6); every other output unchanged.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every line identical (shared 8/39, unique 3/169, quotes 9/411, disputes 0/1, slant 0/80, summary 0/6).
Since (session 34, helper B; fresh store, ANNOTATOR_VERSION 75; before = main's store /tmp/s34me/r21.db): review
22's speaker rules (docs/quotes.md, "Review 22's speakers"): no line changed: quotes 9/411 -> 9/411 (a first form of
"a cue that tags a direct quote reports nothing else" lost Ms. Shierholz's inverted report before her tagged quote;
fixed and tested); summary 0/6, shared 8/39, unique 3/169, disputes 0/1, slant 0/80 unchanged.
Since (session 34, helper G, review 23's speaker rules, ANNOTATOR_VERSION 81, fresh store): quotes 9/411 -> 9/410
(Politico's "officials would not say whether Trump believes that human activity contributes ..." is a question, no
longer Trump's report); all else unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 7/38, unique 3/169, quotes 9/410, disputes 0/1, slant 0/80 (before: shared 8/39, quotes 9/411).
Since (session 36, helper A; fresh store, ANNOTATOR_VERSION 82 and REPORT_VERSION 139; before = main's fresh store
at 3111dd5): review 24's cleaning takes the Times' lone "Photo" (2) and "Video" lines in the
Paris story: removals in the event stories 73 -> 76; review 24's summary rules change no summary; every mark unchanged
(summary 0/6, shared 7/38, unique 3/169, quotes 9/410, disputes 0/1, slant 0/80).
Since (session 36, helper B; before = main's fresh store at 3111dd5; after = ANNOTATOR_VERSION 84, a fresh store):
"who" after a thing "from" a named person is that person (docs/quotes.md, "The reviews' left-over speakers"): quotes
9/410 -> 8/410 (the Monitor's "spurred comments from Obama, who said ..." is Obama's report, the voice "comments
from Obama" gone); unmarked: CNN's "providing a “forward-looking systemic view”" in "The official said Lew asked
Werfel to report ..." is now Lew's (his request's words), no longer the official's (a named asker's infinitive is
the asker's); summary 0/6, shared 7/38, unique 3/169, disputes 0/1, slant 0/80 unchanged.
Since (session 36, helper D; before = main's fresh store at 3111dd5, ANNOTATOR_VERSION 81): a plain "insist" is no
judgement verb: slant 0/80 -> 0/74 (USA TODAY's and Politico's "insisted that politics did not motivate ..." /
"insisted that the practice of flagging ...": each verb and the sentence it carried; HotAir's "A man who insists he's
not racist": phrase and verb); a demand's "be" keeps Politico's "had insisted those targets be non binding"; shared
7/38, unique 3/169, quotes 9/410, disputes 0/1, summary 0/6 unchanged (ANNOTATOR_VERSION 86, fresh store). Review 20
(fresh store): every figure and span identical ("Roberts insisted that the Administrative Procedure Act be followed"
kept).
Since (session 37, helper D; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86; after = ANNOTATOR_VERSION
91, a fresh store): the left-over speakers (docs/quotes.md, "Session 37's left-over speakers"): quotes 8/410 -> 3/410
(the Times' "cured feminist" now Sara Winter's, met by name, and "fascist" the aside's "some"; NPR's "more workers in
October ..." Obama's, no longer "private employers"' who "added" them, the forecast the economists', CNN's claim of
manipulation the "Republican supporters"' the outcry came from); left: the electoral tribunal's declaration, "her
government", "The October report"; a sourcing span for CNN's claim (reported speech, "Republican-identified"), its
label unchanged; summary 0/6, shared 7/38, unique 3/169, disputes 0/1, slant 0/74 unchanged.
Since (session 37, helper A; before = main's fresh store at 33b86f0, ANNOTATOR_VERSION 86): review 24's speaker rules
(ANNOTATOR_VERSION 87, fresh store): quotes 8/410 -> 8/411, the one more the Monitor's "Mr. Trump has said that the US
will no longer take steps to meet, during his administration" (a verb with its own clause right after it is no
inverted tag, so the clause after "said" is the report; right, unmarked); every other figure and line unchanged.
Merged (session 37, helpers A-F and the lead: a fresh store at e5a5024): quotes 8/410 -> 3/411 (helper D's five and
helper A's added correct report of Trump together), every other mark the same (shared 7/38, unique 3/169, disputes
0/1, slant 0/74, summary 0/6).
Since (session 38, helper E; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): a subheading is marked as
a heading and is no sentence of the comparison (docs/inputs.md, "Headings"; ANNOTATOR_VERSION 100, fresh store):
shared 7/38 -> 7/36: NPR's live-page headings "Romney Says Economy Is "At A Virtual Standstill":" (paired with CNN's
Romney statement) and "Households Report Even Stronger Job Growth:" (with the Washington Times' household survey) are
no longer points, and Romney's statement is one point of three outlets (Fox, CNN, NPR) instead of two; every other
mark and line the same (summary 0/6, unique 3/169, quotes 3/411, disputes 0/1, slant 0/74).
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 7/38 -> 7/36 (NPR's two subheadings no longer points; Romney's statement one point of three outlets); every
other mark as at main (d2066a0).
Since (session 39, helper G; before = main's fresh store at 8b66248, ANNOTATOR_VERSION 103; after = a fresh store,
ANNOTATOR_VERSION 111): a thing or a person being welcome, said after a linking verb, is how others take it
(docs/model-card-slant.md, "Session 39, helper G"): HotAir's "To watch him go from not being welcome at Clippers games
to occupying the owner's box ..." no longer shows "welcome" as a phrase and a loaded word (unmarked): slant 0/74 ->
0/72, articles showing no phrase 22 -> 23 of 34; every other line the same.
About 5-15 minutes (15 on a machine shared by many runs).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 7/36
-> 7/39 (Politico's and the Monitor's $3 billion pledged, the 17,000 construction jobs, the 10 percent peak of October
2009: each one fact, unmarked); every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "October's jobs report: 7.9% (2012)": ["MmzmCh1pHAADyhrQ", "ls6xVhKXGgup7wCB", "LhyuVhvyMihCDHhT",
                                          "OeQNcLX2KZnNzG33", "IKknHNth8ec2fopL"],
    "Bolsonaro wins Brazil's presidency (2018)": ["szHIZpqsZK9UBun0", "t4p1MYEvNgyLlYxT", "lpPEXdGo6rs8Fr7Q",
                                                  "Pjne3d4PtRN65Ckt"],
    "The IRS chief questioned at the House hearing (2013)": ["MhX8RuLgEsQ6tRYm", "OSx4u2MCSKkT2GO1",
                                                             "zoE9vU20nzYCD25f", "8ZxnZfTHX9N5Lrst"],
    "The NBA bans Donald Sterling (2014)": ["ifukM18BI2v0DaPz", "otM7GKttEQw7mfIf", "DUA8ADVG8JBuxSlN"],
    "Trump withdraws from the Paris climate deal (2017)": ["rr8ZhnSLaOCfvaYO", "pNTtAAalU3m0Mrjy",
                                                          "qZ28iO8PP0vE8yUU", "pj9tCN8USv1uNQyp"],
    "Comcast agrees to buy Time Warner Cable (2014)": ["xsCkwcGgIMcoD79a", "ot6wNuxxLLhWNNJ1", "M6yewwHCsDMohINi",
                                                       "ZxLEH5qbUWimoyBj"],
}
# 2 near misses (Fox on Pence's confidence in the travel ban's appeal, the day Pence spoke on the Paris deal;
# Newsmax on Rubio's list of conservatives targeted by the IRS the day before the hearing), 8 others
OTHERS = ["9GLHBdxDal081gFl", "7EU6RN4SWGnI3a3k", "1U8ri1z3H3RqALfh", "eY7meSdKxpX0O70H", "6ljNZFEXFusHifBl",
          "Ws6GPEy881KRaD1s", "9tXui591ITB4xFsW", "5GfeywYd2Y8R5hHj", "8hYihg7PAFHBqGzn", "KtoCqOpR5TYwER8h"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing: the Monitor's "Trump was right to withdraw"
# (Pyle's view) beside the withdrawal, Free Press' call ("should be unthinkable") beside the Times' "would seem like a
# nonstarter", Levin citing Shulman beside Levin wanting to know why, September's fall beside October's rise, the
# highest rate of any incumbent beside "higher than when Obama took office", the report's two surveys beside Fox's
# lead, the private sector's 184,000 beside all employers' 171,000, Romney on the jobs' quality beside his 9 million,
# the unemployed shrinking by 1.5 million in a year beside 12.3 million unemployed
SHARED_WRONG = (r"^Trump was right to withdraw|^On the face of it, the merger|^The panel's top Democrat, Rep\. Sandy "
                r"Levin|^The prior September jobs report|^Still, President Obama will face voters|^One is based on a "
                r"survey of employers|^The job gains were spread|^Romney underscores|^Federal figures show that since")
# "Only one outlet reports" items another outlet reports too, a fragment, or furniture: a sentence of Pence's
# quotation listed without him, the halves of two analysts' quotations, the 12.3 million unemployed (Fox gives it),
# two list items of CNN's analysis cut from their heads
UNIQUE_WRONG = (r"^The president insisted on \$1\.5 billion|^The lion fails to get his prey|^And New York City, the "
                r"system|^Roughly 12\.3 million people remain unemployed|^3% next year if we're lucky|"
                r"^How the president "
                r"and Congress deal")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "ele não": r".",                                      # Sara Winter's words, given to the slogan
    "his militaristic": r".",                             # a fragment of the Times' narration as a speaker
    "pink floyd co": r".",                                # the crowd's chant, to half a name
    "supreme electoral tribunal": r"^anti-establishment congressman",  # Fox's narration
    "jair bolsonaro": r"TV Globo reported",               # CNN's attribution inside his words
    "donald trump": r"^http|^he will pull out of the Paris climate agreement, delivering|^once he takes office|"
                    r"^Many of the adjustments away",     # the poster's address, Politico's narration, Bolsonaro's
                                                          # vow (Reuters), Pyle's words (the Monitor)
    "her government": r".",                               # May's words, to a fragment
    "comments from obama": r".",                          # Obama, with the words before his name
    "public gallery": r".",                               # Kelly's words, to the gallery that cheered them
    "republican": r".",                                   # the Democrats' point, and Reed's words, to "Republican"
    "democrat": r".",                                     # Levin, as "Democrat"
    "bureau of labor statistics": r"^we're still talking nine",   # Keith Hall (a former chief) on Fox
    "september's report": r".",                           # the critics' claim
    "dramatic drop": r".",                                # most economists' view
    "obama hails growth": r".",                           # NPR's subhead as a speaker
    "last major economic report": r".",                   # the economists' forecast
    "october report": r".",                               # Fox's narration
    "private employers": r".",                            # Obama's words about them
}
# disputes and differing figures the review found not genuine: the 171,000 jobs against the 125,000 forecast, Romney's
# 9 million short against his 12 million pledge
DISPUTE_WRONG = r"^(125,000|9 million|12 million)$"
MAIN_FACT = {
    # ... and no list item cut from its list ("-- So, the ranks of the unemployed grew ...")
    "October's jobs report: 7.9% (2012)":
        r"(?i)^(?!.*-- So, )(?=.*\b(7\.9|171,000)\b)",
    # a victory speech is no word that he won: the summary must say he won, was elected or declared the winner
    "Bolsonaro wins Brazil's presidency (2018)":
        r"(?i)\bBolsonaro\b.{0,200}\b(won|wins|elected|elects|winner|president-elect)\b|"
        r"\b(elected|elects|president-elect|won|wins)\b.{0,200}\bBolsonaro\b",
    # ... and no "her" whom the summary never named ("Miller said Friday he was the one who promoted her")
    "The IRS chief questioned at the House hearing (2013)":
        r"(?i)^(?!.*promoted her)(?=.*(?:\b(Miller|IRS)\b.{0,250}\b(hearing|testif\w+|lawmakers|committee|panel|"
        r"questioning|grill\w*)\b|\b(hearing|lawmakers|committee|panel)\b.{0,250}\b(Miller|IRS)\b))",
    # the controversy (his recorded remarks) or the league's ban
    "The NBA bans Donald Sterling (2014)":
        r"(?i)\b(banned|bans|ban|lifetime|fined|fine)\b.{0,200}\b(Sterling|Clippers owner)\b|"
        r"\b(Sterling|Clippers owner)\b.{0,200}\b(banned|ban|fined|recording|remarks|comments|tape)\b|"
        r"\b(recording|remarks|comments|tape)\b.{0,200}\b(Sterling|Clippers owner)\b",
    # the withdrawal, in words that are no column's judgement of it ("In a move that only hastens America's retreat")
    "Trump withdraws from the Paris climate deal (2017)":
        r"(?i)^(?!.*only hastens)(?:.*\b(withdraw\w*|pull\w* out|pullout|exit\w*)\b.{0,200}\b(Paris|climate)\b|"
        r".*\b(Paris|climate)\b.{0,200}\b(withdraw\w*|pull\w* out|pullout|exit\w*)\b)",
    "Comcast agrees to buy Time Warner Cable (2014)":
        r"(?i)\bComcast\b.{0,200}\b(Time Warner|Time-Warner)\b|\b(Time Warner|Time-Warner)\b.{0,200}\bComcast\b",
}
# slant evidence of neutral words: a "huge" problem, an "avid" supporter, the "worst" downturn in decades (a rank), a
# "highly unusual" moment; "unnecessary" information (the inspector general's finding), the agency "wrong" to flag
# (Lerner's admission), "honest" (Miller's claim); "wealthy" people; "favorite" shows; a head "cold"
SLANT_WRONG = {
    "Bolsonaro wins Brazil's presidency (2018)": r"^(?i:huge|avid|worst|unusual)$",
    "The IRS chief questioned at the House hearing (2013)": r"^(?i:unnecessary|wrong|honest)$",
    "The NBA bans Donald Sterling (2014)": r"^(?i:wealthy)$",
    "Comcast agrees to buy Time Warner Cable (2014)": r"^(?i:favorite)$",
    "October's jobs report: 7.9% (2012)": r"^(?i:cold)$",
    "Trump withdraws from the Paris climate deal (2017)": r"(?!)",
}
# furniture left in the text: Politico's video still (an HTML attribute), CNN's dateline without a dash, CNN's photo
# captions and gallery link, Reuters' caption and refile note, NPR's notes on its post and its original post's label
FURNITURE = (r"^poster=\"|^Sao Paulo, Brazil \(CNN\)|^Supporters of far-right presidential candidate Jair Bolsonaro "
             r"celebrate|^Jair Bolsonaro "
             r"waves after voting|^Supporters of Jair Bolsonaro, far-right lawmaker|^\(This story was refiled|"
             r"View photos A look at|^We'll have more from the report|^We'll update this post|^Our original post \(")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review21", EVENTS, OTHERS, marks))
