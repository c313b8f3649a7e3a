"""The result of a run: records plus JSON and DataFrame views of them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .records import Annotation, Article, Story, Storyline, StoryReport, as_dict

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True)
class Failure:
    """One input that could not be used, with the one-line message the user sees."""

    source: str
    message: str


@dataclass
class Analysis:
    """Everything `manysides.analyze` found, as typed records.

    `articles` holds every article the run covers (duplicates included, with
    `duplicate_of` set); `reports` is keyed by story id and only covers stories with two
    or more independent outlets.
    """

    articles: list[Article] = field(default_factory=list)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    storylines: list[Storyline] = field(default_factory=list)
    reports: dict[str, StoryReport] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    leanings: dict[str, str] = field(default_factory=dict)  # outlet -> known leaning, as given
    # ids of the articles the run's inputs held, in input order (`articles` also holds the
    # stored articles of the stories they joined); not part of the JSON contract
    input_ids: list[str] = field(default_factory=list)
    # inputs passed over because they held no article and were allowed not to (pages of a
    # web archive: home and section pages); not part of the JSON contract
    passed_over: list[str] = field(default_factory=list)
    # inputs whose article another input of the run already gave (the same text: one
    # article, counted once), and inputs whose text does not look like English (read as
    # English all the same); sources, not part of the JSON contract
    repeated: list[str] = field(default_factory=list)
    not_english: list[str] = field(default_factory=list)
    # the stories of `storylines` that `stories` does not hold (stored before and not touched
    # by this run, or in another part of `show`), by id, so that a timeline is shown whole;
    # not part of the JSON contract, whose storylines name them by id
    storyline_stories: dict[str, Story] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures

    def article(self, article_id: str) -> Article:
        """The article with that id (KeyError when the analysis does not hold it)."""
        return self._lookup("_index", self.articles, lambda: {a.id: a for a in self.articles})[article_id]

    def _lookup(self, name: str, source: list, build: Callable[[], dict]) -> dict:
        """A dict built from `source` once, rebuilt when that list is replaced or grows."""
        key = (id(source), len(source))
        cached = self.__dict__.get(name)
        if cached is None or cached[0] != key:
            cached = self.__dict__[name] = (key, build())
        return cached[1]

    # -- JSON ---------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The documented JSON contract (docs/json-schema.md)."""
        known = self._known_leanings()  # once: it reads every article
        return {
            "articles": [self._article_json(a, known) for a in self.articles],
            "stories": [self._story_json(s) for s in self.stories],
            "storylines": [as_dict(sl) for sl in self.storylines],
            "failures": [as_dict(f) for f in self.failures],
        }

    def _article_json(self, a: Article, known: Mapping[str, str]) -> dict[str, Any]:
        ann = self.annotations.get(a.id)
        d = as_dict(a)
        d["outlet_leaning"] = known.get(a.id)
        d["entities"] = [as_dict(e) for e in ann.entities] if ann else []
        d["quotes"] = [as_dict(q) for q in ann.quotes] if ann else []
        d["claims"] = [as_dict(c) for c in ann.claims] if ann else []
        d["slant"] = as_dict(ann.slant) if ann and ann.slant else None
        d["hyperpartisan"] = as_dict(ann.hyperpartisan) if ann and ann.hyperpartisan else None
        return d

    def _story_json(self, s: Story) -> dict[str, Any]:
        d = as_dict(s)
        counts = self._story_counts(s)
        coverage = counts.pop("coverage")
        d.update(counts)
        rep = self.reports.get(s.id)
        if rep is None:  # one independent outlet so far: nothing compared, but its coverage counts
            d.update(shared=[], unique=[], disputed=[], voices=[], framing={}, coverage=coverage, summary="",
                     other_news={})
        else:
            r = as_dict(rep)
            for key in ("shared", "unique", "disputed", "voices", "framing", "coverage", "summary"):
                d[key] = r[key]
            d["other_news"] = {k: [list(s) for s in v] for k, v in r.get("other_news", {}).items()}
            # an item built as plain Evidence (by hand, or by a caller's own comparison) has no details
            d["unique"] = [{**u, "details": u.get("details", []), "speaker": u.get("speaker")} for u in d["unique"]]
        return d

    def _story_counts(self, s: Story) -> dict[str, Any]:
        """A story's independent articles, outlets, coverage by known leaning and by the
        text's slant: what the JSON and the stories table both give."""
        from .compare._text import outlet_names

        independent = [a for a in s.articles if self._independent(a)]
        # the same count from the slant read from each article's text, kept apart from
        # `coverage` (outlets' known leanings) so the two are never mixed
        labels = [ann.slant.label for a in independent if (ann := self.annotations.get(a)) and ann.slant]
        rep = self.reports.get(s.id)
        if rep is None:
            from .compare.coverage import coverage

            known = coverage([self.article(a) for a in independent], self.leanings)
        else:
            known = dict(rep.coverage)
        return {"independent_articles": independent,
                "outlets": outlet_names([a for a in map(self._article_or_none, independent) if a]),
                "coverage_by_text": {k: labels.count(k) for k in _LEANINGS} if labels else {},
                "coverage": known}

    def _independent(self, article_id: str) -> bool:
        try:
            return self.article(article_id).duplicate_of is None
        except KeyError:
            return False

    def _article_or_none(self, article_id: str) -> Article | None:
        try:
            return self.article(article_id)
        except KeyError:
            return None

    def _known_leanings(self) -> dict[str, str]:
        """Article id -> its outlet's known leaning (the leanings table over the article's
        own field, as `coverage` counts it); articles of no known leaning are left out."""
        from .compare._text import outlet_key
        from .compare.coverage import outlet_leanings

        by_outlet = outlet_leanings(self.articles, self.leanings)
        return {a.id: lean for a in self.articles if (lean := by_outlet.get(outlet_key(a), "unknown")) != "unknown"}

    # -- DataFrames ---------------------------------------------------------------------
    def articles_frame(self) -> "pd.DataFrame":
        """One row per article: its record's fields, its story, its outlet's known leaning,
        and the slant and hyperpartisan probability read from its text (NaN when not scored)."""
        import pandas as pd

        story_of = self._story_of()
        known = self._known_leanings()
        rows = []
        for a in self.articles:
            row = as_dict(a)
            row["removed"] = list(a.removed)
            row["story"] = story_of.get(a.id)
            row["outlet_leaning"] = known.get(a.id)
            ann = self.annotations.get(a.id)
            slant = ann.slant if ann else None
            partisan = ann.hyperpartisan if ann else None
            row["slant_score"] = slant.score if slant else float("nan")
            row["slant_label"] = slant.label if slant else None
            row["slant_confidence"] = slant.confidence if slant else float("nan")
            row["hyperpartisan"] = partisan.probability if partisan else float("nan")
            rows.append(row)
        return pd.DataFrame(rows, columns=_columns(Article) + _ARTICLE_EXTRAS)

    def stories_frame(self) -> "pd.DataFrame":
        """One row per story: its dates and storyline, how many articles, independent
        articles and outlets it has, its coverage by known leaning and by the text's slant
        (kept apart), and how many shared points, one-outlet points, disputed numbers and
        voices its comparison found (0 for a story of one outlet), with its summary."""
        import pandas as pd

        rows = []
        for s in self.stories:
            d = self._story_counts(s)
            rep = self.reports.get(s.id)
            row = {"story": s.id, "title": s.title, "first_date": s.first_date, "last_date": s.last_date,
                   "storyline": s.storyline, "articles": len(s.articles),
                   "independent_articles": len(d["independent_articles"]), "outlets": len(d["outlets"])}
            row.update({f"coverage_{k}": d["coverage"].get(k, 0) for k in _LEANINGS + ("unknown",)})
            row.update({f"text_{k}": d["coverage_by_text"].get(k, 0) for k in _LEANINGS})
            row.update({k: len(getattr(rep, k)) if rep else 0 for k in ("shared", "unique", "disputed", "voices")})
            row["summary"] = rep.summary if rep else ""
            rows.append(row)
        return pd.DataFrame(rows, columns=_STORY_COLUMNS)

    def claims_frame(self) -> "pd.DataFrame":
        """One row per number claim, with its article's id, story, outlet and `duplicate_of`,
        and whether its story's comparison lists it among the disputed numbers."""
        import pandas as pd

        from .records import Claim

        disputed = {(c.article, c.start, c.end) for rep in self.reports.values() for d in rep.disputed
                    for c in d.claims}
        rows = [
            {**self._whose(aid), **as_dict(c), "disputed": (aid, c.start, c.end) in disputed}
            for aid, ann in self.annotations.items() for c in ann.claims
        ]
        return pd.DataFrame(rows, columns=_WHOSE + _columns(Claim) + ["disputed"])

    def quotes_frame(self, voice_of: Mapping[tuple[str, int, int], int] | None = None) -> "pd.DataFrame":
        """One row per quote (direct or reported), with its article's id, outlet and
        `duplicate_of`, and `voice`: the place in its story's voices (`voices_frame`) of
        the voice that counts it, or None (no speaker, a wire copy, a story of one outlet).
        `voice_of` is `quote_voices()`, when the caller has it already."""
        import pandas as pd

        from .records import Quote

        voice_of = self.quote_voices() if voice_of is None else voice_of
        rows = [
            {**self._whose(aid), **as_dict(q), "voice": voice_of.get((aid, q.start, q.end))}
            for aid, ann in self.annotations.items() for q in ann.quotes
        ]
        frame = pd.DataFrame(rows, columns=_WHOSE + _columns(Quote) + ["voice"])
        frame["voice"] = frame["voice"].astype("Int64")  # a place, or missing: not a float
        return frame

    def voices_frame(self) -> "pd.DataFrame":
        """One row per voice of a compared story: who, of what kind, quoted how often (direct
        and reported apart) by which articles and outlets; `voice` is its place in the
        story's ledger, which the quotes table's `voice` column names."""
        import pandas as pd

        from .compare._text import outlet_names

        rows = []
        for s in self.stories:
            rep = self.reports.get(s.id)
            for place, v in enumerate(rep.voices if rep else ()):
                arts = [a for a in map(self._article_or_none, v.articles) if a]
                rows.append({"story": s.id, "voice": place, "speaker": v.speaker, "kind": v.kind,
                             "quotes": v.quotes, "reported": v.reported, "articles": list(v.articles),
                             "outlets": outlet_names(arts)})
        return pd.DataFrame(rows, columns=_VOICE_COLUMNS)

    def quote_voices(self) -> dict[tuple[str, int, int], int]:
        """(article id, quote start, quote end) -> the place of the voice that counts the
        quote in its story's stored voices (`compare.voices.voice_ledger`, run again over
        the story's independent articles; a story whose stored ledger differs is skipped)."""
        from .compare.voices import voice_ledger

        out: dict[tuple[str, int, int], int] = {}
        for s in self.stories:
            rep = self.reports.get(s.id)
            if rep is None or not rep.voices:
                continue
            arts = [a for a in map(self._article_or_none, s.articles) if a and a.duplicate_of is None]
            ledger, of_quote = voice_ledger(arts, {a.id: self.annotations[a.id] for a in arts
                                                   if a.id in self.annotations})
            if [(v.speaker, v.kind) for v in ledger] == [(v.speaker, v.kind) for v in rep.voices]:
                out.update(of_quote)
        return out

    def _whose(self, article_id: str) -> dict[str, Any]:
        """The article columns of a claims or quotes row: a wire copy's rows repeat its
        original's, so `duplicate_of` is there to leave them out of counts."""
        story = self._story_of().get(article_id)
        try:
            art = self.article(article_id)
        except KeyError:
            return {"article": article_id, "story": story, "outlet": None, "duplicate_of": None}
        return {"article": article_id, "story": story, "outlet": art.outlet, "duplicate_of": art.duplicate_of}

    def _story_of(self) -> dict[str, str]:
        return self._lookup("_stories", self.stories, lambda: {a: s.id for s in self.stories for a in s.articles})


# the first columns of the claims and quotes tables
_WHOSE = ["article", "story", "outlet", "duplicate_of"]
_LEANINGS = ("left", "center", "right")
_STORY_COLUMNS = (["story", "title", "first_date", "last_date", "storyline", "articles", "independent_articles",
                   "outlets"] + [f"coverage_{k}" for k in _LEANINGS + ("unknown",)]
                  + [f"text_{k}" for k in _LEANINGS] + ["shared", "unique", "disputed", "voices", "summary"])
_VOICE_COLUMNS = ["story", "voice", "speaker", "kind", "quotes", "reported", "articles", "outlets"]
# the articles table's columns after the Article record's own
_ARTICLE_EXTRAS = ["story", "outlet_leaning", "slant_score", "slant_label", "slant_confidence", "hyperpartisan"]


def _columns(record_type: type) -> list[str]:
    import dataclasses

    return [f.name for f in dataclasses.fields(record_type)]
