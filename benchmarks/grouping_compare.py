"""Grouping quality and cost side by side: manysides, a TF-IDF baseline, and BERTopic.

    nice -n 10 .venv/bin/python benchmarks/grouping_compare.py
    nice -n 10 .venv/bin/python benchmarks/grouping_compare.py --skip-bertopic --incremental

Datasets (../shared/data):
* same_event/articles.jsonl (994 articles, 332 gold events): B-cubed P/R/F1, pairwise F1,
  number of stories; with the articles' dates and with dates removed (content alone); on
  the test half (events split by a seeded hash; settings come from the dev half, see
  grouping_same_event.py --tune) and on the full set; and with 1,000 unrelated allsides
  articles mixed in.
* googlenews/TS.jsonl (11,109 short texts, 152 clusters): clustering accuracy (best
  one-to-one map of clusters, Hungarian) and NMI. Undated: content alone.

Both tools get the same precomputed embeddings (manysides' headline+lead MiniLM vectors,
cached under /tmp/manysides-bench-cache). BERTopic runs with its defaults (UMAP + HDBSCAN,
min_topic_size=10); its outliers (topic -1) count as singletons. Each run happens in a
fresh subprocess that loads the cached vectors, so wall time and peak memory (the rise of
the process's peak RSS over what it held after imports) are measured the same way for both.
Needs `pip install -e .[bench]` for BERTopic.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import grouping_same_event as se  # noqa: E402
from _memory import reset_peak, status_mb  # noqa: E402

GOOGLENEWS = se.DATA / "googlenews" / "TS.jsonl"


# -- data -------------------------------------------------------------------------------


def load_googlenews() -> list[dict]:
    with open(GOOGLENEWS, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for i, r in enumerate(rows):
        r["id"] = f"gn-{i}"
        r["event"] = str(r["cluster"])
        r["title"] = ""
        r["date"] = None
    return rows


def dataset(name: str) -> tuple[list[dict], np.ndarray]:
    """Rows (id, event, title, text, date) and their cached vectors."""
    if name == "googlenews":
        rows = load_googlenews()
    elif name == "same_event":
        rows = se.load_same_event()
    elif name == "mixed":
        rows = se.load_same_event() + se.load_distractors(1000)
    else:
        raise SystemExit(f"unknown dataset {name}")
    if name == "mixed":
        a = se.vectors_for(rows[:994])[0]
        b = se.vectors_for(rows[994:])[0]
        return rows, np.vstack([a, b])
    return rows, se.vectors_for(rows)[0]


def part_of(rows: list[dict], part: str) -> list[int]:
    if part == "full":
        return list(range(len(rows)))
    want_dev = part == "dev"
    return [i for i, r in enumerate(rows) if se.is_dev(r["event"]) == want_dev]


# -- scores -----------------------------------------------------------------------------


def hungarian_accuracy(pred: dict, gold: dict) -> float:
    from scipy.optimize import linear_sum_assignment

    ids = list(gold)
    ps = sorted({pred[i] for i in ids}, key=str)
    gs = sorted({gold[i] for i in ids}, key=str)
    pi = {p: k for k, p in enumerate(ps)}
    gi = {g: k for k, g in enumerate(gs)}
    m = np.zeros((len(ps), len(gs)), dtype=np.int64)
    for i in ids:
        m[pi[pred[i]], gi[gold[i]]] += 1
    r, c = linear_sum_assignment(-m)
    return float(m[r, c].sum()) / len(ids)


def nmi(pred: dict, gold: dict) -> float:
    from sklearn.metrics import normalized_mutual_info_score

    ids = list(gold)
    return float(normalized_mutual_info_score([str(gold[i]) for i in ids], [str(pred[i]) for i in ids]))


# -- the worker (one tool, one dataset part, in its own process) --------------------------


def worker(tool: str, name: str, part: str, dated: bool, out: str) -> None:
    rows, vecs = dataset(name)
    idx = part_of(rows, part)
    rows = [rows[i] for i in idx]
    vecs = vecs[idx]
    if tool.startswith("bertopic"):
        from bertopic import BERTopic  # noqa: F401  (import cost outside the measurement)
    else:
        from manysides.stories.grouping import group  # noqa: F401
        from manysides.stories.incremental import group_incrementally  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401
    reset_peak()
    base = status_mb("VmRSS")
    t0 = time.perf_counter()
    if tool.startswith("bertopic"):
        from bertopic import BERTopic

        docs = [f"{r.get('title') or ''} {r.get('text') or ''}".strip() for r in rows]
        # defaults, or (bertopic-small) its smallest topic size, as events are small
        model = BERTopic(min_topic_size=2) if tool == "bertopic-small" else BERTopic()
        topics, _ = model.fit_transform(docs, embeddings=vecs)
        pred = {r["id"]: (f"t{t}" if t != -1 else f"out-{r['id']}") for r, t in zip(rows, topics)}
    elif tool == "manysides-devtuned":
        # short lower-cased snippets are not news articles: pick the content-only bar and
        # the dense weight on the dev clusters, then group the test clusters (reported)
        from manysides.stories.grouping import group
        from manysides.stories.metrics import bcubed

        every, allv = dataset(name)
        dev = part_of(every, "dev")
        dev_rows, dev_vecs = [every[i] for i in dev], allv[dev]
        dev_items = se.items_for(dev_rows, dev_vecs, dated)
        dev_gold = {r["id"]: r["event"] for r in dev_rows}
        best, best_f1 = {}, -1.0
        # a small grid: lower bars keep so many pairs of short snippets that a run takes minutes
        for w in (0.4, 1.0):
            for t in (0.3, 0.35, 0.4):
                cfg = {"dense_weight": w, "undated_threshold": t, "threshold": min(t, 0.22)}
                f1 = bcubed(group(dev_items, **cfg), dev_gold).f1
                if f1 > best_f1:
                    best, best_f1 = cfg, f1
        print(f"  picked on the dev clusters: {best} (dev B3 F1 {best_f1:.3f})", file=sys.stderr)
        reset_peak()
        base = status_mb("VmRSS")
        t0 = time.perf_counter()
        pred = group(se.items_for(rows, vecs, dated), **best)
    elif tool == "baseline":
        pred = se.baseline(rows, dated, 0.125 if dated else 0.225)
    else:
        items = se.items_for(rows, vecs, dated)
        if tool == "manysides-incremental":
            from manysides.stories.incremental import group_incrementally

            order = sorted(range(len(items)), key=lambda i: (str(rows[i].get("date") or ""), rows[i]["id"]))
            batches = [[items[i] for i in order[k:k + 50]] for k in range(0, len(order), 50)]
            pred = group_incrementally(batches)
        else:
            from manysides.stories.grouping import group

            pred = group(items)
    secs = time.perf_counter() - t0
    peak = status_mb("VmHWM")
    with open(out, "w") as f:
        json.dump({"pred": pred, "secs": secs, "peak_mb": peak, "delta_mb": peak - base}, f)


def run(tool: str, name: str, part: str, dated: bool) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        path = tmp.name
    cmd = [sys.executable, __file__, "--worker", tool, name, part, "1" if dated else "0", path]
    subprocess.run(cmd, check=True, env={**os.environ, "TOKENIZERS_PARALLELISM": "false"})
    with open(path) as f:
        res = json.load(f)
    os.unlink(path)
    return res


# -- the report -------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", nargs=5, metavar=("TOOL", "DATA", "PART", "DATED", "OUT"))
    ap.add_argument("--skip-bertopic", action="store_true")
    ap.add_argument("--tools", nargs="*", help="run only these: manysides, manysides-incremental, "
                    "baseline, bertopic, bertopic-small (BERTopic with min_topic_size=2)")
    ap.add_argument("--incremental", action="store_true",
                    help="also run manysides incrementally (batches of 50 in date order, through the ANN index)")
    ap.add_argument("--datasets", nargs="*", default=["same_event", "mixed", "googlenews"])
    ap.add_argument("--googlenews-parts", nargs="*", default=["test", "full"],
                    help="googlenews halves to report (clusters split by a seeded hash; "
                    "manysides-devtuned picks its settings on the dev half)")
    args = ap.parse_args()
    if args.worker:
        tool, name, part, dated, out = args.worker
        worker(tool, name, part, dated == "1", out)
        return 0
    if not se.SAME_EVENT.exists():
        print("skipped: ../shared/data not found")
        return 0
    tools = ["manysides"] + (["manysides-incremental"] if args.incremental else []) + ["baseline"]
    if not args.skip_bertopic:
        try:
            import bertopic  # noqa: F401
            tools.append("bertopic")
        except ImportError:
            print("BERTopic not installed (pip install -e .[bench]); skipping it")
    if args.tools:
        tools = args.tools

    # embed once in this process (cached), so workers only load; only the datasets asked for
    # (GoogleNews' 11k snippets take many minutes to embed on a loaded machine)
    for name in ["same_event"] + [d for d in ("mixed", "googlenews") if d in args.datasets]:
        t0 = time.perf_counter()
        dataset(name)
        if time.perf_counter() - t0 > 5:
            print(f"embedded {name} in {time.perf_counter() - t0:.0f}s (cached now)")

    rows, _ = dataset("same_event")
    gold = {r["id"]: r["event"] for r in rows}
    if "same_event" in args.datasets:
        same_event_table(rows, gold, tools)
    if "mixed" in args.datasets:
        mixed_table(rows, tools)
    if "googlenews" in args.datasets:
        googlenews_table(tools, args.googlenews_parts)
    return 0


def same_event_table(rows, gold, tools) -> None:
    tools = [t for t in tools if t != "manysides-devtuned"]  # a googlenews-only variant
    print("\n== same_event (994 articles, 332 events): B-cubed, pairwise F1, stories; "
          "time and peak memory of grouping alone")
    print(f"{'tool':22s} {'dates':5s} {'part':5s} {'B3 P':>6s} {'B3 R':>6s} {'B3 F1':>6s} {'pairF1':>6s} "
          f"{'stories':>12s} {'secs':>7s} {'peakMB':>7s} {'+MB':>6s}")
    for dated in (True, False):
        for part in ("test", "full"):
            ids = [rows[i]["id"] for i in part_of(rows, part)]
            for tool in tools:
                if tool.startswith("bertopic") and not dated:
                    continue  # BERTopic never sees dates: its figures are the same
                res = run(tool, "same_event", part, dated)
                s = se.score(res["pred"], gold, ids)
                print(f"{tool:22s} {'yes' if dated else 'no':5s} {part:5s} {s['P']:6.3f} {s['R']:6.3f} "
                      f"{s['F1']:6.3f} {s['pairF1']:6.3f} {s['stories']:5d} ({s['gold']:4d}) "
                      f"{res['secs']:7.2f} {res['peak_mb']:7.0f} {res['delta_mb']:6.0f}", flush=True)



def mixed_table(rows, tools) -> None:
    tools = [t for t in tools if t != "manysides-devtuned"]
    mrows, _ = dataset("mixed")
    mgold = {r["id"]: r["event"] for r in mrows}
    extra = [r for r in mrows if r["id"].startswith("distractor-")]
    print("\n== same_event + 1,000 unrelated allsides articles (each its own gold story)")
    for dated in (True, False):
        for tool in [t for t in tools if t != "baseline"]:
            if tool.startswith("bertopic") and not dated:
                continue
            res = run(tool, "mixed", "full", dated)
            pred = res["pred"]
            s = se.score(pred, mgold, list(mgold))
            size = Counter(pred.values())
            with_extra = {pred[r["id"]] for r in extra}
            joined = sum(1 for r in rows if pred[r["id"]] in with_extra)
            pulled = sum(1 for r in extra if size[pred[r["id"]]] > 1)
            print(f"{tool:22s} dates={'yes' if dated else 'no ':3s} {se.fmt(s)}  "
                  f"same_event articles with a distractor {joined}/994, distractors not alone "
                  f"{pulled}/{len(extra)}  {res['secs']:.2f}s", flush=True)


def googlenews_table(tools, parts) -> None:
    grows, _ = dataset("googlenews")
    print("\n== googlenews TS (11,109 short texts, 152 clusters; best published accuracy 89.8, SCCL)")
    for part in parts:
        ggold = {grows[i]["id"]: grows[i]["event"] for i in part_of(grows, part)}
        for tool in [t for t in tools if t != "manysides-incremental"]:
            if tool == "manysides-devtuned" and part != "test":
                continue
            res = run(tool, "googlenews", part, False)
            pred = res["pred"]
            print(f"{tool:22s} {part:5s} accuracy={100 * hungarian_accuracy(pred, ggold):5.1f} "
                  f"NMI={100 * nmi(pred, ggold):5.1f} clusters={len(set(pred.values()))} "
                  f"(gold {len(set(ggold.values()))})  {res['secs']:.2f}s peak {res['peak_mb']:.0f} MB "
                  f"(+{res['delta_mb']:.0f})", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
