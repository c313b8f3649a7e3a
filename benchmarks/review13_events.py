"""The 6 events of review 13: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review13_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review13_events.py --src /old/src  # another version

A fact-checker's review (review 13, 2026-12-02) read every output of six AllSides events
(../shared/data/allsides/articles.jsonl.xz; 3-4 outlets of all three leanings each, 2012-2020,
the ids below, none used by review_allsides.py or review8/9/10/11/12_events.py) of six kinds
the earlier reviews had little of: a city's teachers' strike (state/local), an earthquake abroad
(disaster), a G7 summit's end (international summit), Nike's Kaepernick ad (sports/culture),
Huawei's finance chief arrested (corporate/tech) and Fauci's Senate testimony (pandemic), with
10 unrelated articles of the same weeks mixed in (2 near misses: Trump wanting Russia back in the
G7 on the summit's eve, Trump calling Fauci's remarks "not acceptable" two days after the
hearing). This runs `manysides.analyze` on those 30 articles, written as one JSON Lines export
with the dataset's outlets and leanings, prints per event story everything a reader sees, marks
with "X" what the review found wrong, and counts the marks per story ("review marks"), so a fix
can be checked before and after. Read against the article texts, it found (marks of the code at
commit 46fce62):

* grouping: the 6 stories hold their articles; the near miss two days after the hearing (Reuters,
  Trump on Fauci's remarks, which retells the testimony) joins the Fauci story, the merge
  docs/grouping.md names (a roundup on a neighbouring day about one running subject); the other
  near miss and the 8 others stay alone;
* cleaning: 21 removals in the event articles, all furniture; 39 furniture lines left: the BBC's
  "Image copyright ... Image caption ..." and "Media playback is unsupported ..." labels (3; they
  gave the framing terms "image", "caption", "copyright"), NYT's "Advertisement Continue reading
  the main story" (the NYT's slant evidence sentence), Fox's pull quotes ('"..." — Clay Travis',
  3) and an all-capitals "WATCH: ..." link, CNN's embedded tweets under the same tweets quoted
  (2), a wire byline ("Rob Gillies" / "Associated Press"), NPR's headline as first published (a
  summary sentence and a shared point) and "UPDATE at 11:00 ET:", USA Today's "Stanglin reported
  from McLean, Va.; Contributing: ..." (a unique item) and "News about six dead italy on
  Twitter", a Reuters handout caption, "—Field Level Media", a columnist's "Email:" and
  "Twitter: @" lines (a unique item), CBS's eight video titles between paragraphs (one a summary
  sentence and a shared point), and the Washington Post's live entries ending "Sign up for our
  ... newsletter ... By Name AD AD" inside their paragraphs (11);
* "only one outlet reports" items another outlet reports, or furniture: 7 of 148, judged as
  unique_items.py's readers do: furniture 3 (the USA Today credit, a pull quote's "— White House
  Director of Trade Policy Peter Navarro", the columnist's note); 4 report only what another
  outlet reports (the towns worst affected, also a shared point; Trump's Daily Caller interview;
  the campaign's unveiling, said again in BBC's lead; the Trump-Xi dinner truce);
* quotes given to the wrong speaker or words: 33 of 464: Emanuel's "strike of choice" to a
  father (Yahu Vinayaraj, 3), the district's words to "the strike", Lewis's "bully", "liar" and
  "imperial mayoralty" to Emanuel, a ranger's and a mayor's words to bar owner Gino Petrucci
  (3), Agostino Severo's to Alessandra Cappellanti (2), a woman's to "Amatrice", "Aerial photos"
  as a speaker, Trudeau's "insulting", "pushed around", "unjust" to Trump (3), "Fox News Sunday"
  as Navarro's words, "10." as a French official's, Mulroney's "corporate royalty" to Meng
  Wanzhou, and narration given to Fauci, Romney, Emanuel, Trump, "aides", "interviews";
* shared points pairing different statements: 13 of 64 (a death toll at two hours, 159 vs 241;
  a question on a vaccine with a warning on it; Nike's ad with its plans to sell shoes; China's
  demand with HotAir's "likely to pressure"; a furniture line with prose, 2);
* disputes and differing figures: 3 of 4 not genuine: a death toll at two hours (159 by late
  Wednesday, 241 on Thursday), a death count from three sources a day apart (80,000, nearly
  81,000, more than 82,000), a stock's fall of "more than 2 percent" against "3 percent"; the
  genuine one: nearly 30,000 vs some 26,000 striking staff;
* summaries without the event's main fact in 1 of 6: the G7 summary never says Trump withdrew
  his endorsement of the communique; the Chicago summary held NPR's old headline, the Italy
  summary a CBS video title ("Rescue crews search for survivors after earthquake rocks Italy");
* slant evidence of neutral words: "free" (free meals, free trade), "nice" ("playing nice"),
  "popular", "sensitive", "huge", "It's important"; the NYT's evidence sentence was its ad line
  and the Washington Post's a senator's quoted words ("He likes a story that helps his own ego").
Since (session 24), cleaning takes the BBC's caption labels, runs of ad markers, repeated pull
quotes and posts, a capitals "WATCH:" link, a wire byline, an update stamp, a ";" sign-off, a
columnist's address, a handout caption and a headline as first published: removals 21 -> 40,
furniture lines left 39 -> 21; unique 7/148 -> 4/148; shared 13/64 -> 12/62; quotes 33/464 ->
33/462; disputes, summaries and grouping as they were.
Since (session 25, review 14's cleaning), a newsletter's sign-up inside the Washington Post's live
entries and their closing "By Name AD AD" go: removals 42 -> 55, furniture lines left 21 -> 10 (CBS's
8 video titles, "News about ... on Twitter", "—Field Level Media"); the entry's last sentence, now
clean, pairs the chairman adjourning the hearing with his chairing it virtually (marked): shared
12/62 -> 13/63; summaries, unique items (4/148), quotes (32/461), disputes and grouping as they were.
With all of session 25: summaries 1/6 -> 0/6 (the G7 summary says the US will not endorse the
communique), shared 12/62 -> 8/60 (the adjourned-hearing mark counted), quotes 32/461 -> 6/449, unique
4/148 -> 3/148, disputes 1/2.
Since (session 27): a market's figures are compared only at the close: disputes and differing figures
1/2 -> 0/1 (Nike's stock "more than 2 percent in early trading" against "3 percent" no longer differs).
Since (session 28): quotes 6/449 -> 4/448 (aerial photos' scene no report; "Union officials have said ...,
according to Rehak" the officials'; left: Fauci's headings run into the text, "according to aides/interviews").
Since (session 29): a point one of whose wordings adds in support of the sentence before ("Indeed, Nike's iconic
swoosh logo ...") ranks after the others: Nike's summary says "Nike stock fell more than 2 percent in early
trading on Tuesday and "#NikeBoycott" was trending on Twitter." instead of the league's uniforms (session 27's
connective rule had let the uniform point outrank it: toggling that rule back brought the fall back); every mark
(summaries 0/6 by the pattern before too) and the 56 removals unchanged.
Merged (session 32, with every helper's rules, fresh store, one run): summary 1/6, shared 8/59, unique 3/148, quotes
4/461, disputes 0/1. The G7 summary now opens with Reuters' "threw the G7's efforts ... into disarray" (without the
main fact; CNN's lead before): with the merged annotation (cleaning takes CNN's "Washington (CNN)"), not with
session 32's summary rules alone; not traced further.
Since (session 33, a copy of main's store, comparison only): of twin leads (two outlets' first sentences stating each
other) the one whose words the other outlets use clearly more goes first: summary 1/6 -> 0/6 (the G7 summary opens with
CNN's "President Donald Trump on Saturday accused ... and said that the US will not endorse a G7 communique." again,
Reuters' lead scoring 0.48 against CNN's 0.77); every other mark unchanged.
Since (session 33, ANNOTATOR_VERSION 67, fresh store): quotes 4/461 -> 4/461, no quote line changed (the four
left sit in live-blog headings run into the next sentence: cleaning's, not a speaker rule's).
Merged (session 33, with every helper's rules, fresh store, one run at 5357d24): summary 0/6, shared 8/59, unique
3/148, quotes 4/461, disputes 0/1.
Since (session 34, helper C; REPORT_VERSION 131, a copy of main's store, `--db`): shared 8/59 unchanged in marks:
the Nike point loses Fox's marked Barron quotation (a quotation's later sentence beside narration) but keeps the
Chronicle's marked sentence; the Nike summary's last sentence is now the BBC's "Kaepernick, 30, remained on a contract
with Nike ..." (summary 0/6); every other mark unchanged.
Since (session 34, helper A; a copy of main's store, comparison only, REPORT_VERSION 128): a summary sentence opening
with a bare surname is written with the person's full name: "Lamar Alexander chaired the hearing virtually.", "Rahm
Emanuel said the district offered ..."; every mark unchanged.
Since (session 34, helper B; fresh store, ANNOTATOR_VERSION 75; before = main's store /tmp/s34me/r13.db): review
22's speaker rules change no line: quotes 4/461 -> 4/461 (the four sit in live-blog headings glued to the next
sentence, a cleaning problem); summary 0/6, shared 8/59, unique 3/148, disputes 0/1 unchanged.
Merged (session 34, every helper's rules, A-H: fresh store at b8a4471, then H's comparison on a copy at cff2af5):
summary 0/6, shared 8/59, unique 3/148, quotes 4/461, disputes 0/1 (no mark changed); the G7 summary's "Lamar
Alexander", "Rahm Emanuel" and the Nike summary's last sentence as above.
Since (session 38, helper E; before = main's fresh store at d2066a0, ANNOTATOR_VERSION 95): a subheading in sentence
case between two lines of prose is a heading, and no heading is a sentence of the comparison (docs/inputs.md,
"Headings"; ANNOTATOR_VERSION 100, fresh store): shared 8/59 -> 7/58: CBS's video title between paragraphs, "Rescue
crews search for survivors after earthquake rocks Italy" (marked, paired with Fox's rescue sentence), is no longer a
point, and the earthquake's summary no longer says it (its second sentence is now "Worst affected were the tiny towns
of Amatrice and Accumoli ..."); summary 0/6, unique 3/148, quotes 4/461 (the four still sit in WaPo's live-blog
headings run into their entries' first sentences on one line, which the heading rule, reading whole lines, does not
split), disputes 0/1 unchanged.
Merged (session 38, helpers A-H and the lead: a fresh store at e8a1b3b, ANNOTATOR_VERSION 103, REPORT_VERSION "155"):
shared 8/59 -> 7/58 (CBS's marked video title no longer a point); every other mark as at main (d2066a0).
Since (session 40, helper A; before = main's fresh store at 6edce73): '' closing a quotation a double mark opened,
and a report's end before a dash and the narrator's word on it (ANNOTATOR_VERSION 114; docs/quotes.md, "Session 40's
quotes"; a fresh store): quotes 4/461 -> 4/462 (the Washington Post's Collins quote, "... and ultimately a vaccine?''
she asked Trump officials.", now closes, so Hahn's report after it, "HHS officials had established a system of
sending the drug ...", is found, his; CNN's "the Chinese government could use Huawei products for espionage" ends at
the dash, without "— claims the company denies", whose "claims" the slant evidence now lists as the outlet's doubt,
+0.089); the voices list and that story's sourcing evidence scores follow; every other line the same.
Since (session 41, helper C; before = main's fresh store at 35bb6db; a copy, the compare stage rerun): a refusal to
comment is no item and another outlet's figure at another value is no new figure (REPORT_VERSION "171"): unique 3/148
-> 3/147 (USA Today's "A U.S. Justice Department spokesman declined to comment." gone; the Times' teachers' average
pay "$76,000" and CNN's "$74,839" no new figures, one quantity, the Times' item gone and CNN's keeping its school
year; places taken by the Times' 90 percent strike vote and CNN's $400 million proposal; CNN's 144 schools opened
sentence unlisted); every other line the same.
About 4 minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "Chicago teachers go on strike (2012)": ["UHR9Xyz69YWKvJCI", "XvZ3NeUGSXsjGPpP", "vaMB3mpxyzXxZlm7",
                                             "uYICw8w90lJKmUmm"],
    "Earthquake in central Italy (2016)": ["sJAvgCtkEbT3aXdZ", "ufTTfftL8JH1thBK", "WGKvoy234uFMvbLR"],
    "Trump backs out of the G7 communique (2018)": ["Qo8LIR3IDLdGNSwW", "1tsRHaKA7AMEg5yd", "dIElRQpQYrpTD9C7"],
    "Nike's Kaepernick ad (2018)": ["Qvo5cOQavRkvRrHu", "kmCqmPsinpBFPy0k", "od59GbAgLqlXq11z", "eswa6DeOBtu2W1CM"],
    "Huawei's finance chief arrested in Canada (2018)": ["fhVFhrtB1CJ83hvp", "THBUNA5OxdWUo7ha", "lT2Cm7J67LZ77qEm"],
    "Fauci warns the Senate on reopening (2020)": ["JiSiGHzUNJktF6pZ", "YTRefOX9zshVGYwO", "5Xi62uo5V1wciFnU"],
}
# 2 near misses (the G7's eve: Russia back in; Trump calls Fauci's remarks unacceptable), 8 others
OTHERS = ["eGiPKVAnbr8ILghP", "3dUhwroMc486T5NC", "PGLqDyyEGR83E6Qb", "huSqcDT8MmjllPKr", "3z928zdF9shnVljg",
          "ReFQLEj11m9iHhbq", "1stac7SbJfWLb96k", "aNiGmP4GUBa7jkzA", "ZiGvOfXFshmJM4Nv", "IMIR3Ii1GjsL8hue"]
# What the review found wrong, marked "X" in the output.
# Shared points: a wording of each pair that does not state one thing.
SHARED_WRONG = (r"^Chicago Teachers On Strike, Affecting 350,000|He said negotiators had resolved all but two|"
                r"^Rescue crews search for survivors after earthquake|death toll had risen to 241 early Thursday|"
                r"Nike isn't 'honoring' Kaepernick|A chunk of the money Nike pays|Nike reportedly plans to sell|"
                r"you will see iconic stars like Serena|Beijing is now likely to pressure Canada|"
                r"The trade fight is in part a pushback|whether it was a “long shot”|"
                r"Fauci pointed to New York City|"
                r"Fauci said he was at the White House on Monday|probably higher than the 80,000 reported|"
                r"^Alexander chaired the hearing virtually")
# "Only one outlet reports" items another outlet reports too, or page furniture
UNIQUE_WRONG = (r"^Stanglin reported from McLean|^Worst affected by the quake were the tiny towns|"
                r"^— White House Director of Trade Policy|^Scott Ostler is a San Francisco Chronicle columnist|"
                r"^President Donald Trump chimed in Tuesday afternoon|^An American football star who sparked|"
                r"^The return to the negotiating table follows a ceasefire")
# Quotes given to the wrong speaker (or words): speaker (without "the", lower case) -> the words it does not own
WRONG_QUOTES = {
    "yahu vinayaraj": r"strike of choice|Stay at the table|resolved all but two",  # Emanuel's (CNN)
    "strike": r".", "jay rehak": r"^Union officials have said",                   # the district's; narration
    "new york times": r"random folks",                                            # Lewis's, as NPR quotes it
    "emanuel": r"^While negotiators handled|^bully$|^liar$|imperial mayoralty",  # narration; Lewis's (NYT)
    "amatrice": r".", "residents": r"^Despite a massive rescue", "aerial photos": r".",  # a town; narration
    "alessandra cappellanti": r"^We came out to the piazza|^People crying for help",    # Agostino Severo's
    "gino petrucci": r"^Listen, I know|^Now I move away|^I hope they don’t forget",      # a ranger's; the mayor's
    "peter navarro": r"^Fox News Sunday", "a french official": r"^10\.$",        # a show's name; a figure
    "donald j. trump": r"^US Tariffs were kind of insulting$|^will not be pushed around\.?$|^unjust\.?$",  # Trudeau's
    "meng wanzhou": r"corporate royalty",                                         # David Mulroney's
    "anthony s. fauci": r"^Sen\. Rand Paul|Sen\. Kelly Loeffler|reported Fauci said|^Premature openings",
    "mitt romney": r"^Sen\. Mitt Romney", "aides": r"^Neither the panel", "interviews": r".",  # narration
    "trump": r"national emergency on March 13",                                   # narration (WaPo)
}
# disputes and differing figures the review found not genuine (any of their figures)
DISPUTE_WRONG = r"^(159|241|nearly 81,000|more than 2 percent)$"
# what each event's summary must state (the review's reading of the main fact)
MAIN_FACT = {
    "Chicago teachers go on strike (2012)": r"(?i)on strike|walked off the job|went on strike",
    "Earthquake in central Italy (2016)": r"(?i)earthquake|quake",
    "Trump backs out of the G7 communique (2018)": r"communiqu|(not|won’t|won't) endorse",
    # session 24: "Colin Kaepernick is appearing in Nike's "Just Do It" 30th anniversary campaign" states it too
    "Nike's Kaepernick ad (2018)": r"Kaepernick .{0,60}(face|campaign)|Nike .{0,60}Kaepernick",
    "Huawei's finance chief arrested in Canada (2018)": r"arrested|detained",
    "Fauci warns the Senate on reopening (2020)": r"Fauci.{0,200}(reopen|suffering|consequences|open up)",
}
FURNITURE = (r"^Advertisement Continue reading|^UPDATE at \d|^Chicago Teachers On Strike, Affecting 350,000|"
             r"^(Italy searches for survivors|Dozens killed after earthquake|Earthquake leaves homes|Aftermath of"
             r"|Rescue crews (search|in Italy|survey))|^News about .* on Twitter$|^Stanglin reported from|"
             r"[”\"] — [A-Z][^.]*$|\(@\w+\) \w+ \d{1,2}, \d{4}$|^WATCH: [A-Z' ]+|^—Field Level Media|"
             r"^Image copyright|^Media playback is unsupported|^Scott Ostler is a|^Twitter: @|^Rob Gillies$|"
             r"^Associated Press$|Sign up for our Coronavirus Updates newsletter|\bAD AD\b|/Handout( via \w+)?$")


if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT)
    raise SystemExit(run_review(__doc__, "review13", EVENTS, OTHERS, marks))
