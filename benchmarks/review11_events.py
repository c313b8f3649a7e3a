"""The 6 events of review 11: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review11_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review11_events.py --src /old/src  # another version

A fact-checker's review (review 11) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2014-2017,
the ids below, none used by review_allsides.py or review8/9/10_events.py): a Senate vote, a
coup abroad, a jobs report, an airport attack, a special election and a Supreme Court order,
with 10 unrelated articles of the same weeks mixed in. This runs `manysides.analyze` on those 29
articles, written as one JSON Lines export with the dataset's outlets and leanings, prints per
event story everything a reader sees, marks with "X" what the review found wrong, and counts
the marks per story ("review marks"), so a fix can be checked before and after. It found:

* grouping right (6 stories holding exactly their articles, the 10 others alone);
* quotes given to the wrong person, 32 of 429, 19 of them a he/she or a role noun resolved with
  no gender or appositive check: Ossoff's concession to Handel, a Red Shirt leader's words to
  the anti-government leader Suthep, Katherine Hackett's to Obama, NPR's Leila Fadel's to
  Binali Yildirim, Betty Price's (and Handel's) to Tom Price, "the general" to Ban Ki-moon;
* disputes and differing figures, 7, none genuine: forecasts against actual figures (6.1% vs
  5.9%, 215,000 vs 248,000), teenagers' jobless rate against the rate, injured Saudis against
  killed ones, early votes, the first round and the runoff; the false jobs disputes drop the
  three-outlet lead (5.9%, 248,000) from the summary;
* summaries without the event in 3 of 6 (the 60-37 vote, the jobs figure, the election result);
* shared points pairing one statement: 31 of 42 (three witnesses' "blood" as one point, a
  voter's "a referendum on Trump" with Betty Price's "not a referendum");
* "only one outlet reports" items right: 131 of 144 (the 60-37 vote, Handel's victory, the
  Fourth Circuit ruling twice, a Daily Caller licensing paragraph);
* cleaning: 84 removals, all furniture; missed the Daily Caller licensing paragraph (which then
  gives framing terms "content", "licensing"), a CSM embedded tweet, "CNN Map";
* slant evidence of words like "page", "base", "rate", "column".
Since (session 23): phrase evidence only where it holds loaded wording; AJC's live-blog heads kept.
About 3 minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Senate advances jobless-benefits extension (2014)": ["M8IoaJqOMm3ppPSh", "hkCuO2vS4enCwBV0", "jx8ivWTec7AVHcZV"],
    "Thailand martial law (2014)": ["Mpg3KgPC601tjjI0", "XW9tTXB3XoZe9iNz", "e2ydpzj1vY2FuNcL"],
    "Jobless rate 5.9% (2014)": ["9OASvkEY3weYFvDA", "XV8MOzaIa4DbdlfI", "pHxOQn982dsiyFXt"],
    "Istanbul airport attack (2016)": ["Oshun4SiwfOtlJA3", "QTN1iileOVZVGIeF", "eUB9uQ53WpHzrph8"],
    "Georgia 6th: Handel beats Ossoff (2017)": ["Hm8Mki9DKKwK5cXT", "S6HOQGiqVPixTHG8", "bD1Is3vKrMSo5XYQ"],
    "Supreme Court revives travel ban (2017)": ["MAgXpm5heyPSTYIc", "bLdJ7P4qTeV5YPWD", "hrdxFxGUqUTtENkC",
                                                "tZLFNHZHQgsVfBBg"],
}
OTHERS = ["cWou6I8u5QCHCGhE", "myov1Vetk5t4FlNF", "dIQwyOm980qN9RQQ", "hbeyBnt0JiJohLVG", "pFp8Or2LLiRxm1bD",
          "F2773WQJJPSU3IoR", "EfItfJireNKeGNj3", "hqgQq2WUKmDaoujE", "eEaSzl7shd8ucGVh", "td1y54p4szmj7jrl"]
# What the review found wrong, marked "X" in the output (REVIEW.md of review 11 has the texts).
# Shared points: both wordings of each pair that does not state one thing.
SHARED_WRONG = (r"In remarks after the Senate vote, Obama noted|A controversial jobless benefits bill narrowly|"
                r"In states where unemployment is 9 percent|Federal unemployment benefits were signed|"
                r"Martial law is intended to impose|move forward to peace and order|"
                r"consistently rebound from political strife|turmoil in Thailand has been building|"
                r"median forecast among economists|"  # the forecast (its partner, the 248,000 jobs, pairs rightly)
                r"Over the past few years, much of the decline|blood everywhere|blood on the ground|"
                r"There was a lot of blood|Europe's third-busiest|11th busiest airport|at least seven Saudis|"
                r"killed six Saudis|Betty Price said she’s excited|carry on the legacy of her predecessors|"
                r"referendum on Trump")
# "Only one outlet reports" items another outlet reports too, or page furniture
UNIQUE_WRONG = (r"The 60-37 vote|Nipat Thonglek said the move was not a coup|communications tycoon was ousted|"
                r"Constitutional Court ousted Yingluck|JUST IN: Thai interim PM|fell 0.2 percentage points|"
                r"emerged victorious|more than 12,000 of you|high hopes Democrats had|"
                r"drips with religious intolerance|fourth circuit of appeals issued in May|"
                r"Thomas argued the stays|Content created by The Daily Caller")
# Quotes given to the wrong speaker: speaker (without "the") -> the quoted words it does not own
WRONG_QUOTES = {
    "barack obama": r"cut expenses|wears a coat|Both her sons",         # Katherine Hackett's (CNN)
    "group": r".", "several": r".",                                     # Club for Growth; Republican senators
    "suthep thaugsuban": r".", "leader": r".",                          # Jatuporn Prompan's (Fox)
    "ban ki-moon": r"all political parties|allow any bloodshed",        # Prayuth's, "the general" (CNN)
    "cnn": r".", "person": r".",                                        # CNN's narration; the unnamed aide
    "strong report": r".",                                              # Sam Bullard's (CNN)
    "binali yildirim": r"strange sensation|Definitely a sign",          # NPR's Leila Fadel's
    "several u.s. airports": r".", "its government": r".",              # narration; Soner Cagaptay's
    "karen handel": r"namely whether|talk with his fianc|beacon of hope|showed the world|Karen, Karen|PredictIt|"
                    r"Trump! Trump",                                    # Ossoff's, chants, PredictIt's
    "tom price": r".",                                                  # Betty Price's (AJC), Handel's (WT)
    "jill vejnoska": r".", "tuesday's results": r".", "newt gingrich": r".",  # Carter's; Doug Collins's; Handel's
    "administration": r"The justices did",                              # Washington Times narration
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(6\.1%|215,000|20 percent|nearly 194,000|More than 140,000|Roughly 90 minutes|at least seven)$"
# (CSM's embedded post "JUST IN: Thai interim PM ... — ST Foreign Desk (@STForeignDesk) May 20, 2014" is no longer
# counted: an embedded post is quoted social content, kept and given to its account by the quote stage, docs/inputs.md)
FURNITURE = r"Content created by The Daily Caller|^CNN Map$|contributed to this report"


if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE)
    raise SystemExit(run_review(__doc__, "review11", EVENTS, OTHERS, marks))
