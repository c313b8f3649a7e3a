"""The 6 events of review 22: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review22_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review22_events.py --src /old/src  # another version

A fact-checker's review (review 22, 2026-12-03) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 articles each, 2012-2018, the ids below, none used by
review_allsides.py or review8-21_events.py) of kinds the earlier reviews had little of: the Supreme Court's ruling on
Arizona's immigration law (a court ruling; NPR's is on what it means for Obama and Romney), the Congressional Budget
Office's report on Obamacare and jobs (a report; the center outlet is Aaron Carroll's column, a second left one Jon
Terbush's explainer), Ferguson the night after the grand jury declined to indict the officer (a police shooting's
decision; CNN's and Reuters' are on the day after), Facebook accused of suppressing conservative news (a tech company's
scandal; the Guardian's is a column the day after), the US tariffs on $34 billion of Chinese goods taking effect and
China's answer (a trade decision) and Florida's vote restoring felons' voting rights (a state ballot result; the
Guardian's is a feature three days later), with 10 unrelated articles of the same weeks mixed in (2 near misses: Fox
on the budget office chief's testimony the day after the report, Fox on protests across the country the second day
after the decision). This runs `manysides.analyze` on those 30 articles, written as one JSON Lines export with the
dataset's outlets and leanings, prints per event story everything a reader sees, marks with "X" what the review found
wrong, and counts the marks per story ("review marks"), so a fix can be checked before and after (`--load` marks a
run saved with `--json` anew). Read against the article texts, it found (marks of the code at commit d3b53b9,
origin/main, REPORT_VERSION 118, ANNOTATOR_VERSION 64):

* grouping: both near misses join their stories (Fox on the CBO chief's testimony, Fox on the protests across the
  country), the merge docs/grouping.md names (a piece on a neighbouring day about one running subject); the Guardian's
  feature on Florida's vote, three days later, stands apart; the 8 others stay alone;
* cleaning: 68 removals in the event stories' articles, all furniture; furniture left in 2 lines: Politico's "( IN 90
  SECONDS: Democrats excited about health care again)" (its "( Also on POLITICO: ...)" links went) and the AP's
  sign-off and credit in the Washington Times ("Wiseman and Superville reported from Washington. AP Writer Catherine
  Lucey on Air Force One contributed."); both were also "only one outlet reports" items;
* summaries without the event's main fact, or with a sentence that cannot stand in it: 2 of 6: Florida's summary never
  says the voters approved the amendment (its only lead, Reason's and Reuters' first sentences, gives "an estimated 1.4
  million" and "some 1.5 million" people, figures listed as differing, so no wording of it was said); the CBO summary
  closes with "Rather, the CBO estimates the law will shrink the labor supply ...", an answer to a sentence it never
  gave;
* "only one outlet reports" items another outlet reports, or furniture: 9 of 150: the AP's credit line; Trump's
  $16 billion in two weeks and China's measures taking effect at once (another outlet gives each); each outlet's trade
  deficit ($419.2bn, $375 billion: a shared point too); the budget deficit falling to $514 billion (two outlets);
  Politico's link; protests in other cities (Fox);
* shared points pairing different statements: 6 of 46 (Reuters' quoted "lifetime ban ... created the country's largest
  disenfranchised population" with "one of four states that impose lifetime bans"; the Sentencing Project's words with
  the ACLU's; Scott's spokesman defending the old process with Scott's 2011 change to it; the central banker on growth
  with the 25 percent tariffs; a study of electronics makers with the goods the levies target; two protesters' cries);
* disputes and differing figures: 1 of 1 not genuine (the estimates of 1.4 and 1.5 million people, each in the
  other's range);
* quotes given to the wrong speaker or words: 17 of 378: "my Facebook" (the Guardian writer's trending bar) as the
  speaker of Reddit's headlines (5), "Research" ("Research shows it isn't so simple"), "the assembled crowd" for the
  announcement it cheered, Reason's narration and Drake's song title to Desmond Meade (2), "Friday and Beijing" and
  the Guardian's narration to the commerce ministry, the Drudge Report's headline to "the Gizmodo report", "an unusual
  late-night press conference" and "Demonstrations" as speakers, Reuters' narration to Sam Dotson, and Gary Segura's
  words to Obama (NPR, 2);
* slant evidence of neutral words: 2 of 62 spans: the Guardian writer "slightly pleased" (word and phrase).
Also seen, not counted: Arizona's summary says "Kennedy was joined by ..." (a surname the summary never introduced);
the Facebook summary leaves out Facebook's denial, which USA Today's headline gives.
Since (session 33, fresh store): cleaning takes a link in parentheses under a label in capitals and a sign-off followed
by a colleague's bare credit: removals in the event stories 68 -> 70, furniture lines left 2 -> 0, unique 9/150 ->
7/149; estimates each in the other's range take no side, and "Rather, ..." opens with a connective: summary 2/6 -> 0/6
(Florida's opens with Reason's "Florida voters approved a ballot measure Tuesday night that will restore voting rights
to an estimated 1.4 million people ...", the CBO summary closes with "The CBO estimates the law will shrink the labor
supply ..."); shared 6/46, quotes 17/378, disputes 1/1, slant 2/62 and grouping unchanged.
Since (session 33, helper F; fresh store, ANNOTATOR_VERSION 71, REPORT_VERSION 126; before = the integration tree's
fresh store, on which slant counted 2/54): two estimates each in the other's range are one figure given roughly, not
differing figures (`numbers.one_estimate`, the summary's rule): disputes 1/1 -> 0/0; a pleasure said of someone
("was to be slightly pleased") is that person's state: slant 2/54 -> 0/52; shared 6/46, unique 7/149, quotes 17/378,
summary 0/6 unchanged.
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 6/46, unique
7/149, quotes 17/378, disputes 0/0, slant 0/52.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): two quotations of two named
speakers (of any kind) in other words are two statements, and a quotation's later sentence followed by its
attribution tag is not another outlet's narration: shared 6/46 -> 4/44 (the ACLU's and the Sentencing Project's
words apart; Reuters' "... created the country's largest disenfranchised population," The Sentencing Project ... said
in a statement." no longer beside Reason's "one of four states"); unique 7/149, quotes 17/378, disputes 0/0, slant
0/52, summary 0/6 unchanged. Left: Scott's spokesman (reported speech the quote finder does not find), the central
banker and the Syracuse study beside narration, and the Cleveland protester's quotation (no speaker found).
Since (session 34, REPORT_VERSION 133, a copy of main's store, comparison only): a year after a figure in its clause
("in 2017") makes it an earlier time's figure, as "last year" before it does, so the trade deficits are disputed
(the Guardian's $419.2bn against USA Today's $375 billion, differing in their shared point too); a sentence whose
figures are all grouped with another outlet's, naming nothing new, is no item: USA Today's deficit sentence is no
longer listed. Unique 7/149 -> 6/148, disputes 0/0 -> 0/2 (both genuine); summary, shared, quotes and slant
unchanged. Left (docs/comparison.md, session 34): the Guardian's deficit sentence, listed for its imports and exports;
Trump's quotation, for its bare "50"; a spokesman's name, the cities, each deficit's other year: a name or figure no
other outlet gives, which unique_items.py's readers count as the outlet's own.
Since (session 34, helper D, ANNOTATOR_VERSION 77: BASIL's unmarked spans' classes; fresh store, before = /tmp/s34me's
store of main): every line identical (shared 6/46, unique 7/149, quotes 17/378, disputes 0/0, slant 0/52, summary 0/6).
Since (session 34, helper A; a copy of main's store, comparison only, REPORT_VERSION 128): a summary sentence opening
with a bare surname no sentence before introduces is written with the person's full name: the Arizona summary closes
with "Anthony Kennedy was joined by Chief Justice John Roberts and ..."; every mark unchanged. Facebook's denial is
still left out (see the session's report: its only wordings are the company's quoted words and USA Today's own
sentence, listed as USA Today's by its "1.6 billion users").
Since (session 34, helper B; fresh store, ANNOTATOR_VERSION 75; before = main's store /tmp/s34me/r22.db): nine
general causes of the speakers (docs/quotes.md, "Review 22's speakers"): quotes 17/378 -> 1/366 (left: the Drudge
Report's headline to "the Gizmodo report"); slant 0/52 -> 0/54 (the Guardian's garbled ‘”hot” quote, Reddit's section
name, now has no speaker, so "hot" counts as the outlet's word: unmarked, though a name); summary 0/6, shared 6/46,
unique 7/149, disputes 0/0 unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 4/44, unique 6/149, quotes 1/364, disputes 0/0, slant 0/54 (before: shared 6/46, unique 7/149,
quotes 17/378, slant 0/52). With the cleaning of review 23 (the Guardian's "Q&A ... Show Hide" box goes), the
Guardian's $419.2bn deficit, which stood in that box, is gone, so there is no deficit dispute (0/0, not helper E's
0/2) and USA Today's deficit sentence is listed again as its own (still marked: the Guardian's page gives the figure,
in the box). The tariffs summary now opens with the Guardian's "The US implemented tariffs on $34bn ..." and closes
with China Daily's accusation; the Washington Times' lead is no longer said (unmarked: the event is stated).
Since (session 36, helper B; before = main's fresh store at 3111dd5; after = ANNOTATOR_VERSION 84, a fresh store): a
quotation whose words end a sentence inside its marks ends the clause before the next quote, and what a page "ran"
before a colon is its caption (docs/quotes.md, "The reviews' left-over speakers"): quotes 1/364 -> 0/363 (the
Drudge Report's headline has no speaker now, no longer "the Gizmodo report"'s); summary 0/6, shared 4/44, unique
6/149, disputes 0/0, slant 0/54 unchanged, every other line identical.
Since (session 36, helper D; before = main's fresh store at 3111dd5, ANNOTATOR_VERSION 81): a plain "insist" (not kept
up nor pressed) is no judgement verb: slant 0/54 -> 0/49 (USA TODAY's "insists Beijing has used unfair ... tactics":
phrase, verb and the sentence it carried; the Washington Times's "Officer Wilson ... insists he acted in
self-defense": phrase and verb; George Will's "Pollyannas who insist that ..." outside the tally); shared 4/44, unique
6/149, quotes 1/364, disputes 0/0, summary 0/6 unchanged (ANNOTATOR_VERSION 86, fresh store).
Merged (session 36, helpers A-E: a fresh store at 8b6d2fc): summary 0/6, shared 4/44, unique 6/149, quotes 0/363,
disputes 0/0, slant 0/49 (main at 3111dd5: quotes 1/364, slant 0/54, the rest the same).
Since (session 37, helper E; before = main's fresh store at 33b86f0): cleaning takes Fox's "[pullquote]" marker
(ANNOTATOR_VERSION 93, fresh store): removals in the event stories 71 -> 72; every review mark unchanged.
Since (session 37, helper F; before = helper B's tree, a fresh store, ANNOTATOR_VERSION 89: the figures just above): an
excerpt introduced by a colon is a quotation (docs/model-card-slant.md, session 37, helper F): slant 0/49 -> 0/48
(NPR's "huge", unmarked, in the political scientist's "I think it's a huge win ...", a quotation of several paragraphs
after "giving the president the best of both worlds:"); every other line identical (ANNOTATOR_VERSION 95, fresh store).
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
every line as at main (d2066a0).
Since (session 39, helper G; before = main's fresh store at 8b66248, ANNOTATOR_VERSION 103; after = a fresh store,
ANNOTATOR_VERSION 111): a hedge ("It's probably fair to assume that ...", the Guardian's column on Facebook's trending
topics) is no loaded wording (docs/model-card-slant.md, "Session 39, helper G"): slant 0/48 -> 0/47; every other line
the same.
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): another
outlet's figure at another value is no new figure (REPORT_VERSION "171"): unique 6/149 -> 4/149 (the Washington
Times' and Fox's CBO deficit sentences gone; their places taken by the Washington Times' quotation of the CBO on
hours worked, "about 1.5 to 2 percent", and Fox's Elmendorf backing the Republicans' argument); every other line the
same.
About 5 minutes.
Since (session 43, helper F; before = main's fresh store at 9a69f00): one figure in common is an edge from cosine 0.58
when the pair stands out of both sentences' other matches (docs/comparison.md; REPORT_VERSION 199, a copy): shared 4/44
-> 4/46 (the CBO's 2.5 million by 2024 and its 6 million first-year enrollees, each one fact, unmarked; Fox's protests
on the second night join the grand jury's point); every other mark the same.
Since (session 44, helper E; before = main's fresh store at e70cea9): a quotation mark ending its line after that line's
words starts no sentence, nor the word glued to a mark opening a line (docs/inputs.md, "Sentences"; ANNOTATOR_VERSION
165, a fresh store): unique 4/149 -> 4/148 (one item fewer: the Washington Times' Schumer sentence, unmarked); lone-mark
sentences 32 -> 0; every other mark the same.
Since (session 44, helper C; before = main's fresh store at e70cea9): a size word of protests and a "violent" backlash
are no loaded wording (docs/model-card-slant.md, "Session 44, helper C"; ANNOTATOR_VERSION 160, a fresh store): slant
0/46 -> 0/45 (the Washington Times' "a possibly violent backlash" sentence gone, unmarked; another of its sentences
shown, unmarked); every other line the same.
Since (session 46, helper C; before = main's fresh store at 9f83842): the graded words after a comparison's "more" of a
thing bought (docs/model-card-slant.md, "Session 46, helper C"; ANNOTATOR_VERSION 198, a fresh store): slant 0/45 ->
0/43 (the Guardian's "a strengthening yuan that has made exports more expensive", word and sentence, gone, unmarked: a
price); every other line the same.
Since (session 46, helper E; before = main's fresh store at 9f83842): colleagues' credits with a list's glyph and the
wire-copy note go ("• Ann Roe and Bo Park contributed to this article, which is based in part on wire service
reports."; docs/inputs.md, cleaning (9); ANNOTATOR_VERSION 204, a fresh store): slant 0/45 -> 0/46 (the Washington
Times' "violent", unmarked, now shown as its phrase once the credit line is gone; its label center +0.10 -> +0.08);
every other mark and line the same.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "The Supreme Court rules on Arizona's immigration law (2012)": ["vi8WueRGp0K2ZKl0", "WnfEzzZw0nGYM3ti",
                                                                    "t461fxM0SIuAPeoD", "Jgfzg9ZjHYxDtOTF"],
    "The CBO's report on Obamacare and jobs (2014)": ["2Sl1DWlQDc1RxQpv", "zJCffVGqnbUrpbqD", "u72py6J3NG7pvIPu",
                                                      "adDRB9a1PQZBNPZM"],
    "Ferguson after the grand jury declines to indict (2014)": ["WKMXLFO8LQwaTpTV", "rbSda2lL0BE0b0dY",
                                                                "wdka5OROQkvzR8z1"],
    "Facebook accused of suppressing conservative news (2016)": ["M14yAxfoSvdZLemn", "VBo9q4ZxAaOHjqk3",
                                                                 "DnEzBrItSDeExDWH"],
    "US tariffs on China take effect, China retaliates (2018)": ["GlwUtt8NnGXKyuEW", "QR9tYSMNi3ZLIYvy",
                                                                 "gmqUG0A3n3jBqjjJ"],
    "Florida votes to restore felons' voting rights (2018)": ["kC7uN4HaFT4vDimO", "gKSxSS0nZ2d3ZkDq",
                                                              "c2k1897uwpaJJxGS"],
}
# 2 near misses (Fox on the budget office chief's testimony the day after the report; Fox on protests across the
# country the second day after the decision), 8 others
OTHERS = ["C8w0UzUDJZIgHtaA", "v0eGbOrWOv3lNZFm", "B3phOTUgA711K5Mz", "IpWzkfy7mswlyNKJ", "103Ve5NqKAkFCkxm",
          "uLIjguZ1ClU2BdMr", "lt2Rx3SJNld4vcE5", "Q6DVkuN39j5uHODj", "b6m4nWkE599QnMBZ", "qApek3D26SEZc8eU"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing: Reuters' quoted "lifetime ban ... created the
# country's largest disenfranchised population" beside Reason's "one of four states that impose lifetime bans", the
# Sentencing Project's "Voters in Florida have endorsed ..." beside the ACLU's "In the days and weeks ahead ...", Scott's
# spokesman defending the old process beside Scott's 2011 change to it; China's central banker on the growth cost beside
# the 25 percent tariffs on $34 billion; the Syracuse study of electronics makers beside "levies mostly target China's
# industrial goods"; a protester's "To get justice, the people themselves have to be justice" beside "They have given us
# no justice!"
SHARED_WRONG = (r"^Florida’s lifetime ban on voting by people|^“Voters in Florida have endorsed a historic advance|"
                r"^A spokesman for Republican Governor Rick Scott said at the time|"
                r"^China’s central banker said Trump’s promised tariffs|^Syracuse University economics professor Mary "
                r"Lovely|^\"To get justice, the people themselves")
# "Only one outlet reports" items another outlet reports too, or furniture: the AP's credit line, Trump's $16 billion
# in two weeks (the Washington Times gives it), China's measures taking effect at once (the Guardian and USA Today),
# the trade deficit (both outlets give one, a shared point too), the budget deficit falling to $514 billion (the
# Washington Times and Fox), Politico's "( IN 90 SECONDS: ...)" link, protests in other cities (Fox)
UNIQUE_WRONG = (r"^AP Writer Catherine Lucey|^He told reporters aboard Air Force One on Thursday, “You have another 16|"
                r"^Retaliatory measures “took effect immediately,”|^Chinese imports to the US totalled \$539\.5bn|"
                r"^The United States had a record \$375 billion trade deficit|^Taking the budget as a whole, the CBO said|"
                r"^The CBO's wide-ranging report predicted that the federal budget deficit|^\( IN 90 SECONDS|"
                r"^A day after the grand jury’s decision, protests were held")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "desmond meade": r"^some of them teary-eyed|^Started From The Bottom$",  # Reason's narration, Drake's song
    "assembled crowd": r".",                               # the announcement the crowd cheered (the Guardian)
    "research": r".",                                      # "Research shows it isn't so simple": the writer's words
    "friday and beijing": r".",                            # a fragment of the AP's lead as a speaker
    "a spokesperson for china’s ministry of commerce": r"^Minutes after the US tariffs",  # the Guardian's narration
    "my facebook": r".",                                   # the Guardian writer's trending bar, and Reddit's headlines
    "gizmodo report": r"^Not Leaning In",                  # the Drudge Report's headline
    "an unusual late-night press conference": r".",        # the press conference as a speaker
    "demonstrations": r".",                                # CNN's narration
    "sam dotson": r"^In the city of St\. Louis, where windows",   # Reuters' narration
    "obama": r"^I think it's a huge win|^And of course Gov\. Romney",  # Gary Segura's words (NPR)
}
# disputes and differing figures the review found not genuine: "an estimated 1.4 million" and "some 1.5 million"
# people (one estimate, rounded differently)
DISPUTE_WRONG = r"^(an estimated 1\.4 million|some 1\.5 million)$"
MAIN_FACT = {
    "The Supreme Court rules on Arizona's immigration law (2012)":
        r"(?i)Supreme Court.{0,200}\b(struck|strikes|upheld|upholds|rejects|ruled)\b",
    # the report's estimate of fewer workers or hours, and no sentence answering one never given ("Rather, the CBO ...")
    "The CBO's report on Obamacare and jobs (2014)":
        r"(?i)^(?!.*\bRather, )(?=.*\b(CBO|Congressional Budget Office|budget office)\b.{0,300}"
        r"\b(workers|jobs|labor|hours)\b)",
    "Ferguson after the grand jury declines to indict (2014)":
        r"(?i)grand jury.{0,200}(not to indict|declined to indict|no indictment|won't indict)",
    "Facebook accused of suppressing conservative news (2016)":
        r"(?i)Facebook.{0,200}\b(suppress\w*|censor\w*|bias|blacklist\w*)",
    "US tariffs on China take effect, China retaliates (2018)":
        r"(?i)\btariffs?\b.{0,250}\b(retaliat\w+|responded|levies on)|\bretaliat\w+.{0,250}\btariffs?\b",
    # the vote: voters approved (passed, adopted) the amendment
    "Florida votes to restore felons' voting rights (2018)":
        r"(?i)\b(voters?|ballot|amendment|measure)\b.{0,150}\b(approv\w+|pass\w*|adopt\w*)\b|"
        r"\b(approv\w+|pass\w*|adopt\w*)\b.{0,150}\b(ballot|amendment|measure)\b",
}
# slant evidence of neutral words: the Guardian writer's "slightly pleased" (a feeling)
SLANT_WRONG = {k: r"(?!)" for k in MAIN_FACT}
SLANT_WRONG["Facebook accused of suppressing conservative news (2016)"] = r"^(?i:pleased)$"
# furniture left in the text: Politico's link in parentheses, the AP's credit line
FURNITURE = r"^\( IN 90 SECONDS:|^Wiseman and Superville reported from Washington"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review22", EVENTS, OTHERS, marks))
