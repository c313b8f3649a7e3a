"""The 6 events of review 25: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review25_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review25_events.py --src /old/src  # another version

A fact-checker's review (review 25, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2013-2017, the ids below, none used by
review_allsides.py or review8-24_events.py) of kinds the earlier reviews had little of: Pope Benedict XVI resigning (a
religious leader's resignation; NPR's is a live page with the pope's statement, his biography and reactions), the
manhunt for the Boston Marathon bombers (a manhunt and arrest; NPR's tells the capture, the Monitor's the morning's
lockdown), Obama's eulogy at Nelson Mandela's memorial (a memorial abroad; NPR's is a live page), Apple fighting the
order to unlock the San Bernardino shooter's iPhone (a company against a court order; the Week's is a column, no
left-leaning outlet has it), Theresa May losing her majority (an election abroad; Fox's is a column, the Times' text
the second page of its story) and the Senate's failed "skinny repeal" of Obamacare (a failed vote; Democracy Now's is
a broadcast transcript), with 10 unrelated articles of the same weeks mixed in (2 near misses: the Washington Times on
the FBI releasing the suspects' images, the day before the capture; USA Today on a bipartisan group of senators
seeking a path on health care, the day of the vote). This runs `manysides.analyze` on those 28 articles, written as
one JSON Lines export with the dataset's outlets and leanings, prints per event story everything a reader sees, marks
with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix can be checked before
and after (`--load` marks a run saved with `--json` anew). Read against the article texts, it found (marks of the code
at commit 33b86f0, REPORT_VERSION 143, ANNOTATOR_VERSION 86):

* grouping: the six events make six stories; both near misses join theirs, the merge docs/grouping.md names (a piece
  on a neighbouring day about one running subject: the Washington Times' images of the day before join the manhunt,
  USA Today's bipartisan group the failed vote); the 8 others stay alone;
* cleaning: 72 removals in the event stories' articles, all furniture; furniture left in 23 lines of 8 articles: USA
  Today's byline ("Natalie DiBlasio, and Elizabeth Weise"), a player's "CLOSE" and a credit without its full stop
  ("USA TODAY reporter ... contributed to this story"); Fox's "More On This... Nelson Mandela through the years" and a
  lone "[pullquote]"; CNN's three "READ: ..." links and its editors' note on plagiarism; NPR's live pages' update
  notes ("(This post was last updated at 9:27 a.m. ET.)", "(Most recent update: ...)"), embed labels ("SABC's Live
  Coverage YouTube", "Vatican YouTube"), pointers to other posts ("Obama's Full Speech:" over "We've added a separate
  post with full text and audio ...", "We've embedded live coverage ... at the side of this post.", "We also live
  blogged the service so if you want a play-by-play keep reading. Our earlier updates follow."), "More NPR Reports:"
  over two linked headlines, and a linked headline closed by "(The New York Times)"; Democracy Now's "This is a rush
  transcript. Copy may not be in its final form." and its tease of the next segment ("This is Democracy Now! When we
  come back, we go to Des Moines, Iowa. ... Stay with us."); the tease and the editors' note were also "only one
  outlet reports" items;
* summaries without the event's main fact, or with a sentence that cannot stand in it: 3 of 6: the manhunt's opens
  with NPR's "At a press conference Friday night, ... Davis gave this and other details that led law enforcement to
  take the second suspect ... into custody." ("this": NPR's opening sentence, left out) and gives the Washington
  Times' images of the day before; the iPhone's never says Apple will fight the order (Fox's opening; USA Today's
  "Apple CEO Tim Cook said late Tuesday that the company would oppose the ruling") and gives Opsahl's "... explained
  that this "backdoor" means ..."; the memorial's never says Obama praised Mandela (CNN's and Fox's openings) and
  closes with "Making his way to the podium for his speech, Obama also greeted Brazilian President Dilma Rousseff ..."
  (the handshake with Castro it follows left out);
* "only one outlet reports" items another outlet reports, or furniture: 15 of 152: USA Today's Nelson and Collins
  talking since a meeting at Bangor (Reuters); Reuters' McCain casting the deciding vote, 51-49 (Democracy Now, USA
  Today); Democracy Now's host's "For more, we go to Washington, ...", her thanks to the guest and her tease (2);
  Fox's "nearly 100 heads of state" (NPR's "more than 90 world leaders"); CNN's editors' note; NPR's helicopter's
  infrared camera (2; CNN's thermal imaging camera), its manhunt (the item begins "enforcement spent hours ...", its
  first word lost) and its hospital (CNN's); the Monitor's convenience-store robbery (CNN's); Politico's Benedict
  elected at 78 (Fox); NPR's "Dear Brothers, I have convoked you ... a decision of great importance ..." (Politico);
* shared points pairing different statements: 5 of 40 (Graham calling the skinny bill "a fraud" with what the bill
  did; a columnist's "Britain's leaders must guarantee ..." with May's pledge; NPR's attribution "(Cardinal Timothy
  Dolan of New York, ...)" of a reaction with Dolan as a longshot; Benedict "a key figure in the church's efforts to
  address" abuse with his being "at the center of a mounting scandal"; Ratzinger watching John Paul II suffer with his
  trying to resign as prefect);
* disputes and differing figures: 1 of 1 not genuine (Benedict's age when elected, 78, against his age now, 85);
* quotes given to the wrong speaker or words: 21 of 315: Michelle Obama for her husband's eulogy (6), McCaskill for
  Graham's "fraud", Theresa May for NPR's "after a snap-election gamble that cost her Conservative Party its
  parliamentary majority", Tim Cook for Opsahl's "That risks a lot ...", "Elisha" for Bishop Abrahams' words, Jacob
  Zuma for Obama's "life like no other", Tamerlan Tsarnaev for an official's "a few years later", the official for
  the brother's posting, the MIT officer for the reports' "disturbance", Ed Davis for Col. Alben's "picked up the heat
  signature ...", Benedict for Fox's and Politico's "the first pontiff to ..." (2), "already the oldest pope" (an
  aside) for Benedict's "peace and quiet", Sylvia Poggioli for the pope's words as the AP gives them, Thomas Reese for
  Poggioli's report of 2010 (2);
* slant evidence of neutral words: 28 of 56 spans: surprise ("an unexpected failed ... vote", "the stunning defeat",
  "a stunning political upset"), "a powerful force" (2), "the greatest access", "admit they committed sabotage", a
  "deadly" attack (2), "unpleasant conversations", "What's fascinating", the eulogy's "worthy" (2), "powerful
  interests" and "precious freedoms", sizes and sounds ("a huge roar", "Huge poster pictures" (2), "a huge screen",
  "loud cheers", "a huge swath" (2)), "enjoyed the rain", "armed and dangerous", "a gruesome scene", "violent" (2),
  "nostalgic".
Also seen, not counted: subheadings stand as paragraphs (CBN's "McCain Casts Key Vote", Reuters' "BACKLASH FEARED",
CNN's "Closing a chapter", NPR's "Gunfire At 8:15 p.m. ET" and its live pages' "A Roaring Blessing:"); the words of a
transcript's speakers ("SEN. LINDSEY GRAHAM: The skinny bill, as policy, is a disaster. ...") are no quotes; the May
summary closes with Fox's columnist's "Britain's leaders must guarantee ..."; NPR's items "NPR's Gregory Warner just
checked in with Morning Edition ..." and "In 2010, Sylvia reported for Morning Edition ..." carry no news; Fox's "350
seat House of Commons" (NPR's 650-seat) is not shown as a differing figure.
Since (session 37, helper E; before = the figures above, a fresh store at 33b86f0): cleaning takes a broadcast
transcript's notice and its tease before a break ("This is Democracy Now! When we come back, ... Stay with us."), a
credit without its full stop, a lone "CLOSE", "More On This..." run into its headline, "[pullquote]", a video's title
run into "YouTube", a live page's notes on what it holds ("We've added a separate post ...", "We've embedded live
coverage ...", "We also live blogged ...") and the heading over one, an update note in parentheses, an editors' note
on an edited copy, a link list under "More NPR Reports:" after an entry's time, a dashed quoted headline with its
outlet, a run of "READ:" links (a comma in one) and a byline whose names carry an inner capital ("DiBlasio"): removals
in the event stories 72 -> 96 (the new ones all furniture), furniture lines left 23 -> 0; unique 15/152 -> 12/152 (the
two items of Democracy Now's tease and CNN's editors' note gone), slant 28/56 -> 27/55 (the tease's "admit"); summary
3/6, shared 5/40, quotes 21/315 (Obama's "life like no other" now given to Nelson Mandela, marked as before), disputes
1/1 unchanged (ANNOTATOR_VERSION 93, fresh store). Tried and not kept: a demonstrative joined to more of its kind
("gave this and other details") or before a quoted word ("this "backdoor"") pointing back, and "the resident" as "the
woman": the manhunt's summary then opened with NPR's "When the Watertown resident saw the blood, ..." (pointing back
too, the capture third), the iPhone's closed with "Basically, whoever has this backdoor ..."; summary 3/6 either way.
Since (session 37, helper F; before = helper B's tree with this review, a fresh store, ANNOTATOR_VERSION 89: summary
3/6, shared 5/40, unique 15/152, quotes 21/315, disputes 1/1, slant 28/56, as at 33b86f0): the size of a thing seen,
an area or a sound ("a huge screen", "a huge swath", "loud cheers"), surprise at an outcome ("the stunning defeat"),
"armed and dangerous", a writer's pointer ("What's fascinating about this case is"), a toll's noun past a place's name
("deadly San Bernardino terror attack"), "violent" of an exchange of fire or a night, a crime confessed ("admit they
committed sabotage") and an excerpt introduced by a colon (the eulogy's "worthy", "powerful interests", "precious
freedoms") are no loaded wording (docs/model-card-slant.md, session 37, helper F): slant 28/56 -> 7/24 (21 marked
spans and the 12 sentences they had put among the evidence gone; CNN's memorial article now shows its "Some even
enjoyed the rain, jumping into puddles." sentence, unmarked, beside its marked "enjoyed"); left "the greatest access",
"a powerful force" (2), "unpleasant conversations", "enjoyed the rain", "a gruesome scene" and the father's quoted
"nostalgic" (a feeling word in quote marks stays the outlet's pick: BASIL marks "would be “proud” to"). Articles
showing no phrase 20 -> 24 of 28, no phrase and no loaded span 9 -> 12; every other line identical.
Since (session 37, the lead; before = main's fresh store at 33b86f0): a bare surname is not the one full name of that
surname when the article gives the surname an office's title and that name only a title of courtesy ("President Obama"
beside only "first lady Michelle Obama"; docs/quotes.md): quotes 21/315 -> 14/315 (NPR's six quotes of the eulogy are
Obama's, no longer Michelle Obama's, and its "life like no other" no longer Jacob Zuma's); every other mark the same
(ANNOTATOR_VERSION 94, fresh store).
Merged (session 37, helpers A-F and the lead: a fresh store at 155274c, ANNOTATOR_VERSION 95, REPORT_VERSION "146"):
summary 3/6, shared 5/40, unique 12/152, quotes 14/316, disputes 1/1, slant 7/24, furniture 0 lines (main at 33b86f0:
summary 3/6, shared 5/40, unique 15/152, quotes 21/315, disputes 1/1, slant 28/56, furniture 23 lines); the grouping
unchanged.
Since (session 37, the lead; before = the merged figures just above, the compare stage rerun on a copy of that store):
an age in a clause "When ... was <done> ... at (the) age (of) N" is the age at that past step (REPORT_VERSION 147;
docs/comparison.md): disputes 1/1 -> 0/0 (Benedict's 78 when elected no longer disputed against his 85), every other
line the same.
Since (session 38, helper B; before = main's fresh store at d2066a0, REPORT_VERSION "147", the compare stage rerun on
a copy): a demonstrative joined to more of its kind ("gave this and other details") or before a quoted term ("this
"backdoor""), "this" before a word ("whoever has this backdoor"), "the men" and a person named by a role ("The
resident saw blood ...") point back, and "the man" of the person a sentence opens with does not (CNN's lead, "The
second suspect ... was taken into custody Friday night, bringing to an end a massive manhunt ... worried by warnings
the man was possibly armed ..."); a lead telling the event only as the time of a reaction ("When ... Pym ruled that
Apple must help the FBI ..., the tech world shuddered.") gives way to its twin (Fox's "Apple will fight a federal
magistrate's order ..."), and of twin leads that are no first sentences the one the other headlines echo goes first
(CNN's "From President Barack Obama to Cuba's Raul Castro, praise came from all sides ..." over NPR's crowd)
(REPORT_VERSION 148; docs/comparison.md): summary 3/6 -> 0/6 (the manhunt's opens with the capture and no longer
gives the images of the day before, the iPhone's with Apple's fight, the memorial's with the praise and closes with
the handshake with Castro); every other line the same. Reviews 12-24 on copies of main's stores: every line the same.
Since (session 38, helper F; before = main's fresh store at d2066a0, REPORT_VERSION 147: summary 3/6, shared 5/40,
unique 12/152, quotes 14/316, disputes 0/0, slant 7/24; the compare stage rerun on a copy): a sentence the splitter
cut after its first word is joined to the rest ("Law" | "enforcement spent hours ..."), a hospital named with another
word for its kind ("... Hospital", "... Medical Center") is no new name, an estimate holding another outlet's exact
count of the same word (Fox's "nearly 100 heads of state", CNN's "91 heads of state") no new figure, a paraphrase
whose only new figures stand in an aside (a noun phrase after a person's name, or between dashes) no item, nor a
broadcaster's note on where its own reporting aired (REPORT_VERSION 152; docs/comparison.md): unique 12/152 -> 8/151
(Reuters' McCain, Fox's "nearly 100", NPR's hospital and Politico's Benedict elected at 78 gone, and NPR's unmarked
"NPR's Gregory Warner just checked in with Morning Edition ..." and "In 2010, Sylvia reported for Morning Edition
..."; their places, each under an article's cap of 8, to unmarked items of the same articles: Reuters' "Killing the
Affordable Care Act ...", Fox's Laird quote, NPR's "surreal", its "Economic Freedom Fighters" and its pope's words on
Nazi ideology; NPR's manhunt item now opens "Law enforcement spent hours ...", still marked for its manhunt, the
pattern taking either opening); every other line the same. Left: Democracy Now's host's two lines (furniture), USA
Today's Bangor meeting and the Monitor's Kendall Square robbery (each names a place no other outlet names), NPR's
helicopter (2: "infrared technology", "the heat signature" beside CNN's "thermal imaging camera", cosines 0.49 and
0.43), its manhunt ("20 streets", a figure of its own) and its "Dear Brothers, I have convoked you ..." (Politico
quotes nine of its words, under half of the quotation).
Since (session 38, helper F; before = the figures just above; after = a fresh store of the whole tree,
ANNOTATOR_VERSION 102): "gruesome" of a scene or a sight is no loaded wording (docs/model-card-slant.md, session 38):
slant 7/24 -> 6/23 (the Washington Times' "transforming a prized Boston tradition into a gruesome scene"); articles
with no phrase and no loaded span 12 -> 13 of 28; every other line the same (unique 8/151).
Since (session 38, helper C; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95, REPORT_VERSION "147"):
review 25's speakers by general causes (ANNOTATOR_VERSION 98, a fresh store; docs/quotes.md, "Session 38's
speakers"): quotes 14/316 -> 3/315 (Poggioli's report of 2010 hers, not Reese's (2: her "his" after "the pope's" no
longer made her a man); Alben's "picked up the heat signature ..." his, credited "according to" him the sentence
before; Opsahl's "That risks a lot ..." his, his report the last named speech; the official's "a few years later"
his; the posting's words the posting's; the reports' "disturbance" no one's, dropped; Graham's "fraud" his, "That
was ..." naming no one else; the narrator's "the first pontiff to ..." cut from Fox's and Politico's reports (2);
"peace and quiet" Benedict's, the aside between spaced hyphens no subject); left: May for NPR's narration, "Elisha"
for Abrahams' words, Poggioli for the pope's as the AP gives them. The Democracy Now article's slant evidence gains
Graham's "fraud." as a sourcing span (its label unchanged); every other line identical. Review 24 (fresh store):
every line identical.
Since (session 38, helper G; before = main's fresh store at d2066a0): a preview and a later report are two events
(grouping's preview penalty, docs/grouping.md "A preview and its outcome"): the Washington Times' "FBI to release
images of two men suspected in Boston Marathon bombings" (2013-04-18, the near miss) looks ahead and no longer joins
the manhunt story of the next day (`manysides why`: content 0.36-0.42, less 0.10 for the day and 0.12 for a preview
against a later report, 0.14-0.20 against the bar 0.22; it is linked to the story as its storyline instead); stories
14 -> 15, the manhunt's shared 0/6 -> 0/4, unique 5/32 -> 5/24, quotes 4/88 -> 4/77, slant 2/3 -> 1/2 (the Times'
"gruesome" gone with it); in all summary 3/6, shared 5/40 -> 5/38, unique 12/152 -> 12/144, quotes 14/316 -> 14/305,
disputes 0/0, slant 7/24 -> 6/23; every other line the same (a fresh store).
Since (session 38, helper D; before = main's fresh store at d2066a0, REPORT_VERSION "147", the compare stage rerun on
a copy): the writer's own opinion (a "must" in the main clause, read after an opening "Whatever ..." clause; a stance
adverb) beside a plain report, and a guest's turn in a broadcast transcript beside narration, are two statements; a
parenthesis that is no sentence (a source line under a quotation) is no candidate (REPORT_VERSION 150;
docs/comparison.md): shared 5/40 -> 2/38 (Graham's "... is a fraud." leaves the skinny bill's point, which keeps CBN's
and Reuters' account; the columnist's "Britain's leaders must guarantee ..." and NPR's "(Cardinal Timothy Dolan of New
York, ...)" no longer make points, and the May summary no longer closes with the columnist's words); every other line
the same. Left: Benedict "a key figure in the church's efforts to address" abuse beside NPR's 2010 "at the center of a
mounting scandal", and Ratzinger watching John Paul II suffer beside his trying to resign as prefect (one person's two
acts: the rule "both name one person, no lower-case word in common" split 19 judged-same pairs in the shipped points
for 4 judged different, as session 26 found of such word rules).
Since (session 38, helper E; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): a subheading in sentence
case or capitals between two lines of prose (CNN's "Closing a chapter", Reuters' "BACKLASH FEARED") and a title-case
one with a time (NPR's "Gunfire At 8:15 p.m. ET") are headings, and no heading is a sentence of the comparison
(docs/inputs.md, "Headings"; ANNOTATOR_VERSION 100, fresh store): every mark the same (summary 3/6, shared 5/40,
unique 12/152, quotes 14/316, disputes 0/0, slant 7/24); one story changed: Benedict's resignation, first in nearly
600 years, is one point of three outlets (NPR's "For the first time in nearly 600 years, a pope is resigning ..."
joins Fox's and Politico's, NPR's headings no longer among its sentences), and the summary opens with Fox's "In a
sudden announcement ..., Pope Benedict XVI said he will resign at the end of February, ..." instead of Politico's
"Pope Benedict XVI announced Monday that he would resign on Feb. 28 ...".
Since (session 38, helper A; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): a broadcast transcript's
turns are direct quotes of the labelled speaker, named as the article names them, one per sentence; the show's
presenters, whom no one introduces, speak for the outlet; "McCAIN"-style labels are labels; "That was Senator X. He
..." is X's (docs/quotes.md, ANNOTATOR_VERSION 96, fresh store): quotes 14/316 -> 13/379 (Democracy Now's 57 -> 120
lines: Graham's, McConnell's, McCain's, Perdue's, Sanders's and the guest Jorge's turns, every one the labelled
speaker's; his "fraud" no longer McCaskill's); the slant's sourcing evidence gives Graham's own words (his misread
"that would have been rolled back" report gone from it); two of Democracy Now's unique items now show their
speaker, one (Sanders "denounced ...") gives way to Jorge's on HHS; every other line and mark the same.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
summary 0/6, shared 2/36, unique 8/143, quotes 3/367, disputes 0/0, slant 6/23, furniture 0 lines (main at d2066a0:
summary 3/6, shared 5/40, unique 12/152, quotes 14/316, disputes 0/0, slant 7/24, furniture 0 lines); 15 stories (the
Washington Times' preview of the FBI's images of the day before stands alone, linked to the manhunt's storyline).
Since (session 39, helper H; before = main's fresh store at 8b66248, REPORT_VERSION 155, the compare stage rerun on
a copy): a broadcast host's hand-over to a guest or thanks ("we're joined by", "thank you for being with us") is no
"only one outlet reports" item (REPORT_VERSION 160; docs/comparison.md): unique 8/143 -> 6/143 (Democracy Now's two
host's lines gone; Jorge on the law's enforcement and Sanders on the amendment take their places); the shared rules
of REPORT_VERSION 161 change no line; every other line the same.
Since (session 40, helper A; before = main's fresh store at 6edce73): a plan reported ends before an "after" phrase
a past relative clause describes, and a he/she with no subject in the sentence before goes on with that sentence's
quoted speaker (ANNOTATOR_VERSION 115; docs/quotes.md, "Session 40's quotes"; a fresh store): quotes 3/367 -> 1/367
(May's report "she will forge a government" without NPR's "after a snap-election gamble that cost ...", Bishop
Abrahams' "people like Madiba do not die ..." his, no longer Elisha's; left: Poggioli for the pope's words as the AP
gives them); the voices list of Mandela's memorial follows; every other line the same.
Since (session 40, helper B; before = main's fresh store at 6edce73, ANNOTATOR_VERSION 113): a broadcast transcript
guest's turn is the guest's words in the slant evidence, as a quotation's are, and the feeling verbs "enjoyed" and
"hated" are no loaded wording (docs/model-card-slant.md, session 40; ANNOTATOR_VERSION 117, a fresh store): slant 6/23
-> 4/14 (Democracy Now's "greatest", in Margarida Jorge's second paragraph, gone with the guests' and the senators'
unmarked "corrupt", "terrible", "horrible" and "huge" and the two evidence sentences of the senators' turns; CNN's
"enjoyed" and its sentence "Some even enjoyed the rain, ..." gone; left: Fox's "a powerful force" (2), The Week's
"unpleasant" and CNN's quoted "nostalgic"; labels and scores the same; no phrase and no loaded span 13 -> 15 of 28
articles); every other line the same.
Merged (session 40, helpers A-G and the lead; a fresh store of the merged code, ANNOTATOR_VERSION 123 or 124,
REPORT_VERSION "169" or "170", which change nothing here but review 24's line below): quotes 3/367 -> 1/367, slant
6/23 -> 4/14; every other mark the same.
About 3 minutes (under load).
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): unique 6/143 -> 5/143 (the marked "Dear Brothers, ..." item of NPR gone, NPR's Rev. Thomas Reese
sentence listed instead); lone-mark sentences 58 -> 0; every other mark the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Pope Benedict XVI resigns (2013)": ["S16P2OTOkGWMiiWS", "UEt9k7QXjbFUwo97", "XbmTJTNa1xKzxT9w"],
    "The manhunt for the Boston Marathon bombers (2013)": ["tJouY1y0sfbubEgy", "Bjpv6XRx5ExrIzx7",
                                                             "A9cUYZb8fK8TyT9v"],
    "Obama at Nelson Mandela's memorial (2013)": ["yNlvy9zpZp6F8PjD", "Ji4KGdQuiCbNU6fz", "f89Y4IQwg2dbr39i"],
    "Apple fights the order to unlock the San Bernardino iPhone (2016)": ["kHCH39Ig940r3nae", "SyqtmIJMvhJ0ZHmr",
                                                                          "4a2pX9uCcwV1OYtl"],
    "Theresa May loses her majority (2017)": ["dL3Aq5cZ3lvA2Ahx", "kBa3lPjTA5c2xg31", "oP9TfSB9xcwRqhgk"],
    "The Senate's 'skinny repeal' of Obamacare fails (2017)": ["Z8R1hhpE5uWeofDI", "aRJjyrNJxCXaihcR",
                                                               "WHTy62dEUhQ6W4x9"],
}
# 2 near misses (the Washington Times on the FBI releasing the suspects' images, the day before the manhunt; USA
# Today on a bipartisan group of senators seeking a path on health care, the day of the failed vote), 8 others
OTHERS = ["Y19dGdf0gAVP1s0m", "M4ig2x001ZQhGF4C", "Exq7jvHyxTfEgC3R", "Lz4SlwieJyiHTcck", "P9sycv7TXXTZ6io9",
          "wvFHDF1Gepoxc8c9", "GlGwLut1fquzkiHL", "IZDUuOav02Wq63XT", "1QZoQxMMG8ODuchc", "FBWPcHBWSLpyUe8G"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: Democracy Now's Graham calling the skinny bill "a fraud" beside CBN's and Reuters' account of what the bill
# did; Fox's columnist's demand that Britain's leaders "must guarantee" Brexit beside May's pledge (NPR); NPR's
# attribution "(Cardinal Timothy Dolan of New York, ...)" of a reaction beside Politico's "Longshots include Cardinal
# Timothy Dolan"; Fox's Benedict "a key figure in the church's efforts to address" abuse beside NPR's 2010 "at the
# center of a mounting scandal"; Politico's Ratzinger watching John Paul II suffer beside Fox's Ratzinger trying to
# resign as prefect
SHARED_WRONG = (r"^The skinny bill, as a replacement for Obamacare, is a fraud|^Whatever the outcome from the hung|"
                r"^\(Cardinal Timothy Dolan of New York|^During his papacy and in the years prior|"
                r"^The former Cardinal Joseph Ratzinger had an intimate view")
# "Only one outlet reports" items another outlet reports too, or furniture: USA Today's Nelson and Collins talking
# since a meeting at the Bangor Airport (Reuters: "Nelson said he was working with Republican Collins"); Reuters'
# McCain casting the deciding vote, 51-49 (Democracy Now: "Senator McCain's vote derailed ..."; USA Today: "died
# 51-49"); Democracy Now's host's "For more, we go to ...", thanks to the guest and tease of the next segment ("When
# we come back, ...", "Two women, two Catholic Workers, ..."); Fox's "nearly 100 heads of state" (NPR's "more than 90
# world leaders", CNN's 91 heads of state); CNN's editors' note on plagiarism; NPR's helicopter's infrared camera (2;
# CNN: "watching him with a thermal imaging camera in our helicopter"), its manhunt along 20 streets (CNN's manhunt;
# the item begins "enforcement", its first word lost) and its hospital (CNN: Beth Israel Deaconess); the Monitor's
# convenience-store robbery (CNN: "robbing a convenience store", a 7-Eleven); Politico's Benedict elected at 78 (Fox;
# a shared point holds it); NPR's "Dear Brothers, I have convoked you ... a decision of great importance ..."
# (Politico quotes "a decision of great importance for the life of the church")
UNIQUE_WRONG = (r"^Since that Sunday afternoon meeting at the Bangor|^John McCain, the maverick 80-year-old|"
                r"^For more, we go to Washington|^AMY GOODMAN: Margarida Jorge, I want to thank you|"
                r"^When we come back|^Two women, two Catholic Workers|^Among the nearly 100 heads of state|"
                r"^Editors' Note|^A helicopter overhead detected|^The device \"picked up the heat signature|"
                r"^(Law )?enforcement spent hours combing|^After being apprehended, the suspect was taken|"
                r"^About 10:30 p\.m\. Thursday, police received a report|^When Benedict was elected pope at age 78|"
                r"^\"Dear Brothers, \"I have convoked you")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "mccaskill": r"^fraud",                               # Lindsey Graham's ("He went on to call ... a fraud")
    "theresa may": r"cost her Conservative Party",        # NPR's narration after "May said ... she will forge ..."
    "tim cook": r"^That risks a lot",                     # Kurt Opsahl's ("..., he said", after Opsahl's first point)
    "michelle obama": r".",                               # Barack Obama's eulogy (NPR: "Obama said"), 6 quotes
    "elisha": r"^people like Madiba",                     # Bishop Abrahams' words, after the story of Elisha
    "jacob zuma": r"^life like no other",                 # Obama's ("who he says lived a ...")
    "nelson mandela": r"^life like no other",             # the same, given to Mandela once the page is cleaned
    "tamerlan tsarnaev": r"few years later",              # the federal official's ("He came "a few years later"")
    "official": r"American friend",                       # the elder brother's posting, which the official quoted
    "mit officer": r"disturbance",                        # the reports the officer answered
    "edward davis": r"^picked up the heat signature",     # Col. Timothy Alben's ("..., he said", after Alben)
    "benedict xvi": r"first pontiff",                     # Fox's and Politico's narration after his announcement
    "already the oldest pope": r".",                      # an aside for a speaker: Benedict's plan (Politico)
    "sylvia poggioli": r"^After having repeatedly examined",  # the pope's words, as the AP gives them
    "thomas reese": r"^(Pope Benedict XVI is at the center|The scandal could)",  # Sylvia Poggioli's 2010 report
}
# disputes and differing figures the review found not genuine: Benedict's age when elected (78, Politico) against his
# age now (85, NPR)
DISPUTE_WRONG = r"^(78|85)$"
MAIN_FACT = {
    "Pope Benedict XVI resigns (2013)": r"(?i)\b(resign\w*|step\w* down)\b",
    # the second suspect captured, and no sentence pointing back ("gave this and other details", "The resident saw
    # blood ...", "When the Watertown resident saw the blood, ...": the man and the blood of NPR's first sentence)
    "The manhunt for the Boston Marathon bombers (2013)":
        r"(?i)^(?!.*\bgave this and other\b)(?!.*\bresident saw\b)(?=.*\b(custody|captured|arrested|apprehended|"
        r"caught)\b)",
    # Obama's eulogy, and no "Obama also greeted ..." (the handshake with Castro it follows left out)
    "Obama at Nelson Mandela's memorial (2013)":
        r"(?i)^(?!.*\balso greeted\b)(?=.*\bObama\b.{0,150}\b(prais\w*|eulog\w*|hail\w*|implor\w*|"
        r"giant of history)\b|"
        r".*\b(prais\w*|eulog\w*|giant of history)\b.{0,150}\bObama\b)",
    # Apple fighting the order, and no sentence pointing back ("this "backdoor"", "whoever has this backdoor")
    "Apple fights the order to unlock the San Bernardino iPhone (2016)":
        r"(?i)^(?!.*\bthis \"?backdoor\b)(?=.*\b(Apple|Cook)\b.{0,150}\b(fight\w*|oppos\w*|refus\w*|resist\w*|"
        r"challeng\w*|won't)\b)",
    "Theresa May loses her majority (2017)":
        r"(?i)\b(lost|cost|short of|without|fail\w*)\b.{0,80}\bmajority\b|\bhung parliament\b",
    "The Senate's 'skinny repeal' of Obamacare fails (2017)":
        r"(?i)\b(Senate|repeal|bill|measure)\b.{0,150}\b(fail\w*|defeat\w*|died|fell short|crash\w*)\b|"
        r"\b(fail\w*|defeat\w*)\b.{0,150}\b(repeal|bill|Obamacare|healthcare law)\b",
}
# slant evidence of neutral words: surprise ("an unexpected failed ... vote", "the stunning defeat", "a stunning
# political upset"), "the greatest access", "admit they committed sabotage", "a powerful force", a "deadly" attack,
# "unpleasant conversations", "What's fascinating", Obama's eulogy's "worthy", "powerful interests" and "precious
# freedoms", sizes and sounds ("a huge roar", "Huge poster pictures", "a huge screen", "loud cheers", "a huge swath"),
# "enjoyed the rain", "armed and dangerous", "a gruesome scene", "violent" hours and a "violent exchange", "nostalgic"
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG["The Senate's 'skinny repeal' of Obamacare fails (2017)"] = r"^(?i:unexpected|stunning|greatest|admit)$"
SLANT_WRONG["Theresa May loses her majority (2017)"] = r"^(?i:a powerful|powerful|stunning)$"
SLANT_WRONG["Apple fights the order to unlock the San Bernardino iPhone (2016)"] = (r"^(?i:deadly|unpleasant|"
                                                                                  r"fascinating)$")
SLANT_WRONG["Obama at Nelson Mandela's memorial (2013)"] = r"^(?i:worthy|powerful|precious|a huge|huge|loud|enjoyed)$"
SLANT_WRONG["The manhunt for the Boston Marathon bombers (2013)"] = (r"^(?i:dangerous|gruesome|violent|nostalgic|"
                                                                  r"a huge|huge)$")
# furniture left in the text: USA Today's byline ("Natalie DiBlasio, and Elizabeth Weise"), its player's "CLOSE" and
# credit ("USA TODAY reporter ... contributed to this story", no full stop); Fox's "More On This... ..." and
# "[pullquote]"; CNN's "READ: ..." links (3) and editors' note; NPR's live pages' update notes ("(This post was last
# updated at ...)", "(Most recent update: ...)"), embed labels ("SABC's Live Coverage YouTube", "Vatican YouTube"),
# pointers ("Obama's Full Speech:" over "We've added a separate post with ...", "We've embedded live coverage ... at
# the side of this post.", "We also live blogged the service so if you want a play-by-play keep reading. ..."), "More
# NPR Reports:" and its two linked headlines, and a linked headline "(The New York Times)"; Democracy Now's "This is a
# rush transcript. ..." and its tease of the next segment ("This is Democracy Now! When we come back, ... Stay with
# us.")
FURNITURE = (r"^Natalie DiBlasio, and Elizabeth Weise$|^CLOSE$|contributed to this story$|^More On This\.\.\.|"
             r"^\[pullquote\]$|^READ: |^Editors' Note:|^\(This post was last updated|^\(Most recent update:|"
             r"^SABC's Live Coverage YouTube$|^Vatican YouTube$|^Obama's Full Speech:$|^We've added a separate post|"
             r"^We've embedded live coverage|^We also live blogged|^More NPR Reports:$|"
             r"^\"Pope Benedict XVI: A Champion Of Catholic Tradition\.\"$|"
             r"^\"Pope Benedict Leaves Behind A Mixed Legacy\.\"$|\(The New York Times\)$|"
             r"^This is a rush transcript|^This is Democracy Now! When we come back")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review25", EVENTS, OTHERS, marks))
