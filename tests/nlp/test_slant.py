"""Slant / hyperpartisan scorer: the shipped artifact, score contracts, evidence, quality."""

from __future__ import annotations

import json
import lzma
import zipfile
from pathlib import Path

import numpy as np
import pytest

from manysides.errors import InputError, ModelError
from manysides.nlp import slant_features as F
from manysides.nlp import slant as S
from manysides.nlp import slant_loaded as L
from manysides.nlp.slant import SlantModel, default_path
from manysides.nlp.slant_features import STYLE_NAMES
from manysides.nlp.slant_sourcing import sourcing, speaker_side
from manysides.records import Hyperpartisan, Quote, Slant

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

PARTISAN = (
    "The radical left has finally shown its true face! Pelosi and her gang of socialist "
    "extremists want to rip away your freedoms, flood our cities with illegal aliens and "
    "hand your paycheck to the globalist elites. Wake up, America! These corrupt "
    "Democrats HATE you and everything you stand for. The fake news media won't tell you "
    "the truth, but we will: this is a disgraceful, un-American power grab."
)
WIRE = (
    "The city council voted 7-2 on Tuesday to approve a $4.1 million budget amendment for "
    "road maintenance, officials said. The measure will fund repaving on 12 streets over "
    "the next two years, according to a statement from the public works department. "
    "Council member Ana Ruiz said the work would begin in the spring. The amendment takes "
    "effect next month."
)


@pytest.fixture(scope="module")
def model() -> SlantModel:
    return SlantModel.load()


def test_artifact_is_json_and_plain_arrays() -> None:
    path = default_path()
    meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    assert meta["format"] == "manysides-slant/1"
    for key in ("allsides", "hyperpartisan"):
        assert len(meta["data"][key]["sha256"]) == 64
    # every array in the npz loads without pickle, and none is an object array
    with np.load(path / "weights.npz", allow_pickle=False) as npz:
        for name in npz.files:
            assert npz[name].dtype.kind == "f", name
    with zipfile.ZipFile(path / "weights.npz") as z:
        assert all(n.endswith(".npy") for n in z.namelist())
    assert sum(p.stat().st_size for p in path.iterdir()) < 30_000_000


def test_load_is_cached_and_missing_path_is_a_model_error(tmp_path: Path) -> None:
    assert SlantModel.load() is SlantModel.load()
    with pytest.raises(ModelError):
        SlantModel.load(tmp_path)
    (tmp_path / "model.json").write_text('{"format": "other"}', encoding="utf-8")
    np.savez(tmp_path / "weights.npz", idf=np.zeros(1))
    with pytest.raises(ModelError):
        SlantModel.load(tmp_path)


def test_short_texts_get_their_own_class_bias_and_the_digest_covers_it(model: SlantModel, tmp_path: Path) -> None:
    """A lead reads otherwise than a whole article: texts shorter than the training
    articles' median get the fitted offsets (the shortest point's below it), none from the
    median on; and the offsets are part of which model scored an article."""
    import shutil

    lb = json.loads((default_path() / "length_bias.json").read_text(encoding="utf-8"))
    first, zero = lb["words"][0], lb["zero_from_words"]
    assert model.length_offset(first) == pytest.approx(lb["offsets"][0])
    assert model.length_offset(first // 2) == pytest.approx(lb["offsets"][0])
    assert not model.length_offset(zero).any() and not model.length_offset(5 * zero).any()
    a, b = lb["words"][:2]
    n = (a + b) // 2
    t = (np.log(n) - np.log(a)) / (np.log(b) - np.log(a))  # linear in log(words) between points
    assert model.length_offset(n) == pytest.approx((1 - t) * np.array(lb["offsets"][0]) + t * np.array(lb["offsets"][1]))
    copy = tmp_path / "m"
    shutil.copytree(default_path(), copy)
    assert SlantModel.load(copy).digest == model.digest
    (copy / "length_bias.json").write_text(json.dumps({**lb, "offsets": [[0, 0, 0]] * len(lb["words"])}),
                                           encoding="utf-8")
    other = SlantModel.load(copy)
    assert other.digest != model.digest and not other.length_offset(first).any()


def test_scores_are_in_range_and_deterministic(model: SlantModel) -> None:
    for text in (PARTISAN, WIRE, "Short.", ""):
        s1, h1 = model.score(text, title="A headline")
        s2, h2 = model.score(text, title="A headline")
        assert isinstance(s1, Slant) and isinstance(h1, Hyperpartisan)
        assert (s1, h1) == (s2, h2)
        assert -1.0 <= s1.score <= 1.0
        assert s1.label in ("left", "center", "right")
        assert 0.0 <= s1.confidence <= 1.0
        assert 0.0 <= h1.probability <= 1.0
    assert model.score_many([PARTISAN, WIRE]) == [model.score(PARTISAN), model.score(WIRE)]


def test_label_agrees_with_sign_of_strong_scores(model: SlantModel) -> None:
    s, _ = model.score(PARTISAN)
    if s.label == "right":
        assert s.score > 0
    if s.label == "left":
        assert s.score < 0


def test_evidence_offsets_point_into_the_text(model: SlantModel) -> None:
    text = "  Intro line.\n\n" + PARTISAN + "\n\n" + WIRE
    slant, hp = model.score(text, title="Title not in the text")
    assert slant.evidence and hp.evidence
    for ev in slant.evidence + hp.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert ev.text.strip() == ev.text
    # the model's own evidence: phrases and sentences that push the way of the score;
    # the loaded words after them are shown beside it, whichever way they push
    moved = [ev for ev in slant.evidence if ev.kind != "loaded"]
    assert len(moved) <= 8 and len(hp.evidence) <= 8
    sign = 1 if slant.score >= 0 else -1
    assert all(ev.weight * sign > 0 for ev in moved)
    hp_sign = 1 if hp.probability >= 0.5 else -1  # the evidence argues the way of the verdict
    assert all(ev.weight * hp_sign > 0 for ev in hp.evidence)
    assert {ev.kind for ev in moved} <= {"phrase", "sentence"}
    assert any(ev.kind == "sentence" for ev in moved)
    assert slant.evidence[: len(moved)] == tuple(moved)
    assert {ev.kind for ev in hp.evidence} <= {"phrase", "sentence"}


def test_sentence_evidence_is_whole_sentences(model: SlantModel) -> None:
    """A full stop after an abbreviation ("Oct.", "Sen.", "U.S.", "Jr.'s") does not end a
    sentence of the evidence; given spaCy's sentences, those are used as they are."""
    from manysides.nlp.slant import sentence_spans
    from manysides.records import Sentence

    text = ("The mandate requires a first dose by Oct. 7 and full vaccination by Nov. 8, said Sen. Ann Lee. "
            "Robert F. Kennedy Jr.'s office said the U.S. rule was lawless. The rule starts today.")
    pieces = [text[s:e].strip() for s, e in sentence_spans(text)]
    assert pieces == ["The mandate requires a first dose by Oct. 7 and full vaccination by Nov. 8, said Sen. Ann Lee.",
                      "Robert F. Kennedy Jr.'s office said the U.S. rule was lawless.", "The rule starts today."]
    # the hyperpartisan evidence's sentences (the slant's need loaded wording, which this has none of)
    _, hp = model.score(text)
    assert all(ev.text in pieces for ev in hp.evidence if ev.kind == "sentence")
    cut = text.index("Lee. ") + 4  # spaCy might see two sentences, not three
    _, hp = model.score(text, sentences=(Sentence(0, cut), Sentence(cut, len(text))))
    spans = {(ev.start, ev.end) for ev in hp.evidence if ev.kind == "sentence"}
    assert spans and spans <= {(0, cut), (cut + 1, len(text))}  # trimmed of the space between


def test_a_cut_of_a_few_words_is_not_sentence_evidence(model: SlantModel) -> None:
    """A splitter's cut ("President" | "Trump is ...") is not shown as a sentence."""
    from manysides.records import Sentence

    text = PARTISAN
    a = text.index("illegal aliens")  # the phrase that pushes hardest, cut out as a "sentence"
    b = a + len("illegal aliens")
    slant, _ = model.score(text, sentences=(Sentence(0, a), Sentence(a, b), Sentence(b, len(text))))
    shown = [ev for ev in slant.evidence if ev.kind == "sentence"]
    assert shown and all(len(ev.text.split()) >= 4 for ev in shown)
    assert "illegal aliens" not in {ev.text for ev in shown}


SOURCED = (
    "Senate Republicans blocked the bill on Tuesday. \"This is a reckless spending spree,\" "
    "said Sen. Ted Cruz, R-Texas. Republican Sen. John Thune agreed. \"We will not let it "
    "pass,\" Thune said. Cruz later criticized Democrats. A city official, who is not "
    "affiliated, said \"we need the money.\""
)


def _quote(text: str, speaker: str | None, source: str = SOURCED) -> Quote:
    start = source.index(text)
    return Quote(text=text, speaker=speaker, cue="say", start=start, end=start + len(text))


def test_speaker_side_comes_from_the_words_at_a_mention() -> None:
    t = SOURCED
    def at(name: str) -> list[tuple[int, int]]:
        out, i = [], t.find(name)
        while i >= 0:
            out.append((i, i + len(name)))
            i = t.find(name, i + 1)
        return out
    assert speaker_side("Ted Cruz", t, at("Ted Cruz")) == "right"  # ", R-Texas"
    assert speaker_side("John Thune", t, at("John Thune")) == "right"  # "Republican Sen."
    assert speaker_side("Senate Democrats", t, []) == "left"  # a partisan group
    assert speaker_side("A city official", t, at("A city official")) is None
    # an object of criticism is not a label: "Cruz later criticized Democrats"
    assert speaker_side("Cruz", t, [(t.index("Cruz later"), t.index("Cruz later") + 4)]) is None
    u = "\"It is a sad day,\" said Chuck Schumer (D-N.Y.). Jane Roe, a Democrat, agreed."
    assert speaker_side("Chuck Schumer", u, [(u.index("Chuck"), u.index("Chuck") + 13)]) == "left"
    assert speaker_side("Jane Roe", u, [(u.index("Jane"), u.index("Jane") + 8)]) == "left"


def test_sourcing_evidence_is_the_quotes_of_sided_speakers(model: SlantModel) -> None:
    quotes = [
        _quote("This is a reckless spending spree,", "Ted Cruz"),
        _quote("We will not let it pass,", "John Thune"),
        _quote("we need the money.", "A city official"),
    ]
    src = sourcing(SOURCED, quotes)
    assert src.right_speakers == ("Ted Cruz", "John Thune") and src.left_speakers == ()
    assert src.one_sided and src.balance == 1.0
    assert src.other_words == 4
    assert [e.kind for e in src.evidence] == ["source", "source"]
    assert sum(e.weight for e in src.evidence) == pytest.approx(src.balance)
    for e in src.evidence:
        assert SOURCED[e.start : e.end] == e.text and e.weight > 0 and "Republican" in e.note
    # through the scorer: the same spans, and the score itself does not change
    plain, hp = model.score(SOURCED)
    with_src, hp2 = model.score(SOURCED, quotes=quotes)
    assert (with_src.score, with_src.label, hp2) == (plain.score, plain.label, hp)
    assert with_src.evidence[len(plain.evidence):] == src.evidence
    # both sides quoted: weights of opposite sign, not one-sided
    both = SOURCED + " \"It is a sad day,\" said Chuck Schumer (D-N.Y.)."
    q2 = [_quote("This is a reckless spending spree,", "Ted Cruz", both), _quote("It is a sad day,", "Chuck Schumer", both)]
    src2 = sourcing(both, q2)
    assert not src2.one_sided and src2.left_speakers == ("Chuck Schumer",)
    assert sorted(e.weight > 0 for e in src2.evidence) == [False, True]
    assert sourcing(SOURCED, []).evidence == () and sourcing(SOURCED, []).balance is None


def test_a_party_word_inside_a_quote_gives_no_one_a_side() -> None:
    """Giuliani's "angry Democrat prosecutors" is his label, not the article's."""
    text = ("\"These angry Democrat prosecutors want a scalp,\" said Rudy Giuliani. "
            "The prosecutors said the sentence was fair and the plea was final.")
    quotes = [_quote("These angry Democrat prosecutors want a scalp,", "Rudy Giuliani", text),
              _quote("the sentence was fair", "prosecutors", text)]
    src = sourcing(text, quotes)
    assert src.left_speakers == () and src.right_speakers == ()
    # the article's own label still counts
    own = text + " Sen. Ann Lee (D-N.Y.) said the prosecutors had done their job."
    src = sourcing(own, quotes + [_quote("the prosecutors had done their job", "Ann Lee", own)])
    assert src.left_speakers == ("Ann Lee",)


LOADED = (
    "The Senate passed the bill on Tuesday. The plan is an outrageous giveaway. "
    "\"It is a pathetic excuse for a budget,\" said Sen. Roe. The vote was 52-48."
)


def test_a_loaded_word_becomes_a_loaded_span_with_its_offsets(model: SlantModel) -> None:
    entry = L.lexicon()["outrageous"]  # read from the installed textblob package
    assert entry.subjectivity >= L.MIN_SUBJECTIVITY and entry.polarity < 0
    slant, hp = model.score(LOADED)
    loaded = [e for e in slant.evidence if e.kind == "loaded"]
    by_text = {e.text: e for e in loaded}
    i = LOADED.index("outrageous")
    ev = by_text["outrageous"]
    assert (ev.start, ev.end) == (i, i + len("outrageous"))
    assert LOADED[ev.start : ev.end] == ev.text
    assert "negative tone" in ev.note and "inside a direct quote" not in ev.note
    # plain news words are not loaded; loaded spans come after the model's own evidence
    assert not {"Senate", "passed", "bill", "vote", "Tuesday"} & set(by_text)
    assert all(e.kind != "loaded" for e in hp.evidence)
    assert [e.kind for e in slant.evidence[-len(loaded):]] == ["loaded"] * len(loaded)
    # the weight is the slant model's own contribution of that word (0 if it has none)
    phrase = {(e.start, e.end): e.weight for e in model._score(LOADED, None, max_sentences=0, loaded=False)[0].evidence}
    j = model.vocab.get("outrageous")
    if j is None:
        assert ev.weight == 0.0
    else:
        assert ev.weight != 0.0 and np.sign(ev.weight) == np.sign(model._axis[j])
        if (ev.start, ev.end) in phrase:
            assert ev.weight == pytest.approx(phrase[(ev.start, ev.end)])
    # phrase_evidence (what slant_eval compares with BASIL) stays the model's phrases only
    assert all(e.kind == "phrase" for e in model.phrase_evidence(LOADED)[0])


def test_loaded_words_of_a_quoted_statement_are_the_speakers() -> None:
    """Review 15: a storm's "deadly" and an official's "worst", inside quoted statements, were listed as
    the outlet's loaded wording. A statement's words are the speaker's; a quoted fragment of a word
    or a few (scare quotes, “a pathetic plan”) is the outlet's pick, kept and noted."""
    kept = {e.text: e for e in L.loaded_words(LOADED)}
    assert "pathetic" not in kept and "inside a direct quote" not in kept["outrageous"].note
    before = {e.text: e for e in L.loaded_words(LOADED, statements=True)}  # as before session 27
    q = before["pathetic"]
    assert LOADED[q.start : q.end] == "pathetic" and "inside a direct quote" in q.note
    skipped = {e.text for e in L.loaded_words(LOADED, skip_quoted=True, statements=True)}
    assert "pathetic" not in skipped and "outrageous" in skipped
    # reported speech given by the quote stage is the speaker's too
    said = "Critics said the plan was an outrageous giveaway. It is a corrupt scheme."
    speech = [(said.index("the plan"), said.index("giveaway") + len("giveaway"))]
    assert [e.text for e in L.loaded_words(said, speech=speech)] == ["corrupt"]
    assert [e.text for e in L.loaded_words(said)] == ["outrageous", "corrupt"]
    curly = "He called it “a pathetic plan” and an outrageous one."
    notes = {e.text: e.note for e in L.loaded_words(curly)}
    assert "inside a direct quote" in notes["pathetic"] and "inside a direct quote" not in notes["outrageous"]
    assert L.quoted_regions(curly) == [(curly.index("“"), curly.index("”") + 1)]


def test_loaded_words_rules_cap_and_common_news_words() -> None:
    text = "A terrible, awful, horrible, dreadful, outrageous and disgraceful plan. It was terrible."
    all_ = L.loaded_words(text, max_spans=0)
    assert [e.text for e in all_] == sorted({e.text for e in all_}, key=text.index)  # each word once, in text order
    assert sum(e.text == "terrible" for e in all_) == 1
    capped = L.loaded_words(text, max_spans=2)
    assert len(capped) == 2 and all(e in all_ for e in capped)
    # a word too common in news text (low idf) is not loaded; unknown words (None) are
    assert "outrageous" not in {e.text for e in L.loaded_words(text, idf=lambda w: 1.5 if w == "outrageous" else None)}
    assert "outrageous" in {e.text for e in L.loaded_words(text, idf=lambda w: None)}
    # part of a capitalised name, or an intensifier alone, is not loaded wording
    assert L.lexicon()["especially"].subjectivity >= L.MIN_SUBJECTIVITY  # rated as an intensifier
    named = {e.text for e in L.loaded_words("The Evil Empire grew. It was especially big.", min_subjectivity=0.5)}
    assert named == set()
    assert {e.text for e in L.loaded_words("Evil plans, made by the evil man.", min_subjectivity=0.5)} == {"Evil"}
    # capitalised within a sentence: a name ("Rose"), while capitals are emphasis ("CORRUPT")
    found = {e.text for e in L.loaded_words("Rubio also told Rose that they are CORRUPT.", min_subjectivity=0.5)}
    assert found == {"CORRUPT"}
    assert L.loaded_words("") == ()
    # words news uses as plain description are not loaded, though the lexicon rates them
    plain = "He pleaded guilty at a secret hearing, the latest and final step, in a dreadful case."
    assert all(L.lexicon()[w].subjectivity >= L.MIN_SUBJECTIVITY for w in ("guilty", "secret", "latest", "final"))
    assert {e.text for e in L.loaded_words(plain, max_spans=0)} == {"dreadful"}
    # nor is the first word of a fixed term ("grand jury"), while the word alone still is
    terms = "A grand jury heard of a charitable contribution and an overwhelming vote: a grand, overwhelming show."
    assert [(e.text, e.start) for e in L.loaded_words(terms, max_spans=0)] == [
        ("grand", terms.index("grand,")), ("overwhelming", terms.index("overwhelming show"))]


@pytest.mark.models
def test_loaded_words_with_the_parse_count_only_the_rated_word_class(model: SlantModel) -> None:
    from manysides.nlp.annotate import annotate
    from manysides.records import Article

    text = ("Officials confirmed 40 new cases as the party's base rallied. "
            "The bribe was an outrageous failure and a base act by the agency.")
    assert {"confirmed", "base", "outrageous"} <= {e.text for e in L.loaded_words(text)}  # any use, alone
    art = Article(id="t", source="t.txt", outlet=None, url=None, title=None, byline=None, published=None,
                  language="en", text=text)
    loaded = [e for e in annotate(art).slant.evidence if e.kind == "loaded"]
    # the pipeline's tags: "confirmed" a verb, the first "base" a noun; the adjectives stay
    assert "confirmed" not in {e.text for e in loaded} and "outrageous" in {e.text for e in loaded}
    assert [e.start for e in loaded if e.text == "base"] == [text.index("base act")]


def test_hyperpartisan_reads_the_first_words_only(model: SlantModel) -> None:
    """The hyperpartisan model reads the first `hyper_max_words` words and not the length:
    its evidence lies in them, and padding after them moves the probability only through
    the whole article's slant extremity (here: neutral padding, so hardly at all)."""
    limit = model.meta.get("hyper_max_words")
    if limit is None:
        pytest.skip("artifact without hyper_max_words")
    assert model.hp_style_coef[STYLE_NAMES.index("log_words")] == 0.0
    words = (PARTISAN + " ") * (limit // max(len(PARTISAN.split()), 1) + 2)
    head = " ".join(words.split()[:limit])
    padded = head + "\n\n" + " ".join(["the committee met on the date"] * 400)
    _, hp_head = model.score(head)
    _, hp_padded = model.score(padded)
    assert all(ev.end <= len(head) for ev in hp_padded.evidence)
    assert abs(hp_padded.probability - hp_head.probability) < 0.15


def test_partisan_paragraph_is_more_hyperpartisan_than_wire_copy(model: SlantModel) -> None:
    _, hp_partisan = model.score(PARTISAN)
    _, hp_wire = model.score(WIRE)
    assert hp_partisan.probability > hp_wire.probability + 0.2
    # each verdict's evidence argues for it: towards partisan above one half, away below
    for hp in (hp_partisan, hp_wire):
        sign = 1 if hp.probability >= 0.5 else -1
        assert hp.evidence and all(ev.weight * sign > 0 for ev in hp.evidence)
    assert hp_wire.probability < 0.5 and all(ev.weight < 0 for ev in hp_wire.evidence)
    s_partisan, _ = model.score(PARTISAN)
    s_wire, _ = model.score(WIRE)
    assert abs(s_partisan.score) > abs(s_wire.score)


def test_bad_input_is_a_manysides_error(model: SlantModel) -> None:
    with pytest.raises(InputError):
        model.score(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        model.score_many(["a", "b"], titles=["only one"])
    with pytest.raises(InputError):
        model.score_many(["a", "b"], quotes=[[]])


def test_stripper_removes_outlet_self_references() -> None:
    st = F.OutletStripper(["Fox News", "CNN (Web News)", "Reason", "vox"])
    out = st.strip(
        "WASHINGTON (CNN) — A reason to doubt, Fox News reported, per Vox's count.\n"
        "Follow us on Twitter\nCopyright 2020 Something Inc."
    )
    assert "CNN" not in out and "Fox" not in out and "Vox" not in out
    assert "reason to doubt" in out  # the ordinary word stays
    assert "Follow" not in out and "Copyright" not in out
    assert "fox news" not in " ".join(F.feature_strings(out))


def test_fast_features_match_spanned_tokens() -> None:
    text = "He said: \"far-left\" don’t go (really). The U.S. — and more!\n\nNext para"
    assert sorted(F.feature_strings(text)) == sorted(f for f, _, _ in F.ngrams(F.tokenize(text)))
    for feat, s, e in F.ngrams(F.tokenize(text)):
        if " " not in feat:
            assert text[s:e].lower().replace("’", "'") == feat


# --- quality gates on real data (skip without ../shared/data) -----------------------------


def _allsides_rows() -> list[dict]:
    path = DATA / "allsides" / "articles.jsonl.xz"
    if not path.exists():
        pytest.skip(f"{path} not present (see ../shared/data/README.md)")
    with lzma.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.data
def test_quality_gate_unseen_families(model: SlantModel) -> None:
    """The shipped model was trained without the held-out families of the fixed split;
    on a fixed third of their articles its macro-F1 must stay above the floor."""
    from manysides.nlp.slant_train import CLASSES, family_split, macro_f1

    rows = _allsides_rows()
    _, test = family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    held = [r for r, t in zip(rows, test) if t][::3]
    y = np.array([CLASSES.index(r["leaning"]) for r in held])
    pred = np.array(
        [CLASSES.index(s.label) for s, _ in model.score_many([r["text"] for r in held], [r["title"] for r in held])]
    )
    assert macro_f1(y, pred) >= SLANT_FLOOR


@pytest.mark.data
def test_quality_gate_short_texts_of_unseen_families(model: SlantModel) -> None:
    """Leads (the first 100 words) of held-out families' articles: the short-text offsets
    make fewer of them "right" and label them better than the model without them."""
    from manysides.nlp.slant_train import CLASSES, family_split, first_words, macro_f1

    rows = _allsides_rows()
    _, test = family_split([r["outlet_family"] for r in rows], [r["leaning"] for r in rows])
    held = [r for r, t in zip(rows, test) if t][1::3]
    y = np.array([CLASSES.index(r["leaning"]) for r in held])
    leads = [first_words(r["text"], 100) for r in held]

    def labels() -> np.ndarray:
        return np.array([CLASSES.index(model.score(t, r["title"])[0].label) for t, r in zip(leads, held)])

    with_offsets = labels()
    saved, model._lb_offsets = model._lb_offsets, np.zeros_like(model._lb_offsets)
    try:
        without = labels()
    finally:
        model._lb_offsets = saved
    right = CLASSES.index("right")
    assert np.mean(with_offsets == right) < np.mean(without == right) - 0.05
    assert macro_f1(y, with_offsets) > macro_f1(y, without) + 0.01


@pytest.mark.data
def test_quality_gate_hyperpartisan_cv(model: SlantModel) -> None:
    """5-fold CV of the hyperpartisan recipe on the 645 hand-labelled articles."""
    path = DATA / "hyperpartisan" / "train.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present (see ../shared/data/README.md)")
    from manysides.nlp import slant_train as T

    rows = T.load_jsonl(path)
    texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
    y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
    fit = T.SlantFit(
        vocab=model.meta["vocabulary"], idf=model.idf, coef=model.coef, intercept=model.intercept,
        bias=model.bias, temperature=model.temperature, config=T.SlantConfig(),
    )
    Xt, S, ext = T.hyper_design(texts, fit, model.meta.get("hyper_max_words"))
    d = T.cv_hyper(Xt, S, ext, y, C=model.meta["hyper_C"], n_splits=5,
                   neutral=model.meta.get("hyper_neutral_features", ()))
    assert np.mean((d > 0) == (y == 1)) >= HYPER_FLOOR


# floors a few points under the measured figures (see docs/model-card-slant.md)
SLANT_FLOOR = 0.35  # measured 0.383 on this subset, 0.395 on all held-out families
HYPER_FLOOR = 0.75  # measured 0.791 (10-fold; first 800 words, no length feature)
SOURCING_FLOOR = 0.39  # measured 23/48 = 0.479 (every third BASIL article); 20/48 at 35bb6db, 19/48 since session 41
# (helper A: the Times' "That group of Republicans, Mr. Corker said on Fox, ..." now Corker's, whose party that
# article never tags; the wrong speaker "That group of Republicans" had given it its only side)


@pytest.mark.data
def test_quality_gate_sourcing_finds_party_voices() -> None:
    """On every third BASIL article (US political news, quotes everywhere), the quote
    extractor + party rule must find a party-identified voice in a fair share of them, and
    the evidence must point at the quoted words."""
    path = DATA / "same_event" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present (see ../shared/data/README.md)")
    from manysides.nlp.entities import extract_entities
    from manysides.nlp.models import load_spacy
    from manysides.nlp.quotes import extract_quotes

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    basil = [r for r in rows if r["corpus"] == "basil"][::3]
    nlp = load_spacy()
    sided = 0
    for doc, r in zip(nlp.pipe([r["text"] for r in basil]), basil):
        ents = extract_entities(doc)
        src = sourcing(r["text"], extract_quotes(doc, ents), ents)
        sided += src.balance is not None
        for e in src.evidence:
            assert r["text"][e.start : e.end] == e.text and e.kind == "source"
    assert sided / len(basil) >= SOURCING_FLOOR


def test_phrase_evidence_shows_no_weekday_month_or_title_alone(model: SlantModel) -> None:
    """Review 9: "on Thursday" (-0.91) and "Rep" (+0.60) topped the evidence of two
    articles: house style the model weighs, nothing a reader can check as slant."""
    text = ("Flooding killed nine people in New York on Thursday, officials said on Thursday. "
            "Rep. Liz Cheney was removed on Wednesday morning. Rep. Kevin McCarthy spoke on Friday. "
            "These corrupt Democrats and their fake, disgraceful response were blamed on Friday, the governor "
            "said in January.")
    for title in (None, "Floods on Thursday"):
        slant, hp = model.score(text, title)
        phrases = [e.text for e in slant.evidence + hp.evidence if e.kind == "phrase"]
        assert phrases, "the text moves the score somewhere"
        style = [p for p in phrases if all(w.strip(".").lower() in S._STYLE_WORDS | S._FUNCTION_WORDS
                                           for w in p.split())]
        assert style == [], style


def test_phrase_evidence_shows_no_name_piece_figure_attribution_or_connective(model: SlantModel) -> None:
    """The evidence review (model card, "Evidence a reader can check"): name pieces
    ("President Trump", "Barack"), figure words ("percent", "trillion"), neutral attribution
    ("said the", "told", "reported") and connectives ("though", "Meanwhile", "indeed") made
    about half of the slant phrases shown; the model weighs them, a reader cannot check them."""
    text = ("President Trump said the plan would cost $1 trillion, though 40 percent of voters backed it, "
            "the Journal reported. Meanwhile, President Barack Obama told reporters the bill was indeed "
            "illegal and a dangerous attack on religious freedom. The governor said 12 percent of the money "
            "was wasted years ago, according to the statement, and the lawmakers told him so.")
    slant, hp = model.score(text)
    phrases = [e for e in slant.evidence + hp.evidence if e.kind == "phrase"]
    assert phrases, "the text moves the score somewhere"
    hidden = {"said", "the", "told", "reported", "according", "to", "though", "meanwhile", "indeed", "percent",
              "trillion", "years", "ago", "of", "and", "was", "would"}
    for e in phrases:
        words = [w for w in e.text.replace(",", " ").split() if len(w) >= 3 and w.lower() not in hidden]
        assert words, f"{e.text!r}: only hidden words"
        assert not all(w[:1].isupper() for w in words), f"{e.text!r}: a name piece"


def test_name_word_rule() -> None:
    """Capitalised within a sentence, or at its start before another capitalised word, is a
    name; a sentence's first word otherwise is not; capitals are an acronym unless shouted."""
    text = ("President Trump spoke. Experts said the FBI agreed. Meanwhile, BIDEN IS A PERV. "
            "Good luck, told Cooper.")
    at = {w: text.index(w) for w in ("President", "Trump", "Experts", "FBI", "Meanwhile", "BIDEN", "Good", "Cooper")}
    name = {w: S._name_word(text, s, s + len(w)) for w, s in at.items()}
    assert name == {"President": True, "Trump": True, "Experts": False, "FBI": True, "Meanwhile": False,
                    "BIDEN": False, "Good": False, "Cooper": True}


def test_quoted_phrase_evidence_is_noted(model: SlantModel) -> None:
    """A phrase inside a direct quote is the speaker's wording, not the outlet's: the
    review found "illegal aliens" quoted from the man an article criticised shown as the
    article's own right-leaning wording. Inside a quoted fragment (the outlet's pick of a word
    or a few) it stays, and its note says so; inside a quoted statement it is not shown (review
    15), nor is the statement as a sentence: it still counts in the score."""
    lead = ("Flooding killed nine people in New York on Thursday, officials said on Thursday. "
            "Rep. Liz Cheney was removed on Wednesday morning. Rep. Kevin McCarthy spoke on Friday. ")
    fragment = lead + 'Bannon called the Democrats "corrupt" and their response "fake, disgraceful" on Friday. '
    slant, _ = model.score(fragment)
    phrases = [e for e in slant.evidence if e.kind == "phrase"]
    inside = [e for e in phrases if any(a < e.start and e.end <= b for a, b in L.quoted_regions(fragment))]
    assert inside, [e.text for e in phrases]
    assert all(e.note and "inside a direct quote" in e.note for e in inside)
    assert all(e.note is None for e in phrases if e not in inside)
    statement = lead + 'Bannon said: "These corrupt Democrats and their fake, disgraceful response were blamed." '
    slant, _ = model.score(statement)
    q0 = statement.index('"')
    shown = [e for e in slant.evidence if e.kind in ("phrase", "loaded", "sentence") and e.end > q0]
    assert shown == []
    assert model.score(statement)[0].score == model._score(statement, None, loaded=False)[0].score


@pytest.mark.models
def test_phrase_evidence_shows_loaded_wording_only(model: SlantModel) -> None:
    """Review 11: "page", "base", "rate", "column" were shown as the wording behind a slant
    score. A topic word moves the model, but no reader can check it as slant: a phrase is
    shown only when it holds a word the loaded-wording lexicon rates as loaded, used as the
    word class it rates. (The scores are the same: benchmarks/slant_evidence_classes.py --compare.)"""
    from manysides.nlp.models import load_spacy

    topic = ("Lawmakers approved the proposal after the base rate rose, the column on the front page said. "
             "The page and the column cited the rate. The base of the party voted.")
    loaded = ("Flooding killed nine people in New York on Thursday, officials said on Thursday. "
              "These corrupt Democrats and their fake, disgraceful response were blamed on Friday.")
    for text in (topic, loaded):
        doc = load_spacy()(text)
        tags = {t.idx: t.tag_ for t in doc}
        slant, hp = model.score(text, tags=tags)
        for e in slant.evidence + hp.evidence:
            if e.kind == "phrase":
                assert any(L.rated_loaded(w.lower(), tags.get(e.start + i)) for i, w in _words_at(e.text)), e.text
    shown = lambda text: [e.text for e in model.score(text)[0].evidence if e.kind == "phrase"]  # noqa: E731
    assert not {"page", "base", "rate", "column", "Lawmakers"} & set(shown(topic))
    assert shown(loaded) == ["fake"]


def _words_at(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in S._CASED_WORDS.finditer(text)]


def test_loaded_wording_needs_a_tone_and_no_plain_sense() -> None:
    """Review 11: "vast" and "detailed" were listed as loaded wording. The lexicon rates
    "vast" without a tone (size, like "massive", "necessary") and "detailed" with a plain
    sense ("executed in minute detail", 0.6): neither is a judgement a reader can check."""
    text = "A vast crowd read the detailed plan, a disastrous and corrupt scheme."
    assert L.lexicon()["vast"].subjectivity >= L.MIN_SUBJECTIVITY
    assert L.lexicon()["detailed"].subjectivity >= L.MIN_SUBJECTIVITY
    assert [e.text for e in L.loaded_words(text)] == ["disastrous", "corrupt"]
    assert L.rated_loaded("vast") is None and L.rated_loaded("detailed") is None


def test_words_of_an_embedded_post_are_the_accounts(model: SlantModel) -> None:
    """An embedded post is quoted social content (the quote stage gives it to its account): its
    loaded words and phrases are the account's statement, not shown as the outlet's (session 28;
    before, shown with a note), and listed, noted, with `statements=True`."""
    post = "These corrupt Democrats and their fake news media are a disgrace"
    text = (f"The senator posted on Friday.\n\n{post} pic.twitter.com/abc123 — Jane Roe (@JaneRoe) May 13, 2019"
            "\n\nThe bishops rejected the remarks and said they would keep helping immigrants.")
    assert L.post_regions(text) == [(text.index(post), text.index(post) + len(post))]
    evidence = [e for e in model.score(text)[0].evidence if e.kind in ("phrase", "loaded")]
    assert not [e for e in evidence if e.text in ("corrupt", "fake")]
    noted = [e for e in L.loaded_words(text, statements=True) if e.text in ("corrupt", "fake")]
    assert len(noted) == 2 and all("inside an embedded post" in (e.note or "") for e in noted)


def test_quoted_regions_pair_a_curly_mark_with_a_straight_one() -> None:
    """Review 10: MGM's statement, opened with “ and closed with ", then a second quotation in
    straight marks: "evil" was the outlet's loaded word, and the words between the two
    quotations ("MGM spokeswoman ... said in a statement.") were taken for a quotation."""
    text = ('“The unforeseeable events affected thousands of people," MGM spokeswoman Debra DeShong said in a '
            'statement. "We have focused on those impacted by the despicable act of one evil individual."')
    regions = [text[a:b] for a, b in L.quoted_regions(text)]
    assert regions == ['“The unforeseeable events affected thousands of people,"',
                       '"We have focused on those impacted by the despicable act of one evil individual."']
    notes = {e.text: e.note for e in L.loaded_words(text, max_spans=0, statements=True)}
    assert "inside a direct quote" in notes["evil"]
    # the reverse, and balanced pairs as before; a quote left open to the paragraph's end or
    # marks in two paragraphs make no region
    reverse = 'He called it "a pathetic plan” and walked out.'
    assert [reverse[a:b] for a, b in L.quoted_regions(reverse)] == ['"a pathetic plan”']
    balanced = 'Critics said "it is outrageous" and "a pathetic plan" at once.'
    assert [balanced[a:b] for a, b in L.quoted_regions(balanced)] == ['"it is outrageous"', '"a pathetic plan"']
    assert L.quoted_regions("“It is outrageous and it stays open\n\nThe mayor left.”") == []


def test_plain_uses_of_rated_words_are_not_loaded_wording() -> None:
    """Review 14: "Wall Street didn't hate" a report, "a huge lead", "its worst showing ever", a
    "worst-case scenario" and a "relevant" legal test were listed as loaded wording. The lexicon
    rates a word alone; negated, grading an amount or a change, or in a fixed term, it is used
    plainly, while the same words judging something still count. (Session 46, helper C: "modest" of a plan tells its
    scope, as of an agreement; the control is now "a modest man".)"""
    text = ("Wall Street didn't hate the report. The party took a huge lead, its worst showing ever came, "
            "and modest tax increases were a worst-case scenario; the data were relevant to the case. "
            "It was a huge mistake, a terrible plan of a modest man they hate.")
    assert all(L.rated_loaded(w) for w in ("hate", "huge", "worst", "modest"))
    found = [(e.text, e.start) for e in L.loaded_words(text, max_spans=0, verbs=False)]
    assert found == [("huge", text.index("huge mistake")), ("terrible", text.index("terrible")),
                     ("modest", text.index("modest man")), ("hate", text.index("hate."))]
    # not a denial of something else: "not only", and a "no" far before
    assert [e.text for e in L.loaded_words("It was not only wrong but evil.", verbs=False)] == ["wrong", "evil"]
    # with the parse's word classes the graded noun is the head of the words after the adjective
    servers = "They tapped huge computer servers."
    s = servers.index("huge")
    tags = {s: "JJ", servers.index("computer"): "NN", servers.index("servers"): "NNS"}
    assert not L.plain_use(servers, s, s + 4, "huge", tags)
    cuts = "It backed modest tax cuts."
    s = cuts.index("modest")
    assert L.plain_use(cuts, s, s + 6, "modest", {s: "JJ", cuts.index("tax"): "NN", cuts.index("cuts"): "NNS"})
    showing = "It was its worst showing ever."  # the parse tags "showing" a gerund
    s = showing.index("worst")
    assert L.plain_use(showing, s, s + 5, "worst", {s: "JJS", showing.index("showing"): "VBG"})


def test_phrase_evidence_reads_loaded_wording_as_the_loaded_list_does(model: SlantModel) -> None:
    """Review 14 found 'a huge' (of "a huge lead") and 'hate' (of "didn't hate") among the phrase
    evidence: the phrases' loaded test read the lexicon's rating alone, so it showed words the
    loaded-wording list rules out (plain uses, words too common in news: "important")."""
    lead = "The results gave a huge lead to the party."
    s = lead.index("a huge")
    assert not S._loaded_in(lead, s, s + 6, None, None, model.word_idf)
    mistake = "The results were a huge mistake for the party."
    s = mistake.index("a huge")
    assert S._loaded_in(mistake, s, s + 6, None, None, model.word_idf)
    hate = "Wall Street didn't hate the report."
    s = hate.index("hate")
    assert not S._loaded_in(hate, s, s + 4, None, None, model.word_idf)
    assert L.rated_loaded("important") and (model.word_idf("important") or 9.0) < L.MIN_IDF
    imp = "It is an important vote."
    s = imp.index("important")
    assert not S._loaded_in(imp, s, s + 9, None, None, model.word_idf)
    assert not {"important", "huge"} & {e.text for e in L.loaded_words(imp + " " + lead, idf=model.word_idf)}


def test_a_natural_hazard_graded_or_a_popular_thing_is_no_loaded_wording() -> None:
    """Review 15: a hurricane's "powerful" and "dangerous" and a "popular" resort island were listed as
    loaded wording. An adjective grading a storm, winds or a flood states the weather's force (after
    it, or with the hazard noun before it in the clause); "popular" reports that many like a thing.
    The same words judging people or policy still count."""
    weather = ("Forecasters said the powerful storm would bring dangerous winds and deadly storm surge. "
               "The storm is still extremely dangerous. The popular resort island emptied.")
    assert [e.text for e in L.loaded_words(weather, max_spans=0)] == []
    speeds = "with wind speeds powerful enough"  # the parse's classes: a noun may stand between
    tags = {0: "IN", 5: "NN", 10: "NNS", 17: "JJ", 26: "RB"}
    assert [e.text for e in L.loaded_words(speeds)] == ["powerful"]
    assert L.loaded_words(speeds, tags=tags) == ()
    # (session 42: "a powerful senator" is his standing, as "a powerful ally"; a lobby's power is still judged)
    politics = "A powerful lobby pushed a dangerous and deadly policy. The storm of criticism was brutal."
    assert [e.text for e in L.loaded_words(politics, max_spans=0)] == ["powerful", "dangerous", "deadly", "brutal"]


def test_slant_sentence_evidence_holds_the_outlets_loaded_wording(model: SlantModel) -> None:
    """Review 15: sentences of plain facts ("Kelley enlisted in the U.S. Air Force in 2010.", a state of
    emergency, a photo caption) were shown as the sentences behind a slant score. A slant sentence is
    shown only when it holds loaded wording of the outlet (a loaded word outside a quoted statement or
    reported speech, or a judgement verb of the narration); the scores are the same."""
    text = ("Kelley enlisted in the U.S. Air Force in 2010. The governor issued a state of emergency on Friday. "
            "Officials said the shelters opened at noon. Critics called the disgraceful response a corrupt scheme. "
            "The rally drew illegal aliens and open borders activists.")
    slant, _ = model.score(text)
    shown = [e for e in slant.evidence if e.kind == "sentence"]
    loaded = {e.text for e in L.loaded_words(text, max_spans=0)}
    assert all(any(w in e.text for w in loaded) for e in shown), [e.text for e in shown]
    plain = "Kelley enlisted in the U.S. Air Force in 2010. The governor issued a state of emergency on Friday."
    assert [e for e in model.score(plain)[0].evidence if e.kind == "sentence"] == []
    before = model._score(plain, None)[0]
    assert before.score == model.score(plain)[0].score
