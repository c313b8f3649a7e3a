"""The 6 events of review 27: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review27_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review27_events.py --src /old/src  # another version

A fact-checker's review (review 27, 2026-12-04) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3 articles each, 2012-2018, outlets of two or three leanings, the ids
below, none used by review_allsides.py or review8-26_events.py) of kinds the earlier reviews had little of: Ben
Bernanke telling the Senate the economy has slowed (a central bank's testimony; NPR's is a live page of the morning),
Margaret Thatcher's death (an obituary of a foreign leader; Business Insider's is a list of her quotes, each with its
source line), Michele Bachmann's decision not to seek re-election (a retirement announced by video), an AirAsia jet
vanishing over the Java Sea (an air disaster abroad, the first day and the second), the "affluenza" teen Ethan Couch
and his mother detained in Mexico (a fugitive caught abroad; the Monitor's is an analysis of equal justice) and the
Supreme Court striking down the federal ban on sports betting (a ruling on a new subject, with sports and markets),
with 10 unrelated articles of the same weeks mixed in (2 near misses: Fox's preview of Bernanke's testimony the same
morning, updated with it; CNN on the AirAsia debris and bodies found two days later). This runs `manysides.analyze`
on those 28 articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per event story
everything a reader sees, marks with "X" what the review found wrong, and counts the marks per story ("review
marks"), so a fix can be checked before and after (`--load` marks a run saved with `--json` anew). Read against the
article texts, it found (marks of the code at commit 8b66248, REPORT_VERSION 155, ANNOTATOR_VERSION 103, a fresh
store):

* grouping: the six events make six stories; both near misses join theirs, the merge docs/grouping.md names (a piece
  on a neighbouring day about one running subject); the 8 others stay alone;
* cleaning: 46 removals in the event stories' articles, all furniture (CNN's 5 video players, USA Today's "More:"
  links and bylines, Politico's "( PHOTOS: ... )" links, NPR's update times, the Washington Times' copyright lines);
  furniture left in 3 lines of 3 articles: Politico's headline "Margaret Thatcher dies at 87" over the AP's story,
  Business Insider's source line "Channel 4, Oct 15, 1984, following an assassination attempt by the IRA." (in its
  quote's paragraph; also an "only one outlet reports" item), NPR's video credit "teambachmann YouTube";
* summaries without the event's main fact, or with a sentence that cannot stand in it: 2 of 6: Thatcher's holds
  Politico's headline "Margaret Thatcher dies at 87." as its second sentence; Bachmann's opens with the Washington
  Times' "Mrs. Bachmann eventually came crashing back down to earth and on Wednesday she announced ..." (pointing back
  to the rise told before it, in that outlet's imagery, where Politico and NPR tell the decision plainly);
* "only one outlet reports" items another outlet reports, or furniture, or no news: 6 of 130: Fox's British
  businessman and his two-year-old daughter (USA Today: a Briton and his 2-year-old Singaporean daughter), the
  Washington Times' sixth place in Iowa and NPR's (each given as only its own), Business Insider's source line and its
  quote given to "Russians", NPR's "Bernanke is speaking to the Senate Banking, ... which is webcasting the hearing
  here." (a live page's pointer);
* shared points pairing different statements: 7 of 66 (CNN's clean slate in the adult system with the Monitor's judge
  keeping Couch out of jail; Fox's up to 10 years if Couch's probation is revoked with CNN's up to 40 years on adult
  probation; Fox's flight scheduled ... that lost contact with the flight operated by AirAsia's Indonesian affiliate;
  Fox's expert's "The circumstances bode well ..." with USA Today's fate still a mystery; Fox's "Singapore time (7:20
  p.m. Eastern Time Saturday)." (the tail of a sentence cut after "8:20 a.m.": the scheduled arrival) with USA Today's
  time contact was lost (6:24 p.m. ET); the New York Times' Fed able to signal rates near zero beyond 2014 with the
  Fed's plan reiterated; Fox's "the Fed can only do so much" with the Times' dual mandate);
* disputes and differing figures: 1 of 2 not genuine (Fox's up to 10 years in prison if the probation is revoked
  against the 20 years the prosecutors asked for at the 2013 trial; AirAsia's 16 children and one infant against
  CNN's 18 children including one infant is a genuine difference of the outlets);
* quotes given to the wrong speaker or words: 13 of 339: "Russians" for two of Thatcher's (Business Insider's list:
  "The Russians are bent on world dominance ..." and, from its introduction, "The Iron Lady."), "AirAsia X." (the
  sister airline the article names once) for three of AirAsia's statements (Fox), "Indonesia" for AirAsia Indonesia's
  "the pilot had asked to change course ..." (Fox) and for Indonesia's Vice President Jusuf Kalla's "some reports
  from Australia" (CNN), "the head" (of "the head of search and rescue in the ...") for CNN's search teams checking the
  area of the smoke, "a congresswoman with a bull's eye" for Bachmann's "[T]he law limits anyone ..." ("The
  congresswoman added on the ... video"), Thatcher for the jokes "claiming she beat her all-male Cabinet ministers
  with her handbag"; and words: David Cameron's running on past the source's closing '' ("... a great Briton,''
  Cameron said in a statement."), Bachmann's running on past the dash into the Washington Times' "ending an
  astonishing political career ...", the Republicans' cut at "and" ("... lead to higher inflation and");
* slant evidence of neutral words: 23 of 41 spans (sentences not judged, as in reviews 25 and 26): a search's or a
  discovery's weight ("grim" (2), "a huge" effort, "huge", "anxious" wait, "challenging"), "cheap" travel, "drunk"
  driving (2), the sentence some "felt too lenient" (their view, told), the jokes "claiming" (2), "admitted" (no
  regrets), "easy" wins, "huge" companies, her belief that it was "impossible", the admirers' "extraordinary" (2) and
  the critics' "filthy rich", her finding feminists "tiresome", Bernanke's outlook described as "bleak" and "grim",
  a "modest" expansion.
Also seen, not counted: USA Today's and Fox's Setiayana is also "Setiaya" (USA Today's spelling, a second voice);
"First Admiral Sigit Setiayana" keeps his rank in his name; Flightradar24 is a person among the voices; CNN's
Bambang Sulistyo is a voice apart from Henry Bambang Soelistyo (a spelling of the sources), and a "Bambang Soelistyo"
is a document; Fox's Ariel Vera and CNN's Ricardo Vera are two (the sources differ); Peter Jenkins, "a leading
liberal political commentator" of Britain, is "Democratic-identified" in Fox's sourcing evidence; the Washington
Times' and Fox's AP texts on Bernanke give 15 shared points the same wording (one wire story, as designed).
Articles showing no phrase 21 of 28, no phrase and no loaded span 11.
Since (session 39, helper E; before = the figures above, main's fresh store at 8b66248): a word in the complement a
verb of judging or feeling gives its object ("she often found feminists tiresome", "Those who felt the sentence too
lenient") or in a sentence opened by whose view it tells ("For admirers, ...", "For critics, ...") is the holders'
view, and "drunk driving" and "driving drunk" name the offence (docs/model-card-slant.md; ANNOTATOR_VERSION 106, a
fresh store): slant 23/41 -> 15/29 (Politico's "extraordinary" (2), "filthy", "tiresome" and "impossible", CNN's
"lenient", Fox's and the Monitor's "drunk" gone, with the 4 evidence sentences tied to them; labels and scores the
same; no phrase 21 -> 22 articles, no phrase and no loaded span 11 -> 14); every other line the same (the rules fire at
no word of reviews 12-26's texts; BASIL's figures identical).
Since (session 39, helper E; before = the figures just above): a person's name ending in one letter ("its sister
airline AirAsia X.", typed a person) makes no lone word the NER typed otherwise ("AirAsia said") that person
(docs/quotes.md; ANNOTATOR_VERSION 107, a fresh store): quotes 13/339 -> 10/339 (Fox's three "AirAsia said" quotes
AirAsia's, no longer "AirAsia X."'s; the voices list AirAsia in 4 articles and no "AirAsia X."); every other line the
same (no other review's article holds such a name with a lone word of it).
Merged (session 39, helpers B-H and the lead: a fresh store at f21d589, ANNOTATOR_VERSION 111, REPORT_VERSION
"161"): summary 2/6, shared 6/66, unique 6/130, quotes 10/339, disputes 1/2, slant 13/26, furniture 3 lines (main at
8b66248: summary 2/6, shared 7/66, unique 6/130, quotes 13/339, disputes 1/2, slant 23/41, furniture 3 lines; against
helper E's own rules, the other helpers' took two more wrong slant spans and one wrong shared point).
Since (session 40, helper C; before = main's fresh store at 6edce73, ANNOTATOR_VERSION 113, REPORT_VERSION "161";
after = a fresh store, ANNOTATOR_VERSION 118, REPORT_VERSION "163"): a headline line is no sentence of a summary and
a point's wording opening with "But" goes after a plain one (docs/comparison.md); cleaning takes a headline over a
wire story's dateline and a channel's handle run into "YouTube" (docs/inputs.md): summary 2/6 -> 0/6 (Thatcher's,
without Politico's headline, opens with Business Insider's "Margaret Thatcher was one of the more quotable
politicians in recent memory." and goes on with Fox's "Former British Prime Minister Margaret Thatcher, ..., has
died at 87 after suffering a stroke."; Bachmann's opens with NPR's "Rep. Michele Bachmann, ..., announced early
Wednesday that she will not seek re-election to a fifth term in Congress."), furniture 3 -> 1 line (left: Business
Insider's "Channel 4, Oct 15, 1984, ..."); Fox's Thatcher items give "Thatcher led the Tories to a landslide victory
in 1979, ..." in place of "The surge of national pride ...", and "London" as a detail of its own once Politico's
dateline went; every other line the same.
Since (session 40, helper A; before = main's fresh store at 6edce73, the "Merged" figures above): '' closing a
quotation, a report's end before a dash and the narrator's outcome participle or word on it, before a second speech
participle and never on a conjunction (ANNOTATOR_VERSION 114); a country before a titled person, a company's
national arm, "the head of ..." with its "of" phrase, "the congresswoman" after a described one, jokes "claiming",
a parenthesised sentence's speaker (ANNOTATOR_VERSION 115; docs/quotes.md, "Session 40's quotes"; a fresh store):
quotes 10/339 -> 1/337 (AirAsia Indonesia's, Jusuf Kalla's, "the head of search and rescue"'s, Bachmann's "[T]he law
limits ...", Cameron's closed at '', Bachmann's report without "— ending an astonishing ...", the Republicans'
without "and"; "The Russians are bent ..." and the jokes' words no one's, so not listed; left: "Iron Lady." given to
"Russians", the label they gave her in the list's "(The Russians would respond by calling her the "Iron Lady.")",
which the rules read as theirs by design), summary 2/6 -> 1/6 (Bachmann's opens with NPR's announcement now that
the Washington Times' report stops at the dash), slant 13/26 -> 13/27 (the Times' "astonishing", now narration, is
listed at +0.000); the voices lists, the changed quotes' sourcing evidence and an "only" item's credit ("— Russians"
gone) follow; every other line the same.
Since (session 40, helper B; before = main's fresh store at 6edce73, ANNOTATOR_VERSION 113): "grim" or "bleak" of an
assessment, a picture or the finding of the dead, "anxious" of a wait, "easy" of a win, "huge" of a business, "cheap"
travel, "a modest expansion", "challenging" (as "difficult"), a joke's "claiming" and "hardly ever admitted" are no
loaded wording (docs/model-card-slant.md, session 40; ANNOTATOR_VERSION 116-117, a fresh store): slant 13/26 -> 0/7
(USA Today's "cheap", CNN's "anxious", "challenging" and "grim" (phrase and word), Fox's "claiming" (phrase and verb),
"easy", "huge" and "admitted", the Washington Times' "bleak" and "grim", the New York Times' "modest" gone, with the 7
evidence sentences that held them; Fox's Thatcher shows "During 11 bruising years ... a ruthless dedication ..."
instead; labels and scores the same; no phrase 22 -> 24 of 28 articles, no phrase and no loaded span 14 -> 19); every
other line the same.
Since (session 40, helper D; before = main's fresh store at 6edce73, the compare stage rerun on a copy of it): a zone
is one however written ("Eastern Time", "ET") and two times named in one zone half an hour apart are two moments; a
figure of an outcome requested ("had requested that Couch be sentenced to 20 years") is hypothetical; a sentence
pointing to a link the text lost ("..., which is webcasting the hearing here.") is furniture (REPORT_VERSION 164); two
hypotheticals whose conditions share no word, with figures of one unit none alike, are two statements (REPORT_VERSION
165; docs/comparison.md): shared 6/66 -> 4/64 (Fox's "Singapore time (7:20 p.m. Eastern Time Saturday)." and its up
to 10 years if the probation is revoked no longer in points with USA Today's 6:24 p.m. and CNN's up to 40 years),
disputes 1/2 -> 0/1 (the 20 years requested at the trial against the up to 10 years gone), unique 6/130 -> 5/129
(NPR's "... which is webcasting the hearing here." gone); every other line the same.
Merged (session 40, helpers A-G and the lead; a fresh store of the merged code, ANNOTATOR_VERSION 123 or 124,
REPORT_VERSION "169" or "170", which change nothing here but review 24's line below): summary 0/6, shared 4/64,
unique 5/129, quotes 1/337, disputes 0/1, slant 0/8, furniture 1 line (main at 6edce73: summary 2/6, shared 6/66,
unique 6/130, quotes 10/339, disputes 1/2, slant 13/26, furniture 3 lines).
About 5 minutes under a load of 9 (a fresh store; 1.1 minutes of CPU).
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 4/64
-> 4/67 (the four counts of manslaughter, MH370's 239 aboard, and Malaysia's three ships, the last a plan beside the
deployment, unmarked); every other mark the same.
Since (session 44, helper F; before = main's fresh store at e70cea9): a plan is a future beside its deed ("planned to
deploy" / "has deployed"), with a denial beside what it denies, a possibility raised and a call for something beside
the fact (docs/comparison.md; REPORT_VERSION "218", a copy): shared 4/67 -> 4/66 (Malaysia's ships "planned to
deploy" / "has deployed", unmarked, split); every other mark the same.
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): shared 4/67 -> 4/68 (Business Insider's and Fox's "Iron Lady" one point), unique 5/129 -> 5/128
(NPR's Bachmann quotation, cut at "option o...", no longer an item); lone-mark sentences 42 -> 0; every other mark the
same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

BERNANKE = "Bernanke tells the Senate the economy has slowed (2012)"
THATCHER = "Margaret Thatcher dies (2013)"
BACHMANN = "Michele Bachmann will not seek re-election (2013)"
AIRASIA = "An AirAsia jet vanishes over the Java Sea (2014)"
AFFLUENZA = "The 'affluenza' teen detained in Mexico (2015)"
BETTING = "The Supreme Court strikes down the sports betting ban (2018)"
EVENTS = {
    BERNANKE: ["Rq3cdmzAHqPKXgLN", "EZcymWkh3jtmBU2o", "3JtXRLnAnrmxSYa9"],
    THATCHER: ["Bs3zSzaVFB7EMJXC", "kslGgtVvZkiWn8se", "5SkNRHbxwko13uKE"],
    BACHMANN: ["CXlHsMwfTMfAjJ0R", "eIuqcyqyToCSOMf6", "lC09HaX7FsqcJln2"],
    AIRASIA: ["B2PE2qei0XqDCIcN", "OjF53RDcmyPt60nX", "eXVaJePEc751rHD8"],
    AFFLUENZA: ["9WZmqqytkiDjvjHS", "FW202MupmSDtuDd1", "wXOOpod4C6s40o6Z"],
    BETTING: ["9Jl45JIGShBL8dwF", "wk4zJuduT7R8tuCj", "wH3eFtty0AaZ67qK"],
}
# 2 near misses (Fox's preview of Bernanke's testimony the same morning; CNN on the AirAsia debris found two days
# later), 8 others
OTHERS = ["8GNpLdtKQARJ0xpE", "41TqWGpbWkLWBdBv", "uk3YHearUo8rGkIN", "8Odt2x53CceTaU7l", "FHP9QY1FwsBnLGaj",
          "a9dbWMfCk46TzvpW", "JeX2nLw7mFmmSKnS", "tQotKRSUCpxv2fUQ", "mQY5YAO57ssjaUf3", "zsHB7BtHkIOmQIvh"]
# What the review found wrong, marked "X" in the output. Shared points: a wording of each pair that does not state one
# thing: CNN's clean slate in the adult system beside the Monitor's judge keeping Couch out of jail; Fox's up to 10
# years if his probation is revoked beside CNN's up to 40 years on adult probation; Fox's flight scheduled ... lost
# contact beside the flight operated by AirAsia Indonesia; Fox's expert's "The circumstances bode well ..." beside USA
# Today's fate still a mystery; the New York Times' Fed able to signal rates near zero beyond 2014 beside the Fed's
# plan reiterated; Fox's "the Fed can only do so much" beside the Times' dual mandate; Fox's scheduled arrival time
# (the tail of a sentence cut after "8:20 a.m.") beside USA Today's time contact was lost
SHARED_WRONG = (r"^Singapore time \(7:20 p\.m\. Eastern Time Saturday\)\.$|"
                r"^But since this violation happened in the juvenile system|"
                r"^If found to be drinking, Couch's probation could be revoked|"
                r"^Flight 8501 was scheduled to make a relatively short|"
                r"^The circumstances bode well for finding Flight 8501|"
                r"^Mr\. Bernanke also noted the Fed could take other steps|"
                r"^Bernanke has said that the Fed can only do so much")
# "Only one outlet reports" items another outlet reports too, or furniture, or no news: Fox's British businessman and
# his two-year-old daughter (USA Today: "a Briton and his 2-year-old Singaporean daughter"); the Washington Times'
# sixth place in Iowa and NPR's (each given as only its own); Business Insider's source line "Channel 4, Oct 15, 1984,
# ..." and its Thatcher quote given to "Russians"; NPR's "Bernanke is speaking to the Senate Banking, ... which is
# webcasting the hearing here." (a live page's pointer)
UNIQUE_WRONG = (r"^Sky News said a British businessman|^She placed sixth in the Iowa caucuses|"
                r"^Bachmann left the race on Jan\. 4, 2012, after finishing sixth|^Channel 4, Oct 15, 1984|"
                r"^They know that they are a super power|^Bernanke is speaking to the Senate Banking")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "russians": r".",                                   # Thatcher's words in Business Insider's list of her quotes
    "david cameron": r"Cameron said in a statement",    # the source's closing '' read as no close: words run on
    "thatcher": r"^she beat her all-male",              # "She loved the jokes claiming she beat ...": the jokes'
    "head": r"^On Tuesday, search teams",               # "the head of search and rescue in the ...": no one named
    "a congresswoman with a bull’s eye": r".",          # Bachmann's ("The congresswoman added on the ... video")
    "airasia x.": r".",                                 # AirAsia's ("AirAsia said ..."), not its sister airline's
    "indonesia": r"^(the pilot had asked to change course|some reports from Australia)",  # AirAsia Indonesia's;
    # Indonesia's Vice President Jusuf Kalla's ("Indonesia Vice President Jusuf Kalla said there were ...")
    "bachmann": r"ending an astonishing political career",  # the Washington Times' words after the dash
    "republicans": r"\band$",                           # cut at "and" (of "and suggesting that ...")
}
# disputes and differing figures the review found not genuine: Fox's up to 10 years in prison if the probation is
# revoked against the 20 years the prosecutors asked for at the trial (CNN); AirAsia's 16 children and one infant
# against CNN's 18 children including one infant is genuine (the outlets differ)
DISPUTE_WRONG = r"^up to 10 years$"
MAIN_FACT = {
    BERNANKE: r"(?i)\b(slow\w*|decelerat\w*)\b",
    # her death told, and no headline line ("Margaret Thatcher dies at 87.") standing as a sentence
    THATCHER: r"(?i)^(?!.*\bThatcher dies at 87\.)(?=.*\b(died|dies|dead)\b)",
    # the decision told, and not only as the Washington Times' "... eventually came crashing back down to earth ..."
    BACHMANN: r"(?i)^(?!.*\bcame crashing back down\b)(?=.*\b(not (to )?(seek|run)|retir\w*|leav\w*)\b)",
    AIRASIA: r"(?i)\b(disappear\w*|vanish\w*|missing|lost contact)\b",
    AFFLUENZA: r"(?i)\b(detain\w*|custody|caught|captur\w*)\b",
    BETTING: r"(?i)\b(struck down|strikes down|strike down|overturn\w*|legaliz\w*)\b",
}
# slant evidence of neutral words: a search's or a discovery's weight ("grim", "a huge", "huge", "anxious",
# "challenging"), "cheap" travel, "drunk" driving, the sentence some "felt too lenient" (their view, told), the jokes
# "claiming", "admitted" (no regrets), "easy" wins, her belief that it was "impossible", the admirers'
# "extraordinary" and the critics' "filthy rich", her finding feminists "tiresome", a "bleak" or "grim" outlook
# described, "modest" growth
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG[AIRASIA] = r"^(?i:grim|a huge|huge|anxious|challenging|cheap)$"
SLANT_WRONG[AFFLUENZA] = r"^(?i:drunk|lenient)$"
SLANT_WRONG[THATCHER] = r"^(?i:claiming|admitted|easy|huge|impossible|extraordinary|filthy|tiresome)$"
SLANT_WRONG[BERNANKE] = r"^(?i:bleak|grim|modest)$"
# furniture left in the text: Politico's headline over the AP's story, Business Insider's source line of a quote
# (in the quote's paragraph), NPR's video credit "teambachmann YouTube"
FURNITURE = r"^Margaret Thatcher dies at 87$|Channel 4, Oct 15, 1984|^teambachmann YouTube$"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review27", EVENTS, OTHERS, marks))
