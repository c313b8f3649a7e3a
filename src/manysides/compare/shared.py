"""Shared points: what two or more different outlets report, in whatever words.

Sentences are compared by their sentence vectors (cosine of L2-normalised MiniLM
embeddings). Cross-outlet pairs at or above `SHARED_THRESHOLD` whose cosine also stands out
from each sentence's other matches in the other article (`SHARED_MARGIN`, the ratio margin
of bitext mining) are merged into points, strongest pair first, under two rules that keep
a point one point:

* a point holds at most one sentence per article (the first to join is the best match);
* every pair of sentences in a point must be at least `LINK_THRESHOLD` alike, so a
  chain A~B~C cannot glue together two sentences that say different things;
* no pair in a point is one that `told_apart` tells apart: words given to different
  people or to groups of two sides, the acts or words of two countries' bodies, two quotations (of two
  speakers or of one) in other words, a quotation's later sentence beside narration, an answer beside a refusal to
  answer or beside the question put, a hypothetical or a likelihood beside a fact, two figures of one kind at two
  moments, figures of two quantities, two votes' tallies, a rise beside a fall, a signed embedded post beside a
  sentence that does not name its author, the writer's opinion or a poll's finding beside a report, a guest's
  turn in a broadcast transcript beside narration (`_voice`), a prospect beside the outcome, an obstacle beside the
  agreement over it, one thing at two poles of a scale, a verb's future or plan beside its past, two explanations
  offered, a denial beside what it denies (in a negated verb or a claim called false), a possibility raised or a call
  for something beside the deed, a future said in reported speech beside the deed, which the embedding reads as alike;
* a point that only gives the rest of a quotation another point opens is dropped
  (`_without_quote_tails`).

See docs/comparison.md for how the thresholds were measured.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..records import Annotation, Article, Claim, Evidence, SharedPoint
from ._text import STOP_WORDS, SentenceView, display_sentence, is_boilerplate, sentence_views, words
from ._voice import is_aside, mentions_poll, neutral, opines, own_words, poll_finding, turn_quote
from ..nlp.claims import MONTHS
from ..nlp.tweets import SIGNED
from ..nlp.numbers import DURATION_SECONDS, ONES, TENS
from .numbers import in_unit_of, intervals_overlap, is_age, is_forecast, other_moment, sum_of_parts
# the disputes' tests of whether two figures can be one quantity (`_two_quantities`)
from .numbers import _apart, _as_read, _clock_times, _comparable, _contrasted, _kind, _rounded_alike, _sectors
from .numbers import _CHANGE_WORD, _stem

SHARED_THRESHOLD = 0.68
# A long article on one subject has many sentences close to any sentence of another
# outlet's; a pair counts only when its cosine stands out of each side's k other best
# matches in the other's article (cosine over their mean: the ratio margin of bitext
# mining, Artetxe & Schwenk 2019). Chosen on BASIL's read pairs; docs/comparison.md.
SHARED_MARGIN = 1.20
MARGIN_NEIGHBOURS = 3
LINK_THRESHOLD = 0.60
MIN_WORDS = 5
# Two sentences of related wording (the cosine where one event's sentences live) that give
# two or more of the same figures ("increased by 37,000 to 412,000" / "rose 37,000 last week
# to 412,000", cosine 0.59) report one fact: the figures say so where the wording differs.
# Read on all of same_event: 11 such pairs below SHARED_THRESHOLD, all one fact
# (scripts/comparison_ideas/shared_figures.py).
FIGURES_FLOOR = 0.50
SAME_FIGURES = 2
# One figure in common is enough nearer the edge, when the pair's likeness stands out of both sentences' other matches
# (`SHARED_MARGIN`) (session 43): NPR's "... and Congress simply extended it for another 25 years." / Newsmax's
# "Congress reauthorized the law's preclearance requirement in 2006, extending it for 25 years on lopsided votes: 98-0
# in the Senate and 390-33 in the House." (cosine 0.65, margin 1.40; review 31's Voting Rights Act story had no shared
# point): a sentence that adds a second fact (the tally) is less alike to one that gives the first alone. On the judged
# BASIL pairs from 0.58 to 0.68 at that margin with one figure alike, 11 of 11 are judged the same fact. Not when the
# two sentences name places and none in common (`_two_places`): one figure of two places. Nor is a bare count below
# `LEAST_COUNT` a figure so: "one woman had a heart attack" / "one woman was taken into custody" (review 22); nor an
# age: "... about the death of 43-year-old Keith Lamont Scott" / "police shot and killed Keith Lamont Scott, 43" (review
# 18, a quarterback's words beside the shooting).
ONE_FIGURE_FLOOR = 0.58
LEAST_COUNT = 3
# Two sentences this alike give one quotation in nearly the same words ("Why would he not do
# it?" / "... do that?"), whomever the quote finder gives each to: speakers do not tell
# them apart (`told_apart`).
SAME_QUOTE = 0.85
# A sentence this much of whose words stand inside direct quotation marks is a quotation (an attribution tag,
# "..., Nixon said.", may stand beside it); two such sentences of which the shorter's content words are less than
# `SAME_WORDS` given in the other quote two statements, not one in two outlets' words (`_two_quotations`).
QUOTATION_SHARE = 2 / 3
SAME_WORDS = 2 / 3
# Two such quotations given to one speaker are that speaker's two statements below this cosine (session 42): Lightfoot's
# "... a break from the corrupt political machine" / "I'm not a person who decided I would climb the ladder of a corrupt
# political party" (review 30, 0.68). At it or above, one statement in two outlets' wordings or translations: the
# NAACP's "We don't have a problem with the tea party's existence." / "We take no issue with the Tea Party movement."
# (0.85, judged the same statement), where the embedding reads the words as one.
SAME_SPEAKER_QUOTE = 0.80
# and when less than this share of the shorter's content words are in the other's: one speaker says one claim again
# in other words, and outlets quote two sentences of one speech ("None of these allegations have been corroborated by
# the 7th and latest FBI investigation" / "What we know for sure is the FBI report did not corroborate any of the
# allegations", McConnell's, review 17: 3 of 5 words alike, one point); Lightfoot's two share 2 of 7.
SAME_SPEAKER_WORDS = 1 / 2
# Nor are they two when they give a run of this many words in a row alike: one statement, one outlet quoting its
# first sentence ("Tonight Canadians rejected division and negativity.") and another a longer cut of it ('... that
# voters had "rejected division and negativity... and they rejected cuts and austerity ..."', review 23).
QUOTED_RUN = 3
# The words an attribution tag after a quotation may hold ("..., The Sentencing Project criminal justice reform group
# said in a statement.", 11): a sentence that goes on with a quotation begun before and ends in no more is the
# quotation's later sentence (`told_apart`).
TAG_WORDS = 12
# A tag may end on a clause that says what the words refer to (", referring to how Ms. Hickox was treated in New Jersey
# after she landed at Newark ... on Friday"): it glosses the quotation, it states nothing of the outlet's own (review
# 28's "No,” Mr. Caroll said, referring to ..." stood in one point with another outlet's "... returned to the U.S. last
# week through Liberty International Airport in Newark"). It does not count in the tag's words.
_REFERRING = re.compile(r",\s*(?:referring|alluding|speaking|responding|reacting|pointing)\s+(?:to|of|about)\b.*$",
                        re.IGNORECASE | re.DOTALL)
# Two figures within this share of each other whose hedges are compatible ("more than 10 days" /
# "an 11-day war") are one figure given two ways, not two readings (`_two_moments`).
ALIKE_SHARE = 0.10


@dataclass(frozen=True)
class _Point:
    members: tuple[SentenceView, ...]
    central: SentenceView
    outlets: int
    position: float  # mean relative position of the sentences in their articles
    cohesion: float  # mean pairwise cosine


def in_shared_point(points: Sequence[SharedPoint], ev: Evidence) -> bool:
    """Whether one outlet's own item `ev` is also a shared point's evidence: the sentence
    adds a figure or a name of its own to a point other outlets make, and is shown as
    such ("adds a detail to a shared point"), not as a point the others leave out."""
    return any(e.article == ev.article and e.start < ev.end and ev.start < e.end
               for p in points for e in p.evidence)


def shared_points(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    threshold: float = SHARED_THRESHOLD,
    link: float = LINK_THRESHOLD,
    min_words: int = MIN_WORDS,
    keep_apart: Callable[[str, str], bool] | None = None,
    margin: float = SHARED_MARGIN,
    tell_apart: bool = True,
) -> tuple[SharedPoint, ...]:
    """Points made by two or more different outlets, most widely shared first.

    Each point's `summary` is its most central sentence (headline or dateline glued to
    it removed) and its
    `evidence` one sentence per article, in the order of `articles`. `keep_apart(a, b)`,
    given, is asked of two sentences' texts before they join one point: True keeps them
    apart (scripts/comparison_ideas/shared_negation.py measures a negation rule so).
    `margin` 0 turns the margin off (cosine alone); `tell_apart` False turns off the
    rules of `told_apart` (for measuring them).
    """
    order = {a.id: i for i, a in enumerate(articles)}
    points = _points(articles, annotations, sentence_vectors, threshold, link, min_words, keep_apart, margin,
                     tell_apart)
    out = []
    for p in points:
        members = sorted(p.members, key=lambda v: (order[v.article], v.start))
        out.append(
            SharedPoint(
                summary=display_sentence(p.central.text),
                articles=tuple(v.article for v in members),
                evidence=tuple(Evidence(v.article, v.start, v.end, v.text) for v in members),
            )
        )
    return tuple(out)


def _points(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    threshold: float,
    link: float,
    min_words: int,
    keep_apart: Callable[[str, str], bool] | None = None,
    margin: float = SHARED_MARGIN,
    tell_apart: bool = True,
) -> list[_Point]:
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    cands = [v for v in views if v.n_words >= min_words and not is_boilerplate(v.text)
             and not (tell_apart and (_leads_in(v.text) or _own_note(v.text) or is_aside(v.text)))]
    if len({v.outlet for v in cands}) < 2:
        return []
    mat = np.stack([matrices[v.article][v.index] for v in cands])
    sims = mat @ mat.T
    outlet = np.array([v.outlet for v in cands], dtype=object)
    cross = outlet[:, None] != outlet[None, :]
    edge = cross & (sims >= threshold)
    same = cross & _same_figures(cands, annotations) & (sims >= FIGURES_FLOOR)
    if margin > 0:
        margins = pair_margins([v.article for v in cands], sims)
        edge &= margins >= margin
        # one figure in common and a likeness that stands out of both neighbourhoods (`ONE_FIGURE_FLOOR`), of no two
        # places
        same |= (cross & (_figures_in_common(cands, annotations, least=LEAST_COUNT) >= 1) & (sims >= ONE_FIGURE_FLOOR)
                 & (margins >= margin) & ~_two_places(cands, annotations))
    edge |= same
    alike = np.where(same, np.maximum(sims, link), sims)  # such a pair counts as alike in a point
    if tell_apart:  # only pairs alike enough to stand in one point need reading
        apart = told_apart(cands, annotations, cross & (alike >= min(link, FIGURES_FLOOR)), sims,
                           published={a.id: a.published for a in articles})
        edge &= ~apart
        alike = np.where(apart, -1.0, alike)  # and no chain may bring them together
    ii, jj = np.nonzero(np.triu(edge, k=1))
    # Strongest pairs first; ties broken by index so the result is deterministic.
    edges = sorted(zip(ii.tolist(), jj.tolist()), key=lambda e: (-round(float(sims[e]), 6), e))

    cluster_of = list(range(len(cands)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(cands))}
    for i, j in edges:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        a, b = members[ci], members[cj]
        if {cands[k].article for k in a} & {cands[k].article for k in b}:
            continue  # one sentence per article: the better match already joined
        if alike[np.ix_(a, b)].min() < link:
            continue
        if keep_apart is not None and any(keep_apart(cands[x].text, cands[y].text) for x in a for y in b):
            continue
        keep, drop = (ci, cj) if ci < cj else (cj, ci)
        members[keep] = sorted(a + b)
        for k in members[drop]:
            cluster_of[k] = keep
        del members[drop]

    points = []
    for idx in members.values():
        outlets = {cands[k].outlet for k in idx}
        if len(outlets) < 2:
            continue
        sub = sims[np.ix_(idx, idx)]
        n = len(idx)
        centrality = (sub.sum(axis=1) - 1.0) / (n - 1)
        # Most central sentence; among near-ties (within 0.02) the shortest reads best.
        best = float(centrality.max())
        near = [k for k, c in zip(idx, centrality) if c >= best - 0.02]
        central = min(near, key=lambda k: (cands[k].n_words, cands[k].article, cands[k].start))
        cohesion = float((sub.sum() - n) / (n * (n - 1)))
        points.append(
            _Point(
                members=tuple(cands[k] for k in idx),
                central=cands[central],
                outlets=len(outlets),
                position=float(np.mean([cands[k].position for k in idx])),
                cohesion=cohesion,
            )
        )
    if tell_apart:
        points = _without_quote_tails(points, views, annotations)
    points.sort(key=lambda p: (-p.outlets, round(p.position, 6), -round(p.cohesion, 6), p.central.text))
    return points


def _quote_opening(v: SentenceView, ann: Annotation, views: Sequence[SentenceView]) -> tuple[str, int] | None:
    """The sentence (article, start) where the direct quotation `v` goes on from began, when `v` opens
    inside one that began in an earlier sentence; None otherwise."""
    for q in ann.quotes:
        if q.direct and q.start < v.start < q.end:
            opening = next((w for w in views if w.article == v.article and w.start <= q.start < w.end), None)
            if opening is not None and opening.start < v.start:
                return opening.article, opening.start
    return None


def _without_quote_tails(points: list[_Point], views: Sequence[SentenceView],
                         annotations: Mapping[str, Annotation]) -> list[_Point]:
    """`points` without those that only give the rest of a quotation another point opens: every sentence
    goes on with a direct quotation begun in an earlier sentence, and those openings stand together in one
    point. Outlets that quote a tweet or a statement of two sentences in full ("... as the next president of
    France." / "I look very much forward to working with him!", review 16) share one quotation, not two
    points, and its last sentence read alone says nothing of who said it."""
    by_article: dict[str, list[SentenceView]] = {}
    for v in views:
        by_article.setdefault(v.article, []).append(v)
    held = [{(v.article, v.start) for v in p.members} for p in points]
    kept = []
    for n, p in enumerate(points):
        openings = {_quote_opening(v, annotations[v.article], by_article[v.article]) for v in p.members}
        if None in openings or not any(openings <= h for k, h in enumerate(held) if k != n):
            kept.append(p)
    return kept


def sentence_figures(v: SentenceView, annotations: Mapping[str, Annotation]) -> set[tuple[str, float]]:
    """The figures a sentence gives, as (unit, value) of its claims; calendar years and
    dates, which any two accounts of one event share, aside."""
    ann = annotations.get(v.article)
    return {(c.unit.lower(), round(float(c.value), 6)) for c in (ann.claims if ann else ())
            if v.start <= c.start and c.end <= v.end and isinstance(c.unit, str)
            and c.unit.lower() not in ("year", "date")}


# A sentence that ends in a colon after a function word leads into a quotation or a list it
# does not hold ("The suit claimed MGM is negligent in the shooting because:", "..., Pelosi
# said:"): what it says is in what follows, and its subject alone made it a "shared point"
# with a law professor's quoted comment on the suit (review 10).
# So does one that ends in a colon after any word (session 41): NPR's "The student protest movement responded on
# Twitter:" (an embedded post's lead-in) stood in one point with CNN's account of the protesters' victory (review 28);
# "only one outlet reports" items leave out every sentence ending in a colon already (`unique.CUT_OFF`).
_LEAD_IN = re.compile(r"""\b(\w+)[\s"“”'‘’]*:[\s"“”'‘’]*$""")
# Not answering: "declined to say whether she would endorse Sanders" reads, to the embedding,
# as "said that she would endorse Sanders" (review 10's Clinton story).
_NON_ANSWER = re.compile(
    r"\b(?:declin|refus)(?:e|es|ed|ing)\s+to\s+(?:say|answer|comment|commit|confirm|discuss|specify|disclose|"
    r"reveal|elaborate)\b|\bdemurr?(?:s|ed|ing)?\b|\bno comment\b|"
    r"\b(?:would|will|did|could|does|do)(?:\s+not|n[’']t)\s+[“\"]?(?:say|answer|commit|confirm|comment)\b",
    re.IGNORECASE)
# Someone who does not know whether something happened has not said it did: "The police chief says he does not know
# if Scott pointed the weapon at the officers" stood in one point with "Police said Scott had a gun in his hands"
# (review 18). "It is unclear whether", "not known if" are the outlet's own not knowing.
_NOT_KNOWN = re.compile(
    r"\b(?:do|does|did)(?:\s+not|n[’']t)\s+know\s+(?:if|whether)\b|"
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:unclear|unknown|not\s+(?:clear|known))\s+(?:if|whether)\b",
    re.IGNORECASE)
# A request is not the decision on it: "The administration then asked the appeals court for an emergency stay" stood
# in one point with "the 9th Circuit disagreed" and "the three judges ... upheld the temporary restraining order"
# (review 18). One sentence asks (and names no decision), the other decides (and names no request). "rule", "rules"
# and "grants" are left out: a regulation, money given; so is "request" as a noun ("not comply with the committee's
# request" is Flynn's refusal, judged one point with "rejected a subpoena"), and "seek" ("the committee's subpoena
# seeking documents").
_REQUEST = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|petition(?:s|ed|ing)?)\s+(?:[\w.’'-]+\s+){0,5}?for\b|\brequest(?:ed|ing)\b|"
    r"\b(?:to|will|would)\s+request\b|"
    r"\bfiled\s+(?:an?\s+)?(?:\w+\s+)?(?:motion|appeal|request|petition)\b",
    re.IGNORECASE)
_DECISION = re.compile(
    r"\b(?:upheld|uphold(?:s|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|grant(?:ed|ing)|"
    r"ruled|ruling|disagree(?:s|d)?|dismiss(?:es|ed|ing)?|overturn(?:s|ed|ing)?|reinstat(?:e|es|ed|ing)|"
    r"turn(?:s|ed)?\s+down)\b",
    re.IGNORECASE)
# A question put to someone ("asked Fauci whether it was a "long shot" to hope for a vaccine") reads,
# to the embedding, as the answer another outlet reports ("Fauci warned ... "might take some time"",
# review 13); a sentence that also gives the reply ("asked whether ..., he said ...") answers it, and a
# question in a subordinate clause is background ("issued an apology ... as the man tried to ask him
# whether he supports ...", judged one point with "has apologized for his combative behavior").
_QUESTION = re.compile(r"\b(?:ask(?:s|ed|ing)?|questioned|wonder(?:s|ed|ing)?)\b[^?!;]{0,60}?\b(?:whether|if)\b",
                       re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:as|while|when|after|before|because|since|who|whom|which|that|where)\b",
                          re.IGNORECASE)
_ANSWERED = re.compile(r"\b(?:said|says|replied|replies|answered|answers|responded|responds|told)\b", re.IGNORECASE)
# A likelihood or a reported plan is not the fact beside it: "Beijing is now likely to pressure Canada
# to release her" / "China demanded her immediate release", "Nike reportedly plans to sell Kaepernick
# shoes" / the ad released, "the death toll ... is probably higher than the 80,000 reported" / "has
# killed more than 80,000" (review 13). Read in the sentence's first clause only: a likelihood in a clause
# after it is background to the fact ("... to fill staffing shortages, as thousands of workers are unlikely
# to meet the deadline", judged one point with "... workers possibly losing their jobs"). "twice as likely
# to be reinfected" compares risks; it predicts nothing.
# Being expected or favoured to win, lose or be confirmed (passed, elected) is a likelihood too, not the outcome: CNN's
# "Hagel was expected to win confirmation" stood in one point with Fox's account of one of the hearing's confrontations
# (review 23). Other verbs after "expected to" name a schedule ("is expected to sign the bill Friday") or a path ("was
# expected to pass through the Florida Keys around 8 a.m."), left to the other rules.
# What a negotiation settles on: a deal, an agreement, ...
_SETTLEMENT = r"(?:deal|agreement|settlement|compromise|accord|breakthrough|truce|cease-?fire|pact|treaty)s?\b"
_LIKELY = re.compile(r"(?<!as )(?<!more )(?<!less )\b(?:(?:un)?likely|poised)\s+to\b|\bprobably\b|"
                     r"\breportedly\s+(?:plans?|planning|intends?|wants?|considering|weighing|preparing)\b|"
                     r"\b(?:expected|favou?red|projected|predicted|tipped)\s+to\s+(?:easily\s+|narrowly\s+)?"
                     r"(?:win|lose|prevail|survive|fail|be\s+(?:confirmed|approved|elected|re-?elected|passed|defeated|"
                     r"rejected))\b",
                     re.IGNORECASE)
# Near certainty is a likelihood too (session 43): Reason's "Assuming the British authorities do go forward with
# extradition, it will almost certainly be years before the matter is settled" stood in one point with the US seeking
# extradition (review 31). Not beside a prediction of its own (`_PREDICTS`): HuffPost's "The move is almost certain to
# be challenged in court." / Fox's "The move is expected to face a swift and forceful legal challenge ..." (review 29).
_NEAR_CERTAIN = re.compile(r"\b(?:almost|all\s+but|nearly)\s+certain(?:ly)?\b|\bin\s+all\s+likelihood\b",
                           re.IGNORECASE)
# A prospect is not the outcome (session 43): Fox's "The United States and Mexico look close to resolving key
# differences on the North American Free Trade Agreement ..." (the day before) stood in one point with USA Today's "...
# the United States and Mexico have reached a new trade deal" (review 31). Being close to doing something or to a deal,
# on the verge of it, nearing a deal or looking set to: read in the main clause, beside a sentence that says nothing of
# the future (`_of_the_future`: no modal, no plan) and no prospect. Beside a future ("will run out of flexibility ... on
# Oct. 18" / "was close to exhausting its federal borrowing capabilities", a judged roundups pair) it is one prospect.
_PROSPECT = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being|look(?:s|ed|ing)?|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?|c[oa]me|comes|"
    r"coming|get(?:s|ting)?|got|draw(?:s|ing)?|drew|mov(?:e|es|ed|ing)|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?)\s+"
    r"(?:(?:very|so|now|still|also|increasingly|ever)\s+)?(?:close|closer)\s+to\s+"
    r"(?!(?:nothing|something|anything|everything|during|evening|morning)\b)"
    r"(?:(?-i:[a-z]+ing)\b|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _SETTLEMENT + r"))|"
    r"\bon\s+the\s+(?:verge|brink|cusp)\s+of\b|"
    r"\bnear(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _SETTLEMENT + r"|"
    r"\b(?:look(?:s|ed|ing)?|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?)\s+(?:set|poised|certain|sure)\s+to\b",
    re.IGNORECASE)
# What predicts: near certainty beside one of these is one prediction in two words.
_PREDICTS = re.compile(r"\b(?:(?:un)?likely|expected|anticipated|forecast|predicted|projected|poised|set|bound|"
                       r"certain|sure)\s+to\b", re.IGNORECASE)
# A sentence may open on a subordinate or concessive clause ("Despite the campaign against him, Hagel was expected to
# win", "Whatever the outcome, Britain's leaders must ..."): the first clause that is not one is the sentence's main
# clause, where a likelihood or the writer's "must" is read.
_SUBORDINATE_OPENING = re.compile(r"^\W*(?:despite|although|though|while|whereas|after|before|amid|as|since|because|"
                                  r"when|with|without|following|unlike|in\s+spite\s+of|whatever|whichever|"
                                  r"no\s+matter|regardless|if|unless|assuming|supposing|provided|even\s+if)\b",
                                  re.IGNORECASE)
# Someone who has not decided is not what they did or said once decided: "Sen. Lisa Murkowski (R-AK) says she may
# not vote for Kavanaugh but that she hasn't made up her mind" stood as one point with her speech against him the
# next day (review 17). Read in the whole sentence: the indecision is often its last clause.
_UNDECIDED = re.compile(
    r"\bundecided\b|\bon\s+the\s+fence\b|\b(?:has|have|had|is|are|was|were)(?:\s+not|n[’']t)\s+(?:yet\s+)?"
    r"(?:made\s+up\s+(?:his|her|their|its|my|our)\s+minds?|decided)\b|\b(?:has|have|had)\s+yet\s+to\s+(?:decide|make\s+up)\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
# An outlet's note on its own reporting ("Reuters has not independently verified the accusations", "The video
# could not be independently confirmed") says what the outlet did not do, not what happened: its subject made it a
# "shared point" with Franken's denial of the accusations (review 15). A sentence that goes on to report
# something ("... has not yet verified the claims, but Franken flatly denied them") stays a candidate.
_UNVERIFIED = re.compile(
    r"\b(?:not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?(?:(?:be\s+)?able\s+to\s+(?:be\s+)?)?(?:be\s+)?independently\s+"
    r"(?:verif(?:y|ied|ying)|confirm(?:ed|ing)?|corroborat(?:e|ed|ing))\b", re.IGNORECASE)


# What would happen if something did is not what happened: CNN's "But if someone with symptoms of Ebola shows up at
# any other hospital, as Duncan did, the hospital might not be ready." stood in one point with officials saying other
# caregivers "could potentially be exposed" (review 20). A sentence that opens on its condition ("If", "Unless", after
# "But", "And", "So", "Yet", "Even") and says in its main clause what would, could or might follow, beside one that
# states a fact: no condition ("if", "unless") and no modal of its own ("other cases of Ebola were possible"). One with
# either may say the same hypothetical ("If convicted, he could face 20 years" / "He could face 20 years").
_IF_OPENING = re.compile(r"^\W*(?:(?:but|and|so|yet|even)\s+)?(?:if|unless)\b", re.IGNORECASE)
_IF = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:would|could|might|may|will|can|should)(?:n[’']t)?\b|\b(?:won|can)[’']t\b", re.IGNORECASE)


def _conditional(text: str) -> bool:
    """Whether the sentence is a hypothetical: it opens on a condition and says, after it, what would follow."""
    if not _IF_OPENING.match(text):
        return False
    parts = _CLAUSE_END.split(text, maxsplit=1)
    return len(parts) == 2 and _MODAL.search(parts[1]) is not None


# Two hypotheticals under two conditions are two statements: Fox's "If found to be drinking, Couch's probation could
# be revoked and he could be sentenced to up to 10 years in prison." stood in one point with CNN's "If Couch ends up
# on adult probation and violates it as an adult, he could face up to 40 years in jail, Wilson said." (review 27): what
# follows each condition, in figures of one unit none alike. Conditions that share a word ("If convicted, he could
# face 20 years" / "If convicted of the charges, he would get 25 years") give one hypothetical, its figures differing.
def _condition_words(text: str) -> frozenset[str] | None:
    """The content words (stemmed, names left out) of the condition a hypothetical (`_conditional`) opens on, from
    after its "if" or "unless" to the end of its clause; None for a sentence that is no hypothetical."""
    if not _conditional(text):
        return None
    condition = _CLAUSE_END.split(text[_IF.search(text).end():], maxsplit=1)[0]
    return frozenset(_stem(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", condition)
                     if not w[:1].isupper() and w.lower() not in STOP_WORDS and len(w) > 2)


def _main_clause(text: str) -> str:
    """The sentence's first clause that does not open on a subordinating or concessive word (`_SUBORDINATE_OPENING`);
    its first clause when all do."""
    clauses = _CLAUSE_END.split(text)
    return next((c for c in clauses if c.strip() and not _SUBORDINATE_OPENING.match(c)), clauses[0])


def _asks(text: str) -> bool:
    """Whether the sentence puts a question (`_QUESTION`), not in a subordinate clause, and gives no reply; or is
    one, in the outlet's own words: it ends in a question mark and quotes no one (a subheading, "What exactly did
    the mayor say?", states nothing another outlet's sentence could state too; review 23)."""
    if text.rstrip().endswith("?") and not any(m in text for m in ('"', "“", "”")):
        return True
    m = _QUESTION.search(text)
    return m is not None and _SUBORDINATE.search(text, 0, m.start()) is None and _ANSWERED.search(text) is None


def _stance(text: str) -> str | None:
    """"request" for a sentence that asks for something and names no decision (`_REQUEST`), "decision" for one
    that names a decision and no request (`_DECISION`), else None."""
    asked, decided = _REQUEST.search(text) is not None, _DECISION.search(text) is not None
    return "request" if asked and not decided else "decision" if decided and not asked else None


# An obstacle is not the agreement over it (session 43): the Times' "... the United States and Mexico had also reached
# an agreement over a “sunset clause,” ..." stood in one point with USA Today's "Other stumbling blocks included ...
# the Trump administration’s push for a sunset provision ..." (review 31), the same clause agreed and in the way. One
# sentence names what stands in a negotiation's way (a stumbling block, a sticking point, an obstacle, a hurdle, an
# impasse, something unresolved or balked at) and no agreement reached; the other an agreement reached ("reached an
# agreement", "struck a deal", "agreed to", a deal "was reached", "resolved") and no obstacle. Only past forms count:
# "want to finalize an agreement", "hope to reach a deal" are prospects (`_LIKELY` reads "close to a deal").
_OBSTACLE = re.compile(r"\b(?:stumbling\s+blocks?|sticking\s+points?|obstacles?|hurdles?|impasses?|deadlock(?:s|ed)?|"
                       r"roadblocks?|unresolved|bones?\s+of\s+contention|balk(?:s|ed|ing)?|holdups?|"
                       r"deal-?breakers?)\b", re.IGNORECASE)
_AGREED = re.compile(r"\b(?:reached|struck|clinched|sealed|hammered\s+out)\s+(?:(?:an?|the|their|its)\s+)?"
                     r"(?:[\w-]+\s+){0,3}?" + _SETTLEMENT + r"|\bagreed\s+(?:to|on|upon)\b|\bresolved\b|"
                     r"\b" + _SETTLEMENT + r"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:reached|struck|"
                     r"clinched|sealed)\b", re.IGNORECASE)


def _settled(text: str) -> str | None:
    """"obstacle" for a sentence that names what stands in a negotiation's way and no agreement reached
    (`_OBSTACLE`), "agreed" for one that tells of an agreement reached and no obstacle (`_AGREED`), else None."""
    blocked, agreed = _OBSTACLE.search(text) is not None, _AGREED.search(text) is not None
    return "obstacle" if blocked and not agreed else "agreed" if agreed and not blocked else None


# Opposite qualities of one thing (session 43): USA Today's 'North Korea has a "very basic Internet" with few
# redundancies' stood in one point with Fox's "Though North Korea is equipped for broadband Internet, only a small ...
# segment of the population has any access" (review 31). Each scale's two poles: an adjective of one pole written
# right before a noun in one sentence and one of the other pole before the same noun in the other, each sentence giving
# that noun one pole only, describe one thing two ways that cannot both hold. Lower-case adjectives only ("New York",
# "Big Ben" are names). What is not on a scale ("famed" / "landmark" cathedral) tells nothing.
_POLES = (
    ("capability", frozenset({"basic", "rudimentary", "primitive", "crude", "limited", "slow", "outdated", "antiquated",
                              "obsolete", "low-speed", "dial-up"}),
     frozenset({"advanced", "sophisticated", "modern", "broadband", "high-speed", "fast", "cutting-edge",
                "state-of-the-art", "extensive"})),
    ("size", frozenset({"small", "tiny", "minor", "modest", "slight"}),
     frozenset({"large", "huge", "massive", "major", "vast", "big", "enormous"})),
    ("severity", frozenset({"mild"}), frozenset({"severe"})),
    ("cost", frozenset({"cheap", "inexpensive", "low-cost"}),
     frozenset({"expensive", "costly", "pricey", "high-cost"})),
    ("strength", frozenset({"weak", "fragile", "feeble"}), frozenset({"strong", "robust", "sturdy", "powerful"})),
    ("level", frozenset({"low"}), frozenset({"high"})),
)
_POLE_OF = {w: (scale, side) for scale, low, high in _POLES for side, ws in (("low", low), ("high", high)) for w in ws}
_QUALIFIED = re.compile(r"(?<![\w-])([a-z][a-z-]*)(?=[\"“”'‘’]?\s+[\"“”'‘’]?([A-Za-z][\w-]*))")


def _qualities(text: str) -> frozenset[tuple[str, str, str]]:
    """(noun, scale, pole) for each adjective of `_POLES` the sentence writes right before a noun ("very basic
    Internet": ("internet", "capability", "low")); the noun lower case, a plural's "s" cut."""
    out = set()
    for m in _QUALIFIED.finditer(text):
        pole = _POLE_OF.get(m.group(1))
        if pole is not None and m.group(2).lower() not in STOP_WORDS:
            out.add((m.group(2).lower().removesuffix("s"), *pole))
    return frozenset(out)


def _opposite_qualities(a: frozenset[tuple[str, str, str]], b: frozenset[tuple[str, str, str]]) -> bool:
    """Whether one noun stands at one pole of a scale in one sentence and at the other in the other (`_qualities`),
    neither sentence giving it both."""
    def poles(q: frozenset, noun: str, scale: str) -> set[str]:
        return {p for n, s, p in q if n == noun and s == scale}

    return any(len(pa := poles(a, noun, scale)) == 1 and len(pb := poles(b, noun, scale)) == 1 and pa != pb
               for noun, scale, _ in a)


# What someone will do is not what was done (session 43): National Review's "In the days and weeks that follow, people
# will share their stories about Notre Dame." stood in one point with CNN's "Others shared photos from their past visits
# to Notre Dame." (review 31), one verb in the future and in the past. A verb after "will", "shall", "'ll" or "going
# to" (an adverb between; after "be", its participle: "will be shared") in one sentence, and its regular past form
# ("shared", "voted", "stopped", "tried") in the other, not after a bare "be" ("expected to be shared" is no deed):
# a plan or a prospect beside the deed. Not when the future's sentence tells of a deed of its own ("will raise the toll
# ... under an order signed today" announces what the deed does), nor when either sentence gives the verb in both
# tenses. Irregular pasts ("will meet" / "met") are not read.
_WILL = re.compile(r"\b(?:will|shall|going\s+to)\s+(?:(?:not|also|soon|then|now|still|again|never|likely|only|first|"
                   r"finally|probably|certainly)\s+)?(?:(be)\s+)?([a-z]+)\b|[’']ll\s+(?:(be)\s+)?([a-z]+)\b")
_AFTER_BE = re.compile(r"\bbe\s+$")
# A future said in reported speech is a future too (session 45): Reuters' "The top U.S. Senate Democrat said on Friday he
# would force a vote on the Federal Communications Commission's decision to repeal landmark net neutrality rules, ..."
# stood in one point with BuzzFeed's "The Federal Communications Commission voted to repeal ..." (review 33). A verb
# after a verb of saying or vowing (a day may stand between: "said Friday", "said on Friday"), its subject's pronoun and
# "would" ("said he would force", "vowed that it would appeal"); "would" alone is as often a hypothetical ("a veto
# would leave the port without money") and is not read.
_SAID_WOULD = re.compile(r"\b(?:said|says|announced|announces|vowed|vows|pledged|pledges|promised|promises|warned|"
                         r"warns)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:he|she|it|they|we|I)\s+would\s+"
                         r"(?:(?:not|also|soon|then|now|still|again|never|first)\s+)?(?:(be)\s+)?([a-z]+)\b")
# and the noun a future verb takes right after it, read as a verb too: "will hold a vote", "would force a vote" beside
# "voted", "will launch an attack" beside "attacked"
_FUTURE_OBJECT = re.compile(r"\s+(?:an?|the|another)\s+([a-z]+)\b")
# A deed inside quotation marks is the speaker's own telling ('"I asked that changes be made," Hutchinson said'), which
# another outlet's reported future of the speaker's words ("the governor said he would ask lawmakers to ...", a judged
# BASIL pair, one point) may give: no deed of the sentence here.
_QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A plan is a future too (session 44): Fox's "Malaysia and Singapore each planned to deploy one C-130 plane and three
# ships." stood in one point with CNN's "Malaysia's transportation minister said his country has deployed three vessels
# and three aircraft ..." (review 27). A verb after a word of intent or schedule and "to" ("planned to deploy", "intends
# to sign", "vowed to veto", "was set to announce"); the plan's own word ("planned") is no deed of the sentence.
_PLAN_TO = re.compile(r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|"
                      r"vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|"
                      r"(?:is|are|was|were)\s+(?:set|scheduled|slated|due|about))\s+to\s+"
                      r"(?:(?:also|soon|then|now|still|again|quickly|only|first|finally)\s+)?(?:(be)\s+)?([a-z]+)\b",
                      re.IGNORECASE)


def _past_forms(verb: str) -> frozenset[str]:
    """The regular past forms a verb may take: "share" "shared", "vote" "voted", "try" "tried", "stop" "stopped"."""
    forms = {verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms.add(verb + verb[-1] + "ed")
    return frozenset(forms)


def _tenses(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the past forms of the verbs the sentence gives in the future, after `_WILL`, `_SAID_WOULD` (and of the noun
    right after such a verb, `_FUTURE_OBJECT`) or `_PLAN_TO`; the words in "-ed" it holds outside quotation marks
    that are no bare "be"'s participle, its deeds): what `_will_and_did` compares."""
    future: set[str] = set()
    said = [(m, (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))) for m in _WILL.finditer(text)]
    for m, (passive, verb) in said + [(m, (m.group(1), m.group(2))) for m in _SAID_WOULD.finditer(text)]:
        if passive:
            future.add(verb)
        elif verb not in ("be", "have", "not"):
            future |= _past_forms(verb)
            if noun := _FUTURE_OBJECT.match(text, m.end()):
                future |= _past_forms(noun.group(1))
    planning = []  # where the words of intent stand: no deeds
    for m in _PLAN_TO.finditer(text):
        passive, verb = m.group(1), m.group(2).lower()
        planning.append((m.start(), m.start(2)))
        if passive:
            future.add(verb)
        elif verb not in ("be", "have", "not"):
            future |= _past_forms(verb)
    quoted = [(q.start(), q.end()) for q in _QUOTED_SPAN.finditer(text)]
    did = frozenset(m.group(0).lower() for m in _WORD_AT.finditer(text) if m.group(0).lower().endswith("ed")
                    and not any(lo <= m.start() < hi for lo, hi in planning + quoted)
                    and not _AFTER_BE.search(text[max(0, m.start() - 4):m.start()]))
    return frozenset(future), did


def _will_and_did(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether one sentence gives a verb in the future, and no deed of its own, and the other that verb's past form
    and not its future (`_tenses`)."""
    def will_then_did(f: tuple[frozenset[str], frozenset[str]], g: tuple[frozenset[str], frozenset[str]]) -> bool:
        (will, did), (will_g, did_g) = f, g
        return bool(will and not did and (will & did_g) - will_g)

    return will_then_did(a, b) or will_then_did(b, a)


# Two explanations offered are two (session 43): Fox's "He said one benign explanation for the problem was that a router
# may have suffered a software glitch, though a cyberattack ... could not be ruled out." stood in one point with CNN's
# "Another possibility: North Korea's Internet traffic is routed through China, so issues or officials there may be to
# blame." (review 31), two causes the embedding read alike ("router" / "routed"). Each sentence offers a possibility,
# an explanation, a theory or a scenario, and the two share no content word written in lower case (stemmed; names
# and capitalised words, the story's subject, aside): the same explanation in two outlets' words shares its terms
# ("a software glitch", "a cyberattack"). Only a possibility counted as one of several ("one explanation", "another
# possibility") is read: "He did not rule out the possibility that the photo was of him" offers none (review 29's
# Weiner, judged one point with "I didn't send [that] picture out"). Nor is one that offers it with a modal ("may be
# to blame") one point with a sentence stating a fact, with no modal and no possibility of its own: USA Today's 'He
# noted North Korea has a "very basic Internet" with few redundancies, ... and one connection through China.' beside
# CNN's possibility, as a hypothetical beside a fact (`_conditional`).
_HYPOTHESIS = re.compile(r"\b(?:one|another|other|second|third|alternative)\s+(?:(?:possible|likely|plausible|benign|"
                         r"potential|innocent)\s+)?(?:possibilit(?:y|ies)|explanations?|theor(?:y|ies)|scenarios?|"
                         r"hypothes[ie]s)\b", re.IGNORECASE)
_HYPOTHESIS_WORDS = frozenset({"possibility", "possibilitie", "explanation", "theory", "theorie", "scenario",
                               "hypothesi", "hypothese", "one", "another", "other", "possible", "benign"})


def _hypothesis_words(text: str) -> frozenset[str] | None:
    """The lower-case content words (stemmed) of a sentence that offers a possibility or an explanation
    (`_HYPOTHESIS`), the words that say so aside; None for any other sentence."""
    if _HYPOTHESIS.search(text) is None:
        return None
    return frozenset(k for w in _WORD_AT.findall(text) if w.islower() and w not in STOP_WORDS and len(w) > 2
                     and (k := _stem(w.removesuffix("’s").removesuffix("'s"))) not in _HYPOTHESIS_WORDS)


# Session 44 (reviews 27-32): a denial beside what it denies, a possibility beside the fact, a call for something
# beside the deed. Each reads verbs by a key (`_deed_key`): irregular past forms by a table, the rest by their stem.
_IRREGULAR = {
    "sent": "send", "took": "take", "taken": "take", "paid": "pay", "met": "meet", "made": "make", "gave": "give",
    "given": "give", "bought": "buy", "stole": "steal", "stolen": "steal", "wrote": "write", "written": "write",
    "lost": "lose", "won": "win", "held": "hold", "brought": "bring", "built": "build", "kept": "keep",
    "spent": "spend", "sold": "sell", "found": "find", "ran": "run", "began": "begin", "begun": "begin",
    "fought": "fight", "sought": "seek", "shot": "shoot", "broke": "break", "broken": "break", "spoke": "speak",
    "spoken": "speak", "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "flew": "fly",
    "flown": "fly", "saw": "see", "seen": "see", "knew": "know", "known": "know", "threw": "throw", "thrown": "throw",
    "struck": "strike", "hid": "hide", "hidden": "hide", "stood": "stand", "caught": "catch", "heard": "hear",
}
# the words of reporting and answering: "did not say" beside "said" is a non-answer (`_NON_ANSWER`), not a denial
_REPORTING = frozenset({"say", "said", "tell", "told", "comment", "respond", "answer", "confirm", "return", "know"})


def _deed_key(word: str) -> str:
    """The key a verb form is compared by: "sent", "sending" and "send" are "send", "took" and "taking" "tak",
    "deployed" "deploy", "stopped" "stop", "postponed" and "postpone" "postpon"."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w].removesuffix("e")
    for suffix, add in (("ing", ""), ("ied", "y"), ("ed", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[:-len(suffix)] + add
            if len(base) > 3 and base[-1] == base[-2] and base[-1] in "bgmnprt":
                base = base[:-1]  # "stopped", "admitted"
            return base.removesuffix("e")
    return _stem(w).removesuffix("e")


def _deeds(text: str) -> dict[str, list[int]]:
    """The keys of the deeds a sentence tells (a past form: a word in "-ed" of five letters or more, or an irregular
    one of `_IRREGULAR`), each with where it stands."""
    out: dict[str, list[int]] = {}
    for m in _WORD_AT.finditer(text):
        w = m.group(0).lower()
        if w in _IRREGULAR or (w.endswith("ed") and len(w) >= 5):
            out.setdefault(_deed_key(w), []).append(m.start())
    return out


# "did not send", "has never taken", "wasn't fired", "didn't personally pay": a verb after a negation (not "not only",
# "not to")
_NEGATED_VERB = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:have|has|had|be|been|being|ever|personally|knowingly|"
                           r"actually|even|yet|once)\s+)*([A-Za-z][a-z]+)\b")
_NOT_A_VERB = frozenset({"only", "just", "to", "a", "an", "the", "all", "enough", "so", "as", "much", "least", "far",
                         "quite", "that", "this", "in", "on", "at", "for", "about", "until", "since", "because", "yet",
                         "immediately", "clear", "known", "sure", "certain"})
# a denial: what follows it, to the end of its clause, is denied ("denied taking the money", "denies that he took
# it", "rejected claims that she leaked the memo", "dismissed as baseless reports that she leaked it")
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\b|\b(?:reject|dismiss|disput)(?:s|es|e|ed|ing)?\s+"
                     r"(?:as\s+(?:[\w-]+\s+){1,2}?)?(?:the\s+)?(?:claims?|allegations?|accusations?|reports?|"
                     r"suggestions?|charges?)\b", re.IGNORECASE)
DENIED_WORDS = 10
# A denial said without a negated verb (session 45): "called the claims that it paid the contractor false", "said
# reports that he took the money were baseless". A claim's noun and "that" open what is denied, when the sentence calls
# something false in words of `_FALSEHOOD`; "Reports that the ministry paid the contractor surfaced on Monday" denies
# nothing.
_FALSEHOOD = re.compile(r"\b(?:false(?:ly)?|untrue|baseless|unfounded|groundless|fabricated|fabrications?|bogus|"
                        r"fake|nonsense|lies|a\s+lie|without\s+(?:merit|basis|foundation)|not\s+true|made\s+up|"
                        r"(?:categorically|completely|totally|patently)\s+(?:wrong|incorrect|inaccurate))\b",
                        re.IGNORECASE)
_CLAIM_THAT = re.compile(r"\b(?:claims?|allegations?|accusations?|reports?|suggestions?|charges?|rumou?rs?|"
                         r"assertions?|stor(?:y|ies))\s+that\b", re.IGNORECASE)


def _denials(text: str) -> list[re.Match]:
    """The places where a sentence's denials open (`_DENIAL`; a claim's noun and "that" in a sentence calling
    something false, `_CLAIM_THAT`, `_FALSEHOOD`): what follows each, to the end of its clause, is denied. A word of
    falsehood right before the noun is the outlet's own label ("Trump's false claims that the election was stolen"),
    which other outlets give in words not read here ("Trump's lie that ..."): no denial of someone's."""
    found = list(_DENIAL.finditer(text))
    false = list(_FALSEHOOD.finditer(text))
    for m in _CLAIM_THAT.finditer(text):
        if any(d.start() <= m.start() < d.end() for d in found):
            continue
        if any(not (f.end() <= m.start() and len(text[f.end():m.start()].split()) <= 1) for f in false):
            found.append(m)
    return found


# a negation, a denial, a refusal or a failure anywhere in a sentence: "Biden declined to call on U.S. reporters ...
# after Johnson took questions" (a judged roundups pair, one point with "Biden did not take questions") tells no deed
_NEGATIVE = re.compile(r"\b(?:not|never|no|nor|neither|none|nobody|nothing|without)\b|n[’']t\b|"
                       r"\bden(?:y|ies|ied|ying|ials?)\b|\b(?:declin|refus)(?:e|es|ed|ing)\b|"
                       r"\bfail(?:s|ed|ing)?\s+to\b", re.IGNORECASE)


# what a denied verb is done to: the words after it up to a preposition, a conjunction or the clause's end ("did not
# recover a book from the scene": "book"), at most `OBJECT_WORDS`
_OBJECT_END = frozenset({"of", "from", "to", "in", "on", "at", "for", "with", "by", "but", "and", "or", "that", "which",
                         "who", "as", "because", "since", "after", "before", "when", "while", "until", "via"})
OBJECT_WORDS = 4


def _content_word(word: str) -> str:
    """A word as objects are compared: lower case, a plural's "s" cut."""
    w = word.lower().removesuffix("’s").removesuffix("'s")
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def _object_words(tail: str) -> frozenset[str]:
    """The content words (`_content_word`) of the object a verb's `tail` (the text after it) opens with."""
    out = set()
    for w in [x.group(0) for x in _WORD_AT.finditer(_CLAUSE_END.split(tail, maxsplit=1)[0])][:OBJECT_WORDS]:
        if w.lower() in _OBJECT_END:
            break
        if w.lower() not in STOP_WORDS and len(w) > 2:
            out.add(_content_word(w))
    return frozenset(out)


def _denied(text: str) -> dict[str, frozenset[str]]:
    """The keys (`_deed_key`) of the verbs a sentence negates or denies (`_NEGATED_VERB`, `_DENIAL`) and does not
    also tell as a deed elsewhere in it (outside the negation), each with the content words of what is denied (the
    negated verb's object, `_object_words`; the rest of a denial's clause)."""
    spans: list[tuple[int, int]] = []
    keys: dict[str, set[str]] = {}
    for m in _NEGATED_VERB.finditer(text):
        if m.group(1).lower() not in _NOT_A_VERB:
            keys.setdefault(_deed_key(m.group(1)), set()).update(_object_words(text[m.end(1):]))
            spans.append((m.start(1), m.end(1)))
    for m in _denials(text):
        tail = list(_WORD_AT.finditer(_CLAUSE_END.split(text[m.end():], maxsplit=1)[0]))[:DENIED_WORDS]
        said = {_content_word(w.group(0)) for w in tail if w.group(0).lower() not in STOP_WORDS and len(w.group(0)) > 2}
        for w in tail:
            keys.setdefault(_deed_key(w.group(0)), set()).update(said - {_content_word(w.group(0))})
            spans.append((m.end() + w.start(), m.end() + w.end()))
    # a verb the sentence also tells outside the negation, as a deed or in "-ing" ("after registering a fever ...,
    # though she had not registered a fever earlier", review 28): not denied
    told = {_deed_key(w) for m in _WORD_AT.finditer(text) if not any(lo <= m.start() < hi for lo, hi in spans)
            and ((w := m.group(0).lower()) in _IRREGULAR or (w.endswith(("ed", "ing")) and len(w) >= 5))}
    return {k: frozenset(v) for k, v in keys.items() if k not in told and k not in _REPORTING}


def _denies_deed(denied: dict[str, frozenset[str]], deeds: frozenset[str], text: str) -> bool:
    """Whether a sentence telling `deeds` plainly (`_plain_deeds`; its `text`) tells a deed another sentence denies
    (`_denied`), done to what was denied: the denied object's words are in it, or the denial names no object ("Hagel
    wasn't fired")."""
    if not denied or not deeds:
        return False
    held = {_content_word(w) for w in _WORD_AT.findall(text)}
    return any(k in deeds and (not obj or obj & held) for k, obj in denied.items())


def _plain_deeds(text: str) -> frozenset[str]:
    """The keys of the deeds (`_deeds`) a sentence tells plainly: with no negation or denial anywhere in it
    (`_NEGATIVE`, `_denials`: "rejected claims that it paid" tells no payment) and no modal or condition (`_MODAL`,
    `_IF`: "could have sent" is no deed); none otherwise."""
    if _NEGATIVE.search(text) or _MODAL.search(text) or _IF.search(text) or _denials(text):
        return frozenset()
    return frozenset(_deeds(text)) - _REPORTING


# A possibility raised is not the fact: USA Today's "In that announcement Sunday, IOC president Thomas Bach indicated,
# for the first time, that postponing the Tokyo Games would be a possibility." stood in one point with CNN's "... Abe
# and ... Bach agreed Tuesday to postpone the Olympics until 2021." (review 32); IBT's "... so there's still a
# possibility that she does have Ebola" with the nurse's "doesn't pose a threat" (review 28, a claim beside its
# rebuttal). Something that "would be a possibility" or "an option", "there is a possibility" or "a chance", "the
# possibility that" or "of" (not one ruled out: "He did not rule out the possibility that the photo was of him", review
# 29, is his answer), beside a sentence with no modal, no condition and no possibility of its own.
_POSSIBILITY = re.compile(
    r"\b(?:would|could|might|may|will|is|was|remains?|remained)\s+(?:still\s+|also\s+)?(?:be\s+)?(?:a|an|one)\s+"
    r"(?:real\s+|distinct\s+|strong\s+|serious\s+|live\s+)?(?:possibility|option)\b|"
    r"\bthere(?:[’']s|\s+is|\s+was|\s+remains|\s+remained)\s+(?:still\s+|also\s+)?(?:a|the|some)\s+"
    r"(?:real\s+|distinct\s+|strong\s+|slim\s+|small\s+|serious\s+)?(?:possibility|chance)\b|"
    r"\bthe\s+possibility\s+(?:that|of)\b", re.IGNORECASE)
_RULED_OUT = re.compile(r"\b(?:rul(?:e|es|ed|ing)\s+out|discount\w*|exclud\w*|dismiss\w*)\s+$", re.IGNORECASE)
_POSSIBLE_WORD = re.compile(r"\bpossib|\bchances?\b|\boptions?\b", re.IGNORECASE)


def _raises_possibility(text: str) -> bool:
    """Whether the sentence raises a possibility (`_POSSIBILITY`) that it does not rule out (`_RULED_OUT`)."""
    return any(not _RULED_OUT.search(text[max(0, m.start() - 30):m.start()]) for m in _POSSIBILITY.finditer(text))


# A call for something is not the thing done: USA Today's "The spread of the coronavirus ... prompting athletes and
# sports governing bodies around the world to call for the games' postponement." stood in one point with Fox's "The
# global spread of the coronavirus has forced the Tokyo Olympics to be postponed until next summer ..." (review 32).
# A call or a push for something (its noun: "postponement", "resignation", "release"; or a verb: "called for the Games
# to be postponed") beside a sentence that tells that verb as a deed plainly (`_plain_deeds`) and of no appeal: one that
# tells the calls too ("resigned amid calls for his resignation") stays. Not a bare "demand": "... and demand all
# international visitors be fully vaccinated" beside "fully vaccinated visitors" (a judged roundups pair, one point).
_CALL = re.compile(r"\b(?:call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|clamou?r(?:s|ed|ing)?|"
                   r"appeal(?:s|ed|ing)?)\s+for\b", re.IGNORECASE)
CALLED_WORDS = 6


def _called_for(text: str) -> frozenset[str]:
    """The keys (`_deed_key`) of what a sentence calls for (`_CALL`): the verbs its next `CALLED_WORDS` words give,
    or nouns made of them ("postponement", "resignation")."""
    out: set[str] = set()
    for m in _CALL.finditer(text):
        tail = _CLAUSE_END.split(text[m.end():], maxsplit=1)[0]
        for w in [x.group(0).lower() for x in _WORD_AT.finditer(tail)][:CALLED_WORDS]:
            out.add(_deed_key(w))
            for suffix in ("ment", "ation", "ion", "al"):
                if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                    out |= {_deed_key(w[:-len(suffix)]), _deed_key(w[:-len(suffix)] + "e")}
    return frozenset(out)


def _own_note(text: str) -> bool:
    """Whether the sentence is only an outlet's note that it has not verified something (`_UNVERIFIED`), with
    no clause after a contrast word that reports more."""
    return _UNVERIFIED.search(text) is not None and not re.search(r"\b(?:but|while|though|although)\b", text)


def _leads_in(text: str) -> bool:
    """Whether the sentence only leads into a quotation, a post or a list that follows it: it ends in a colon."""
    return _LEAD_IN.search(text) is not None


def _post_author(text: str) -> frozenset[str] | None:
    """The name words of the signature of an embedded post the sentence holds ("... — Nick Valencia (@CNNValencia)
    October 6, 2016"), or None when it holds none."""
    m = SIGNED.search(text)
    if m is None:
        return None
    name = m.group(0).split("(@")[0]
    return frozenset(w for w in words(name) if w not in STOP_WORDS and len(w) > 1)


def _name_words(name: str | None) -> frozenset[str]:
    """The words of a speaker's name; none for a description that points back to someone
    named before ("the president", "his spokesman"), who may be the other sentence's
    speaker, or counts people ("two U.S. officials"). An indefinite one ("a Foreign Office
    spokeswoman") is someone the story does not name."""
    if not name or not (name[:1].isupper() or re.match(r"an?\s", name)) or re.match(r"The\b", name):
        return frozenset()
    return frozenset(w for w in words(name) if w not in STOP_WORDS and len(w) > 1)


def told_apart(cands: Sequence[SentenceView], annotations: Mapping[str, Annotation], which: np.ndarray,
               sims: np.ndarray, published: Mapping[str, str | None] | None = None) -> np.ndarray:
    """[i, j] (asked only where `which`): two sentences that say different things however
    alike their words, so never one point:

    * both give the words of a person (a quotation or reported speech the quote finder
      gives a person as speaker), and the two name no one in common: Lugovoi's
      "anti-Russian position" quote and a Foreign Office spokeswoman's "deep concern"
      (review 10). Asked of one sentence with a speaker and one without (a statement that
      names other people), the rule was wrong as often as right on the judged pairs;
    * both give the words of a group named by a side, a party, a nation or a faith (`_sides`), and the two
      name no side in common: "several Republican senators hinting they may not vote for the bill" / "Senate
      Democrats demanded ... that Republicans shelve their plans" (review 20), two sides' statements;
    * both open on a country's body (`_country_bodies`: "the British embassy", "Indonesia's aviation authorities",
      "Ethiopian Airlines"), neither naming a body of the other's country: two countries' acts or words (review 23,
      `_two_countries`);
    * one answers and the other declines to ("said she would endorse Sanders" / "declined
      to say whether she would endorse Sanders"), or one puts the question and gives no reply
      (`_asks`: "asked Fauci whether it was a "long shot" ..." / "Fauci warned ...");
    * one says what is likely, probable, expected to win or reportedly planned and the other does not (`_LIKELY`,
      read in the main clause: `_main_clause`), or one
      that someone has not decided ("hasn't made up her mind", "undecided") and the other does not
      (`_UNDECIDED`, review 17), or one that someone does not know whether something happened and the other
      does not (`_NOT_KNOWN`, review 18), or one a hypothetical ("But if someone ... shows up at any other hospital,
      ... the hospital might not be ready") and the other a plain statement, with no condition and no modal
      (`_conditional`, review 20), or both hypotheticals whose conditions share no word (`_condition_words`: "If
      found to be drinking, ... up to 10 years in prison" / "If Couch ends up on adult probation and violates it
      ..., he could face up to 40 years", review 27) with figures of one unit none alike;
    * one asks for something and the other decides (`_stance`: "asked the appeals court for an emergency
      stay" / "the three judges ... upheld the temporary restraining order", review 18);
    * both name a time of day, or both a day of the week, none in common, and give figures of one
      unit none alike (`_two_moments`: "the death toll had risen to 241 early Thursday" / "had
      risen to 159 by late Wednesday", review 13): two readings, not one fact; so do a sentence naming a time
      of day and one naming none whose figures of one unit are none within `ALIKE_SHARE` ("At 2 a.m. EST
      Saturday, the center of the storm was about 35 miles from Myrtle Beach" / "The center was about 20 miles
      north-northeast of Myrtle Beach", review 12);
    * one names a month that is neither its article's nor the one before and the other does not, with figures of
      one unit none within `ALIKE_SHARE` (`_other_month`: "In February, private payrolls rose by 254,000 jobs" /
      "the entire private sector adding 184,000 people", October's jobs, review 21): another time's figures;
    * one gives only forecast figures and the other only actual ones, of one unit and none
      the same ("The median forecast among economists ... had called for 215,000 new jobs" /
      "businesses added 248,000 new jobs", review 11): what was expected and what happened,
      the same words around them (`_expected_and_actual`);
    * both give figures of one unit, none alike, two of which are two quantities by the disputes'
      tests: a part beside a whole, the hurt and the dead, figures of a unit too far apart to be
      one (`_two_quantities`: "The first three explosions" / "Four exploding packages ... killed two
      people", review 12), or a move since an earlier moment beside another ("lost 16.5% since setting a
      record" / "had lost ... 6.2%" by midday, review 16);
    * one says only that something rose and the other only that something fell (`_moves`: "an increase in
      the mortality rate of Americans between the ages of 25 and 64" / "mortality rates among those younger
      than 25 and older than 64 have decreased", review 16);
    * one urges, warns or asks someone not to do something (`_urged_not`: "urged Mr. Trump not to declare a national
      emergency") and the other tells of no appeal (`_APPEALS`) and says it is done or planned ("announced ... that
      Trump planned to sign the bill and declare a national emergency", review 29): the appeal is not the deed;
    * both give a patient's condition, in states none in common (`_states`: "His condition was upgraded from
      “critical” to “serious”" / "Doctors said his condition was critical but improving", review 29): two readings;
    * one is a later sentence of a quotation begun in an earlier sentence (all its quotes go on from there;
      after them at most an attribution tag of `TAG_WORDS` words) and the other quotes no one ("... provide a
      buying opportunity for investors.”" / Politico's "investors are realizing ...", review 16; "Florida's
      lifetime ban ... created the country's largest disenfranchised population," The Sentencing Project ...
      said in a statement." / "Florida was one of four states that impose lifetime bans ...", review 22; a
      clause saying what the words refer to does not count in the tag, `_REFERRING`, review 28): a
      speaker's words are not the outlet's statement; two at cosine `SAME_QUOTE` or more are one quotation whose
      marks one outlet's text lost;
    * one is an embedded post, signed (`_post_author`: "#HurricaneMatthew fast approaching West Palm Beach, ...
      pic.twitter.com/... — Nick Valencia (@CNNValencia) October 6, 2016", a reporter's post, review 24), and the
      other is no post and does not name its author: an account's words on the moment, not the outlet's report
      (the forecast "The hurricane was instead expected to blow ashore ... north of West Palm Beach"); two at cosine
      `SAME_QUOTE` or more give the post's words;
    * one gives the writer's opinion in its own words (`_voice.opines`: "must", "should" or "ought to" in its main
      clause, reported by nothing before it, or a stance adverb, "of course", "absolutely") and the other holds no
      necessity and no such adverb (`_voice.neutral`): "Britain's leaders must guarantee that they will implement the
      will of the British people" / "May said the new government will work to fulfill the will of U.K. voters", "And
      of course the King v Burwell case was absolutely a frivolous lawsuit." / "Today's case was King v. Burwell."
      (reviews 25, 24);
    * one gives a poll's finding (`_voice.poll_finding`: "Two national polls ... both indicate widespread support for
      raising the minimum wage to $10.10") and the other names no poll: what the public answers, not what was done
      (the order raising it to $10.10, review 24);
    * one is a guest's turn in a broadcast transcript (`_voice.turn_quote`: "SEN. LINDSEY GRAHAM: ... The
      skinny bill, as a replacement for Obamacare, is a fraud.", review 25), read as a quotation's later sentence above;
    * both give a vote's tally, none in common (`_tallies`: "upheld the Affordable Care Act ... by a 5-4 vote" / "In
      a six-to-three decision, the Supreme Court ...", review 24): two votes;
    * both are quotations (`_quoted_words`: most of their words inside quotation marks) given to speakers of
      any kind (a person, a group, an organisation, a statement), and the shorter's content words are less than
      `SAME_WORDS` in the other's (`_two_quotations`): the ACLU's "In the days and weeks ahead we will seek to work
      with newly elected Governor ..." / the Sentencing Project's "Voters in Florida have endorsed a historic
      advance in democracy ..." (review 22), two speakers' words; one speaker's too (session 42): Lightfoot's "I
      think it's more about (voters wanting) a break from the corrupt political machine" / "I'm not a person who
      decided I would climb the ladder of a corrupt political party" (review 30, the second said in a debate a
      month before), two statements of one person, not one quoted by two outlets.
    * session 43 (review 31): one says a prospect (`_PROSPECT`: "look close to resolving", "on the verge of a deal")
      and the other says nothing of the future (the NAFTA deal "close" / "reached"); one names an obstacle and the
      other an agreement reached (`_settled`: "Other stumbling blocks included ... a sunset provision" / "reached an
      agreement over a sunset clause"); one noun at two poles of a scale (`_qualities`: 'a "very basic Internet"' /
      "broadband Internet"); a verb in the future and its past (`_will_and_did`: "will share their stories" /
      "shared photos"); two explanations offered sharing no lower-case word, or one offered with a modal beside a
      fact (`_hypothesis_words`: "one benign explanation ... a router" / "Another possibility: ... routed through
      China").
    * session 44 (reviews 27-32): a verb negated or denied in one and told as a plain deed, done to what was denied, in
      the other (`_denied`, `_denies_deed`: "did not send a lewd photo" / "a lewd photo ... was sent"); a possibility
      raised beside a sentence with no modal (`_raises_possibility`: "would be a possibility" / "agreed to postpone");
      a call for something beside the deed told plainly (`_called_for`: "call for the games' postponement" / "forced
      ... to be postponed"); a plan is a future for `_will_and_did` (`_PLAN_TO`: "planned to deploy" / "has deployed").
    * session 45 (review 33): a claim called false is denied (`_denials`: "called the claims that it paid the contractor
      false" / "paid the contractor"); a future said in reported speech, and the noun its verb takes, is a future for
      `_will_and_did` (`_SAID_WOULD`, `_FUTURE_OBJECT`: "said he would force a vote" / "voted").
    * session 47 (review 35): a quotation given to a writing or a body that points back ("the statement said",
      `_pointed`) is read beside a named speaker's quotation as a quotation's later sentence is (two condolences in
      other words: '"Our thoughts and prayers are with the victims ...," the statement said' / '"We have to think of
      the victims ...," she said').
    * session 48 (reviews 33-37): background beside the day's news: a routine rate beside a deed (`_routine`: "handles
      about 586 commercial flights daily"), a role stated beside a deed (`_role_stated`: "is President Trump's nominee
      for", "is led by"), what may be learnt beside a claim (`_to_be_learnt`: "may shed further light on what caused
      the crash"), two deeds not done until a time (`_not_until`), a sentence opening on a past year beside the day's
      other figures (`_past_years`), a count of others than someone named beside no others (`_others_than`).

    Names are compared word by word, so "Obama" is "Barack Obama" and a misspelt surname
    beside the same first name still matches. A sentence that names nobody is not told
    apart by speaker, nor two that name someone in common: one account through two
    sources ("Esper said he had learned that Spencer ..." / "Hoffman said, "Secretary Esper
    learned that Secretary Spencer ..."), where the quote finder's speakers differ; nor two
    at cosine `SAME_QUOTE` or more, one quotation in nearly the same words.
    """
    speakers, named, tails, unquoted, opinion, plain = [], [], [], [], [], []
    for v in cands:
        ann = annotations[v.article]
        quotes = [q for q in ann.quotes if q.start < v.end and v.start < q.end]
        # a guest's turn in a broadcast transcript ("SEN. LINDSEY GRAHAM: ...") gives the guest's words, as a quotation
        guest = turn_quote(v.text, v.start, quotes)
        # a later sentence of a quotation begun in an earlier one: all its quotes go on from there, and what
        # follows the last of them is no more than an attribution tag ("..., he said during a speech in San Jose")
        tails.append(guest or bool(quotes) and all(q.direct and q.start < v.start for q in quotes)
                     and len(_REFERRING.sub("", v.text[max(q.end for q in quotes) - v.start:]).split()) <= TAG_WORDS)
        unquoted.append(not guest and not quotes and not _QUOTE_MARK.search(v.text))
        own = own_words(v.text, v.start, [(q.start, q.end) for q in quotes])
        opinion.append(opines(own, _main_clause(own)))
        plain.append(neutral(v.text, own))
        speakers.append(frozenset().union(*(_name_words(q.speaker) for q in quotes if q.speaker_kind == "person")))
        # the people it names, but those inside quotation marks: what is said ("since President
        # Obama took office"), not who says it
        people = [e for e in ann.entities if e.type == "PERSON" and v.start <= e.start and e.end <= v.end
                  and not any(q.direct and q.start <= e.start and e.end <= q.end for q in quotes)]
        named.append(speakers[-1].union(*(_name_words(e.name) for e in people)))
    sides = [_sides(v, annotations[v.article]) for v in cands]
    refuses = [_NON_ANSWER.search(v.text) is not None for v in cands]
    asks = [_asks(v.text) for v in cands]
    likely = [_LIKELY.search(_main_clause(v.text)) is not None for v in cands]
    predicts = [_PREDICTS.search(_main_clause(v.text)) is not None for v in cands]
    near = [_NEAR_CERTAIN.search(_main_clause(v.text)) is not None for v in cands]
    prospects = [_PROSPECT.search(_main_clause(v.text)) is not None for v in cands]
    undecided = [_UNDECIDED.search(v.text) is not None for v in cands]
    conditional = [_conditional(v.text) for v in cands]
    conditions = [_condition_words(v.text) for v in cands]
    # a sentence holding a condition or a possibility of its own may say the same hypothetical in other words
    possible = [_IF.search(v.text) is not None or _MODAL.search(v.text) is not None for v in cands]
    unknown = [_NOT_KNOWN.search(v.text) is not None for v in cands]
    stances = [_stance(v.text) for v in cands]
    claims = [_claims_in(v, annotations[v.article]) for v in cands]
    figures = [_figures_by_kind(c) for c in claims]
    times = [_clock_times(v.text) for v in cands]
    zones = [_zones(v.text) for v in cands]
    moves = [_moves(v.text) for v in cands]
    states = [_states(v.text) for v in cands]
    quoted = [_quoted_words(v, annotations[v.article]) for v in cands]
    other_month = [_other_month(v.text, (published or {}).get(v.article)) for v in cands]
    voices = [_voices(v, annotations[v.article]) for v in cands]
    pointed = [_pointed(v, annotations[v.article]) for v in cands]
    runs = [_quoted_runs(v, annotations[v.article]) if q is not None else frozenset() for v, q in zip(cands, quoted)]
    inner = [_inner_quotation(v, annotations[v.article]) for v in cands]
    content = [frozenset(_verb_key(w) for w in words(v.text) if w not in STOP_WORDS and len(w) > 1) for v in cands]
    countries = {_country_key(name) for art in {v.article for v in cands} for e in annotations[art].entities
                 if e.type in ("GPE", "NORP") for name in (e.name, e.text)}
    bodies = [_country_bodies(v, countries) for v in cands]
    authors = [_post_author(v.text) for v in cands]
    spelled = [frozenset(words(v.text)) for v in cands]
    tallies = [_tallies(v.text) for v in cands]
    polls = [poll_finding(v.text) for v in cands]
    polled = [mentions_poll(v.text) for v in cands]
    scheduled = [_scheduled(v.text) for v in cands]
    future = [_of_the_future(v.text) for v in cands]
    counted = [_share_counted(v.text) for v in cands]
    urged_not = [_urged_not(v.text) for v in cands]
    appeals = [_APPEALS.search(v.text) is not None for v in cands]
    settled = [_settled(v.text) for v in cands]
    qualities = [_qualities(v.text) for v in cands]
    tenses = [_tenses(v.text) for v in cands]
    hypotheses = [_hypothesis_words(v.text) for v in cands]
    denied = [_denied(v.text) for v in cands]
    deeds = [_plain_deeds(v.text) for v in cands]
    raised = [_raises_possibility(v.text) for v in cands]
    possibility_word = [_POSSIBLE_WORD.search(v.text) is not None for v in cands]
    calls = [_called_for(v.text) for v in cands]
    appealing = [a or _CALL.search(v.text) is not None for a, v in zip(appeals, cands)]
    # session 48 (helper F): a routine, a role stated, what is yet to be learnt, a deed not done until a time, a past
    # year's figures, others than someone named
    routine = [_routine(v.text) for v in cands]
    deed = [_told_deed(v.text) for v in cands]
    role = [_role_stated(v.text) for v in cands]
    deed_not_role = [_deed_beside_role(v.text) for v in cands]
    learnt = [_to_be_learnt(v.text) for v in cands]
    unsettled = [a or u or _UNSETTLED.search(v.text) is not None for a, u, v in zip(learnt, unknown, cands)]
    not_until = [_not_until(v.text) for v in cands]
    past_years = [_past_years(v.text, (published or {}).get(v.article)) for v in cands]
    years = [frozenset(int(y) for y in _YEAR.findall(v.text)) for v in cands]
    others_than = [_others_than(v.text) for v in cands]
    of_others = [_OTHERS.search(v.text) is not None for v in cands]

    def post_apart(i: int, j: int) -> bool:
        return any(authors[x] is not None and authors[y] is None and not authors[x] & spelled[y]
                   for x, y in ((i, j), (j, i)))

    out = np.zeros(which.shape, dtype=bool)
    for i, j in zip(*np.nonzero(which)):
        out[i, j] = (refuses[i] != refuses[j] or asks[i] != asks[j]
                     or likely[i] != likely[j]
                     or any(near[x] and not (likely[y] or near[y] or predicts[y]) for x, y in ((i, j), (j, i)))
                     or any(prospects[x] and not prospects[y] and not future[y] for x, y in ((i, j), (j, i)))
                     or undecided[i] != undecided[j] or unknown[i] != unknown[j]
                     or (conditional[i] and not possible[j]) or (conditional[j] and not possible[i])
                     or (conditions[i] is not None and conditions[j] is not None and not conditions[i] & conditions[j]
                         and _figures_apart(claims[i], claims[j]))
                     or bool(stances[i] and stances[j] and stances[i] != stances[j])
                     or _expected_and_actual(figures[i], figures[j])
                     or bool(speakers[i] and speakers[j] and not named[i] & named[j] and sims[i, j] < SAME_QUOTE)
                     or bool(sides[i] and sides[j] and not sides[i] & sides[j] and sims[i, j] < SAME_QUOTE)
                     or _two_moments(cands[i].text, cands[j].text, claims[i], claims[j])
                     or (_two_times(times[i], times[j], ZONED_TIMES_APART if zones[i] & zones[j] else TIMES_APART)
                         and not (zones[i] and zones[j] and not zones[i] & zones[j]))
                     or _two_quantities(claims[i], claims[j])
                     or (other_month[i] != other_month[j] and _figures_apart(claims[i], claims[j]))
                     or (len(moves[i]) == 1 == len(moves[j]) and moves[i] != moves[j])
                     or bool(states[i] and states[j] and not states[i] & states[j])
                     or ((tails[i] and unquoted[j] or tails[j] and unquoted[i]) and sims[i, j] < SAME_QUOTE)
                     or (_two_countries(bodies[i], bodies[j]) and sims[i, j] < SAME_QUOTE)
                     or (post_apart(i, j) and sims[i, j] < SAME_QUOTE)
                     or (opinion[i] and plain[j]) or (opinion[j] and plain[i])
                     or (polls[i] and not polled[j]) or (polls[j] and not polled[i])
                     or bool(tallies[i] and tallies[j] and not tallies[i] & tallies[j])
                     or (scheduled[i] and not future[j]) or (scheduled[j] and not future[i])
                     or any(urged_not[x] and not appeals[y] and _affirms(cands[y].text, urged_not[x])
                            for x, y in ((i, j), (j, i)))
                     or _two_counts(counted[i], counted[j], claims[i], claims[j])
                     or bool(settled[i] and settled[j] and settled[i] != settled[j])
                     or _opposite_qualities(qualities[i], qualities[j])
                     or _will_and_did(tenses[i], tenses[j])
                     or any(routine[x] and not routine[y] and deed[y] or role[x] and not role[y] and deed_not_role[y]
                            or learnt[x] and not unsettled[y] or others_than[x] and not of_others[y]
                            for x, y in ((i, j), (j, i)))
                     or (not_until[i] is not None and not_until[j] is not None and not not_until[i] & not_until[j])
                     or ((_other_year(past_years[i], past_years[j], years[j])
                          or _other_year(past_years[j], past_years[i], years[i]))
                         and _figures_apart(claims[i], claims[j]))
                     or (hypotheses[i] is not None and hypotheses[j] is not None
                         and not hypotheses[i] & hypotheses[j])
                     or any(hypotheses[x] is not None and hypotheses[y] is None and not possible[y]
                            and _MODAL.search(cands[x].text) is not None for x, y in ((i, j), (j, i)))
                     or any(_denies_deed(denied[x], deeds[y], cands[y].text)
                            or (raised[x] and not possible[y] and not possibility_word[y])
                            or (calls[x] & deeds[y] and not appealing[y]) for x, y in ((i, j), (j, i)))
                     or (voices[i] and (voices[j] or tails[j] or pointed[j])
                         or voices[j] and (tails[i] or pointed[i]))
                         and (_two_quotations(quoted[i], quoted[j], SAME_SPEAKER_WORDS) and not runs[i] & runs[j]
                              and sims[i, j] < SAME_SPEAKER_QUOTE if voices[i] & voices[j]
                              else _two_quotations(quoted[i], quoted[j]) and sims[i, j] < SAME_QUOTE)
                     or any(quoted[y] is not None and inner[y] is None and not voices[x] & voices[y]
                            and _quotes_a_quotation(inner[x], content[y]) for x, y in ((i, j), (j, i)))
                     and sims[i, j] < SAME_QUOTE)
    return out


_WORD_AT = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _quoted_words(v: SentenceView, ann: Annotation) -> frozenset[str] | None:
    """The content words (stemmed, a final "e" cut: "corroborate" is "corroborated") a sentence quotes, when it is a
    quotation: `QUOTATION_SHARE` or more of its words stand inside direct quotation marks (the quote finder's direct
    quotes, whoever it gives them to); None for any other sentence."""
    spans = [(max(q.start, v.start), min(q.end, v.end)) for q in ann.quotes
             if q.direct and q.start < v.end and v.start < q.end]
    if not spans or not _QUOTE_MARK.search(v.text):
        return None
    inside, total = [], 0
    for m in _WORD_AT.finditer(v.text):
        total += 1
        at = v.start + m.start()
        if any(lo <= at < hi for lo, hi in spans):
            inside.append(m.group(0))
    if not total or len(inside) < QUOTATION_SHARE * total:
        return None
    return frozenset(_verb_key(w) for w in words(" ".join(inside)) if w not in STOP_WORDS and len(w) > 1)


def _quoted_runs(v: SentenceView, ann: Annotation) -> frozenset[tuple[str, ...]]:
    """The runs of `QUOTED_RUN` words in a row (lower case, punctuation aside) inside the sentence's direct quotes."""
    out: set[tuple[str, ...]] = set()
    for q in ann.quotes:
        if q.direct and q.start < v.end and v.start < q.end:
            said = [w.lower() for w in _WORD_AT.findall(v.text[max(q.start, v.start) - v.start:min(q.end, v.end)
                                                                - v.start])]
            out |= {tuple(said[k:k + QUOTED_RUN]) for k in range(len(said) - QUOTED_RUN + 1)}
    return frozenset(out)


def _voices(v: SentenceView, ann: Annotation) -> frozenset[str]:
    """The words of the speakers the quote finder gives the sentence's direct quotations to, of any kind (a person,
    a group, an organisation, a statement)."""
    return frozenset().union(*(_name_words(q.speaker) for q in ann.quotes
                               if q.direct and q.start < v.end and v.start < q.end))


def _pointed(v: SentenceView, ann: Annotation) -> bool:
    """Whether the sentence's direct quotations are all given to a writing or a body that names no one, a description
    pointing back to a source named before ("the statement", "the letter": `_name_words` gives it no words). Beside a
    named speaker's quotation it is read as a quotation's later sentence is (`told_apart`): USA Today's '"Our thoughts
    and prayers are with the victims and their families and loved ones," the statement said.' (the State
    Department's) / CNN's '"We have to think of the victims and their families and their friends," she said.'
    (Merkel's, review 35), two condolences in other words. A person pointed back to ("the official said") may be the
    other outlet's named speaker: asked of persons too, the rule split a judged-same BASIL pair."""
    quotes = [q for q in ann.quotes if q.direct and q.start < v.end and v.start < q.end]
    return bool(quotes) and all(q.speaker and q.speaker_kind != "person" and not _name_words(q.speaker)
                                for q in quotes)


def _two_quotations(a: frozenset[str] | None, b: frozenset[str] | None, share: float = SAME_WORDS) -> bool:
    """Whether two quotations (`_quoted_words`) are two statements: the shorter's content words are less than
    `share` (`SAME_WORDS` unless told) in the other's. "They have given us no justice!" (protesters chanting in
    Atlanta) and "To get justice, the people themselves have to be justice." (a protester in Cleveland) share one
    word; a statement quoted by two outlets gives the same words, one outlet's cut or translation aside ("the largest
    trade war in history" / "the biggest trade war in economic history")."""
    if not a or not b:
        return False
    return len(a & b) < share * min(len(a), len(b))


# A quotation inside a speaker's quotation, in the marks of the other kind: Sotomayor's "What began as a policy
# explicitly 'calling for a total and complete shutdown of Muslims entering the United States' has since morphed into
# ..." quotes Trump's campaign statement to say something of her own (review 34).
_INNER_SINGLE = re.compile(r"(?<![\w'‘’])['‘](?=\w)(.+?)(?<=[\w.,!?])['’](?![\w])")
_INNER_DOUBLE = re.compile(r"[\"“](.+?)[\"”]")


def _inner_quotation(v: SentenceView, ann: Annotation) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the content words inside, the content words outside) the quotations that stand inside the sentence's direct
    quotations, in the marks of the other kind ('...' inside "...", "..." inside '...'); None when it has none. Words
    as `_quoted_words` keys them."""
    inner: list[tuple[int, int]] = []
    for q in ann.quotes:
        if not (q.direct and v.start <= q.start and q.end <= v.end):
            continue
        opening = v.text[q.start - v.start - 1:q.start - v.start]
        pattern = _INNER_DOUBLE if opening in ("'", "‘") else _INNER_SINGLE
        said = v.text[q.start - v.start:q.end - v.start]
        inner += [(q.start - v.start + m.start(), q.start - v.start + m.end()) for m in pattern.finditer(said)]
    if not inner:
        return None
    inside, outside = [], []
    for m in _WORD_AT.finditer(v.text):
        (inside if any(lo <= m.start() < hi for lo, hi in inner) else outside).append(m.group(0))

    def keys(ws: list[str]) -> frozenset[str]:
        return frozenset(_verb_key(w) for w in words(" ".join(ws)) if w not in STOP_WORDS and len(w) > 1)
    return keys(inside), keys(outside)


def _quotes_a_quotation(inner: tuple[frozenset[str], frozenset[str]] | None, other: frozenset[str]) -> bool:
    """Whether a sentence with a quotation inside its speaker's (`_inner_quotation`) and another sentence (its content
    words `other`) meet only in the inner quotation's words: asked of another quotation (`told_apart`) that holds no
    inner quotation and is given to no speaker of the first's, the other quotes what the speaker quotes, the speaker
    says something of it ("has since morphed into ..."), two statements. Two outlets quoting one speaker's nested
    words ('"I said, 'Get back or I'm going to shoot you,'" Wilson said' twice, review 22) give one statement.
    Beside narration it is as often one fact, the speaker citing a finding the other outlet tells ("The House
    report found that 'senior officials requested the talking points be changed'" / "Draft talking points ...
    depicted efforts ... to strip out references ...", judged the same)."""
    return inner is not None and bool(inner[0] & other) and not inner[1] & other


def _side_word(word: str) -> str:
    """A party's, a nation's or a faith's word without its plural or adjective ending: "Democrats", "Democrat" and
    "Democratic" are one side."""
    return word.lower().removesuffix("s").removesuffix("ic")


def _sides(v: SentenceView, ann: Annotation) -> frozenset[str]:
    """The sides whose words the sentence gives: a group the quote finder gives words to ("several Republican
    senators", "Democrats"), named by a party, a nation or a faith the tagger finds in its article (NORP)."""
    named = {_side_word(w) for e in ann.entities if e.type == "NORP" for w in words(e.name)}
    out: set[str] = set()
    for q in ann.quotes:
        if q.start < v.end and v.start < q.end and q.speaker_kind == "group" and q.speaker:
            out |= {_side_word(w) for w in words(q.speaker)} & named
    return frozenset(out)


_QUOTE_MARK = re.compile(r"[\"“”]")


# A country's body (its embassy, government, ministry, authorities, police, military, airline) acts or speaks for that
# country: "Our staff at the British embassy in Addis Ababa are continuing to work with the relevant authorities" and
# "U.S. embassies in Addis Ababa and Nairobi are working with Ethiopia's government", or "Indonesia's aviation
# authorities said all 737 Max jets would be grounded" and "Ethiopian Airlines said ... it had grounded all of its
# 737 MAX 8s" (review 23), are two countries' statements or acts, alike in all their other words.
_BODY = (r"(?i:embass(?:y|ies)|consulates?|government|ministry|ministries|ministers?|department|authorities|officials|"
         r"regulators?|agency|police|military|army|navy|air\s+force|forces|troops|airlines?|carrier|president|"
         r"prime\s+minister|leaders?)")
# up to two words between the name and the body ("Indonesia's aviation authorities", "Russia's Defense Ministry"), none
# a function word: "in Barcelona and police" names no city's police
_COUNTRY_BODY = re.compile(r"\b((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s)?\s+"
                           r"(?:(?!(?:and|or|but|nor|in|of|to|with|for|from|at|by|on|as|that|who|which)\b)"
                           r"[A-Za-z][\w-]*\s+){0,2}?" + _BODY + r"\b")
# A country's name and its people's adjective that share no first four letters ("Ethiopia" / "Ethiopian" share them):
# one country all the same.
# A body that acts or speaks in a news sentence is its subject, named in its first words ("Indonesia's aviation
# authorities said ...", "A brief State Department statement says U.S. embassies ... are working"): within this many.
SUBJECT_WORDS = 10
_COUNTRY_FORMS = {"amer": "us", "usa": "us", "brit": "uk", "engl": "uk", "fren": "fran", "dutc": "neth", "holl": "neth",
                  "swis": "swit"}


def _country_key(name: str) -> str:
    """A country's name or its people's adjective as one key: a name of several words by its initials ("United
    States", "U.S." and "US" are "us", "South Korean" "sk"), one word by its first four letters ("Ethiopia" and
    "Ethiopian" are "ethi"), those of `_COUNTRY_FORMS` as listed there ("American" is "us")."""
    bare = re.sub(r"['’]s$", "", name.strip()).replace(".", "")
    parts = bare.split()
    if len(parts) > 1:
        return "".join(w[0] for w in parts).lower()
    key = bare.lower() if bare.isupper() else bare.lower()[:4]
    return _COUNTRY_FORMS.get(key, key)


def _country_bodies(v: SentenceView, countries: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The countries (`_country_key`) whose body (`_BODY`) the sentence names right after the country's name or
    adjective ("the British embassy", "Indonesia's aviation authorities", "Ethiopian Airlines"), as (those named in
    its first `SUBJECT_WORDS` words, all): one of `countries`, the places and peoples the tagger finds in the story's
    articles (GPE, NORP; one article may tag "Russian" as part of an organisation's name only), so a state's or a
    city's officials, or a party's leaders, are read alike ("Texas officials" / "Dallas police", two bodies' words)."""
    subject, named = set(), set()
    for m in _COUNTRY_BODY.finditer(v.text):
        head = m.group(1).split()
        # the country is the name's last word or all of it ("Saudi Arabia's", "the U.S.")
        key = next((_country_key(c) for c in (m.group(1), head[-1])
                    if c[:1].isupper() and _country_key(c) in countries), None)
        if key:
            named.add(key)
            if len(v.text[:m.end()].split()) <= SUBJECT_WORDS:
                subject.add(key)
    return frozenset(subject), frozenset(named)


def _two_countries(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two sentences' subjects are bodies of two countries (`_country_bodies`), neither sentence naming a body
    of the other's: "U.S. military scrambled fighter jets in response to the Russian Navy conducting ... its largest
    exercise" reports, in its clause, what "The Russian Navy is conducting ... its largest exercise" does."""
    (subject_a, named_a), (subject_b, named_b) = a, b
    return bool(subject_a and subject_b and not subject_a & named_b and not subject_b & named_a)


# Words of a rise and of a fall. "Mortality rose among those 25 to 64" / "mortality rates among those younger than 25
# and older than 64 have decreased" (review 16) share all their words but the direction.
_UP = re.compile(r"\b(?:rise|rises|risen|rising|rose|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|"
                 r"grew|grow(?:s|n|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|spik(?:e|es|ed|ing)|"
                 r"(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|cre(?:eps?|pt|eping))\s+up)\b",
                 re.IGNORECASE)
# a small move in a phrase ("edged up", "inched up", "ticked down", "dipped", "slipped"): review 21's "showing the
# unemployment rate dropping to 7.8 percent, dipping below 8 percent" (September's report) stood beside "unemployment
# inched up to 7.9%" (October's), whose move the words above missed
_DOWN = re.compile(r"\b(?:fall|falls|fallen|falling|fell|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
                   r"drop(?:s|ped|ping)?|plung(?:e|es|ed|ing)|sank|sink(?:s|ing)?|tumbl(?:e|es|ed|ing)|"
                   r"shr[aiu]nk|shrinks?|dip(?:s|ped|ping)?|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|"
                   r"(?:edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|cre(?:eps?|pt|eping))\s+down)\b",
                   re.IGNORECASE)


# Idioms of those verbs that tell no move of a quantity: people "fell ill" or "grew up" (the judged roundups pair of
# Wuhan researchers who "fell ill" beside "growing" questions was split as a fall beside a rise); one "slipped away"
# or "dipped into" savings.
_NO_MOVE = re.compile(r"\b(?:f[ae]ll(?:s|en|ing)?|falling) (?:ill|sick|asleep|silent|victim|in love)\b|"
                      r"\bgr(?:ew|ow(?:s|n|ing)?) up\b|"
                      r"\b(?:slip(?:s|ped|ping)?|slid(?:e|es|ing)?) (?:away|out|into|through|past|by)\b|"
                      r"\bdip(?:s|ped|ping)? into\b", re.IGNORECASE)


def _moves(text: str) -> frozenset[str]:
    """The directions ("up", "down") a sentence says something moved in."""
    text = _NO_MOVE.sub(" ", text)
    return frozenset(d for d, pattern in (("up", _UP), ("down", _DOWN)) if pattern.search(text))


# A patient's condition as a hospital gives it ("critical", "serious", "stable", "fair", "good") names one reading:
# HuffPost's "His condition was upgraded from “critical” to “serious” on Thursday" (a lobbyist's) stood in one point with
# the Times' "Doctors said his condition was critical but improving." (the congressman's, review 29), two people or two
# days. A sentence gives the states written before "condition" ("in critical but stable condition") or after it and a
# verb ("his condition was critical", "condition was listed as fair"); one that tells a change ("from “critical” to
# “serious”") is in the state it changed to. Two sentences whose states share none are two readings.
_STATE = r"critical|serious|stable|fair|good|satisfactory|grave|guarded"
_Q = r"[\"“”‘’']?"
_STATE_BEFORE = re.compile(r"\b(" + _STATE + r")" + _Q + r"(?:\s+(?:but|and)\s+" + _Q + r"(" + _STATE + r")" + _Q
                           + r")?\s+condition\b", re.IGNORECASE)
_STATE_AFTER = re.compile(r"\bcondition\s+(?:(?:is|was|were|are|remains?|remained|has|had|been|listed|described|as|"
                          r"still|now|upgraded|downgraded|improved|changed|to|in|at)\s+){1,4}" + _Q + r"(" + _STATE
                          + r")\b" + _Q + r"(?:\s+(?:but|and)\s+" + _Q + r"(" + _STATE + r")\b)?", re.IGNORECASE)
_CHANGED_TO = re.compile(r"\bfrom\s+" + _Q + r"(?:" + _STATE + r")" + _Q + r"\s+(?:condition\s+)?to\s+" + _Q + r"("
                         + _STATE + r")\b", re.IGNORECASE)


def _states(text: str) -> frozenset[str]:
    """The states of a patient's condition a sentence gives (`_STATE`, next to "condition"); for a change ("upgraded
    from “critical” to “serious”") the one it changed to; none when it gives no state."""
    changed = _CHANGED_TO.findall(text)
    if changed and re.search(r"\bcondition\b", text, re.IGNORECASE):
        return frozenset(w.lower() for w in changed)
    return frozenset(w.lower() for m in (*_STATE_BEFORE.finditer(text), *_STATE_AFTER.finditer(text))
                     for w in m.groups() if w)


# A vote's tally names the vote: NPR's "The decision comes three years after a bitterly divided high court upheld the
# Affordable Care Act as constitutional by a 5-4 vote." stood in one point with Salon's "In a six-to-three decision, the
# Supreme Court announced on Thursday that it was upholding ..." (review 24), the ruling of 2012 beside the day's. A
# tally is two counts joined by a dash or "-to-" ("5-4", "six-to-three", "51-49"), or by "to" before "vote",
# "decision", "ruling" or "margin" ("5 to 4 decision"), near a word of voting or deciding; not a change ("from 52 to
# 51").
_COUNT = r"(\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TALLY = re.compile(r"(?<!from )\b" + _COUNT + r"(?:-to-|[-–]|\s+to\s+(?=" + _COUNT + r"\s+(?:vote|decision|ruling|"
                    r"margin)))" + _COUNT + r"\b", re.IGNORECASE)
_VOTING = re.compile(r"vot|decision|ruling|majority|margin|court|senate|house|passed|approved|rejected|split",
                     re.IGNORECASE)
_SMALL = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _tallies(text: str) -> frozenset[tuple[int, int]]:
    """The vote tallies a sentence gives (`_TALLY`, within 40 characters of a word of `_VOTING`), each as its two
    counts in order (so "51-49" and "49-51" are one tally); a tie or a count above 600 is no tally."""
    out = set()
    for m in _TALLY.finditer(text):
        a, b = (int(_SMALL.get(x.lower(), x)) for x in (m.group(1), m.group(3)))
        if a != b and max(a, b) <= 600 and _VOTING.search(text, max(0, m.start() - 40), m.end() + 20):
            out.add((min(a, b), max(a, b)))
    return frozenset(out)


# What is slated, scheduled or set to happen is a plan, not what happened: the Washington Times' "A vote was slated for
# Thursday afternoon." (the US House's) stood in one point with NPR's "Wednesday's second vote was pivotal:" (the
# state's), and Politico's McCabe "is set to take Comey's spot at another, public hearing Thursday" with his becoming
# acting director (reviews 26, 24). Read with its copula ("was slated for", "is set to"), not in a clause of "which" or
# "that" ("The vote, which was scheduled for Thursday, passed"), beside a sentence that says nothing of the future:
# no modal ("will", "would"), no plan, no schedule of its own ("Lawmakers will vote Thursday" is the same plan).
_SCHEDULED = re.compile(r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?:is|are|was|were|had\s+been|has\s+been)\s+"
                        r"(?:(?:now|also|tentatively|still)\s+)?(?:slated|scheduled|set)\s+(?:for|to)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:slated|scheduled|set\s+(?:for|to)|due\s+(?:for|to)|plans?|planned|planning|expected|"
                     r"intends?|prepar(?:e|es|ed|ing)\s+(?:to|for)|about\s+to|poised|soon|coming|upcoming|next|"
                     r"tomorrow|later|going\s+to)\b", re.IGNORECASE)
# a clause joined on after the sentence's first statement ("Fort Lauderdale closed its airport, ..., and Orlando's
# airport was slated to close at 8 p.m.", review 24): the plan is one of its statements, not what it says
_JOINED = re.compile(r",\s*(?:and|but|while|as|whereas)\b|;", re.IGNORECASE)


def _scheduled(text: str) -> bool:
    """Whether the sentence says what is slated, scheduled or set to happen (`_SCHEDULED`) before any clause joined
    on after its first statement (`_JOINED`)."""
    m = _SCHEDULED.search(text)
    return m is not None and _JOINED.search(text, 0, m.start()) is None


def _of_the_future(text: str) -> bool:
    """Whether the sentence says anything of what is to come: a modal (`_MODAL`) or a word of a plan (`_FUTURE`)."""
    return _MODAL.search(text) is not None or _FUTURE.search(text) is not None


# How much of an election's count is in ("With about 21 percent of the precincts counted", "With nearly all precincts
# reporting", "with almost all of the votes in"): a count's reading at that moment. Two readings of the count at two
# stages whose results share no figure are two moments, not one point (review 26: Walker's lead of 61 percent to 38
# at 21 percent of precincts, his 53 percent to 46 with nearly all).
_SHARE_COUNTED = re.compile(r"\b(?:with|after)\s+(?:(?:about|around|roughly|nearly|almost|just\s+over|over|more\s+than|"
                            r"less\s+than|only|some)\s+)?(?:(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|"
                            r"(?P<all>(?:nearly|almost|virtually|practically|essentially)\s+)?all)\s+"
                            r"(?:of\s+)?(?:the\s+)?(?:precincts|votes?|ballots)\s+"
                            r"(?:counted|in|reporting|tallied|reported)\b", re.IGNORECASE)


def _share_counted(text: str) -> float | None:
    """The share of an election's count that is in (`_SHARE_COUNTED`), in percent: "nearly all" is 99, "all" 100."""
    m = _SHARE_COUNTED.search(text)
    if not m:
        return None
    if m.group("n"):
        return float(m.group("n"))
    return 99.0 if m.group("all") else 100.0


# An appeal not to do something is not the deed: the Times' "For weeks, Republicans led by Senator Mitch McConnell of
# Kentucky urged Mr. Trump not to declare a national emergency, but the president opted to go ahead anyway ..." stood
# in one point with HuffPost's "McConnell ... announced Thursday ... that Trump planned to sign the bill and declare a
# national emergency at the same time, adding that he supported the decision." (review 29), alike in all their words.
# A verb of urging, warning, asking or telling, up to six words (whom it is put to), "not to" and the verb: what the
# appeal is against. A sentence holding such a verb itself ("McConnell warned Trump in private that declaring an
# emergency would spark a backlash", judged one point with the Times') tells of an appeal too, not of the deed.
_APPEAL = (r"\b(?:urg(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?|press(?:es|ed|ing)?|warn(?:s|ed|ing)?|"
           r"ask(?:s|ed|ing)?|advis(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|lobb(?:y|ies|ied|ying)|"
           r"tell(?:s|ing)?|told)\s")
_URGED_NOT = re.compile(_APPEAL + r"+(?:[\w.’'-]+\s+){0,6}?not\s+to\s+([a-z]+)", re.IGNORECASE)
_APPEALS = re.compile(_APPEAL, re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no)\b[^,;]*$|n[’']t\s+$", re.IGNORECASE)


def _verb_key(word: str) -> str:
    """A verb's stem (`_stem`) without a final "e": "declare", "declares" and "declaring" are one verb."""
    return _stem(word.lower()).removesuffix("e")


def _urged_not(text: str) -> frozenset[str]:
    """The verbs (`_verb_key`) a sentence urges, warns or asks someone not to do (`_URGED_NOT`)."""
    return frozenset(_verb_key(m.group(1)) for m in _URGED_NOT.finditer(text))


def _affirms(text: str, verbs: frozenset[str]) -> bool:
    """Whether the sentence holds one of `verbs` with no "not", "never", "no" or "-n't" before it in its clause."""
    return any(_verb_key(m.group(0)) in verbs and not _NEGATED_BEFORE.search(text[max(0, m.start() - 20):m.start()])
               for m in _WORD_AT.finditer(text))


def _two_counts(share_a: float | None, share_b: float | None, claims_a: Sequence[Claim],
                claims_b: Sequence[Claim]) -> bool:
    """Whether two sentences read an election's count at two stages: one says how much of it is in, the other says
    another share or none, and their figures of one unit (the results) are none alike (`_figures_apart`)."""
    if share_a is None and share_b is None:
        return False
    if share_a is not None and share_b is not None and abs(share_a - share_b) <= ALIKE_SHARE * max(share_a, share_b):
        return False
    return _figures_apart([c for c in claims_a if c.unit.lower() == "percent"],
                          [c for c in claims_b if c.unit.lower() == "percent"])


# Session 48 (helper F, reviews 32-37): what stands beside what happened, and two times' figures.
# A routine is no event: USA Today's "The Fort Lauderdale-Hollywood International Airport handles about 586 commercial
# flights daily, according to Flight Aware ..." stood in one point with the Washington Times' "The Federal Aviation
# Administration issued a statement indicating that as of 2:15 p.m., any flights inbound ... would land ..." (review
# 37): a figure given as a rate per day, week, month or year ("586 flights daily", "kills 3,000 people a year") in a
# main clause that tells no deed (no past form, no "was", "had", "did", no modal) says how things go, not what
# happened on the day. The rate comes after what is counted ("586 flights daily"): "cut its 24 daily flights" counts
# the flights the deed was done to.
_RATE = re.compile(r"\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))?\s+(?:[\w-]+\s+){1,3}?"
                   r"(?:daily|nightly|weekly|monthly|annually|yearly|(?:a|an|each|every|per)\s+"
                   r"(?:day|night|week|month|year))\b(?!\s+(?:ago|earlier|later|before|after|from|since)\b)",
                   re.IGNORECASE)
_PAST_AUX = re.compile(r"\b(?:was|were|had|did)\b|\b(?:has|have)\s+(?:been|become)\b", re.IGNORECASE)


def _routine(text: str) -> bool:
    """Whether the sentence's main clause (`_main_clause`) gives a rate per period (`_RATE`) and tells no deed."""
    main = _main_clause(text)
    return (_RATE.search(main) is not None and not _deeds(main) and _PAST_AUX.search(main) is None
            and _MODAL.search(main) is None)


def _told_deed(text: str) -> bool:
    """Whether the sentence's main clause tells a deed (`_deeds`: a past form, saying aside)."""
    return bool(set(_deeds(_main_clause(text))) - _REPORTING)


# Who someone is is no event: NPR's "Sessions, now a Republican senator from Alabama, is President Trump's nominee for
# U.S. attorney general." (a day before the vote) stood in one point with the Washington Times' "The Senate approved
# Jeff Sessions as attorney general Wednesday ..." (review 37), and BuzzFeed's "The FCC is led by longtime net
# neutrality critic Ajit Pai, who was appointed as a commissioner by President Obama in 2012 ..." with Reuters' "The
# approval of FCC Chairman Ajit Pai's proposal in a 3-2 vote marked a victory for internet service providers ..."
# (review 33). A plain statement of a role, in the present ("X is Y's nominee for", "is the pick to", "the agency is led
# by"), beside a sentence whose main clause tells a deed and no role: the role is the background, the deed the news.
# A deed of giving the role ("Trump nominated Sessions", "named", "picked", "appointed"; "is led by" / "took over")
# tells the role itself and is left out.
_ROLE_STATED = re.compile(
    r"\b(?:is|are|remains)\s+(?:(?:now|still|also)\s+)?(?:(?:the|a|an|his|her|their|its)\s+|[\w.’'-]+[’']s\s+|"
    r"[A-Z][\w.-]*\s+){0,4}?(?:nominee|pick|choice|candidate)\s+(?:for|to)\b|"
    r"\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:led|headed|chaired|run|directed|helmed)\s+by\b")
_ROLE_GIVEN = frozenset({"nominat", "nam", "pick", "choos", "select", "tap", "appoint", "lead", "led", "head", "chair",
                         "run", "direct", "helm", "elect", "tak", "replac", "succeed"})


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|as|if|because|since|while|after|before)\b",
                       re.IGNORECASE)


def _role_stated(text: str) -> bool:
    """Whether the sentence states a role (`_ROLE_STATED`) in a clause that no relative or subordinating word opens
    ("Sessions, now a Republican senator from Alabama, is President Trump's nominee for ...": the clause after the
    aside; not "Sessions, who is Trump's nominee for ..., was confirmed")."""
    for clause in _CLAUSE_END.split(text):
        m = _ROLE_STATED.search(clause)
        if m is not None and _RELATIVE.search(clause, 0, m.start()) is None and not _SUBORDINATE_OPENING.match(clause):
            return True
    return False


def _deed_beside_role(text: str) -> bool:
    """Whether the sentence's main clause tells a deed other than giving a role (`_ROLE_GIVEN`)."""
    return bool(set(_deeds(_main_clause(text))) - _REPORTING - _ROLE_GIVEN)


# Two things that did not happen until a time are two facts: CNN's "The Ebola patient in Dallas didn't start showing
# symptoms until several days after he landed in the United States, Frieden said." / the Monitor's "In the case of the
# man in Dallas, ..., hospital authorities didn't diagnose Ebola until the man's second visit on Sept. 28." (review 36):
# each dates one past deed ("did not ... until" says when it happened), and the deeds share no word (compared by
# `_deed_key`'s first five letters: "diagnosed" / "diagnosis"). One deed in other words shares its object ("didn't
# show symptoms until" / "didn't develop symptoms until"). The future's "won't be released until" is a condition,
# not a date, and is left out (outlets give one condition in other verbs: "released" / "made public").
_NOT_UNTIL = re.compile(r"\b(?:(?:did|was|were|had)\s+not|(?:did|was|were|had)n[’']t|never)\s+"
                        r"((?:[\w’'-]+\s+){1,8}?)until\b", re.IGNORECASE)


def _not_until(text: str) -> frozenset[str] | None:
    """The content words (by `_deed_key`) of what a sentence says did not happen until a time (`_NOT_UNTIL`), None when
    it says no such thing."""
    got = None
    for m in _NOT_UNTIL.finditer(text):
        got = (got or frozenset()) | {_deed_key(w)[:5] for w in _WORD_AT.findall(m.group(1))
                                      if w.lower() not in STOP_WORDS and len(w) > 2}
    return got


# What is yet to be learnt is no finding: the AP's "They may shed further light on what caused the crash." (the black
# boxes) stood in one point with Business Insider's "There had previously been speculation that a technical issue
# caused the crash." (review 37). A sentence saying what may, will or could shed light on something, or help determine,
# establish or explain it, or what someone hopes, seeks or tries to find out ("what", "whether", "how", "the cause"),
# beside one that says no such thing and does not say it is unclear or unknown (`_UNSETTLED`): what an inquiry may find
# is not what was found or claimed. Not "why": "can explain why the plane crashed six minutes after takeoff" tells the
# crash it asks about (review 23's Guardian, one point with the BBC's crash "six minutes after it left Addis Ababa");
# nor a bare "to determine": "relies on computer algorithms to determine what is trending" is a task, not a question
# (review 22's Facebook, one point with "automated systems to identify what's popular").
_TO_BE_LEARNT = re.compile(
    r"(?:\b(?:may|might|could|can|will|would|should)\s+(?:(?:also|further|eventually|soon|yet|still)\s+)*"
    r"(?:help\s+(?:to\s+)?)?|\bhelp(?:s|ed|ing)?\s+(?:to\s+)?|"
    r"\b(?:hop|seek|sought|tr(?:y|ies|ied|ying)|aim|work)(?:e|es|ed|ing|s)?\s+to\s+)"
    r"(?:(?:shed|throw|cast)\s+(?:(?:new|more|further|some|additional)\s+)?light\s+on|determine|establish|explain|"
    r"find\s+out|figure\s+out|pinpoint|clarify)\s+(?:exactly\s+)?"
    r"(?:what|whether|if|how|the\s+(?:causes?|reasons?|circumstances))\b", re.IGNORECASE)
_UNSETTLED = re.compile(r"\b(?:unclear|unknown|mystery|not\s+(?:yet\s+)?(?:clear|known|determined|established))\b|"
                        r"\bunder\s+investigation\b", re.IGNORECASE)


def _to_be_learnt(text: str) -> bool:
    """Whether the sentence says what is yet to be learnt (`_TO_BE_LEARNT`)."""
    return _TO_BE_LEARNT.search(text) is not None


# A past year's figures are another time's (`_other_month`'s kind): MSNBC's "In early 2009, for example, near the
# height of the Great Recession, initial jobless claims reached 665,000 -- ..." stood in one point with the Daily
# Caller's "The total number for jobless claims for the week ending in July 4 was 1.3 million ..." (review 37, July
# 2020). A sentence that opens on a year ("In early 2009, ...", "Back in 1998 ...", "In March 2009 ...") frames all it
# tells in that year; when the year is before the article's year and the one before it (the latest year's data is the
# news: "In 2011, the median salary was $67,974" in 2012), beside a sentence that names that year nowhere, with figures
# of one unit none within `ALIKE_SHARE` (`told_apart`), the two give two times' figures, not one figure. A year inside
# the sentence is read as background, not as its frame: "fell 4% in 2020, ..." / "... declined after an increase in
# 2014, down an average of 2% per year" (a judged-same pair), "the median base salary ... in 2011 was $67,974" /
# "an average salary of $76,000" (review 33, accepted), "the 1933 Griffith Park fire ..., which killed 29" / "the
# deadliest wildland fire since 1933, when 25 firefighters died" (review 33: one fire, two tolls).
_YEAR_FRAME = re.compile(r"^\W*(?:(?:but|and|so|yet|back|even)\s+)?(?:in|during|by|back\s+in)\s+(?:(?:early|late|mid-?|"
                         r"the\s+(?:spring|summer|fall|autumn|winter|first|second|last)\s+(?:\w+\s+)?of)\s*)?"
                         r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
                         r")\s+)?(1[89]\d\d|20\d\d)\b(?![-–]\d)", re.IGNORECASE)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?![-–/]\d)")  # every year a sentence names


def _past_years(text: str, published: str | None) -> frozenset[int]:
    """The year a sentence opens on (`_YEAR_FRAME`), when it is before its article's (`published`, "YYYY-...") and the
    one before; empty otherwise."""
    m = _YEAR_FRAME.match(text)
    if m is None or not published or len(published) < 4 or not published[:4].isdigit():
        return frozenset()
    return frozenset({int(m.group(1))}) if int(m.group(1)) < int(published[:4]) - 1 else frozenset()


def _other_year(past_a: frozenset[int], past_b: frozenset[int], named_b: frozenset[int]) -> bool:
    """Whether one sentence names past years (`_past_years`: `past_a`) and the other none of its own (`past_b`) nor
    those anywhere (`named_b`, every year it names)."""
    return bool(past_a) and not past_b and not past_a & named_b


# Others than someone are not that someone: the Washington Times' "Three American medical missionaries other than Dr.
# Brantly became infected and fell ill in Africa while treating Ebola patients." stood in one point with CNN's "The
# doctor and the American missionary were infected in Liberia, brought to Atlanta's Emory University Hospital, ..."
# (review 36), Brantly and his colleague. A count of people or things "other than", "apart from" or "aside from" someone
# named, in the sentence's first clause, beside a sentence that speaks of no others ("other", "another", "also", "more",
# "else", "additional", "too"): the people told of are not the same. Not "except" ("every department except Homeland
# Security" is a whole told with its exception, which other outlets give as "all but").
_OTHERS_THAN = re.compile(r"\b(?:\d+|" + "|".join(ONES) + r"|several|many|some|few|dozens|hundreds|thousands)\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:other\s+than|apart\s+from|aside\s+from)\s+"
                          r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z])", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:others?|another|also|more|else|additional|too|besides|further)\b", re.IGNORECASE)


def _others_than(text: str) -> bool:
    """Whether the sentence's first clause tells of people or things other than someone named (`_OTHERS_THAN`)."""
    return _OTHERS_THAN.search(_CLAUSE_END.split(text, maxsplit=1)[0]) is not None


def _claims_in(v: SentenceView, ann: Annotation) -> list[Claim]:
    """The sentence's figures that have a unit; years and dates aside."""
    return [c for c in ann.claims if v.start <= c.start and c.end <= v.end and isinstance(c.unit, str)
            and c.unit.lower() not in ("year", "date")]


def _alike(a: Claim, b: Claim) -> bool:
    """One figure, given exactly or two compatible ways within `ALIKE_SHARE` of each other."""
    gap = abs(a.value - b.value)
    return gap <= 1e-9 * max(1.0, abs(a.value)) or (
        gap <= ALIKE_SHARE * max(abs(a.value), abs(b.value)) and intervals_overlap(a, b))


def _two_moments(text_a: str, text_b: str, claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Whether two sentences give readings at two moments: each names a time of day, or each a day
    of the week, none in common (`numbers.other_moment`), and they give figures of one unit, none
    alike (159 by late Wednesday, 241 early Thursday; 788,916 homes without power Friday night,
    908,614 early Saturday). Without such figures a weekday tells nothing: outlets date one fact
    by the day it was announced or took effect ("agreed to a cease-fire Thursday" / "took effect
    early Friday"), as the judged pairs showed."""
    if not ({c.unit.lower() for c in claims_a} & {c.unit.lower() for c in claims_b}):
        return False
    if other_moment(text_a, text_b):
        return not any(_alike(x, y) for x in claims_a for y in claims_b)
    return bool(_clock_times(text_a)) != bool(_clock_times(text_b)) and _figures_apart(claims_a, claims_b)


# A month named in a sentence that is neither the article's month nor the one before ("In February, private payrolls
# rose by 254,000 jobs" in a report of October's jobs, published November 2): the sentence's figures are another
# time's. Not one after "since", "than" or "from" ("the lowest since February", "since U.S. forces withdrew in
# August"), a span up to now or a comparison.
_MONTH_NAMED = re.compile(r"(?<!\bsince )(?<!\bthan )(?<!\bfrom )(?<!\d )\b(January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\b(?!\s+\d{1,2}\b)")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)  # "since U.S. forces withdrew in August": a span up to now


def _other_month(text: str, published: str | None) -> bool:
    """Whether the sentence names a month alone (`_MONTH_NAMED`: no day with it) that is neither the month of the
    article's date (`published`, "YYYY-MM-DD...") nor the one before: another time's figures."""
    if not published or len(published) < 7 or not published[5:7].isdigit():
        return False
    month = int(published[5:7])
    here = {month, 12 if month == 1 else month - 1}
    return any(MONTHS[m.group(1).lower()] not in here and not _SINCE.search(text, max(0, m.start() - 40), m.start())
               for m in _MONTH_NAMED.finditer(text))


def _figures_apart(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Whether two sentences give figures of one unit and none of them within `ALIKE_SHARE` of each other."""
    pairs = [(x, y) for x in claims_a for y in claims_b if x.unit.lower() == y.unit.lower()]
    return bool(pairs) and not any(abs(x.value - y.value) <= ALIKE_SHARE * max(abs(x.value), abs(y.value))
                                   for x, y in pairs)


# Two times of day an hour or more apart are two moments of a story, whatever the sentences' figures: "The storm
# officially made landfall in the Florida Keys a little after 9 am" / "The storm's center was expected to pass
# through the Florida Keys around 8 a.m. ET Sunday" (review 15), a forecast and what happened.
TIMES_APART = 60
# Two sentences naming two time zones ("9 a.m. ET" / "6 a.m. PT") may give one moment: their times are not compared,
# unless the sentences name a zone in common: "5:40 p.m. local time Sunday, or 6:40 a.m. EDT" / "just before 4:30 p.m.
# local time (5:30 a.m. ET)" (review 26: two days' first boys out of the cave) are two moments, every time an hour
# or more from every other; one moment in two zones gives one time in both ("9 a.m. ET (6 a.m. PT)" / "6 a.m. PT").
# A zone is one however written: "ET", "EST", "EDT" and "Eastern Time" (or "Eastern Standard Time") are the same
# clock for a reader of one story; so are "PT", "PST", "PDT" and "Pacific Time", and the other two of the US.
_ZONE = re.compile(r"\b(?:([ECMP])[SD]?T|(Eastern|Central|Mountain|Pacific)\s+(?:(?:Standard|Daylight)\s+)?Time|"
                   r"GMT|UTC|BST|CET|local\s+time)\b")
# Two times of day named in a zone in common are one moment only when an outlet could have rounded one to the other
# ("about 6:30 p.m. ET" for "6:24 p.m. ET"): Fox's "7:20 p.m. Eastern Time Saturday" (a flight's scheduled arrival)
# and USA Today's "6:24p.m. ET on Saturday" (the time its contact was lost) stood in one point (review 27), 56 minutes
# apart; without a zone in common they may be one moment in two zones, and an hour (`TIMES_APART`) tells them apart.
ZONED_TIMES_APART = 30


def _zones(text: str) -> frozenset[str]:
    """The time zones a sentence names after its times ("ET", "GMT", "local time"), one key a zone however it is
    written ("ET", "EDT", "Eastern Time": "e")."""
    out = set()
    for m in _ZONE.finditer(text):
        if m.group(1) or m.group(2):
            out.add((m.group(1) or m.group(2)[0]).lower())
        else:
            out.add(" ".join(m.group(0).lower().split()))
    return frozenset(out)


def _two_times(a: set[int], b: set[int], apart: int = TIMES_APART) -> bool:
    """Whether two sentences' times of day (minutes after midnight) are all at least `apart` minutes apart."""
    return bool(a and b) and all(min(abs(x - y), 1440 - abs(x - y)) >= apart for x in a for y in b)


# A day of the month is no count: "the 19 Sept. 11 hijackers" (a claim "11", read as a count).
_DAY_OF_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*$|"
                           r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\s+$")


def _two_quantities(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> bool:
    """Whether two sentences give figures of one unit, none alike, of which two are two quantities by
    the disputes' tests: a part its sentence lists against a whole ("The first three explosions" / "Four
    exploding packages ... killed two people"), the hurt and the dead, parts of two wholes, figures of
    years that do not meet (`numbers._apart`), or figures of a unit (not counts) too far apart to be one
    (`numbers._comparable`: 2 mph / 65 mph). Figures of one quantity that differ ("at least three" / "at
    least two" killed, "$74,839" / "$76,000" average pay) are a dispute the point shows
    (`differing_figures`); ages ("Kaepernick, 30") say who, and a day of the month when."""
    def usable(c: Claim) -> bool:
        sentence = c.sentence or ""
        at = sentence.find(c.text)
        return not is_age(c) and not (at > 0 and _DAY_OF_MONTH.search(sentence, max(0, at - 12), at))

    def one_unit(x: Claim, y: Claim) -> bool:
        ux, uy = x.unit.lower(), y.unit.lower()
        return ux == uy or (ux in DURATION_SECONDS and uy in DURATION_SECONDS)

    def alike(x: Claim, y: Claim) -> bool:
        # durations in two units of time compared in one ("up to six months" is no "five years", review 34)
        y = in_unit_of(y, x)
        return _alike(x, y) or intervals_overlap(_as_read(x), _as_read(y)) or _rounded_alike(x, y)

    a, b = [c for c in claims_a if usable(c)], [c for c in claims_b if usable(c)]
    # a whole and its parts, every count of the other sentence: one fact (`numbers.sum_of_parts`)
    whole_a, whole_b = ([float(c.value) for c in cs if c.unit.lower() == "count" and c.hedge is None] for cs in (a, b))
    if sum_of_parts(whole_a, whole_b) or sum_of_parts(whole_b, whole_a):
        return False
    # figures of two units are never alike: "more than six months" (open above) is no 1.5 million people (review 21)
    if any(one_unit(x, y) and alike(x, y) for x in a for y in b):
        return False
    for x in a:
        for y in b:
            if not one_unit(x, y):
                continue
            ux, uy = x.unit.lower(), y.unit.lower()
            # "count" names no quantity: two counts far apart are as often figures beside one statement
            # ("served five terms" / "has died at 94") as two quantities. Two subjects' own qualifiers
            # (`_contrasted`) are as often two words for one thing ("the fire" / "the blaze" 15 percent
            # contained): enough to doubt a dispute, not to split a point.
            if (("part" in _kind(x)) != ("part" in _kind(y)) or ("since" in _kind(x)) != ("since" in _kind(y))
                    or (_apart(x, y, frozenset(), frozenset()) and not _contrasted(x, y))
                    or _sectors(x) != _sectors(y) or _change_and_level(x, y) or _change_and_level(y, x)
                    or (ux != "count" and not _comparable(x, y))):
                return True
    return False


# A change by an amount ("the number of unemployed has shrunk by 1.5 million") and a level said to stand or reached
# ("12.3 million people remain unemployed", "rose to 12.3 million"): two quantities (review 21)
_BY_CHANGE = re.compile(_CHANGE_WORD.pattern + r"\s+by\s+(?:about|nearly|almost|roughly|some|around|more\s+than|"
                        r"over|under|less\s+than|just)?\s*$", re.IGNORECASE)
_TO_LEVEL = re.compile(_CHANGE_WORD.pattern + r"\s+to\s+$", re.IGNORECASE)


def _change_and_level(x: Claim, y: Claim) -> bool:
    """Whether `x` is a change by an amount (`_BY_CHANGE` right before it) and `y` a level: one its clause says stands
    ("remain", "currently": `numbers._kind`'s "staying" and "now") or one a change reached ("rose to")."""
    def before(c: Claim) -> str:
        sentence = c.sentence or ""
        at = sentence.find(c.text)
        return sentence[max(0, at - 80):at] if at >= 0 else ""
    if not _BY_CHANGE.search(before(x)) or _BY_CHANGE.search(before(y)):
        return False
    return "staying" in _kind(y) or " now" in _kind(y) or _TO_LEVEL.search(before(y)) is not None


def _figures_by_kind(claims: Sequence[Claim]) -> tuple[set, set]:
    """A sentence's forecast figures (`numbers.is_forecast`) and its other figures (`claims`, as
    `_claims_in` gives them), as (unit, value)."""
    forecast = {(c.unit.lower(), round(float(c.value), 6)) for c in claims if is_forecast(c)}
    return forecast, {(c.unit.lower(), round(float(c.value), 6)) for c in claims} - forecast


def _expected_and_actual(a: tuple[set, set], b: tuple[set, set]) -> bool:
    """Whether one sentence gives only forecast figures and the other only actual ones, of one
    unit and none the same ("had called for 215,000 new jobs" / "added 248,000 new jobs"). One
    figure in both is one figure that an outlet calls expected ("60 million doses expected to
    be released" / "up to 60m doses"); another unit, another quantity ("expected to return
    ... after eight years" / "two bills"). `a` and `b` as `_figures_by_kind` gives them."""
    def expected_then_actual(f: tuple[set, set], g: tuple[set, set]) -> bool:
        (forecast, other), (not_forecast, actual) = f, g
        return bool(forecast and not other and actual and not not_forecast
                    and {u for u, _ in forecast} & {u for u, _ in actual} and not forecast & actual)

    return expected_then_actual(a, b) or expected_then_actual(b, a)


def _same_figures(cands: Sequence[SentenceView], annotations: Mapping[str, Annotation]) -> np.ndarray:
    """[i, j]: sentences i and j give `SAME_FIGURES` or more of the same figures."""
    return _figures_in_common(cands, annotations) >= SAME_FIGURES


def _two_places(cands: Sequence[SentenceView], annotations: Mapping[str, Annotation]) -> np.ndarray:
    """[i, j]: sentences i and j each name a place (the tagger's GPE or LOC) whose words the other does not hold: CNN's
    "Close to half a million people were expected to have evacuated by Thursday, said ... director of South Carolina
    Emergency Management." / CBN's "Some 500,000 people were told to evacuate the Jacksonville area, ..." (review 24)
    give one figure of two places. A place the tagger reads inside a longer name ("... Airport Kabul, Afghanistan" /
    "killed in Kabul") is still written there."""
    places, held = [], []
    for v in cands:
        ann = annotations[v.article]
        places.append(frozenset(w for e in ann.entities if e.type in ("GPE", "LOC") and v.start <= e.start
                                and e.end <= v.end for w in words(e.name) if w not in STOP_WORDS))
        held.append(frozenset(words(v.text)))
    out = np.zeros((len(cands), len(cands)), dtype=bool)
    for i, a in enumerate(places):
        for j in range(i + 1, len(cands)):
            out[i, j] = out[j, i] = bool(a and places[j] and not a & held[j] and not places[j] & held[i])
    return out


def _counts(v: SentenceView, ann: Annotation | None) -> list[float]:
    """The values of the sentence's bare counts, each as often as it is given."""
    return [float(c.value) for c in (ann.claims if ann else ()) if v.start <= c.start and c.end <= v.end
            and isinstance(c.unit, str) and c.unit.lower() == "count" and c.hedge is None]


# An earlier event a sentence measures its news as a record against ("..., the first of a commercial jet on French soil
# since a Concorde jet crash outside Paris in July 2000 killed 113 people."): after a record's word ("first", "only", a
# superlative) in its clause, from "since" and a determiner to the clause's end. Not after a change ("the gradual
# decline in unemployment since the jobless rate's recent peak of 10 percent", review 21): a starting level two outlets
# may both give.
_RECORD = (r"first|only|worst|best|most|least|fewest|\w+iest|highest|lowest|largest|biggest|greatest|longest|"
           r"shortest|smallest|strongest|weakest|fastest|slowest|hottest|coldest|warmest|oldest|youngest")
_SINCE_REFERENCE = re.compile(r"\b(?:" + _RECORD + r")\b[^,;:()\u2014\u2013]{0,80}?\b(since\s+(?:a|an|the|its|his|her|"
                              r"their)\s[^,;:()\u2014\u2013]*)", re.IGNORECASE)


def _referenced(v: SentenceView, ann: Annotation | None) -> list[Claim]:
    """The sentence's claims that stand in an earlier event it measures its news as a record against
    (`_SINCE_REFERENCE`)."""
    spans = [(v.start + m.start(1), v.start + m.end(1)) for m in _SINCE_REFERENCE.finditer(v.text)]
    return [c for c in (ann.claims if ann else ()) if any(lo <= c.start and c.end <= hi for lo, hi in spans)]


def _figures_in_common(cands: Sequence[SentenceView], annotations: Mapping[str, Annotation],
                       least: float = 0) -> np.ndarray:
    """[i, j]: how many of the same figures (`sentence_figures`) sentences i and j give, a whole given as the sum of
    its parts by the other (`numbers.sum_of_parts`) counting `SAME_FIGURES`; with `least`, bare counts below it and ages
    (`numbers.is_age`) aside. The figures of an earlier event a sentence measures its news against as a record
    (`_referenced`) are not its news and do not count: USA Today's "Valls said he had sent Interior Minister Bernard
    Cazeneuve to the scene of the crash, the first of a commercial jet on French soil since a Concorde jet crash outside
    Paris in July 2000 killed 113 people." / NPR's "In July 2000, an Air France Concorde ... crashed during takeoff near
    Paris, killing 113 people." (review 35) tell two events."""
    counts, figures = [], []
    for v in cands:
        ann = annotations.get(v.article)
        earlier = _referenced(v, ann)
        counts.append([x for x in _counts(v, ann) if not any(c.unit == "count" and c.value == x for c in earlier)])
        figures.append(sentence_figures(v, annotations)
                       - {(c.unit.lower(), round(float(c.value), 6)) for c in earlier if isinstance(c.unit, str)})
    if least:
        ages = [{(c.unit.lower(), round(float(c.value), 6)) for c in _claims_in(v, annotations[v.article])
                 if is_age(c)} if v.article in annotations else set() for v in cands]
        figures = [{(u, x) for u, x in f - a if u != "count" or x >= least} for f, a in zip(figures, ages)]
    out = np.zeros((len(cands), len(cands)), dtype=np.int32)
    rich = [i for i, f in enumerate(figures) if f]
    for n, i in enumerate(rich):
        for j in rich[n + 1:]:
            out[i, j] = out[j, i] = len(figures[i] & figures[j])
            if sum_of_parts(counts[i], counts[j]) or sum_of_parts(counts[j], counts[i]):
                out[i, j] = out[j, i] = max(out[i, j], SAME_FIGURES)
    return out


def pair_margins(articles: Sequence[str], sims: np.ndarray, k: int = MARGIN_NEIGHBOURS) -> np.ndarray:
    """Each sentence pair's cosine over the mean cosine of the two sentences' other close
    matches: for sentence i and sentence j of article B, i's `k` best cosines into B
    other than j (fewer when B is short), and the same for j into i's article.

    Well above 1 the pair stands out of both neighbourhoods: a paraphrase. Near 1, one
    side is about as close to several sentences of the other article, as sentences of two
    long articles on one subject are ("Hagel agreed to remain in office" / "Hagel had a
    rocky tenure"). A sentence whose other article has nothing else to compare with adds
    no neighbourhood; with none on either side the margin is infinite (cosine decides).
    """
    art = np.asarray(articles, dtype=object)
    near = np.full(sims.shape, np.nan, dtype=np.float64)  # near[i, j]: i's other matches in j's article
    for name in dict.fromkeys(articles):
        cols = np.nonzero(art == name)[0]
        n = len(cols)
        if n < 2:
            continue
        sub = sims[:, cols].astype(np.float64)
        ranked = -np.sort(-sub, axis=1)
        top = ranked[:, : k + 1]
        if n > k:  # j among the k + 1 best: the others are those k + 1 without j; else the k best
            inside = sub >= ranked[:, k : k + 1]
            others = np.where(inside, top.sum(axis=1, keepdims=True) - sub, top[:, :k].sum(axis=1, keepdims=True))
        else:
            others = top.sum(axis=1, keepdims=True) - sub
        near[:, cols] = others / min(k, n - 1)
    both = np.stack([near, near.T])
    known = ~np.isnan(both)
    around = np.where(known, both, 0.0).sum(axis=0) / np.maximum(known.sum(axis=0), 1)
    # no neighbourhood, or one of mean cosine <= 0 (nothing else alike): the pair stands out
    return np.divide(sims, around, out=np.full(sims.shape, np.inf), where=around > 0)


def echoed_sentences(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    floor: float = 0.5,
    min_words: int = 8,
) -> tuple[Evidence, ...]:
    """Sentences that every other outlet echoes at least loosely, most echoed first.

    A sentence's echo is the mean, over the other outlets, of its best cosine with that
    outlet's sentences; those below `floor` (unrelated to some outlet's text) are left out.
    Used to complete a summary when fewer than two points are shared outright.
    """
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    outlets = sorted({v.outlet for v in views})
    if len(outlets) < 2:
        return ()
    stacked = {o: np.concatenate([matrices[a] for a in dict.fromkeys(v.article for v in views if v.outlet == o)])
               for o in outlets}
    scored = []
    for v in views:
        if v.n_words < min_words or is_boilerplate(v.text):
            continue
        vec = matrices[v.article][v.index]
        best = [float((stacked[o] @ vec).max()) for o in outlets if o != v.outlet]
        if min(best) >= floor:
            scored.append((-round(float(np.mean(best)), 6), v.position, v.article, v.start, v))
    scored.sort(key=lambda t: t[:4])
    return tuple(Evidence(v.article, v.start, v.end, v.text) for *_, v in scored)


# A news article opens with its main fact (the inverted pyramid): what happened, who won, how
# the vote went. Its opening is read as its first `LEAD_SENTENCES` sentences of at least
# `LEAD_MIN_WORDS` words that end as a sentence does (a headline the text repeats, "Istanbul
# International Airport Open Again After Attack Kills At Least 42", ends in no full stop; a
# photo credit or an update note is shorter or furniture; a feature may open with a scene and give the fact
# second, "The high hopes Democrats had ... were shattered Tuesday." before "Republican Karen
# Handel emerged victorious ..."). Another outlet's opening states the sentence when one of
# its opening sentences is at least `LINK_THRESHOLD` alike (the level every pair of a point
# meets): a looser likeness than a shared point's, since two openings word one outcome each
# their own way ("Senators voted 60-37 to advance the bill" / "A three-month extension ... won
# a key procedural vote in the Senate", cosine 0.67, no shared point).
LEAD_SENTENCES = 3
LEAD_MIN_WORDS = 8
# Where no opening sentence is stated so, the articles' first sentences (their leads) state one event
# when they are at least this alike: two leads word the outcome each its own way, beside different
# details (review 18: "The House approved a stopgap bill early Friday ..." / "A brief U.S. government
# shutdown ended on Friday after Congress passed ...", cosine 0.55; review 15: "Iran warned Friday ...
# after top Iranian General Qasem Soleimani was killed by the Pentagon in an airstrike." / "... and Qasem
# Soleimani is dead.", 0.51), a likeness two sentences of one story's openings rarely reach otherwise.
FIRST_LINK_THRESHOLD = 0.50


def lead_points(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
    lead: int = LEAD_SENTENCES,
    link: float = LINK_THRESHOLD,
) -> tuple[SharedPoint, ...]:
    """Sentences of the articles' openings that the openings of most of the story's outlets
    state, each as a point: `summary` the sentence, `evidence` the sentence first and then
    the other outlets' opening sentences that state it, most alike first.

    Ranked by how many outlets state it, then by how early it stands in its article's
    opening (the first sentence is the lead), then by its mean best likeness to the other
    outlets' openings. "Most" is more than half of the outlets, and at least two; where no
    sentence is stated so, half of them (two of four: review 12's China story, whose third
    outlet led with the markets and whose fourth text opens mid-article); where none is stated
    even so, the articles' first sentences matched at `FIRST_LINK_THRESHOLD`.
    """
    views, matrices = sentence_views(articles, annotations, sentence_vectors)
    outlets = sorted({v.outlet for v in views})
    if len(outlets) < 2:
        return ()
    opening: dict[str, list[SentenceView]] = {}
    for v in views:
        if v.n_words >= LEAD_MIN_WORDS and not is_boilerplate(v.text) and not _leads_in(v.text) \
                and display_sentence(v.text).rstrip("\"'”’)")[-1:] in ".!?":  # a headline ends in none
            if len(kept := opening.setdefault(v.article, [])) < lead:
                kept.append(v)
    by_outlet: dict[str, list[SentenceView]] = {}
    for art in articles:
        for v in opening.get(art.id, []):
            by_outlet.setdefault(v.outlet, []).append(v)
    ranked = []
    for v in (v for vs in by_outlet.values() for v in vs):
        vec = matrices[v.article][v.index]
        matches, best = [], []
        for o in outlets:
            if o == v.outlet:
                continue
            cos = [(float(matrices[w.article][w.index] @ vec), w) for w in by_outlet.get(o, [])]
            best.append(max((c for c, _ in cos), default=0.0))
            matches += [(c, w) for c, w in cos if c >= link]
        n = 1 + len({w.outlet for _, w in matches})
        if n >= 2 and 2 * n >= len(outlets):
            key = (-n, opening[v.article].index(v), -round(float(np.mean(best)), 6), v.article, v.start)
            ranked.append((key, v, [w for _, w in sorted(matches, key=lambda t: (-t[0], t[1].article, t[1].start))]))
    if ranked and _voices_only(ranked):
        # ..., and where every lead stated most widely is a quotation, the first sentences that restate the headlines
        seen = {(v.article, v.start) for _, v, _ in ranked}
        ranked += [r for r in _headline_leads(articles, opening, by_outlet, outlets) if (r[1].article, r[1].start)
                   not in seen]
    if not ranked:
        ranked = _first_sentence_leads(articles, opening, by_outlet, matrices, outlets)
    if not ranked:
        ranked = _headline_leads(articles, opening, by_outlet, outlets)
    if any(2 * -key[0] > len(outlets) for key, *_ in ranked):  # half the outlets only where none is stated by more
        ranked = [r for r in ranked if 2 * -r[0][0] > len(outlets)]
    ranked.sort(key=lambda t: t[0])
    return tuple(
        SharedPoint(summary=display_sentence(v.text), articles=tuple(w.article for w in (v, *partners)),
                    evidence=tuple(Evidence(w.article, w.start, w.end, w.text) for w in (v, *partners)))
        for _, v, partners in ranked)


def _voices_only(ranked: Sequence[tuple]) -> bool:
    """Whether every lead of `ranked` (`lead_points`' rows) that the most outlets state is a quotation
    (`summary._mostly_quote`): a voice the outlets open with ("Help me. I'm Amanda Berry," she told a 911
    dispatcher.", review 31), which the summary does not state as theirs, matched to other openings by the name it
    gives (CNN's "The first time most of America heard Amanda Berry's voice was on a frantic 911 call.", a scene)."""
    from .summary import _mostly_quote

    top = min(key[0] for key, *_ in ranked)
    return all(_mostly_quote(display_sentence(v.text)) for key, v, _ in ranked if key[0] == top)


# Where no first sentences are alike even so, a first sentence that holds this many words (stop words and
# weekdays aside) of the headline of each of more than half of the other outlets states what their headlines
# do: the story's main fact (review 19: "Donald Trump dominated Super Tuesday, notching seven victories ..."
# beside "Trump, Clinton Pound the Competition in Super Tuesday Wins" and "Super Tuesday: Trump victory
# highlights ...", cosine 0.50 at most to the other leads, one of which opens on the party's crisis; the
# summary had opened with a side point and never said who won)
HEADLINE_LEAD_WORDS = 2


# a count a headline gives in figures ("Cops arrest 3 brothers after 3 Ohio women ...") a text spells out ("the three
# women"): a number word is its figure
_NUMBER_WORDS = {w: str(n) for w, n in {**ONES, **TENS}.items() if n > 1}


def _head_words(text: str) -> set[str]:
    """The words of `text` a headline and a lead are compared by (`_headline_leads`): stop words aside, numerals kept,
    a number word above one as its figure."""
    return {_NUMBER_WORDS.get(w, w) for w in words(text, numbers=True)} - STOP_WORDS


def _headline_leads(articles: Sequence[Article], opening: Mapping[str, list[SentenceView]],
                    by_outlet: Mapping[str, list[SentenceView]], outlets: Sequence[str]) -> list:
    """`lead_points`' ranked leads, read as the articles' first sentences that restate the headlines of more
    than half of the other outlets (`HEADLINE_LEAD_WORDS` words of each), each with those outlets' first
    sentences as its matches; most headlines echoed first."""
    # a figure is a word of them too: "Death Toll Soars: 50+ Killed, ..." is restated by "... in an attack which killed
    # 50 people ..." (review 19's Las Vegas night, whose summary had said no toll)
    titles = {a.id: _head_words(a.title) for a in articles if a.title}
    firsts = {o: [v for v in vs if opening[v.article][0] is v] for o, vs in by_outlet.items()}
    ranked = []
    for o, vs in firsts.items():
        others = [w for other, ws in firsts.items() if other != o for w in ws]
        for v in vs:
            said = _head_words(v.text)
            echoing = [w for w in others if len(said & titles.get(w.article, set())) >= HEADLINE_LEAD_WORDS]
            n = 1 + len({w.outlet for w in echoing})
            if n >= 2 and 2 * (n - 1) > len(outlets) - 1:
                shared = sum(len(said & titles.get(w.article, set())) for w in echoing)
                ranked.append(((-n, -shared, 0.0, v.article, v.start), v, echoing))
    return ranked


def _first_sentence_leads(articles: Sequence[Article], opening: Mapping[str, list[SentenceView]],
                          by_outlet: Mapping[str, list[SentenceView]], matrices: Mapping[str, np.ndarray],
                          outlets: Sequence[str]) -> list:
    """`lead_points`' ranked leads, read from the articles' first sentences alone, each matched to other
    outlets' first sentences at `FIRST_LINK_THRESHOLD` (see there). Of leads as widely stated, the one the
    other articles' headlines echo most comes first: a headline states its story's main fact, and leads
    matched this loosely are told apart by it (review 15: "... Soleimani was killed by the Pentagon in an
    airstrike." before National Review's "Trump's red line ... was very real, and Qasem Soleimani is dead.")."""
    titles = {a.id: set(words(a.title)) - STOP_WORDS for a in articles if a.title}

    def echoed(v: SentenceView) -> int:
        said = set(words(v.text)) - STOP_WORDS
        return sum(len(said & t) for art, t in titles.items() if art != v.article)

    firsts = {o: [v for v in vs if opening[v.article][0] is v] for o, vs in by_outlet.items()}
    ranked = []
    for o, vs in firsts.items():
        for v in vs:
            vec = matrices[v.article][v.index]
            matches, best = [], []
            for other in outlets:
                if other == o:
                    continue
                cos = [(float(matrices[w.article][w.index] @ vec), w) for w in firsts.get(other, [])]
                best.append(max((c for c, _ in cos), default=0.0))
                matches += [(c, w) for c, w in cos if c >= FIRST_LINK_THRESHOLD]
            n = 1 + len({w.outlet for _, w in matches})
            if n >= 2 and 2 * n >= len(outlets):
                key = (-n, -echoed(v), -round(float(np.mean(best)), 6), v.article, v.start)
                ranked.append((key, v, [w for _, w in sorted(matches, key=lambda t: (-t[0], t[1].article, t[1].start))]))
    return ranked
