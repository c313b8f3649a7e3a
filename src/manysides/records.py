"""The shared vocabulary: frozen records that every stage reads and writes.

Offsets (`start`, `end`) are always character offsets into `Article.text`, the cleaned
text, so any finding can be shown in its context. Records carry no behaviour beyond
conversion to plain dicts; stages meet only through them.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any


def as_dict(record: Any) -> Any:
    """A record (or a list/dict of them) as JSON-ready builtins."""
    if isinstance(record, _PLAIN):
        return record
    names = _field_names(type(record))
    if names is not None:
        return {name: as_dict(getattr(record, name)) for name in names}
    if isinstance(record, (list, tuple)):
        return [as_dict(r) for r in record]
    if isinstance(record, dict):
        return {k: as_dict(v) for k, v in record.items()}
    return record


_PLAIN = (str, int, float, type(None))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names, looked up once per class (None for other types): the
    lookup cost more than the copying when a whole store is written out."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@dataclass(frozen=True)
class Document:
    """One input as read, before cleaning: whatever fields the source carried."""

    source: str  # file path, "path:line" (a record), "feed#n" (an entry), "-" (stdin) or URL: where it came from
    text: str  # raw body text, or raw HTML when `kind == "html"`
    kind: str  # "text" | "html" | "json"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" when known
    authors: tuple[str, ...] = ()
    leaning: str | None = None  # the outlet's leaning if the record carried one
    # a page that may hold no article (one capture of a crawl: home and section pages come
    # with the articles); when cleaning finds none it is passed over, not a failure
    optional: bool = False
    external_id: str | None = None  # the input record's own id ("id", "article_id", "_id")


@dataclass(frozen=True)
class Article:
    """A cleaned article. `id` is a stable hash of outlet, title and cleaned text."""

    id: str
    source: str
    outlet: str | None
    url: str | None
    title: str | None
    byline: str | None
    published: str | None  # ISO date "YYYY-MM-DD"
    language: str
    text: str
    removed: tuple[str, ...] = ()  # what cleaning stripped, one string per removal
    duplicate_of: str | None = None  # id of the first copy when this is a (near-)duplicate
    leaning: str | None = None  # the outlet's known leaning (left/center/right), if given
    # the input record's own id, to join results back to the user's data (the first input's,
    # when several inputs hold the same article); never part of `id`
    external_id: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    # a subheading or a live blog's time stamp (nlp/headings.py): the outlet's, kept in the text, but no
    # statement, so no point, unique item, summary sentence or slant evidence sentence is made of it
    heading: bool = False


@dataclass(frozen=True)
class Entity:
    text: str  # surface form as written
    name: str  # canonical name (within the article; stories unify further)
    type: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words, without the quotation marks
    speaker: str | None  # canonical speaker name, a group ("protesters"), or None
    cue: str | None  # the cue verb ("said", "told", "chanted")
    start: int  # offsets of the quoted words
    end: int
    direct: bool = True
    speaker_kind: str | None = None  # "person" | "group" | "org" | "document" | None


@dataclass(frozen=True)
class Claim:
    """A numeric claim; `low`/`high` is the interval the hedge implies (None = unbounded)."""

    text: str  # the number as written, hedge included ("nearly $30 million")
    subject: str  # what the number is about ("spending on the race")
    value: float
    unit: str  # "USD", "percent", "percentage points", "count", "years", "year", ...
    hedge: str | None
    low: float | None
    high: float | None
    start: int
    end: int
    sentence: str = ""  # the sentence the claim stands in, for display


@dataclass(frozen=True)
class SlantEvidence:
    """A span of the article that pushed a score; `weight` > 0 pushes right/partisan.

    `kind`: "phrase" (wording that moved the model), "sentence" (the sentences that moved
    it most), "source" (quoted words of a party-identified speaker: whom the article
    lets speak; weight = that quote's signed share of all party-identified quoted words,
    > 0 a Republican-identified voice; shown beside the score, not part of it), or
    "loaded" (a word a subjectivity lexicon rates as strongly evaluative, or a judgement
    verb of the outlet's narration, "slammed", "claimed"; weight = the slant model's own
    contribution of that word in this article, > 0 pushed right, 0 when the model does not
    use the word; shown beside the score).
    `note` says why, for "source" spans (speaker, side, the article's balance of voices)
    and "loaded" spans (the lexicon's subjectivity and tone, "inside a direct quote" when
    the word is quoted; or the judgement verb's category and what it casts the statement as,
    and, given the parse, whom it characterises: "it characterises critics (its subject), aimed at Trump").
    """

    start: int
    end: int
    text: str
    weight: float
    kind: str = "phrase"
    note: str | None = None


@dataclass(frozen=True)
class Slant:
    """Left-right slant read from the article's own text (not its outlet)."""

    score: float  # in [-1, 1]; negative = left, positive = right
    label: str  # "left" | "center" | "right"
    confidence: float  # in [0, 1]
    evidence: tuple[SlantEvidence, ...] = ()


@dataclass(frozen=True)
class Hyperpartisan:
    probability: float  # in [0, 1]
    evidence: tuple[SlantEvidence, ...] = ()


@dataclass(frozen=True)
class Annotation:
    """Everything the annotate stage finds in one article."""

    article_id: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    slant: Slant | None = None
    hyperpartisan: Hyperpartisan | None = None
    # times of day an event verb ties to its moment ("lost contact ... at 10:55 a.m."), unit "time" (`nlp.clock`):
    # apart from `claims`, which every comparison of figures reads
    times: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Story:
    id: str  # stable across runs: derived from its founding article
    title: str
    articles: tuple[str, ...]  # article ids, duplicates included, earliest first
    storyline: str | None = None
    first_date: str | None = None
    last_date: str | None = None


@dataclass(frozen=True)
class Storyline:
    id: str
    title: str
    stories: tuple[str, ...]  # story ids in date order


@dataclass(frozen=True)
class Evidence:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class UniquePoint(Evidence):
    """A sentence only one outlet reports (`StoryReport.unique`), with its `details`: the
    figures and names in it that no other outlet gives, each a span of the same article's
    text (a figure as written, hedge included: "nearly $30 million"; a name as mentioned).
    A reader then sees which part is new when one new detail is all a shared sentence adds.
    `speaker`: whose words the sentence gives, when it is mostly inside one direct quotation
    whose speaker it does not name itself (a statement's later sentence: "At this moment there
    are 546 confirmed cases ...", Trump's); None when it is the outlet's own or names its speaker."""

    details: tuple[Evidence, ...] = ()
    speaker: str | None = None


@dataclass(frozen=True)
class SharedPoint:
    summary: str
    articles: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    # figures its outlets give with different values (`compare.numbers.differing_figures`)
    differing: tuple["DisputedClaim", ...] = ()


@dataclass(frozen=True)
class DisputedClaim:
    article: str
    text: str
    value: float
    unit: str
    low: float | None
    high: float | None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Dispute:
    about: str
    claims: tuple[DisputedClaim, ...]


@dataclass(frozen=True)
class Voice:
    speaker: str
    articles: tuple[str, ...]
    quotes: int  # direct quotations
    kind: str | None = None
    reported: int = 0  # reported (indirect) speech: "she said the plan would fail"


@dataclass(frozen=True)
class FramingTerm:
    term: str
    score: float


@dataclass(frozen=True)
class StoryReport:
    """The cross-outlet comparison of one story (independent articles only)."""

    story_id: str
    outlets: dict[str, str | None] = field(default_factory=dict)  # article id -> outlet
    shared: tuple[SharedPoint, ...] = ()
    unique: tuple[UniquePoint, ...] = ()
    disputed: tuple[Dispute, ...] = ()
    voices: tuple[Voice, ...] = ()
    framing: dict[str, tuple[FramingTerm, ...]] = field(default_factory=dict)
    coverage: dict[str, int] = field(default_factory=dict)  # leaning -> number of outlets
    summary: str = ""
    # article id -> (start, end) of each of its sections on other news than the story's (a digest's other items,
    # compare/digest.py): its slant label is read from them too
    other_news: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
