"""The orchestration: every stage in order, each step persisted in the store.

A second run over the same inputs finds everything stored and recomputes nothing; a run
killed halfway is completed by the next one, whatever its inputs, because each step first
asks the store what is missing (the articles it left unannotated: `Store.writing_run`).
The CLI and the web layer call `analyze`; nothing here prints (one line is logged when a
run finishes another's articles).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple, Protocol, TextIO

import numpy as np

from .analysis import Analysis, Failure
from .compare import compare_story, term_counts
from .compare._text import outlet_key
from .errors import ConfigError, InputError, StoreError
from .ingest.clean import MAX_ARTICLE_CHARS, clean_document
from .ingest.dedupe import DuplicateIndex
from .ingest.readers import as_inputs, input_of, normalise_leaning, read_inputs, unnamed_text, warn_unnamed_outlets
from .nlp.annotate import annotate_doc, annotator_id, with_slant
from .nlp.models import Embedder, load_embedder, load_spacy
from .nlp.slant import SlantModel
from .records import Annotation, Article, Document, Story
from .store import Store, newest_first
from .stories.stored import use_grouping_settings
from .stories.vectors import article_vectors

# Bump when the comparison changes, so stored reports are recomputed once.
REPORT_VERSION = "297"  # 4: an article naming no outlet is its own outlet everywhere; 5: voices: one voice per name across kinds, unnamed people per article; 6: no unique point cut off at a dash; 7: a suffix one outlet leaves out joins a name, "an official" is one person; 8: a state named by its abbreviation is no new name, news outlets cited are no framing terms; voices: diacritics ignored, an acronym or the end of an organisation's name joins the full name;
# disputed and differing figures: parts, hypothetical figures, other people and other years are other quantities;
# 9: a figure another outlet gives rounded or in words is not "only one outlet's";
# 10: a shared point's pair must stand out of its sentences' other matches (margin);
# 11: two outlets' results with no figure in common are differing figures;
# 12: an "only one outlet reports" item carries its new figures and names (details);
# 13: a name another outlet writes in another form (F.B.I./FBI, GOP/Republicans, Texans/Texas) is no new name;
# 14: that stem rule reads the other text as written; an outlet's short name is no new name;
# 15: a summary sentence opening with a pronoun is said in words that name its subject, or left out;
# 16: more name forms (ISIS/Islamic State, a suffix, an organisation's generic tail, one letter apart);
# 17: detail spans without loose ends; a share of the vote counted is no differing result
# 18: an organisation's short and full names are one name (CDC / Centers for Disease Control and Prevention)
# 19: a place and its people (Mexico/Mexicans) are one name; the stem and one-letter rules stricter
# 20: no post signature or link in a summary, a signature alone is furniture; a possessive with any apostrophe is the name
# 21: links, @handles and post signatures are no framing terms
# 22: a part its sentence lists with others that add up to the other figure is no dispute
# 23: voices: an organisation's last word joins its name ("Times"), words printed twice in one
#     article count once; counts that stay, go or are there now are no dispute; a summary point
#     naming an outlet of the story is said in another outlet's words
# 24: a summary point is said in its outlets' wording with no figure another outlet of it leaves out
#     and the fewest of the story's loaded words
# 25: no framing term is a generic, sourcing, name or number-unit word or a fragment across a phrase boundary
# 26: durations in two units of time are one figure (270 months, 22 1/2 years) in details and disputes;
#     a numeral printed elsewhere only inside a figure of another kind ("48-page") leaves "48 percent" new
# 27: two sentences of related wording giving two or more of the same figures are one shared point
# 28: "the suit" and "the lawsuit" (a memo and a memorandum, ...) are one writing among voices
# 29: summary: a quoted claim is said in words that say whose it is; no sentence pointing back ("Under that
#     test, ..."), no "In fact," (review 10)
# 30: disputes and differing figures (review 10): a change's starting level, an earlier event's figure, another
#     measure's ("U-6", "household", "revised"), a rate per month, a sum over years, a month apart and a streak's
#     bound are other quantities; windows ("the last two months") are not compared; a subject of measure words
#     alone ("rate") pairs nothing; "killed", "murdered", "fatally shot", "left ... dead" are one death toll
# 31: a span of years another outlet writes in words ("a decade ago") is no detail of one outlet's own
# 32: summary: only a quotation or a statement with a named speaker says whose claim a point is
# 36: unique: a change in points that is the difference of two rates others give, and hashtags, are no details
# 37: voices: a surname misspelt by one outlet (a letter changed, swapped or moved) joins the person; no new name
# 38: shared points: different speakers' words, an answer and a refusal kept apart; summary: a bound all figures meet
# 39: figures (review 11): forecasts, groups' figures, hurt vs dead, another event's day, early votes; no moments
# 40: summary: a sentence whose speaker is only a pronoun ("..., she said.") points back, like a pronoun subject
# 41: summary: figures within 1% of each other ("238", "at least 239" wounded) do not keep a point out
# 42: shared points: a sentence of forecast figures only and one of other figures of that unit are kept apart
# 43: summary: one that holds none of what the most outlets' openings state opens with it (shared.lead_points)
# 44: voices: a first name one outlet misspells ("Katerine", "Katherine" Hackett) joins the person (names.py)
# 45: cleaning keeps a live blog's entry heads ("Updated at 12:05 a.m. -- Trump calls ...": the time goes, the head
#     stays) and drops a time of day alone on its line
# 47: unique (review 12): a quotation another outlet quotes word for word, a hedged round figure another
#     outlet's meets ("more than 5,000", "5,140") and a name hyphenated another way are not one outlet's own
# 49: figures: the comma inside a numeral ("1,200 inmates") is no clause break
# 50: figures told at two moments (times of day, weekdays), conversions in brackets, "the first two" are not disputed
# 51: figures: what a place or a count "could see", "may reach", "will top" is a forecast
# 52: cleaning (review 13): caption/player labels, ad-marker runs, repeated pull quotes and posts, wire bylines
# 54: summary: a lead it holds comes first; labels ("Category 1") and counts other outlets give are no one outlet's
#     figures, a wording with an agreed count wins, a loaded aside after a dash goes; lead_points: half, if no more
# 56: quotes and voices of ANNOTATOR_VERSION 25 (review 12's left-over speakers; docs/quotes.md)
# 58: judgement verbs of the narration are loaded words (a summary prefers points without them); the report
#     says when a slant has no phrase evidence, and why
# 60: unique (review 12): ATF/"Alcohol, Tobacco, Firearms", S&P/Standard & Poor's, FedEx/Federal Express, a short
#     name defined in brackets, a plural, an age read as a count are no new details; capitals lines and
#     credited captions are no items
# 62: figures: a time of day opening an earlier sentence of the paragraph tells when; two kinds of one thing differ
# 63: figures: a running total ("has risen to", "so far") read on two days or at two moments is not disputed
# 64: cleaning: a line in capitals between lines of prose is a heading (Fox's related headlines), not text
# 66: quotes and voices of ANNOTATOR_VERSION 29 (review 13's speakers; docs/quotes.md)
# 68: cleaning (review 14): link lists under their heading, a caption over its "(Photo: ...)" credit, a first line
#     ending with the headline, audio players, explainer boxes, a live entry's sign-up and "By Name AD AD"
# 70: shared points: a question put and no reply, a likelihood, two figures at two moments are told apart
# 74: a judgement verb's note says whom it characterises (its subject) and what it is aimed at (ANNOTATOR_VERSION 33)
# 76: unique (reviews 11-13): an amount and its conversion in brackets are one figure, "the House" names the House
#     of Representatives, names around words another outlet quotes are no details
# 78: summary: a wording opening with a dateline that names its outlet in brackets ("Washington (CNN)") is said
#     without it
# 79: figures (review 14): a change's size is not a level, where a level "will" move to is a forecast, a figure
#     rounded to fewer decimals agrees, "last month" is read against the article's day, eligible voters are a
#     measure; summary: one that holds nothing of the first lead opens with the leads, a lead leaves out only
#     its own sentence
# 80: review 15: cleaning (a dated caption over "AP Photo/..." or Reuters' "U.S. December 7, 2017.", update and
#     correction notes, spaced-label and inline links, an outlet's pitch closing a paragraph); figures (a
#     "-per-hour" speed, a legal maximum, levels a change reached read on two days or at two moments); summary:
#     no wording that points back
# 82: unique: a sentence with no figure, name or quotation of its own whose content words another outlet's
#     passage of up to three sentences holds is no item (restated in other words)
# 83: quotes and voices of ANNOTATOR_VERSION 34 (review 14: transcript labels, words named, quoted
#     subheadings, names in title case, "both of whom", a justice typed ORG)
# 84: shared points (reviews 11-14): figures of one unit that are two quantities (a part and a whole, two kinds of
#     one thing, too far apart to be one), none alike, are told apart
# 85: slant evidence (review 14): a rated word negated ("didn't hate"), grading an amount ("a huge lead") or in
#     "worst-case", and "relevant", are no loaded wording or phrase (ANNOTATOR_VERSION 35)
# 86: review 16: figures (a market's readings at two moments of its day, "one" picked out after a preposition);
#     cleaning (a video playlist, the outlet's clip caption, a paragraph repeated farther on, an image's labelled
#     caption, a name over a photo's source, links and prompts review 16 found)
# 87: quotes and voices of ANNOTATOR_VERSION 37 (reviews 14-15's speakers and reported clauses run on)
# 89: review 15: summary: a point giving headline words most outlets share that the summary lacks is taken, a
#     point ranks last only when every wording opens with a connective, a wording cut inside a name gives way
#     to a whole one, a trailing comment clause ("which isn't hard to believe") is left out, "In a statement,
#     he ..." points back; sentences keep the closing quotation mark the splitter gave the next one; unique: a
#     name's leading article is no part of it
# 90: figures (reviews 14, 15): a running total's verb after a dashed aside, two days' readings listed as differing
#     figures (each view gives their days), two starting levels read at two moments, a subheading's figure not
#     compared; shared points: an outlet's note that it has not independently verified is no candidate, two
#     times of day an hour apart are told apart
# 91: slant evidence (review 15): no loaded word of a quoted statement or reported speech, a storm's force or
#     "popular"; no admission of one's own fault; slant sentences only with loaded wording (ANNOTATOR_VERSION 38)
# 92: review 17: figures (a sector's jobs are not the whole economy's, a count of workers is not one of jobs);
#     cleaning (a caption, its credit, the section and the headline before Politico's standfirst, a list's last
#     headline run into the next paragraph, a link labelled with a year and an unlabelled one under a link, an
#     Instagram post)
# 93: quotes and voices of ANNOTATOR_VERSION 40 (reviews 13, 15 and 16's quotes)
# 94: review 16: shared points: the rest of a quotation another point opens is no point, a rise beside a fall and
#     a move since an earlier moment are told apart; figures: a move since an earlier moment is a kind of its own,
#     a sentence pointing back ("That fire ...") takes an earlier year named the sentence before
# 95: unique (review 16): a figure of a quantity another outlet of its shared point reads at another moment is
#     no detail
# 96: slant evidence (review 16): words neutral in their sense ("hot" weather, a ranking's "worst", a fire's "deadly",
#     "fake" jobs, "gone wrong", a school admitting applicants), an embedded post's loaded words, judgement verbs in
#     reported speech; a report split into two clauses is one (ANNOTATOR_VERSION 43)
# 97: unique: an item inside a quotation whose speaker it does not name carries the speaker (a statement's later
#     sentence); quotes and voices of ANNOTATOR_VERSION 44 (reviews 16-17's quotes)
# 98: figures (reviews 16, 17): one site's figure is not several sites' or all ("in all"), one named place's not
#     the world's, a sum approved not one withheld or spent, "$250 million of the aid" a part; shared points: someone
#     undecided is not what they did
# 99: review 18: cleaning (an agency's video script's markup, USA Today's "Corrections and clarifications:" note and
#     chain name under a byline, a share form's reply); summary: a point one outlet adds in support ("Indeed, ...")
#     ranks after the others; lead_points: the articles' first sentences at cosine 0.50 where no opening sentence
#     is stated by most outlets, the one the other headlines echo first
# 100: slant evidence (review 17): words neutral in their sense ("violent" attacks, "striking" workers, reports
#     that "turn out to be wrong", "the wrong comparison", "successful"), a slogan quoted in title case, a
#     characterisation reported ("what Pelosi called a sad ... moment"); reported speech holding a quoted fragment
#     (ANNOTATOR_VERSION 46)
# 101: shared points: an idiom ("fell ill", "grew up") is no fall or rise beside another outlet's move
# 102: review 19: lead_points: where no first sentences are alike, a first sentence holding two words of the
#     headline of each of more than half of the other outlets is the lead (the summary opens with it); cleaning: an
#     embedded clip's prompt and description ("... breaks down the numbers. Watch below:"), a pull quote with its
#     speaker's bare name after it, list bullets ("• ")
# 104: disputed and differing figures (review 18): figures of two nights ("Wednesday night", "over the course of
#     the night" told Wednesday), a count "as of" a moment is a reading of a running count; an outlet that gives
#     the other outlet's figure too, elsewhere, does not differ from it
# 105: slant evidence (review 18): words neutral in their sense ("difficult", "sensitive", "prominent",
#     "unprecedented", "lively"; a price's "cheap", "extreme vetting", "harsh words", a feeling said of someone, "the
#     uncomfortable position"), a critic's reason reported, "admitting refugees", "sidestep controversy", a quoted
#     fragment in reported speech; quotations closed with "’’" (ANNOTATOR_VERSION 51)
# 106: summary (review 20): a sentence that names someone only as "the woman" / "the man", or by a pronoun with nobody
#     before it ("A state test finding that she had Ebola ..."), or opens "In other videos ..." points back; a lead
#     is held only where the summary says a sentence of it in that sentence's words, and a match every widest lead
#     shares (a text opening mid-article) holds none
# 107: review 19: disputed figures: a whole set ("all 50 states") and some of it ("37 states") are not disputed, a
#     figure of a time told back ("last summer", "two years ago") is another time's, an outlet that gives the other
#     outlet's figure too, elsewhere, does not dispute it; "only one outlet reports": no attribution cut from its
#     quoted question, no name or figure another outlet's headline gives; voices: a generational suffix ("Donald
#     Trump Jr.") is never one outlet's omission
# 108: slant evidence (reviews 12, 15, 19): quotations in single marks, a quoted fragment repeating a quoted
#     statement's words, a measured thing's rank among peers ("by far the worst in the developed world"), a hazard by
#     its name or set off by an appositive, fixed terms ("effective date", "affirmative action"), "hot on his tail",
#     "its worst day of 2019"
#     (ANNOTATOR_VERSION 55)
# 109: slant evidence (review 20): "the deadly infection", "fallen ill", "hazardous waste" are no loaded wording; a
#     single quoted word a statement holds stays the outlet's pick, "six deadly landfalls", "a deadly event"
#     (ANNOTATOR_VERSION 55-57)
# 110: summary (reviews 19, 21): a sentence speaking of a man and a woman by pronouns that names one person points
#     back; a lead is said though listed as one outlet's own; a headline's figure is a word of it for the leads; leads
#     that two outlets' first sentences state go first; a lead opening with a judgement of the act ("In a move that
#     only hastens ...") after plainer ones (ANNOTATOR_VERSION 58: cleaning, reviews 20-21)
# 114: shared points (review 20): two groups' words named by two sides (parties, nations, faiths) and a hypothetical
#     beside a plain statement are not one point; disputes: an aside on another place ("A nurse in Spain ... She is
#     ... treated by 50") is not compared with an article that names that place in passing too
# 116: slant evidence (reviews 20, 13): "unique" and "unusual" are no loaded wording, nor a superlative ranking a turn
#     of the economy against a record ("the greatest economic disruption to the United States since the Great
#     Depression") (ANNOTATOR_VERSION 64)
# 118: only one outlet reports (review 20): a sentence opening inside a quotation is listed from the sentence the
#     quotation opens in (at most two back); an embedded post's signature, and a link run into a name, are no detail
# 121: summary (review 13): of twin leads (two outlets' first sentences stating each other), the one whose words the
#     other outlets' articles use most opens it; (review 22) estimates of one figure, each in the other's range ("an
#     estimated 1.4 million", "some 1.5 million"), take no side; "Rather, ..." is a connective (ANNOTATOR_VERSION 65:
#     cleaning)
# 122: disputes (review 21): a "better-than-expected" figure is the actual one, a gap between two amounts ("9 million
#     short of", "fewer ... than") is compared only with gaps; shared points: a small move in a phrase ("inched up",
#     "dipped"), a sector's figure beside the whole's, a change by an amount beside a level, are not one point;
#     figures of two units are never alike there
# 124: only one outlet reports (reviews 19, 14): a sentence with a figure the dispute stage groups with another
#     outlet's (clashing or not) is no outlet's own; a transcript's sign-on ("From ..., I'm Name.") is no item; a name
#     run together with its owner's ("the Constitution's Fourth Amendment") is given when the others name both
# 125: summary (review 21): a lead whose representative wording opens by judging the act ("In a move that only
#     hastens ...") is said in another outlet's first sentence in the point that tells it without
# 126: figures: two estimates each in the other's range ("an estimated 1.4 million", "some 1.5 million") are one
#     figure given roughly, not listed as differing (review 22)
# 128: summary (reviews 23, 22): a question ("What exactly did Bolsonaro say?", a subheading) is never said; a wording
#     opening with a person's surname alone ("Kennedy was joined by ...") is said only after a sentence naming the
#     person more fully, else with the full name the story's people give ("Anthony Kennedy was joined by ..."; of
#     two first names, the one named at least twice as often), else left out; a pronoun after a long opening phrase
#     naming none of the story's people points back ("Referring to the recent Notre Dame blaze in Paris, he ...")
# 130: shared points (review 22): two quotations given to speakers of any kind who share no name, in other words,
#     are two statements; a quotation's later sentence followed by its attribution tag is not another outlet's
#     narration
# 131: shared points (reviews 12, 21): a reading at a named time of day beside a figure of its unit not within a
#     tenth, and a figure of another month than the article's (or the one before), are not one point; figures (review
#     19): those taken to hospital are a count of their own, neither the hurt nor the dead
# 133: only one outlet reports (review 22): a year another outlet tells from its day ("last year") and a date whose
#     month and day, or month of its year, another outlet names are given; a sentence whose figures are all another
#     outlet's or grouped with another outlet's by the dispute stage is no item; "COVID-19" is "the coronavirus";
#     "in 39 years" is "since 1982" in 2021;
#     disputes: a year ("in 2017") or a time told back ("last year") right after a figure in its clause makes it an
#     earlier time's figure
# 135: figures (review 23): a one-sided hedge on a round figure that is another outlet's exact figure rounded toward
#     the hedge ("more than 30" for 35) is not listed as differing; figures of surveys by different makers ("a Fox
#     News poll", "a CNN/ORC poll") are two quantities; a hypothetical verb before a conjunction ("facing questions
#     after a crash killed all 157") does not govern the figure of the clause it opens
# 137: only one outlet reports (review 23): a sentence a shared point holds is an item only for a figure or name of
#     its own, and a count its point gives vaguely ("dozens of") is none; a short quotation (5 words or more, a
#     leading article aside) another outlet prints whole is the same statement; shared points: an outlet's own
#     question ("What exactly did ... say?") states nothing
# 138: summaries (review 24): a demonstrative before a noun inside a sentence ("based on those words"), an opening verb
#     in -ing before one ("Changing that policy ...") and "Both" before a plural noun ("Both surveys ...") point back;
#     where the widest lead cannot be said, its matches that open their articles lead in their own words
# 139: summaries (review 24): a sentence opening with a part of a whole told before ("The majority, 264 people, ...",
#     "Most of them ...") points back
# 141: shared points (session 36, review 23): being expected to win, lose or be confirmed is a likelihood, read in
#     the main clause after an opening subordinate one ("Despite ..., X was expected to win"); sentences whose
#     subjects are two countries' bodies ("the British embassy" / "U.S. embassies", "Indonesia's aviation
#     authorities" / "Ethiopian Airlines"), neither naming the other's, are two statements
# 142: only one outlet reports (reviews 23, 18): a short name of an initial and a number ("G-7") and the name it
#     stands for ("Group of Seven") are one name; a majority's threshold and seat arithmetic ("157 seats, 13 short
#     of a majority") state one figure; a span of months and the month it ends ("until March 2019") are one span
# 143: disputed figures (reviews 23, 19): each article's only sum of money or count of people harmed of one thing (an
#     offer in dollars, those taken to hospital) and another outlet's are one quantity, subjects matching, values
#     within 1.5 of each other
# 144: summaries (session 37, review 24): a point whose wording says what could happen ("... could deliver a ...
#     wallop") is said in the wordings that state what happens, where one of them opens an outlet's article
# 145: disputed and differing figures (session 37, review 24): a figure inside a quotation whose attribution names an
#     earlier year ("..., the president said in his 2013 address") is another time's; a span of places ("from
#     Florida to South Carolina", "in three Caribbean countries") and one named place ("the Jacksonville area"), and
#     a count "elsewhere" and any other, count two things; an article gives another outlet's figure too only by a
#     figure that can be of its quantity
# 146: shared points (session 37, review 24): a signed embedded post ("... — Nick Valencia (@CNNValencia) October 6,
#     2016") and a sentence that is no post and does not name its author are two statements
# 147: disputed figures (session 37, review 25): an age told in a clause "When ... was <done> ... at (the) age (of) N"
#     is the age at that past step ("When Benedict was elected pope at age 78"), not the age on the article's day
# 148: summary (session 38, review 25): a demonstrative joined to more of its kind or before a quoted term, "this"
#     before a word, "the men" and a role ("the resident") point back, "the man" after the sentence's own person
#     does not; a lead only setting the time of a reaction gives way to its twin stating the act, and twin leads
#     that are no first sentences go by the other outlets' headlines
# 150: shared points (session 38, reviews 25, 24): the writer's own opinion (a "must" or "should" in the main clause,
#     a stance adverb: "of course", "absolutely") and a plain report, a poll's finding and a sentence naming no poll, a
#     guest's turn in a broadcast transcript and narration are two statements; a parenthesis that is no sentence (a
#     source line under a quotation) is no candidate
# 151: shared points (session 38, review 24): two sentences giving two votes' tallies, none in common ("by a 5-4
#     vote" / "In a six-to-three decision"), tell two votes
# 152: unique items (session 38, helper F, review 25): a part of a sentence the splitter cut off ("Law" |
#     "enforcement spent hours ...") joins the rest; a place of care named with another word for its kind ("...
#     Hospital", "... Medical Center") is no new name; an estimate holding another outlet's exact count of one word
#     ("nearly 100 heads of state", "91 heads of state") is no new figure; a paraphrase whose only new figures stand
#     in an aside (between dashes, or a noun phrase after a person's name) is no item, nor a broadcaster's note on
#     where its own reporting aired ("... just checked in with Morning Edition ...")
# 154: summaries (session 38, helper H, review 26): a sentence opening by telling the reader to bear something in mind
#     ("Remember that to get to this point, ...", "Note that ...", "Keep in mind, ...") is the writer's aside, no
#     summary sentence; shared points: two sentences naming a time zone in common have their times of day compared
#     ("5:40 p.m. local time Sunday" / "just before 4:30 p.m. local time": two moments)
# 155: shared points (session 38, the merge): a guest's turn in a transcript is read from the quote finder's turns
#     (a direct quote with no cue from the sentence's opening, past its label, to its end), not from the labels alone
# 156: summaries (session 39, helper C, review 26): a sentence of at most seven words naming nothing and counting
#     nothing ("A vote was slated for Thursday afternoon.") points back; of a point's wordings, one saying "also" in
#     its own words ("Several supporters also were outside the courthouse, ...") goes after one that does not
# 157: summaries (session 39, helper C, review 26): a column's opening (a writer giving an opinion in three sentences
#     and a tenth of them at least) goes after a report's among the leads; a summary lacking the names most outlets'
#     headlines share, which no shared point says, takes a report's sentence that says what those headlines say and
#     gives no count of its outlet's own
# 160: unique items (session 39, helper H, reviews 26, 25): a caption placing whom it names (", left,"), a broadcast
#     host's hand-over to a guest or thanks ("we're joined by", "thank you for being with us"), an embedded post's
#     credit line ("Posted by ... on <date>"), the outlet's own reporter's whereabouts ("NPR's ... is at ...") and
#     "That's what ... reported on <programme>" are no items
# 161: shared points (session 39, helper H, reviews 26, 24): what is slated, scheduled or set to happen beside a
#     sentence saying nothing of the future, and two readings of an election's count at two stages whose results
#     share no figure, are told apart
# 162: summaries (session 40, helper C, review 27): a wording on a short line of its own that does not end as a
#     sentence does (a headline over a wire story: "Margaret Thatcher dies at 87") is never said; of a point's
#     wordings, one that opened with a connective of contrast ("But Mrs. Bachmann eventually came crashing back down
#     ...") goes after one that does not, before a count other outlets give decides
# 163: summaries (session 40, helper C, review 26): a lead that is mostly a named person's reported statement ("...,
#     NAACP president Ben Jealous said Sunday, ...") goes after one the outlet states in its own voice, before the
#     loaded words decide
# 164: shared points (session 40, helper D, review 27): a zone is one however written ("ET", "EDT", "Eastern Time"),
#     and two times of day named in a zone in common half an hour or more apart are two moments; disputed figures: a
#     figure of an outcome requested ("requested that he be sentenced to 20 years") is hypothetical; a sentence
#     pointing to a link the text lost ("Watch the exchange here.", "..., which is webcasting the hearing here.") is
#     furniture: no shared point, summary sentence or "only one outlet reports" item
# 165: shared points (session 40, helper D, review 27): two hypotheticals whose conditions share no word ("If found to
#     be drinking, ... up to 10 years" / "If Couch ends up on adult probation and violates it ..., up to 40 years"),
#     with figures of one unit none alike, are told apart
# 169: summaries (session 40, helper G, review 29): "his" or "her" with only people before it ("Doctors said his
#     condition was critical but improving", read as the aide's of the sentence before) points back
# 170: unique items (session 40, the lead, from helper F's audit): a sentence the article prints again word for word
#     (a pull quote in full, a doubled paragraph) is one item, not one per printing
# 171: unique items (session 41, helper C, reviews 29, 28): a refusal to comment or give details, a writers' credit,
#     "... said just that." and "... is worth listening to." are no items; a quotation's short sentences are listed
#     from where it opens however many, and a quotation's tail whose opening mark the text lost is no item; a few
#     words quoted in marks another outlet quotes too, near a word of the sentence, are that outlet's statement; a
#     figure within 3% of another outlet's of its unit in a sentence on its topic (a share within a point too), or
#     set with it beside one figure both share (no share), is that outlet's quantity at another value
# 172: unique items (session 41, helper C, reviews 28, 26): an embedded post signed by an account the story names
#     nowhere else, giving no figure nor name of its own, is no item (a stranger's reaction)
# 173: shared points (session 41, helper D, reviews 28 and 29): two states of a patient's condition none in common
#     ("upgraded from “critical” to “serious”" / "critical but improving") are two readings; a sentence ending in a
#     colon leads in ("... responded on Twitter:"); a clause saying what a quotation's tail refers to (", referring to
#     how ...") is part of its tag
# 175: unique items (session 41, helper E, review 30): a sentence the article prints again inside a longer sentence of
#     its own, or again with other marks (a quotation told with its speaker and printed alone in the embedded post),
#     is that sentence's statement, not a second item
# 177: unique items (session 41, helper F, one rule at two depths): an embedded post's credit and a caption's places
#     are cleaning's (`ingest.clean.POST_CREDIT`, `PICTURE_PLACE`): a credit whose name has a stop ("Mina K.
#     (@minak)") is furniture, and a caption placing whom it names "second left", "center right" or "from left" no item
# 178: disputes (session 42, helper C, reviews 30 and 28): a bare number set off by commas right after a word of a
#     person's name ("Lightfoot, 56, finished ...") is an age; a figure that is the whole of a part given just before
#     it ("27 of the Knesset's 120 seats") is not one quantity with another outlet's figure nearer the part
# 179: unique items (session 42, helper C, reviews 28 and 30): two names sharing a word in one slot of a shared
#     point's two sentences ("... to the Zionist Union's 24", "... to the Zionist Camp's 24") are one name; a name whose
#     words a sentence on its topic giving its count holds ("joint Arab List ... 14 seats", "Joint List, a bloc of
#     Arab parties, ... 14 seats") is no new name; a comment not yet given and a news outlet's calls unanswered are
#     no items
# 180: shared points (session 42, helper D, reviews 30 and 26): two quotations sharing few words are two statements
#     when one speaker says both too ("... a break from the corrupt political machine" / "I'm not a person who decided
#     I would climb the ladder of a corrupt political party"), below cosine 0.80 (`shared.SAME_SPEAKER_QUOTE`) and
#     with no run of three words in a row alike (`shared.QUOTED_RUN`)
# 181: shared points (session 42, helper D, review 29): an appeal not to do something ("urged Mr. Trump not to
#     declare a national emergency") beside a sentence telling of no appeal that gives the deed ("... planned to sign
#     the bill and declare a national emergency") is no point (`shared._urged_not`); 180's rule asks of one speaker's
#     two quotations less than half the shorter's content words alike (`shared.SAME_SPEAKER_WORDS`; a final "e" cut)
# 182: unique items (session 42, helper E, review 31): a sentence telling only of a failed attempt to reach a named
#     person or an office ("Attempts to reach Ariel Castro in jail were unsuccessful Monday.", "Calls to the mayor's
#     office went unanswered.") reports nothing of the event, as a refusal to comment does
# 183: session 43, helper A, disputes (review 32): a figure someone is asked to receive, serve or pay, or a court to
#     impose ("has asked for Cohen to receive a ... sentence of roughly four years") is a request of an outcome, no
#     quantity of the outcome given ("was sentenced to three years") (docs/comparison.md)
# 184: session 43, helper A, unique items (review 32): a sentence about a picture or chart the page shows ("As for the
#     image above, the chart shows ...", "The red columns show ...", "Watch the video above ...") is no item
#     (docs/comparison.md)
# 185: session 43, helper A, unique items (review 32): a request "seeking a response" (or a reply) that was not
#     answered is a request for comment unanswered ("... did not immediately reply to an email ... seeking a response
#     to Pound's comments."), no item (docs/comparison.md)
# 192: disputes (session 43, helper D, review 31): two percentages each of a named thing, the things sharing no word,
#     are shares of two things, never one quantity ("40 percent of the car made by workers ..." / "75 percent of parts
#     made in North America"; `numbers.share_of`) (docs/comparison.md)
# 193: unique items (session 43, helper D, review 31): a digest's section of another event (every sentence below
#     cosine 0.40 with every other outlet's, fewer than half its names given elsewhere, the article's other section on
#     the story) gives no item ("More Mueller report drops Thursday" in a newsletter led by a fire;
#     `unique._other_news`) (docs/comparison.md)
# 194: unique items (session 43, helper D, review 31): a figure another outlet gives as a lower bound in round figures
#     is no new figure when it comes down to the bound at the bound's precision, within 25% ("nine and a half hours"
#     or "almost 10 hours" beside "more than nine hours"; `unique._within_bound`); a person named after a title of two
#     words or more that another outlet's sentence on its topic writes in lower case is no new name ("Police Chief
#     Michael McGrath said ..." beside "Cleveland's police chief says ..."; `unique._title_told`) (docs/comparison.md)
# 198: shared points (session 43, helper F, review 31): a prospect is not the outcome ("look close to resolving key
#     differences", "on the verge of a deal", "will almost certainly be years" / "have reached a new trade deal"), read
#     in the main clause after an "If"/"Assuming" clause; an obstacle is not the agreement over it ("Other stumbling
#     blocks included ... a sunset provision" / "reached an agreement over a sunset clause"); one noun at two poles of
#     a scale is two things ("a very basic Internet" / "broadband Internet"); a verb in the future is not its past
#     ("will share their stories" / "shared photos"); two explanations offered sharing no lower-case word are two
#     ("one benign explanation ... a router" / "Another possibility: ... routed through China"); a prospect only
#     beside a sentence saying nothing of the future ("close to exhausting" / "will run out" stay one)
#     (docs/comparison.md)
# 199: shared points (session 43, helper F, review 31): one figure in common is an edge from cosine 0.58 when the pair
#     stands out of both sentences' other matches (margin 1.20): "Congress simply extended it for another 25 years" /
#     "Congress reauthorized ... in 2006, extending it for 25 years on lopsided votes: 98-0 ..."; not of two places, a
#     bare count below three or an age (docs/comparison.md)
# 201: summary (session 43, helper G, review 31): an opening is made of the outlet's own sentences, no quotation
#     ("I'm Amanda Berry," she told a 911 dispatcher."; `shared.lead_points`); a headline's figure is a number word of
#     a lead ("3 women" / "the three women"; `shared._headline_leads`); "the women" after "the three women" in one
#     sentence are those, no one of a sentence before (`summary._told_before`) (docs/comparison.md)
# 202: summary (session 43, the lead, review 31): a summary with no shared point and no lead, made of sentences every
#     outlet echoes loosely, that lacks any word most headlines share ("burns", "was burning") takes the sentence
#     of a report that gives them all but one (`summary._headline_sentence(every_word=True)`) (docs/comparison.md)
# 203: disputes (session 44, helper A, review 33): figures of one subject over two periods or at two moments are not
#     set against each other: two earlier figures whose years differ ("83 firefighters died last year" / "In 1994,
#     the Storm King Fire ... killed 14 firefighters"), a tally of the year so far against a figure whose sentence
#     names no period ("43 firefighters had been killed so far in 2013" / "Yesterday, nineteen firefighters were
#     killed"), a count of a weekday other than the article's against one said to stand now, in papers of one day
#     ("200 firefighters were working on the fire Sunday" / "400 firefighters are now battling the blaze")
#     (`compare._periods`) (docs/comparison.md)
# 204: summary (session 44, helper A, review 33): a list set out in a sentence's place, three items or more parted by
#     semicolons of six words at most each ("Ann Bell, 29; Tom Reyes, 23; ...; and Sam Odell, 27."), is no summary
#     sentence (`summary._is_list`) (docs/comparison.md)
# 209: session 44, helper C, slant of a digest (review 31's USA Today newsletter): a story's report gives, per article,
#     its sections on other news than the story's (`StoryReport.other_news`, compare/digest.py, the sections the
#     unique stage leaves out); the reports say beside a digest's label that it is read from those too, and mark the
#     slant evidence that comes from them ("from a section of the digest on other news") (docs/model-card-slant.md)
# 210: session 44, helper C: a section that is its heading line alone (review 13's Reuters credit "—Field Level
#     Media") is no digest's section on other news (compare/digest.py)
# 212: unique items (session 44, helper D, review 32): a figure an article gives again, same value and unit, beside
#     one of its own that another outlet gives at another value is no new figure either ("at least 149 deaths" in
#     the lead, "at least 149 people had been killed" against another's 235; `unique._told_again`)
#     (docs/comparison.md)
# 213: unique items (session 44, helper D, review 32): a name another outlet writes with a possessive's apostrophe
#     left out or set otherwise is no new name ("U.S. Attorneys Office", "US attorney's office"; `unique._unmarked`)
#     (docs/comparison.md)
# 214: unique items (session 44, helper D, review 32): a quotation opening in its sentence and running on past it is
#     matched against the other outlets' text whole and also as far as the sentence holds it ('... Obama said "This
#     is not some distant problem of the future.' opening 44 words, another outlet printing those 9;
#     `unique._quoted_elsewhere`); a name described after it between commas ("the Ferry Users Forum, a passenger
#     rights group, said") is no new name where another outlet's sentence on its topic gives the description
#     ("passenger rights campaigners said"; `unique._described_told`) (docs/comparison.md)
# 218: shared points (session 44, helper F, reviews 27-32): a verb negated or denied beside it told as a deed plainly
#     ("denied taking the money" / "took the money"), a possibility raised beside a sentence with no modal ("would be a
#     possibility" / "agreed to postpone"), a call for something beside the deed ("call for the postponement" /
#     "was postponed"), a plan beside the deed ("planned to deploy" / "has deployed") are no one point
#     (`shared.told_apart`); a lead naming an outlet only in an aside on where its words were said ("Weiner, in an
#     interview with Fox News, said ...") is said without the aside (`summary._without_outlet_aside`)
#     (docs/comparison.md)
# 219: session 45, helper A, summaries (review 34): "earlier"/"later" opening a time phrase are not cut as
#     connectives ("Later in the day, Putin called ..." read "In the day, ..."); a sentence opening "Immediately after
#     that call, ..." or "In another tweet, ..." points back (`summary._PRONOUN_START`, `_OTHER_START`)
#     (docs/comparison.md)
# 220: session 45, helper A, disputes (reviews 32, 33): a count of the dead against one said to stand now that counts
#     no harm ("340 were killed in the 9/11 attacks" / "400 firefighters are now battling the blaze") is no dispute,
#     a toll set off by dashes read past the closing one ("— 340 — were killed"); "wage growth" names a measure of
#     its own ("annual wage growth topped 3 percent" / "annual growth of 2.9%") (`numbers._dead_against_now`,
#     `_QUALIFIERS`) (docs/comparison.md)
# 221: session 45, helper A, summaries (review 32): a lede whose source one of the next three sentences names by
#     pointing back ("Climate change is here and will only worsen. ... Those are the take-home messages of a new White
#     House report ...") is not said in the summary in that outlet's words (`summary._source_told_after`)
#     (docs/comparison.md)
# 225: a digest's sections (session 45, helper C, review 14): a line quoting a post or a pull quote heads no section
#     ("RiverFan88: council going nowhere #wtf", "“We will not give up"), so the paragraph under it is no digest's
#     item on other news for the unique stage nor the digest note (`unique._quoting_line`) (docs/model-card-slant.md)
# 228: session 45, helper D, unique items (reviews 17, 19, 33): a figure another outlet's sentence on its topic tells
#     less exactly is no new figure: an exact count coming down to its round lower bound ("wounded 230 others" /
#     "more than 200 wounded"), a share beside a paraphrase's bound ("83% of residents" / "more than 80 percent"), a
#     count of its word in "hundreds", "thousands" or "millions" ("more than 520 others" / "hundreds of others"); and
#     a bound that only defines the class a superlative picks out ("the last gale to sink more than 10 boats ...,
#     which sank 14 boats") is none either (`unique._rounded_near`, `unique._bound_of_own`) (docs/comparison.md)
# 234: shared points (session 45, helper F, reviews 12-33): a denial said without a negated verb ("called the
#     claims that it paid the contractor false", "dismissed as baseless reports that it paid ...") beside the deed
#     told plainly is no one point, and such a denial ("rejected claims that it paid ...") tells no deed of its own
#     (two denials in other words stay one point; `shared._denials`) (docs/comparison.md)
# 235: shared points (session 45, helper F, review 33): a future said in reported speech ("said he would force a vote
#     on the board's decision") is a future beside its past ("the board voted"), as "will" is, and so is the noun a
#     future verb takes right after it ("force a vote", "hold a vote": "voted"; `shared._SAID_WOULD`,
#     `_FUTURE_OBJECT`) (docs/comparison.md)
# 236: session 46, helper A, summaries (reviews 34, 35): a sentence opening "That's how ..." ("That's how the minister
#     described the site ...") points back; a lead framing the event as a kind of story ("The resignation is not just
#     the usual story of ...") gives way, as a judging opening does, to a wording that tells it (docs/comparison.md)
# 237: session 46, helper A, summaries (review 35): a surname after an opening time phrase ("Late Monday, Abbott
#     released ...") takes the person's full name as one opening the sentence does; an editor's update note opening a
#     sentence ("Updated at noon Eastern time: Police said ...") is left out (docs/comparison.md)
# 238: session 46, helper A, summaries (review 34's rule): a lead framing the event as a kind of story is one after an
#     opening phrase too ("For Trump, the vote is a sign that ...") (docs/comparison.md)
# 245: unique items (session 46, helper D, review 34): what another outlet tells in other words is no item of one
#     outlet's: a date a shared point's other sentence gives by its month ("released on April 29, 2019" / "In April,
#     a video ..."), a figure in a relative clause after a name in a shared point's sentence ("Ortiz, who ... her
#     16-month tenure, resigned"), "Twitter" beside "tweets", a year that says which campaign beside "the campaign
#     trail" on its topic, and a ministry named the other way round ("Ministry of Defense" / "Defense Ministry";
#     `unique._dated_by_month`, `_RELATIVE_AFTER`, `_which_one`, `_office_turned`) (docs/comparison.md)
# 246: unique items (session 46, helper D, review 31): a place of care named in a sentence ("treated in the Alma
#     Valley Emergency Department") is no new name when another outlet's sentence on its topic tells it by its kind
#     ("released from the hospital"; `unique._care_told`) (docs/comparison.md)
# 247: unique items (session 46, helper D, reviews 26 and 29): the parts a sentence splits its total into ("60 in
#     all, 25 from the town and 35 from other districts") are no new figures when another outlet gives that total with
#     a share of it ("the 60 firefighters, more than half of them from ..."; `unique._part_as_share`); a price told
#     without its cents is the price ("$35" / "$35.50"; `_cents_dropped`); and "package" and "legislation" are read as
#     "bill", "spending" as "funding", "evening" as "night" when a sentence's words are sought in another outlet's
#     passage (`_SAME_WORD`: "Congress passed a funding bill Thursday evening." / "The spending package passed Thursday
#     by Congress ...") (docs/comparison.md)
# 251: session 46, helper F, shared points (reviews 31-34): durations in two units of time are compared in one ("up to
#     six months" is no "five years"); a quotation's later sentence whose speaker is not found, beside a named
#     speaker's quotation sharing few of its words, is another statement; a sentence that meets another only inside a
#     quotation it quotes within its speaker's ("... a policy 'calling for a shutdown of X' has since morphed into
#     ...") is another statement; a count given whole and as the sum of every count of the other sentence ("16
#     states" / "nine states plus parts of seven") is two figures in common (`numbers.sum_of_parts`)
#     (docs/comparison.md)
# 252: session 46, helper F, shared points (reviews 22, 31): such a whole shows no figures that differ
#     (`numbers.sum_of_parts`); the inner-quotation rule splits no pair whose other quotation holds an inner
#     quotation too or is given to the same speaker ('"I said, 'Get back ...'" Wilson said' twice) (docs/comparison.md)
# 253: session 47, helper A, disputes and summaries (review 36): two forecasts of pollsters named apart ("economists
#     surveyed by X had predicted 8%", "forecast at 7.9 percent, according to the [Y] survey median") are no dispute
#     (`numbers.surveys_apart`); a figure is no dispute where its outlet gives the other outlet's figure too, of the
#     other's subject ("a loss of 12,000 jobs in food manufacturing", "overall manufacturing jobs fell 7,000", against
#     "Manufacturers cut 7,000 jobs"); a lead appraising the event in other words ("... are nothing new to ...",
#     "... spoke volumes about ...") gives way like a frame (`summary._FRAMED_OTHER`); a summary sentence restating
#     two counts or all its counts of the sentences before it, most of its words theirs, is left out
#     (`summary._restates`) (docs/comparison.md)
# 262: session 47, helper D, unique items (reviews 34-35): a quotation's later sentence whose head is a shared point's
#     is listed from its own start ('"Charges were approved. Detectives will ...," the spokesman said on Twitter.' lists
#     "Detectives will ...", not the shared charges; `unique._head_paired`); a year a record is told "since" is given
#     by another outlet's "in decades" on its topic ("deadliest since 1981" / "deadliest in decades";
#     `_since_in_decades`), and a clause "when ..." after that year is an aside ("since 1981, when 180 people died
#     ..."; `_WHEN_AFTER`) (docs/comparison.md)
# 263: session 47, helper D, unique items (review 35): a sentence recalling an earlier event (a year at least a year
#     before the article's) whose figures, the year and another, one sentence of another outlet on its topic gives
#     ("In July 2009, the tanker Sea Lark burst into flames ..., killing 12 sailors." / "... since a tanker fire killed
#     12 sailors in July 2009") adds no names but a person's (`unique._background_told`) (docs/comparison.md)
# 264: session 47, helper D, unique items (review 36): a bare year that is the article's own year is no figure of
#     one outlet's when another outlet has a sentence on the topic ("subtracting 49,000 jobs from the 2012 total" in
#     an article of 2012, another outlet's "49,000 fewer jobs"); a date or another year stays (`unique._this_year`);
#     a day named by its fixed feast gives the date by month and day ("on Valentine's Day last year" for "Feb. 14,
#     2013"; `unique._FEASTS`) (docs/comparison.md)
# 268: session 47, helper F, shared points (review 35): a quotation given to a speaker that names no one ('"Our thoughts
#     and prayers are with the victims ...," the statement said') is another statement beside a named speaker's
#     quotation sharing few of its words ('"We have to think of the victims ...," she said', Merkel); the figures of an
#     earlier event a sentence measures its news against ("the first ... since a Concorde crash ... killed 113 people")
#     make no figure edge (docs/comparison.md)
# 269: session 47, helper F, shared points: that quotation's pointer is a writing or a body, not a person ("the
#     official said" may be the other outlet's named speaker) (docs/comparison.md)
# 270: session 47, helper F, shared points (review 21): the earlier event's figures are those after "since" that
#     follow a record's word ("the first ... since a Concorde crash ..."), not a change's starting level ("the
#     decline in unemployment since the jobless rate's recent peak of 10 percent") (docs/comparison.md)
# 274: session 47, helper H, disputes (review 37): "others" after a count of the other harm is the whole count
#     ("killing three people and injuring nine others": nine hurt, no remainder); an age range names a population
#     group ("among 16- to 19-year-olds", "aged 55 and over"), and the level a change reaches takes its starting
#     level's group ("from 14.1% to 12.8%") (docs/comparison.md)
# 275: session 47, helper H, disputes (review 37): each article's only count of the harmed pairs with another's at
#     cosine 0.2 (`HARM_ONE_THING_TOPIC`; other things 0.35): "killing five people and injuring eight others" and
#     "Five people were killed and six injured amid the chaos" (0.27) are one toll (docs/comparison.md)
# 277: session 48, helper A, summaries (reviews 36, 38): a sentence telling the deed of one before it again (the same
#     verb in the past tense, the same subject or object: "Gov. Ada Brennan signed the bills ..." / "Gov. Ada Brennan
#     signed the legislation ...") is left out; "Despite all that, ..." points back; an echo that a lead matches with
#     a sentence said is not said again; a word every headline of three outlets or more gives ("truce") calls for the
#     report's sentence that says it; an article filed as opinion (its address, a headline's label) is a column
#     (docs/comparison.md)
# 278: session 48, helper A: 277's rules as they are, a store's reports made with a hearsay rule tried meanwhile
#     (review 35's Lauer summary lost its firing with it) recomputed (docs/comparison.md)
# 286: session 48, helper D, unique items (review 36): an exact count is given by another outlet's ordinal of it or
#     of the next thing counted ("23 states" beside "the 24th state"), and a sentence on another outlet's topic whose
#     only new figures an item of its own outlet already gives in a sentence alike (0.80 up: "... up to a maximum of 15
#     years" after "... a maximum prison sentence of 15 years") is not listed again (docs/comparison.md)
# 287: session 48, helper D, unique items (review 37): a year told "since" as the year records began ("the lowest level
#     since 1972, when the government started to record that data") is given by another outlet's sentence on its
#     topic calling the level a record ("fell to a record low") (docs/comparison.md)
# 288: session 48, helper D, unique items (reviews 35, 36): a country's public body is no new name where another outlet
#     names it by what it is after the country ("the French Civil Aviation Authority" beside "France's aviation
#     authority"; "the Office of the Attorney General of Switzerland", and its "(OAG)", beside "Swiss federal
#     prosecutors"); and a state's capitol named with its state ("the Michigan Statehouse") where another outlet
#     writes "the state Capitol" (docs/comparison.md)
# 292: session 48, helper F, shared points (reviews 35-37): a routine rate ("handles about 586 flights daily", the
#     rate after what is counted) beside a deed told; a role stated ("is President Trump's nominee for", "is led by")
#     beside a deed other than giving it; what may be learnt ("may shed further light on what caused the crash") beside
#     a sentence not saying it is unknown; two deeds not done until a time, sharing no word ("didn't start showing
#     symptoms until" / "didn't diagnose Ebola until"); a year before the article's with figures none alike ("In early
#     2009 ... 665,000", a sentence opening on the year); a count of others than someone named ("Three ...
#     missionaries other than Dr. Brantly") beside a sentence speaking of no others (docs/comparison.md)
# 295: session 48, helper G, disputes (reviews 35, 37): times of day of one moment (`Annotation.times`, one event
#     verb's, `compare._clock`) are disputed when no two outlets' intervals meet ("lost contact ... at 10:55 a.m."
#     against "lost contact ... at 10:53 a.m."); never a time of another moment, of a planned time against an actual
#     one, or of two zones' one moment ("5 p.m. ET", "2 p.m. PT"); a time dispute shows each article's day
#     (docs/comparison.md)
# 296: session 48, helper G, disputes (review 37): each article's only count of one nationality (its subject the
#     nationality alone or its citizens) pairs with another's at cosine 0.2 as a count of the harmed does ("41 were
#     Norwegian" against "whose country lost 38 citizens", "norwegian citizen") (docs/comparison.md)
# 297: session 48, helper G, disputes (review 27): two counts of two wholes' people named before them ("Among the
#     passengers are 149 Indonesians", "Of the people on board ..., 155 are Indonesian") are never one quantity of a
#     dispute or of differing figures; a shared point's two sentences are not split by it (docs/comparison.md)


class Progress(Protocol):
    """What a caller implements to show progress (the CLI uses rich bars). One may also
    have `failed(n=1)`, called as an input of the reading stage fails, after its `advance`
    (the web's job page says read and failed apart)."""

    def stage(self, name: str, total: int | None) -> None: ...

    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


def analyze(
    inputs: Iterable[str | Path],
    *,
    db: str | Path | Store = "manysides.db",
    leanings: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    slant_model: SlantModel | None = None,
    n_process: int = 1,
    grouping: Mapping[str, object] | None = None,
    shown_as: Mapping[str, str] | None = None,
) -> Analysis:
    """Read, clean, de-duplicate, annotate, group and compare `inputs`.

    `db` is a path to the SQLite store (created on first use) or an open `Store`.
    `embedder` and `slant_model` replace the shipped models (e.g. with faster or
    domain-specific ones). `grouping` holds `GroupConfig` settings; the store keeps them
    (`stories.use_grouping_settings`), so they are given once, before it has stories.
    `shown_as` maps an input path to the name its articles and failures record as their
    source instead (a web upload's own file name, not the temporary file it was saved to).
    Returns the stories the inputs belong to, with all their stored articles.
    """
    progress = progress or _Silent()
    inputs = as_inputs(inputs)  # one path given alone is one input, not its characters
    if not isinstance(n_process, int) or n_process < 1:
        raise ConfigError(f"n_process must be 1 or more, not {n_process!r}")
    store = db if isinstance(db, Store) else Store(db)
    try:
        use_grouping_settings(store, grouping)  # checked before any work is done
        if embedder is not None:
            _check_vector_size(store, embedder)  # the default one is checked once there is work for it
        if leanings:
            store.set_leanings(_normalise_leanings(leanings))
        with store.writing_run() as left:  # what a run killed during annotation left, finished here
            analysis = Analysis()
            run_ids = _ingest(store, inputs, stdin, analysis, progress, shown_as)
            analysis.input_ids = list(run_ids)
            _annotate(store, run_ids, embedder, slant_model, analysis, progress, n_process, left=left)
            group_and_compare(store, run_ids, analysis, progress)
        return analysis
    finally:
        if not isinstance(db, Store):
            store.close()


def load_leanings(path: str | Path) -> dict[str, str]:
    """An outlet -> leaning table from a CSV file with columns `outlet,leaning`."""
    import csv

    p = Path(path)
    try:
        with p.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            # "Outlet, Leaning" as a spreadsheet writes it is the same header
            names = [(h or "").strip().lower() for h in header]
            # each row with its line (a blank line between rows is passed over, as before)
            rows = [(reader.line_num, dict(zip(names, row))) for row in reader if any(c.strip() for c in row)]
    except FileNotFoundError:  # said as the inputs' missing files are, not "[Errno 2] No such file ..."
        raise InputError(str(p), "no such leanings table", "check the path and its spelling") from None
    except IsADirectoryError:
        raise InputError(str(p), "is a folder, not a leanings table", "give a CSV file outlet,leaning") from None
    except UnicodeDecodeError:
        raise InputError(str(p), "the leanings table is not UTF-8 text", "save it as a UTF-8 CSV file") from None
    except OSError as exc:
        raise InputError(str(p), f"cannot read the leanings table: {exc.strerror or exc}",
                         "give a readable UTF-8 CSV file") from None
    except csv.Error as exc:
        raise InputError(str(p), f"cannot read the leanings table ({exc})", "give a UTF-8 CSV file") from exc
    if header and not {"outlet", "leaning"} <= set(names):
        raise InputError(str(p), f"the leanings table needs the columns outlet,leaning; its first line is "
                                 f"{','.join(header)[:80]!r}", _header_hint(header))
    table: dict[str, str] = {}
    for i, row in rows:
        outlet = (row.get("outlet") or "").strip()
        value = row.get("leaning")
        if not outlet:
            raise InputError(f"{p}:{i}", "the row names no outlet", "give outlet,leaning on every row")
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"{p}:{i}", f"no leaning for {outlet!r}", "give outlet,leaning on every row (left, center or right)")
        leaning = normalise_leaning(value)
        if leaning is None:
            raise InputError(f"{p}:{i}", f"leaning {value!r} is not one of left, center, right")
        table[outlet] = leaning
    return table


def _header_hint(header: list[str]) -> str:
    """What to do about a leanings table's first line that is no `outlet,leaning` header."""
    line = ",".join(header)
    for sep, name in ((";", "semicolons"), ("\t", "tabs")):
        if len(header) == 1 and sep in line:
            return f"separate the columns with commas, not {name}"
    if len(header) >= 2 and normalise_leaning(header[1]) is not None:
        return "start the table with the header line outlet,leaning"
    return "name the columns outlet,leaning in its first line"


def _normalise_leanings(leanings: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(leanings, Mapping):
        raise ConfigError(f"leanings must be a mapping of outlet to leaning (see load_leanings), "
                          f"not {type(leanings).__name__}")
    out = {}
    for outlet, value in leanings.items():
        norm = normalise_leaning(value)
        if norm is None:
            raise InputError(f"leaning of {outlet!r}", f"{value!r} is not one of left, center, right")
        out[outlet] = norm
    return out


# -- stages -------------------------------------------------------------------------------
def _ingest(
    store: Store, inputs: Iterable[str | Path], stdin: TextIO | None, analysis: Analysis, progress: Progress,
    shown_as: Mapping[str, str] | None = None,
) -> list[str]:
    """Clean and store new articles; returns the ids of every article in the inputs."""
    progress.stage("reading", None)
    failed = getattr(progress, "failed", None) or (lambda n=1: None)
    intake = Intake(store, analysis, renamed=set(shown_as.values()) if shown_as else ())
    unnamed: list[str] = []  # text files naming no outlet, said once (a refused one is not counted)
    for item in read_inputs(inputs, stdin=stdin, warn_unnamed=False):
        progress.advance()
        if shown_as:
            item = _renamed(item, shown_as)
        if isinstance(item, InputError):
            analysis.failures.append(Failure(item.source, str(item)))
            failed()
            continue
        try:
            article = clean_document(item)
        except InputError as exc:
            if item.optional:  # a crawled home or section page: expected, not a failure
                analysis.passed_over.append(item.source)
            else:
                analysis.failures.append(Failure(exc.source, str(exc)))
                failed()
            continue
        if intake.add(article) and unnamed_text(item):
            unnamed.append(item.source)
    warn_unnamed_outlets(unnamed)
    intake.warn()
    return intake.run_ids


class Intake:
    """A run's cleaned articles taken into the store one by one, in input order: an
    article a run gave before is counted once, a stored one is left as it is, and a new
    one is stored with its near-duplicate (wire-copy) link. `analyze` and
    `scale.load_parquet` both take articles in through this, so the linking exists once."""

    def __init__(self, store: Store, analysis: Analysis, renamed: Collection[str] = ()) -> None:
        self.store = store
        self._renamed = renamed  # names given for saved files (a web upload's "news.rss"): no file of this folder
        self.analysis = analysis
        self.run_ids: list[str] = []  # every article of the run, in input order
        self._seen: set[str] = set()  # run_ids, for look-ups (a list's would grow with the corpus)
        self._fresh: set[str] = set()  # articles this run stored (not yet annotated nor grouped)
        self._dedupe: DuplicateIndex | None = None  # made lazily: a re-run of stored inputs never needs it
        self.latest_day = latest_day()
        self.future: list[tuple[str, str]] = []  # (source, date) of articles stored undated: dated after today
        self.id_lines: list[str] = []  # records whose id another text of their input has (`_same_id_in_run`)
        self._ids: dict[tuple[str, str], tuple[str, str]] = {}  # (input, record id) -> (article id, source)
        self._paths: dict[str, str | None] = {}  # an input's name -> its file's real path (`_input_path`)

    def add(self, article: Article) -> bool:
        """Take `article` (from `clean_document`); True when the run had not given it before."""
        store, analysis = self.store, self.analysis
        if article.id in self._seen:
            analysis.repeated.append(article.source)
            return False
        self.run_ids.append(article.id)
        self._seen.add(article.id)
        if article.language != "en":
            analysis.not_english.append(article.source)
        stored = store.has_article(article.id)
        if article.external_id is not None and not self._same_id_in_run(article) and not stored:
            self._same_id_stored(article)
        if stored:
            return True
        if article.published and str(article.published)[:10] > self.latest_day:
            # a day after today (a publisher a day ahead of UTC is allowed for) is a placeholder or a slip, no day
            # it was published: kept, undated, as a date that names no day is (grouping would hold it to that day)
            self.future.append((article.source, str(article.published)[:10]))
            article = _replace(article, published=None)
        if self._dedupe is None:
            self._dedupe = _duplicate_index(store)
        dedupe = self._dedupe
        # candidates are looked up in the store's band keys, so the cost is the
        # candidates', not the store's; articles of this run are stored as they come
        signature = dedupe.signature(article.text)
        bands = dedupe.band_keys(signature)
        original = dedupe.first_copy(signature, store.copy_candidates(bands))
        later = None
        if original is not None:
            root = store.article(original)
            root = store.article(root.duplicate_of) if root and root.duplicate_of else root
            if root is not None and root.id in self._fresh and _earlier(article.published, root.published):
                # the first publication is the original, whatever order the inputs came in;
                # only among this run's articles: stored stories are not regrouped for it
                later = root.id
            else:
                article = _replace(article, duplicate_of=original)
        # the file of a record with an id, for a later run to tell its input by whatever path names it
        path = self._input_path(article.source) if article.external_id is not None else None
        store.add_article(article, signature, term_counts(article.text), bands=bands, original_of=later,
                          input_path=path)
        self._fresh.add(article.id)
        return True

    # A record's own id that is another text's of the same input, given before in this run or stored by an
    # earlier one, is said: both articles are kept (an article is its text), and the id no longer joins one
    # article back to the user's data. Ids repeated across inputs (each file numbering its records from 1) are not:
    # the output names each article's input (`source`) beside its id, so the pair joins it back. An input is its
    # file, whatever path names it (`_input_path`: a symlink, "./a/../a/rows.jsonl", another working folder).
    def _same_id_in_run(self, article: Article) -> bool:
        where, rid = self._input_path(article.source) or input_of(article.source), str(article.external_id)
        before = self._ids.setdefault((where, rid), (article.id, article.source))
        if before[0] == article.id:
            return False
        self.id_lines.append(f"{article.source}: id {rid!r} was given before in this input to another text "
                             f"({before[1]}): both are kept, as two articles with that id")
        return True

    def _input_path(self, source: str) -> str | None:
        """`_input_path` of `source`, looked up once per input of the run."""
        name = input_of(source)
        if name not in self._paths:
            self._paths[name] = None if name in self._renamed else _input_path(name)
        return self._paths[name]

    def _same_id_stored(self, article: Article) -> None:
        where, rid = input_of(article.source), str(article.external_id)
        path = self._input_path(article.source)
        # an article stored with its file's path is compared by the path; one stored before session 42 by its name
        stored = next(((aid, src) for aid, src, held in self.store.with_external_id(rid)
                       if aid not in self._seen and (held == path if held and path else input_of(src) == where)),
                      None)
        if stored is not None:
            self.id_lines.append(f"{article.source}: id {rid!r} is stored already with another text ({stored[1]}, "
                                 "an earlier run): both are kept, the stored article as it was and this text as an "
                                 "article of its own")

    def warn(self) -> None:
        """The run's lines on what it took in otherwise than given: articles dated after today (one line),
        and records whose id another text of their input has (a line each, the first few)."""
        log = logging.getLogger("manysides")
        if self.future:
            shown = ", ".join(f"{day} ({source})" for source, day in self.future[:3])
            more = f" and {len(self.future) - 3:,} more" if len(self.future) > 3 else ""
            log.warning("%s dated after today, so %s undated: %s%s (a date in the future is a placeholder or "
                        "a mistake, not the day of publication; correct it in the input)",
                        f"{len(self.future):,} articles are" if len(self.future) > 1 else "1 article is",
                        "they are kept" if len(self.future) > 1 else "it is kept", shown, more)
        for line in self.id_lines[:_ID_LINES]:
            log.warning("%s (give each record an id of its own to join the results back to your data)", line)
        if len(self.id_lines) > _ID_LINES:
            log.warning("... and %s more records whose id another text of their input has (both kept each time)",
                        f"{len(self.id_lines) - _ID_LINES:,}")


_ID_LINES = 5  # records whose id another text has, said one line each; the rest counted in one


def _input_path(source: str) -> str | None:
    """The real path of the file a record's `source` names (symlinks followed, "." and ".." gone, from the working
    folder), or None for an input that is no file here: standard input, a URL, an upload shown by its name."""
    name = input_of(source)
    if name == "-" or "://" in name:
        return None
    try:
        path = Path(name)
        return os.path.realpath(path) if path.is_file() else None
    except (OSError, ValueError):
        return None


def latest_day() -> str:
    """The last day ("YYYY-MM-DD") an article may be dated: tomorrow in UTC, a publisher a day ahead of it allowed
    for. A later date is a placeholder or a slip, no day of publication (`Intake`)."""
    return (datetime.now(timezone.utc) + timedelta(days=1)).date().isoformat()


def _earlier(a: str | None, b: str | None) -> bool:
    """Whether date `a` is known and before date `b` (ISO strings; an undated one is never earlier)."""
    return bool(a) and bool(b) and str(a)[:10] < str(b)[:10]


def _renamed(item: Document | InputError, shown_as: Mapping[str, str]) -> Document | InputError:
    """`item` with the source it names as the user knows it ("news.rss#2", not the saved
    "/tmp/…/upload-1.rss#2"); the item in any part of a file keeps its ":LINE" or "#N"."""
    source = item.source
    for path, name in shown_as.items():
        if source == path or (source.startswith(path) and source[len(path)] in "#:"):
            source = name + source[len(path):]
            break
    else:
        return item
    if isinstance(item, InputError):
        return InputError(source, item.problem, item.hint)
    return _replace(item, source=source)


def _duplicate_index(store: Store) -> DuplicateIndex:
    """The near-duplicate settings, with the store's band keys made for them (once for a
    store made before band keys were kept)."""
    dedupe = DuplicateIndex()
    if store.band_config() != dedupe.band_config():
        store.rebuild_bands(dedupe.band_config(),
                            ((aid, dedupe.band_keys(sig)) for aid, sig in store.signatures()))
    return dedupe


def _annotate(
    store: Store,
    run_ids: Sequence[str],
    embedder: Embedder | None,
    slant_model: SlantModel | None,
    analysis: Analysis,
    progress: Progress,
    n_process: int = 1,
    left: Sequence[str] = (),
) -> None:
    """Annotate and embed the articles of `run_ids` that have no annotation yet, and with
    them `left`: stored articles a run killed during annotation left (`Store.writing_run`),
    which would otherwise stay unannotated, without vectors and in no story."""
    own = store.missing_annotations(run_ids)
    todo = within_limit(store.articles(own), analysis.failures)
    rest = finishing(store, left, own)
    if not todo and not rest:
        return  # nothing to annotate: the models are not even loaded (a second run stays quick)
    embedder = embedder or load_embedder()
    _check_vector_size(store, embedder)
    progress.stage("annotating", len(todo) + len(rest))
    nlp = load_spacy()
    slant_model = slant_model or SlantModel.load()
    annotator = annotator_id(slant_model)
    stray: list[Failure] = []  # left articles that fail: said, not failures of this run's inputs
    for articles, failures in ((todo, analysis.failures), (rest, stray)):
        for done in embedded_batches(articles, nlp, slant_model, embedder, failures, progress, n_process):
            for item in done:
                store.put_annotation(item.annotation, item.vector, item.sentence_vectors, annotator)
    _say_stray(stray)


def finishing(store: Store, left: Sequence[str], own: Iterable[str] = ()) -> list[Article]:
    """The articles of `left` (from `Store.writing_run`) still unannotated and not among
    `own`, said in one line on stderr: what this run finishes for a run that stopped. One
    over the length limit (from an older version's store) is left alone: only a run of
    its own input reports it."""
    mine = set(own)
    ids = [a for a in store.missing_annotations(left) if a not in mine]
    rest = [a for a in store.articles(ids) if len(a.text) <= MAX_ARTICLE_CHARS]
    if rest:
        logging.getLogger("manysides").warning(
            "finishing %s an interrupted run left (annotating, embedding and grouping %s with this run's)",
            f"{len(rest):,} articles" if len(rest) > 1 else "1 article", "them" if len(rest) > 1 else "it")
    return rest


def _say_stray(stray: Sequence[Failure]) -> None:
    for f in stray:
        logging.getLogger("manysides").warning("%s (an article an interrupted run left; it stays unannotated)",
                                               f.message)


def within_limit(articles: list[Article], failures: list[Failure]) -> list[Article]:
    """`articles` without those over the length limit, each of which is a failure: cleaning
    refuses them now, but a store of an older version may hold one."""
    for art in articles:
        if len(art.text) > MAX_ARTICLE_CHARS:
            failures.append(Failure(art.source, f"{art.source}: article text is {len(art.text):,} characters, "
                                    f"over the {MAX_ARTICLE_CHARS:,} limit (split it into its articles)"))
    return [a for a in articles if len(a.text) <= MAX_ARTICLE_CHARS]


def annotated_batches(
    articles: Iterable[Article],
    nlp,
    slant_model: SlantModel,
    failures: list[Failure],
    progress: Progress,
    n_process: int = 1,
) -> Iterator[list[tuple[Article, Annotation]]]:
    """(article, annotation with slant) pairs, 16 articles a batch, the parse batched (and
    optionally forked) by spaCy. An article the extractors trip on is a failure, and the
    others go on."""
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, n_process=n_process, batch_size=16)
    for batch in _batches(docs, 16):
        done: list[tuple[Article, Annotation]] = []
        for doc, art in batch:
            try:
                done.append((art, with_slant(art, annotate_doc(art.id, doc), slant_model, doc)))
            except Exception as exc:  # one article the extractors trip on must not stop the run
                failures.append(
                    Failure(art.source, f"{art.source}: annotation failed ({type(exc).__name__}: {exc}); "
                            "please report this with the file")
                )
        if done:
            yield done
        progress.advance(len(batch))


class Embedded(NamedTuple):
    """One annotated article with what the store keeps beside its annotation."""

    article: Article
    annotation: Annotation
    vector: np.ndarray  # (dim,) float32: the article's title and lead, for grouping
    sentence_vectors: np.ndarray  # (sentences, dim) float32, in the order of annotation.sentences


def embedded_batches(
    articles: Iterable[Article],
    nlp,
    slant_model: SlantModel,
    embedder: Embedder,
    failures: list[Failure],
    progress: Progress,
    n_process: int = 1,
) -> Iterator[list[Embedded]]:
    """`annotated_batches` with each article's vector and its sentences' vectors: all that
    the store keeps of an annotation, made the one way `analyze` and the Ray runner
    (`manysides.scale`) both make it."""
    for done in annotated_batches(articles, nlp, slant_model, failures, progress, n_process):
        doc_vecs = article_vectors([art for art, _ in done], embedder)
        yield [Embedded(art, ann, vec, embedder.encode(sentence_texts(art, ann)))
               for (art, ann), vec in zip(done, doc_vecs)]


def sentence_texts(article: Article, ann: Annotation) -> list[str]:
    """The texts of an annotation's sentences, in order: what the sentence vectors embed."""
    return [article.text[s.start : s.end] for s in ann.sentences]


def group_and_compare(store: Store, run_ids: Sequence[str], analysis: Analysis, progress: Progress) -> None:
    """The steps after annotation: group what is not yet grouped, then fill `analysis` with
    the stories `run_ids` belong to, comparing those whose report is missing."""
    _group(store, progress)
    assignment = store.story_of(run_ids)  # this run's articles only: a store may hold millions
    stories = store.stories(dict.fromkeys(assignment[a] for a in run_ids if a in assignment))
    progress.stage("comparing", len(stories))
    _report(store, stories, run_ids, analysis, progress, _Shared(store))


def _group(store: Store, progress: Progress) -> None:
    """Group the articles not yet in a story with their neighbours (stories/stored.py):
    the work depends on the new articles and their time window, not on the store's size.
    Wire copies follow their original; users' corrections (pins) are honoured."""
    from .stories.stored import group_store

    pending = store.count_pending()
    progress.stage("grouping", pending)
    group_store(store)
    progress.advance(pending)  # one step: the bar says how many articles were placed


def open_analysis(
    db: str | Path | Store = "manysides.db",
    story_ids: Iterable[str] | None = None,
    *,
    extra_articles: Iterable[str] = (),
    progress: Progress | None = None,
) -> Analysis:
    """The stored stories (all, or `story_ids`) as an `Analysis`, computing missing reports.

    `extra_articles` are included even when they belong to no story (e.g. not yet grouped).
    Everything is held in memory at once; `iter_analysis` streams a large store instead.
    """
    progress = progress or _Silent()
    store = existing_store(db)
    try:
        analysis = Analysis()
        stories = store.stories(_story_ids(store, story_ids))
        progress.stage("comparing", len(stories))
        _report(store, stories, list(extra_articles), analysis, progress, _Shared(store))
        return analysis
    finally:
        if not isinstance(db, Store):
            store.close()


def iter_analysis(
    db: str | Path | Store = "manysides.db",
    story_ids: Iterable[str] | None = None,
    *,
    part_size: int = 200,
    progress: Progress | None = None,
) -> Iterator[Analysis]:
    """The stored stories (all, or `story_ids`) as consecutive `Analysis` parts of up to
    `part_size` stories each, in `open_analysis` order, computing missing reports.

    Only one part's articles and annotations are in memory at a time, so a store of any
    size can be exported (`present.export_parts`). Each part holds its stories' articles
    and the storylines that name its stories; a storyline spanning parts comes in each.
    A part lists each story's articles together, in the order of its stories.
    The parts are read from one snapshot of the store (`Store.snapshot`): a grouping run
    meanwhile changes none of them. Missing reports are stored as they are made.
    """
    progress = progress or _Silent()
    store = existing_store(db)
    try:
        with store.snapshot() as reader:
            order = reader.story_order(_story_ids(reader, story_ids))
            progress.stage("exporting", len(order))
            shared = _Shared(reader)
            for ids in _batches(order, max(1, part_size)):
                part = Analysis()
                _report(reader, reader.stories(ids), [], part, progress, shared, writer=store)
                # each story's articles together, stories in their order (the store's is the order added)
                rank = {a: i for i, a in enumerate(dict.fromkeys(a for st in part.stories for a in st.articles))}
                part.articles = sorted(part.articles, key=lambda a: rank.get(a.id, len(rank)))
                yield part
    finally:
        if not isinstance(db, Store):
            store.close()


def _check_vector_size(store: Store, embedder: Embedder) -> None:
    """Refuse an embedder whose vectors are not the size of those stored: new articles
    could not be compared with the stored ones, so they would silently stand alone."""
    stored = store.vector_size()
    size = int(getattr(embedder, "dim", 0) or 0)
    if stored is not None and size and size != stored:
        raise ConfigError(f"{store.path}: its articles were embedded as {stored}-number vectors and this embedder "
                          f"gives {size}; use the embedder the store was made with, or analyze into a new store")


def existing_store(db: str | Path | Store) -> Store:
    """The store to read (`db` itself when it is a `Store`, else opened; the caller closes
    it): a path that names no file is a mistake, not a new empty store."""
    if isinstance(db, Store):
        return db
    if not isinstance(db, (str, Path)):
        raise ConfigError(f"db must be a store's path or a Store, not {type(db).__name__}")
    if str(db) != ":memory:" and not Path(db).exists():
        raise StoreError(f"{db}: no store here; analyze articles into it first (manysides.analyze(inputs, db=...))")
    return Store(db)


def _story_ids(store: Store, story_ids: Iterable[str] | str | None) -> list[str] | None:
    """`story_ids` as full ids (one id alone is one id; a prefix of 4 or more characters is
    completed, as `Store.complete_ids` does); an InputError names the first not stored."""
    if story_ids is None:
        return None
    given = [story_ids] if isinstance(story_ids, str) else list(story_ids)
    if not all(isinstance(g, str) for g in given):
        raise ConfigError("story_ids must be story ids (strings), or None for every stored story")
    given = store.complete_ids("story", given)
    stored = set(store.story_order(given))
    missing = [sid for sid in given if sid not in stored]
    if missing:
        into = store.merged_into(missing[0])
        raise InputError(missing[0], "is not a story in this store" + (f": it was merged into {into}" if into else ""),
                         "" if into else "list the stories with `manysides stories`")
    return given


class _Shared:
    """What every part of a report reads once: the leanings and, when a report is missing,
    the background term counts."""

    def __init__(self, store: Store) -> None:
        self.leanings = store.leanings()
        self._store = store
        self._background: dict[str, int] | None = None

    def background(self) -> dict[str, int]:
        if self._background is None:
            self._background = self._store.background()
        return self._background


def _report(
    store: Store, stories: list[Story], run_ids: Sequence[str], analysis: Analysis, progress: Progress,
    shared: _Shared, writer: Store | None = None,
) -> None:
    """Fill `analysis` with `stories`, read from `store`; reports that are missing are
    computed and stored through `writer` (default `store`)."""
    all_ids = [a for s in stories for a in s.articles]
    articles = store.articles(dict.fromkeys(list(run_ids) + all_ids))
    by_id = {a.id: a for a in articles}
    leanings = shared.leanings
    analysis.leanings = leanings
    analysis.articles = articles
    analysis.annotations = store.annotations(by_id)
    analysis.stories = stories = newest_first(stories)
    wanted = {s.id for s in stories}
    lines = store.storylines({s.storyline for s in stories if s.storyline})
    analysis.storylines = [sl for sl in lines if wanted & set(sl.stories)]
    elsewhere = {sid for sl in analysis.storylines for sid in sl.stories} - wanted
    analysis.storyline_stories = {s.id: s for s in store.stories(elsewhere)} if elsewhere else {}
    for story in stories:
        progress.advance()
        independent = [by_id[a] for a in story.articles if by_id[a].duplicate_of is None]
        outlets = {outlet_key(a) for a in independent}
        if len(outlets) < 2:
            continue
        fingerprint = _fingerprint(independent, leanings)
        report = store.report(story.id, fingerprint)
        if report is None:
            ids = [a.id for a in independent]
            report = compare_story(
                story,
                independent,
                {i: analysis.annotations[i] for i in ids if i in analysis.annotations},
                store.sentence_vectors(ids),
                leanings=leanings,
                background=shared.background(),
            )
            (writer or store).put_report(report, fingerprint)
        analysis.reports[story.id] = report


# -- helpers ---------------------------------------------------------------------------------
def _fingerprint(independent: Sequence[Article], leanings: Mapping[str, str]) -> str:
    key = [REPORT_VERSION] + sorted(
        (a.id, a.outlet or "", a.leaning or leanings.get(a.outlet or "", "")) for a in independent
    )
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:24]


def _batches(items: Iterable, size: int) -> Iterable[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _replace(record, **changes):  # dataclasses.replace, named for readability above
    import dataclasses

    return dataclasses.replace(record, **changes)
