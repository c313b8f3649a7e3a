"""A small fictional story told by three fictional outlets, annotated by hand.

Each sentence carries a topic label; `hand_vectors` turns labels into unit vectors where
sentences with the same topic are paraphrases (cosine ~0.92) and different topics are
unrelated (cosine 0), so the comparison logic is tested without any model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from manysides.records import Annotation, Article, Claim, Entity, Evidence, Quote, Sentence, SharedPoint, Story

DIM = 384


@dataclass
class Draft:
    """An article written sentence by sentence, with what the annotate stage would find."""

    id: str
    outlet: str | None
    sentences: list[tuple[str, str]]  # (text, topic)
    entities: list[tuple[str, str, str]] = field(default_factory=list)  # (surface, name, type)
    quotes: list[tuple[str, str, str]] = field(default_factory=list)  # (quoted words, speaker, kind)
    claims: list[tuple[str, str, float, str, str | None, float | None, float | None]] = field(
        default_factory=list
    )  # (as written, subject, value, unit, hedge, low, high)
    leaning: str | None = None
    title: str | None = None

    @property
    def text(self) -> str:
        return " ".join(s for s, _ in self.sentences)

    def article(self) -> Article:
        return Article(
            id=self.id, source=f"{self.id}.txt", outlet=self.outlet, url=None, title=self.title,
            byline=None, published="2026-03-03", language="en", text=self.text, leaning=self.leaning,
        )

    def annotation(self) -> Annotation:
        text = self.text
        spans, pos = [], 0
        for s, _ in self.sentences:
            start = text.index(s, pos)
            spans.append(Sentence(start, start + len(s)))
            pos = start + len(s)

        def where(fragment: str) -> tuple[int, int]:
            i = text.index(fragment)
            return i, i + len(fragment)

        ents = []
        for surface, name, typ in self.entities:
            for m in re.finditer(re.escape(surface), text):
                ents.append(Entity(surface, name, typ, m.start(), m.end()))
        quotes = [Quote(q, spk, "said", *where(q), speaker_kind=kind) for q, spk, kind in self.quotes]
        claims = []
        for written, subject, value, unit, hedge, low, high in self.claims:
            start, end = where(written)
            sent = next(text[s.start : s.end] for s in spans if s.start <= start < s.end)
            claims.append(Claim(written, subject, value, unit, hedge, low, high, start, end, sent))
        return Annotation(self.id, tuple(spans), tuple(ents), tuple(quotes), tuple(claims))


def hand_vectors(drafts: list[Draft]) -> dict[str, np.ndarray]:
    """Same topic -> cosine ~0.92 (paraphrase); different topics -> 0."""
    topics = sorted({t for d in drafts for _, t in d.sentences})
    basis = {t: i for i, t in enumerate(topics)}
    out, extra = {}, len(topics)
    for d in drafts:
        rows = []
        for _, topic in d.sentences:
            v = np.zeros(DIM, dtype=np.float32)
            v[basis[topic]] = 1.0
            v[extra] = 0.3  # each sentence its own wording
            extra += 1
            rows.append(v / np.linalg.norm(v))
        out[d.id] = np.stack(rows)
    return out


def election_drafts() -> list[Draft]:
    ledger = Draft(
        "a-ledger", "Harbor Ledger",
        [
            ("Maya Quill won the special election for the Riverton district seat on Tuesday.", "win"),
            ("It was the most expensive campaign ever waged for a House seat, with nearly $30 million "
             "spent by both sides.", "cost"),
            ("Quill told supporters the result was a beacon of hope for the whole community.", "a-hope"),
            ("\u201cThis energy belongs to every neighbor who knocked on a door,\u201d Quill said.", "a-quote"),
            ("About 3,200 volunteers canvassed for her campaign, organizers said.", "volunteers"),
            ("The community energy was a beacon of hope for young voters across the valley.", "a-energy"),
        ],
        entities=[("Maya Quill", "Maya Quill", "PERSON"), ("Riverton", "Riverton", "GPE"),
                  ("Quill told", "Quill", "PERSON"), ("House", "House", "ORG")],
        quotes=[("This energy belongs to every neighbor who knocked on a door,", "Quill", "person")],
        claims=[("nearly $30 million", "campaign spending", 30e6, "USD", "nearly", 27e6, 30e6),
                ("About 3,200 volunteers", "volunteers", 3200, "count", "about", 2880, 3520)],
    )
    courier = Draft(
        "b-courier", "Plains Courier",
        [
            ("Voters in Riverton elected Maya Quill to the House seat in Tuesday\u2019s special election.", "win"),
            ("The contest was the most expensive House race in U.S. history, with $30 million in spending.",
             "cost"),
            ("\u201cWe did this together,\u201d Mrs. Quill said in a brief speech to volunteers.", "b-speech"),
            ("Tom Breck conceded shortly after midnight before 200 supporters, his campaign said.", "concede"),
            ("A county clerk said turnout reached 41 percent, the highest for a special election in "
             "Riverton since 1994.", "b-turnout"),
            ("\u201cCount every vote,\u201d the protesters chanted outside the county building.", "protest"),
        ],
        entities=[("Maya Quill", "Maya Quill", "PERSON"), ("Riverton", "Riverton", "GPE"),
                  ("Tom Breck", "Tom Breck", "PERSON"), ("Mrs. Quill", "Maya Quill", "PERSON")],
        quotes=[("We did this together,", "Mrs. Quill", "person"),
                ("Count every vote,", "the protesters", "group")],
        claims=[("$30 million", "spending", 30e6, "USD", None, 30e6, 30e6),
                ("200 supporters", "supporters", 200, "count", None, 200, 200),
                ("41 percent", "turnout", 41, "percent", None, 41, 41),
                ("1994", "special election", 1994, "year", None, 1994, 1994)],
    )
    dispatch = Draft(
        "c-dispatch", "Summit Dispatch",
        [
            ("Tom Breck\u2019s bid for the Riverton House seat failed on Tuesday as Maya Quill won the "
             "special election.", "win"),
            ("The race was the most expensive House race in U.S. history, costing $30 million.", "cost"),
            ("For Republicans the loss was a gut punch and a reality check about the suburbs, the Summit "
             "Dispatch has learned.", "c-gut"),
            ("\u201cTonight is a reality check, not a surrender,\u201d Breck told reporters after he "
             "conceded.", "concede"),
            ("Organizers claimed more than 5,000 volunteers canvassed for Quill.", "volunteers"),
            ("\u201cCount every ballot,\u201d protesters chanted outside the failed campaign\u2019s "
             "headquarters.", "protest"),
            ("The gut punch of a failed campaign is a reality check that the party failed to "
             "prepare for.", "c-failed"),
        ],
        entities=[("Tom Breck", "Tom Breck", "PERSON"), ("Maya Quill", "Maya Quill", "PERSON"),
                  ("Riverton", "Riverton", "GPE"), ("Republicans", "Republicans", "NORP")],
        quotes=[("Tonight is a reality check, not a surrender,", "Breck", "person"),
                ("Count every ballot,", "protesters", "group")],
        claims=[("$30 million", "race cost", 30e6, "USD", None, 30e6, 30e6),
                ("more than 5,000 volunteers", "volunteers", 5000, "count", "more than", 5000, None)],
    )
    return [ledger, courier, dispatch]


@dataclass
class Fixture:
    drafts: list[Draft]
    story: Story
    articles: list[Article]
    annotations: dict[str, Annotation]
    vectors: dict[str, np.ndarray]

    def article(self, outlet: str) -> Article:
        return next(a for a in self.articles if a.outlet == outlet)


def make_fixture(drafts: list[Draft], vectors: dict[str, np.ndarray] | None = None) -> Fixture:
    arts = [d.article() for d in drafts]
    return Fixture(
        drafts=drafts,
        story=Story("story-riverton", "Quill wins Riverton special election", tuple(a.id for a in arts)),
        articles=arts,
        annotations={d.id: d.annotation() for d in drafts},
        vectors=vectors if vectors is not None else hand_vectors(drafts),
    )


def make_alike(fx: Fixture, a: str, i: int, b: str, j: int, cosine: float = 0.75) -> None:
    """Sentence j of article b made `cosine` alike to sentence i of article a (alike, not one quotation's words)."""
    other = np.zeros_like(fx.vectors[a][i])
    other[-1] = 1.0
    row = cosine * fx.vectors[a][i] + np.sqrt(1 - cosine ** 2) * other
    fx.vectors[b] = fx.vectors[b].copy()
    fx.vectors[b][j] = row / np.linalg.norm(row)


def pair_at(cosine: float, dim: int = 384) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors `cosine` alike (on axes 300 and 301), for a pair of sentences set by hand."""
    x = np.zeros(dim, dtype=np.float32)
    x[300] = 1.0
    y = np.zeros(dim, dtype=np.float32)
    y[[300, 301]] = [cosine, (1 - cosine * cosine) ** 0.5]
    return x, y


def listed_alone(sentence: str) -> bool:
    """Whether `sentence`, told by one of two outlets of a harbour storm beside their shared lead, is listed as what
    only that outlet reports (the unique-item rules' tests ask it of invented sentences)."""
    from manysides.compare.unique import unique_points

    names = [("Dana Ortiz", "Dana Ortiz", "PERSON"), ("Port Alma", "Port Alma", "GPE")]
    a = Draft("a", "Radio Coast", [("The storm closed the harbour on Monday and stranded the ferry fleet.", "lead"),
                                   (sentence, "a-item")], entities=names)
    b = Draft("b", "B", [("The storm shut the harbour on Monday, stranding the ferry fleet.", "lead"),
                         ("Ferry crews waited for the wind to drop before sailing.", "b-wait")], entities=names)
    fx = make_fixture([a, b])
    return sentence in {u.text for u in unique_points(fx.articles, fx.annotations, fx.vectors)}


def point_in(sentence: str, texts: dict[str, str]) -> SharedPoint:
    """A shared point of `sentence`, its evidence the sentence's place in each of `texts` (article id -> text)."""
    ev = tuple(Evidence(a, t.index(sentence), t.index(sentence) + len(sentence), sentence) for a, t in texts.items())
    return SharedPoint(sentence, tuple(texts), ev)


# two outlets' leads on one mill, for the "only one outlet reports" tests: each article adds sentences after its lead
MILL_LEAD_A = ("The mill at Port Alma cut its shifts on Monday, the owners told the town council.", "lead")
MILL_LEAD_B = ("Port Alma's mill will run fewer shifts from Monday, its owners told the council.", "lead")


def unique_beside(sentence: str, other: str, claims: list, cosine: float = 0.6) -> dict[str, list[str]]:
    """Outlet a's unique items (text -> its details' texts) when its `sentence` and outlet b's `other` are alike at
    `cosine`."""
    from manysides.compare.unique import unique_points

    a = Draft("a", "A", [MILL_LEAD_A, (sentence, "item")], claims=claims)
    b = Draft("b", "B", [MILL_LEAD_B, (other, "item")])
    fx = make_fixture([a, b])
    make_alike(fx, "a", 1, "b", 1, cosine)
    return {u.text: [d.text for d in u.details]
            for u in unique_points(fx.articles, fx.annotations, fx.vectors) if u.article == "a"}
