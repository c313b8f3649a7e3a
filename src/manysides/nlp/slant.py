"""Article-level slant and hyperpartisanship read from the article's own words.

The model is a pair of sparse linear models over word/bigram TF-IDF (trained by
scripts/train_slant.py, described in docs/model-card-slant.md), shipped as JSON + a numpy
.npz loaded with `allow_pickle=False`: loading cannot run code. Scoring is pure numpy.

Because the models are linear, every feature's contribution to a score is exact, so the
evidence is the phrases (and sentences) of the text that pushed the score, with their
signed weights — something a reader can check against the article. Given the article's
quotes, the slant evidence also carries the quoted words of party-identified speakers
(kind "source", slant_sourcing.py): whom the article lets speak, shown beside the score.
Outlet names are masked before the text is read (slant_outlets.py: the training outlets'
as training stripped them, and held-out news media's): a mention of an outlet ("the
Times") is not the article's slant, so it neither scores nor shows as evidence.
It also carries the article's loaded wording (kind "loaded", slant_loaded.py): words a
subjectivity lexicon rates as strongly evaluative (quoted ones included, their note says
so), and the judgement verbs of the outlet's own narration ("slammed", "claimed": slant_verbs.py),
each weighted by the slant model's own contribution of that word (0 when the model does not use it).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import InputError, ModelError
from ..records import Entity, Hyperpartisan, Quote, Sentence, Slant, SlantEvidence
from .slant_features import STYLE_NAMES, ngrams, style_features, tokenize
from .slant_loaded import (
    FRAGMENT_WORDS,
    POST_NOTE,
    characterised,
    echoed_fragments,
    force_acts,
    loaded_use,
    loaded_words,
    post_regions,
    quote_words,
    quoted_regions,
    reported_verb,
    speaker_regions,
    titled_quote,
)
from .slant_outlets import OutletMask, TrainingOutlets, read_training_outlets
from .slant_sourcing import sourcing
from .slant_verbs import FORMS, VerbRole, verb_at

FORMAT = "manysides-slant/1"
MAX_PHRASES = 6  # phrase spans per score
MAX_SENTENCES = 2  # plus the sentences that pushed hardest
MIN_SENTENCE_WORDS = 4  # shorter "sentences" are not shown as sentence evidence
# Shown evidence skips phrases a reader cannot check as wording. They do count in the score
# and in the sentence sums; they are only not shown as phrases:
# - made only of function words ("of our", "the U"), connectives, quantifiers and
#   prepositions ("though", "such as", "meanwhile", "amid"), numerals;
# - calendar words and abbreviated titles: how an outlet dates and titles ("on Thursday",
#   "Rep.", "former"), not what it says (review 9);
# - how figures and time spans are written ("percent", "trillion", "years ago") and neutral
#   attribution ("said the", "told", "reported", "according to"): house style; whom an
#   article quotes is shown by the sourcing spans (kind "source");
# - name pieces: every other word capitalised as a name ("President Trump", "Barack",
#   "York City", "the Democrats"): a mention, whose weight is how often the training
#   outlets named it, not a wording choice (`_name_word`).
# An evidence review (docs/model-card-slant.md, "Evidence a reader can check") found these
# classes in half the slant phrases shown on held-out articles (benchmarks/slant_evidence_classes.py).
# A phrase inside a quoted fragment is shown, with a note (`QUOTED_NOTE`); one inside a quoted
# statement, reported speech or an embedded post is the speaker's and is not (below).
# Of the rest, a phrase is shown only when it holds loaded wording: a word the loaded-wording
# lexicon rates as loaded where the text uses it (`slant_loaded.loaded_use`: spaCy's word class,
# when given; not common in news, not a plain use such as "didn't hate" or "a huge lead", as the
# loaded-wording list reads it, review 14), not as part of a name. Topic words ("page", "base", "rate",
# "column", "lawmakers") and plain verbs ("approve", "applied") moved the model, but no reader
# can check them as slant (review 11); they count in the score and in the sentence sums.
# A judgement verb of the outlet's narration ("slammed", "claimed", "railed against": slant_verbs.py)
# is loaded wording too; inside a quote or a post it is the speaker's, and is not (session 24), nor inside
# reported speech ("X said critics slammed the plan": X's account of the critics, session 28).
_STYLE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february april june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today "
    "yesterday tomorrow tonight morning afternoon evening overnight mr mrs ms dr sen rep gov lt gen former".split()
)
_FIGURE_WORDS = frozenset(
    "percent cent hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "dozen dozens ago year years month months week weeks day days hour hours decade decades now late later "
    "earlier recently".split()
)
_ATTRIBUTION_WORDS = frozenset(
    "said says say saying told tell tells telling according added adds reported reports reportedly".split()
)
_CONTRACTIONS = ("who's it's that's there's he's she's they're we're we've i'm i've you're let's isn't wasn't "
                 "don't doesn't didn't")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or but nor so as is are was were be been "
    "being it its this that these those he she they we you i his her their our your my me "
    "him them us who whom which what when where why how not no than then there here has "
    "have had do does did will would can could should may might must also just about into "
    "over after before up down out more most very "
    "though although however meanwhile indeed yet still even instead thus hence therefore moreover furthermore "
    "nevertheless nonetheless otherwise besides such like unlike especially regarding among amid between "
    "through during without within against toward towards upon across around behind beyond despite except "
    "since until unless whether while because if else own other others another many much few several some any "
    "all each every both either neither only less least whose".split()
    + _CONTRACTIONS.split() + _CONTRACTIONS.replace("'", "’").split()
)
_HIDDEN_WORDS = _FUNCTION_WORDS | _STYLE_WORDS | _FIGURE_WORDS | _ATTRIBUTION_WORDS
_CASED_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# what may stand just before the first word of a sentence (a full stop, a quote mark, a
# dash, a line break, with spaces or opening marks after it)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\[\n—–-])[\s\"“'‘(]*$")
_NEXT_WORD = re.compile(r"[\s-]+([\w'’.-]+)")
_PREV_WORD = re.compile(r"([\w'’.-]+)[\s-]+$")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
QUOTED_NOTE = "inside a direct quote: the speaker's words, not the outlet's"
_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n|$)")
# A piece of `_SENT_RE` that ends in one of these (a title, a month, an initial, "U.S.")
# or is followed by a lower-case word or a digit is not a sentence's end: "by Oct. 7".
_NOT_AN_END = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Pres|Sec|Atty|St|Jr|Sr|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|Inc|Corp|Co|Ltd|Bros|Ave|Mt|Ft)"
    r"|\b[A-Z]\.[A-Z])\.[\"'”’)]*$"
)


def default_path() -> Path:
    return Path(str(resources.files("manysides") / "data" / "slant"))


class SlantModel:
    """Scores texts; see `score`. Build with `SlantModel.load()`."""

    def __init__(self, meta: dict, arrays: dict[str, np.ndarray], path: Path, digest: str = "",
                 outlets: TrainingOutlets | None = None) -> None:
        self.path = path
        # the outlets whose articles trained the weights (and those held out); outlet names
        # are masked when scoring (None: an artifact without the list, nothing masked)
        self.training_outlets = outlets
        self.outlet_mask: OutletMask | None = OutletMask(outlets.names, outlets.held_out_names) if outlets else None
        self.meta = meta
        # which model this is (sha256 of its files: weights, short-text offsets, outlet list;
        # first 12 hex digits): the store records it beside each annotation, so articles
        # scored by another model are found
        self.digest = digest
        self.classes = tuple(meta["classes"])
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(meta["vocabulary"])}
        self.idf = arrays["idf"].astype(np.float64)
        self.coef = arrays["slant_coef"].astype(np.float64)  # (3, V)
        self.intercept = arrays["slant_intercept"].astype(np.float64)
        self.bias = np.asarray(meta["slant_bias"], dtype=np.float64)
        self.temperature = float(meta["slant_temperature"])
        # class-bias offsets for short texts (length_bias.json; none in older artifacts)
        lb = meta.get("length_bias") or {}
        self._lb_words = np.log(np.asarray(lb.get("words", ()), dtype=np.float64))
        self._lb_offsets = np.asarray(lb.get("offsets", ()), dtype=np.float64).reshape(-1, 3)
        self._lb_zero = float(np.log(lb["zero_from_words"])) if lb else 0.0
        keep = self._lb_words < self._lb_zero  # the points below the length the offset fades at
        self._lb_words, self._lb_offsets = self._lb_words[keep], self._lb_offsets[keep]
        self.hp_coef = arrays["hyper_coef"].astype(np.float64)
        self.hp_style_coef = arrays["hyper_style_coef"].astype(np.float64)
        self.hp_style_mean = arrays["hyper_style_mean"].astype(np.float64)
        self.hp_style_scale = arrays["hyper_style_scale"].astype(np.float64)
        self.hp_ext_coef = float(meta["hyper_extremity_coef"])
        self.hp_intercept = float(meta["hyper_intercept"])
        self.platt_a, self.platt_b = (float(v) for v in meta["hyper_platt"])
        # the hyperpartisan model reads the first hyper_max_words words of title + text
        # (absent in older artifacts: the whole text)
        mw = meta.get("hyper_max_words")
        self.hp_max_words: int | None = int(mw) if mw is not None else None
        li, ri = self.classes.index("left"), self.classes.index("right")
        # contribution of a feature to the right-minus-left logit: the evidence axis
        self._axis = self.coef[ri] - self.coef[li]
        self._li, self._ri = li, ri
        V = len(self.vocab)
        self._unigram_idf = {t: float(self.idf[i]) for t, i in self.vocab.items() if " " not in t}
        for name, arr in (("idf", self.idf), ("hyper_coef", self.hp_coef)):
            if arr.shape != (V,):
                raise ModelError(f"slant model at {path}: {name} has shape {arr.shape}, expected ({V},)")
        if self.coef.shape != (len(self.classes), V) or len(self.hp_style_coef) != len(STYLE_NAMES):
            raise ModelError(f"slant model at {path}: weight shapes do not match the vocabulary")

    # --- loading ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> SlantModel:
        """The model in `path` (a folder with model.json + weights.npz); the packaged one,
        loaded once per process, when `path` is None."""
        if path is None:
            return _default_model()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, path: Path) -> SlantModel:
        try:
            raw = (path / "model.json").read_bytes()
            meta = json.loads(raw.decode("utf-8"))
            weights = (path / "weights.npz").read_bytes()
            short = (path / "length_bias.json").read_bytes() if (path / "length_bias.json").exists() else b""
            if short:
                meta["length_bias"] = json.loads(short.decode("utf-8"))
            with np.load(io.BytesIO(weights), allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except FileNotFoundError as exc:
            raise ModelError(
                f"no slant model at {path} (expected model.json and weights.npz; "
                "reinstall manysides or run scripts/train_slant.py)"
            ) from exc
        except (OSError, ValueError) as exc:
            raise ModelError(f"the slant model at {path} is unreadable: {exc}") from exc
        if meta.get("format") != FORMAT:
            raise ModelError(f"the slant model at {path} has format {meta.get('format')!r}, expected {FORMAT!r}")
        try:
            outlets = (path / "training_outlets.json").read_bytes() if (path / "training_outlets.json").exists() else b""
            # which model scores: weights, short-text offsets and the masked outlet names
            digest = hashlib.sha256(raw + weights + short + outlets).hexdigest()[:12]
            return cls(meta, arrays, path, digest, read_training_outlets(path))
        except KeyError as exc:
            raise ModelError(f"the slant model at {path} lacks {exc}") from exc

    def length_offset(self, words: int) -> np.ndarray:
        """The class-bias offset for a text of `words` words (title included): fitted at a
        few lengths (scripts/train_slant.py --length-bias), linear in log(words) between
        them, the shortest one's below, fading to 0 at the training articles' median length."""
        if not len(self._lb_offsets):
            return np.zeros(3)
        x = math.log(max(words, 1))
        xs = np.append(self._lb_words, self._lb_zero)
        ys = np.vstack([self._lb_offsets, np.zeros(3)])
        return np.array([np.interp(x, xs, ys[:, k]) for k in range(3)])

    def word_idf(self, word: str) -> float | None:
        """A word's inverse document frequency in the training articles (smoothed,
        ln((1 + n) / (1 + df)) + 1), or None when the model does not keep the word."""
        return self._unigram_idf.get(word)

    # --- scoring ------------------------------------------------------------------------

    def score(
        self,
        text: str,
        title: str | None = None,
        quotes: Sequence[Quote] | None = None,
        entities: Sequence[Entity] = (),
        sentences: Sequence[Sentence] | None = None,
        tags: Mapping[int, str] | None = None,
        roles: Mapping[int, VerbRole] | None = None,
    ) -> tuple[Slant, Hyperpartisan]:
        """Slant (score in [-1, 1], negative = left) and hyperpartisan probability of one
        article, each with evidence spans whose offsets index `text`.

        Pass the article's `quotes` (and `entities`) from the annotate stage to add the
        one-sided-sourcing evidence (kind "source", see slant_sourcing): the quoted words
        of party-identified speakers. They are shown beside the score, not part of it.
        Its `sentences` (spaCy's) make the sentence evidence whole sentences; without them
        the text is split at full stops that do not follow an abbreviation. Its `tags`
        (token start offset -> spaCy's `tag_`) let the loaded-wording evidence keep a word
        only where it is used as the word class its lexicon rates (slant_loaded); its `roles`
        (token start -> `slant_verbs.VerbRole`, `slant_verbs.verb_roles(doc)`) let a judgement
        verb's note say whom it characterises (its subject) and what it is aimed at.
        """
        if not isinstance(text, str) or (title is not None and not isinstance(title, str)):
            raise InputError("slant", "text and title must be strings", "pass the article's cleaned text")
        # reported speech ("X said the plan was reckless") and a quoted fragment a speech verb gives a named
        # speaker, and a transcript guest's turn: the speaker's words, as a quoted statement's
        speech = speaker_regions(quotes or (), text)
        slant, hp = self._score(text, title, sentences=sentences, tags=tags, roles=roles, speech=speech)
        if quotes:
            extra = sourcing(text, quotes, entities or ()).evidence
            if extra:
                slant = Slant(slant.score, slant.label, slant.confidence, slant.evidence + extra)
        return slant, hp

    def score_many(
        self,
        texts: Iterable[str],
        titles: Sequence[str | None] | None = None,
        quotes: Sequence[Sequence[Quote] | None] | None = None,
        entities: Sequence[Sequence[Entity]] | None = None,
    ) -> list[tuple[Slant, Hyperpartisan]]:
        """`score` over many texts (titles, quotes, entities aligned with texts, or None)."""
        texts = list(texts)
        n = len(texts)
        titles = [None] * n if titles is None else list(titles)
        quotes = [None] * n if quotes is None else list(quotes)
        entities = [()] * n if entities is None else list(entities)
        if not len(titles) == len(quotes) == len(entities) == n:
            raise InputError(
                "slant", "titles, quotes or entities differ in length from texts", "pass one item (or None) per text"
            )
        return [self.score(t, h, q, e) for t, h, q, e in zip(texts, titles, quotes, entities)]

    def _score(
        self, text: str, title: str | None, max_sentences: int = MAX_SENTENCES, loaded: bool = True,
        sentences: Sequence[Sentence] | None = None, tags: Mapping[int, str] | None = None,
        roles: Mapping[int, VerbRole] | None = None, speech: Sequence[tuple[int, int]] = (),
    ) -> tuple[Slant, Hyperpartisan]:
        get = self.vocab.get
        has_title = bool(title and title.strip() and not text.lstrip().startswith(title.strip()[:40]))
        mask = self.outlet_mask.mask if self.outlet_mask is not None else str
        title_tokens = tokenize(mask(title)) if has_title else []  # type: ignore[arg-type]
        tokens = tokenize(mask(text))  # same offsets: names become breaks
        # the hyperpartisan window: the first hp_max_words words of title + text (the title
        # first, as in training); `text_limit` of them in `text`, `title_limit` in the title
        limit = self.hp_max_words
        if limit is None:
            text_limit = title_limit = len(tokens) + len(title_tokens)
        else:
            title_limit = min(len(title_tokens), limit)
            text_limit = limit - title_limit
        occ_j: list[int] = []  # vocabulary index of each feature occurrence in `text`
        occ_s: list[int] = []
        occ_e: list[int] = []
        n_hp = 0  # occurrences (a prefix of occ_*) inside the hyperpartisan window
        n_words = 0
        for feat, s, e in ngrams(tokens):
            if " " not in feat:
                n_words += 1
            j = get(feat)
            if j is not None:
                occ_j.append(j)
                occ_s.append(s)
                occ_e.append(e)
                if n_words <= text_limit:  # a bigram belongs to the word it ends with
                    n_hp = len(occ_j)
        all_j = list(occ_j)
        hp_j = occ_j[:n_hp]
        text_words = n_words
        style_text = text
        if has_title:
            # the title counts as in training, but has no spans in `text`
            t_words = 0
            for feat, _, _ in ngrams(title_tokens):
                if " " not in feat:
                    n_words += 1
                    t_words += 1
                j = get(feat)
                if j is not None:
                    all_j.append(j)
                    if t_words <= title_limit:
                        hp_j.append(j)
            style_text = title + "\n\n" + text  # type: ignore[operator]
        if not all_j:
            empty_hp = Hyperpartisan(probability=round(_sigmoid(self.platt_b), 6), evidence=())
            ev = loaded_words(text, idf=self.word_idf, tags=tags, roles=roles, speech=speech) if loaded else ()
            return Slant(score=0.0, label="center", confidence=0.0, evidence=ev), empty_hp

        idx, counts = np.unique(np.asarray(all_j, dtype=np.int64), return_counts=True)
        x = (1.0 + np.log(counts)) * self.idf[idx]
        x /= max(float(np.sqrt(x @ x)), 1e-12)

        logits = self.coef[:, idx] @ x + self.intercept
        bias = self.bias + self.length_offset(n_words)  # a lead reads otherwise than a whole article
        probs = _softmax((logits + bias) / self.temperature)
        k = int(np.argmax(logits + bias))
        score = float(np.clip(probs[self._ri] - probs[self._li], -1.0, 1.0))
        confidence = float(probs[k])

        if limit is None or (text_words <= text_limit and len(title_tokens) <= title_limit):
            hp_idx, hp_counts, hp_x, hp_n = idx, counts, x, len(occ_j)
        else:  # a longer article: the hyperpartisan model reads its first words only
            if text_limit < text_words:
                cut = tokens[text_limit - 1][2] if text_limit > 0 else 0
                style_text = (title + "\n\n" if has_title else "") + text[:cut]  # type: ignore[operator]
            if len(title_tokens) > title_limit:  # a title longer than the window
                style_text = title[: title_tokens[title_limit - 1][2]]  # type: ignore[index]
            n_words = min(n_words, limit)
            hp_idx, hp_counts = np.unique(np.asarray(hp_j, dtype=np.int64), return_counts=True)
            hp_x = (1.0 + np.log(hp_counts)) * self.idf[hp_idx]
            hp_x /= max(float(np.sqrt(hp_x @ hp_x)), 1e-12)
            hp_n = n_hp
        style = style_features(style_text, n_words=n_words)
        z = (style - self.hp_style_mean) / self.hp_style_scale
        d = float(
            self.hp_coef[hp_idx] @ hp_x + self.hp_style_coef @ z
            + self.hp_ext_coef * abs(score) + self.hp_intercept
        )
        p_hp = _sigmoid(self.platt_a * d + self.platt_b)

        # each occurrence carries an equal share of its feature's exact contribution
        oj = np.asarray(occ_j, dtype=np.int64)
        pos = np.searchsorted(idx, oj)
        share = (x / counts)[pos]
        spans = (oj, np.asarray(occ_s, dtype=np.int64), np.asarray(occ_e, dtype=np.int64))
        direction = 1.0 if score >= 0 else -1.0
        sents = sentence_spans(text, sentences) if max_sentences > 0 else []
        headings = frozenset(s.start for s in sentences or () if s.heading)
        narration = _Narration(text, speech)
        slant_ev = _evidence(text, spans, share * self._axis[oj], direction, max_sentences, sents, tags, self.word_idf,
                             narration, loaded_sentences=True, headings=headings)
        # the evidence argues the way of the verdict: below one half, what pushed away from partisan
        hoj = oj[:hp_n]
        hp_share = (hp_x / hp_counts)[np.searchsorted(hp_idx, hoj)]
        hp_spans = (hoj, spans[1][:hp_n], spans[2][:hp_n])
        hp_ev = _evidence(text, hp_spans, hp_share * self.hp_coef[hoj], 1.0 if p_hp >= 0.5 else -1.0,
                          max_sentences, sents, tags, self.word_idf, narration, headings=headings)
        if loaded:
            # a loaded word's weight: the model's exact contribution of that occurrence
            axis_share = share * self._axis[oj]
            at = {(s, e): float(w) for s, e, w in zip(occ_s, occ_e, axis_share.tolist())}
            slant_ev += loaded_words(text, idf=self.word_idf, weight=lambda s, e: at.get((s, e), 0.0), tags=tags,
                                     roles=roles, speech=speech)

        slant = Slant(
            score=round(score, 6),
            label=self.classes[k],
            confidence=round(min(max(confidence, 0.0), 1.0), 6),
            evidence=slant_ev,
        )
        return slant, Hyperpartisan(probability=round(p_hp, 6), evidence=hp_ev)

    def phrase_evidence(self, text: str, title: str | None = None) -> tuple[list[SlantEvidence], list[SlantEvidence]]:
        """Only the phrase spans (no sentences) behind the slant and the hyperpartisan
        score of `text`: what a benchmark compares with annotated spans."""
        if not isinstance(text, str):
            raise InputError("slant", "text must be a string", "pass the article's cleaned text")
        slant, hp = self._score(text, title, max_sentences=0, loaded=False)
        return list(slant.evidence), list(hp.evidence)


def _evidence(
    text: str,
    spans: tuple[np.ndarray, np.ndarray, np.ndarray],
    contrib: np.ndarray,
    direction: float,
    max_sentences: int,
    sents: Sequence[tuple[int, int]] = (),
    tags: Mapping[int, str] | None = None,
    idf: Callable[[str], float | None] | None = None,
    narrated: _Narration | None = None,
    loaded_sentences: bool = False,
    headings: frozenset[int] = frozenset(),
) -> tuple[SlantEvidence, ...]:
    """Phrases that push the score in `direction` most (each feature once, no overlaps,
    at least 3 characters, holding loaded wording of the outlet), then the sentences whose
    summed contributions push that way most (with `loaded_sentences`, only those holding loaded
    wording of the outlet). `contrib[i]` is occurrence i's share of its feature's contribution;
    `tags` (token start -> Penn tag) give the words' classes; `narrated` tells the outlet's words
    from quoted statements, reported speech and posts; `headings` the starts of the sentences that are
    headings, never shown as a sentence (a subheading is a label, not a statement)."""
    oj, os_, oe = spans
    if len(oj) == 0:
        return ()
    signed = contrib * direction
    order = np.lexsort((os_, -signed))
    seen: set[int] = set()
    phrases: list[tuple[int, int, float]] = []
    narrated = narrated if narrated is not None else _Narration(text)
    for i in order[: 40 * MAX_PHRASES].tolist():
        if signed[i] <= 0 or len(phrases) >= MAX_PHRASES:
            break
        j, s, e = int(oj[i]), int(os_[i]), int(oe[i])
        if j in seen or e - s < 3 or any(s < pe and ps < e for ps, pe, _ in phrases):
            continue
        if not _loaded_in(text, s, e, tags, narrated, idf) or _uncheckable(text, s, e):  # cheaper, stricter first
            continue  # "said the", "percent", "President Trump", "page": nothing a reader can check as slant
        seen.add(j)
        phrases.append((s, e, float(contrib[i])))
    quoted = narrated.quoted() if phrases else []
    posts = narrated.posts() if phrases else []
    # a phrase inside a direct quote (or a post) is the speaker's wording: it counts, and the note says whose it is
    out = [SlantEvidence(s, e, text[s:e], round(w, 6), kind="phrase",
                         note=QUOTED_NOTE if any(qs < s and e <= qe for qs, qe in quoted)
                         else POST_NOTE if any(ps <= s and e <= pe for ps, pe in posts) else None)
           for s, e, w in phrases]
    if max_sentences > 0:
        if sents:
            starts = np.array([s for s, _ in sents])
            which = np.searchsorted(starts, os_, side="right") - 1
            ok = which >= 0
            sums = np.bincount(which[ok], weights=contrib[ok], minlength=len(sents))
            taken = 0
            for i in np.argsort(-direction * sums, kind="stable").tolist():
                if taken >= max_sentences or sums[i] * direction <= 0:
                    break
                if sents[i][0] in headings:
                    continue
                s, e = _trim(text, *sents[i])
                # a "sentence" of a word or three is a splitter's cut ("President" before
                # "Trump is ..."), a signature or a prompt: no reader can check it as a sentence
                if len(text[s:e].split()) < MIN_SENTENCE_WORDS:
                    continue
                # a sentence of plain facts ("Kelley enlisted in the U.S. Air Force in 2010.") or a
                # quoted statement moved the model, but holds nothing a reader can check as the
                # outlet's slant (review 15); it still counts in the score
                if loaded_sentences and not _loaded_in(text, s, e, tags, narrated, idf):
                    continue
                out.append(SlantEvidence(s, e, text[s:e], round(float(sums[i]), 6), kind="sentence"))
                taken += 1
    return tuple(out)


def _uncheckable(text: str, s: int, e: int) -> bool:
    """A phrase made only of hidden words (function words, connectives, calendar and title
    words, figure and time-span words, neutral attribution, numerals), or a name piece."""
    words = [(m.start(), m.end()) for m in _CASED_WORDS.finditer(text, s, e)]
    content = [(a, b) for a, b in words
               if not (len(w := text[a:b].lower()) < 3 or w in _HIDDEN_WORDS or w.isdigit())]
    return not content or all(_name_word(text, a, b) for a, b in content)


def _loaded_in(text: str, s: int, e: int, tags: Mapping[int, str] | None = None,
               narrated: _Narration | None = None,
               idf: Callable[[str], float | None] | None = None) -> bool:
    """The phrase holds a word that is loaded wording where the text uses it, as the
    loaded-wording list reads it (`slant_loaded.loaded_use`: rated loaded as the word class it
    is used as when `tags` give the classes, not common in news by `idf`, not a plain use such as
    "didn't hate" or "a huge lead"), not as part of a name, and not a speaker's (inside a quoted
    statement or reported speech, `narrated.spoken`); or a judgement verb (slant_verbs.py) in the
    outlet's own narration (`narrated(start, end)`)."""
    for m in _CASED_WORDS.finditer(text, s, e):
        a, b = m.start(), m.end()
        tag = tags.get(a) if tags else None
        word = m.group().lower()
        if (loaded_use(text, a, b, tag, tags, idf) is not None and not _name_word(text, a, b)
                and not (narrated is not None and narrated.spoken(a, b))
                and not (characterised(text, a) and (narrated is None or narrated(a, b)))):
            return True  # (a characterisation reported, "what Pelosi called a sad moment", is the speaker's)
        if (narrated is not None and word in FORMS and (use := verb_at(text, a, b, tag)) is not None
                and not _name_word(text, a, b) and narrated(a, use.end) and not narrated.spoken(a, use.end)
                and not reported_verb(text, a) and not force_acts(text, a)):
            return True
    return False


class _Narration:
    """Whether a span is the outlet's own words: not inside a direct quotation or an embedded
    post (`__call__`); whether it is a speaker's, inside a quoted statement, reported speech or a
    post (`spoken`). The regions are found on first use, so an article with no candidate pays nothing."""

    def __init__(self, text: str, speech: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.speech = list(speech)
        self._quoted: list[tuple[int, int]] | None = None
        self._posts: list[tuple[int, int]] | None = None
        self._spoken: list[tuple[int, int]] | None = None

    def spoken(self, s: int, e: int) -> bool:
        if self._spoken is None:
            echoed = echoed_fragments(self.text, self.quoted())  # a subhead repeating a statement's words
            self._spoken = [(a, b) for a, b in self.quoted()
                            if quote_words(self.text, a, b) > FRAGMENT_WORDS or (a, b) in echoed]
            self._spoken += self.posts()  # a post is the account's statement
        # reported speech is the speaker's, a quoted fragment inside it too ("the chief said the video was
        # "very disturbing"": the words the sentence gives him; review 18)
        return any(a <= s and e <= b for a, b in self._spoken + self.speech)

    def quoted(self) -> list[tuple[int, int]]:
        if self._quoted is None:
            self._quoted = quoted_regions(self.text)
        return self._quoted

    def posts(self) -> list[tuple[int, int]]:
        if self._posts is None:
            self._posts = post_regions(self.text)
        return self._posts

    def __call__(self, s: int, e: int) -> bool:
        return not any(a <= s and e <= b for a, b in self.quoted() + self.posts())


def _name_word(text: str, s: int, e: int) -> bool:
    """`text[s:e]` is written as (part of) a name: capitalised within a sentence ("told
    [Cooper]", "former [President]"), or at a sentence's start with a capitalised word after
    it ("[President] Trump signed"); in capitals, an acronym ("the FBI") unless a word
    beside it is in capitals too (shouting: "TALK ABOUT GROPING")."""
    word = text[s:e]
    if not word[:1].isupper():
        return False
    if titled_quote(text, s):
        return True  # a slogan's or a title's first word (“Fair and Balanced”)
    nxt = _NEXT_WORD.match(text, e, min(len(text), e + 40))
    prv = _PREV_WORD.search(text, max(0, s - 40), s)
    if len(word) > 1 and word.isupper():
        return not any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (nxt, prv))
    before = text[max(0, s - 40):s]
    if _SENTENCE_START.search(before) is None or _NOT_AN_END.search(before.rstrip()):
        return True  # within a sentence ("Mr. Obama's", "Henry A. Wallace" too: a title or an initial)
    return nxt is not None and _CAPITALISED.fullmatch(nxt.group(1)) is not None and not nxt.group(1).isupper()


def sentence_spans(text: str, sentences: Sequence[Sentence] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order: the given (spaCy) sentences, else
    `_SENT_RE`'s pieces joined where a piece ends in an abbreviation or the next one starts
    in lower case or with a digit."""
    if sentences:
        return [(s.start, s.end) for s in sentences if text[s.start:s.end].strip()]
    spans: list[tuple[int, int]] = []
    for m in _SENT_RE.finditer(text):
        if not m.group().strip():
            continue
        if spans:
            prev = text[spans[-1][0]:spans[-1][1]]
            first = m.group().lstrip()[:1]
            same_paragraph = "\n" not in text[spans[-1][1] - 1:m.start() + 1]
            if same_paragraph and (_NOT_AN_END.search(prev.rstrip()) or first.islower() or first.isdigit()):
                spans[-1] = (spans[-1][0], m.end())
                continue
        spans.append((m.start(), m.end()))
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max()
    ez = np.exp(z)
    return ez / ez.sum()


def _sigmoid(v: float) -> float:
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    ev = math.exp(v)
    return ev / (1.0 + ev)


@lru_cache(maxsize=1)
def _default_model() -> SlantModel:
    return SlantModel._read(default_path())
