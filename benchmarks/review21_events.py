"""The 6 events of review 21: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review21_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review21_events.py --src /old/src  # another version

DOCSTRING
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
                r"system|^Roughly 12\.3 million people remain unemployed|^3% next year if we're lucky|^How the president "
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
# furniture left in the text: Politico's video still (an HTML attribute), CNN's dateline without a dash, CNN's photo captions and gallery link,
# Reuters' caption and refile note, NPR's notes on its post and its original post's label
FURNITURE = (r"^poster=\"|^Sao Paulo, Brazil \(CNN\)|^Supporters of far-right presidential candidate Jair Bolsonaro celebrate|^Jair Bolsonaro "
             r"waves after voting|^Supporters of Jair Bolsonaro, far-right lawmaker|^\(This story was refiled|"
             r"View photos A look at|^We'll have more from the report|^We'll update this post|^Our original post \(")

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review21", EVENTS, OTHERS, marks))
