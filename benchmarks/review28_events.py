"""The 6 events of review 28: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review28_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review28_events.py --src /old/src  # another version

A fact-checker's review (review 28, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2014-2020, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-27_events.py) of kinds the earlier reviews had little of: Netanyahu
winning Israel's election (an election abroad; the Washington Times' is the White House's answer two days later), the
nurse Kaci Hickox defying Maine's Ebola quarantine (an epidemic's public-health order against one person; IBT's is a
roundup of opinions and strangers' tweets, the Times' text opens mid-article), the protests at the University of
Missouri after its president resigned (a campus controversy; NPR's is on a student photographer blocked, the
Monitor's an essay reaching to Yale), Trump and San Juan's mayor after Hurricane Maria (a hurricane's aftermath at
home, over four days), the national school walkout against gun violence (a student protest; Reason's is a column
written the morning before it) and Twitter labelling Trump's tweets, his threat and his order on social media (a tech
company against a president; AP's is the order's signing the day after), with 10 unrelated articles of the same weeks
mixed in (2 near misses: NPR on how school walkouts test students' rights, the day before; Fox on the Pentagon's
21-day quarantine for troops back from West Africa, the day before Maine's). This runs `manysides.analyze` on those 28
articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story everything
a reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix
can be checked before and after (`--load` marks a run saved with `--json` anew). Read against the article texts, it
found (marks of the code at commit 6edce73, REPORT_VERSION 161, ANNOTATOR_VERSION 113, a fresh store):

* grouping: five events make five stories; the walkout's splits: Reason's column, written before the walkout, joins
  NPR's preview of the day before (the near miss) instead of the Guardian's and Reuters' story; the other near miss
  and the 8 others stay alone;
* cleaning: removals in the event stories' articles all furniture (the Guardian's related links and video player,
  USA Today's "More:" links and byline, AP's repeated caption and "ADVERTISEMENT", NPR's caption controls, Reuters'
  "Slideshow (30 Images)"); furniture left in 3 lines of 3 articles: Newsmax's capitals heading "STRONGEST THREAT
  YET", AP's "AP writers Amanda Seitz, Barbara Ortutay and David Klepper contributed." (also an "only one outlet
  reports" item), Politico's subtitle run into its headline ("... Likud party scored 30. Netanyahu rival concedes
  defeat");
* summaries: all 6 state the event's main fact;
* "only one outlet reports" items another outlet reports, or furniture, or no news: 15 of 146: Politico's subtitle
  (the 30 seats to 24 both outlets give), Rivlin's wish for a unity government, the Arab List third with 14 seats and
  Herzog refusing to join (the Monitor tells all three); the Times' fever of 101 and four days in a tent (IBT tells
  it), the Washington Times' barbs with Christie and the states' quarantine rules (IBT); the Washington Times' Trump
  accusing CNN and NBC (Fox quotes his tweet); AP's writers' credit; Newsmax's "Apple did not respond to a request
  for comment."; NPR's opening aphorism and its pointer to a reporter's audio ("... worth listening to."); IBT's three
  fragments of strangers' tweets ("Will I not abide Accused of being a shrew ...");
* shared points pairing different statements: 6 of 21 (Newsmax's lawmakers considering changes to Section 230 with
  AP's companies granted its protection; the Guardian's survivors organising the walkout with Reuters' 3,000 schools
  joining it; Fox's Puerto Rico "totally unable" to cope with USA Today's "We have done a great job ..."; NPR's "The
  student protest movement responded on Twitter:" (an embed's lead-in) with CNN's victory; the Times' tail of a quote
  ('No," Mr. Caroll said, referring to how Ms. Hickox was treated ...') with her return through Newark; the Washington
  Times' nurse insisting she poses no threat with IBT's "there's still a possibility that she does have Ebola");
* disputes and differing figures: 1 of 1 not genuine (Politico's 24 seats, the Zionist Union's, against the Monitor's
  120, the Knesset's);
* quotes given to the wrong speaker or words: 29 of 319. Chants given to someone near them: the Monitor's "Bibi!
  Bibi! Bibi!" to Netanyahu ("he said in a jubilant election night speech ..., to chants of “...”"), the Guardian's
  "Hey hey, ho ho, gun violence has got to go" to "signs" ("carrying signs that read “Enough” and chanting, “...”"),
  Reuters' "Hey hey, ho ho, the NRA has got to go!" to the Democratic lawmakers the students marched to ("Chanting
  “...” students, ..., marched to the U.S. Capitol, where Democratic lawmakers emerged ..."; its sourcing evidence
  -1.000 too); reported words running on into the narration: Rossello's "... and on Saturday appeared to try to
  deflect questions", Netanyahu's "..., reneging on a 2009 pledge", LePage's "..., after she practically dared the
  state", the minority students' "... as Jonathan Butler ... told The Washington Post"; words of someone else in the
  sentence: Twitter for Trump's tweets' "mail boxes will be robbed." and for a Chinese spokesman's "the U.S. military
  spread the virus", Brad Parscale for Trump's two (a stray closing mark of the source), Cruz for Trump's "to be nasty
  to Trump", Trump for Kasich's "in the middle of a disaster.", Trump for Twitter's link "get the facts about mail-in
  ballots", the White House for Netanyahu's "giving attack grounds ...", Obama for Netanyahu's "a Palestinian state
  would not be created ...", Brock Long for Elaine Duke's, "the two leaders" for the White House statement's,
  "conservatives" for "both liberals and conservatives who say", "students who walk out" for the other schools',
  "Donald Trump Jr" for his father's "strongly regulate", "Speaker" for the Knesset's speaker Yuli Edelstein (2); a
  title or name in marks: "master" (to Yale's residential colleges), "national school shield" (to the proposal);
  words cut: Trump's tweet before its inner quote ("... as a way to"), the White House's "... a fact check but", the
  university's "... just over 3" (a figure of the narration), Abbas' opening on the narration's comma;
* slant evidence of neutral words: 16 of 46 spans (sentences not judged): "effective" (a microphone), the
  "powerful" gun lobby (3), "harsh" punishment, "complicated", "creative", "loud", "twisted" billboards, "desperate"
  for necessities, "angry" protests (2), parties that "boasted" seat counts, a "trendy" café, and the two sides of a
  debate told ("a selfish danger", the medical community's "unnecessary").
Also seen, not counted: "All Kaci Hickox" (a stranger's tweet, "All Kaci Hickox is, is a spoiled brat ...") is the
nurse's voice in the list; Twitter and the U.S. Chamber of Commerce are persons among the voices, "Seamus" (a tweeter)
an organisation; the Monitor's Erika Christakis' e-mail ('“...,” e-mailed Erika Christakis') is no quote; the
Monitor's "both liberals and conservatives" critics weigh +1.000 as Republican-identified sourcing; labels with no
evidence shown: the Washington Times right +0.58 (Puerto Rico) and center +0.28 (Israel), the Times left -0.38.
Articles showing no phrase 22 of 28, no phrase and no loaded span 12.
Since (session 40, helper E; before = main's fresh store at 6edce73, the figures above): chants around a deed ("...,
to chants of “...”") are the crowd's, unnamed; a chanting participle the parse joined to a quoted noun goes on from
the clause outside the marks; a sentence-opening participle with no subject ("Chanting “...” students, ..., marched")
is the main clause's subject's (docs/quotes.md; ANNOTATOR_VERSION 119, a fresh store): quotes 29/319 -> 26/318 (the
Guardian's chant the crowds', Reuters' the students', no longer the Democratic lawmakers' (its -1.000 sourcing span
gone; Reuters' label and score the same), the Monitor's "Bibi! Bibi! Bibi!" no one's); every other line the same
(the rules change no quote of reviews 12-27's articles).
Since (session 40, helper E; before = the figures just above, ANNOTATOR_VERSION 119): a reported clause ends before
a closing "as" tag of speech (", as Jonathan Butler, ..., told The Washington Post"), before a closing ", after"
clause in the reporting verb's tense ("said Thursday he is ready to ..., after she practically dared the state") and
before a participle of going back on one's word after a report of there being ("there would be no Palestinian state
on his watch, reneging on a 2009 pledge") (docs/quotes.md; ANNOTATOR_VERSION 120, a fresh store): quotes 26/318 ->
23/318 (the Monitor's minority students and Netanyahu, the Washington Times' LePage); every other line the same.
Merged (session 40, helpers A-G and the lead; a fresh store of the merged code, ANNOTATOR_VERSION 123 or 124,
REPORT_VERSION "169" or "170", which change nothing here but review 24's line below): summary 0/7, shared 6/21,
unique 15/146, quotes 22/318, disputes 1/1, slant 16/46, furniture 3 lines (main at 6edce73: quotes 29/319, the rest
the same; one quote more than helper E's 23/318 right, by helper A's or G's rules).
Since (session 41, helper G; before = main's fresh store at 35bb6db, the merged figures just above): a lead that looks
ahead to its own day ("plan to walk out of class at 10:00 a.m. today") is the day's coverage of the event, not a
preview (docs/grouping.md, "A preview of its own day"; a fresh store): grouping: Reason's column joins the Guardian's
and Reuters' walkout story, NPR's preview stays alone (the near miss right); summary 0/7 -> 0/6, shared 6/21 -> 6/20,
unique 15/146 -> 15/138, quotes 22/318 -> 21/299, slant 16/46 -> 13/41 (the NPR-and-Reason story's lines gone, Reason's
in the walkout's: its 'loud' X again; Reuters' LaGuardia item no longer unique, Manhattan being Reason's too); every
other line the same.
Since (session 41, helper B; before = main's fresh store at 35bb6db, the merged figures above): anger said of what
people did ("angry protests", "angry confrontations"), "desperate for" things, "twisted" of a thing bent, "harsh
punishment", "complicated", "effective" of a thing, "trendy" of a place, a debate's question and a community's
consensus and "boasted" with a figure are no loaded wording, and words judging someone's manner as a fault are
(docs/model-card-slant.md, session 41; ANNOTATOR_VERSION 127-128, a fresh store): slant 16/46 -> 5/31 ("effective",
"harsh", "complicated", "twisted", "desperate", the Monitor's "angry" phrase and word, "boasted", "trendy", "selfish",
"unnecessary" gone, with five evidence sentences that held them; AP shows another sentence, '"We're fed up with it,"
Trump said, claiming ...'; the Monitor's "his bombastic speech" added, unmarked; left: the "powerful" gun lobby (3),
which BASIL marks of a lobby, NPR's "creative" and Reason's "being loud"); labels and scores the same; articles
showing no phrase 22 -> 23, no phrase and no loaded span 12 -> 14 of 28; every other line the same.
Since (session 41, helper D; before = main's fresh store at 35bb6db, a copy rerun, REPORT_VERSION "173"): a sentence
ending in a colon leads in, a quotation's tail may end on a gloss (", referring to ..."): shared 6/21 -> 4/19 (NPR's
"The student protest movement responded on Twitter:" and the Times' 'No," Mr. Caroll said, referring to ...' in no
point; the Ebola story's first point is now the fever and the quarantine at the airport, three outlets, and its
summary's second sentence IBT's "Airport screeners found she had a 101-degree Fahrenheit fever ..."); every other
line the same.
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): a refusal to
comment, a writers' credit, "... worth listening to." and a disclosure are no items (REPORT_VERSION "171"), nor is
a stranger's embedded post giving no figure nor name of its own ("172"): unique 15/146 -> 9/144 (Newsmax's "Apple
did not respond ...", AP's writers' credit, NPR's pointer to Sable-Smith's audio, IBT's three strangers' posts gone;
NPR's "One disclosure: KBIA is licensed ..." unlisted; places taken by Newsmax's "strongest yet" threat, AP's
Zuckerberg meeting, IBT's New York doctor and Hickox's release); every other line the same.
Since (session 41, helper A; before = main's fresh store at 35bb6db, quotes 22/318): a name without a generational
suffix is not its suffixed namesake, an untyped holder's name after a title's "of" phrase speaks, a speech
participle straight after a person's noun is that person's (ANNOTATOR_VERSION 125): quotes 22/318 -> 18/318 (the
Guardian's "strongly regulate" Donald Trump's, not Donald Trump Jr's; AP's "the U.S. military spread the virus" the
Chinese government spokesman's, not Twitter's; the Monitor's two quotes of "Speaker" Yuli Edelstein's); every other
line the same but the voices lists that follow (a fresh store, `--db NEW`).
Merged (session 41, helpers A-G; a fresh store of the merged code, ANNOTATOR_VERSION 131, REPORT_VERSION "177"):
summary 0/6, shared 4/18, unique 9/136, quotes 17/299, disputes 1/1, slant 4/28, furniture 3 lines, 6 stories (main at
35bb6db: summary 0/7, shared 6/21, unique 15/146, quotes 22/318, slant 16/46, 7 stories; helper G's grouping rule
moves Reason's column into the walkout story, so the helpers' separate figures do not add up exactly).
Since (session 42, helper C; before = main's fresh store at 9fcad13, the merged figures just above): the whole of a
part given just before it ("27 of the Knesset's 120 seats") is no quantity of another outlet's figure nearer the part
(docs/comparison.md; REPORT_VERSION "178", the store copied): disputes 1/1 -> 0/0 (the Monitor's 120 seats against
Politico's 24); every other line the same.
Since (session 42, helper C; before = the figures just above, REPORT_VERSION "178"): two names in one slot of a
shared point's sentences are one name ("the Zionist Union's 24", "the Zionist Camp's 24"), and a name whose words a
sentence on its topic giving its count holds is no new name (docs/comparison.md; REPORT_VERSION "179", the store
copied): unique 9/136 -> 6/133 (Politico's subtitle, its Rivlin preferring a unity government and its "joint Arab List"
third with 14 seats gone; the Monitor's exit-poll item loses "the Zionist Camp" as a detail); every other line the same.
Since (session 42, helper A; before = main's fresh store at 9fcad13, quotes 17/299): a cue joined by "and" right after a
relative clause of speech goes on with it (ANNOTATOR_VERSION 132), a statement's "that" clause after a short phrase is
its owner's words and what a thing reads lends no speaker (133): quotes 17/299 -> 14/298 (the tweets' "predicted “mail
boxes will be robbed.”" theirs, not Twitter's; Netanyahu's "giving attack grounds to ..." his, not the White House's,
and so his "He said a Palestinian state would not be created ..." after it, not Obama's; the link's "Get the facts about
mail-in ballots", Twitter's before only as the paragraph's last speaker, now no one's and not listed); every other line
the same but the voices lists (a fresh store, `--db NEW`).
Merged (session 42, helpers A-H; before = main's fresh store at 9fcad13; after = a fresh store of e2b5172): quotes
17/299 -> 14/298, unique 9/136 -> 6/133, disputes 1/1 -> 0/0; summary 0/6, shared 4/18, slant 4/28 and furniture 3
lines the same (each helper's part above).
About 3 minutes under a load of 8 (a fresh store).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 4/18
-> 4/19 (the Joint List's 14 seats, one fact, unmarked); every other mark the same.
Since (session 44, helper F; before = main's fresh store at e70cea9): a possibility raised ("there's still a
possibility that she does have Ebola") beside a sentence with no modal is no one point, with a denial beside what it
denies, a call beside the deed and a plan beside the deed (docs/comparison.md; REPORT_VERSION "218", a copy): shared
4/19 -> 3/18 (IBT's possibility / the Washington Times' "Ms. Hickox insists she doesn't pose a threat", a claim beside
its rebuttal, split); every other mark the same.
Since (session 45, helper E; before = main's fresh store at 2addafe): staff named by their job who "contributed."
with no "to this report" are a contributors' credit (docs/inputs.md, cleaning (8); ANNOTATOR_VERSION 179, a fresh
store): furniture left 3 -> 2 lines (the AP's "AP writers Amanda Seitz, Barbara Ortutay and David Klepper
contributed." gone); the AP's slant score +0.14 -> +0.15; every mark the same.
Since (session 46, helper G; before = main's fresh store at 9f83842): a short quote inside the subject of a main
clause's verb is a name, no one's words; a report opens after the comma of an aside after "that" (docs/quotes.md,
"Session 46, helper G"; ANNOTATOR_VERSION 212, a fresh store): quotes 14/298 -> 11/296 (the Guardian's "national
school shield" and the Monitor's "master" no quotes; the Washington Times' Abbas report opens on "in light of");
the voices lose the two; every other mark and line the same.
Since (session 47, helper G; before = main's fresh store at 71d1fa9): a closing mark after a sentence that opens
with a name and a verb of saying or charging opens no quote; a tag with a report of its own is no tag of the quote
before it; words under a nested subject's infinitive deed are the reporting speaker's; a relative with a plural verb
on joined nouns is all of them; a "she says" with no comma is no inverted tag; a past joined to a present report
after "has said" is the speaker's; a report keeps its closing "%" (docs/quotes.md, "Session 47, helper G";
ANNOTATOR_VERSION 235, a fresh store): quotes 10/296 -> 3/295 (AP's narration no longer a quote and Trump's "as
president, ..." his; Trump's "to be nasty to Trump"; the White House's "difficult path forward"; "both liberals and
conservatives"; Elaine Duke's "she says"; Rossello's report cut before "and on Saturday appeared"); the CNN
university's report now ends on "3%", still marked by the review's regex (its attribution, "according to the
university", is the sentence's own; the regex is left as the review wrote it); the Monitor's +1.000
Republican-identified sourcing span is gone and Rossello's spans' shares follow; every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

ISRAEL = "Netanyahu wins Israel's election (2015)"
HICKOX = "A nurse defies Maine's Ebola quarantine (2014)"
MIZZOU = "Protests at the University of Missouri after its president resigns (2015)"
PUERTO_RICO = "Trump and San Juan's mayor after Hurricane Maria (2017)"
WALKOUT = "Students walk out of school against gun violence (2018)"
TWITTER = "Twitter fact-checks Trump, who threatens social media (2020)"
EVENTS = {
    ISRAEL: ["I0omthsCFi5PM8FJ", "DdxF4WyZi8Hx9WbD", "5oBQIjiiVuiQiY6Q"],
    HICKOX: ["mRH9Radqm2unuZCA", "zDXYOzfIE0zXVWZJ", "Cbb0RzGFrjQnoAtE"],
    MIZZOU: ["Pm2J0Zbkuzkqiqek", "SpstreRSxRmeahci", "0kfggEdUvSVFkYfk"],
    PUERTO_RICO: ["FOIhxxBNy5q0WmMP", "DS5BfTkv7EkaBEHV", "37BqPxHp1o0Z3AjH"],
    WALKOUT: ["DT2zXe0GtMOAdM3z", "gaIHWmJTFs45d2KR", "LaroBuK1oGwKrLvN"],
    TWITTER: ["QKWdficH2ErkgR6L", "IKy8Y3BXNEEK9hWN", "4bMbxwXJi0fQ9pyG"],
}
# 2 near misses (NPR on how school walkouts test students' rights, the day before; Fox on the Pentagon's 21-day
# quarantine for troops back from West Africa, the day before Maine's), 8 others
OTHERS = ["8vZ3HK7zjyUNTSqE", "kJTwhmN8BR5IFGmD", "9MMl8U4uCPQNOyZx", "smPR9Gsl51el8V0J", "S4fRmE0h90iX9plN",
          "qNtQaw4KAGG94ayk", "U6efNnAVZyVEt9rr", "Jm0Lo1Hbv9a18ili", "BJsmhvxTH5IoYEYN", "CsP01dvrW24ld2up"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: Newsmax's lawmakers considering changes to Section 230 beside AP's companies granted its protection; the
# Guardian's survivors organising the walkout beside Reuters' more than 3,000 schools joining it; Fox's Puerto Rico
# "totally unable" to handle the catastrophe beside USA Today's "We have done a great job ..."; NPR's "The student
# protest movement responded on Twitter:" (an embed's lead-in) beside CNN's victory; the New York Times' tail of a
# quote ('No," Mr. Caroll said, referring to ...') beside the nurse's return through Newark; the Washington Times'
# nurse insisting she poses no threat beside IBT's "there's still a possibility that she does have Ebola"
SHARED_WRONG = (r"^Republican and Democratic lawmakers, along with the U\.S\. Justice Department|"
                r"^Survivors of that massacre joined other student activists|"
                r"^Trump said Puerto Rico is \"totally unable\"|^The student protest movement responded on Twitter|"
                r"^No,. Mr\. Caroll said, referring to|^She tested negative for the virus while in quarantine")
# "Only one outlet reports" items another outlet reports too, or furniture, or no news: AP's writers' credit and
# Newsmax's "Apple did not respond ..."; the Washington Times' Trump accusing CNN and NBC (Fox quotes his tweet); NPR's
# opening aphorism and its pointer to a reporter's audio ("... worth listening to."); Politico's subtitle over its
# headline (the 30 seats to 24 both outlets give), its Rivlin preferring a unity government, its Arab List third with
# 14 seats and Herzog refusing to join (the Monitor tells all three); the Times' fever of 101 and four days in a tent
# (IBT: a 101-degree fever, quarantined), the Washington Times' barbs with Christie and the states' quarantine rules
# (IBT tells both); IBT's three fragments of strangers' tweets
UNIQUE_WRONG = (r"^AP writers Amanda Seitz|^Apple did not respond to a request for comment|"
                r"^He also accused the news media, specifically CNN and NBC|"
                r"^When two rights that this country holds as fundamental|^Bram Sable-Smith put together|"
                r"^Herzog's Zionist Union party secured 24 seats|^Israeli President Reuven Rivlin had previously|"
                r"^The joint Arab List came in third|"
                r"^Israeli Prime Minister Benjamin Netanyahu.s leading campaign rival|"
                r"^Ms\. Hickox, 33, had been quarantined in a tent|^From her confinement she traded public barbs|"
                r"^Fears in the Big Apple set off|^The next defier could be a spreader|^Will I not abide|"
                r"^Now her rep smells like low tide")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "donald trump jr": r"^strongly regulate$",          # "Donald Trump has threatened to “strongly regulate” ..."
    "donald trump": r"^get the facts about mail-in ballots",  # Twitter's link ("inviting users to “get the facts ...”")
    "twitter": r"^(mail boxes will be robbed|the U\.S\. military spread the virus)",  # Trump's tweets; a Chinese
    # spokesman's claim ("a March tweet from a Chinese government spokesman falsely claiming ...")
    "brad parscale": r"^(Trump accused Twitter of interfering|as president, I will not allow)",  # Trump's (a stray
    # closing mark of the source before "and declared")
    "white house": r"fact check but$|^giving attack grounds",  # cut at "but"; Netanyahu's ("his statement ... that")
    "signs": r"^Hey hey",                               # the crowds' ("carrying signs that read ... and chanting")
    "“national school shield” proposal": r"^national school shield$",  # the proposal's name, no one's words
    "democratic lawmakers": r"NRA has got to go",       # the students' chant ("Chanting “...” students, ..., marched")
    "students who walk out": r"unexcused absence",      # "Others have said the walkout will be ...": other schools
    "brock long": r"^the U\.S\. government has on the ground",  # Elaine Duke's ("she says"), and a fragment
    "ricardo rossello": r"on Saturday appeared to try to deflect",  # runs on into the narration's second verb
    "trump": r"as a way to\W*$|^in the middle of a disaster",  # cut before "get Trump."; Kasich's words
    "carmen yulin cruz": r"^to be nasty to Trump",      # Trump's ("Trump accused the mayor of acting ...")
    "university": r"^The school's faculty is also more 70%",  # the narration's figure, cut at "3" ("3%")
    "many minority students": r"as Jonathan Butler",    # runs on past "“unlivable space,”" into whose words they are
    "yale’s residential colleges": r"^master$",         # a title in scare quotes ('an associate “master” at ...')
    "conservatives": r"crossed the line",               # "both liberals and conservatives who say ..."
    "benjamin netanyahu": r"^Bibi! Bibi!|reneging on a 2009 pledge",  # his supporters' chant; runs on into narration
    "speaker": r".",                                    # "Speaker of the Knesset Yuli Edelstein ... told reporters"
    "obama": r"^a Palestinian state would not be created",  # Netanyahu's ("He said ..." after his statement)
    "mahmoud abbas": r"^, in light of",                 # opens on the narration's comma
    "two leaders": r"^the difficult path forward",      # the White House statement's words
    "paul lepage": r"after she practically dared",      # runs on into the narration's "after" clause
}
# disputes and differing figures the review found not genuine: Politico's 24 seats (the Zionist Union's) against the
# Monitor's 120 (the Knesset's)
DISPUTE_WRONG = r"^120$"
MAIN_FACT = {
    ISRAEL: r"(?i)\b(won|wins|win|victory|re-?elect\w*|defeat)\b",
    HICKOX: r"(?i)\bquarantine\b",
    MIZZOU: r"(?i)\b(resign\w*|protest\w*|ousted)\b",
    PUERTO_RICO: r"(?i)\b(mayor|Cruz)\b",
    WALKOUT: r"(?i)\b(walk\w* out|walkout)\b",
    TWITTER: r"(?i)\b(fact-?check\w*|label\w*|tagged|warning|get the facts)\b",
}
# slant evidence of neutral words: "effective" (a microphone), the "powerful" gun lobby, "harsh" punishment,
# "complicated", "creative", "loud" (the students' own word, told), "twisted" billboards, "desperate" for necessities,
# "angry" protests, parties that "boasted" seat counts, a "trendy" café, the "selfish" and "unnecessary" of a debate's
# sides (the public's, the medical community's view, told)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[TWITTER] = r"^(?i:effective)$"
SLANT_WRONG[WALKOUT] = r"^(?i:powerful|harsh|complicated|creative|loud)$"
SLANT_WRONG[PUERTO_RICO] = r"^(?i:twisted|desperate)$"
SLANT_WRONG[MIZZOU] = r"^(?i:angry)$"
SLANT_WRONG[ISRAEL] = r"^(?i:boasted|trendy)$"
SLANT_WRONG[HICKOX] = r"^(?i:selfish|unnecessary)$"
# furniture left in the text: Newsmax's capitals heading, AP's writers' credit and its rule line, Politico's subtitle
# run into its headline
FURNITURE = r"^STRONGEST THREAT YET$|^AP writers Amanda Seitz|^_{3,}$|Netanyahu rival concedes defeat$"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review28", EVENTS, OTHERS, marks))
