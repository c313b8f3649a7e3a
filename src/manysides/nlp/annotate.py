"""The annotate stage: one spaCy pass per article, then entities, quotes (direct, then
reported speech) and claims."""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..records import Annotation, Article, Sentence
from .claims import extract_claims
from .clock import extract_times
from .entities import extract_entities
from .headings import heading_spans
from .models import SPACY_PACKAGE, load_spacy
from .indirect import extract_indirect
from .quotes import extract_quotes
from .turns import turn_quotes
from .tweets import inside_posts, signatures, tweet_quotes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .slant import SlantModel

# Raise when what the extractors find changes (sentences, entities, quotes, claims), so
# that `manysides reannotate` finds the articles a store holds from before.
ANNOTATOR_VERSION = 262  # 2: reported (indirect) speech; 3: loaded wording read with the parse's word classes;
# 4: outlet names masked before the slant is read (slant_outlets.py); 5: speaker kinds and gender checks (docs/quotes.md);
# 6: titles, appositive names, relatives and first-named children in speaker finding (docs/quotes.md);
# 7: a party word inside a direct quote gives no speaker a side (slant_sourcing.py); institution
#    names are no PERSON; a name after its description, parenthetical sources, he/she not to a
#    proper noun of a non-sentence line, the highest clause's subject (docs/quotes.md); a duration
#    in parts ("12 hours and 52 minutes") is one claim, "five hours into" a thing is none (docs/claims.md);
# 8: the title just before a name is that person's role whatever the parse ("the President said")
# 9: an embedded post ("... — Name (@handle) May 13, 2019") is its account's direct quote, its date no claim (tweets.py)
# 10: a post's earlier paragraphs are its words too; a role names no holder named later; "stopped short of saying" reports nothing
# 11: a sentence cut after a title's full stop ("Sgt." | "1st" | "Class ...") is one sentence
# 12: review 8's speakers: the cue above a quote before a later one; a title after a preposition is
#     no quote; "the spokesperson", "the company" as introduced; "The President" as an antecedent;
#     one word of a name only as its first or last (docs/quotes.md)
# 13: words news uses as plain description ("latest", "guilty", "secret") are no loaded wording
# 14: review 9: places speaking together are one speaker ("Nebraska and Oklahoma"); a thing voices
#     no quote paragraph after it, "the suit" is a document; "grand jury" and other fixed terms are
#     no loaded wording; no weekday or title alone as slant evidence
# 15: mixed numbers and halves are figures ("22 1/2 years", "22 and a half", "a year and a half", "half an hour")
# 16: slant and hyperpartisan phrase evidence: no name piece ("President Trump"), figure or time-span
#     word ("percent", "years ago"), neutral attribution ("said the", "told") or connective ("though")
#     alone; a phrase inside a direct quote says so in its note (scores unchanged)
# 17: review 10's speakers: a family surname goes to the member the text refers to ("Litvinenko's widow,
#     Marina"); headings speak for no one; a news agency's credit is no antecedent; counts are no voices
#     (docs/quotes.md)
# 18: quotations opened and closed with different marks (“..." or "...”) are quotations for the slant
#     evidence's "inside a direct quote" (pairs as the quote stage does); a nationality before an
#     organisation ("a Pakistani Taliban said") is that organisation, never a person (docs/quotes.md)
# 19: review 11's speaker resolution: a person's gender read off the pronouns the syntax binds to the
#     name vetoes a he/she of the other gender; "the Democrat" of one party; a description whose name
#     the parse hung on a body ("The leader of the ... movement, Jatuporn Prompan,"); abbreviated and
#     hyphened titles ("Gen." is a general, "Secretary-General" none); a family surname speaking after a
#     member who spoke; a reporter's interviewee for "he"; an outlet's reporter typed ORG is a person;
#     figures, reports and "adding to" are no speakers (docs/quotes.md)
# 22: slant evidence: a phrase is shown only when it holds loaded wording; a loaded word needs a tone and every sense
#     subjective ("vast", "detailed" are not); words of an embedded post are noted as the account's (scores unchanged)
# 20: review 10/11 left-overs: a role or a title's tail glued to a name is none of it ("Witness Sue Savage");
#     an outlet's reporter with a hyphened surname is a person; "the group" and "it" are the body named
#     before; chants are the chanters'; a forecaster's block quote; a report the parse split (docs/quotes.md)
# 23: review 12's quotes: a programme's title after "told" or an outlet's possessive is no quote; an office's
#     holder typed with the body ("the House Nancy Pelosi"), names run across a comma ("Conditt, Manley"),
#     a surname said twice ("Donald Trump Trump") are cleaned up; a name before a subjectless finite verb
#     and a passive's agent are antecedents; a speech still to come ("would respond") quotes the reporter
# 25: review 12's left-overs: a denial is reported with its verb ("denied Tehran was involved"); what one was
#     "found doing" is no report; an inverted tag reports its whole sentence; a pledge's words are its author's;
#     a joined clause's subject speaks; "several" is the group it counts; "told CNN" is no speaker (docs/quotes.md)
# 27: judgement verbs of the narration ("slammed", "claimed", "railed against": slant_verbs.py) are loaded
#     wording, as loaded spans and in the phrase evidence; never inside a quote (scores unchanged)
# 29: review 13's speakers: a name typed a body or a people after an office title or with a person in apposition
#     is a person; an unnamed person before a he/she; "who" after joined names; words a quote cites; "quotes X as
#     saying", "as X puts it"; narration before a colon, a noun or participle clause, a restated speaker and a
#     report an "according to" vouches for are no reports; a relative's anchor names no bare surname (docs/quotes.md)
# 33: a judgement verb's note says whom it characterises, its subject read off the parse (scores unchanged)
# 34: review 14's quotes: a transcript's speaker labels are no subject or antecedent, words named ("the phrase
#     '...'", "what '...' means") and "both of whom" no one's, a quoted subheading and a title-case name before
#     its noun dropped, as a title with the sentence's stop inside its marks; "Justice Gorsuch" typed ORG is a
#     person; "they" after a report is its reporters (docs/quotes.md)
# 35: review 14: a rated word negated ("didn't hate"), grading an amount or a change ("a huge lead", "its worst
#     showing"), "worst-case" and "relevant" are no loaded wording; phrase evidence reads loaded wording as the
#     loaded list does (news-common words and plain uses too; scores unchanged)
# 37: reviews 14-15's speakers: a description joined to an apposition, a party-and-state tag, a show after an
#     outlet's bare apostrophe, "the state Republican" as the recent main subject, "the company" named in its
#     sentence, words under a denied cue, a tag inside marks left open, he/she after an unnamed "the accuser" or
#     a person's ruling, a transcript speaker talked about in another's turn; a report stops before narration
#     (the main clause after "While", "..., setting up ...", "..., in a ruling that ...") (docs/quotes.md)
# 38: review 15: loaded words inside a quoted statement (over 3 words) or reported speech are the speaker's, not
#     listed or shown as phrases; an adjective grading a natural hazard ("a powerful storm") and "popular" are no
#     loaded wording; admitting one's own fault is no judgement verb; a slant sentence needs the outlet's loaded
#     wording (scores unchanged)
# 40: reviews 13, 15-16's quotes: no report of an object and its infinitive ("finding him to be ..."), of what a
#     picture shows (no "that"), of a clause ending on a preposition whose "which" stands outside it or on the
#     cue's "as"; "according to X" over a report with its own speaker is that speaker's; whom one told is cut off
#     the clause; an outlet named with its city speaks as one; a quoted word inside the cue's subject is no quote
# 43: review 16: words neutral in their sense there are no loaded wording ("hot, dry conditions", "hot button",
#     a superlative ranking a measured quantity or a span of time against a record, a fire's "deadly", "deadly
#     force", "fake" naming a counterfeit thing, "gone wrong"), a school admitting applicants no judgement verb;
#     an embedded post's loaded words and a judgement verb inside reported speech are the speaker's; a report the
#     parse splits into two clauses after its verb is one (docs/quotes.md; scores unchanged)
# 44: reviews 16-17's quotes: a quote opening a sentence after a report goes on with the reporter's words; a name
#     with "of" and a place is a person ("Hakeem Jeffries of New York"), a body's name ending on a titled holder
#     is the holder, a missed name has no appositive's words, of two subjects after an inverted cue the named
#     person, "the decision" after a judge's ruling is hers, "the group" is the body last called "a group",
#     a bare "one" is one of the people named before
# 46: review 17: words neutral in their sense there are no loaded wording ("violent attacks", "the striking
#     workers", "turn out to be wrong", "the wrong comparison", "successful"); a quotation in title case ("Fair and
#     Balanced") is a name; a characterisation a naming verb reports ("what Pelosi called a sad moment") is the
#     speaker's; a report holding a quoted fragment of up to three words is still reported speech (scores unchanged)
# 47: a title as subject with a named person as its appositive is that person ("Speaker of the House Nancy
#     Pelosi said")
# 49: review 18's quotes: a news report's tag after a speaker's own tag ("..., Rivera added, NBC reported") and
#     the report it wraps are the speaker's; a finite verb joined to a reported clause has that clause's subject;
#     "reacted" tags a quote; what a ruling "suggests" is no statement; a title of a body with the holder's name
#     ("the solicitor general for the state of Washington, Noah Purcell") and a name before its title the parse
#     hung on the verb are that person; a pledge's own verb and a possessive noun or pronoun give its author;
#     a report in a "who" clause ends with it; "they" is no group under a preposition of its own sentence; a
#     subject name the NER missed is an antecedent (docs/quotes.md)
# 51: review 18: words neutral in their sense there are no loaded wording ("difficult votes", "a sensitive time",
#     "a prominent lawyer", "an unprecedented move", "lively", "once-cheap drugs", "extreme vetting", "harsh words for",
#     "nations are wary of", "the uncomfortable position"), nor a critic's reason reported ("slammed them for a lack
#     of a fair process"), "admitting refugees" and "sidestep controversy" no judgement verbs; a quoted fragment in
#     reported speech is the speaker's; a quotation closed with "’’" is closed there (scores unchanged)
# 52: results that show figures stay a source ("partial results showed ..."); only a decision or outcome that
#     "suggests" is an inference (review 14; a fix of 49 merged after 49 and 51 reached main)
# 53: reviews 18-19's speakers: a name the NER typed a body or a place ends a title with a body in it ("U.S.
#     ambassador to the United Nations Nikki Haley") or has a person's noun beside it ("August Flentje, special
#     counsel to ..."); a surname with an apostrophe joins the name before it ("Ford O’Connell"); a work's title
#     after "the book," is no quote; a gerund subject is no cue; "the Constitution's guarantee of “...”" is the
#     Constitution's; of a cue's two subjects, the one after "as" speaks; "that judge" is the judge the next
#     sentences name; a report inside what others suppose, under "would ... in
#     concluding", or a participle inferring from a deed ("..., suggesting perhaps that") is no statement
# 54: cleaning (review 20): a photo caption under "Image" with its "Credit..." (the New York Times), a chart's or
#     map's words closed by "Source: ..." and no stop, a link under a quoted label ("'We won':DACA ..."), a note on
#     the author opening or closing the text with the byline's name ("James A. Barnes is a member of ...")
# 55: reviews 12, 15, 19: a quotation in single marks is a quotation ('Very unique coalition'), a quoted fragment
#     of two words or more repeating a quoted statement's words is the speaker's, a measured thing's rank among
#     peers ("a gun violence problem that is by far the worst in the developed world"), a hazard by its name ("Irma
#     remained “extremely dangerous”") or set off by an appositive, "effective date", "affirmative action",
#     "artificial intelligence", "elementary school", "hot on his tail", "its worst day of 2019" and "the deadly
#     infection" (review 20) are no loaded wording (scores unchanged)
# 56: review 20: "fallen ill" (a state of health after a linking verb) and "hazardous waste" / "hazardous
#     materials" (regulated classes' names) are no loaded wording (scores unchanged)
# 57: review 20: "deadly" of a storm's landfalls and of an event (what killed, counted by its dead) is stated
#     (scores unchanged)
# 58: cleaning (reviews 20-21): a live entry's time stamp inside a paragraph ("... relief efforts. 4:30 p.m. ET: U.S.
#     Marine Corp says ...") goes, the entry's words staying in the paragraph; an HTML attribute opening a paragraph
#     ('poster="https://..."'), a headline glued to the standfirst after it, a dated present-tense caption ("... celebrate
#     ... on October 28."), an agency's caption with its place and date and no comma, an agency's refile note, a live
#     blog's notes on its own post, a gallery's "View photos" link, an agency's tag after a place without a dash, and the
#     double hyphens opening a list's items
# 60: review 20's speakers: a line "According to CNN:" is no heading (it names the source of the quotation
#     below it); a quotation in title case after "program", "broadcast", "segment" or "episode" is a title; a
#     writing's participle ("a Zero Hedge article calling ... “...”") gives its words to the writing; a partial
#     quote in a supposed deed ("if they exercise “...”") or in the deed of a person the verb acts on ("sending
#     officials scrambling to find the “...”") is not the subject's; "maintain" with an object of its own is no
#     cue; "..., he said" goes on with the paragraph's speaker, not a person the sentence before only mentions;
#     review 18: "it said" after "said in a statement" is the statement's makers; a bare "All said" opening a
#     sentence counts the people the sentence before met; a report naming its own speaker in full is dropped
# 64: review 20: "unique" and "unusual" (how common a thing is, as "rare") are no loaded wording; review 13: a
#     superlative ranking a turn of the economy against a record ("the greatest economic disruption to the United
#     States since the Great Depression") is stated (scores unchanged)
# 65: review 22's cleaning: a link in parentheses under a label of two to four words in capitals ("( IN 90 SECONDS:
#     Democrats excited about health care again)") goes, and so does a sign-off followed by a colleague's bare credit
#     ("... reported from Washington. AP Writer ... contributed.")
# 67: review 21's speakers and review 18's WFAE reporter: a surname's particles match in either case ("De la Canal"
#     is "Nick de la Canal"); a person in apposition to a party's member ("Another Republican, Rep. Tom Reed,"), or named right before
#     the verb after a title ("Former Bureau of Labor Statistics chief Keith Hall told"), speaks; a news report's tag
#     after a quotation's closing mark and a participle delivering "the news" are no part of a report; "concluded by
#     saying" is the concluder's; no one a tagged clause names is the tag's he/she; the owner of a main subject that
#     is no person ("Bolsonaro's gaze") is a pronoun's candidate; "they" goes on with an earlier "they", never with a
#     word about one person or a verb; a verb of seeming and a noun's participle ("the drop reported in May") speak
#     nothing (a participle with a clause of its own is a finite report); a subject joined by "and" before the cue
#     speaks; a heading's name stops at its verb; review 17: "they" is a group's subject, not the people it urged
# 69: review 21: what someone likes or owns ("avid", "favorite", "wealthy"), a "huge" problem (its size), "a head
#     cold" (the illness) and a clause a finding, a speech noun or a speech verb past a parenthetical reports ("found
#     that ...", "her comments that ...", "claimed -- over and over -- he ...") are no loaded wording (scores unchanged)
# 70: "controversial" grading a matter ("the controversial law": that people dispute it; of a person it still counts)
#     and "supportive" (someone's stance) are no loaded wording, nor "insisted on anonymity" (scores unchanged)
# 71: review 22: a pleasure said of someone ("was to be slightly pleased", "were delighted with", "glad",
#     "thrilled", "satisfied") is that person's state, as "happy" is: no loaded wording (scores unchanged)
# 72: quotes: a tagged clause whose own verb is a speech cue ("Cameron announced Monday that ..., he said") keeps
#     its named speaker as the tag's he/she (session 33's rule had sent CNN's Cameron to Hagel, review 20)
# 73: cleaning (review 23): a caption closed by an agency-first credit "(REUTERS/Name)", a slideshow's "next Image 1
#     of 2", the BBC's "Skip Twitter post by @..." and the post's "Report" button, a platform's name left alone by an
#     embed ("YouTube"), and the Guardian's "Q&A", "Timeline" and "Profile" boxes ("... Show Hide ...") go
# 75: quotes, review 22 and 18 (docs/quotes.md, "Review 22's speakers"): "when it was announced that" has no
#     speaker; an adverbial clause is no report; a cue tagging a direct quote reports nothing else; "Research
#     shows" is the writer's; what a page "has: “...”" and a title in narration are no one's words; a day joined
#     to a speaker, an occasion as speaker, a colon's clause subject; a credited reporter ("as X reports") is no
#     he/she over the unnamed person a sentence is about; the he/she reach skips sentences wholly in quotes;
#     review 17: '“Horrible,” is the word used by X' is X's
# 77: session 34 (BASIL's unmarked spans): "claim" of a lawsuit, a report or another document ("a lawsuit
#     claiming"), a negated judgement verb ("not bemoaning"), one in the clause a charge or a report states ("charges
#     that he demonized"), a characterisation a verb gives "as" ("praised him as a careful judge") and "enthusiastic"
#     are no loaded wording (scores unchanged)
# 79: slant evidence (review 23): a size ("its modest size") and a deal's size ("a huge new trade deal"), a record
#     after an adverb ("are instead the worst since 2010"), how many parties act ("unilateral sanctions"), a picture
#     that catches the eye ("the most striking - and viral - pictures"), and a post saved without its signature (a
#     short paragraph with an @handle in the first person) are no loaded wording of the outlet's
# 81: quote speakers (review 23): what words are said "in" ("says in Farsi:") is no speaker; a known outlet's
#     name run into a reporter's ("Al Jazeera Dorsa Jibbari said") is left off the name; reports a subject
#     rejects ("denying reports suggesting ...") are no one's words; "whether he thinks X" reports no X; an
#     article's note on itself ("This article initially stated ...") is no report; a quote right after "the
#     headline" is a title
# 82: cleaning (review 24): a link list under "More <topic> coverage:" (bullets kept), a call for readers' pictures,
#     several sign-offs before a credit, a run of "Follow @handle" prompts, a medium's name alone ("Photo"), pointers
#     to another page ("For the latest ..., visit ...", one over a headline, one in parentheses closing a paragraph),
#     a sign-up form, a live page's promise ("We'll be live blogging ... Come back ..."), an appeal ("How You Can
#     Help:"), someone's clip "below", a bulleted box closed by its source
# 84: quote speakers the reviews still marked (docs/quotes.md, "The reviews' left-over speakers"): a quote after a
#     writer's pointer ("(see: “...”)") is a link's title; a name with the surname of a person named in full is a
#     relative's, a person's; what a page "ran" or "printed:" is its caption; a title after where one spoke ("on
#     ABC's Evening Forum, “...”") and one between "a former" and a noun are names; a named vower's infinitive
#     ("vowed to respond with “...”") is the vower's; "who" after "comments from X" is X; what a person's
#     statement "that ..." says is theirs; what a subject received ("a “bad conduct discharge”") no one's words;
#     a quotation whose words end a sentence inside the marks ends the clause before the next quote
# 86: session 36 (BASIL's unmarked spans, slant evidence on neutral words): "insist" is a judgement verb only kept up
#     or pressed ("repeatedly insisted", "insisted on a vote"), not as a plain "said"; "an affirmative vote"; a rated
#     adjective heading a noun phrase ("his base, including"); a feeling said of someone ("angered by", "sympathetic
#     to"); a question asked ("asked whether it was fair") and a critic's reason for a verb ("attacked him for
#     caving") are the asker's and the critic's; without a parse, a rated adjective used as a verb ("an aide
#     confirmed that", "of becoming") (scores unchanged)
# 87: quote speakers (review 24, session 37 helper A; docs/quotes.md, "Review 24's speakers"): a report ends before
#     a closing "as"/"while" clause in the reporting verb's tense; a "that" clause after the verb's object is a
#     relative; a topic before a tag with its own clause is none of the report; a claim noun's "that" clause
#     whose verb is quoted ("his testimony that ...") and a relative "that X said" after a quote name the words'
#     owner; a single mark a double one closes is one pair; a participle of a thing after a preposition
#     ("chants over loudspeakers calling for") voices no subject; "they" after forecasters the NER typed a
#     person; the unnamed "the official" after "officials said"; a quote closed by its own ", he said.";
#     "the chief justice" among several justices; a city's state before a subject noun; a business's name
#     ("Cruisin Cafe", a lone "Cafe") and a hyphened given name ("Sui-ying Cheng")
# 89: session 37 (review 24, slant evidence on neutral words): the power of an office, a body or a machine ("the
#     most powerful posts", "a powerful Category 4 storm": a number read past), food and drink by their temperature
#     ("hot meals"), the harm a hazard does ("a potentially devastating economic wallop"), a likelihood ("it seems
#     almost impossible that"), a risk in a field ("politically dangerous"), a fault found ("fix what was wrong"),
#     "cold war", a feeling with its infinitive or after "sounded" ("anxious to see", "less impressed"), a verb
#     whose subject is a hazard ("the winds ... ripping awnings"), a claim to territory ("claim as part of their
#     zone") and "insist" pressed by questioners ("Pressed several times, X insisted again") (scores unchanged)
# 91: quote speakers the reviews still marked (docs/quotes.md, "Session 37's left-over speakers"): "added" an
#     amount ("added “more workers ...”") says nothing; a street's name ("Wall Street") is no he/she; words cited
#     in a text ("“high crimes” cited in the charter") are not the sentence subject's; an aside's own subject
#     ("— some say “...” —"); a subject after "and" says, not the first clause's; a person met by name ("we
#     went to meet Jana Holm") is an antecedent; a word in the topic of a reported telling is the reporter's
# 93: cleaning (review 25): a transcript's notice and a broadcast's tease before a break ("When we come back, ...
#     Stay with us."), a credit without its full stop, a lone "CLOSE", "More On This..." run into its headline, a
#     "[pullquote]" marker, a video's title run into "YouTube", a live page's notes on what it holds ("We've added a
#     separate post ...", "We also live blogged ...") with the heading over one, "(Most recent update: ...)", an
#     editors' note on an edited article, a link list under "More <outlet> Reports:", a quoted headline in title
#     case, "READ:" links however many, and a byline whose names carry an inner capital ("DiBlasio")
# 94: session 37 (review 25): a bare surname is not the one full name of that surname when the article gives the
#     surname an office's title and that name only a title of courtesy ("President Kemal", "first lady Aylin Kemal")
# 95: session 37, helper F (review 25, slant evidence on neutral words): the size of a thing seen, an area or a sound
#     ("a huge screen", "a huge swath", "loud cheers"), surprise at an outcome ("the stunning defeat"), "armed and
#     dangerous", a pseudo-cleft pointer ("What's fascinating about ... is"), a toll's noun past a place's name
#     ("deadly San Bernardino terror attack"), "violent" of an exchange of fire or a night, a longing after a linking
#     verb ("felt nostalgic"), a crime confessed ("admit they committed sabotage") and an excerpt introduced by a
#     colon as a quotation (scores unchanged)
# 96: session 38, helper A: a broadcast transcript's turns are direct quotes of the labelled speaker, named as the
#     article names them (nlp/turns.py); labels keep a surname's small letters and accents ("McCAIN"); the person
#     named after "That was"/"This is" is the he/she after it
# 98: session 38, helper C (review 25's speakers; docs/quotes.md, "Session 38's speakers"): a possessive after a
#     person's noun gives no gender to the name before it; the source an account is credited to ("according to")
#     goes on in the next tag; a named person's report counts for the pronoun fallback; narration about the person
#     a report was about keeps the report's source; the narrator's record ("becoming the first ... in 600 years")
#     cut from a report; an aside between spaced hyphens is no subject; "That was X." names no other person; a
#     writing's words after "included the comments:" are the writing's; the words of unnamed "reports of" no one's
# 100: session 38, helper E: a subheading in sentence case or capitals between two lines of prose ("Closing a chapter",
#     "BACKLASH FEARED") and a title-case one with a time ("Gunfire At 8:15 p.m. ET") are headings; each sentence is
#     cut at a heading's edges and a heading's pieces marked (`Sentence.heading`): no point, unique item, summary or
#     slant evidence sentence is made of one (docs/inputs.md, "Headings")
# 102: session 38, helper F (review 25, slant evidence on neutral words): "gruesome" of a scene or a sight
#     ("a gruesome scene") is what those there saw (scores unchanged)
# 103: session 38, helper H (review 26's speakers): a "they" that found its group as an object or in a lower clause
#     goes with the plural people that are the main clause's subject ("Republicans argue that taxing residents ...
#     They say": the Republicans); a possessive his/her owning a main subject that is no person ("Her life was
#     changed by Pastor Webb") links a he/she's chain ahead of the passive's agent; slant: a judgement verb's form the
#     parse hangs on a noun as a compound ("British cave diving experts") is a noun, no judgement verb
# 104: session 39, helper D (review 26's speakers): a one-word person the NER ends just before another's name is
#     that name's first part ("Cornell William Parker"); a surname tagged a common word ("Bright urged calm") is a
#     main subject for he/she; a bare surname after a quote of its other bearer is that bearer ("Harlan said"
#     after Robert Harlan Jr.'s quote); "Both" is the pair joined by "and" before; a one-word "person" the article
#     types a place more often speaks no colon's quote; "according to her lawyer, Tom Hale" credits Hale; "The couple
#     looked wary as journalists ..." is the couple's sentence for a "they"; "Ms. Ford‘ husband, Tom Ford, ... said"
#     (a possessive mark split off) is the husband's; a report the parse split before its verb keeps the verb ("adding
#     that all the boys rescued | are well") (docs/quotes.md, "Session 39's speakers (review 26)")
# 106: session 39, helper E (review 27, slant evidence on neutral words): a word in the complement a verb of judging or
#     feeling gives its object ("found feminists tiresome", "felt the sentence too lenient") and a word in a sentence
#     opened by whose view it tells ("For critics, she was ...") are the holders' view, not loaded wording; "drunk
#     driving" and "driving drunk" name the offence
# 107: session 39, helper E (review 27's speakers): a person's name ending in one letter ("its sister airline AirAsia
#     X.", typed a person) makes no lone word the NER typed otherwise ("AirAsia said") that person
# 108: session 39, helper F: more subheadings between lines of prose are headings: one word in capitals or written in
#     lower case elsewhere in the article ("Reaction"), two capitalised words both so written ("Tax Revenues"; a name
#     over its bearer's words stays out), a headline's quotation in single marks ("Mayor warns 'this is it'"), and a
#     live entry's headline under the signature of the entry before it ("- Jane Doe") (docs/inputs.md, "Headings")
# 110: session 39, helper G (review 26, slant evidence on neutral words): how hard going a task, a way or a span of
#     time was ("the arduous task", "the dangerous, water-filled passageways", "a brutal 17 months", "an extraordinary
#     few weeks", "a desperate rescue operation"), "pivotal" of a vote or an election, caution said of many people ("a
#     wary populace"), "fair to say", "a happy retirement", the size of an operation or a sum of money ("a huge
#     operation", "huge money", "huge budget shortfall"), a pull quote signed with a dash and a name, a crowd's jeers
#     and a haste admitted (scores unchanged)
# 111: session 39, helper G: a way's risk through its part ("the most dangerous part of the journey") and a thing's
#     being welcome after a linking verb ("the release ... should be welcome") (scores unchanged)
# 112: session 39, the merge: a reported clause the parse split before its verb is not joined to a piece holding a
#     quotation ("... would be showing their “incoherence”"): the joined report overlapped the quote and was lost
# 113: session 39, the merge: nor after a conjunction the first piece ends on ("had become inevitable, but also |
#     warned that ...": a second verb of the speaker's, review 19)
# 114: session 40, helper A (reviews 13 and 27, quoted words): '' after a word closes a quotation a double mark opened;
#     a report ends before a dash and the narrator's participle of its outcome ("— ending a career ...") or word on it
#     ("— claims the firm denies"), before a second speech participle of its speakers ("..., warning that ... and
#     suggesting that ...") and never on a conjunction
# 115: session 40, helper A (review 27, speakers): a country's name before a titled person's ("Brazil Foreign Minister
#     Maria Duarte said") is no second subject; a company's national arm ("Skyjet Malaysia") is its speaker, not the
#     country; a long "the head of ... in ..." keeps its "of" phrase; "the congresswoman" after a described one goes
#     on with the named speaker of her sex in between; jokes or rumours "claiming" are no one's; a sentence in
#     parentheses lends its quote's speaker to no quote outside them; a he/she with no subject in the sentence before
#     goes on with that sentence's quoted speaker; a plan reported ("she will forge a government") ends before an
#     "after" phrase a past relative clause describes (review 25)
# 116: session 40, helper B (review 27, slant evidence on neutral words): "grim" or "bleak" of an assessment, an outlook
#     or the finding of the dead ("sketched a bleak picture", "the grim discovery of ... bodies"), "anxious" of a
#     wait, "easy" of a win, "huge" of a business, "cheap" travel, "a modest expansion", "challenging" (as "difficult"),
#     a joke's or a rumour's "claiming", a verb after "hardly", "rarely" or "seldom" and the feeling verbs "enjoyed" and
#     "hated" ("Some even enjoyed the rain", review 25) are no loaded wording (scores unchanged)
# 117: session 40, helper B (review 25): a broadcast transcript guest's turn (turns.py's quotes: a person, no cue, no
#     quotation mark) is the guest's words in the slant evidence, as a quotation's are: no loaded word and no evidence
#     sentence of it (`slant_loaded.speaker_regions` with the text; scores unchanged)
# 118: session 40, helper C, cleaning (review 27): a headline over a wire story's dateline ("Margaret Thatcher dies at
#     87" over "LONDON (AP) — ..."), a channel's handle run into "YouTube" ("teambachmann YouTube")
# 119: session 40, helper E (review 28's chants): chants around a deed ("spoke ..., to chants of “...”", "amid cries
#     of") are the crowd's, unnamed, not the doer's; a chanting participle the parse joined to a quoted noun ("carrying
#     signs that read “...” and chanting, “...”") goes on from the clause outside the marks; a sentence-opening
#     participle with no subject ("Chanting “...” students, ..., marched ...") is the main clause's subject's
# 120: session 40, helper E (review 28's reports): a reported clause ends before a closing "as" tag of speech (", as
#     Ana Ruiz, who led the strike, told the Herald"), before a closing ", after" clause in the reporting verb's tense
#     and not the report's ("said he is ready to ..., after she dared the state"), and before a participle of going
#     back on one's word after a report of there being ("there would be no new tax, reversing a pledge")
# 122: session 40, helper G (review 29): a reported clause ends before a verb the parse joined to its verb that is
#     the speaker's next deed: a past after a past cue that the clause's auxiliaries cannot take ("would cost billions
#     and acknowledged ...", "should not raise taxes, and were disappointed ...", a passive's "and dismissed ..."), the
#     speaker's number, not the clause's ("argues that fights ... shake ..., and ... has called for"), or a report of
#     its own ("..., and several other women say they've been ...") (docs/quotes.md)
# 123: session 40, helper G (review 29): the question put to someone in the participle opening the sentence ("Asked
#     point-blank, “Is that picture you?” Weiner replied ...") is no one's words, not the answerer's (docs/quotes.md)
#     and cleaning: a dateline's dash written as a dash and a hyphen ("WASHINGTON –- The White House ...")
#     (docs/inputs.md)
# 124: session 40, the merge (review 24): an embedded post's signer (a quote a post signature closes) is not the
#     speaker a later he/she goes on with ("He's been working for three days ..., he said" after a reporter's post
#     on a cafe owner is the owner's); helper A's rule of 115 had given it to the reporter
# 125: session 41, helper A (reviews 28 and 29's speakers): a name without a generational suffix is not the suffixed
#     namesake ("Donald Trump" is not "Donald Trump Jr.", "Mr. Conway" no sure "Kellyanne Conway" beside "George T.
#     Conway III"); an untyped holder's name after a title ("Speaker of the Knesset Yuli Edelstein", "House Minority
#     Whip Steny Hoyer"); not whom a two-word name is told ("told Fox News"), but the person a relative clause
#     before the cue describes; the name in an aside tag ("That group, Mr. Corker said on Fox, was ..."); a speech
#     participle straight after a person's noun ("a spokesman falsely claiming"); the one faulted "for saying"; a
#     report opens with a whole hyphened word ("the e-mails belied ...") (docs/quotes.md)
# 126: session 41, helper A (review 29): an "as X said" aside before the cue names whose words the cue governs
#     ("That judges do not, as Chief Justice John Roberts once famously said, only call “balls and strikes.”"); a
#     report ends before a relative clause that is another's report ("she had no knowledge of the warning | which
#     former agents have told Fox News amounted to ...") (docs/quotes.md)
# 127: session 41, helper B (reviews 28-29, slant evidence on neutral words): "angry" of what people did or sent
#     ("angry protests", "angry complaints"), "desperate for" things said of people, "dangerous" of a place, "twisted"
#     of a thing bent, "harsh" of a penalty, "hot dogs", "grand bargain", "the worst outcome", "complicated",
#     "effective" of a thing, "trendy" of a place, a debate's question ("debate over whether ...") and a community's
#     consensus ("the consensus ... is that ...") and "boasted" with a figure ("boasted double-digit seat counts")
#     are no loaded wording (scores unchanged)
# 128: session 41, helper B (review 14's podcast): a transcript's speaker the show calls its own (addressed with the
#     beat they cover, "Adam, you've been covering the court ...", or "our colleague ...") speaks for the outlet, as
#     its host does: that speaker's turns are no guest's words in the slant evidence (`slant_loaded.outlets_own`);
#     review 29: words judging someone's manner as a fault, which the lexicon does not rate ("defensive and
#     aggrieved", "testy", "bombastic": `slant_loaded.DEMEANOR_WORDS`, BASIL marks them), are loaded wording; "an
#     effective leader" still counts (scores unchanged)
# 129: session 41, helper E, cleaning (review 30): a newsletter's sign-up form saved with its country chooser's whole
#     list ("Choose your country United States of America Afghanistan ... Please enter a valid email address."), and a
#     prompt to follow a topic ("Interested in 2020 Elections? Add 2020 Elections as an interest to stay up to date ...
#     Add Interest") (docs/inputs.md)
# 130: session 41, helper E (review 30): a "they" reporting again at the head of the sentence after two or more
#     named people's report ("Lightfoot and Preckwinkle said they opposed ... for city workers and retirees. And they
#     agreed that ...") goes on with those people, not with the last people the sentence before named (docs/quotes.md)
# 131: session 41, helper F (one rule at two depths): cleaning's embedded post's credit is one rule, owned by cleaning
#     and used by the comparison (`ingest.clean.POST_CREDIT`): a line ending on "A photo posted by @handle on ..."
#     (no name in brackets) or "Posted by ... on May 4, 2025" (no weekday) goes with the post's words before it
# 132: session 42, helper A (reviews 28-30): a relative clause of speech owns the verb after it that the parse hung
#     on the sentence's ("the warning which former agents have told Fox News amounted to a “cry for help”"); a cue
#     joined by "and" right after a relative clause of speech goes on with it ("two tweets that called ballots
#     “fraudulent” and predicted “...”": the tweets); names joined by "and" speak together ("Lightfoot and
#     Preckwinkle said"); a tag's first name and surname the NER missed goes on for the pronoun fallback ('“...,”
#     said House Minority Whip Steny Hoyer. He added ...'); a surname tagged a word at a sentence's start is the
#     person named in full ("Silver is going to Shanghai ...") (docs/quotes.md)
# 133: session 42, helper A (review 28): a statement's "that" clause after a short phrase is its owner's words ("his
#     statement before Election Day that creating a Palestinian state would be “giving attack grounds to ...”": his,
#     not the White House's, the sentence's subject; an adverbial "that" clause the parse made of it too); what a
#     thing reads ("a link reading “Get the facts ...”") is no one's words, lent no speaker by the paragraph
# 134: session 42, helper B (review 29's sourcing): a reported clause whose cue ends the words before it while the
#     speaker the quote stage gave it is named only after it in the sentence ("After the chairman ... confirmed he
#     knew about the cable ..., Graham questioned ...") is the cue's subject's report, no sided voice of that speaker
#     in the sourcing evidence (`slant_sourcing.others_report`; scores unchanged)
# 135: session 42, helper B (reviews 28-30, slant evidence): "controversial" and "effective" said of a thing after a
#     linking verb ("why the medication option is controversial", "how effective the pills were"), "credible" of
#     evidence, a threat, fear or information, "greatest" of an athlete, "huge" of an audience ("a huge television
#     draw"), "powerful" of people ("powerful local Democrats"; a lobby's still counts) and terms insisted on "as a
#     condition" are no loaded wording; a judgement verb's -ing form describing words ("a mocking riff") is (scores
#     unchanged)
# 136: session 42, helper E (review 31): the object of an -ing form opening the sentence, which the parse made a second
#     subject of the cue ("Speaking Spanish, which was translated by one of her friends, Tejeda said ..."), is no
#     speaker; a noun of people set beside a named person ("To Sherrilyn Ifill, president of the NAACP Legal Defense
#     Fund, ... She says ...") is that person's description, no other person keeping "she" from her (docs/quotes.md)
# 137: session 42, helper E, entities (review 31): two or three capitalised words right after a word of kinship with an
#     owner ("Berry's cousin Tasheena Mitchell told the newspaper ...") are a person's name, though the NER typed them
#     an organisation, a place or a people (docs/quotes.md)
# 138: session 42, helper F, cleaning (review 30's furniture): a byline heading a box or an entry inside the text
#     ("Analysis by Jane Roe, North America reporter", "By Jane Roe, Staff writer"), a caption or a video's blurb
#     closed by its image's credit under a label with no brackets ("... reports on why ... Image: Jane Roe"), and a
#     writer's note with the writer's social handle ("Jane Roe (@janeroe) lives in ...") (docs/inputs.md)
# 142: session 43, helper B, quotes (reviews 23, 29, 31): a name set off by commas before a tag ending its sentence
#     with no subject speaks ("..., her aunt, Jo Reed, said."); what another pleads for, reported ("She said Reed was
#     arguing for “...”"), is the reporter's words; a body after "of" is its gerund's subject ("reminiscent of The
#     Daily Ledger calling him an “enemy”"); a hearsay or hearing passive's subject spoke ("Lee was said to have told
#     Kim", "Lee can be heard saying"); a title-case quote after a person's possessive is a work's title; a tweet's,
#     a post's or a message's "that" clause is its owner's; a speech bidden ("asks for police to respond “...”") is
#     the asker's; a report in a relative clause without "that" is none ("a seat they believe Obama had a right to
#     fill"); a word typed a name beside its noun's head is no one ('Draft “talking points” ... depicted'); a surname
#     the NER typed a work is the person; a cue joined past an adverbial clause of its own form is that clause's
#     subject's ("have feuded since the mayor vetoed it and said ..."); a participle measuring a report against
#     something else ("..., dwarfing the hacking attack") is the narrator's, off the report; so is a mood opening a
#     clause an "according to" ends ("Fed up with the delays, the party is “taking over” ..., according to a
#     report") (docs/quotes.md)
# 145: session 43, helper C, slant evidence (review 31): words neutral where they stand are no loaded wording: a
#     temperature word after "go" or "run" of a thing ("when the fires go cold"), "huge" of a collection ("a huge
#     cache of cables"), "precious" of a thing of worth ("precious artifacts"), a reaction of those there ("shocked
#     crowds"), a fixed term past another adjective ("the overwhelming, bipartisan vote"), a passive of regarding's
#     complement ("widely viewed as the most effective", "is considered credible"), an unquoted clause a cue after it
#     gives to a speaker ("That's almost irrelevant, said Jane Roe"), an admission in a sentence of a court's act
#     ("sentenced ... after admitting he gave a false tip") (docs/model-card-slant.md; scores unchanged)
# 151: session 43, helper E, cleaning (review 31's furniture): a caption in the present tense closed by its date
#     with more verbs of what a picture catches ("A man watches the cathedral burn ... in Paris on April 15, 2019."),
#     an agency's place and date with no "on" ("... in Lakeview, Northshire May 4, 2021."), "Picture taken <date>."
#     closing a caption; a caption before its credit goes whole when it reads as a caption in the present tense, a
#     picture desk's note after the credit allowed ("... REUTERS/Jo Lin TPX IMAGES OF THE DAY"); credits with no
#     label ("Jo Lin/Lakeview Courier via AP", "Photograph by Jo Lin/Getty Images.") and "Join us on Facebook..."
#     (docs/inputs.md)
# 152: session 43, helper E, cleaning: "By" and a name with no comma alone on a line inside the text ("By Jane Roe"
#     over each entry of a symposium) is a byline when the text holds two or more such lines (docs/inputs.md)
# 156: session 44, helper B, quotes (review 32): where a report ends: the speaker's next deed after "and he" ("said
#     the terms would run at once and he set May 9 for ...", a past after a modal or with "also") and a verb of
#     striving after a passive (", and sought to ...") are off it, and so is a noun summing up the statement ("..., a
#     stance that was echoed by ...") and a past "hours after" a report of what will be; no report ends on "but
#     also"; a clause the parse split before its passive verb is one ("bodies lined up at a morgue | were not
#     counted"); a tag set off mid-sentence reports the main clause after it ("At one shelter she toured, Ruiz
#     added, she counted 40 families") (docs/quotes.md)
# 157: session 44, helper B, quotes (reviews 32, 23): a person untyped after an honorific ("The Rev. Jan Wierz-Kalo,
#     who ..., said") is one; a name a pope or a king reigns by ("Pope Leo", "Leo") is no full name's first name; a
#     he/she after a subheading goes to the persons of its section when it names one; "recalled X as saying" is X's;
#     an attributive participle ("the governor's tweeted assertion that “...”") is no cue, the claim's owner speaks;
#     a clause the parse hung as a preposition holds its subject's words; a title after "biography, the" is no
#     quote; "who" after "X was part of Y" is X; a cue in a relative clause before a colon yields to the quote's own
#     tag; a closing mark doubled after a pair in its sentence opens no quote; "wouldn't confirm or deny whether"
#     reports nothing; "the French leader" is the one person named before with that nationality in their title;
#     a set-off tag whose phrase ends on the role ("..., Rosa Lane, her aunt, said.") speaks (docs/quotes.md)
# 159: session 44, helper C, slant evidence (review 32; review 31's leftover): words neutral where they stand are no
#     loaded wording: a feeling graded by "most" ("felt most comfortable"), "powerful" of a body past a participle ("the
#     powerful governing council") or as people in power ("spoke to the powerful,"), "frigid", "chilly" or "balmy" of
#     the weather ("on frigid weekends"), "huge" of a gathering ("huge protests") or of what a thing costs or brings
#     about ("the costs could be huge"), "extraordinary" in its fixed terms ("took extraordinary, behind-the-scenes
#     action"), "uncomfortable questions", an "unexpected election", "elaborate" of a thing made ("an elaborate package
#     of graphics"), a "violent backlash", an admission made to the law's officers or told after a sentence of
#     prosecutors ("admitted to investigators that"); a sentence opened by "To Jane Roe, ..." gives her view
#     (docs/model-card-slant.md; scores unchanged)
# 160: session 44, helper C, slant evidence (review 32): a temperature word of relations or ties ("their relations
#     became so frigid that ...", "chilly ties") is no loaded wording (docs/model-card-slant.md; scores unchanged)
# 165: session 44, helper E, sentences (reviews 22-32): a quotation mark ending its line after that line's words
#     ('... "and they don't profile."' before a paragraph break) starts no sentence, nor does the word glued to a
#     mark opening a line ('"Because the debate ...'): the parser had made 525 of 12,535 sentences of reviews
#     22-32 a lone closing mark, leaving the quote's sentence without it (models._line_breaks; docs/inputs.md)
# 166: session 44, helper E, cleaning (review 32's furniture): a caption under "PHOTO:" of any length, a credit alone in
#     brackets ("(Photo: Jo Lin/Dreamstime)"), a one-sentence caption closed by the agency alone ("... in 1989
#     (Reuters)"), "Image <caption> Credit <name>" without dots, "... delivered daily to your inbox", a live page's
#     notes on its post ("(We most recently updated the top of this post at ...)", "Our original post, from ...:",
#     "We'll continue to focus on reports ... and update ..."), "Roe reported from Lakeview." at the text's edge, "By
#     Jane Roe/Staff writer" or "| <date>", and one "By Jane Roe" under no sentence and over prose whose name's words
#     the text never writes in lower case (docs/inputs.md)
# 170: session 45, helper B, quotes and speakers (review 33): a report's ends (the day after the verb, "said on Friday
#     he would ..."; an "according to" credit last; the other side's "while others say ..."; ", announcing a new
#     plan"; the tag speaker's title hung in the clause; an opening "to union leaders,"; ", Drew told the Tribune"
#     no report of the judge's) and who speaks ("the elder Moss" the father; "Dan O’Reilly" past the curly
#     apostrophe; the one person named before sentences about him; "Phone carriers say ... They argue"; an "I"
#     joined to a nested report; "the man himself") (docs/quotes.md)
# 173: session 45, helper C, slant evidence (review 33): neutral words no loaded wording: a thing's heat ("hot gases",
#     "the hot sands") and terms of "hot" ("a hot rod", "a hot mic", "the hot zone"); "deadly" as a turn's result
#     ("turn a situation deadly") and of more acts that kill ("deadly assaults"); "desperate" of a situation, a plight
#     or a need; "unpredictable" of a contest, a market or a world ("a wildly unpredictable race"); "precise" before a
#     thing's noun ("a precise breakdown") and "to be precise:"; "gruesome" of pictures ("gruesome images");
#     "powerful" of a nation, its noun said or left out after a superlative ("its wealthiest and most powerful
#     (Freedonia)")
#     (docs/model-card-slant.md; scores unchanged)
# 174: session 45, helper C, slant evidence (review 33): "slammed on the brakes" is the verb's physical sense, as
#     "slammed the brakes" is, no judgement verb (slant_verbs._ON_OBJECT; docs/model-card-slant.md)
#     title-case title over its "Source: ..." line or under its number ("Figure 1"); staff named by their job who
#     "contributed." ("AP writers Ann Roe and Jo Lin contributed.") (docs/inputs.md, cleaning (8))
#     joined to a nested report; "the man himself"); a quotation left open after 'she "' ends before a later
#     sentence with that "she" and no first person (docs/quotes.md)
# 179: session 45, helper E, cleaning (reviews 32, 33, 28: furniture): the headlines under a link list's heading though
#     the first opens with "’" ("READ MORE:" over "’Rebuilding’ isn’t Rebuilding"), a glued capitals label's link
#     closed by a stop when it answers a question short ("HARD WORK:What will it take to rebuild? A lot.") or stands
#     beside another such link, its label opening fewer than three lines; a heading closing the text over nothing
#     ("More Data:", "STORM COVERAGE:"); a graphic's title under its label ("Map: Lakeview Harbour"); a chart's
#     title-case title over its "Source: ..." line (docs/inputs.md, cleaning (8))
# 191: session 45, the lead, quotes (review 34): an "I" clause joined to a nested report by its own "that" ("Trump told
#     him Flynn was “a good guy” and that “I hope you can let this go.”") stays the nested speaker's, not the
#     reporting one's (`quotes._first_person_joined`) (docs/quotes.md)
# 195: session 46, helper B, quotes and speakers (review 34): a bare surname is never the relative the article
#     introduces as that surname's ("Flynn's son, Michael Flynn Jr." leaves "Flynn" the father); a body the article
#     names is no part of an office holder's name ("Secretary of Homeland Security Kirstjen Nielsen"); a hyphened
#     given name keeps its last part ("Moon Jae-in"); an aside's cue between dashes, "for X to say", a manner word
#     ("had “fully” informed"), words naming a clause's subject ("while “a large number” of fighters were killed")
#     speak for no one; a raised passive's subject speaks ("was reported to have called Hale a “clown”"); a chant
#     named before its noun is its starter's; a participle on a verb of stance is its subject's ("Russia disputed
#     ..., saying"); an outlet's closing tag vouches for a speaker before the quote; he/she after "the President
#     said" (no holder named) is that role; "but they" after a body's report is the body; a sentence credited at its
#     end ("..., according to a court filing") quotes the source; "called a senior official" is no naming; reports:
#     no "found out", no person's "has shown", "opening the way" and "at his press conference" cut off, a second
#     speaker's report and a "That ..." subject are no one's (docs/quotes.md)
# 198: session 46, helper C, slant evidence (review 34): neutral words read by sense (`slant_loaded.plain_use`,
#     slant_senses.py, `slant_verbs._claims_an_act`, `slant_loaded.given_between`): a group's claim of an attack ("has
#     claimed several bombings"), "thin" of a bench or of resources stretched, "abrupt"/"spontaneous" of an event,
#     "modest" of a thing's scope, "ill" of health ("sent home seriously ill"), "effective" before a date ("effective
#     April 7"), "casual" of an occasion, "troubled" of a tenure or a place, "striking" of a comparison, a cue set off
#     after the subject ("The act, the plaintiffs said, only allows ... dangerous aliens"), "has been unpredictable"
#     of a market, "deadly" of a disease or a drug ("the deadly coronavirus") (docs/model-card-slant.md)
# 204: session 46, helper E, cleaning (review 34): a caption goes whole over a credit handed on "via" an agency in
#     brackets ("... released on May 2, 2019 (Harbour Media/Lakeview TV via Reuters)"), over "(Photo by Jo Lin/Getty
#     Images)", over an agency's credit of several photographers ("REUTERS/Jo Lin/Ann Roe/File Photos") and, one
#     sentence in the present tense dated inside, over "(AP Photo/Jo Lin)", and over "Jo Lin/AFP via Getty Images"
#     after its stop; a present-tense caption closed by "in a photo from Ann Roe."; a colleagues' credit with
#     initials, a list's "⦁" or the note "This article is based in part on wire service reports." goes
#     (docs/inputs.md)
# 210: session 46, helper G, quotes (reviews 28-30): a short quote inside the subject of its verb is a name, no one's
#     words ('The group's “safe streets” proposal calls for ...', `quotes._name_in_subject`); a participle right after
#     a filing's noun is the filing's claim ("a lawsuit alleging ...", `quotes._filing_participle`); "finds itself
#     caught" reports nothing (`indirect._finds_itself`); a report ends before a closing "amid criticism" phrase
#     (`indirect._amid_criticism_off`), before a second verb whose auxiliary agrees with the speaker, not the clause
#     ("Some say Congress should ..., and were disappointed", `indirect._speakers_number_off`), and before a dash and
#     "spurring" ("spur stoke provoke ignite" join `indirect._CONSEQUENCES`) (docs/quotes.md)
# 211: session 46, helper G, quotes (reviews 29, 30): an outlet's "..., Fox News has confirmed" after a report of its
#     own leaves that report to its speaker, as "..., NBC reported" did (`indirect._VOUCHING`); a report in the past
#     ends before a second past verb of saying or reacting with its own clause or "at" ("insisted he had done nothing
#     wrong and marveled at what ...", `indirect._speakers_reaction_off`) (docs/quotes.md)
# 212: session 46, helper G, quotes (reviews 28-30): a quoted name inside a subject is dropped only as a noun's phrase
#     of a main clause's subject whose verb is the quote's cue; a past report ends before a last present relative clause on an apposition ("said he
#     was warming up with Hale, the radio host, who is not known for ...", `indirect._present_aside_off`), and
#     opens after the comma of an aside after "that" ("said that, in light of ..., he would ..."), a clause after
#     "that" being no question whatever word opens it ("said that, if elected, ...", `indirect._after_that`)
#     (docs/quotes.md)
# 213: session 46, the lead, quotes (review 23): "confirmed" vouches for a wrapped report only as a tag after the
#     words ("..., Fox News has confirmed"); "The minister confirmed that intelligence showed ..." stays the
#     minister's report (docs/quotes.md)
# 214: session 46, the lead, quotes (review 35): a participle on a cue inside another speaker's report goes to the
#     nested speaker only when an outlet reports ("The Gazette reports that Norway disputed ..., saying") or the verb
#     takes a side ("disputed"); "A source told the paper that the producer complained, stating, '...'" stays the
#     source's; "between Lee and Hale" is no second speaker's "and Hale said" (docs/quotes.md)
# 218: session 47, helper B, quotes (review 35): a surname that is a month's name typed a date is the person where
#     the article names one so ("And May departed ...", "May was brought down"), and one the parse read as a modal
#     ("May defended her record") the verb's subject; an -ing verb joined after a modal's verb ("will step down ...
#     and triggering a contest"), a ", while" clause keeping the reporting verb's time after a report under a modal
#     ("has said he will stand, while Hunt ... are likely contenders": no report left) and a closing "describing X as Y"
#     are the narrator's; "no longer says" reports nothing; a tag repeating its source ("Bentz said Friday ..., he
#     said.", "... issued a statement saying ..., the statement said.") leaves the report to that source; "with X, Name,
#     saying" gives the participle to the name; a quote paragraph takes no speaker from a headline line before it ("Jane
#     Roe: Tom Hale pinched her 'on the arm'"); "A lawyer for another swimmer, Jim Rowe," speaks as the lawyer; whom
#     letters go to calls no names; a title or nickname in quotes before a noun ("“Empire” actor", "Abimbola “Abel”
#     Osundairo") or after "drama" is no quote (docs/quotes.md)
# 221: session 47, helper C, slant evidence (review 35): neutral words read by sense: a complaint lodged against a wrong
#     ("complained to human resources", "complained about harassment", "too scared to complain", a complaint told as
#     filed after the verb), an admission by someone shown moved or of distress ("An emotional anchor admitted"),
#     "excessive" under a denied "use" ("did not use excessive force"), "the worst" feared or over ("fearing the
#     worst"), "deadly" of a siege or a standoff, "violent" of a history or a record, "loved ones", a record on a
#     country's soil, and "striking" of a change, a dissent or a ruling ("a very striking dissent", review 34's
#     leftover); "complained that ...", "a violent thug" and "a striking figure" still count (docs/model-card-slant.md)
# 222: session 47, helper C, slant evidence (review 36): "the cold" after a preposition (the weather, "left out in the
#     cold") and "a cold or the flu" (the illness); "not as effective" (a degree denied); "an unexpected setback" (a
#     result), "unexpected given other reports" (a forecast missed), ", stunning MPs who ..." (the verb); "dangerous
#     threats"; an admission told just before a sentence of a plea ("admitted firing the shots ... He pleaded not
#     guilty"); "a cold response", "a stunning betrayal", "an effective leader" still count (docs/model-card-slant.md)
# 223: session 47, helper C, slant evidence (review 36): 222's "not as effective" (a degree denied) taken back: "not as
#     X" says X of what it is compared with or of the subject in part ("isn't as stupid as he pretends to be", "not as
#     outrageous as the rubber rooms", the first 4,000 AllSides articles) (docs/model-card-slant.md)
# 227: session 47, helper E, cleaning and headings (review 35): an update's note naming noon or midnight goes and its
#     words stay ("Updated at noon Eastern time: Police said ..." -> "Police said ..."; "Updated at noon ET." alone
#     goes); a glued link under a label naming an opinion section goes though closed by a stop ("OUR VIEW:Council
#     blows it. What a waste."; "MYTH:The wall was closed." stays); a headline's quotation in single marks counts as
#     one word of a subheading's ten ("Jo Roe: Lee pinched her 'on the arm a lot'" a heading) (docs/inputs.md)
# 233: session 47, helper G, quotes (reviews 28-30): a report keeps its closing "%" ("just over 3%"); a relative
#     with a plural verb on joined nouns is all of them ("liberals and conservatives who say"); a tag after a quote
#     with a report of its own is no tag ('While Hale accused her of acting "to be nasty," Lee said she ...'); a
#     participle "signaling that" reads a deed; a "that" clause after a content noun ("despite a finding – ... –
#     that") or a relative "that" after the verb's object ("recalling tragedies that many swore ...") is no report;
#     a participle after a dash-set aside is its noun's ("the federation — whose president is ... — saying"); a
#     gerund after "sent a letter to X" is the sender's, after "a line from the draft" the draft's; words under an
#     infinitive deed of a nested subject ("said the leaders agreed to consult on '...'") are the reporter's; no
#     speaker for words of an existential clause ("there was a '...'") or of a "with X V-ing" phrase; he/she after
#     an opening "when X was sent to Carter" is Carter; they after "While the e-mails portrayed ..." is the
#     e-mails (docs/quotes.md)
# 234: session 47, helper G, quotes (reviews 28, 29): a plain past joined to a present report after "has said" is
#     the speaker's next deed ("has said the agency is being responsive and on Saturday appeared to ..."); a "she
#     says" with no comma before it is no inverted tag ("the personnel she says the government has there"); "After the
#     chairman confirmed ..." the parse read as a phrase gives "confirmed" the chairman; a participle joined to the
#     sentence's verb after a "with X V-ing" phrase is that phrase's (docs/quotes.md)
# 235: session 47, helper G, quotes (reviews 28-30): a closing mark with no opening after a sentence that opens with
#     a name and a past verb of saying or charging is narration, no quote ('Hale accused the firm of meddling” and
#     declared “...”'); a name the parse joined to an opening phrase of time is its cue's subject ("At 9:24 p.m., Ms.
#     Rowe, reading the draft, complained"); a claim in a relative clause on the subject of "are absurd" (false,
#     baseless, ...) is no one's report ("Recent reports that suggest X are absurd"); a relative with a plural verb
#     on the last of "both X and Y" is all of them ("both liberals and conservatives who say") (docs/quotes.md)
# 236: session 47, helper H, claims (review 37): a number word with no noun after it that is the subject of a verb of
#     harm, or its object, is a count ("Three people were killed and six injured": six; "killed two and wounded
#     five"); not after a determiner or possessive ("the two were injured", "no one was hurt") (docs/claims.md)
# 237: session 47, the lead, quotes (review 25): 234's opening "after"/"before" phrase names the cue's subject only
#     when it opens the cue's clause and the cue has no subject, a relative "who" included ("a disciple called Aron,
#     who before his departure asked Bren for a 'double portion ...'" is Aron's, not "his departure") (docs/quotes.md)
# 238: session 47, the lead, quotes (review 16): a paragraph closed by a speech tag that lost its stop ("..., at the
#     guards, Hale said") is no headline under 218's rule: the quote paragraph after it is Hale's (docs/quotes.md)
# 239: session 47, the lead, reported speech (review 16): 233's "signaling that" as the writer's inference only when
#     set off by a comma after the deed; "by cutting prices and signaling it will ramp up output" is the doer's own
#     signal, a report (docs/quotes.md)
# 243: session 48, helper B, quotes (review 36): a possessive after an object "him"/"her" of its gender gives the
#     subject no gender ("Judge Ann Dube cleared him of murder in the death of his wife": Dube is no man); "she"
#     after a sentence naming one woman the article states is one and no subject is her, not a subject further
#     back; a thing that explains, suggests, reveals, confirms, shows or indicates ("his upbringing might explain
#     ...", "The increase suggests ...") says nothing, nor a thing whose phrase holds the quoted words; verbs of
#     striking an audience are done "by saying" ("after Grant stunned the party by announcing ...": Grant's); a
#     quoted word the parse took for a subordinate clause's verb ("after Grant, Hale's ally in the "leave"
#     campaign, astonished ...") leaves the joined verb that clause's subject; "add" with a bare count for its
#     clause's subject ("temp agencies added 18,000 and health care also gained 18,000") is no report; a quoted
#     kind's name after an article ("the "right to work" law", "built the "air cargo isolation unit"") is dropped
#     (docs/quotes.md)
# 246: session 48, helper C, quotes (review 37): a name before a dash-set aside whose main verb after it has no subject
#     is that verb's subject for a later he/she ("..., Hale — repeating a staffer's words — sought to ..."); a
#     present "says" in a short unstopped line is a headline, no report ("Traveler says laptop saved him"); "declined
#     to comment" is no tag of the quote before it; "with hundreds of people chanting: '...'" is the crowd's, not a
#     person named before the colon; "Price encouraged senators ..., telling them to '...'" parsed as one noun
#     phrase is Price's; a "he" after a closing tag whose surname the NER typed a body (", Kozlov added.") is the
#     full name before it that ends so ("Oleksiy Kozlov", typed so too) (docs/quotes.md)
# 252: session 48, helper E, cleaning (reviews 36-37): an agency caption ("FILE - In this May 2, 2020 file photo,
#     ...") closed by its photo credit goes whole up to 200 words ("... (AP Photo/Jo Lin, File)"; 80 before); an
#     election results widget saved as a line, its tally "- / 214 districts reporting" with a slash, no stop at its
#     end; two or more headlines set under a related link ("Feds: X" over "Traveler says ..."), each a paragraph, no
#     line of results among them, all but the last when prose follows (docs/inputs.md)
# 258: session 48, helper G, claims (reviews 35, 37): times of day as the moments of event verbs, an annotation's own
#     field (`Annotation.times`, `nlp.clock`): "the plane lost contact ... at 10:55 a.m." is the moment "lose
#     contact", with its hedge ("around 1 p.m." +-15 minutes), zone, weekday, "planned" under "scheduled to" or
#     "would", and the proper nouns of the verb's subject and object (docs/claims.md)
# 259: session 48, helper G, claims (review 37's "not caught"): a number "leave" puts in a harmed state with no noun
#     after it is a count of the harmed, subject the harm word ("the blast left three dead", "leaving 12 dead":
#     "dead"); not after a determiner ("left the two dead") (docs/claims.md)
# 260: session 48, helper G, claims (review 37): a number that is the subject of "be" with a nationality after it
#     counts those people ("Of the 90 passengers, 41 were Norwegian": 41, subject "norwegian"); a country's citizens
#     counted in a relative clause on its leader take the leader's nationality ("Danish Prime Minister Lars Holm,
#     whose country lost 28 citizens": "danish citizen") (docs/claims.md)
# 261: session 48, helper H, slant evidence (review 37): a judgement verb's present form with an adjective right
#     before it that the parse hangs on it as its subject or modifier is the plural noun ("Jobless claims ... were
#     lower": no claim doubted; "Many complain", "Several mock" still verbs), and a complaint brought in person to a
#     body or in a suit is lodged ("appeared in the agency's offices, complaining that ...", "sued over the map,
#     complaining that ...") (docs/model-card-slant.md)
# 262: session 48, helper H, slant evidence (review 38): fighting, bloodshed, hostilities and skirmishes ranked against
#     a record are acts counted by their dead ("the worst cross-border fighting in four years", as "the worst violence
#     in decades"; "the worst fighter" still counts) (docs/model-card-slant.md)


def annotator_id(slant_model: "SlantModel | None" = None) -> str:
    """What makes annotations here: these extractors, the installed spaCy model (the one
    `load_spacy` loads) and the slant weights (`slant_model`, or the shipped ones). The
    store keeps it beside each article's annotation."""
    from importlib.metadata import PackageNotFoundError, version

    from .slant import SlantModel

    try:
        spacy_version = version(SPACY_PACKAGE)
    except PackageNotFoundError:
        spacy_version = "missing"
    digest = (slant_model or SlantModel.load()).digest or "unknown"
    return f"manysides-annotate/{ANNOTATOR_VERSION} spacy/{SPACY_PACKAGE}-{spacy_version} slant/{digest}"


def annotate_doc(article_id: str, doc: "Doc") -> Annotation:
    """Annotation of one parsed article (the Doc must be built from `Article.text`)."""
    entities = extract_entities(doc)
    direct = extract_quotes(doc, entities)
    posts = tweet_quotes(doc.text, entities, direct)  # embedded posts: no quotation marks, no cue
    direct = inside_posts(direct, posts) + posts
    posted = [m.span() for m in signatures(doc.text)]  # a post's date is no figure of the story
    quotes = sorted(direct + extract_indirect(doc, entities, direct), key=lambda q: (q.start, q.end))
    sentences = _sentences(doc)
    quotes = turn_quotes(doc.text, sentences, entities, quotes)  # a transcript's turns: its speakers' words
    return Annotation(
        article_id=article_id,
        sentences=sentences,
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(c for c in extract_claims(doc) if not any(s <= c.start and c.end <= e for s, e in posted)),
        times=tuple(c for c in extract_times(doc) if not any(s <= c.start and c.end <= e for s, e in posted)),
    )


# Titles written short before a name: the parser ends a sentence at their full stop
# ("... killed U.S. Army Sgt." | "1st" | "Class Elis Angel Barreto Ortiz, 34, ...")
_TITLES = frozenset("sgt lt gen col maj capt cmdr adm rep reps sen gov lt-gov dr mr mrs ms rev prof pvt cpl spc "
                    "pfc sgts gens cpt brig supt insp det".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _sentences(doc: "Doc") -> tuple[Sentence, ...]:
    """The parse's sentences, with one cut after a title's full stop (or the ordinal after
    it, "Sgt. 1st Class") joined to the sentence it cut: a summary would otherwise state
    "Class Elis Angel Barreto Ortiz was killed"; then cut at every heading's edges, the
    heading's own pieces marked (`_at_headings`)."""
    out: list[list[int]] = []
    for s in doc.sents:
        if not s.text.strip():
            continue
        if out and _runs_on(doc.text[out[-1][0]:out[-1][1]]):
            out[-1][1] = s.end_char
        else:
            out.append([s.start_char, s.end_char])
    return tuple(_at_headings(doc.text, [(a, b) for a, b in out]))


def _at_headings(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences `spans`, each cut where a heading (`heading_spans`) begins or ends inside it, a
    piece inside a heading marked as one, and the pieces of one heading joined: a subheading the parser
    ran into the sentence under it ("Tight security" | "Crews had worked ...") or a live entry's stamp
    before its first sentence ("Update at 9:48 a.m. ET. Police said ...") would make one statement of
    both, and a stop inside a heading ("a.m.") no two."""
    heads = heading_spans(text)
    edges = sorted({e for h in heads for e in h})
    out: list[Sentence] = []
    for a, b in spans:
        cuts = [a, *(e for e in edges if a < e < b), b]
        for lo, hi in zip(cuts, cuts[1:]):
            piece = text[lo:hi]
            s, e = lo + len(piece) - len(piece.lstrip()), hi - (len(piece) - len(piece.rstrip()))
            if e <= s:
                continue
            head = next((h for h in heads if h[0] <= s and e <= h[1]), None)
            if head and out and out[-1].heading and out[-1].start >= head[0]:
                out[-1] = Sentence(out[-1].start, e, heading=True)  # the same heading, cut by the parse
            else:  # a piece of a cut sentence without the spaces around it; an uncut one as the parse gave it
                out.append(Sentence(*((s, e) if len(cuts) > 2 else (lo, hi)), heading=head is not None))
    return out


def _runs_on(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    last = words[-1]
    return ((last.endswith(".") and last[:-1].lower() in _TITLES)
            or (_ORDINAL.fullmatch(last) is not None and len(words) >= 2 and words[-2].endswith(".")
                and words[-2][:-1].lower() in _TITLES))


def with_slant(article: Article, ann: Annotation, model: "SlantModel | None" = None,
               doc: "Doc | None" = None) -> Annotation:
    """`ann` with the slant and hyperpartisan probability of `article`'s text, scored as
    the pipeline scores them (its quotes, entities and sentences given, and with `doc`,
    its parse, the words' classes and the judgement verbs' subjects; `model` defaults to the
    shipped one)."""
    from dataclasses import replace

    from .slant import SlantModel
    from .slant_verbs import verb_roles, word_tags

    tags = word_tags(doc) if doc is not None else None
    roles = verb_roles(doc) if doc is not None else None  # whom each judgement verb characterises
    slant, partisan = (model or SlantModel.load()).score(
        article.text, article.title, quotes=ann.quotes, entities=ann.entities, sentences=ann.sentences, tags=tags,
        roles=roles)
    return replace(ann, slant=slant, hyperpartisan=partisan)


def annotate(article: Article, nlp: "Language | None" = None, *, slant: "bool | SlantModel" = True) -> Annotation:
    """The annotation the pipeline stores for `article`: sentences, entities, quotes,
    number claims and, unless `slant=False`, the slant and hyperpartisan probability read
    from its text (`slant` may be a `SlantModel` to score with)."""
    if not isinstance(article, Article):
        raise TypeError(f"annotate takes an Article (from clean_document), not {type(article).__name__}")
    doc = (nlp or load_spacy())(article.text)
    ann = annotate_doc(article.id, doc)
    if slant is False:
        return ann
    return with_slant(article, ann, None if slant is True else slant, doc)


def annotate_many(
    articles: Iterable[Article], nlp: "Language | None" = None, n_process: int = 1, batch_size: int = 16
) -> Iterator[Annotation]:
    """Annotations (without slant: see `with_slant`) in input order; spaCy's `pipe`
    batches (and optionally forks) the parse."""
    nlp = nlp or load_spacy()
    pairs = ((a.text, a.id) for a in articles)
    for doc, aid in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield annotate_doc(aid, doc)
