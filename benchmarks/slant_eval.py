"""Slant and hyperpartisan: measured on outlets the model never saw.

    .venv/bin/python benchmarks/slant_eval.py            # everything (~10-20 min on 2 cores)
    .venv/bin/python benchmarks/slant_eval.py --quick    # skip the ablations
    .venv/bin/python benchmarks/slant_eval.py --same-event   # only section 3 and 4 (~1 min)
    .venv/bin/python benchmarks/slant_eval.py --other-splits 4   # the split's luck (~15 min)
    .venv/bin/python benchmarks/slant_eval.py --same-event --src OLD/src   # another checkout's code

1. Slant label on held-out outlet *families* (the fixed split of slant_train.family_split):
   the shipped recipe trained on the other families, next to a majority baseline and a
   plain TF-IDF + logistic regression baseline on the same split, plus ablations of the
   outlet stripper and the outlet-identifier filter. Macro-F1, accuracy, confusion, ECE.
2. Hyperpartisan: 10-fold stratified CV on the 645 SemEval articles; accuracy, P/R/F1, ECE.
3. With the shipped model: how often slant evidence phrases and loaded-wording spans fall on
   BASIL lexical-bias spans (precision) and how many of those spans they find (recall), vs
   random spans of the same lengths, first with the text alone (the scorer called without a parse),
   then as the pipeline shows the evidence (session 34: the annotate stage's parse gives the words'
   classes, quotes and reported speech, sentences and verb roles, as `annotate.with_slant` does; the
   figure a reader of a story meets); right-of-left order in the BASIL and AllSides-roundup
   triplets; scoring speed.
4. One-sided sourcing on the BASIL articles: how many quote a party-identified voice, the
   sourcing balance by outlet leaning, and scoring speed with and without quotes given.

The loaded-wording evidence (kind "loaded") has its own benchmark against the same BASIL
spans, with a tuning and a held-out half: benchmarks/slant_loaded.py.

Since (session 34): section 3 also prints the pipeline's figures ("pipeline (parse)" lines). On main 8fd0c87: loaded
spans 31/110 = 0.282, recall 32/232 (text alone 37/200 = 0.185, 38/232); with ANNOTATOR_VERSION 77's rules 31/105 =
0.295 (text alone 37/195 = 0.190); slant phrases 9/34 -> 9/33 (text alone 12/68 -> 12/67); orders, profiles and
sourcing unchanged.

Since (session 36, ANNOTATOR_VERSION 86: a plain "insist", "an affirmative vote", a rated adjective heading a noun
phrase or, text alone, used as a verb, a feeling said of someone, a question asked, a critic's reason for a verb;
before = main 3111dd5): pipeline loaded spans 31/105 = 0.295 -> 31/92 = 0.337, recall 32/232 unchanged (unquoted
28/105 -> 28/92); text alone 37/194 = 0.191 -> 37/154 = 0.240, recall 38/232 unchanged; slant phrases 9/33 -> 9/31
(text alone 12/67 -> 12/65), hyperpartisan 3/23 -> 3/20 (5/42 -> 5/40); triplets, profiles and sourcing unchanged.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# --src OLD/src measures another checkout's code with this benchmark (read before the imports)
SRC = Path(sys.argv[sys.argv.index("--src") + 1]).resolve() if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _basil import lex_spans  # noqa: E402
from manysides.nlp import slant_train as T  # noqa: E402
from manysides.nlp.slant import SlantModel  # noqa: E402
from manysides.nlp.slant_features import OutletStripper  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def ece(conf: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width confidence bins."""
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs(conf[m].mean() - correct[m].mean())
    return float(total)


def report_labels(name: str, y: np.ndarray, pred: np.ndarray, conf: np.ndarray | None) -> None:
    acc = float(np.mean(pred == y))
    line = f"{name:44s} macro-F1 {T.macro_f1(y, pred):.3f}  accuracy {acc:.3f}"
    if conf is not None:
        line += f"  ECE {ece(conf, pred == y):.3f}"
    print(line)


def confusion(y: np.ndarray, pred: np.ndarray) -> None:
    print("  confusion (rows = outlet label, columns = predicted):")
    print("            " + "".join(f"{c:>8s}" for c in T.CLASSES) + "    recall")
    for i, c in enumerate(T.CLASSES):
        row = [int(np.sum((y == i) & (pred == j))) for j in range(3)]
        rec = row[i] / max(sum(row), 1)
        print(f"    {c:8s}" + "".join(f"{v:8d}" for v in row) + f"    {rec:.3f}")


def slant_split(quick: bool) -> None:
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    tr, te = T.family_split(fam, [r["leaning"] for r in rows])
    print(f"\n== Slant on unseen outlet families: train {tr.sum()} articles / "
          f"{len(set(fam[tr]))} families, test {te.sum()} articles / {len(set(fam[te]))} families")
    print("   test classes: " + ", ".join(f"{c} {int(np.sum(y[te] == i))}" for i, c in enumerate(T.CLASSES)))

    t0 = time.time()
    stripper = OutletStripper(T.outlet_names([r for r, k in zip(rows, tr) if k]))
    Xs, vs = T.count_matrix(T.stripped_texts(rows, stripper), min_df=3)
    Xr, vr = T.count_matrix(T.stripped_texts(rows, None), min_df=3)
    print(f"   (features counted in {time.time() - t0:.0f} s)")
    vis, vir = {t: i for i, t in enumerate(vs)}, {t: i for i, t in enumerate(vr)}

    major = np.bincount(y[tr]).argmax()
    report_labels("majority class (of the training families)", y[te], np.full(te.sum(), major), None)

    plain = T.SlantConfig(strip_outlets=False, min_families=1, max_concentration=1.0,
                          family_power=0.0, C=1.0, max_features=10**7)
    f = T.fit_slant_core(Xr[tr], vr, y[tr], fam[tr], plain)
    lg = T.slant_logits(f, Xr[te], vir)
    report_labels("plain TF-IDF + logistic regression", y[te], lg.argmax(1), T.softmax(lg).max(1))

    if not quick:
        ablations = [
            ("raw text, family weights + min families", Xr, vr, vir,
             T.SlantConfig(strip_outlets=False, max_concentration=1.0)),
            ("+ outlet stripper", Xs, vs, vis, T.SlantConfig(max_concentration=1.0)),
            ("+ stripper + identifier filter (no bias)", Xs, vs, vis, T.SlantConfig()),
        ]
        for name, X, v, vi, cfg in ablations:
            f = T.fit_slant_core(X[tr], v, y[tr], fam[tr], cfg)
            lg = T.slant_logits(f, X[te], vi)
            report_labels(name, y[te], lg.argmax(1), T.softmax(lg).max(1))

    t1 = time.time()
    fit, info = T.fit_slant(Xs[tr], vs, y[tr], fam[tr], T.SlantConfig())
    lg = T.slant_logits(fit, Xs[te], vis) + fit.bias
    p = T.softmax(lg / fit.temperature)
    pred = lg.argmax(1)
    report_labels("manysides slant (shipped recipe)", y[te], pred, p.max(1))
    print(f"   (trained in {time.time() - t1:.0f} s; inner family-CV macro-F1 "
          f"{info['inner_cv_macro_f1_tuned']:.3f}; bias {np.round(fit.bias, 2).tolist()}, "
          f"temperature {fit.temperature:.2f})")
    confusion(y[te], pred)
    fams_te = fam[te]
    per_fam = [(np.mean(pred[fams_te == g] == y[te][fams_te == g])) for g in np.unique(fams_te)]
    print(f"   family-averaged accuracy (each test family weighs the same): {np.mean(per_fam):.3f}")
    score = p[:, 2] - p[:, 0]
    for i, c in enumerate(T.CLASSES):
        print(f"   mean score of {c:6s} test articles: {score[y[te] == i].mean():+.3f}")
    return fit


def other_splits(n: int) -> None:
    """The shipped recipe and the plain baseline on `n` further family splits drawn by the
    same composition rule (seeds after the fixed one's): how much the held-out figure
    depends on which families happen to be held out."""
    rows = T.load_allsides(DATA / "allsides" / "articles.jsonl.xz")
    fam = np.array([r["outlet_family"] for r in rows])
    y = np.array([T.CLASSES.index(r["leaning"]) for r in rows])
    plain = T.SlantConfig(strip_outlets=False, min_families=1, max_concentration=1.0,
                          family_power=0.0, C=1.0, max_features=10**7)
    Xr, vr = T.count_matrix(T.stripped_texts(rows, None), min_df=3)
    vir = {t: i for i, t in enumerate(vr)}
    print(f"\n== Slant on {n} further splits of the families (same rule, seeds {T.SEED + 1000}...)")
    ours, base = [], []
    for k in range(n):
        tr, te = T.family_split(fam, [r["leaning"] for r in rows], seed=T.SEED + 1000 * (k + 1))
        stripper = OutletStripper(T.outlet_names([r for r, keep in zip(rows, tr) if keep]))
        Xs, vs = T.count_matrix(T.stripped_texts(rows, stripper), min_df=3)
        vis = {t: i for i, t in enumerate(vs)}
        f = T.fit_slant_core(Xr[tr], vr, y[tr], fam[tr], plain)
        bpred = T.slant_logits(f, Xr[te], vir).argmax(1)
        fit, _ = T.fit_slant(Xs[tr], vs, y[tr], fam[tr], T.SlantConfig())
        pred = (T.slant_logits(fit, Xs[te], vis) + fit.bias).argmax(1)
        ours.append(T.macro_f1(y[te], pred))
        base.append(T.macro_f1(y[te], bpred))
        print(f"   split {k + 1}: test {te.sum()} articles / {len(set(fam[te]))} families  "
              f"manysides macro-F1 {ours[-1]:.3f} accuracy {np.mean(pred == y[te]):.3f}   "
              f"plain TF-IDF + LR macro-F1 {base[-1]:.3f} accuracy {np.mean(bpred == y[te]):.3f}", flush=True)
    print(f"   mean over these splits: manysides {np.mean(ours):.3f} (range {min(ours):.3f}-{max(ours):.3f}), "
          f"plain TF-IDF + LR {np.mean(base):.3f} (range {min(base):.3f}-{max(base):.3f})")


def hyperpartisan(slant_fit) -> None:
    rows = T.load_jsonl(DATA / "hyperpartisan" / "train.jsonl")
    texts = [T.article_text(r.get("title"), r.get("text") or "") for r in rows]
    y = np.array([1 if r["hyperpartisan"] else 0 for r in rows])
    Xt, S, ext = T.hyper_design(texts, slant_fit)
    from sklearn.model_selection import StratifiedKFold

    d = T.cv_hyper(Xt, S, ext, y, C=T.HYPER_C)  # the shipped recipe (first words, neutral log_words)
    # cross-fitted Platt: each fold's probabilities come from a calibrator fitted on the others
    prob = np.zeros(len(y))
    for tr, te in StratifiedKFold(10, shuffle=True, random_state=T.SEED).split(d, y):
        a, b = T.fit_platt(d[tr], y[tr])
        prob[te] = 1 / (1 + np.exp(-(a * d[te] + b)))
    pred = (prob >= 0.5).astype(int)
    tp = np.sum((pred == 1) & (y == 1))
    prec = tp / max(pred.sum(), 1)
    rec = tp / max(y.sum(), 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    conf = np.where(pred == 1, prob, 1 - prob)
    print(f"\n== Hyperpartisan, 10-fold stratified CV on {len(y)} articles (seed {T.SEED})")
    print(f"   accuracy {np.mean(pred == y):.3f}  precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}  "
          f"ECE {ece(conf, pred == y):.3f}")
    print("   published best on the SemEval-2019 test set: accuracy 0.822, F1 0.809-0.821")


def scores_by_event(arts: list[dict], scores) -> tuple[dict, dict]:
    """event -> leaning -> the scores of its articles; event -> its corpus."""
    by_event: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    corpus = {}
    for a, score in zip(arts, scores):
        by_event[a["event"]][a["leaning"]].append(float(score))
        corpus[a["event"]] = a["corpus"]
    return by_event, corpus


def triplet_order(by_event: dict, corpus: dict, name: str) -> tuple[int, int]:
    """(events of corpus `name` whose right article is scored right of every left or
    lean-left one, events with both)."""
    ok = n = 0
    for ev, groups in by_event.items():
        if corpus[ev] != name or not groups.get("right"):
            continue
        lefts = groups.get("left", []) + groups.get("lean left", [])
        if lefts:
            n += 1
            ok += all(r > max(lefts) for r in groups["right"])
    return ok, n


def same_event(model: SlantModel) -> None:
    arts = T.load_jsonl(DATA / "same_event" / "articles.jsonl")
    t0 = time.time()
    scored = model.score_many([a["text"] for a in arts], [a.get("title") for a in arts])
    dt = time.time() - t0
    print(f"\n== Shipped model on same_event ({len(arts)} articles; its outlets were in training)")
    print(f"   scoring speed: {len(arts) / dt:.0f} articles/s "
          f"(mean {np.mean([len(a['text']) for a in arts]):.0f} characters)")
    by_event, corpus = scores_by_event(arts, [s.score for s, _ in scored])
    for name in ("basil", "allsides-roundup"):
        for left_kind in ("left", "lean left", "center"):
            wins = n = 0
            for ev, groups in by_event.items():
                if corpus[ev] != name or not groups.get("right") or not groups.get(left_kind):
                    continue
                for r in groups["right"]:
                    for lft in groups[left_kind]:
                        n += 1
                        wins += r > lft
            if n:
                print(f"   {name:17s} right article scored right of the {left_kind:9s} one: "
                      f"{wins}/{n} = {wins / n:.3f}")
    for name in ("basil", "allsides-roundup"):
        ok, n = triplet_order(by_event, corpus, name)
        print(f"   {name:17s} triplets where the right outlet is right of every left one: {ok}/{n} = {ok / n:.3f}")
    outlet_profiles(arts, scored)
    parsed = parse_basil(arts)
    basil_spans(model, arts, parsed)
    sourcing_by_leaning(arts, model, parsed)


def parse_basil(arts: list[dict]) -> dict:
    """id -> the annotate stage's reading of each BASIL article (parsed once, read by sections 3 and 4): its
    annotation (quotes, entities, sentences), the words' classes (token start -> spaCy's tag) and the judgement
    verbs' roles, what `annotate.with_slant` gives `SlantModel.score` in the pipeline; "seconds" = the parse's time."""
    from manysides.nlp.annotate import annotate_doc
    from manysides.nlp.models import load_spacy
    from manysides.nlp.slant_verbs import verb_roles

    basil = [a for a in arts if a["corpus"] == "basil"]
    t0 = time.time()
    out: dict = {}
    for doc, a in zip(load_spacy().pipe([a["text"] for a in basil], batch_size=16), basil):
        out[a["id"]] = (annotate_doc(a["id"], doc), {t.idx: t.tag_ for t in doc}, verb_roles(doc))
    out["seconds"] = time.time() - t0
    return out


def outlet_profiles(arts: list[dict], scored: list) -> None:
    """What `manysides outlets` would show for BASIL's three outlets (and the roundups' by
    leaning): mean score with a 95% t interval and the labels, so a profile on the wrong
    side of zero is seen here before a user meets it."""
    from scipy import stats

    groups: dict[tuple[str, str], list] = defaultdict(list)
    for a, (s, _) in zip(arts, scored):
        key = a["outlet"] if a["corpus"] == "basil" else f"roundup outlets, {a['leaning']}"
        groups[(a["corpus"], key)].append(s)
    print("   profiles (mean score, 95% interval; labels left/center/right):")
    for (corpus, key), ss in sorted(groups.items()):
        x = np.array([s.score for s in ss])
        half = stats.t.ppf(0.975, len(x) - 1) * x.std(ddof=1) / np.sqrt(len(x))
        labels = Counter(s.label for s in ss)
        print(f"     {key:32s} n={len(x):3d} mean {x.mean():+.3f} [{x.mean() - half:+.3f}, {x.mean() + half:+.3f}]  "
              f"{labels['left']}/{labels['center']}/{labels['right']}")


def sourcing_by_leaning(arts: list[dict], model: SlantModel | None = None, parsed: dict | None = None) -> None:
    """One-sided-sourcing evidence on the BASIL articles (the annotate stage's quotes, direct
    and reported, + party labels at a mention): how many articles quote a party-identified voice, the mean sourcing balance
    per outlet leaning, and whether the right outlet's article is more Republican-sourced
    than the left ones of its event. It is evidence shown beside the score; this checks
    whether it would also be a slant signal."""
    from manysides.nlp.slant_sourcing import sourcing

    basil = [a for a in arts if a["corpus"] == "basil"]
    parsed = parsed or parse_basil(arts)
    res = {}
    quoted = []
    for a in basil:
        ann = parsed[a["id"]][0]  # the quotes the pipeline gives: direct and reported
        ents, quotes = ann.entities, ann.quotes
        quoted.append((a, quotes, ents))
        res[a["id"]] = sourcing(a["text"], quotes, ents)
    print(f"\n== One-sided sourcing on {len(basil)} BASIL articles (parsed in {parsed['seconds']:.0f} s)")
    if model is not None:
        for name, kw in (("without", lambda q, e: {}), ("with", lambda q, e: {"quotes": q, "entities": e})):
            t1 = time.time()
            for a, q, e in quoted:
                model.score(a["text"], a.get("title"), **kw(q, e))
            print(f"   scoring speed {name} quotes given: {len(quoted) / (time.time() - t1):.0f} articles/s "
                  f"(mean {np.mean([len(a['text']) for a, _, _ in quoted]):.0f} characters)")
    for lean in ("left", "lean left", "right"):
        group = [res[a["id"]] for a in basil if a["leaning"] == lean]
        bal = [r.balance for r in group if r.balance is not None]
        print(f"   {lean:9s}: {len(bal)}/{len(group)} quote a party-identified voice; one-sided "
              f"{np.mean([r.one_sided for r in group]):.2f}; mean balance {np.mean(bal):+.3f} (+1 = only Republicans)")
    by_event: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for a in basil:
        by_event[a["event"]][a["leaning"]].append(res[a["id"]].balance)
    n = wins = ties = 0
    for groups in by_event.values():
        for r in groups.get("right", []):
            for lft in groups.get("left", []) + groups.get("lean left", []):
                if r is None or lft is None:
                    continue
                n += 1
                wins += r > lft
                ties += r == lft
    print(f"   pairs with both sided: {n}; right article more Republican-sourced in {wins}, ties {ties}")


def basil_spans(model: SlantModel, arts: list[dict], parsed: dict | None = None, repeats: int = 20) -> None:
    """Share of slant evidence phrases overlapping an annotated lexical-bias span (precision),
    and of those spans overlapped by a phrase (recall), vs random spans of the same lengths
    in the same article; the same for the loaded-wording spans (kind "loaded", the scorer
    called alone: no word classes), and for them against the spans outside quotations alone
    (the outlet's own wording, which the evidence is meant to find; session 28).

    With `parsed` (`parse_basil`), the same figures as the pipeline shows the evidence (session 34): the scorer is
    given what the annotate stage gives it (`annotate.with_slant`: quotes and their reported speech, entities,
    sentences, the words' classes, the judgement verbs' roles), so a word used as a verb or noun the lexicon does not
    rate, or a speaker's reported words, is not listed. These are the figures a reader of a story meets; the
    text-alone lines above them are kept (they are what sessions before 34 reported)."""
    ann = {a["id"]: a for a in T.load_jsonl(DATA / "same_event" / "basil_annotations.jsonl")}
    rng = np.random.default_rng(T.SEED)
    # evidence spans, hits, random hits; annotated spans, found, found at random
    names = {
        "slant": "slant evidence phrases",
        "hyperpartisan": "hyperpartisan evidence phrases",
        "loaded": "loaded-wording spans",
        "loaded, unquoted spans": "loaded-wording spans (unquoted BASIL spans only)",
        "pipeline slant": "pipeline (parse): slant evidence phrases",
        "pipeline hyperpartisan": "pipeline (parse): hyperpartisan evidence phrases",
        "pipeline loaded": "pipeline (parse): loaded-wording spans",
        "pipeline loaded, unquoted spans": "pipeline (parse): loaded-wording spans (unquoted BASIL spans only)",
    }
    counts = {k: [0, 0, 0.0, 0, 0, 0.0] for k in names if parsed or not k.startswith("pipeline")}
    rng_unquoted = np.random.default_rng(T.SEED)  # its own draws: the other lines' random figures stay as they were
    rng_pipe = {k: np.random.default_rng(T.SEED) for k in names if k.startswith("pipeline")}  # theirs too
    n_art = 0
    for a in arts:
        if a["id"] not in ann:
            continue
        text = a["text"]
        flagged = lex_spans(text, ann[a["id"]]["spans"])
        lex = [(start, end) for start, end, _ in flagged]
        if not lex:
            continue
        own = [(start, end) for start, end, quoted in flagged if not quoted]
        n_art += 1
        slant, hp = model.phrase_evidence(text)
        loaded = [e for e in model.score(text, a.get("title"))[0].evidence if e.kind == "loaded"]
        lines = [("slant", slant, lex, rng), ("hyperpartisan", hp, lex, rng),
                 ("loaded", loaded, lex, rng), ("loaded, unquoted spans", loaded, own, rng_unquoted)]
        if parsed:
            an, tags, roles = parsed[a["id"]]
            ps, ph = model.score(text, a.get("title"), quotes=an.quotes, entities=an.entities, sentences=an.sentences,
                                 tags=tags, roles=roles)
            p_loaded = [e for e in ps.evidence if e.kind == "loaded"]
            lines += [(name, ev, spans, rng_pipe[name]) for name, ev, spans in (
                ("pipeline slant", [e for e in ps.evidence if e.kind == "phrase"], lex),
                ("pipeline hyperpartisan", [e for e in ph.evidence if e.kind == "phrase"], lex),
                ("pipeline loaded", p_loaded, lex), ("pipeline loaded, unquoted spans", p_loaded, own))]
        for name, ev, spans, draw in lines:
            c = counts[name]
            found: set[int] = set()
            at_random: list[set[int]] = [set() for _ in range(repeats)]
            for e in ev:
                c[0] += 1
                hit = {i for i, (ls, le) in enumerate(spans) if e.start < le and ls < e.end}
                c[1] += bool(hit)
                found |= hit
                for r in range(repeats):
                    L = e.end - e.start
                    s0 = int(draw.integers(0, max(len(text) - L, 1)))
                    got = {i for i, (ls, le) in enumerate(spans) if s0 < le and ls < s0 + L}
                    c[2] += bool(got) / repeats
                    at_random[r] |= got
            c[3] += len(spans)
            c[4] += len(found)
            c[5] += sum(len(x) for x in at_random) / repeats
    print(f"   BASIL: {n_art} articles with lexical-bias spans found")
    for name, (tot, hits, rhits, n_lex, found, rfound) in counts.items():
        if name == "pipeline slant":
            print("   as the pipeline shows the evidence (the annotate stage's parse: word classes, quotes and "
                  "reported speech, sentences, verb roles):")
        print(f"   {names[name]} on a lexical-bias span: precision {hits}/{tot} = {hits / max(tot, 1):.3f}, "
              f"recall {found}/{n_lex} = {found / max(n_lex, 1):.3f}  "
              f"(random spans of the same lengths: {rhits / max(tot, 1):.3f}, {rfound / max(n_lex, 1):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the ablations")
    ap.add_argument("--same-event", action="store_true",
                    help="only the shipped model on same_event: orders, evidence overlap, sourcing (~1 min)")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the manysides source folder to measure")
    ap.add_argument("--other-splits", type=int, default=0, metavar="N",
                    help="only: the recipe and the plain baseline on N further family splits (~4 min each)")
    args = ap.parse_args()
    if not (DATA / "allsides" / "articles.jsonl.xz").exists():
        sys.exit(f"missing {DATA}/allsides: see ../shared/data/README.md")
    print(f"code: {SRC}")
    if args.same_event:
        same_event(SlantModel.load())
        return
    if args.other_splits:
        other_splits(args.other_splits)
        return
    fit = slant_split(args.quick)
    hyperpartisan(fit)
    same_event(SlantModel.load())


if __name__ == "__main__":
    main()
