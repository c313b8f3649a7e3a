"""The 6 events of review 29: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review29_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review29_events.py --src /old/src  # another version

A fact-checker's review (review 29, 2026-12-04) read every output of six BASIL events of
../shared/data/same_event/articles.jsonl (full articles of Fox News, the New York Times and HuffPost, the three of one
event each, 2011-2019, the ids below, none used by review9_events.py or review20_events.py) of kinds the earlier reviews
had little of: the White House releasing the Benghazi e-mails (a foreign-policy crisis's aftermath; Fox's is on the
State Department's warnings two days before), Obama and Boehner meeting on the fiscal cliff (a budget fight; HuffPost's
is the next meeting, four days later), Anthony Weiner denying he sent the photo (a scandal), Senate Democrats planning
to filibuster Gorsuch (a Supreme Court nomination; Fox's is the day before, HuffPost's a piece on the hearings two
days later), the congressional baseball shooting's aftermath (a shooting; Fox's is on lawmakers' security, the Times'
on the game the next night) and Trump declaring a national emergency on the border (immigration enforcement), with 10
unrelated same_event articles mixed in (2 near misses: Fox on Trump warning the shutdown could last years and he may
declare a national emergency, six weeks before; HuffPost on Obama defending the NSA's programs, three weeks after the
e-mails). This runs `manysides.analyze` on those 28 articles, written as one JSON Lines export with the dataset's
outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review found wrong,
and counts the marks per story ("review marks"), so a fix can be checked before and after (`--load` marks a run saved
with `--json` anew). Read against the article texts, it found (marks of the code at commit 6edce73, REPORT_VERSION
"161", ANNOTATOR_VERSION 113, a fresh store):

* grouping: four events make one story each; HuffPost's piece on the hearings stands apart from Fox's and the Times'
  Gorsuch reports, HuffPost's piece on the second meeting apart from the first's (a different meeting: not wrong);
  both near misses and the 8 others stay alone;
* cleaning: 7 removals in the event stories' articles, all datelines; furniture left in 3 lines: Fox's note on its
  reporter ("Brooke Singman is a Reporter for Fox News. Follow her on Twitter ..."), HuffPost's update stamp
  ("UPDATE: 9 p.m. -- White House spokesman ...") and its dateline written with an en dash and a hyphen
  ("WASHINGTON –- The White House ...", which the Benghazi summary then opens with as "- The White House");
* summaries without the event's main fact, or with a sentence that cannot stand in it: 2 of 6: the Benghazi summary
  opens with that stray "- "; the shooting's ends "Zachary Barth, a staffer ..., was shot in the leg. Doctors said his
  condition was critical but improving." (the Times' sentence on Scalise, read as the aide's);
* "only one outlet reports" items another outlet reports, a fragment, or no news: 17 of 122: HuffPost's 520,000
  arrests (the Times: 400,000, from 1.6 million in 2000), the funding bill passed on Thursday (HuffPost's and Fox's,
  the Times' too), Fox's $3.5 billion of military construction (the others' $3.6 billion), Fox's "at least 30"
  emergencies (the Times' 31), HuffPost's "Brendan Buck ... said just that." (a pointer), the Times' "would not offer
  details" and "first face-to-face negotiation ... since" (Fox gives both), Fox's '"The election is over," he said
  on ...' (a quotation's tail), Weiner's "jackass" and his series of interviews (each given as two outlets' own), his
  not knowing the woman (Fox gives it), HuffPost's 'I can't say with certitude" he told Russert.' (a fragment), its
  "not a national security matter" (Fox: no federal case), its photo sent last weekend (also a shared point);
* shared points pairing different statements: 3 of 30 (McConnell announcing his support with Republicans led by him
  urging Trump not to declare; the lobbyist's condition upgraded to "serious" with Scalise's "critical but improving",
  both "his condition"; Weiner's denial with the photo sent from his account);
* disputes and differing figures: 0 of 1 not genuine (Fox's $3 billion against the others' $3.6 billion is the
  outlets' difference);
* quotes given to the wrong speaker or words: 32 of 342. Words running on past the report into the speaker's second
  verb or another's claim (8): "... would be litigated in the courts and even predicted a rough road", "... would cost
  billions and acknowledged the unwillingness ...", "Congress should not raise any taxes, and were disappointed ...",
  "... pay its bills, and as part of talks ... has called for ...", "he had done nothing wrong and marveled at ...",
  "... had been hacked and dismissed the episode as a prank", "she received a direct message ..., and several other
  attractive women say ...", "she had no knowledge of the warning which former diplomatic security agents have told
  Fox News"; other words: "according to The Washington Post" in McConnell's, Fox's narration past a dash, the Times'
  aside on Hannity in Rand Paul's, "many swore" given to Flake, "mails belied" (cut at e-mails' hyphen). Speakers:
  "Kellyanne Conway" for George T. Conway III (2), Trump for Hoyer's "He added", "House Minority Whip" for Hoyer,
  "That judges" and "Democrats" for Roberts' "balls and strikes", "just two Republican senators" for the Times'
  narration, "Draft" for Nuland, Clinton for the agents' "cry for help", Graham for Dempsey's confirmation, "Fox News"
  for the agent who told it, Morell for Petraeus' "Frankly ...", "White House officials" for what the e-mails
  suggest, Rhodes for Nuland's e-mail and for Rice's aide's question, "Critics" for the draft's line, Boehner for
  HuffPost's reading ("signaling that"), "That group of Republicans" for Corker, Weiner for the reporter's question
  ("Asked point-blank, 'Is that picture you?' Weiner replied");
* slant evidence of neutral words: 8 of 31 spans (sentences not judged, as in reviews 25-27): "angry" complaints (a
  feeling said of others), "hot" dogs, a "dangerous" environment, the cuts Republicans "insist" upon (phrase and
  verb), the "grand bargain" (a name; phrase and word), the "worst" outcome averted.
Also seen, not counted: Fox's and the Times' Gorsuch reports share no point (both tell the filibuster threat and the
nuclear option); the Times' narration of the emergency ("freewheeling", "ping-ponged", "replete with misinformation",
"defensive and aggrieved", "mocking riff") and Fox's "legislative Enola Gay" show no evidence; sourcing from wrong
speakers moves labels ("just two Republican senators" +1.000 in the Times' Gorsuch report; Graham +0.520 in Fox's
Benghazi piece, labelled left -0.12); HuffPost's first meeting piece is "right +0.46" from Boehner's "Nice to see all of
you"; the Times' 400,000 and HuffPost's 520,000 arrests are not disputed; the emergency summary's second sentence
("The deal would provide only a fraction ...") points to a deal it never names; Pelosi's "Somewhere" is a detail; the
House Judiciary Committee's report runs into "while House Democrats plan ...". Articles showing no phrase 23 of 28, no
phrase and no loaded span 12.
Since (session 40, helper G; before = main's fresh store at 6edce73, the figures above): a reported clause ends before
the speaker's second verb the parse joined to its verb (ANNOTATOR_VERSION 122), the question put in an "Asked"
participle is no one's words and a dateline's dash written as a dash and a hyphen is taken (123), "his" or "her" after
people only points back (REPORT_VERSION "169"): quotes 32/342 -> 25/341 (Trump's "... and even predicted", Norton's
"... and acknowledged", Obama's "... and ... has called for", the spokesman's "... and dismissed", Ginger Lee's "...,
and several other attractive women say ..." (now the women's own), Weiner's and Rhodes' questions no one's), summary
2/6 -> 0/6 (the Benghazi summary without its stray "- ", the shooting's without "Doctors said his condition ..."),
furniture 3 -> 2 lines (the dateline taken), slant 8/31 -> 8/33 (Fox's Ginger Lee sentence and its "attractive",
now outside her report, unmarked: the outlet's word); every other line the same (a fresh store, `--db NEW`).
Merged (session 40, helpers A-G and the lead; a fresh store of the merged code, ANNOTATOR_VERSION 123 or 124,
REPORT_VERSION "169" or "170", which change nothing here but review 24's line below): summary 0/6, shared 3/30,
unique 17/122, quotes 25/341, disputes 0/1, slant 8/33, furniture 2 lines (main at 6edce73: summary 2/6, quotes
32/342, slant 8/31, furniture 3 lines; the rest the same).
Since (session 41, helper B; before = main's fresh store at 35bb6db, the merged figures above): anger said of what
people did or sent ("angry complaints"), "dangerous" of a place, "hot dogs", "a grand bargain" and "the worst outcome"
are no loaded wording, and words judging someone's manner as a fault, which BASIL marks and the lexicon does not rate,
are (docs/model-card-slant.md, session 41; ANNOTATOR_VERSION 127-128, a fresh store): slant 8/33 -> 2/30 ("angry",
"hot", "dangerous", the "grand" phrase and word and "worst" gone with the sentence "They were the first one-on-one
deficit talks ..."; the Times' "defensive" and "aggrieved" (emergency) and Fox's and the Times' "testy" (Weiner), all
BASIL-marked, added; left: the cuts Republicans "insist" upon, phrase and verb); labels and scores the same; every
other line the same. Still no evidence: the Times' "freewheeling", "ping-ponged", "replete with misinformation", "a
mocking riff" (BASIL leaves them unmarked) and Fox's "legislative Enola Gay"; Graham's +0.520 is the quote stage's
(the chairman's "confirmed" report given to Graham).
Since (session 41, helper D; before = main's fresh store at 35bb6db, a copy rerun, REPORT_VERSION "173"): two states
of a patient's condition none in common are two readings: shared 3/30 both, but the shooting's point of HuffPost's
lobbyist "upgraded from “critical” to “serious”" with the Times' "Doctors said his condition was critical but
improving" is gone; the Times' sentence now stands with Fox's "He remains in critical condition, but has improved in
the last 24 hours." (Scalise's both: right; the mark, a pattern on the Times' sentence, still counts it); every other
line the same.
Since (session 41, helper C; before = main's fresh store at 35bb6db, the merged figures above; a copy, the compare
stage rerun): a refusal to give details and "... said just that." are no items, a quotation's short sentences are
listed from where it opens, a quotation's tail whose opening mark the text lost is no item, a word two outlets quote
is one statement, and another outlet's figure at another value is no new figure (REPORT_VERSION "171"): unique
17/122 -> 10/118 (the Times' "would not offer details", HuffPost's Buck pointer and 'I can't say with certitude" he
told Russert.', Fox's "jackass", Fox's $3.5 billion and HuffPost's 520,000 arrests gone; McCarthy's quotation listed
whole, '"He's been to Pennsylvania. ... The election is over," he said ...'; two places taken by Fox's former
prosecutor on the FBI and the Times' Corker's comments); every other line the same.
Since (session 41, helper A; before = main's fresh store at 35bb6db, quotes 25/341): a name without a generational
suffix is not its suffixed namesake, an untyped holder's name after a title, not whom "Fox News" is told, the name
in an aside tag, the one faulted "for saying", a report opens with a whole hyphened word (ANNOTATOR_VERSION 125):
quotes 25/341 -> 18/341 ("Mr. Conway"'s two quotes George T. Conway III's, not Kellyanne Conway's; Hoyer's, not
"House Minority Whip"'s; Roberts' "balls and strikes" his, not Democrats'; the agent's, not Fox News'; "the e-mails
belied ..."; Corker's, not "That group of Republicans"'); an "as X said" aside names the speaker, a report ends
before another's report in a relative clause (126): 18/341 -> 16/341 (Roberts' other "balls and strikes" his, not
"That judges"'; Clinton's report without the agents' "which ... have told Fox News"); every other line the same but
the voices lists and sourcing evidence of those quotes (a fresh store, `--db NEW`).
Merged (session 41, helpers A-G; a fresh store of the merged code, ANNOTATOR_VERSION 131, REPORT_VERSION "177"):
summary 0/6, shared 3/30, unique 10/118, quotes 16/341, disputes 0/1, slant 2/30, furniture 2 lines (main at 35bb6db:
unique 17/122, quotes 25/341, slant 8/33, the rest the same).
Since (session 42, helper B; before = main's fresh store at 9fcad13, the merged figures above): terms insisted on "as a
condition" are no loaded wording, a judgement verb's -ing form describing words ("a mocking riff") is, and a reported
clause whose cue ends the words before it, its given speaker named only after it, is no sided voice
(docs/model-card-slant.md, session 42; ANNOTATOR_VERSION 134-135, a fresh store): slant 2/30 -> 0/28 (the Times'
"insist", phrase and verb, and the sentence of them gone; the Times' "mocking" (emergency) added, unmarked); Fox's
Benghazi sourcing without the chairman's "he knew about the cable ..." (+0.520 to Graham), his own question alone
+1.000; articles showing no phrase 23 -> 24, no phrase and no loaded span 12 -> 13; every other line the same.
Since (session 42, helper A; before = main's fresh store at 9fcad13, quotes 16/341): a relative clause of speech owns
the verb the parse hung after it, names joined by "and" speak together, a tag's full name the NER missed goes on for the
pronoun fallback (ANNOTATOR_VERSION 132; 133 changes nothing here): quotes 16/341 -> 14/341 (the agents' "cry for help"
theirs, not Clinton's; Hoyer's "He added that Ryan was investigating ..." his, not Trump's; unmarked: Fox's "This is
plainly a power grab ..." now "Nancy Pelosi and Chuck Schumer"'s, as the statement is, not Pelosi's alone); every other
line the same but the voices lists and the shooting piece's sourcing evidence (Hoyer's two more quotes; its label the
same) (a fresh store, `--db NEW`).
Since (session 42, helper D; before = main's fresh store at 9fcad13, the merged figures above; a copy, the compare
stage rerun): an appeal not to do something beside a sentence telling of no appeal that gives the deed is no point
(docs/comparison.md; REPORT_VERSION "181"): shared 3/30 -> 2/29 (the Times' Republicans led by McConnell urging
Trump not to declare and HuffPost's McConnell announcing the declaration in no point); every other line the same.
Merged (session 42, helpers A-H; before = main's fresh store at 9fcad13; after = a fresh store of e2b5172): quotes
16/341 -> 14/341, shared 3/30 -> 2/29, slant 2/30 -> 0/28; summary 0/6, unique 10/118, disputes 0/1 and furniture 2
lines the same (each helper's part above).
Since (session 43, helper B; before = main's fresh store at 9a69f00): a relative clause without "that" reports
nothing, and a word the NER typed a name beside its noun's head is no one (docs/quotes.md; ANNOTATOR_VERSION 142, a
fresh store): quotes 14/341 -> 12/340 (the Times' "a seat they believe Mr. Obama had a right to fill, or ..." no
longer a report of "just two Republican senators", nor its sourcing evidence; Fox's "she argued that ..." Victoria
Nuland's, not "Draft"'s); every other line the same but the voices lists.
About 3 minutes under a load of 9 (a fresh store).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 2/29
-> 2/31 (the $600 million from the Treasury forfeiture fund in three outlets, the 1.6 million arrests of 2000, the
800,000 federal employees without pay: each one fact, unmarked); every other mark the same.
Since (session 44, helper F; before = main's fresh store at e70cea9): a verb negated or denied beside it told as a
plain deed, done to what was denied, is no one point, with a possibility, a call and a plan beside the deed; and a
lead naming an outlet only in an aside on where the words were said is said without it (docs/comparison.md;
REPORT_VERSION "218", a copy): shared 2/31 -> 1/30 (Fox's "... said Wednesday he's certain he did not send a lewd
photo ..." / HuffPost's "... a lewd photo ... was sent ... from Weiner's Twitter account" split), summary 0/6 both
(the Weiner summary opens with Fox's lead without its "in an interview with Fox News"; without the summary rule it
lost the main fact, 1/6); every other mark the same.
Since (session 45, helper B; before = main's fresh store at 2addafe): a last "according to ..." credit is no part of a
report (docs/quotes.md, "Session 45's speakers and reports"; ANNOTATOR_VERSION 170, a fresh store): quotes 12/340 ->
11/340 (HuffPost's McConnell report without "according to The Washington Post"; the sourcing spans' shares follow);
every other mark the same.
Since (session 46, helper D; before = main's fresh store at 9f83842): "package" is read as "bill", "spending" as
"funding", "evening" as "night" when an item's words are sought in another outlet's passage (docs/comparison.md;
REPORT_VERSION "247", a copy): unique 10/118 -> 9/117 (HuffPost's "Congress passed a government funding bill
Thursday evening." gone beside the Times' "The spending package passed Thursday by Congress ..."); every other line
the same.
Since (session 46, helper G; before = main's fresh store at 9f83842): a report ends before a second verb whose
auxiliary agrees with the speaker ("Some say ..., and were disappointed"), before a joined past verb of saying or
reacting with its own clause or "at" ("and marveled at what ..."), before a last present aside on an apposition
("..., the Fox News host, who is not known ...") and before a dash and "spurring" (docs/quotes.md, "Session 46,
helper G"; ANNOTATOR_VERSION 212, a fresh store): quotes 11/340 -> 7/340 (Some's, Weiner's, Rand Paul's and the
lawmakers' reports cut where the narration begins; Weiner's sourcing spans' shares follow); every other mark the
same.
Since (session 47, helper G; before = main's fresh store at 71d1fa9): he after an opening "when the draft was sent
to Mr. X" is X; they after "While the e-mails portrayed ..." is the e-mails (no voice); "After the chairman ...
confirmed" and "At 9:24 p.m., Ms. X, ..., complained" give the cue the subject the parse lost; a participle right
after a writing's noun after "from" is the writing's; "signaling that" reads a deed; a relative "that" after the
verb's object reports nothing (docs/quotes.md, "Session 47, helper G"; ANNOTATOR_VERSION 235, a fresh store): quotes
7/341 -> 0/338 (Petraeus', Nuland's, the chairman's and the final draft's words theirs; the e-mails', Boehner's
"signaling" and Flake's "many swore" reports gone; the voices and HuffPost's sourcing shares follow); every other mark
the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import SAME_EVENT, Marks, run_review  # noqa: E402

BENGHAZI = "The White House releases the Benghazi e-mails (2013)"
CLIFF = "Obama and Boehner meet on the fiscal cliff (2012)"
WEINER = "Weiner denies sending the photo (2011)"
GORSUCH = "Democrats plan to filibuster Gorsuch (2017)"
SHOOTING = "The congressional baseball shooting's aftermath (2017)"
EMERGENCY = "Trump declares a national emergency on the border (2019)"
EVENTS = {
    BENGHAZI: ["basil-312676c4-7676-4bc8-a4e6-ed168947ba75", "basil-3a92b2ca-738a-4aa2-a0cb-d8aee5823a80",
               "basil-cb62fdc6-242a-4a95-9f03-44e1a1cd7ba2"],
    CLIFF: ["basil-8d93d939-9306-4f40-b178-3f2db2a77fa7", "basil-a02e132d-8194-4a2d-a831-92c6a62aac83",
            "basil-fd1fbe97-6d0c-4e08-9745-4976c725b519"],
    WEINER: ["basil-4ed618f7-7991-4588-aba4-eb4f8da647c0", "basil-af996942-a8ed-489c-b641-c16a5f8f804b",
             "basil-fe4844ec-8707-45df-aee5-6964add1c47f"],
    GORSUCH: ["basil-099d8a20-47ed-411b-af79-16a60806930d", "basil-cc9c169a-a781-4e90-a3d2-aa77b61ef06c",
              "basil-f0a234a6-9142-44dd-abc3-e12336a00c75"],
    SHOOTING: ["basil-1f817770-ae60-467d-8a53-0d3ee8caa05c", "basil-34ed48f7-3ad7-47ee-953d-906aad9b37fd",
               "basil-f2c16873-7db9-4345-b0af-715564e73a7b"],
    EMERGENCY: ["basil-06ed783e-f462-4003-af6a-20ee3e69b6a4", "basil-32dfaacf-e2ea-4f8d-9c55-feafefb40b6f",
                "basil-6ea16a66-c839-4de9-8f05-6244498bd216"],
}
# 2 near misses (Fox on Trump warning the shutdown could last years and he may declare a national emergency, six
# weeks before the declaration; HuffPost on Obama defending the NSA's programs, three weeks after the Benghazi
# e-mails), 8 others
OTHERS = ["basil-cdaba747-9514-4a92-b1a9-262da1be54ab", "basil-2182a499-7e6c-4bad-9cb5-87f564e52a7a",
          "basil-02eca38d-a69b-4427-a69f-34121bca6358", "basil-c7f8467e-2dca-4ad7-bb2e-52d01356510c",
          "basil-e2782a75-581f-41e3-9fd3-a1c5e7ec4cf0", "basil-0e0c9fac-c253-45e6-99fd-b725c84a9b1c",
          "basil-3b015abd-0e07-4329-85f6-7ae616cbda37", "basil-98ccf4b4-3ad1-4c85-af98-559389a43515",
          "basil-a82174d9-e45b-4958-b4c6-545ae992de7c", "basil-09267ce5-d014-49b9-af58-7f4534db10e8"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: McConnell announcing his support beside Republicans led by him urging Trump not to declare; the lobbyist's
# condition upgraded to "serious" beside Scalise's "critical but improving" (both "his condition"); Weiner's denial
# beside the photo sent from his account
SHARED_WRONG = (r"^For weeks, Republicans led by Senator Mitch McConnell|^His condition was upgraded from|"
                r"^Doctors said his condition was critical but improving|"
                r"^Last weekend, a lewd photo of a man's bulging underpants")
# "Only one outlet reports" items another outlet reports too, a fragment, or no news: HuffPost's 520,000 arrests (the
# Times: down to 400,000 from 1.6 million in 2000), the funding bill passed on Thursday (HuffPost's and Fox's, the
# Times gives it too), Fox's $3.5 billion of military construction (the others: $3.6 billion), Fox's "at least 30"
# emergencies in effect (the Times: 31); HuffPost's "Brendan Buck ... said just that." (a pointer; the Times quotes
# Buck); the Times' "would not offer details" and "first face-to-face negotiation ... since" (Fox: "not reading out
# details", "for the first time in weeks"); Fox's '"The election is over," he said on NBC's "Meet the Press."' (the
# tail of a quotation); Weiner's "jackass" (Fox's and HuffPost's, each as its own), his series of interviews (the
# Times' and Fox's, each as its own), not knowing the woman (Fox gives it), HuffPost's 'I can't say with certitude"
# he told Russert.' (a fragment), its "not a national security matter" (Fox: no federal case), its photo sent last
# weekend (Fox gives it; the same sentence is also a shared point)
UNIQUE_WRONG = (r"^There were roughly 520,000 arrests|^Congress passed a government funding bill Thursday evening|"
                r"^The compromise package, which was negotiated for weeks|"
                r"^But by declaring an emergency, Trump would also seek to unlock money|"
                r"^According to the Congressional Research Service, there are at least 30|"
                r"^In a response shortly after the emails were made public on Wednesday, Brendan Buck|"
                r"^Administration officials would not offer details|"
                r"^The meeting was the first face-to-face negotiation|"
                r"^The election is over,\" he said|^At one point, Weiner referred to a reporter|"
                r"^Earlier this week, the colorful and sometimes combative congressman|"
                r"^On Wednesday, he adopted a strikingly different approach|"
                r"^The New York Democrat, who is known for his combative style|"
                r"^He said he did not know the woman who received the photo|^I can't say with certitude\" he told|"
                r"^\"This is not a national security matter|^Last weekend, a lewd photo of a man's bulging underpants")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "mitch mcconnell": r"according to The Washington Post$",      # the source's attribution in his words
    "kellyanne conway": r".",                                        # George T. Conway III's ("Mr. Conway ... wrote")
    "donald trump": r"and even predicted a rough road",             # runs on into his second verb
    "trump": r"^Ryan was investigating",                            # Hoyer's ("He added that ...")
    "house minority whip": r".",                                     # Steny Hoyer's (his title as a name)
    "lawmakers": r"spurring new questions",                         # runs on past the dash into Fox's narration
    "james norton": r"and acknowledged the unwillingness",          # runs on into his second verb
    "rand paul": r"not known for bipartisan spirit",                # the Times' aside on Hannity
    "jeff flake": r"^many swore",                                   # "recalling past tragedies that many swore ..."
    "that judges": r".",                                             # Roberts' "balls and strikes"
    "democrats": r"^balls and strikes$",                            # Roberts' ("promising to call only ...")
    "just two republican senators": r".",                            # the Times' narration of the Democrats' choice
    "draft": r".",                                                   # Nuland's ("she argued that ...")
    "clinton": r"former diplomatic security agents|^cry for help",  # the agents' words (and the report runs on)
    "lindsey graham": r"^he knew about the cable",                  # Dempsey's ("the chairman ... confirmed")
    "fox news": r"^the multiple warnings",                          # the former agent's ("told Fox News")
    "michael j. morell": r"^Frankly",                               # Petraeus' ("sent to Mr. Petraeus, he ...")
    "white house officials": r"^Mr\. Obama’s aides mostly mediated",  # the e-mails' ("they suggest")
    "republicans": r"^mails belied",                                # "e-mails" cut at its hyphen
    "benjamin j. rhodes": r"^(These don’t resolve|Is this the final language)",  # Nuland's; Rice's aide's question
    "critics": r"^at least five other attacks",                     # the draft's line
    "john boehner": r"^there may not realistically be",             # HuffPost's reading ("signaling that")
    "that group of republicans": r".",                               # Corker's ("Mr. Corker said on Fox")
    "some": r"and were disappointed",                               # runs on into their second verb
    "obama": r"and as part of talks",                               # runs on into his second verb
    "anthony weiner": r"^Is that picture you\?",                   # the reporter's question ("Asked point-blank")
    "ginger lee": r"several other attractive women",                # runs on into the women's claim
    "anthony d. weiner": r"and marveled at what he said",           # runs on into his second verb
    "weiner's spokesman": r"and dismissed the episode",             # runs on into his second verb
}
# disputes and differing figures the review found not genuine: none (Fox's $3 billion the emergency unlocks against the
# others' $3.6 billion is a difference of the outlets)
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    # the release told, and no dateline's dash left at the summary's start
    BENGHAZI: r"(?i)^(?!- )(?=.*\be-?mails?\b)(?=.*\b(releas\w*|Benghazi)\b)",
    CLIFF: r"(?i)\bBoehner\b.{0,200}\b(met|meet\w*|talks?)\b|\b(met|meeting)\b.{0,200}\bBoehner\b",
    WEINER: r"(?i)\bWeiner\b.{0,200}\b(den\w*|did not send|not send)\b",
    GORSUCH: r"(?i)\bGorsuch\b.{0,200}\b(filibuster\w*|nuclear)\b|\b(filibuster\w*|nuclear)\b.{0,200}\bGorsuch\b",
    # the shooting told, and no "his condition" that reads as the aide's after his sentence
    SHOOTING: (r"(?i)^(?!.*was shot in the leg\. Doctors said his condition)"
               r"(?=.*\b(shot|shooting|gunman|opened fire)\b)"),
    EMERGENCY: r"(?i)\bnational emergency\b",
}
# slant evidence of neutral words: Republicans' "angry" complaints (a feeling said of them), "hot" dogs, a "dangerous"
# environment, the demands Republicans "insist" upon, the "grand bargain" (a name), the "worst" outcome averted
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[EMERGENCY] = r"^(?i:angry)$"
SLANT_WRONG[SHOOTING] = r"^(?i:hot)$"
SLANT_WRONG[BENGHAZI] = r"^(?i:dangerous)$"
SLANT_WRONG[CLIFF] = r"^(?i:insist|grand|worst)$"
# furniture left in the text: Fox's note on its reporter, HuffPost's update stamp and its dateline with an en dash and
# a hyphen
FURNITURE = r"^Brooke Singman is a Reporter for Fox News|^UPDATE: 9 p\.m\. --|^WASHINGTON –-"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review29", EVENTS, OTHERS, marks, SAME_EVENT))
