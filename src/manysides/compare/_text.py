"""Text helpers shared by the comparison modules: words, stop words, sentences, outlets.

Pure Python, no model: the sub-analyses that need meaning get it from the sentence
vectors the caller passes in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from urllib.parse import urlsplit
from dataclasses import dataclass

import numpy as np

from ..nlp.slant_outlets import OutletMask, training_outlets
from ..ingest.clean import POST_CREDIT
from ..nlp.tweets import POST_LINK, SIGNED
from ..records import Annotation, Article

# A compact English stop-word list (function words, auxiliaries, pronouns, reporting
# filler). Written here rather than imported from spaCy so that importing the comparison
# does not import spaCy.
STOP_WORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway
    anywhere are around as at back be became because become becomes becoming been before
    beforehand behind being below beside besides between beyond both but by can cannot
    could did do does doing done down due during each either else elsewhere enough etc even
    ever every everyone everything everywhere except few for former formerly from further
    get gets getting give given go goes going gone got had has have having he hence her here
    hereafter hereby herein hers herself him himself his how however i if in indeed into is
    it its itself just keep last latter least less let like made make many may me meanwhile
    might mine more moreover most mostly much must my myself namely neither never
    nevertheless next no nobody none noone nor not nothing now nowhere of off often on once
    one only onto or other others otherwise our ours ourselves out over own per perhaps
    please put quite rather re really said same say says see seem seemed seeming seems
    several she should show since so some somehow someone something sometime sometimes
    somewhere still such than that the their theirs them themselves then thence there
    thereafter thereby therefore therein thereupon these they this those though through
    throughout thru thus to together too toward towards under until up upon us used using
    very via was we well were what whatever when whence whenever where whereafter whereas
    whereby wherein whereupon wherever whether which while whither who whoever whole whom
    whose why will with within without would yet you your yours yourself yourselves
    mr mrs ms dr s t ll ve d m re don didn doesn isn wasn weren won wouldn couldn shouldn
    sen sens rep reps gov
    told tell tells according including include includes
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    """.split()
) | frozenset(  # contractions are one token here ("don't"): as empty as their parts
    """
    i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're they've
    they'd they'll he'd he'll she'd she'll it'd it'll that'd that'll there'd there'll
    there're who'd who'll who're who've don't doesn't didn't isn't wasn't weren't aren't
    hasn't haven't hadn't won't wouldn't couldn't shouldn't can't mustn't needn't ain't
    """.split()
)

# Letters glued to a digit belong to it ("4th", "3D", "2nd"): never a word of their own,
# so "th weekend" is never a term.
_WORD = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z])")
_TOKEN = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z])|\d[\d,.:]*[A-Za-z]*")
# Number words are numbers: they neither count as terms nor join a bigram.
NUMBER_WORDS = frozenset(
    """
    zero two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
    billion billions trillion percent
    """.split()
)
# A party-and-state tag after a name ("D-Calif.", "R-Texas", "(D-N.Y.)" gives "d-n"): who,
# not how, as the names it follows.
_STATES = frozenset(
    """
    ala alaska ariz ark calif colo conn del fla ga hawaii idaho ill ind iowa kan kans ky la
    maine md mass mich minn miss mo mont neb nev okla ore pa tenn tex texas utah vt va wash
    wis wyo al ak az ar ca co ct de fl hi id il in ia ks me mi mn ms mt ne nv nh nj nm ny nc
    nd oh ohio ok or ri sc sd tn tx ut wa wv wi wy n s w
    """.split()  # n, s, w: "D-N.Y.", "R-S.C.", "R-W.Va." lose their dots in tokens
)
_PARTY_TAG = re.compile(r"^[dri]-([a-z]{1,6})$")

# US states with the abbreviations news copy uses for them: the AP's ("Ill.", "R.I.") and
# the postal codes ("IL") that party tags carry ("D-IL"). "Illinois" in one outlet and
# "(D-Ill.)" in another name the same state.
US_STATES = {
    name: tuple(forms.split())
    for name, forms in (
        ("alabama", "ala. al"), ("alaska", "ak"), ("arizona", "ariz. az"), ("arkansas", "ark. ar"),
        ("california", "calif. ca"), ("colorado", "colo. co"), ("connecticut", "conn. ct"),
        ("delaware", "del. de"), ("florida", "fla. fl"), ("georgia", "ga. ga"), ("hawaii", "hi"),
        ("idaho", "id"), ("illinois", "ill. il"), ("indiana", "ind. in"), ("iowa", "ia"),
        ("kansas", "kan. kans. ks"), ("kentucky", "ky. ky"), ("louisiana", "la. la"), ("maine", "me"),
        ("maryland", "md. md"), ("massachusetts", "mass. ma"), ("michigan", "mich. mi"),
        ("minnesota", "minn. mn"), ("mississippi", "miss. ms"), ("missouri", "mo. mo"),
        ("montana", "mont. mt"), ("nebraska", "neb. ne"), ("nevada", "nev. nv"),
        ("new hampshire", "n.h. nh"), ("new jersey", "n.j. nj"), ("new mexico", "n.m. nm"),
        ("new york", "n.y. ny"), ("north carolina", "n.c. nc"), ("north dakota", "n.d. nd"),
        ("ohio", "oh"), ("oklahoma", "okla. ok"), ("oregon", "ore. or"), ("pennsylvania", "pa. pa"),
        ("rhode island", "r.i. ri"), ("south carolina", "s.c. sc"), ("south dakota", "s.d. sd"),
        ("tennessee", "tenn. tn"), ("texas", "tex. tx"), ("utah", "ut"), ("vermont", "vt. vt"),
        ("virginia", "va. va"), ("washington", "wash. wa"), ("west virginia", "w.va. w.v. wv"),
        ("wisconsin", "wis. wi"), ("wyoming", "wyo. wy"),
    )
}


def state_named_in(name: str, text: str) -> bool:
    """Whether lower-cased `text` names the US state `name` by an abbreviation.

    Only where an abbreviation cannot be an ordinary word: in a party tag ("d-ill.",
    "(r-tx)"), in brackets ("(ill.)") or after a town and a comma ("springfield, ill.");
    "he fell ill." and "in" do not count.
    """
    forms = US_STATES.get(name.lower())
    if not forms:
        return False
    for form in forms:
        f = re.escape(form)
        end = r"(?![a-z])" if form.endswith(".") else r"(?![a-z.])"
        tagged = rf"(?<![a-z])[dri]-{f}{end}"
        if form.endswith("."):  # "(in)" and "(or)" are words; "(ill.)" is a state
            tagged += rf"|\({f}\)"
        # a postal code after a comma is a word more often than a state ("in, or")
        after_town = rf"[a-z], {f}{end}" if form.endswith(".") else None
        if re.search(tagged, text) or (after_town and re.search(after_town, text)):
            return True
    return False


# "ill." -> "illinois": an abbreviation spaCy may tag as a place stands for its state
STATE_OF_ABBREVIATION = {f: name for name, forms in US_STATES.items() for f in forms if f.endswith(".")}


def _party_tag(word: str) -> bool:
    m = _PARTY_TAG.match(word)
    return m is not None and m.group(1) in _STATES


# Punctuation that ends a phrase: bigrams never span it.
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”«»—–/…\x00]|\s-\s|\n")  # \x00: a blanked name


def numeral_in(numeral: str, text: str) -> bool:
    """Whether `numeral` ("118,423", "3.5") stands in `text` as a whole number, not inside
    a longer one ("3.5" is not in "13.5" nor in "3.55")."""
    return re.search(r"(?<![\d.,])" + re.escape(numeral) + r"(?![\d]|[.,]\d)", text) is not None


def words(text: str, numbers: bool = False) -> list[str]:
    """Lower-cased word tokens, possessive 's and curly apostrophes normalised.

    With `numbers`, numerals are kept as tokens (so callers can break phrases at them).
    """
    out = []
    for m in (_TOKEN if numbers else _WORD).finditer(text):
        w = m.group(0).lower().replace("’", "'")
        if w[0].isdigit():
            out.append(w)
            continue
        if w.endswith("'s"):
            w = w[:-2]
        w = w.strip("'-")
        if w:
            out.append(w)
    return out


# The one stop word kept inside a phrase: "beacon of hope", "reality of politics".
CONNECTOR = "of"


def phrases(text: str) -> list[list[str]]:
    """Runs of content words: split at punctuation and at stop words.

    Bigrams are only ever formed inside one run, so they are adjacent content words in
    the original text ("gut punch", "reality check"), never across a comma or a "the".
    """
    runs: list[list[str]] = []
    for chunk in _BREAK.split(text):
        run: list[str] = []
        for w in words(chunk, numbers=True):
            if w == CONNECTOR and run and run[-1] != CONNECTOR:
                run.append(w)  # kept only if a content word follows (see below)
            elif w in STOP_WORDS or w in NUMBER_WORDS or len(w) < 2 or w[0].isdigit() or _party_tag(w):
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(w)
        if run:
            runs.append(run)
    # Split runs at connectors; a connector between two content words joins them.
    out: list[list[str]] = []
    for run in runs:
        cur: list[str] = []
        for i, w in enumerate(run):
            if w == CONNECTOR:
                if i + 1 < len(run) and cur:
                    cur.append(w)
                continue
            cur.append(w)
        while cur and cur[-1] == CONNECTOR:
            cur.pop()
        if cur:
            out.append(cur)
    return out


def outlet_key(article: Article) -> str:
    """The identity of an article's outlet, wherever outlets are counted.

    An article without an outlet name falls back to the site of its URL, else to its
    source, so two unnamed articles from different files count as two outlets, never as
    one (`outlet_shown` is the name shown for it).
    """
    name = (article.outlet or "").strip() or _site(article) or article.source or article.id
    return " ".join(name.lower().split())


def outlet_shown(article: Article) -> str:
    """The name shown for an article's outlet, one per `outlet_key`: its outlet, else its
    site, else "unknown outlet (FILE)" naming where it came from."""
    name = " ".join((article.outlet or "").split()) or _site(article)
    if name:
        return name
    source = article.source or article.id
    where = "standard input" if source == "-" else source.replace("\\", "/").rsplit("/", 1)[-1]
    return f"unknown outlet ({' '.join(where.split())})"


def outlet_names(articles: Sequence[Article]) -> list[str]:
    """The outlets of `articles` as counted (one per `outlet_key`), by their shown names, sorted."""
    return sorted({outlet_key(a): outlet_shown(a) for a in articles}.values())


def _site(article: Article) -> str | None:
    """The host of the article's http(s) URL without "www.", or None."""
    url = (getattr(article, "url", None) or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


_BOILERPLATE = re.compile(
    r"\b(click here|sign up|subscribe|newsletter|all rights reserved|copyright|©|"
    r"follow (us|him|her|them) on|read more|related:|advertisement|cookies?\b|"
    r"contributed to this report|reporting by|editing by|this story has been updated|"
    r"share this|terms of (use|service)|privacy policy|getty images|ap photo|"
    r"photo:|image:|watch:|listen:)",
    re.IGNORECASE,
)


def is_post(text: str) -> bool:
    """Whether a sentence holds an embedded post's signature or link: its words are the
    account's, whatever share of them the quote finder covered."""
    return bool(SIGNED.search(text) or POST_LINK.search(text))


# an embedded post's credit line alone as other sites save it: "Posted by Dana Ortiz on Monday, May 4, 2026" (review
# 26: a Facebook post's), "A post shared by Dana Ortiz (@dana) on May 4, 2026 at 9:12am PDT"; cleaning's rule
# (`ingest.clean.POST_CREDIT`), which drops such a line, for a sentence of a line it keeps
_POST_CREDIT = re.compile(rf"^\W*(?i:{POST_CREDIT})\W*$")


# a pointer to a link the saved text lost: a sentence ending on "here" whose verb sends the reader to a page, a video
# or a stream ("Watch the exchange here.", "The new rules are available here.", "the first can be read here", "...
# the Senate committee, which is webcasting the hearing here.": review 27's live page); not a speaker's "here"
# (nothing inside quotation marks), nor a place ("we can find common ground here", "nothing to see here")
_LINK_POINTER = re.compile(
    r"(?:^\W*(?:For\s+[^,]{1,80},\s*)?(?:Read|Watch|See|View|Download|Find|Listen\s+to|Follow)\b(?!,)|"
    r"\b(?:can|may)\s+(?:still\s+)?be\s+(?:read|watched|seen|viewed|found|downloaded|heard|listened\s+to)\b|"
    r"\byou\s+(?:can|may)\s+(?:also\s+)?(?:read|watch|see|view|find|download|hear|listen\s+to)\b|"
    r"\b(?:is|are)\s+(?:now\s+)?available\b|"
    r"\b(?:webcast(?:s|ing)?|(?:live-?)?stream(?:s|ed|ing)|broadcast(?:s|ing))\b|\bposted)"
    r"[^\"“”.!?]*?\bhere\b[\s.!:)\]]*$", re.IGNORECASE)


def is_boilerplate(text: str) -> bool:
    """Site furniture that cleaning may have left: never a point of the story. An embedded
    post's signature ("— Juan Escalante (@JuanSaaa) July 9, 2020") or link, with little
    else in the sentence, is the post's furniture too, as is a post's credit line alone ("Posted by Dana Ortiz on
    Monday, May 4, 2026"), and a pointer to a link the text lost ("Watch the exchange here.", `_LINK_POINTER`)."""
    if _BOILERPLATE.search(text) or _POST_CREDIT.match(text.strip()):
        return True
    if not any(m in text for m in ('"', "“", "”")) and _LINK_POINTER.search(text.strip()):
        return True
    if "(@" in text or "t.co/" in text or "pic.twitter" in text:
        rest = POST_LINK.sub(" ", SIGNED.sub(" ", text))
        return len(re.findall(r"[A-Za-z]{2,}", rest)) < 3
    return False


# A hyphen ends a dateline only with a space on one side: "COVID-19" starts no dateline.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.,'’ ]{2,40}(\([A-Za-z .]+\))?(?:\s*[—–―]{1,2}\s*|\s+-{1,2}\s*|-{1,2}\s+)")


def strip_dateline(text: str) -> str:
    """'WASHINGTON — The House voted...' -> 'The House voted...' (for display)."""
    return _DATELINE.sub("", text, count=1)


_PARAGRAPH = re.compile(r"\n\s*\n")


def display_sentence(text: str) -> str:
    """A sentence as a summary shows it: without a headline glued in front of it (when
    the sentence splitter ran a title and the lead together), a dateline or a stray
    quotation mark left over from the previous sentence."""
    parts = [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]
    long_parts = [p for p in parts if len(p.split()) >= 5]
    s = long_parts[-1] if long_parts else (parts[-1] if parts else text.strip())
    s = strip_dateline(" ".join(s.split()))
    if s[:1] in "\"“”" and s.count('"') + s.count("“") + s.count("”") == 1:
        s = s[1:].lstrip()
    return s


@dataclass(frozen=True)
class SentenceView:
    """One sentence of one article, with its vector row and trimmed offsets."""

    article: str
    outlet: str
    index: int  # row in the article's sentence vectors
    start: int
    end: int
    text: str
    n_words: int
    position: float  # 0.0 = first sentence of the article, 1.0 = last


def sentence_views(
    articles: Sequence[Article],
    annotations: Mapping[str, Annotation],
    sentence_vectors: Mapping[str, np.ndarray],
) -> tuple[list[SentenceView], dict[str, np.ndarray]]:
    """Every usable sentence of every article (headings left out), and each article's vector matrix.

    An article whose annotation or vectors are missing, or whose vectors do not have one
    row per sentence, is left out (it cannot be compared sentence by sentence) rather than
    failing the whole story.
    """
    views: list[SentenceView] = []
    matrices: dict[str, np.ndarray] = {}
    dim: int | None = None
    for art in articles:
        ann = annotations.get(art.id)
        vecs = sentence_vectors.get(art.id)
        if ann is None or vecs is None:
            continue
        try:
            vecs = np.asarray(vecs, dtype=np.float32)
        except (TypeError, ValueError):
            continue
        if vecs.ndim != 2 or vecs.shape[0] != len(ann.sentences) or vecs.shape[0] == 0:
            continue
        if dim is not None and vecs.shape[1] != dim:
            continue  # vectors from another embedder cannot be compared with the rest
        dim = vecs.shape[1]
        matrices[art.id] = vecs
        n = max(len(ann.sentences) - 1, 1)
        for i, (start, end) in enumerate(_spans(art.text, ann.sentences)):
            if end <= start or ann.sentences[i].heading:
                continue  # a subheading is the outlet's label over a part, no statement (nlp/headings.py)
            text = art.text[start:end]
            views.append(
                SentenceView(
                    article=art.id,
                    outlet=outlet_key(art),
                    index=i,
                    start=start,
                    end=end,
                    text=text,
                    n_words=len(text.split()),
                    position=i / n,
                )
            )
    return views, matrices


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    raw = text[start:end]
    return start + len(raw) - len(raw.lstrip()), end - (len(raw) - len(raw.rstrip()))


def _spans(text: str, sentences: Sequence) -> list[tuple[int, int]]:
    """Each sentence's (start, end) in `text` without the spaces around it, and with the quotation
    mark that closes it where the sentence splitter gave that mark (followed by a space) to the next
    sentence: at a paragraph's end it cuts '... for "a hard-fought race.' | '"\n\nRepublican officials said ...' (the
    sample), so one point was cut inside its quotation and the next sentence opened with a stray mark. A part
    ending in a word, no stop after it, followed on its line by a part opening in lower case is one sentence the
    splitter cut in two ("Law" | "enforcement spent hours ..."): the two are joined, and the part left is empty."""
    spans = [_trimmed(text, s.start, s.end) for s in sentences]
    for i in range(len(spans) - 1):
        (s0, e0), (s1, e1) = spans[i], spans[i + 1]
        mark = text[s1:s1 + 1]
        # a mark followed by a space or the end closes a quotation (an opening one stands before its word)
        if s1 == e0 and e1 > s1 and mark in '"”' and (s1 + 1 >= len(text) or text[s1 + 1].isspace()):
            spans[i] = (s0, e0 + 1)
            spans[i + 1] = _trimmed(text, s1 + 1, e1)
    for i in range(len(spans) - 1):
        (s0, e0), (s1, e1) = spans[i], spans[i + 1]
        gap = text[e0:s1]
        if s0 < e0 < s1 < e1 and _CUT_INSIDE.match(text, e0 - 1) and gap.isspace() and "\n" not in gap \
                and text[s1].islower():
            # the splitter cut one sentence in two: the longer part's vector stands for the whole
            spans[i], spans[i + 1] = ((s0, e1), (e1, e1)) if e0 - s0 > e1 - s1 else ((s0, s0), (s0, e1))
    return spans


# the last character of a sentence the splitter cut in the middle: a word's, no closing punctuation ("Law" |
# "enforcement spent hours ...", after a heading; review 25)
_CUT_INSIDE = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def media_names() -> OutletMask:
    """News outlets' names as the slant scorer finds them ("the Associated Press",
    "Reuters", "the Times"), to tell an outlet an article cites from its own words."""
    known = training_outlets()
    return OutletMask(known.names, known.held_out_names)


def quoted_speaker(text: str, start: int, end: int, quotes: Sequence) -> str | None:
    """Who speaks in the sentence `text` (at `start`-`end` of its article) when it is mostly
    one direct quotation (`quotes`: the article's quotes) whose named speaker the sentence does
    not name: a reader of the sentence alone cannot tell ("“I'm not sure ...,” he said.", or a
    statement's later sentence, which its quotation marks opened sentences before). None
    otherwise; the name on one line."""
    for q in quotes:
        if not (q.direct and q.speaker):
            continue
        inside = max(0, min(q.end, end) - max(q.start, start))
        if inside > 0.5 * max(end - start, 1):
            names = [w for w in re.findall(r"[A-Za-z][\w'’-]+", q.speaker) if w[:1].isupper()]
            if names and not any(re.search(rf"\b{re.escape(w)}\b", text) for w in names):
                return " ".join(q.speaker.split())
            return None
    return None
