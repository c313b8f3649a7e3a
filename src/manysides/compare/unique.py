"""Points only one outlet makes, and so what every other outlet leaves out.

Two ways a sentence counts as one outlet's own:

* **the whole sentence**: no sentence of any other outlet comes near it in meaning (max
  cosine below `UNIQUE_THRESHOLD`, well under the paraphrase range), and it is
  substantive (a number, a quote or a named entity);
* **a detail in it**: it holds a figure or a name that no other outlet's text (or headline) contains
  ("118,423 votes", "Millwrights Local 212") — a figure anywhere, a name in a sentence
  that is not a paraphrase of another outlet's (below `SHARED_THRESHOLD`). Sentence
  vectors alone miss these: a sentence adding one fact to a shared point still reads
  much like it.

A sentence unlike any other outlet's is still not its own when its figures (years and dates
aside) are all figures of another outlet's claims, same value and unit, or figures the dispute
stage groups with another outlet's (one quantity, another value), and it names nothing new: it
restates a reported figure ("claims dropped to 385,000") in other words, or gives its own value
of a quantity another outlet reports (shown among the disputed figures). A figure the dispute
stage groups with another outlet's, clashing or not, is no new figure ("at least 70" killed
beside "at least 86": one quantity; `disputed_numbers`' `agreeing`). Nor is one whose quotation
another outlet quotes too (`QUOTED_RUN` words or more, word for word) when it gives no figure or
name of its own: outlets that quote the same words report the same statement, however each sets
the scene around them. Nor is one with no figure or name of its own, no quotation marks, whose
content words (`RESTATED` of them) stand in one passage of at most `RESTATED_SPAN` sentences of
another outlet's article: the same point in a sentence the embedding reads as far from it (a
long sentence against a short one, or a point told over two sentences).

A year another outlet tells from its day in a sentence on this one's topic ("in 2017" beside "last
year" in an article of 2018: `years_told`) is no new figure, nor a date another outlet names by
month and day ("Sept. 11") or by its month of that year ("October 2016"; `days_named`), nor a span
of years another outlet tells by the year it began ("in 39 years", "since 1982" in 2021: `years_since`), nor a span
of months another outlet tells by the month it ends or began ("for 13 months", "until March 2019" in February 2018:
`months_told`), nor a majority's threshold another outlet states by seat arithmetic ("the 170 needed for a majority",
"157 seats, 13 short of a majority": `majority_told`), nor an estimate holding another outlet's exact count of the
same word ("nearly 100 heads of state", "91 heads of state": `_estimate_holds`), nor a hospital another outlet names
with another word for its kind ("... Hospital", "... Medical Center"). A sentence another outlet paraphrases whose
only new figures stand in an aside (between dashes, or a noun phrase after a person's name: "John McCain, the
80-year-old senator and 2008 nominee, cast ...") is no item (`_in_aside`), nor is a broadcaster's note on where its
own reporting aired ("NPR's ... just checked in with Morning Edition ...": `_own_airtime`). A digest's section of
another event (a newsletter's other stories, each under its heading: `_other_news`) gives no item; a figure another
outlet gives as a round lower bound ("nine and a half hours", "more than nine hours": `_within_bound`) is no new
figure, nor a person another outlet's sentence on its topic tells by the title written before the name ("Police Chief
Michael McGrath", "the police chief": `_title_told`), nor a name it tells by the description written after the name
("the Egyptian Initiative for Personal Rights, a human rights group,", "human rights advocates": `_described_told`), nor
a figure an article gives again beside one of its own that another outlet gives at another value (`_told_again`), nor
a figure another outlet's sentence on its topic tells less exactly (a round lower bound: "wounded 230 others", "more
than 200 wounded"; "hundreds", "thousands" or "millions" of its word; a share only beside a paraphrase:
`_rounded_near`), nor a bound that only defines the class a superlative picks out, its sentence's own later figure the
thing's ("the most recent fire that claimed more than 10 lives ..., which killed 14": `_bound_of_own`).
A date a shared point's other sentence gives by its month is no new figure either ("released on April 29,
2019", "In April, a video ...": `_dated_by_month`; session 46, reviews 31 and 34), nor a year that says which
campaign beside another outlet's sentence on its topic naming "the campaign" (`_which_one`), nor "Twitter" where
another outlet speaks of tweets, nor a ministry named the other way round ("Ministry of Defense", "Defense Ministry":
`_office_turned`), nor a place of care another outlet's sentence on its topic tells by its kind ("the MetroHealth
Emergency Department", "the hospital": `_care_told`); in a shared point's sentence a relative clause after a name
("Nielsen, who ... her 16-month tenure,") is an aside too. The parts a sentence splits its total into are no new
figures when another outlet gives the total with a share of it ("90 in all, 40 from Thailand and 50 from overseas",
"90 rescue workers, more than half of them from ...": `_part_as_share`; reviews 26 and 29), nor is a price told without
its cents (`_cents_dropped`); "package" is "bill" and "evening" "night" when a sentence's words are sought in
another outlet's passage (`_SAME_WORD`).

Each item carries its new figures and names as spans (`UniquePoint.details`), so the
reports can show which part of the sentence no other outlet gives. A news outlet named and
an embedded post's signature (" — Name (@handle) May 1, 2019") are no details, nor a name
run together with its owner's that the others name apart ("the Constitution's Fourth
Amendment"). A transcript's sign-on ("From The New York Times, I'm Michael Barbaro.") is
no item. A sentence that opens inside a quotation (the splitter cut it at a stop or an
ellipsis) is listed from the sentence the quotation opens in (`_quotation_start`; review 20), unless a sentence of
the quotation before it is a shared point's: then from its own start (`_head_paired`; review 35). A year a record is
told "since" is no new figure beside another outlet's "in decades" on its topic (`_since_in_decades`), and a clause
"when ..." after a year is an aside ("since 1981, when 180 people died ...": `_WHEN_AFTER`; review 35). A sentence
recalling an earlier event with the year and figures another outlet's sentence on its topic gives adds no names but
a person's (the airline and route of a crash both recall: `_background_told`; review 35).

Sentences must have at least `MIN_WORDS` words; at most `PER_ARTICLE` per article are
kept, most novel details first, and returned in reading order.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from ..ingest.clean import PICTURE_PLACE, PICTURE_SIDE
from ..nlp.acronyms import another_name, defined_aliases
from ..nlp.claims import CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS
from ..nlp.numbers import (AT_LEAST, DURATION_SECONDS, NEAR_UNDER, duration_in, hedge_family, parse_numeral,
                           parse_word_number)
from ..nlp.tweets import SIGNATURE, SIGNED, signatures, tweet_quotes
from ..records import Annotation, Article, Claim, Dispute, DisputedClaim, Evidence, SharedPoint, UniquePoint
from ._text import (
    NUMBER_WORDS,
    STATE_OF_ABBREVIATION,
    STOP_WORDS,
    SentenceView,
    is_boilerplate,
    media_names,
    numeral_in,
    outlet_key,
    quoted_speaker,
    sentence_views,
    state_named_in,
    words,
)
from .names import misspelt
from .numbers import BOUND_SLACK, conversion_at, is_age
from .shared import SHARED_THRESHOLD

UNIQUE_THRESHOLD = 0.50
MIN_WORDS = 8
# words of a quotation another outlet must print in the same order for it to quote the same
# statement: a run this long is no set phrase, and covers at least half of the quotation
QUOTED_RUN = 6
# a shorter quotation counts when another outlet prints the whole of it, a leading article aside, and it has
# this many words ("a crisis caused by US adventurism" in another outlet's "at time of crisis caused by US
# adventurism": the quoting outlet's "a" is its own grammar)
QUOTED_WHOLE = 5
PER_ARTICLE = 8
# sentences back a quotation may open for a sentence inside it to be listed from there: a longer one (a
# speech's transcript in one paragraph, review 18's Cameron) would make one item of a paragraph
QUOTED_BACK = 2
# ... or more sentences back when they are short: the quotation's head up to the sentence holds at most this many
# characters, about one sentence's (a transcript's "Mayor ...: "Good evening ... We listened to one another." stays
# apart, test_compare_unique_review20.py; review 29: McCarthy's '"He's been to Pennsylvania. Tomorrow he is going to
# Detroit. It's now time to govern. The election is over," he said on ...', four short sentences, whose tail alone
# was listed)
QUOTED_SHORT = 120
# Entity types that name something a reader could look up (dates and counts are claims).
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
_QUOTE_MARKS = ('"', "“", "”")
# how a sentence ends when it is cut off ("...", a dash: a quote broken off by the
# attribution) or only leads into a quote or a list (a colon)
CUT_OFF = ("...", "…", ":", "—", "―", "–", " -", "--")


def unique_points(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    threshold: float = UNIQUE_THRESHOLD,
    per_article: int = PER_ARTICLE,
    min_words: int = MIN_WORDS,
    disputed: Sequence[Dispute] = (),
    differing: Sequence[DisputedClaim] = (),
    paired: Sequence[Dispute] = (),
    shared: Sequence[SharedPoint] = (),
) -> tuple[UniquePoint, ...]:
    """Substantive sentences with no counterpart in another outlet, in article order.

    At most `per_article` per article, the most substantive ones; empty when fewer than
    two outlets can be compared (with one outlet, nothing is "only one outlet's").
    Figures in `disputed`, the `differing` figures of shared points, and those of `paired`
    (groups the dispute stage forms whose figures do not clash: "at least 70" killed beside
    another outlet's "at least 86") are not novel: the other outlets report the quantity,
    with another value or the same.
    Each item's `details` are the novel figures and names that counted in its score.
    A sentence one of the `shared` points holds is another outlet's point too (the shared stage
    paired it): only a figure or name of its own makes it an item, and a count its point's other
    sentences give without a figure ("dozens of Iranians" for "82 Iranians") is none.
    """
    contested = {(c.article, c.start) for d in disputed for c in d.claims}
    contested |= {(c.article, c.start) for c in differing}
    contested |= {(c.article, c.start) for d in paired for c in d.claims}
    contested |= _told_again(contested, annotations)
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    outlets = sorted({v.outlet for v in views})
    if len(outlets) < 2:
        return ()
    by_outlet = {
        o: np.concatenate([matrices[a] for a in dict.fromkeys(v.article for v in views if v.outlet == o)])
        for o in outlets
    }
    # the other outlets' text, as written (capitals tell a name) and lower-cased, headlines included: a name or
    # figure an outlet's headline gives is one it reports (review 19: the Guardian's "... as Las Vegas gunman
    # opened fire", whose text never names the city, beside CBN's "Las Vegas police report ...")
    others_raw = {o: " ".join(f"{a.title or ''}\n{a.text}" for a in articles if outlet_key(a) != o) for o in outlets}
    others_text = {o: t.lower() for o, t in others_raw.items()}
    # names the story's texts give two forms of, a short one in brackets after the full one, and those two outlets
    # write in one slot of a shared point's sentences ("... 30 seats to the Zionist Union's 24", "... to the Zionist
    # Camp's 24")
    aliases = _merged(defined_aliases("\n".join(a.text for a in articles)), slot_aliases(shared))
    # each outlet's figures as (value, unit, age): a figure "another outlet prints" is one of
    # these, not a numeral that stands there for something else ("16 candidates", "16-minute")
    figures_of: dict[str, set[_Figure]] = {o: set() for o in outlets}
    estimates_of: dict[str, set[tuple[str, float, float]]] = {o: set() for o in outlets}
    exact_of: dict[str, set[tuple[str, float, str]]] = {o: set() for o in outlets}
    bounds_of: dict[str, set[tuple[str, float, str | None]]] = {o: set() for o in outlets}
    for a in articles:
        if outlet_key(a) in figures_of:  # a majority's threshold told by seat arithmetic ("157 seats, 13 short")
            figures_of[outlet_key(a)] |= {(float(n), "count", False) for n in majority_told(a.text)}
        if a.id in annotations and outlet_key(a) in figures_of:
            figures_of[outlet_key(a)] |= {_figure(c) for c in annotations[a.id].claims if _counts(c)}
            estimates_of[outlet_key(a)] |= {e for c in annotations[a.id].claims
                                            if _counts(c) and (e := _estimate(c)) is not None}
            exact_of[outlet_key(a)] |= {e for c in annotations[a.id].claims
                                        if _counts(c) and (e := _exact(c, a.text)) is not None}
            bounds_of[outlet_key(a)] |= {b for c in annotations[a.id].claims
                                         if _counts(c) and (b := _bound(c, a.text[c.end:])) is not None}
    # each article's text with where its claims stand and of what kind, to tell a numeral
    # another outlet prints for something else ("48" of a "48-page" indictment)
    claimed = {a.id: (a.text, [(c.start, c.end, _kind_of(c)) for c in annotations[a.id].claims
                               if isinstance(c, Claim) and isinstance(c.unit, str) and not _BARE.match(c.text)]
                      if a.id in annotations else [])
               for a in articles}
    passages = {o: _passages([v for v in views if v.outlet != o]) for o in outlets}
    # the calendar years each sentence names by a time told from its article's day ("last year" in an article of
    # 2018), each outlet's in the order of `by_outlet`'s rows; and the days each outlet names by month and day or
    # month and year ("Sept. 11", "October 2016")
    by_id = {a.id: a for a in articles}
    told_of: dict[str, list[set[int]]] = {
        o: [years_told(by_id[i].text[s.start:s.end], by_id[i].published)
            for i in dict.fromkeys(v.article for v in views if v.outlet == o) for s in annotations[i].sentences]
        for o in outlets}
    # each sentence's amounts (value, unit, age), each outlet's in the order of `by_outlet`'s rows: a figure beside
    # another outlet's of its unit in a sentence on its topic may be one quantity at another value (`_another_value`)
    text_of = {a.id: a.text for a in articles}
    amounts_of: dict[str, list[list[tuple[_Figure, str | None]]]] = {
        o: [[(_figure(c), _counted_word(text_of[i][c.end:])) for c in annotations[i].claims
             if _counts(c) and s.start <= c.start and c.end <= s.end]
            for i in dict.fromkeys(v.article for v in views if v.outlet == o) for s in annotations[i].sentences]
        for o in outlets}
    # each sentence's round lower bounds ("more than 200 wounded", `_bound`), each outlet's in the order of
    # `by_outlet`'s rows: an exact figure of a sentence on its topic that comes down to one is it told exactly
    bounds_in: dict[str, list[list[tuple[str, float, str | None]]]] = {
        o: [[b for c in annotations[i].claims
             if _counts(c) and s.start <= c.start and c.end <= s.end and (b := _bound(c, text_of[i][c.end:]))]
            for i in dict.fromkeys(v.article for v in views if v.outlet == o) for s in annotations[i].sentences]
        for o in outlets}
    # each sentence's text, each outlet's in the order of `by_outlet`'s rows
    sentences_of: dict[str, list[str]] = {
        o: [text_of[i][s.start:s.end] for i in dict.fromkeys(v.article for v in views if v.outlet == o)
            for s in annotations[i].sentences]
        for o in outlets}
    days_of: dict[str, set[tuple[int, int, int]]] = {o: set() for o in outlets}
    since_of: dict[str, set[int]] = {o: set() for o in outlets}
    months_of: dict[str, set[int]] = {o: set() for o in outlets}
    for a in articles:
        if outlet_key(a) in days_of:
            days_of[outlet_key(a)] |= days_named(f"{a.title or ''}\n{a.text}")
            since_of[outlet_key(a)] |= years_since(a.text, a.published)
            months_of[outlet_key(a)] |= months_told(a.text, a.published)
    strangers = _strangers_posts(articles)
    out: list[UniquePoint] = []
    for art in articles:
        mine = [v for v in views if v.article == art.id]
        if not mine:
            continue
        outlet = mine[0].outlet
        others = np.concatenate([by_outlet[o] for o in outlets if o != outlet])
        elsewhere = others_text[outlet]
        other_words = _word_string(elsewhere)
        printed = set().union(*(figures_of[o] for o in outlets if o != outlet))
        estimates = set().union(*(estimates_of[o] for o in outlets if o != outlet))
        exact = set().union(*(exact_of[o] for o in outlets if o != outlet))
        bounds = set().union(*(bounds_of[o] for o in outlets if o != outlet))
        told_rows = [t for o in outlets if o != outlet for t in told_of[o]]
        amount_rows = [t for o in outlets if o != outlet for t in amounts_of[o]]
        sentence_rows = [t for o in outlets if o != outlet for t in sentences_of[o]]
        bound_rows = [t for o in outlets if o != outlet for t in bounds_in[o]]
        days = _day_keys(set().union(*(days_of[o] for o in outlets if o != outlet)))
        since = set().union(*(since_of[o] for o in outlets if o != outlet))
        months = set().union(*(months_of[o] for o in outlets if o != outlet))
        other_texts = [claimed[a.id] for a in articles if outlet_key(a) != outlet]
        ann = annotations[art.id]
        # news outlets the article names: sources, not details; nor is the signature of a post it embeds
        # (" — Name (@handle) May 1, 2019": how a page saves the embed, not a fact it reports; the post's own
        # words are read as any sentence's; review 20: a post of the verdict NPR gives, listed for its signer)
        cited = [*media_names().spans(art.text), *((m.start(), m.end()) for m in signatures(art.text))]
        scored = []
        said_before: set[str] = set()
        # each sentence's words, marks aside: a sentence the article prints again inside a longer one of its own (a
        # quotation told with its speaker and printed alone in the embedded post or a pull quote, review 30's
        # '... saying "it would be a very big deal to beat the machine."' and '"It would be a very big deal to beat
        # the machine."') is that sentence's statement, not a second item
        words_of = {v.start: _word_string(v.text) for v in mine}
        # a digest's sections of the day's other news (a newsletter under one headline): no item of this story
        far = _other_news(art.text, mine, (others @ matrices[art.id].T).max(0) if others.size else None,
                          ann, elsewhere)
        alone: set[int] = set()  # quotation tails listed from their own start, their head another outlet's point
        again: dict[int, set[_Figure]] = {}  # the new figures of sentences on another outlet's topic, by start
        in_points = {v.start for v in mine if any(x.article == v.article and x.start < v.end and x.end > v.start
                                                 for p in shared for x in p.evidence)}
        for v in mine:
            if v.start in far:
                continue
            if (v.n_words < min_words or is_boilerplate(v.text) or v.text.rstrip().endswith(CUT_OFF)
                    or _is_furniture(art.text, v.start, v.end) or _attribution_cut(art.text, v.start, v.text)
                    or _own_airtime(v, ann) or _no_news(v.text) or _opening_lost(art.text, v.start, v.text)):
                continue  # a cut-off sentence, one that only leads into a quote or a list, furniture, or no news
            said = words_of[v.start]
            if said in said_before:
                continue  # the page prints it again (a pull quote in full, a doubled paragraph): one item
            said_before.add(said)
            if any(said in w and len(w) > len(said) for start, w in words_of.items() if start != v.start):
                continue  # ... or prints it inside a longer sentence of its own: that sentence's statement
            sims = others @ matrices[art.id][v.index] if others.size else np.zeros(0)
            best = float(sims.max()) if sims.size else 0.0
            partners = [by_id[a].text[s:e] for p in shared if any(
                            x.article == v.article and x.start < v.end and x.end > v.start for x in p.evidence)
                        for a, s, e in ((x.article, x.start, x.end) for x in p.evidence) if a != v.article]
            # years the other outlets tell from their day in sentences on this one's topic
            told = set().union(*(t for t, sim in zip(told_rows, sims) if t and sim >= threshold))
            figures, names = _novel(v, ann, elsewhere, contested, printed, outlets, cited, others_raw[outlet],
                                    other_texts, aliases, estimates, told, days, since, months, exact, bounds)
            parts_told: set[int] = set()  # a total's parts another outlet gives as a share of it (`_part_as_share`)
            if figures:  # a figure a sentence on its topic tells rounded, or a bound its own figure meets
                here = [c for c in ann.claims if _counts(c) and v.start <= c.start and c.end <= v.end]
                near_bounds = [b for row, sim in zip(bound_rows, sims) if sim >= threshold for b in row]
                close_bounds = [b for row, sim in zip(bound_rows, sims) if sim >= SHARED_THRESHOLD for b in row]
                near_words = [t for t, sim in zip(sentence_rows, sims) if sim >= threshold]
                rounded = {c.start for c in here if _rounded_near(c, art.text, near_bounds, close_bounds, near_words)
                           or _bound_of_own(c, art.text, here, v.start)}
                # ... or a year that says which campaign, one a sentence on its topic names without its year
                rounded |= {c.start for c in ann.claims if isinstance(c, Claim) and v.start <= c.start
                            and c.end <= v.end and not _counts(c) and (_which_one(c, art.text, near_words)
                                                                       or _since_in_decades(c, art.text, near_words,
                                                                                            art.published)
                                                                       or _records_began(c, art.text, near_words)
                                                                       or (near_words and _this_year(c, art.published))
                                                                       )}
                # ... or a part of the sentence's total that another outlet gives as a share of that total
                parts_told = {c.start for c in here if _part_as_share(c, here, v.text, others_raw[outlet])}
                rounded |= parts_told
                figures = {k: spans for k, spans in figures.items() if not any(s in rounded for s, _ in spans)}
            if names:  # a name whose words a sentence on its topic giving one of its counts holds: one name told so
                counts = [c for c in ann.claims if _counts(c) and v.start <= c.start and c.end <= v.end]
                near_text = [t for t, sim in zip(sentence_rows, sims) if sim >= threshold]
                names = {k: spans for k, spans in names.items()
                         if not _words_told(art.text[spans[0][0]:spans[0][1]], counts, art.text, near_text)
                         and not _title_told(art.text, spans, ann, near_text)
                         and not _described_told(art.text, spans, near_text)
                         and not _care_told(art.text[spans[0][0]:spans[0][1]], near_text)}
            near = [t for t, sim in zip(amount_rows, sims) if t and sim >= threshold]
            if figures and near:  # another outlet's value of the quantity, in a sentence on its topic
                mine_amounts = [c for c in ann.claims if _counts(c) and v.start <= c.start and c.end <= v.end]
                close = [t for t, sim in zip(amount_rows, sims) if t and sim >= SHARED_THRESHOLD]
                figures = {k: spans for k, spans in figures.items()
                           if not any(_another_value(c, art.text, mine_amounts, near, close) for c in mine_amounts
                                      for s, _ in spans if c.start == s)}
                if not figures and not names and best < threshold:
                    continue
            if not figures and not names and _inside(v, strangers.get(art.id, ())):
                continue  # a stranger's post giving no figure nor name of its own: a reaction, no news
            if partners:  # a count its point's other sentences give vaguely ("dozens of Iranians") is no new figure,
                # nor a date they give by its month ("released on April 29, 2019" beside "In April, a video ...")
                figures = {k: spans for k, spans in figures.items()
                           if not any(_counted_vaguely(art.text[e:v.end], partners)
                                      or _dated_by_month(art.text[s:e], partners) for s, e in spans)}
                if not figures and not names:
                    continue  # a shared point's sentence, adding no figure nor name: another outlet reports it
            # a paraphrase's names are the other outlet's too, in other words; so are those of a sentence
            # quoting words another outlet quotes: one statement, its speaker or scene named otherwise
            same = best >= SHARED_THRESHOLD or (best >= threshold and _quoted_elsewhere(v, ann, other_words))
            if best >= SHARED_THRESHOLD and figures and all(_in_aside(v, ann, s, e, bool(partners))
                                                            for spans in figures.values() for s, e in spans):
                continue  # a paraphrase whose only new figures stand in an aside: who someone is, not what it adds
            if names and not same and _background_told(v, ann, art.published,
                                                       [t for t, sim in zip(sentence_rows, sims) if sim >= threshold]):
                # an earlier event another outlet recalls with its date and figures: its names describe it, but a
                # person named is whoever tells it ("..., Ms. Shierholz noted"), a source of this outlet's own
                names = {k: spans for k, spans in names.items() if any(
                    e.type == "PERSON" and e.start < spans[0][1] and spans[0][0] < e.end for e in ann.entities)}
            counted = {} if same else names
            if _head_paired(art.text, v, mine, in_points):
                alone.add(v.start)  # listed from its own start: its quotation's head is a shared point's
            if best < threshold:
                own = [c for c in ann.claims if _counts(c) and c.start < v.end and c.end > v.start]
                if own and not names and all(_printed(_figure(c), printed) or (art.id, c.start) in contested
                                             or _within_bound(c, art.text[c.end:], bounds) or c.start in parts_told
                                             for c in own):
                    continue  # every figure is another outlet's too (or another outlet's figure of its quantity)
                if not figures and not names and (_quoted_elsewhere(v, ann, other_words)
                                                  or _short_quote_elsewhere(v.text, others_raw[outlet])):
                    continue  # another outlet quotes the same words, and it adds no figure nor name
                if not figures and not names and _restated(v.text, passages[outlet]):
                    continue  # another outlet's passage holds its words: the same point, reworded
                score = _substance(v, ann)
            elif figures or counted:
                score = 0.0
            else:
                continue
            score += 3.0 * min(len(figures), 2) + 2.0 * min(len(counted), 2)
            if score > 0:
                scored.append((score, v, [*figures.values(), *counted.values()]))
                if best >= threshold and figures and not counted:  # its figures may be another item's again
                    again[v.start] = {_figure(c) for spans in figures.values() for c in ann.claims
                                      if isinstance(c, Claim) and any(c.start == s for s, _ in spans)}
        scored.sort(key=lambda sv: (-sv[0], sv[1].start))
        chosen = sorted(_not_again(scored, again, ann, matrices[art.id], per_article), key=lambda sv: sv[1].start)
        # a sentence that opens inside a quotation (the splitter cut the quotation at a stop or an
        # ellipsis) is listed from the sentence the quotation opens in, never as the quotation's tail
        spans_of = [(v.start if v.start in alone else _quotation_start(art.text, v.start, mine), v)
                    for _, v, _ in chosen]
        for (start, v), (_, _, details) in zip(spans_of, chosen):
            if any(o is not v and s <= start and v.end <= o.end and (s, o.end) != (start, v.end)
                   for s, o in spans_of):
                continue  # inside another item, the quotation's head or tail widened over it
            text = art.text[start:v.end].strip() if start < v.start else v.text
            out.append(UniquePoint(v.article, start if start < v.start else v.start, v.end, text,
                                   _details(art.text, v, details), quoted_speaker(text, start, v.end, ann.quotes)))
    return tuple(out)


# an outlet's two sentences this alike tell one thing twice: Fox's "... can bring a maximum prison sentence of 15
# years." and "... it can range from a suspended sentence and a fine to up to a maximum of 15 years in prison." (0.86,
# review 36); a year or a bound shared by two sentences on other points (0.36-0.74 on unique_items.py's labelled
# items: "the 1993 federal law" twice, "more than 100 workers" in the news and in the rule's reach) stays in both
SAID_TWICE = 0.80


def _not_again(scored: Sequence[tuple[float, SentenceView, list]], again: Mapping[int, set[_Figure]],
               ann: Annotation, matrix: np.ndarray, per_article: int) -> list[tuple[float, SentenceView, list]]:
    """The `per_article` best of one article's `scored` sentences (best first), leaving out one whose every new figure
    an item already kept gives, when that item's sentence tells the same (`SAID_TWICE`, by their rows of `matrix`),
    the sentence names nothing new and stands on another outlet's topic (`again`, its figures by its start): Fox's
    "The sentence for a culpable homicide conviction is at the judge's discretion, and it can range from a suspended
    sentence and a fine to up to a maximum of 15 years in prison." after its own "The conviction of culpable homicide
    ... can bring a maximum prison sentence of 15 years." (review 36), where CNN's "it will be up to the judge to
    decide" tells the rest. The figure is the outlet's own once, not twice; its place goes to the next sentence. A
    sentence on no other outlet's topic, with a name or another figure of its own, or on another point than the
    item's, stays."""
    kept: list[tuple[float, SentenceView, list]] = []
    given: list[tuple[int, set[_Figure]]] = []  # each kept item's sentence row and figures
    for entry in scored:
        if len(kept) == per_article:
            break
        v = entry[1]
        if v.start in again and again[v.start] and any(
                again[v.start] <= figures and float(matrix[row] @ matrix[v.index]) >= SAID_TWICE
                for row, figures in given):
            continue
        kept.append(entry)
        given.append((v.index, {_figure(c) for spans in entry[2] for c in ann.claims
                                if isinstance(c, Claim) and any(c.start == s for s, _ in spans)}))
    return kept


# A heading: a line of at most this many words not closed as a sentence ("More Mueller report drops Thursday")
HEADING_WORDS = 12
_HEADING_CLOSE = ".!?\"”’':;)…,"
# every sentence of another event's section stays below this cosine with every other outlet's sentences (related
# sentences of one event live at 0.50-0.65; a digest's other stories at 0.11-0.33 in review 31)
OTHER_NEWS = 0.40


# Session 45, helper C (review 14's CNN markets wrap quotes traders' posts one a line, "ItsMeexD: well $HPQ over here
# going parabolic #wtf", which read as a heading, so the paragraph under it was taken for a digest's item on other
# news):
# a line that quotes someone is no heading: a pull quote set apart (a line opening with a quotation mark that it does
# not close, its words running on, or closes before a dash and the source: '"No. No. No." — House of Commons'; a
# heading may open with a quoted phrase, "'Everything is burning': History ablaze at Notre Dame"), one naming an
# account ("@RiverFan"), or one opened by an account's name and a colon, the name shaped as a handle ("Fan_88:",
# "RiverFan:") or the words after it marked as a post's (a cashtag "$ACME" or a hashtag "#wtf")
_QUOTE_OPENING = "\"“‘'«„"
_QUOTE_CLOSING = re.compile(r"[\"”’'»](?![A-Za-z])")  # a closing mark, not an apostrophe ("isn't", "Trump's")
_SIGNED = re.compile(r"\s*(?:—|–|--|-)\s*\S")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z_]\w{1,14}\b")
_ACCOUNT_COLON = re.compile(r"([A-Za-z0-9_.]{2,30}):\s")
_HANDLE_SHAPED = re.compile(r"[A-Za-z]*(?:[a-z]{2}[A-Z]|[0-9_])")  # "svKatface", "Fan_88"; not "McCain"
_POST_LENGTH = 300  # a post's longest (tweets.py's `_LONGEST`)
_POST_MARK = re.compile(r"(?<![\w$])\$[A-Z]{1,5}\b|(?<![\w&#])#[A-Za-z]\w*")


def _quoting_line(bare: str) -> bool:
    """Whether the line `bare` (stripped) quotes someone, a pull quote or a post, rather than heading a section."""
    if bare[0] in _QUOTE_OPENING:
        close = _QUOTE_CLOSING.search(bare, 2)
        if close is None or _SIGNED.match(bare, close.end()):
            return True  # a quotation running on past the line, or signed by its source
    if _HANDLE.search(bare):
        return True
    m = _ACCOUNT_COLON.match(bare)
    return m is not None and (_HANDLE_SHAPED.match(m.group(1)) is not None or _POST_MARK.search(bare) is not None)


def _post_lines(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines of embedded posts: a line holding a post's signature ("— Jo Roe (@jroe) May 1, 2019")
    and the short lines above it not closed as sentences, the post's own words ("Pungo River is raging across
    Belhaven, NC" above "Stay safe y'all! pic.twitter.com/... — Michelle (@chromatichues) September 14, 2018",
    review 12), which read as headings once the signature line heads nothing."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not (SIGNATURE.search(line) or SIGNED.search(line)):
            continue
        out.add(k)
        j, size = k - 1, 0
        while j >= 0 and size <= 2 * _POST_LENGTH:
            bare = lines[j].strip()
            if bare and (bare[-1] in _HEADING_CLOSE or k - j > 8):
                break
            size += len(bare)
            out.add(j)
            j -= 1
    return out


def _sections(text: str, people: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The parts of `text` between its heading lines (`HEADING_WORDS`, its first letter a capital, not all capitals,
    not one of `people`'s names, lower case: a transcript's speaker label, "aimee stephens", "MICHAEL BARBARO", is
    no heading; nor is a line quoting a post or a pull quote, `_quoting_line`), each from its heading on; one part
    when there is no heading after the first line."""
    cuts, pos = [], 0
    lines = text.split("\n")
    in_post = _post_lines(lines)
    for k, line in enumerate(lines):
        bare = line.strip()
        first = next((ch for ch in bare if ch.isalpha()), "")
        if (pos and bare and len(bare.split()) <= HEADING_WORDS and bare[-1] not in _HEADING_CLOSE
                and first.isupper() and not bare.isupper() and bare.lower() not in people
                and not _quoting_line(bare) and k not in in_post):
            cuts.append(pos)
        pos += len(line) + 1
    bounds = [0, *cuts, len(text)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def _other_news(text: str, mine: Sequence[SentenceView], best: np.ndarray | None, ann: Annotation,
                elsewhere: str) -> set[int]:
    """The starts of the sentences of an article's sections that report another event: a digest (a newsletter's
    "The Short List", a morning briefing) gives the day's stories each under its heading, and only one is this
    story's. A section is another event's when the article has a section on the story (a sentence at
    `UNIQUE_THRESHOLD` or above with another outlet's), none of its own sentences comes to `OTHER_NEWS` with any
    other outlet's sentence (`best`, each sentence's best cosine, by row), and fewer than half the names it gives
    stand in the other outlets' text (`elsewhere`, lower case): the Mueller report or a golfer's medal in a digest
    led by a cathedral's fire. An article without headings, or whose every section is far, is left alone."""
    if best is None:
        return set()
    parts = _sections(text, frozenset(e.name.lower() for e in ann.entities if e.type == "PERSON"))
    if len(parts) < 2:
        return set()
    rows = [[v for v in mine if lo <= v.start < hi] for lo, hi in parts]
    tops = [max((float(best[v.index]) for v in vs), default=None) for vs in rows]
    if not any(t is not None and t >= UNIQUE_THRESHOLD for t in tops):
        return set()
    far: set[int] = set()
    for (lo, hi), vs, top in zip(parts, rows, tops):
        if top is None or top >= OTHER_NEWS:
            continue
        names = {e.name.lower() for e in ann.entities if e.type in _NAMED and lo <= e.start < hi}
        if 2 * sum(n in elsewhere for n in names) >= len(names) > 0:
            continue  # it names what the story's other outlets name: this story's, told far from their words
        far |= {v.start for v in vs}
    return far


# a count given without its figure: "dozens of Iranians and Canadians", "hundreds of protesters"
_VAGUE_COUNT = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|several|many)\s+(?:of\s+)?"
                          r"((?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)){0,3}[\w-]+)", re.IGNORECASE)


def _counted_vaguely(after: str, partners: Sequence[str]) -> bool:
    """Whether the thing a figure counts (the word right after it, `after` the sentence's text from the figure's
    end) is what another sentence of its shared point counts without a figure ("82 Iranians" beside "dozens of
    Iranians and Canadians"): one quantity, the other outlet less exact."""
    m = re.match(r"\s+([A-Za-z][\w-]+)", after)
    if not m:
        return False
    noun = m.group(1).lower().removesuffix("s")
    return any(noun == w.lower().removesuffix("s")
               for p in partners for g in _VAGUE_COUNT.finditer(p) for w in re.findall(r"[\w-]+", g.group(1)))


def _quotation_start(text: str, start: int, views: Sequence[SentenceView]) -> int:
    """Where the sentence at `start` is to be listed from: the start of the sentence (of `views`,
    one article's) in which a quotation it opens inside of opens, in its paragraph (an odd number
    of straight double marks, or more opening than closing curly ones, before it: '"Judging is not
    a game. It's not supposed to be a game," Sen. Cruz said.' cut after "game."; review 20), when
    that is at most `QUOTED_BACK` sentences before it, or more sentences holding at most `QUOTED_SHORT`
    characters; else `start`."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    if before.count('"') % 2:
        mark = before.rfind('"')
    elif before.count("“") > before.count("”"):
        mark = before.rfind("“")
    else:
        return start
    at = para + mark
    opens = [v for v in views if v.start <= at < v.end or at <= v.start < start]
    if not opens or (sum(1 for v in views if opens[0].start <= v.start < start) > QUOTED_BACK
                     and start - opens[0].start > QUOTED_SHORT):
        return start  # a long quotation (a speech's transcript) is not listed whole: its tail stands
    return opens[0].start


# a sentence's end: a stop, a closing mark or bracket after it aside
_ENDS_AS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _head_paired(text: str, v: SentenceView, views: Sequence[SentenceView], paired: set[int]) -> bool:
    """Whether the sentence `v` lies inside a quotation opened in an earlier sentence (`_quotation_start`) one of
    whose sentences before `v` is a shared point's (its start in `paired`) and ends as a sentence does. Listed from
    the quotation's start, the item would show that point, which the reports list among the shared ones, as this
    outlet's own (review 35: Reuters' tweet '“Felony criminal charges have been approved by @CookCountySAO against
    Jussie Smollett ... Detectives will make contact with his legal team ...,” police spokesman Anthony Guglielmi
    said on Twitter.', its head paired with Newsmax's report of the charges): it is listed from its own start. A
    head the splitter cut short of its stop ('“... iconic stars like Serena' before '[Williams] backing Colin ...',
    review 13) is no statement of its own: the item is read whole."""
    start = _quotation_start(text, v.start, views)
    return start < v.start and any(start <= w.start < v.start and w.start in paired
                                   and _ENDS_AS_SENTENCE.search(w.text) is not None for w in views)


def _published_year(published: str | None) -> int | None:
    """The year of an article's ISO day ("2012-12-07" -> 2012), None when its day is unknown."""
    m = re.match(r"(\d{4})-", published or "")
    return int(m.group(1)) if m else None


def _background_told(v: SentenceView, ann: Annotation, published: str | None, near: Sequence[str]) -> bool:
    """Whether the sentence recalls an earlier event (a year or date at least a year before the article's day) the
    way one sentence of another outlet on its topic (`near`) does: that sentence gives each of its figures, the date
    and at least one other ("In July 2000, an Air France Concorde flying between Paris and New York crashed during
    takeoff near Paris, killing 113 people." beside USA Today's "... since a Concorde jet crash outside Paris in July
    2000 killed 113 people.", review 35). The names it adds (the airline, the route) describe that event, background
    both outlets give, and are no details of the story's, but for a person's, who tells it (review 21's "... from the
    10 percent high seen in October 2009, ..., Ms. Shierholz noted"); a figure the other sentence lacks leaves them
    new."""
    year = _published_year(published)
    if year is None or not near:
        return False
    claims = [c for c in ann.claims if isinstance(c, Claim) and v.start <= c.start and c.end <= v.end
              and c.value is not None and isinstance(c.unit, str) and _NUMERAL.search(c.text)]
    years = [int(c.value) // 10000 if c.unit.lower() == "date" and c.value >= 10000 else int(c.value)
             for c in claims if c.unit.lower() in ("year", "date")]
    if not any(1000 <= y <= year - 1 for y in years) or len(years) == len(claims):
        return False
    numerals = [n.group(0) for c in claims if (n := _NUMERAL.search(c.text)) is not None]
    return any(all(numeral_in(n, sentence) for n in numerals) for sentence in near)


# an aside set off by a pair of dashes ("elected at 78 - already the oldest in nearly 300 years - he ..."), and an
# appositive after a person's name, a noun phrase up to its closing comma ("John McCain, the 80-year-old senator and
# 2008 nominee,", "Comey, 56,"); a relative clause ("Bolsonaro, who ... despite a 27-year career ...,", "Kaepernick
# — who signed with the brand in 2011 —") tells more
_DASH = re.compile(r"\s(?:--|[-–—])\s")
_APPOSITIVE = re.compile(r",\s+((?:the|an?|\d)\b[^,;:\"“”()]{0,90}),")
_RELATIVE = re.compile(r"(?:who|whom|whose|which|that)\b", re.IGNORECASE)
# a preposition up to two words before a year or a date: it dates a step of its own ("a white woman appointed police
# chief in December 2016", review 16), no label of who someone is ("the 2008 nominee")
_DATED = re.compile(r"\b(?:in|on|at|since|from|until|till|by|during|through|after|before)\s+(?:[\w.'’-]+\s+){0,2}$",
                    re.IGNORECASE)


def _in_aside(v: SentenceView, ann: Annotation, start: int, end: int, paired: bool = False) -> bool:
    """Whether the span start..end of the sentence stands in an aside: between two dashes, or in the appositive that
    follows a person's name ("John McCain, the maverick 80-year-old senator and 2008 Republican presidential nominee,
    cast the deciding vote"; review 25). A writer's aside says who someone is or sets a record beside the fact (an
    age, the year of an earlier role, "the oldest in nearly 300 years"), so it makes no sentence another outlet
    paraphrases an item of its own; a figure in the clause itself ("cast the deciding vote 51-49") still does, and so
    do a relative clause between dashes and a year or date an aside dates a step by ("Shields, a white woman
    appointed police chief in December 2016,", review 16; "— who signed with the brand in 2011 —", review 13).
    When the sentence is `paired` (a shared point holds it: another outlet reports its main clause), a relative
    clause between commas after a person's name is an aside too ("Nielsen, who oversaw ... during her tumultuous
    16-month tenure, resigned on Sunday", review 34): it tells who the person is beside the shared fact. So is a
    clause "when ..." after a year, up to its comma or the sentence's end: it tells what that year saw, the record the
    sentence sets beside the fact ("the deadliest in French territory since 1981, when 180 people died in ...",
    review 35)."""
    s, e = start - v.start, end - v.start
    if any(c.start == start and isinstance(c.unit, str) and c.unit.lower() in ("year", "date")
           for c in ann.claims) and _DATED.search(v.text, 0, s):
        return False
    dashes = list(_DASH.finditer(v.text))
    if any(a.end() <= s and e <= b.start() and not _RELATIVE.match(v.text, a.end())
           for a, b in zip(dashes[::2], dashes[1::2])):
        return True
    for c in ann.claims:  # what happened in the year a record is told from: "since 1981, when 180 people died ..."
        if (isinstance(c, Claim) and isinstance(c.unit, str) and c.unit.lower() == "year" and v.start <= c.start
                and c.end <= v.end and (m := _WHEN_AFTER.match(v.text, c.end - v.start)) is not None
                and m.start(1) <= s and e <= m.end(1)):
            return True
    for ent in ann.entities:
        if ent.type == "PERSON" and v.start <= ent.start and ent.end <= v.end:
            m = _APPOSITIVE.match(v.text, ent.end - v.start)
            if m and m.start(1) <= s and e <= m.end(1):
                return True
            m = _RELATIVE_AFTER.match(v.text, ent.end - v.start) if paired else None
            if m and m.start(1) <= s and e <= m.end(1):
                return True
    return False


# a relative clause set off by commas right after a person's name: ", who oversaw ... her 16-month tenure,"
# ... and one of time after a year: ", when 180 people died in the crash of ..."
_WHEN_AFTER = re.compile(r",\s+(when\b[^,;:\"“”()]{0,150}?)\s*(?:,|[.!?]?\s*$)")
_RELATIVE_AFTER = re.compile(r"['’]?,\s+((?:who|whose)\b[^,;:\"“”()]{0,150}),")
# a month named as a word (a date's "April" of "April 29, 2019"), and a day or a year written right after it
_MONTH_WORD = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+(\d{1,4})\b)?(?:,?\s+(\d{4})\b)?")


def _dated_by_month(date: str, partners: Sequence[str]) -> bool:
    """Whether a date of a shared point's sentence (`date`, as written: "April 29, 2019") is one another sentence
    of its point (`partners`) gives by its month alone ("In April, a video ... showed ...", review 34): one date, told
    less exactly. A partner's month with another day or year beside it ("April 3", "April 2018") is another date."""
    m = _MONTH_WORD.search(date)
    if m is None or (m.start() > 0 and not date[:m.start()].strip().isdigit()):
        return False
    month = m.group(1)[:3].lower()
    day, year = (m.group(2) or ""), (m.group(3) or "")
    if len(day) == 4:
        day, year = "", day
    for p in partners:
        for n in _MONTH_WORD.finditer(p):
            if n.group(1)[:3].lower() != month:
                continue
            their_day, their_year = (n.group(2) or ""), (n.group(3) or "")
            if len(their_day) == 4:
                their_day, their_year = "", their_day
            if (not their_day or their_day == day) and (not their_year or their_year == year):
                return True
    return False


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")

# A sentence with no figure or name of its own, unlike any other outlet's sentence (the cosine
# below `UNIQUE_THRESHOLD`), still restates another outlet's passage when at least `RESTATED` of
# its content words (stemmed; figures as numerals; `RESTATED_MIN` of them or more) stand in a run
# of at most `RESTATED_SPAN` consecutive sentences of one other article: the embedding reads a long
# sentence, or one point told over two or three, as far from a short one. Fit on unique_items.py's
# judged items (docs/comparison.md): 0.67 drops the same items, 0.75 one fewer, 0.60 some judged own.
RESTATED = 0.7
RESTATED_MIN = 4
RESTATED_SPAN = 3
# endings cut before a word's first six letters are compared ("voted", "voters", "vote": "vot")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "s", "ly", "e")


def _stem(word: str) -> str:
    """A crude stem: one regular ending off, then the first six letters ("advanced" -> "advanc")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return word[:6]


# words outlets write for one thing, read as one: "Congress passed a government funding bill Thursday evening."
# restates "The spending package passed Thursday by Congress ..." (review 29). Only words that name the same thing in
# a report of a legislature's day; a word of more senses ("measure", "act") stays itself
_SAME_WORD = {"package": "bill", "packages": "bills", "legislation": "bill", "spending": "funding",
              "evening": "night", "evenings": "nights"}


def _content(text: str) -> frozenset[str]:
    """The stems of a text's content words (stop words, number words and words of two letters
    aside, `_SAME_WORD`'s words read as their common one) and its numerals."""
    return frozenset(w.rstrip(".,") if w[0].isdigit() else _stem(_SAME_WORD.get(w, w))
                     for w in words(text, numbers=True)
                     if w not in STOP_WORDS and w not in NUMBER_WORDS and (len(w) > 2 or w[0].isdigit()))


def _passages(views: Sequence[SentenceView]) -> list[frozenset[str]]:
    """The content words of each run of one to `RESTATED_SPAN` consecutive sentences of one
    article, the views given in article order."""
    sets = [_content(v.text) for v in views]
    out = list(sets)
    for span in range(2, RESTATED_SPAN + 1):
        for i in range(len(views) - span + 1):
            if views[i].article == views[i + span - 1].article:
                out.append(frozenset().union(*sets[i:i + span]))
    return out


def _restated(text: str, passages: Sequence[frozenset[str]]) -> bool:
    """Whether one of the other outlets' `passages` holds `RESTATED` of the sentence's content
    words. Not asked of a sentence with quotation marks: words only it quotes are a statement
    of its own (a quotation another outlet quotes too is `_quoted_elsewhere`'s)."""
    if any(m in text for m in _QUOTE_MARKS):
        return False
    mine = _content(text)
    if len(mine) < RESTATED_MIN:
        return False
    need = RESTATED * len(mine)
    return any(len(mine & p) >= need for p in passages)


# two values of one quantity this near (a share of the larger) are one figure told two ways: "$3.5 billion" from the
# military construction budget beside another outlet's "$3.6 billion from military construction projects" (review 29,
# 2.8% apart); "4,710" beside "about 4,500" (4.5%) is another count (test_compare_unique.py)
ANOTHER_VALUE = 0.03
# ... for figures (shares aside) of at least this much: two small counts a unit apart are as often two things (review
# 16's ages "65 and 84" beside "25 to 64")
ANOTHER_LEAST = 100
# ... a share within this many points as well ("6.9 points", "7 percentage points"): shares two points apart are as
# often two groups' ("50 percent" of voters, "52 percent" of women); "0.5%" and "0.9%" two indexes' moves
ANOTHER_POINTS = 1.0
# ... and two figures set beside one both give, the larger at most this many times the other: "roughly 520,000" and
# "400,000" beside "1.6 million" (one count at two values); "$200 million" and "$2.5 billion" beside "$600 million"
# are two sums of a list
ANOTHER_FACTOR = 2.0


def _another_value(c: Claim, text: str, mine: Sequence[Claim], near: Sequence[Sequence[tuple[_Figure, str | None]]],
                   close: Sequence[Sequence[tuple[_Figure, str | None]]] = ()) -> bool:
    """Whether amount `c` of a sentence (whose amounts are `mine`, in its article's `text`) is another outlet's figure
    of one quantity at another value: a sentence of another outlet that paraphrases it (`close`: each such sentence's
    amounts with the word each counts, `_counted_word`, from a cosine of `SHARED_THRESHOLD` up) gives a figure of its
    unit within `ANOTHER_VALUE` of it ("$3.5 billion", "$3.6 billion"; a share also within `ANOTHER_POINTS`, any other
    figure of `ANOTHER_LEAST` or more; not a sentence only on its topic: "51.88 inches" measured beside a forecast's
    "may reach 50 inches"), or a sentence on its topic (`near`, from `UNIQUE_THRESHOLD` up) and it set a figure each
    beside one figure they share, alone of their unit in both ("roughly 520,000 arrests ..., about one-third of the 1.6
    million arrests that happened in 2000" beside "apprehensions have actually fallen ..., to 400,000 in the last fiscal
    year from a peak of 1.6 million"), the two at most `ANOTHER_FACTOR` apart and no shares: the same comparison, at
    another value. Ages aside; a figure of a unit the other sentence does not give stays new, and so does one of a list
    ("$200 million from ... and another $600 million from ..." beside "$2.5 billion from ... and $600 million from
    ..."), and a count of another thing, both naming what they count ("21 arrested", "20 injured")."""
    value, unit, age = _figure(c)
    if age or not value:
        return False
    word = _counted_word(text[c.end:])
    share = unit in ("percent", "percentage points")
    own = {f[0] for f in map(_figure, mine) if f[1] == unit and not f[2]}

    def of_unit(row: Sequence[tuple[_Figure, str | None]]) -> set[float]:
        return {f[0] for f, w in row if f[1] == unit and not f[2]
                and (unit != "count" or word is None or w is None or w == word)}

    if any(t != value and abs(t - value) <= ANOTHER_VALUE * max(abs(t), abs(value))
           and (abs(t - value) <= ANOTHER_POINTS if share else max(abs(t), abs(value)) >= ANOTHER_LEAST)
           for row in close for t in of_unit(row)):
        return True
    if share:
        return False  # shares set side by side are as often two groups' ("52% of women, 45% of men")
    for row in near:
        theirs = of_unit(row)
        if len(own) == 2 and len(theirs) == 2 and len(own & theirs) == 1 and value not in theirs:
            other = next(iter(theirs - own))
            if max(abs(other), abs(value)) <= ANOTHER_FACTOR * min(abs(other), abs(value)):
                return True
    return False


# a figure the article gives again is told again only from this value: "3" twice may count two things
AGAIN_LEAST = 10


def _told_again(contested: set[tuple[str, int]], annotations: Mapping[str, Annotation]) -> set[tuple[str, int]]:
    """The claims (article, start) that give again, elsewhere in their article, the value and unit of one of its
    `contested` amounts (a figure another outlet gives at another value): "at least 149 deaths" in the lead beside
    "at least 149 people had been killed" further down, which the dispute stage set against another outlet's 235.
    One quantity told twice by one outlet is not new the second time either. Values under `AGAIN_LEAST` are left."""
    keys: dict[str, set[tuple[float, str]]] = {}
    for article, start in contested:
        ann = annotations.get(article)
        for c in ann.claims if ann is not None else ():
            if c.start == start and _counts(c) and float(c.value) >= AGAIN_LEAST:
                keys.setdefault(article, set()).add((round(float(c.value), 6), c.unit.lower()))
    return {(article, c.start) for article, ks in keys.items() for c in annotations[article].claims
            if _counts(c) and (round(float(c.value), 6), c.unit.lower()) in ks}


def _counts(c: object) -> bool:
    """A claim of an amount: a year or a date says when, not how much."""
    return isinstance(c, Claim) and isinstance(c.unit, str) and c.unit.lower() not in ("year", "date")


def _word_string(text: str) -> str:
    """The words of `text`, lower case, spaced: " a b c " (quotation marks, apostrophes and
    other punctuation aside), to find a run of words whatever the marks around them."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _quoted_elsewhere(v: SentenceView, ann: Annotation, other_words: str) -> bool:
    """Whether a direct quotation in the sentence stands in the other outlets' text too
    (`other_words`, from `_word_string`): `QUOTED_RUN` words or more of it, and at least
    half of it, word for word (one outlet may quote more of the statement than the other); or the
    whole of a shorter quotation of `QUOTED_WHOLE` words or more, its leading article aside. A quotation opening in
    the sentence and running on past it is read whole, and also as far as the sentence holds it: review 32's Times
    sentence '... Mr. Obama said "This is not some distant problem of the future.' opens a statement of 44 words, of
    which CNN prints those 9. (A sentence inside a quotation opened before it is listed from where the quotation
    opens, `_quotation_start`: its item is the statement's head and the sentence, read whole.)"""
    for q in ann.quotes:
        if not (q.direct and q.start < v.end and q.end > v.start):
            continue
        readings = [q.text]
        if v.start <= q.start and q.end > v.end and q.end - q.start == len(q.text):
            readings.append(v.text[max(q.start, v.start) - v.start:min(q.end, v.end) - v.start])
        for words in readings:
            said = re.findall(r"[a-z0-9]+", words.lower())[:80]
            need = max(QUOTED_RUN, (len(said) + 1) // 2)
            whole = said[1:] if said and said[0] in ("a", "an", "the") else said
            if QUOTED_WHOLE <= len(whole) < need and " " + " ".join(whole) + " " in other_words:
                return True
            if len(said) >= need and any(" " + " ".join(said[i:i + need]) + " " in other_words
                                         for i in range(len(said) - need + 1)):
                return True
    return False


# a quotation of a few words in a sentence ('... referred to a reporter in the scrum as a "jackass."'), at most this
# many words: a longer one is `_quoted_elsewhere`'s
SHORT_QUOTE = QUOTED_WHOLE - 1
_QUOTED_SPAN = re.compile(r'["“]([^"“”]{1,80}?)[,.!?]?["”]')
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _short_quote_elsewhere(sentence: str, written: str) -> bool:
    """Whether the sentence's quotations, each of at most `SHORT_QUOTE` words and one of them at least not a stop
    word, are each quoted whole, in quotation marks, in another outlet's text (`written`, as written), near a
    word of the sentence's own (lower case, no stop word: "reporter" beside "reporters'") outside the quotation:
    outlets setting one word or phrase of a statement in quotation marks, each in its own words around it,
    report the same statement (review 29: Fox's "referred to a reporter ... as a "jackass."" and HuffPost's
    "refusing to answer reporters' questions ... calling one a "jackass""). A word quoted alone in a sentence on
    something else stays the sentence's own."""
    spans = list(_QUOTED_SPAN.finditer(sentence))
    if not spans or sentence.count('"') + sentence.count("“") + sentence.count("”") != 2 * len(spans):
        return False
    quoted = set()
    for m in spans:
        said = re.findall(r"[a-z0-9'’]+", m.group(1).lower())
        if not said or len(said) > SHORT_QUOTE:
            return False
        quoted |= {_stem(w) for w in said}
    if not any(w not in STOP_WORDS for m in spans for w in re.findall(r"[a-z0-9'’]+", m.group(1).lower())):
        return False
    outside = _QUOTED_SPAN.sub(" ", sentence)
    mine = {_stem(w) for w in _LOWER_WORD.findall(outside) if w not in STOP_WORDS} - quoted
    for m in spans:
        said = re.findall(r"[A-Za-z0-9'’]+", m.group(1))
        pattern = r'["“]\s*' + r"\W+".join(map(re.escape, said)) + r'\s*[,.!?]?\s*["”]'
        near = False
        for found in re.finditer(pattern, written, re.IGNORECASE):
            around = written[max(0, found.start() - 200):found.end() + 100]
            if mine & {_stem(w) for w in _LOWER_WORD.findall(around) if w not in STOP_WORDS}:
                near = True
                break
        if not near:
            return False
    return True


# value, unit and whether it is an age (a figure without the third is no age)
_Figure = tuple[float, str, bool] | tuple[float, str]


def _figure(c: Claim) -> _Figure:
    return round(float(c.value), 6), c.unit.lower(), is_age(c)


# BOUND_SLACK (numbers.py): "more than 2 percent" for "2.3%"; "more than 100" is no "140"
CLOSE = 0.025  # a rounded figure this near: "40%" is not "38%" rounded, "200" is "202"
# a price is told in whole units and cents below this much ("$35.50", "$9.99"); a larger sum with a fraction is
# one in millions or billions written short ("$35.5 million")
CENTS_LEAST = 1000.0
# the currencies the claims stage reads (figures' units are lower-cased)
_MONEY = frozenset({*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values(), *CURRENCY_ADJECTIVES.values()})


def _printed(figure: _Figure, printed: set[_Figure]) -> bool:
    """Whether another outlet gives the figure: the same unit and value ("almost 8 years",
    "eight years"), or one of the two is the other rounded: it has at most two significant
    digits, fewer than the other, which rounds to it and lies within `CLOSE` of it ("4,500"
    and "4,493", "200" and "202"; not "40%" and "38%"). Two figures as precise as each
    other ("76", "77") are two figures. Durations in two units of time are compared in
    this figure's unit ("270 months" is "22 1/2 years"); ages are not converted. A price
    told without its cents is the price (`_cents_dropped`)."""
    value, unit, *age = figure
    for v, u, *other_age in printed:
        if u != unit:
            converted = None if any(age) or any(other_age) else duration_in(v, u, unit)
            if converted is None:
                continue
            v = round(converted, 6)
        if v == value:
            return True
        if _cents_dropped(value, v, unit):
            return True
        (rough, exact) = (v, value) if _significant(v) < _significant(value) else (value, v)
        digits = _significant(rough)
        if rough and digits < _significant(exact) and digits <= 2:
            scale = 10.0 ** (math.floor(math.log10(abs(rough))) - digits + 1)
            if math.isclose(round(exact / scale) * scale, rough) and abs(exact - rough) <= CLOSE * abs(exact):
                return True
    return False


def _cents_dropped(value: float, other: float, unit: str) -> bool:
    """Whether one of two sums of money is the other with its cents left off: "took their $35" beside "the license
    fee of $35.50" (review 26), a price told in whole dollars (cut, not rounded: $35.50 rounds to $36). Only an
    amount of whole units beside one of units and cents under `CENTS_LEAST` ("$35.5 million" is no amount in cents:
    "$35 million" beside it is another sum), and only money."""
    if unit.upper() not in _MONEY or not (math.isfinite(value) and math.isfinite(other)):
        return False
    whole, cents = (value, other) if value == int(value) else (other, value)
    return (whole == int(whole) and cents != int(cents) and cents < CENTS_LEAST
            and math.isclose(cents * 100, round(cents * 100)) and int(cents) == whole)


def _bound_met(c: Claim, printed: set[_Figure]) -> bool:
    """Whether a lower bound in round figures is another outlet's exact figure in other
    words: "more than 5,000 products" beside "5,140 products", "more than 2 percent" beside
    "2.3%". A writer rounds a figure down to a bound at one or two significant digits: the
    other figure (same unit, no age) exceeds the bound by at most `BOUND_SLACK` of it and
    comes down to the bound when cut to its precision. Other hedges ("about 50", "as many
    as 100 million") say less about which figure they stand for, and stay details."""
    value = float(c.value)
    if c.low is None or c.high is not None or c.low != value or value <= 0 or _significant(value) > 2 or is_age(c):
        return False
    unit = c.unit.lower()
    scale = 10.0 ** (math.floor(math.log10(value)) - _significant(value) + 1)
    return any(u == unit and not any(age) and value < v <= value * (1 + BOUND_SLACK)
               and math.isclose(math.floor(v / scale + 1e-9) * scale, value) for v, u, *age in printed)


def _what_counted(c: Claim, after: str) -> str | None:
    """The word a count counts (`_counted_word`), read after its numeral in the claim and on in `after` (the text from
    the claim's end): "60 Democrats" -> "democrat"; None for another unit's figure or a number no word follows
    ("Schumer, 66, who")."""
    m = _NUMERAL.search(c.text)
    if c.unit.lower() != "count" or m is None:
        return None
    return _counted_word(c.text[m.end():] + after[:60])


def _bound(c: Claim, after: str) -> tuple[str, float, str | None] | None:
    """(unit, bound, the word a count counts) of a lower bound in round figures ("more than nine hours", "more than
    60 Democrats": one or two significant digits), no age; None for any other figure."""
    value = float(c.value)
    if (c.low is None or c.high is not None or c.low != value or value <= 0 or _significant(value) > 2
            or is_age(c) or hedge_family(c.hedge) != AT_LEAST):
        return None
    return c.unit.lower(), value, _what_counted(c, after)


# units of a share: never given by another outlet's bound (`_within_bound`)
_SHARES = frozenset({"percent", "%", "point", "points", "percentage point", "percentage points"})


def _within_bound(c: Claim, after: str, bounds: set[tuple[str, float, str | None]]) -> bool:
    """Whether the figure is one another outlet gives as a lower bound in round figures (`_bound`), the reverse of
    `_bound_met`: an exact figure, or one "almost" or "nearly" it, that comes down to the bound when cut to the
    bound's precision and exceeds it by at most `BOUND_SLACK` ("nine and a half hours" or "almost 10 hours" beside
    "more than nine hours", review 31). "10 hours" is no "more than nine", nor "about 10" (either side of it); a
    count must count the word the bound counts ("66" in "Schumer, 66, who ..." is no "more than 60 Democrats"), and a
    share is left out: a story's many shares ("more than 7%" of one index, "7.7%" of another, review 16) say too
    little of which is which."""
    unit = c.unit.lower()
    if (c.low is None or c.high is None or is_age(c) or hedge_family(c.hedge) not in (None, NEAR_UNDER)
            or unit in _SHARES):
        return False
    word = _what_counted(c, after)
    for u, b, w in bounds:
        if u != unit or (unit == "count" and (word is None or w != word)):
            continue
        scale = 10.0 ** (math.floor(math.log10(b)) - _significant(b) + 1)
        if b < c.high <= b * (1 + BOUND_SLACK) and c.low < b + scale:
            return True
    return False


# words after a count that say nothing of what it counts ("wounded 230 others"): they neither agree nor clash
_GENERIC_COUNTED = frozenset({"other", "more", "additional", "further"})
# the least and the most a count in words stands for, telling a figure it can be ("hundreds of others": 520, not 90);
# "dozens" is left out, too loose a word (review 27's "32 states would likely offer sports betting" is no "dozens of
# states will seek a cut")
_VAGUE_RANGE = {"hundreds": (200, 1000), "thousands": (2000, 1e6), "millions": (2e6, 1e9)}


def _word_counted(c: Claim, text: str) -> str | None:
    """The word a figure counts (`_counted_word`), read after its numeral in the claim and on in its article's `text`,
    a possessive's mark aside ("firefighters' lives" counts firefighters); "other" for "others", a stop word that
    still tells a count of people or things ("wounded 230 others")."""
    m = _NUMERAL.search(c.text)
    tail = (c.text[m.end():] if m else "") + text[c.end:c.end + 60]
    if re.match(r"\s*others?\b", tail, re.IGNORECASE):
        return "other"
    return _singular(_counted_word(tail))


def _singular(word: str | None) -> str | None:
    return word.rstrip("'’").removesuffix("s") if word else None


def _unit_of_share(unit: str) -> str:
    return "percent" if unit in ("%", "percent") else unit


def _rounded_near(c: Claim, text: str, near: Sequence[tuple[str, float, str | None]],
                  close: Sequence[tuple[str, float, str | None]], near_text: Sequence[str]) -> bool:
    """Whether figure `c` (in its article's `text`) is another outlet's, told there less exactly in a sentence on its
    topic: `near` holds the round lower bounds (`_bound`) of the other outlets' sentences from `UNIQUE_THRESHOLD` up,
    `close` those from `SHARED_THRESHOLD` up, `near_text` the sentences from `UNIQUE_THRESHOLD` up. An exact figure
    (or one "almost" it) that comes down to such a bound at the bound's precision and exceeds it by at most
    `BOUND_SLACK` ("wounded 230 others" beside "more than 200 wounded", review 17); a share only beside a paraphrase's
    bound ("83% of Americans opposed the plan" beside "more than 80 percent of respondents opposed a repeal", review
    33), a story's shares being many (`_within_bound`); or a count a sentence on its topic gives in words of its size,
    counting its word ("more than 520 others" beside "wounded hundreds of others", review 19). A count must count
    what the bound counts when both name it ("230 protesters" is no "more than 200 wounded"); "others" names
    nothing."""
    value, unit, age = _figure(c)
    if age or value <= 0:
        return False
    unit = _unit_of_share(unit)
    word = _word_counted(c, text)
    if c.low is not None and c.high is not None and hedge_family(c.hedge) in (None, NEAR_UNDER):
        for u, b, w in (close if unit in _SHARES else near):
            if _unit_of_share(u) != unit or b <= 0:
                continue
            w = _singular(w)
            if unit == "count" and word and w and word != w and not {word, w} & _GENERIC_COUNTED:
                continue
            scale = 10.0 ** (math.floor(math.log10(b)) - _significant(b) + 1)
            if b < float(c.high) <= b * (1 + BOUND_SLACK) and float(c.low) < b + scale:
                return True
    if unit == "count" and word:
        for sentence in near_text:
            for g in _VAGUE_COUNT.finditer(sentence):
                least, most = _VAGUE_RANGE.get(g.group(0).split()[0].lower(), (0, 0))
                counted = re.match(r"[\w-]+", g.group(1))
                if least <= value < most and counted and _singular(counted.group(0).lower()) == word:
                    return True
    return False


# a superlative picking one thing out of a class, up to a bound ("the most recent wildfire that claimed more than 10")
_PICKED_OUT = re.compile(r"\b(?:the|its|their)\s+(?:first|last|latest|most\s+recent|only|previous)\b[^,;:.!?]*$",
                         re.IGNORECASE)


def _bound_of_own(c: Claim, text: str, here: Sequence[Claim], start: int) -> bool:
    """Whether a round lower bound only defines the class a superlative picks its sentence's thing out of, and the
    sentence's own exact figure of the same thing, later, is the figure: "The most recent wildfire that claimed more
    than 10 firefighters' lives was the South Canyon fire ..., which killed 14 firefighters in 1994" (review 33)
    tells the 14. Both must count one word, named; `start` is where the sentence opens. Not a bound outside such a
    phrase: "lost more than 20 seats to ... 35 seats" (review 25) gives two counts."""
    bound = _bound(c, text[c.end:])
    word = _word_counted(c, text)
    if bound is None or not word or word in _GENERIC_COUNTED or not _PICKED_OUT.search(text[start:c.start]):
        return False
    return any(o.start > c.end and o.unit.lower() == bound[0] and o.low is not None and o.low == o.high
               and float(o.value) > bound[1] and not o.hedge and _word_counted(o, text) == word for o in here)


# a year that only says which one of a thing the sentence names, after "the": "the 2016 presidential campaign", "the
# 2018 midterm elections" (the thing is the last of up to three words in lower case after the year, before a stop word)
_WHICH_YEAR = re.compile(r"\b[Tt]he\s+((?:1[89]|20)\d\d)((?:\s+[a-z][\w-]*){1,3})")
# contests held again and again, which a story on one of them calls "the campaign" once it is known; a year of any
# other thing stays a detail ("the 2008 financial crisis" is no "the crisis" of another outlet's day)
_CONTESTS = frozenset("campaign election race primary caucus convention midterm referendum".split())
# a span of decades told as such: "the deadliest crash in France in decades", "for decades", "decades ago"
_IN_DECADES = re.compile(r"\b(?:(?:in|for|over)\s+(?:(?:several|many|recent)\s+)?decades|decades\s+ago)\b",
                         re.IGNORECASE)
# ... and the smallest and the largest whole span of years "decades" stands for
DECADES = (20, 99)


def _since_in_decades(c: Claim, text: str, near: Sequence[str], published: str | None) -> bool:
    """Whether year `c` is told "since" (the year a record began: "the deadliest in French territory since 1981")
    and `DECADES` of years before the article's day, while a sentence of another outlet on its topic (`near`) tells
    that span in decades ("It was the deadliest crash in France in decades", review 35): one span, the one outlet
    naming its start. A year no "since" opens ("in 1981") says when something happened, which "decades" does not
    tell; nor does "decades" tell a span under 20 years."""
    year = _published_year(published)
    if year is None or not isinstance(c.unit, str) or c.unit.lower() != "year" or c.value is None:
        return False
    if not DECADES[0] <= year - int(c.value) <= DECADES[1]:
        return False
    if not any(y.start(2) == c.start for y in _SINCE_YEAR.finditer(text, max(0, c.start - 40), c.end + 1)):
        return False
    return any(_IN_DECADES.search(sentence) for sentence in near)


# the year a series of records began, told after it: "since 1972, when the government started to record that data",
# "since 1948, when records began", "since 1880, when record-keeping began"
_RECORDS_BEGAN = re.compile(r"\s*,?\s+when\s+(?:(?:[\w'’-]+\s+){0,4}?(?:start|began|begin|first)\w*\s+(?:to\s+)?"
                            r"(?:record|track|keep|collect|measur|compil|publish)\w*|(?:[\w'’-]+\s+){0,2}"
                            r"record(?:s|-keeping|\s+keeping)\s+(?:began|begin|start))",
                            re.IGNORECASE)
# ... and a record told as such: "a record low", "the lowest on record", "the narrowest ever measured", "all-time"
_A_RECORD = re.compile(r"\brecord[-\s]+(?:low|high|level)s?\b|\bon\s+record\b|\bever\s+(?:recorded|measured|"
                       r"tracked)\b|\ball[-\s]time\b|\bsince\s+records\s+(?:began|started)\b", re.IGNORECASE)


def _records_began(c: Claim, text: str, near: Sequence[str]) -> bool:
    """Whether year `c` is told "since" as the year records of the thing began ("The unemployment rate for blacks fell
    to 5.9 percent in May, reaching the lowest level since 1972, when the government started to record that data.")
    while a sentence of another outlet on its topic (`near`) calls the level a record ("Black unemployment fell to a
    record low", review 37): the lowest since records began is the record. A year of a record no clause says records
    began in ("the lowest since 1969") is a year a level last stood, and stays a figure."""
    if not isinstance(c.unit, str) or c.unit.lower() != "year" or not near:
        return False
    if not any(y.start(2) == c.start for y in _SINCE_YEAR.finditer(text, max(0, c.start - 40), c.end + 1)):
        return False
    return _RECORDS_BEGAN.match(text, c.end) is not None and any(_A_RECORD.search(t) for t in near)


def _this_year(c: Claim, published: str | None) -> bool:
    """Whether `c` is a bare year that is the article's own year ("subtracting 49,000 jobs from the 2012 total" in an
    article of December 2012, review 36): every outlet reporting the story that year tells its news in it, so it is
    no figure of one outlet's, when another outlet has a sentence on the topic. A date ("May 3, 2012"), another year
    ("the 2013 elections") or an article with no day stays a figure."""
    year = _published_year(published)
    return (year is not None and isinstance(c.unit, str) and c.unit.lower() == "year" and c.value is not None
            and int(c.value) == year)


def _which_one(c: Claim, text: str, near: Sequence[str]) -> bool:
    """Whether the year `c` only says which of a thing the sentence names ("vowed to ban Muslims during the 2016
    presidential campaign") when another outlet's sentence on its topic (`near`) names the thing with "the" and no
    year ("President Trump's tweets and statements on the campaign trail", review 34): the same campaign, its year
    understood. Only a contest held again and again (`_CONTESTS`: a campaign, an election, a race, a primary, ...);
    a sentence naming it with a year of its own ("the 2012 campaign") names another."""
    m = _WHICH_YEAR.match(text, max(0, c.start - 4))
    if m is None or m.start(1) != c.start or not c.text.strip().startswith(m.group(1)):
        return False
    words = []
    for w in m.group(2).split():
        if w in STOP_WORDS:
            break
        words.append(w)
    last = words[-1] if words else ""
    thing = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("es" if last.endswith("uses") else "s")
    if thing not in _CONTESTS:
        return False
    pattern = rf"\bthe\s+(?:(?!(?:1[89]|20)\d\d\b)[\w'’-]+\s+){{0,2}}?{re.escape(thing)}s?\b"
    return any(re.search(pattern, t, re.IGNORECASE) for t in near)


# a share of a whole told in words right after the whole's figure: "90 rescue workers, more than half of them", "60
# firefighters, most of whom"; a share word alone ("half the town") says nothing of the figure
_SHARE_OF = (r"[^.;:!?]{0,60}?\b(?:half|a third|two-thirds|a quarter|most|the majority|a minority)"
             r"\s+of\s+(?:them|whom|those)\b")


def _part_as_share(c: Claim, here: Sequence[Claim], sentence: str, elsewhere: str) -> bool:
    """Whether count `c` is one of the parts a sentence splits its total into ("90 in all, 40 from Thailand and 50
    from overseas": the sentence's exact counts of one unit, `here`, add up to a numeral it writes, the claim stage's
    count or not) while the other outlets' text (`elsewhere`) gives that total with a share of it right after it
    ("the team of 90 rescue workers, more than half of them from nations around the world", review 26; the two
    sentences 0.39 alike, so no sentence on its topic is asked for): one breakdown, the other outlet's less exact.
    Not a part whose total another outlet gives without such a share ("90 divers" alone: the split is news), nor
    counts that do not add up."""
    counts = [o for o in here if o.low is not None and o.low == o.high and o.unit.lower() == c.unit.lower()]
    if c not in counts:
        return False
    numerals = {float(n.replace(",", "")): n for n in re.findall(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d]|[.,]\d)",
                                                                  sentence)}
    total = None
    if len(counts) >= 2 and sum(float(o.value) for o in counts) in numerals:  # the total written, no claim of its own
        total = numerals[sum(float(o.value) for o in counts)]
    elif len(counts) >= 3:  # the total one of the counts
        largest = max(counts, key=lambda o: float(o.value))
        if c is not largest and sum(float(o.value) for o in counts if o is not largest) == float(largest.value):
            total = largest.text.strip()
    if total is None:
        return False
    shared_out = rf"(?<![\d.,]){re.escape(total)}(?![\d]|[.,]\d){_SHARE_OF}"
    return re.search(shared_out, elsewhere, re.IGNORECASE) is not None


# hedges of an estimate: two outlets' estimates of one count whose implied intervals meet ("About 18
# Democratic senators" beside "About 20 Democrats", review 15) give one figure, each rounded its own way
_ESTIMATE = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost"})


def _estimate(c: Claim) -> tuple[str, float, float] | None:
    """(unit, low, high) of an estimate (`_ESTIMATE`), not an age; None for any other figure."""
    if (c.hedge or "").lower() not in _ESTIMATE or c.low is None or c.high is None or is_age(c):
        return None
    return c.unit.lower(), float(c.low), float(c.high)


def _estimate_met(c: Claim, estimates: set[tuple[str, float, float]]) -> bool:
    """Whether `c` is an estimate whose interval meets that of another outlet's estimate of its unit."""
    mine = _estimate(c)
    return mine is not None and any(u == mine[0] and lo <= mine[2] and mine[1] <= hi for u, lo, hi in estimates)


def _counted_word(after: str) -> str | None:
    """The word a figure counts, the one right after it (`after` the text from the figure's end), lower case and
    singular: "heads" of "91 heads of state" is "head"; None when no word follows, or a stop word."""
    m = re.match(r"\s+([A-Za-z][\w'’-]*)", after)
    if not m or m.group(1).lower() in STOP_WORDS:
        return None  # "$30 million in aid": a word of the grammar counts nothing
    return m.group(1).lower().removesuffix("s")


def _exact(c: Claim, text: str) -> tuple[str, float, str] | None:
    """(unit, value, the word it counts) of an exact figure, not an age ("91 heads of state"), in its article's
    `text`; None for a hedged or bounded one, or one with no word after it."""
    if c.hedge or c.low != c.high or c.low is None or float(c.low) != float(c.value) or is_age(c):
        return None
    word = _counted_word(text[c.end:])
    return (c.unit.lower(), float(c.value), word) if word else None


def _estimate_holds(c: Claim, after: str, exact: set[tuple[str, float, str]]) -> bool:
    """Whether an estimate ("nearly 100 heads of state", `_estimate`) holds in its interval another outlet's exact
    figure of its unit counting the same word ("91 heads of state"; review 25): the exact count rounded and hedged,
    one figure. The word must agree, the interval being wide: "nearly 100 heads" says nothing of "95 troops"."""
    mine = _estimate(c)
    word = _counted_word(after)
    return mine is not None and word is not None and any(
        u == mine[0] and mine[1] <= value <= mine[2] and w == word for u, value, w in exact)


def _a_change_of(figure: _Figure, printed: set[_Figure]) -> bool:
    """Whether a change in percentage points is the difference of two rates another outlet
    gives: "fell 0.2 percentage points to 5.9 percent" beside "5.9 percent" and "6.1 percent"."""
    value, unit, *_ = figure
    if unit != "percentage points" or not value:
        return False
    rates = sorted({v for v, u, *_ in printed if u == "percent"})
    return any(math.isclose(b - a, abs(value), abs_tol=1e-6) for i, a in enumerate(rates) for b in rates[i + 1:])


def _significant(value: float) -> int:
    """Significant digits of a figure as written: 4,500 -> 2, 4,493 -> 4, 6.5 -> 2."""
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return max(len(digits), 1)


_Spans = dict[str, list[tuple[int, int]]]
_POSSESSIVE = re.compile(r"['’‘`]s?$")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


# a figure whose text is its numeral alone: its kind was read from its place ("Lieberman, 75"
# an age, "His age, 75" a count), not written, so it tells no numeral apart
_BARE = re.compile(r"^\s*[\d,.]+\s*$")
# a word after a numeral: its unit written ("16 other candidates"); a bare numeral with none after it
# ("Conditt was 24, but ...") has a kind only read from its place, and is given by that numeral anywhere
# in the other outlets' text ("a 24-year-old man"), whatever stands around it there
_UNIT_WORD = re.compile(r"\s*[-–]?\s*[A-Za-z$%]")


def _kind_of(c: Claim) -> str:
    """What a figure counts, coarsely, for telling a numeral that stands for something
    else: an age, a duration (any unit of time), a share (percent or points), a date (a
    calendar year or a day), or the unit."""
    unit = c.unit.lower()
    if unit in ("year", "date"):
        return "date"
    if is_age(c):
        return "age"
    if unit in DURATION_SECONDS:
        return "duration"
    if unit in ("percent", "percentage points"):
        return "share"
    return unit


# Spans of years the other outlets may write in words, no figure of their own ("a decade ago"
# for "nearly 10 years", "nearly a century ago" for "nearly 100 years")
_YEARS_IN_WORDS = {10: ("a decade", "one decade"), 20: ("two decades",), 30: ("three decades",),
                   50: ("half a century", "five decades"), 100: ("a century", "one century")}


_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def _ordinals(n: int) -> tuple[str, ...]:
    """The ordinal of `n` as outlets write it, lower case: "24th", "2nd", "second" (words up to twentieth)."""
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return (f"{n}{end}", *((_ORDINAL_WORDS[n - 1],) if 1 <= n <= len(_ORDINAL_WORDS) else ()))


def _ordinal_told(c: Claim, after: str, elsewhere: str) -> bool:
    """Whether another outlet (`elsewhere`, lower case) tells an exact count of things by the ordinal of the last of
    them or of the next: CNN's "There are 23 states which have right-to-work laws" beside the Washington Times'
    "making this bastion of industrial labor strength the 24th state ... to adopt right-to-work laws" (review 36),
    one tally before or after the newcomer. The word counted (`after` the figure) must follow the ordinal, singular
    ("the 24th state", not "the 24th of the states" nor "the 24th time"); a hedged count ("about 20 states") or a
    count under two stays a figure."""
    m = re.match(r"\s+([A-Za-z][\w'’-]*)", after)
    if (m is None or _counted_word(after) is None or c.hedge or c.unit != "count" or c.value != int(c.value)
            or c.value < 2 or c.low != c.high):
        return False
    n, word = int(c.value), m.group(1).lower()
    forms = "|".join(re.escape(o) for k in (n, n + 1) for o in _ordinals(k))
    words = "|".join(re.escape(w) for w in (word, *_number_forms(word)))
    return re.search(rf"(?<![\w'’-])(?:{forms})\s+(?:{words})(?![\w'’-])", elsewhere) is not None


def _in_words(c: Claim, elsewhere: str) -> bool:
    """Whether the other outlets (`elsewhere`, lower case) write claim `c`'s span of years
    in words."""
    if not isinstance(c.unit, str) or c.unit.lower() not in ("years", "year") or c.value not in _YEARS_IN_WORDS:
        return False
    return any(re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", elsewhere) for w in _YEARS_IN_WORDS[c.value])


def _numeral_given(numeral: str, c: Claim, elsewhere: str,
                   other_texts: Sequence[tuple[str, Sequence[tuple[int, int, str]]]] | None,
                   counted: str | None = None) -> bool:
    """Whether the other outlets' text holds `numeral` of claim `c` as written. Without
    `other_texts` (each other article's text and its claims' spans and kinds), anywhere in
    `elsewhere`; with them, an amount's numeral that stands there only inside a claim of
    another kind ("48" of a "48-page indictment" for "48 percent") is not given. A
    numeral in no claim there, or in one of its kind, or in a bare numeral whose kind was
    read from its place ("Lieberman, 75"), is; so is one there of the unit that is the word `c` counts (`counted`,
    `_counted_word`: the "120-seat Knesset" gives "the Knesset's 120 seats", review 28)."""
    if other_texts is None or not _counts(c):
        return numeral_in(numeral, elsewhere)
    if not numeral_in(numeral, elsewhere):
        return False
    kind = _kind_of(c)
    pattern = re.compile(r"(?<![\d.,])" + re.escape(numeral) + r"(?![\d]|[.,]\d)")
    for text, spans in other_texts:
        for m in pattern.finditer(text):  # digits have no case: offsets as annotated
            if not any(s <= m.start() and m.end() <= e and k != kind and k != counted for s, e, k in spans):
                return True
    return False


# a calendar year told from the article's: "last year", "this year", "next year" (not "in the last year", a span up
# to now, nor "the next year", a year after some other time)
_TOLD_YEAR = re.compile(r"(?<!\bthe\s)\b(last|this|next)\s+year\b", re.IGNORECASE)
_TOLD_OFFSET = {"last": -1, "this": 0, "next": 1}


def years_told(text: str, published: str | None) -> set[int]:
    """The calendar years an article names by a time told from its publication day ("last year" in an
    article of 2018 names 2017, "this year" 2018, "next year" 2019); none when its day is unknown."""
    year = _published_year(published)
    if year is None:
        return set()
    return {year + _TOLD_OFFSET[t.group(1).lower()] for t in _TOLD_YEAR.finditer(text)}


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_YEAR_AFTER_DAY = r"(?:,?\s+((?:1[89]|20)\d\d)(?!\d))?"
# a day by month and day ("Sept. 11", "September 11th", "11 September", with or without its year), a month
# of a year ("October 2016"), or a day in figures ("9/11")
_DAY_NAMED = re.compile(
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d){_YEAR_AFTER_DAY}|"
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![a-z]){_YEAR_AFTER_DAY}|"
    rf"\b{_MONTH}\s+((?:1[89]|20)\d\d)(?!\d)|"
    r"(?<![\d/])(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/])")


# a day of the year named by its feast, on one date every year: "on Valentine's Day last year" is "Feb. 14" (review
# 36: Fox's "in the pre-dawn hours of Feb. 14, 2013" beside CNN's "in his home on Valentine's Day last year"). Not
# a feast whose day moves (Easter, Thanksgiving), nor "Christmas" alone (a season), nor "Independence Day" (whose?)
_FEASTS = {"valentine": (2, 14), "st. patrick": (3, 17), "saint patrick": (3, 17), "halloween": (10, 31),
           "christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31),
           "new year's day": (1, 1), "fourth of july": (7, 4)}
_FEAST = re.compile(r"\b(valentine|st\. patrick|saint patrick)[’']?s?\s+day\b|\b(halloween|christmas eve|christmas day|"
                    r"new year[’']s eve|new year[’']s day|fourth of july)\b", re.IGNORECASE)


def days_named(text: str) -> set[tuple[int, int, int]]:
    """The days a text names, as (year, month, day), 0 where it leaves one out: "Sept. 11" (0, 9, 11),
    "Sept. 11, 2012" (2012, 9, 11), "October 2016" (2016, 10, 0), "9/11" (0, 9, 11), "Valentine's Day" (0, 2,
    14; `_FEASTS`)."""
    out = {(0, *_FEASTS[(m.group(1) or m.group(2)).lower().replace("’", "'")]) for m in _FEAST.finditer(text)}
    for m in _DAY_NAMED.finditer(text):
        g = m.groups()
        if g[0]:
            month, day, year = g[0], g[1], g[2]
        elif g[3]:
            month, day, year = g[4], g[3], g[5]
        elif g[6]:
            month, day, year = g[6], "0", g[7]
        else:
            out.add((0, int(g[8]), int(g[9])))
            continue
        out.add((int(year or 0), _MONTHS.index(month[:3].lower()) + 1, int(day)))
    return out


# a span up to now told by the year it began: "the steepest annual adjustment since 1982", "the sharpest ... since
# August 2008"
_SINCE_YEAR = re.compile(rf"\bsince\s+(?:(?:early|late|mid)[-\s]+)?(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
                         r"((?:1[89]|20)\d\d)\b(?!\s*[-–/]\d)")


def years_since(text: str, published: str | None) -> set[int]:
    """The spans of years up to an article's day that it tells by the year they began ("since 1982" in an
    article of 2021: 39); none when its day is unknown."""
    year = _published_year(published)
    if year is None:
        return set()
    return {year - int(s.group(2)) for s in _SINCE_YEAR.finditer(text) if int(s.group(2)) < year}


# seats won and how many short of a majority they fall: "won 157 seats, 13 short of a majority", "had 156 seats — 14
# short of the 170 needed for a majority" (a number in figures or words; "shy of" as "short of")
_SHORT_OF_MAJORITY = re.compile(
    r"\b(\d[\d,]*)\s+seats?\b[^.;!?]{0,40}?(?<![\w-])(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:seats?\s+)?"
    r"(?:short|shy)\s+of\s+(?:a|an|the)\s+(?:(?:\d[\d,]*|[\w-]+)\s+){0,3}?majority\b", re.IGNORECASE)


def majority_told(text: str) -> set[int]:
    """The majorities' thresholds a text states by seat arithmetic: the seats won and how many short of a majority
    they fall add up to the seats a majority needs ("157 seats, 13 short of a majority": 170). An outlet writing
    that gives the threshold another outlet states as a figure ("the 170 needed for a majority"): one figure."""
    out = set()
    for m in _SHORT_OF_MAJORITY.finditer(text):
        won = parse_numeral(m.group(1))
        short = parse_numeral(m.group(2)) or parse_word_number(m.group(2).lower().split("-"))
        if won and short:
            out.add(int(won[0] + short[0]))
    return out


def _span_since(c: Claim, since: set[int]) -> bool:
    """Whether claim `c` is a span of whole years ("in 39 years", "the most in 13 years") that the other outlets
    tell by the year it began (`since`, from `years_since`), a year either way for the months between: "the
    biggest cost-of-living adjustment in 39 years" beside "the steepest annual adjustment since 1982" in 2021.
    Not an age."""
    if not isinstance(c.unit, str) or c.unit.lower() != "years" or is_age(c) or c.value != int(c.value):
        return False
    return any(abs(int(c.value) - n) <= 1 for n in since)


# a month of a year that ends or begins a span up to or from an article's day: "extends the borrowing authority until
# March 2019", "through March 2019", "since August 2017"
_MONTH_BOUND = re.compile(rf"\b(until|through|till|into|since)\s+(?:(?:early|late|mid)[-\s]+)?{_MONTH}\s+"
                          r"((?:1[89]|20)\d\d)\b", re.IGNORECASE)


def months_told(text: str, published: str | None) -> set[int]:
    """The spans of months from or up to an article's day that it tells by the month they end or began ("until
    March 2019" in an article of February 2018: 13; "since August 2017": 6); none when its day is unknown."""
    m = re.match(r"(\d{4})-(\d\d)", published or "")
    if not m:
        return set()
    now = int(m.group(1)) * 12 + int(m.group(2)) - 1
    out = set()
    for b in _MONTH_BOUND.finditer(text):
        then = int(b.group(3)) * 12 + _MONTHS.index(b.group(2)[:3].lower())
        months = now - then if b.group(1).lower() == "since" else then - now
        if months > 0:
            out.add(months)
    return out


def _span_of_months(c: Claim, months: set[int]) -> bool:
    """Whether claim `c` is a span of whole months ("suspends the debt ceiling for 13 months") that the other
    outlets tell by the month it ends or began (`months`, from `months_told`), a month either way for the days
    between: "until March 2019" in an article of February 2018. One span, told two ways."""
    if not isinstance(c.unit, str) or c.unit.lower() not in ("month", "months") or c.value != int(c.value):
        return False
    return any(abs(int(c.value) - n) <= 1 for n in months)


def _day_keys(days: set[tuple[int, int, int]]) -> set[int]:
    """The YYYYMMDD keys of the days `days` (from `days_named`) names, 0 for a part left out: "Sept. 11" is 911
    (that day of any year), "October 2016" 20161000 (a day of that month), "Sept. 11, 2012" 20120911."""
    return {y * 10000 + m * 100 + d for y, m, d in days}


def _time_given(c: Claim, told: set[int], days: set[int]) -> bool:
    """Whether claim `c` is a calendar year the other outlets name by a time told from their day (`told`): "in
    2017" beside another outlet's "last year" in an article of 2018 gives one year; or a date whose day they name
    (`days`, from `_day_keys`) by month and day ("Sept. 11" for "Sept. 11, 2012"), or whose month of its year
    ("October 2016" for "Oct. 3, 2016")."""
    if not isinstance(c.unit, str) or c.value != int(c.value):
        return False
    unit, value = c.unit.lower(), int(c.value)
    if unit == "year":
        return value in told
    if unit != "date" or value < 10000:
        return False
    year, month, day = value // 10000, value // 100 % 100, value % 100
    return bool({year * 10000 + month * 100 + day, month * 100 + day, year * 10000 + month * 100} & days)


def _conversions(v: SentenceView, claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Pairs of amounts in the sentence where the second, in another unit, converts the first in
    brackets right after it (`numbers.conversion_at`): "100 kilometers (60 miles)", "$5 million
    (4 million euros)"."""
    amounts = sorted((c for c in claims if _counts(c)), key=lambda c: c.start)
    return [(a, b) for a, b in zip(amounts, amounts[1:])
            if a.unit.lower() != b.unit.lower() and a.end <= b.start and conversion_at(v.text, b.start - v.start)]


def _novel(
    v: SentenceView, ann: Annotation, elsewhere: str, contested: set[tuple[str, int]],
    printed: set[_Figure] = frozenset(), outlets: Sequence[str] = (),
    cited: Sequence[tuple[int, int]] = (), written: str = "",
    other_texts: Sequence[tuple[str, Sequence[tuple[int, int, str]]]] | None = None,
    aliases: Mapping[str, frozenset[str]] | None = None,
    estimates: set[tuple[str, float, float]] = frozenset(),
    told: set[int] = frozenset(),
    days: set[int] = frozenset(),
    since: set[int] = frozenset(),
    months: set[int] = frozenset(),
    exact: set[tuple[str, float, str]] = frozenset(),
    bounds: set[tuple[str, float, str | None]] = frozenset(),
) -> tuple[_Spans, _Spans]:
    """(figures, names) in the sentence that no other outlet's text contains, nor (a
    figure) gives as a claim of its own, rounded otherwise (`printed`): each figure (its
    numeral) and name (lower-cased) with where the sentence gives it, claim or mention.
    One figure or name written twice counts once. A news outlet named (one of the
    story's `outlets`, an organisation named by the first words of one ("NPR" of "NPR
    Online News", not the place "New York" of "New York Times"), or at `cited` spans) is where a report
    comes from, not a detail. `elsewhere` is the other outlets' text lower-cased,
    `written` the same as written (capitals tell a name), `aliases` the story's names in
    two forms (`nlp.acronyms.defined_aliases`), `told` the years they name by a time told
    from their article's day (`years_told`: "last year" in an article of 2018 names 2017), `days`
    the dates they name, as `_day_keys`, `since` the spans of years up to their day they tell by
    the year it began (`years_since`: "since 1982" in an article of 2021 is 39 years), `months` the spans of
    months they tell by the month they end or began (`months_told`: "until March 2019" in February 2018 is 13),
    `exact` their exact counts with the word each counts (`_exact`), `bounds` their lower bounds in round figures
    (`_bound`)."""
    inside = lambda s, e: s < v.end and e > v.start  # noqa: E731
    figures: _Spans = {}
    here = [c for c in ann.claims if inside(c.start, c.end) and isinstance(c, Claim)]
    new = set()
    for c in here:
        if (v.article, c.start) not in contested:
            m = _NUMERAL.search(c.text)
            unitless = _BARE.match(c.text) is not None and _UNIT_WORD.match(v.text[c.end - v.start:]) is None
            if (m and not _numeral_given(m.group(0), c, elsewhere, None if unitless else other_texts,
                                         _counted_word(v.text[c.end - v.start:]))
                    and not _in_words(c, elsewhere) and not _time_given(c, told, days)
                    and not _span_since(c, since) and not _span_of_months(c, months)
                    and not _ordinal_told(c, v.text[c.end - v.start:], elsewhere)
                    and not (_counts(c) and (_printed(_figure(c), printed) or _a_change_of(_figure(c), printed)
                                             or _bound_met(c, printed) or _estimate_met(c, estimates)
                                             or _within_bound(c, v.text[c.end - v.start:], bounds)
                                             or _estimate_holds(c, v.text[c.end - v.start:], exact)))):
                new.add(c.start)
    for a, b in _conversions(v, here):
        if (a.start in new) != (b.start in new):
            new -= {a.start, b.start}  # one quantity in two units: the other outlets give it in one of them
    for c in here:
        if c.start in new:
            figures.setdefault(_NUMERAL.search(c.text).group(0), []).append((c.start, c.end))
    names: _Spans = {}
    for e in ann.entities:
        if e.type in _NAMED and inside(e.start, e.end):
            if link := _LINK_IN_NAME.search(e.text):  # "Botham Jean https://t.co/AeS16Wz396": the name ends before it
                kept = e.text[:link.start()].rstrip()
                if not kept:
                    continue
                e = dataclasses.replace(e, text=kept, name=kept if link.group(0) in e.name else e.name,
                                        end=e.start + len(kept))
            if v.text[max(e.start - v.start - 1, 0):e.start - v.start] == "#":
                continue  # a hashtag ("#MartialLaw") is a post's label, not a name
            name = _POSSESSIVE.sub("", e.name).lower()  # "Gallagher‘s" (any apostrophe) is Gallagher
            bare = name.removeprefix("the ")
            if (any(o == bare or (e.type == "ORG" and o.startswith(bare + " ")) for o in outlets)
                    or any(s < e.end and e.start < t for s, t in cited)):
                continue
            first = e.text.split()[0] if e.text.split() else ""
            if first[:1].islower() and first.lower() not in ("the", "a", "an"):
                continue  # a tagger's slip ("democratic"), not a name
            surface = _POSSESSIVE.sub("", e.text)
            # an article the tagger took into the name is no part of it ("an Academy Sports & Outdoors
            # store", review 15, where another outlet wrote "Academy Sports & Outdoors said")
            name = _ARTICLE.sub("", name) if _ARTICLE.sub("", name) else name
            if not (_named_elsewhere(name, e.type, elsewhere)
                    or _named_elsewhere(surface.lower(), e.type, elsewhere)
                    or _another_form(surface, e.type, written, aliases)
                    or _owner_and_owned(surface, e.type, elsewhere, written, aliases)):
                names.setdefault(name, []).append((e.start, e.end))
    return figures, names


def _words_told(surface: str, counts: Sequence[Claim], text: str, near: Sequence[str]) -> bool:
    """Whether a name of two words or more (`surface`, as written) is told, each of its words capitalised, in one
    sentence of another outlet on its topic (`near`) that gives one of the sentence's counts (`counts`) with the word
    it counts: "The joint Arab List came in third with 14 seats" beside "The Joint List, a bloc of Arab parties, ...
    third-largest bloc ..., with 14 seats" (review 28). The two sentences state one result, the name in other words."""
    parts = [w for w in re.findall(r"[\w'’-]+", _POSSESSIVE.sub("", surface)) if w.lower() not in _GENERIC]
    if len(parts) < 2 or not near:
        return False
    given = [(m.group(0), word) for c in counts if (m := _NUMERAL.search(c.text)) is not None
             and (word := _counted_word(c.text[m.end():] + text[c.end:])) is not None]
    for sentence in near:
        if not any(re.search(rf"(?<![\d.,]){re.escape(n)}\s+{re.escape(w)}s?\b", sentence, re.IGNORECASE)
                   for n, w in given):
            continue
        if all(any(m.group(0)[:1].isupper() for m in re.finditer(rf"(?<![\w'’-]){re.escape(p)}(?![\w'’-])",
                                                                  sentence, re.IGNORECASE)) for p in parts):
            return True
    return False


# the capitalised words of a title right before a person's name ("Police Chief Michael McGrath"), a leading article
# aside
_TITLE_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]+\s+){1,3})$")


def _title_told(text: str, spans: Sequence[tuple[int, int]], ann: Annotation, near: Sequence[str]) -> bool:
    """Whether a person named after a title of two words or more ("Police Chief Michael McGrath said he thinks the
    women were tied up") is the one another outlet's sentence on its topic (`near`) tells by that title in lower case
    ("Cleveland's police chief says he believes ...", review 31): one statement, its speaker told by role. A title of
    one word ("Mayor") is too common to tell one person; a person's title another outlet writes capitalised (a
    name's part) or not at all leaves the name new."""
    if not near or not any(e.type == "PERSON" and e.start == s for s, _ in spans for e in ann.entities):
        return False
    for s, _ in spans:
        m = _TITLE_BEFORE.search(text, max(0, s - 40), s)
        if m is None:
            continue
        title = m.group(1).split()
        for k in range(len(title) - 1):  # "Police Chief" of "Cleveland Police Chief" or "After Police Chief"
            if any(w.lower() in STOP_WORDS for w in title[k:]):
                continue
            phrase = r"\s+".join(re.escape(w.lower()) for w in title[k:])
            if any(re.search(rf"(?<![\w'’-]){phrase}(?![\w'’-])", sentence) for sentence in near):
                return True
    return False


# a description set after a name between commas, in lower case: "Dana Holt, a fire chief, said ..."
_DESCRIBED_AFTER = re.compile(r"['’]?,\s+(?:a|an|the)\s+((?:[a-z][\w'’-]*\s+){1,5}?[a-z][\w'’-]*)\s*,")


def _described_told(text: str, spans: Sequence[tuple[int, int]], near: Sequence[str]) -> bool:
    """Whether a name the sentence describes right after it, between commas, in lower case ("The Egyptian Initiative
    for Personal Rights, a human rights group, said the crackdown had spurred attacks on Coptic churches") is the
    one another outlet's sentence on its topic (`near`) tells by that description's first two words ("attacks on
    Coptic Christian churches continued, according to ... human rights advocates", review 32): one statement, its
    source told by what it is. Two words at least, neither a stop word; a description the other sentence does not
    give leaves the name new (`_title_told` reads a title before a person's name alike)."""
    if not near:
        return False
    for _, e in spans:
        m = _DESCRIBED_AFTER.match(text, e, e + 80)
        if m is None:
            continue
        words = m.group(1).split()[:2]
        if any(w in STOP_WORDS for w in words):
            continue
        phrase = r"\s+".join(map(re.escape, words))
        if any(re.search(rf"(?<![\w'’-]){phrase}(?![\w'’-])", sentence.lower()) for sentence in near):
            return True
    return False


# a name the tagger ran together with its owner's: "Constitution's Fourth Amendment", "Japan’s Nikkei 225"
_OWNED = re.compile(r"^(?:[Tt]he\s+)?(.+?)['’]s\s+([A-Z].*)$")


def _owner_and_owned(surface: str, kind: str, elsewhere: str, written: str,
                     aliases: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether a name written with its owner's ("the Constitution's Fourth Amendment", review 14) is one the
    other outlets give as two: they name the owner ("the Constitution") and, capitalised, what it owns ("the
    Fourth Amendment"), each in any form `_another_form` knows."""
    m = _OWNED.match(" ".join(surface.split()))
    if not m:
        return False

    def given(part: str, kind: str) -> bool:
        return _named_elsewhere(part.lower(), kind, elsewhere) or _another_form(part, kind, written, aliases)

    owner, owned = m.group(1), m.group(2)
    forms = [owned, *(aliases or {}).get(_bare(owned).removeprefix("the "), ())]
    return given(owner, "ORG") and given(owned, kind) and any(
        re.search(re.escape(f), written, 0 if f == owned else re.IGNORECASE) is not None for f in forms)


# a name's words as a shared point's sentence gives them: capitalised words in a row, a possessive's "'s" apart
_SLOT_TOKEN = re.compile(r"'s\b|[\w-]+|[^\w\s]")
SLOT_CONTEXT = 2  # tokens that must stand alike on each side of the two names


def _slot_tokens(text: str) -> list[str]:
    return _SLOT_TOKEN.findall(re.sub(r"(?<=\w)'s\b", " 's", text.replace("’", "'")))


def _name_runs(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Where capitalised words stand in a row (the first word of the sentence aside)."""
    runs, i = [], 1
    while i < len(tokens):
        if tokens[i][:1].isupper():
            j = i
            while j < len(tokens) and tokens[j][:1].isupper():
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def slot_aliases(shared: Sequence[SharedPoint]) -> dict[str, frozenset[str]]:
    """Names two outlets write in the same slot of one shared point's sentences, each (lower case) mapped to the
    others: two capitalised runs, one in each sentence, sharing a word but not all, neither written in the other
    sentence, with the same `SLOT_CONTEXT` tokens before and after them ("Likud secured ... 30 seats to the Zionist
    Union's 24 on Tuesday." beside "... Likud is projected to get 30 seats to the Zionist Camp's 24."; review 28):
    the sentences state one fact, so the names in its one place name one thing, a party named two ways."""
    out: dict[str, set[str]] = {}
    for p in shared:
        for k, x in enumerate(p.evidence):
            for y in p.evidence[k + 1:]:
                if x.article == y.article:
                    continue
                tx, ty = _slot_tokens(x.text), _slot_tokens(y.text)
                lx, ly = x.text.lower(), y.text.lower()
                for i, j in _name_runs(tx):
                    for m, n in _name_runs(ty):
                        a, b = tx[i:j], ty[m:n]
                        if (a == b or not {w.lower() for w in a} & {w.lower() for w in b}
                                or i < SLOT_CONTEXT or m < SLOT_CONTEXT
                                or [w.lower() for w in tx[i - SLOT_CONTEXT:i]]
                                != [w.lower() for w in ty[m - SLOT_CONTEXT:m]]
                                or [w.lower() for w in tx[j:j + SLOT_CONTEXT]]
                                != [w.lower() for w in ty[n:n + SLOT_CONTEXT]]
                                or len(tx[j:j + SLOT_CONTEXT]) < SLOT_CONTEXT):
                            continue
                        fa, fb = " ".join(a), " ".join(b)
                        if fa.lower() in ly or fb.lower() in lx:
                            continue  # both written in one sentence: two things
                        out.setdefault(_bare(fa), set()).add(_bare(fb))
                        out.setdefault(_bare(fb), set()).add(_bare(fa))
    return {k: frozenset(v) for k, v in out.items()}


def _merged(*maps: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for m in maps:
        for k, v in m.items():
            out[k] = out.get(k, frozenset()) | v
    return out


# a link the tagger took into a name (an embedded post's "... Botham Jean https://t.co/AeS16Wz396"; review 20)
_LINK_IN_NAME = re.compile(r"\s*(?:https?://|www\.|pic\.twitter\.com/)\S*")


# A quoted question or exclamation closes where the sentence splitter ends a sentence: '"What did the President
# know and when did he know it?" senior CNN political analyst David Axelrod said, ...' (review 19) leaves the
# attribution alone, in lower case, as a sentence of its own: a fragment of the quotation's sentence
_QUOTE_CLOSED = re.compile(r"[?!][\"”’']\s*$")


def _attribution_cut(text: str, start: int, sentence: str) -> bool:
    """Whether the sentence at `start` opens in lower case right after a quoted question or exclamation."""
    return sentence[:1].islower() and _QUOTE_CLOSED.search(text[max(0, start - 6):start]) is not None


# a straight quotation mark that closes a quotation: after a word or a stop, before a space, a stop or the end
# ('... with certitude" he told Russert.')
_CLOSING_MARK = re.compile(r'(?<=[\w.,!?\])\u2019\'])"(?=[\s.,;:!?)]|$)')


def _opening_lost(text: str, start: int, sentence: str) -> bool:
    """Whether the sentence at `start` holds one straight quotation mark, a closing one, while the marks before it in
    its paragraph are paired: a quotation's tail whose opening mark the text lost (review 29: HuffPost's 'Is the
    photo of him? I can't say with certitude" he told Russert.', split after "him?"). It cannot be listed from
    where the quotation opens (`_quotation_start`), and alone it is a fragment."""
    if sentence.count('"') != 1 or "“" in sentence or "”" in sentence or not _CLOSING_MARK.search(sentence):
        return False
    para = text.rfind("\n", 0, start) + 1
    return text.count('"', para, start) % 2 == 0


# a sentence that credits the photo it describes: "A boat is wedged in trees Friday in Oriental,
# North Carolina, in a photo from Angie Propst." (a caption, however much it reports)
_CAPTION_CREDIT = re.compile(r"\b(?:in|from) an? (?:photo|photograph|picture|image)\s+(?:from|by|courtesy of|"
                             r"provided by|taken by|posted by|shared by)\s+"
                             r"(?:[A-Z][\w.'’-]*\s*){1,4}[.!]?[\"”’]?$")

# a broadcast's or a podcast's sign-on, its host naming himself: "From The New York Times, I'm Michael
# Barbaro." (review 14), "I'm Ari Shapiro, and this is All Things Considered."
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_SIGN_ON = re.compile(rf"^(?:(?:From|This is|Welcome to)\s+(?:the\s+)?[A-Z][^.!?\"“”]{{0,60}},\s*I['’]m\s+{_NAME}"
                      rf"[.!]?$|I['’]m\s+{_NAME},?\s+and\s+(?:this\s+is|welcome\s+to)\b)")


# a photo's caption that places the people it names: "Dana Ortiz, the harbour master, left, and Tom Breck ..."
# (review 26: "Nopparat Kanthawong, head coach of the Wild Boars, left, and Pannawit Jongkham, ..."); a sentence
# names where someone stands only under a picture; after a capitalised word (a name, a title, "D-Calif."), so that a
# speaker's "More guns than people, right, ..." is none
# (the places are cleaning's, `ingest.clean.PICTURE_PLACE`; in brackets a side only: "(background) check" is a word
# a transcript put in)
_PLACED = re.compile(rf"(?:\b[A-Z][\w'’-]*\.?|\)),\s+{PICTURE_PLACE}\s*,|\((?:{PICTURE_SIDE})\)")
# a broadcast host's hand-over to a guest or thanks for the visit (review 25: "For more, we go to Washington, D.C.,
# where we're joined by ...", "... I want to thank you for being with us, ..."): the programme, not the news
_HOSTING = re.compile(r"\bwe(?:['’]re|\s+are)\s+(?:now\s+)?joined\s+(?:now\s+)?by\b|^\W*(?:and\s+)?joining\s+us\b"
                      r"|\bthank(?:s|\s+you)\b[^.!?\"“”]{0,40}?\bfor\s+(?:being\s+(?:here\s+)?with\s+us|joining\s+us)\b"
                      r"|^\W*For\s+more(?:\s+on\s+[^,]{1,60})?,\s+we\s+(?:go|turn)\s+(?:now\s+)?to\b",
                      re.IGNORECASE)


# A sentence about a picture or chart the page shows and the report does not (session 43, review 32: MSNBC's "As for
# the image above, the chart shows GDP numbers by quarter since the Great Recession began." and "The red columns show
# the economy under the Bush and Trump administrations; ..."): the picture pointed at ("the chart below", "this map
# above") is the subject of what it shows or is, or the reader is told to watch or see it ("Watch the video above",
# "Don't see the graphic above?"), or the sentence tells what a chart's colours or marks stand for. A sentence that
# only points on the way to its own statement ("As you can see in the chart below, turnout fell.") reports that.
_PICTURE = r"(?:image|chart|graph|graphic|map|photo(?:graph)?|picture|video|table|illustration|infographic|clip)s?"
_POINTED = rf"(?:the|this|these|that|those)\s+(?:[\w-]+\s+){{0,2}}?{_PICTURE}\s+(?:above|below)"
_PICTURE_TOLD = re.compile(
    rf"^\W*(?:As\s+for\s+{_POINTED}\s*,\s*(?:the\s+{_PICTURE}\s+|it\s+)?|{_POINTED}\s+)"
    r"(?:shows?|is|are|was|were|gives?|provides?|illustrates?|compares?|displays?|depicts?|tracks?|plots?|maps?)\b"
    rf"|^\W*(?:Watch|See|View|Check\s+out|Click(?:\s+on)?)\s+(?:[\w'’-]+\s+){{0,4}}?{_PICTURE}\s+(?:above|below)\b"
    r"[^.!?()\[\]]*[.!?:)\]]*\s*$"  # the prompt alone: "(see chart above) The number ... fell" goes on with news
    rf"|^\W*Don['’]t\s+see\s+the\s+{_PICTURE}\s+(?:above|below)"
    r"|^\W*(?:The|In\s+the)\s+(?:red|blue|green|gr[ae]y|black|orange|yellow|purple|dark|light|shaded|dotted|dashed)"
    r"\s+(?:[\w-]+\s+)?(?:columns?|bars?|lines?|areas?|dots?|circles?|shading)\s+"
    r"(?:shows?|represents?|indicates?|marks?|denotes?|stands?\s+for)\b", re.IGNORECASE)


def _is_furniture(text: str, start: int, end: int) -> bool:
    """Whether the sentence at start..end of `text` is page furniture no outlet reports: a
    line all in capitals of four words or more (a heading, or a link to another story:
    "AUSTIN SERIAL BOMBER MAY HAVE OTHER DEVICES ..."), a photo's caption that credits
    it ("... in a photo from Angie Propst.") or places whom it names (", left,"), a transcript's
    sign-on ("From The New York Times, I'm Michael Barbaro."), hand-over to a guest ("we're joined by")
    or thanks to one ("thank you for being with us"), or a sentence about a picture or chart the page shows
    (`_PICTURE_TOLD`: "The chart below shows ...", "The red columns show ...")."""
    line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    if not any(ch.islower() for ch in line) and len(re.findall(r"[A-Z]{2,}", line)) >= 4:
        return True
    sentence = text[start:end].strip()
    return (_CAPTION_CREDIT.search(sentence) is not None or _SIGN_ON.search(sentence) is not None
            or _PLACED.search(sentence) is not None or _HOSTING.search(sentence) is not None
            or (_PICTURE_TOLD.search(sentence) is not None and not any(m in sentence for m in _QUOTE_MARKS)))


# a broadcaster's note on where its own reporting aired: "NPR's Gregory Warner just checked in with Morning Edition
# from outside the stadium.", "In 2010, Sylvia reported for Morning Edition on the pope's legacy." (review 25)
# (review 26: "That's what NPR's Don Gonyea reported on All Things Considered this afternoon.": "reported on" a
# programme, pointing back to what the sentences before it told)
_AIRTIME = re.compile(rf"^(?:(?:In|On|Earlier|Last)\b[^,]{{0,30}},\s+|(?:That|This)['’]s\s+what\s+)?"
                      rf"(?:Our\s+(?:colleague|correspondent|reporter)\s+)?(?P<who>{_NAME})\s+"
                      rf"(?:just\s+|also\s+|earlier\s+)?(?P<verb>checked\s+in\s+with|reported\s+(?:for|on))"
                      rf"\s+(?:the\s+)?(?P<show>{_NAME})(?:\s+(?:from|on|about|at|in|during|last|this|earlier)\b"
                      r"[^\"“”]*)?[.!]$")
_SAYING = re.compile(r"\b(?:that|saying|says|said)\b")


# the outlet's own reporter's whereabouts: "NPR's Liz Halloran is at the State Capitol in Madison." (review 26), "Our
# correspondent Dana Ortiz is in Port Alma."; a place and a time at most after it
_STATIONED = re.compile(rf"^(?:Our\s+|(?P<own>{_NAME})['’]s\s+)(?:[a-z]+\s+){{0,2}}(?P<who>{_NAME})\s+"
                        r"(?:is|was|has\s+been|will\s+be)\s+(?:(?:live|reporting(?:\s+live)?|standing)\s+)?"
                        r"(?:at|in|from|outside|inside|near|on\s+the\s+scene)\b"
                        r"(?:(?!\b(?:when|where|as|while|and|but|who|which|that)\b)[^,;:\"“”])*[.!]$")


def _stationed(v: SentenceView, ann: Annotation) -> bool:
    """Whether the sentence only says where the article's own outlet's reporter (a person the tagger names, of
    "Our" or of the outlet's name) is: a note on the outlet's coverage, which no other outlet could report."""
    m = _STATIONED.match(v.text.strip())
    if not m:
        return False
    own = m.group("own")
    if own is not None and not (v.outlet + " ").startswith(" ".join(own.lower().split()) + " "):
        return False
    ws, we = v.start + m.start("who"), v.start + m.end("who")
    return any(e.type == "PERSON" and e.start < we and ws < e.end for e in ann.entities)


def _own_airtime(v: SentenceView, ann: Annotation) -> bool:
    """Whether the sentence only says where a reporter's piece aired: a person "checked in with" a programme (a
    work the tagger names), or "reported for" one or an organisation, with at most where, when or on what after it,
    nothing said ("..., saying that ..." carries what was said: a statement, no note). It points to the outlet's
    other reporting, which no other outlet could report."""
    if _stationed(v, ann):
        return True
    m = _AIRTIME.match(v.text.strip())
    if not m or _SAYING.search(v.text):
        return False
    kinds = ("WORK_OF_ART", "ORG") if m.group("verb").endswith("for") else ("WORK_OF_ART",)
    at = lambda g: (v.start + m.start(g), v.start + m.end(g))  # noqa: E731
    (ws, we), (ss, se) = at("who"), at("show")
    return (any(e.type == "PERSON" and e.start < we and ws < e.end for e in ann.entities)
            and any(e.type in kinds and e.start < se and ss < e.end for e in ann.entities))


def _strangers_posts(articles: Sequence[Article]) -> dict[str, list[tuple[int, int]]]:
    """Each article's embedded posts (`nlp.tweets.tweet_quotes`: the words, and the signature after them) signed by
    an account no article of the story names otherwise: no word of the signer's display name (three letters or
    more) stands in the story's text outside the posts and their signatures ("greybeard", "Seamus": strangers'
    reactions a page embeds; review 28's "Now her rep smells like low tide — Seamus (@SeamusTx) October 30,
    2014"). A sentence of one is no item unless it gives a figure or a name of its own (a post telling of "a letter
    sent to families by ... Superintendent Curtis Rhodes" reports news). A post of someone the story names ("Donald
    J. Trump (@realDonaldTrump) ..." where the text says "Trump") is that person's statement, read as any sentence."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for a in articles:
        sigs = signatures(a.text)
        for q in tweet_quotes(a.text):
            sig = next((m for m in sigs if m.start() >= q.end - 1), None)
            spans.setdefault(a.id, []).append((q.start, sig.end() if sig else q.end, q.speaker))
    if not spans:
        return {}
    rest = []
    for a in articles:
        text = a.text
        for s, e, _ in sorted(spans.get(a.id, ()), reverse=True):
            text = text[:s] + " " + text[e:]
        rest.append(f"{a.title or ''}\n{text}")
    told = "\n".join(rest)
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, posts in spans.items():
        for s, e, speaker in posts:
            names = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", speaker or "")]
            if names and not any(re.search(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", told, re.IGNORECASE)
                                 for w in names):
                out.setdefault(aid, []).append((s, e))
    return out


def _inside(v: SentenceView, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether every character of the sentence but spaces lies in one of `spans`."""
    if not spans:
        return False
    text = v.text
    return all(ch.isspace() or any(s <= v.start + i < e for s, e in spans) for i, ch in enumerate(text))


# A sentence that reports nothing of the event (review 28: "Apple did not respond to a request for comment.", "AP
# writers ... contributed."; review 29: "Administration officials would not offer details of the discussion ...",
# "..., Brendan Buck, spokesman for ..., said just that."): a refusal to comment or to give details, with at most what
# on after it; a writers' credit; a statement that only points back to what the sentences before it told, or a
# pointer to the outlet's other material ("... is worth listening to."). A request "seeking a response" is one for
# comment (session 43, review 32: "Representatives of the Tokyo 2020 organizing committee did not immediately reply
# to an email from USA TODAY Sports seeking a response to Pound's comments.")
# the subject, no clause of its own before the refusal ("McLeod said a publication ban had been imposed ... and he
# could not provide further details" reports the ban)
_WHO = r"^(?:(?!\b(?:said|says|and|but|because|after|as)\b)[^\"“”,;:]){1,80}?"
_REFUSED = re.compile(
    _WHO + r"\b(?:did|does|do|has|have|had|could|would|will)\s*(?:not|n['’]t)\s+(?:immediately\s+)?"
    r"(?:(?:respond|reply|return)(?:ed)?\s+to\s+(?:an?\s+|the\s+|several\s+|repeated\s+|multiple\s+)?"
    r"(?:requests?|messages?|inquir(?:y|ies)|e-?mails?|calls?)\s+(?:from\s+[^,;:.]{1,40}?\s+)?(?:for|seeking)\s+"
    r"(?:comment|(?:an?\s+)?(?:response|reply))|(?:be\s+reached\s+for\s+)?comment|"
    r"(?:offer|give|provide|disclose|share|release)\s+(?:any\s+|further\s+|more\s+|additional\s+)?details)\b"
    r"[^\"“”,;:]{0,100}$"
    r"|" + _WHO + r"\b(?:declined|refused)\s+to\s+(?:comment|(?:offer|give|provide|disclose|share|release)\s+"
    r"(?:any\s+|further\s+|more\s+|additional\s+)?details)\b[^\"“”,;:]{0,100}$"
    r"|" + _WHO + r"\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+comment\b[^\"“”,;:]{0,100}$", re.IGNORECASE)
# "De Becker did not respond to calls and messages from the Guardian.": the outlet's own calls unanswered, though no
# "for comment" says so (review 30); the caller must be a news outlet or its people ("from this newspaper")
_ASKED = r"(?:requests?|messages?|inquir(?:y|ies)|e-?mails?|calls?)"
_UNANSWERED = re.compile(
    _WHO + r"\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)(?:ed)?\s+"
    r"to\s+(?:an?\s+|the\s+|several\s+|repeated\s+|multiple\s+)?" + _ASKED + r"(?:\s+(?:and|or)\s+" + _ASKED + r")?"
    r"\s+from\s+(?P<who>[^\"“”,;:]{1,40})$", re.IGNORECASE)
_OUR_PEOPLE = re.compile(r"^(?:us|reporters|journalists|this\s+(?:newspaper|reporter|outlet|publication|station|paper|"
                         r"website|news\s+organi[sz]ation))$", re.IGNORECASE)
# an attempt to reach someone for comment that failed ("Attempts to reach Ariel Castro in jail were unsuccessful
# Monday.", "Calls to the mayor's office went unanswered."; session 42, review 31), with at most a day or two words
# after it; whom it tried to reach is a name or an office ("the stranded climbers", "a ceasefire" are news)
_MANY = r"(?:(?:repeated|several|multiple|further)\s+)?"
_UNREACHED = re.compile(
    r"^" + _MANY + r"(?:attempts?|efforts?)\s+to\s+reach\s+(?P<who>[^\"“”,;:]{1,80}?)\s+"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+unsuccessful|failed)"
    r"|^" + _MANY + r"(?:(?:phone\s+)?calls?|messages?|e-?mails?|requests?\s+for\s+comment)\s+"
    r"(?:to|left\s+(?:with|for))\s+"
    r"(?P<whom>[^\"“”,;:]{1,80}?)\s+(?:(?:went|have\s+gone|had\s+gone)\s+(?:unanswered|unreturned)|"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:not\s+returned|unanswered|unreturned))", re.IGNORECASE)
_OFFICES = re.compile(r"\b(?:office|spokes(?:man|woman|person)|representatives?|lawyers?|attorneys?|aides?|campaign|"
                      r"family|agent|publicist|press\s+secretary)\b", re.IGNORECASE)


def _unreached(text: str) -> bool:
    """Whether a sentence only tells of an attempt to reach someone that failed (`_UNREACHED`): a name or an
    office tried ("Dana Holt at her office", "the mayor's office"; not "the stranded Chilean miners"), at most two
    words after it ("... were unsuccessful Monday")."""
    m = _UNREACHED.search(text)
    if m is None:
        return False
    who = m.group("who") or m.group("whom") or ""
    tail = text[m.end():].split()
    return len(tail) <= 2 and bool(re.match(r"[A-Z][a-z]", who) or _OFFICES.search(who))


_CREDITED = re.compile(r"^[^\"“”]{0,80}\b(?:writers?|reporters?|correspondents?|staff|researchers?)\b"
                       r"[^\"“”]{0,160}?"
                       r"\s+contributed(?:\s+(?:reporting|research))?(?:\s+(?:from|in)\s+[^\"“”,;:]{1,40})?\s*$",
                       re.IGNORECASE)
# an outlet's note on its own ties ("One disclosure: KBIA is licensed to the University of Missouri, ...", "(Disclaimer:
# I am friends with ...)"); in brackets, what follows the closing bracket is another sentence the splitter ran on
_DISCLOSURE = re.compile(r"^\W*(?:(?:One|Full|A)\s+)?(?:disclosure|disclaimer)\s*:", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:said|says|say|wrote|argued|suggested|tweeted|noted)\s+"
                          r"(?:(?:just|exactly|precisely)\s+that|as\s+much)\s*$"
                          r"|\bworth\s+(?:listening\s+to|reading|a\s+(?:listen|read))\s*$",
                          re.IGNORECASE)


def _no_news(sentence: str) -> bool:
    """Whether a sentence reports nothing of the event (`_REFUSED`, `_UNANSWERED`, `_CREDITED`, `_POINTS_BACK`): a
    refusal to comment or give details ("Acme did not respond to a request for comment.", "Acme has yet to comment on
    the reports.", "Acme did not respond to calls and messages from the Ledger." when a news outlet or "this
    newspaper" called), a writers' credit ("Staff writers
    Dana Ortiz and Tom Breck contributed."), a statement pointing back ("A spokesman for the mayor said as much.") or
    to other material ("Her report is worth listening to."), the outlet's disclosure of its own ties ("Disclosure:
    ..."), a failed attempt to reach someone (`_unreached`: "Attempts to reach Dana Holt were unsuccessful."). None
    with quotation marks: words quoted are a statement."""
    text = " ".join(sentence.split()).rstrip(".!")
    if any(m in text for m in _QUOTE_MARKS):
        return False
    if _DISCLOSURE.search(text):  # one in brackets is the sentence only up to its closing bracket
        return not text.lstrip().startswith("(") or text.rstrip().endswith(")")
    if m := _UNANSWERED.search(text):
        who = m.group("who").strip()
        if _OUR_PEOPLE.match(who) or any(s <= 4 and e >= len(who) for s, e in media_names().spans(who)):
            return True  # a news outlet's calls, its name the whole of who called ("the Guardian", "Reuters")
    return _unreached(text) or bool(_REFUSED.search(text) or _CREDITED.search(text) or _POINTS_BACK.search(text))


def _details(text: str, v: SentenceView, spans: list[list[tuple[int, int]]]) -> tuple[Evidence, ...]:
    """The novel figures' and names' spans as evidence in reading order, inside the
    sentence; overlapping ones are joined ("Local 212" holding the figure 212 is one
    detail), so a report can mark each without nesting."""
    joined: list[list[int]] = []
    for s, e in sorted(_trimmed(text, max(s, v.start), min(e, v.end), v.end) for group in spans for s, e in group):
        if s >= e:
            continue
        if joined and s < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], e)
        else:
            joined.append([s, e])
    return tuple(Evidence(v.article, s, e, text[s:e]) for s, e in joined)


# Names of one thing that outlets write either way: general usage, not a list of stories.
_SAME_AS = [frozenset(g.split("|")) for g in (
    "us|united states|america|american|americans|the united states|the us",
    "uk|britain|british|united kingdom|the united kingdom|the uk",
    "un|united nations|the united nations|the un",
    "gop|republican|republicans|gopers|the republican party|republican party",
    "democrat|democrats|democratic|the democratic party|democratic party",
    "congress|capitol hill|lawmakers",
    "isis|isil|islamic state|the islamic state|daesh",
    "pentagon|the pentagon|defense department|the defense department|department of defense"
    "|the department of defense|dod",
    "hispanic|hispanics|latino|latinos|latina|latinas|latinx",
    "france|french",
    # a post on the platform is a tweet: "made similar statements on Twitter" beside "the president's tweets"
    "twitter|tweet|tweets|tweeted|tweeting",
    "covid-19|covid|covid19|coronavirus|the coronavirus|sars-cov-2",
)]
_GENERIC = frozenset("the a an party of".split())
# words an organisation's name adds to what outlets call it ("Frontier Airlines", "Frontier")
_ORG_TAIL = frozenset("airlines airline inc corp corporation co company llc ltd group".split())
_SUFFIX = re.compile(r"(?:,?\s+(?:jr|sr|ii|iii|iv)\.?)$", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _bare(text: str) -> str:
    """Lower case, without the periods of initialisms ("F.B.I." is "FBI")."""
    return re.sub(r"(?<=\b[a-z])\.", "", text.lower())


def _another_form(surface: str, kind: str, elsewhere: str,
                  aliases: Mapping[str, frozenset[str]] | None = None) -> bool:
    """Whether the other outlets name it in another form: an initialism without its
    periods ("F.B.I.", "FBI"), hyphens set another way ("Austin-American Statesman", "Austin
    American-Statesman"), a name of the same thing ("GOP", "Republicans"; "U.S.",
    "American"; "ISIS", "Islamic State"), for a person the surname, suffix aside ("T.S.
    Ellis III", "Ellis"), for an organisation the name without "U.S." or a generic tail
    ("Frontier Airlines", "Frontier"), a place or person spelt with one letter changed
    ("Derna", "Darna"; a surname with a letter moved, "Zhakarova", "Zakharova"), or, for a
    nationality, group or place of one word, a capitalised
    word of one stem ("Texans", "Texas"): the whole shorter word, a plural's "s" aside,
    begins the other ("Georgia" is not "George", "Austria" not "Australia"). Not for a
    person: a short and a full name of one organisation (`nlp.acronyms.another_name`: "ATF",
    "Bureau of Alcohol, Tobacco, Firearms and Explosives"; "S&P", "Standard & Poor's";
    "FedEx", "Federal Express"; "G-7", "Group of Seven"; the tagger may call any of them a place), or two forms a
    story's text gives it (`aliases`: "... (CMS)"), a name of two words or more whose last
    word is singular or plural elsewhere ("US Treasuries", "the US Treasury"), or one of three
    words with a middle word spelt otherwise ("Anthony Steven House", "Anthony Stephan House")."""
    name = _bare(" ".join(surface.split()))
    other, words, capitalised, spaced = _forms(elsewhere)

    def said(form: str, text: str = other) -> bool:  # as a whole word or phrase (a plain search first)
        return (len(form) >= 2 and form in text
                and re.search(r"(?<![a-z])" + re.escape(form) + r"(?![a-z])", text) is not None)

    if said(name):
        return True
    if said(_unhyphenated(name), spaced):  # hyphens set another way ("Austin-American Statesman")
        return True
    if len(name.split()) >= 2 and kind != "PERSON" and said(_APOSTROPHE.sub("", name.removeprefix("the ")),
                                                             _unmarked(elsewhere)):
        return True  # a possessive's apostrophe left out or set otherwise ("Attorneys Office", "attorney's office")
    for group in _SAME_AS:
        if name in group and any((w in words) if " " not in w else (w in other) for w in group - {name}):
            return True
    parts = _WORD.findall(name)
    if kind == "PERSON":
        # "T.S. Ellis III" where the others wrote "Ellis"; "el-Sisi" where they wrote "el-Sissi"
        core = _WORD.findall(_SUFFIX.sub("", name))
        # "Zhakarova" where the others wrote "Zakharova": a letter moved (names.misspelt)
        return bool(core) and (said(core[-1]) or _one_letter_apart(core[-1], capitalised)
                               or any(misspelt(core[-1], x) for x in capitalised))
    if another_name(" ".join(surface.split()), elsewhere):
        return True  # "CDC" where the others wrote "Centers for Disease Control and Prevention"
    if any(said(form) for form in (aliases or {}).get(name.replace(".", "").removeprefix("the "), ())):
        return True  # "ATF" where the story wrote "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"
    defined = (aliases or {}).get(name.replace(".", "").removeprefix("the "), ())
    if _body_by_kind(surface, other) or any(_body_by_kind(form, other) for form in defined):
        return True  # "the French Civil Aviation Authority" (or its "FCAA", whatever the tagger calls it) where the
        # others wrote "France's aviation authority"
    words = parts[1:] if parts[:1] == ["the"] else parts
    if len(words) >= 2 and any(said(" ".join([*words[:-1], w])) for w in _number_forms(words[-1])):
        return True  # "US Treasuries" where the others wrote "US Treasury"
    if _middle_written_otherwise(surface, elsewhere):
        return True  # "Anthony Steven House" (tagged an organisation), "Anthony Stephan House"
    if _office_turned(surface, other):
        return True  # "Ministry of Defense" where the others wrote "Defense Ministry"
    if _seat_told(surface, other):
        return True  # "the Michigan Statehouse" where the others wrote "the state Capitol"
    if kind == "ORG" and _head_alone(surface, elsewhere):
        return True  # "House of Representatives" where the others wrote "Speaker of the House"
    if _care_named_otherwise(surface, elsewhere):
        return True  # "Beth Israel Deaconess Hospital" where the others wrote "... Deaconess Medical Center"
    if kind == "ORG" and len(parts) >= 2:
        # "Frontier Airlines" where the others wrote "Frontier", "U.S. Senate" where "Senate"
        rest = [w for w in parts if w not in _ORG_TAIL]
        rest = rest[1:] if rest and rest[0] == "us" else rest
        if rest and rest != parts and said(" ".join(rest)):
            return True
    if kind in ("GPE", "LOC", "FAC") and len(parts) == 1 and _one_letter_apart(parts[0], capitalised):
        return True  # a place spelt two ways ("Derna", "Darna")
    content = [w for w in parts if w not in _GENERIC]
    if kind not in ("NORP", "GPE") or len(content) != 1:
        return False  # "New York" is not "New Jersey" and "The New York Times"
    return all(any(_one_stem(w, x) or _demonym(w, x) for x in capitalised) for w in content)


# countries and the words outlets write for them, the adjective first: a body of one "the French Civil Aviation
# Authority" is "France's aviation authority" elsewhere (irregular adjectives, and the regular ones of the news)
_COUNTRY_WORDS = [tuple(g.split("|")) for g in (
    "swiss|switzerland", "french|france", "german|germany", "british|britain|uk|united kingdom", "spanish|spain",
    "dutch|netherlands|holland", "swedish|sweden", "danish|denmark", "norwegian|norway", "finnish|finland",
    "polish|poland", "irish|ireland", "greek|greece", "turkish|turkey", "portuguese|portugal", "chinese|china",
    "japanese|japan", "thai|thailand", "iraqi|iraq", "israeli|israel", "pakistani|pakistan", "egyptian|egypt",
    "south african|south africa", "mexican|mexico", "brazilian|brazil", "canadian|canada", "australian|australia",
    "russian|russia", "italian|italy", "indian|india", "iranian|iran", "ukrainian|ukraine", "belgian|belgium",
    "austrian|austria", "scottish|scotland", "welsh|wales", "english|england", "american|us|united states")]
# a prosecution service named by its office ("the Office of the Attorney General of Switzerland", "the Public
# Prosecutor's Office", "the National Prosecuting Authority") is the country's prosecutors
_PROSECUTION = re.compile(r"\b(?:attorney[-\s]general|prosecut\w*)\b")


def _body_by_kind(surface: str, elsewhere: str) -> bool:
    """Whether the other outlets (`elsewhere`, lower case) name a country's public body by what it is, the country
    before it: NPR's "the French Civil Aviation Authority" beside USA Today's "France's aviation authority said" (review
    35), CNN's "The Office of the Attorney General of Switzerland" beside NPR's "Swiss federal prosecutors said"
    (review 36). The name opens with the country's adjective or ends "of <country>" (`_COUNTRY_WORDS`); the last two
    words of the rest must follow the country's name, adjective or possessive, up to two words between ("France's
    aviation authority"), and a prosecution service's office ("attorney general", "prosecutor's office") may be told
    as its "prosecutors". Another country's body, or the words without the country ("the aviation authority"), are
    not told so: the country's and the body's words must both stand there."""
    name = _bare(" ".join(surface.split())).removeprefix("the ")
    for forms in _COUNTRY_WORDS:
        rest = next((name[len(f) + 1:] for f in forms if name.startswith(f + " ")), None)
        if rest is None:
            rest = next((name[:-len(f) - 4] for f in forms if name.endswith(" of " + f)), None)
            rest = rest.removesuffix(" of the") if rest else rest
        if rest is None:
            continue
        words = _WORD.findall(rest)
        if len(words) < 2:
            return False
        heads = [r"\s+".join(map(re.escape, words[-2:]))]
        if _PROSECUTION.search(rest):
            heads.append(r"prosecutors?(?:['’]s?\s+office)?")
        country = "|".join(re.escape(f) for f in forms)
        return re.search(rf"(?<![\w'’-])(?:{country})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(heads)})"
                         r"(?![\w'’-])", elsewhere) is not None
    return False


# a state's seat of government named with its state ("the Michigan Statehouse", "the Ohio State Capitol"), and the
# building told without the name ("the state Capitol", "the statehouse")
_SEAT_NAMED = re.compile(r"(?:[Tt]he\s+)?(?!United\s+States\b|National\b)(?:[A-Z][a-z]+\s+){1,2}"
                         r"(?:Statehouse|State\s+House|State\s+Capitol|Capitol)")
_SEAT_TOLD = re.compile(r"\b(?:the\s+)?(?:state\s*house|state\s+capitol)\b")


def _seat_told(surface: str, elsewhere: str) -> bool:
    """Whether a state's capitol named with its state ("As protesters descended on the Michigan Statehouse Tuesday,
    ...") is the one the other outlets (`elsewhere`, lower case) call "the state Capitol" or "the statehouse" (the
    Washington Times' crowd "who descended on the state Capitol", review 36): one building. A capitol with a name of
    its own ("the Russell Senate Office Building") or a nation's ("the Capitol", "the United States Capitol") is not
    told so."""
    return _SEAT_NAMED.fullmatch(" ".join(surface.split())) is not None and _SEAT_TOLD.search(elsewhere) is not None


def _head_alone(surface: str, written: str) -> bool:
    """Whether the other outlets (`written`, as written) call an organisation named "X of Y" by
    its capitalised head after "the" and without an "of" ("the House" for the "House of
    Representatives", "the Department" for the "Department of Justice"): the short name a
    story uses once the full one is known ("the House" never stands for the "White House")."""
    m = re.match(r"(?:[Tt]he\s+)?((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?[A-Z]", surface)
    if not m:
        return False
    head = r"\s+".join(map(re.escape, m.group(1).split()))
    return re.search(rf"\b[Tt]he\s+{head}\b(?!\s+of\b)", written) is not None


# a government body named "<office> of <field>" or "<field> <office>": outlets write it either way ("the Ministry of
# Defense", "Russia's Defense Ministry"; "the Department of Justice", "the Justice Department")
_OFFICE = r"(?:ministry|minister|department|secretary)"
_OFFICE_OF = re.compile(rf"^(?:the\s+)?({_OFFICE})\s+of\s+(?:the\s+)?((?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)$")
_FIELD_OFFICE = re.compile(rf"^(?:the\s+)?((?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)\s+({_OFFICE})$")


def _office_turned(surface: str, elsewhere: str) -> bool:
    """Whether the other outlets (`elsewhere`, lower case) name a government body of the form "<office> of <field>"
    the other way round, or the other way about: "Ministry of Defense" beside "Defense Ministry" (review 34),
    "Justice Department" beside "Department of Justice". The office is a ministry, minister, department or secretary
    (a university or a bank "of" a place is another name turned round: "University of Ohio", "Ohio University")."""
    name = " ".join(_bare(surface).split())
    if m := _OFFICE_OF.match(name):
        form = f"{m.group(2)} {m.group(1)}"
    elif m := _FIELD_OFFICE.match(name):
        form = f"{m.group(2)} of {m.group(1)}"
    else:
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", elsewhere) is not None or (
        "of" in form and re.search(rf"(?<![\w'’-]){re.escape(form.replace(' of ', ' of the '))}(?![\w'’-])",
                                   elsewhere) is not None)


# what a place of care is, after its own name: outlets write it either way ("Mercy Hospital", "Mercy Medical Center")
_CARE = r"(?i:hospital|medical cent(?:er|re)|health cent(?:er|re)|clinic|infirmary)"
_CARE_NAMED = re.compile(rf"(?:[Tt]he\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+{_CARE}")


# a place of care by its name ("the MetroHealth Emergency Department", "Mercy Valley Hospital"), and one told by its
# kind in lower case ("the hospital", "a local hospital")
_CARE_PLACE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:Hospital|Medical Cent(?:er|re)|"
                         r"Health Cent(?:er|re)|Clinic|Infirmary|Emergency (?:Department|Room)|Trauma Cent(?:er|re))")
_CARE_KIND = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:hospital|medical cent(?:er|re)|clinic|infirmary|"
                        r"emergency room|trauma cent(?:er|re))s?\b")


def _care_told(surface: str, near: Sequence[str]) -> bool:
    """Whether a place of care named in the sentence ("The three were treated in the MetroHealth Emergency Department
    Monday night and released on Tuesday morning.") is the one another outlet's sentence on its topic (`near`) tells
    by its kind ("The three women ... were released Tuesday from the hospital ...", review 31): one stay in hospital,
    its place named by one outlet only. A sentence on its topic that names no such place leaves the name new."""
    return _CARE_PLACE.fullmatch(" ".join(surface.split())) is not None and any(
        _CARE_KIND.search(t) is not None for t in near)


def _care_named_otherwise(surface: str, written: str) -> bool:
    """Whether the other outlets (`written`, as written) name a hospital by its own name with another word for what
    it is ("Beth Israel Deaconess Hospital", "Beth Israel Deaconess Medical Center"; review 25): the proper words
    before the kind must stand there whole, capitalised, right before a kind ("Mercy Hospital" is not "Mercy
    Children's Hospital", nor "Mercy" alone)."""
    m = _CARE_NAMED.fullmatch(" ".join(surface.split()))
    if not m:
        return False
    own = r"\s+".join(map(re.escape, m.group(1).split()))
    for found in re.finditer(rf"(?<![\w'’-]){own}\s+{_CARE}\b", written):
        before = re.search(r"(\S+)\s+$", written[max(0, found.start() - 40):found.start()])
        word = before.group(1) if before else ""
        # another capitalised word before it makes another name ("North Mercy Valley Clinic"); an owner's
        # ("Boston's"), an article or a sentence's end does not
        if not word[:1].isupper() or word.endswith(("'s", "’s", ".", "!", "?")) or word in ("The", "A"):
            return True
    return False


def _middle_written_otherwise(surface: str, written: str) -> bool:
    """Whether the other outlets (`written`, as written) give a name of three capitalised words
    with its first and last words and a middle word of the same initial ("Anthony Stephan
    House" for "Anthony Steven House", "Anthony S. House"): a middle name spelt two ways, not
    another name ("North Carolina State", "North Dakota State")."""
    words = surface.split()
    if len(words) != 3 or not all(w[:1].isupper() for w in words):
        return False
    first, initial, last = re.escape(words[0]), re.escape(words[1][0]), re.escape(words[2])
    pattern = rf"(?<![\w'’-]){first}\s+{initial}[\w'’.-]*\s+{last}(?![\w'’-])"
    return re.search(pattern, written) is not None


def _number_forms(word: str) -> tuple[str, ...]:
    """The other number of a noun, by the regular endings: "treasuries" -> "treasury",
    "bonds" -> "bond", "treasury" -> "treasuries", "bond" -> "bonds" ("bus", "press": no
    singular taken from "ss" or "us")."""
    if word.endswith("ies") and len(word) > 4:
        return (word[:-3] + "y",)
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return (word[:-1],)
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return (word[:-1] + "ies",)
    return (word + "s",) if len(word) > 2 else ()


def _unhyphenated(text: str) -> str:
    """Hyphens between letters as spaces: writers hyphenate one compound name differently."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)


_APOSTROPHE = re.compile(r"['’]")


@lru_cache(maxsize=16)
def _unmarked(written: str) -> str:
    """The other outlets' text as `_forms` reads it, without apostrophes: "U.S. Attorneys Office" is the "US
    attorney's office" of another outlet (review 32), "Veterans Affairs" its "Veterans' Affairs"."""
    return _APOSTROPHE.sub("", _bare(written))


@lru_cache(maxsize=16)
def _forms(written: str) -> tuple[str, frozenset[str], frozenset[str], str]:
    """The other outlets' text without initialisms' periods, its words, its capitalised
    words (lower-cased), and the first with hyphens as spaces: computed once per story and
    outlet."""
    bare = _bare(written)
    return (bare, frozenset(_WORD.findall(bare)),
            frozenset(w.lower() for w in re.findall(r"\b[A-Z][A-Za-z'’-]*", written)), _unhyphenated(bare))


def _one_letter_apart(word: str, capitalised: frozenset[str]) -> bool:
    """A name of five letters or more written elsewhere with one letter changed, added or
    dropped (a transliteration: "Derna", "Darna"; "Sisi", "Sissi")."""
    if len(word) < 5:
        return False
    for other in capitalised:
        if abs(len(other) - len(word)) > 1 or other == word or other[:1] != word[:1]:
            continue
        if other.removesuffix("s") == word.removesuffix("s") or other.startswith(word) or word.startswith(other):
            continue  # "Peters" is not "Peter", "Roberts" not "Robert", "Indiana" not "Indian"
        if _edits(word, other) <= 1:
            return True
    return False


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, stopping early above 1 (only "at most one" matters)."""
    if len(a) > len(b):
        a, b = b, a
    prev = list(range(len(a) + 1))
    for i, cb in enumerate(b, 1):
        cur = [i]
        for j, ca in enumerate(a, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > 1:
            return 2
        prev = cur
    return prev[-1]


# what the longer of two words of one stem may add: a people's or an adjective's ending
# ("Cuba-n", "Iraq-i", "Japan-ese", "Islam-ic", "West-ern"), or a country's ("Afghan-istan")
_STEM_ADDS = frozenset(("", "n", "an", "ian", "ese", "i", "ish", "er", "ern", "ite", "ic", "istan"))


def _one_stem(a: str, b: str) -> bool:
    """Two words of one stem: the shorter, a plural's "s" aside and at least four
    letters long, begins the other, which adds an ending of a people or a place ("texas"
    and "texans", "cuba" and "cubans"; not "indian" and "indiana")."""
    short, long_ = sorted((a.removesuffix("s"), b.removesuffix("s")), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _STEM_ADDS


# endings that make a people or an adjective of a place's name ("Mexic-an", "Canad-ian",
# "Chin-ese", "Dan-ish"), and the endings of place names they replace ("Mexic-o", "Chin-a")
_PEOPLE_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ean", "eans")
_PLACE_ENDINGS = ("", "a", "o", "e", "y")


def _demonym(a: str, b: str) -> bool:
    """A place and its people or adjective, written on one stem of five letters or four
    with its ending changed: "mexico" and "mexican", "china" and "chinese", "canada" and
    "canadians"; not "georgia" and "george", "austria" and "australia"."""
    for place, people in ((a, b), (b, a)):
        for end in _PEOPLE_ENDINGS:
            stem = people.removesuffix(end)
            if stem != people and len(stem) >= 4 and place != stem and any(
                    place == stem + tail for tail in _PLACE_ENDINGS[1:]):
                return True
    return False


_LOOSE_END = re.compile(r"(?:\s+(?:of|and|the|to|for|in|on|at)|[\s.,;:])+$", re.IGNORECASE)
# a full stop that belongs to the name: an initialism or an abbreviation ("U.S.", "Jr.")
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.$")


def _trimmed(text: str, s: int, e: int, limit: int) -> tuple[int, int]:
    """A tagger's span without a loose end ("the State Dining Room of", "Jay-Z.") and with
    its bracket closed ("... (NAACP" -> "... (NAACP)"), within the sentence (`limit`)."""
    m = _LOOSE_END.search(text[s:e])
    if m and m.start() > 0 and not (m.group(0) == "." and _ABBREVIATED.search(text[s:e])):
        e = s + m.start()
    if text.count("(", s, e) > text.count(")", s, e) and e < limit and text[e] == ")":
        e += 1
    return s, e


def _named_elsewhere(name: str, kind: str, elsewhere: str) -> bool:
    """Whether the other outlets' text names it: in full, a person by surname, a US state
    by its abbreviation ("Illinois" where they wrote "(D-Ill.)") or in full for one."""
    parts = name.split()
    if name in elsewhere or (kind == "PERSON" and parts and parts[-1] in elsewhere):
        return True
    if kind != "GPE":
        return False
    state = STATE_OF_ABBREVIATION.get(name, name)
    return state in elsewhere or state_named_in(state, elsewhere)


def _substance(v: SentenceView, ann: Annotation) -> float:
    """How much checkable content a sentence carries; 0 = none (a transition, a mood)."""
    inside = lambda s, e: s < v.end and e > v.start  # noqa: E731
    names = {e.name.lower() for e in ann.entities if e.type in _NAMED and inside(e.start, e.end)}
    claims = sum(1 for c in ann.claims if inside(c.start, c.end))
    quotes = sum(1 for q in ann.quotes if q.direct and inside(q.start, q.end))
    if not quotes and any(m in v.text for m in _QUOTE_MARKS):
        quotes = 1
    if not (names or claims or quotes):
        return 0.0
    return 2.0 * min(claims, 2) + 1.5 * min(quotes, 1) + min(len(names), 3) + min(v.n_words, 40) / 40
