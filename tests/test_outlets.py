"""Outlet profiles: per-outlet summaries of article-level slant, from a store built by hand."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from typer.testing import CliRunner

from manysides.cli import app
from manysides.outlets import OutletProfile, outlet_profiles, outlet_profiles_frame
from manysides.records import Annotation, Article, Hyperpartisan, Slant
from manysides.store import Store


def _put(store: Store, aid: str, outlet: str | None, score: float | None, hp: float | None = None,
         duplicate_of: str | None = None, leaning: str | None = None) -> None:
    art = Article(
        id=aid, source=f"{aid}.txt", outlet=outlet, url=None, title=f"T {aid}", byline=None,
        published="2024-01-01", language="en", text=f"Text of {aid}.", duplicate_of=duplicate_of,
        leaning=leaning,
    )
    store.add_article(art, None)
    slant = None if score is None else Slant(score=score, label="center", confidence=0.5)
    hyper = None if hp is None else Hyperpartisan(probability=hp)
    ann = Annotation(article_id=aid, sentences=(), entities=(), quotes=(), claims=(), slant=slant, hyperpartisan=hyper)
    store.put_annotation(ann, np.zeros(4, dtype=np.float32), np.zeros((0, 4), dtype=np.float32))


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "o.db") as s:
        _put(s, "r1", "Right Daily", 0.4, 0.9)
        _put(s, "r2", "Right Daily", 0.6, 0.7)
        _put(s, "r3", "right daily", 0.2, 0.2)  # same outlet, other spelling
        _put(s, "r4", "Right Daily", 0.9, 0.99, duplicate_of="r1")  # a copy: must not count
        _put(s, "l1", "Left Post", -0.3, 0.1, leaning="Lean Left")
        _put(s, "l2", "Left Post", None)  # not scored yet
        _put(s, "w1", "Wire Service", 0.05, 0.6)
        _put(s, "n1", None, 0.8, 0.9)  # no outlet name: no profile
        s.set_leanings({"Right Daily": "right"})
        yield s


def test_profiles_summarise_independent_scored_articles(store: Store) -> None:
    profiles = {p.outlet: p for p in outlet_profiles(store)}
    assert set(profiles) == {"Right Daily", "Left Post", "Wire Service"}
    right = profiles["Right Daily"]
    assert isinstance(right, OutletProfile)
    assert right.articles == 3  # r1, r2, r3; the copy r4 is skipped
    assert right.mean_slant == pytest.approx(0.4)
    assert right.share_hyperpartisan == pytest.approx(2 / 3)
    assert right.known_leaning == "right"
    low, high = right.interval
    # t-interval: mean ± t(0.975, 2) * sd / sqrt(3), sd = 0.2
    half = 4.302653 * 0.2 / math.sqrt(3)
    assert low == pytest.approx(max(0.4 - half, -1.0), abs=1e-4)
    assert high == pytest.approx(min(0.4 + half, 1.0), abs=1e-4)

    left = profiles["Left Post"]
    assert (left.articles, left.unscored) == (1, 1)
    assert left.interval is None  # one article: no interval
    assert left.known_leaning == "left"  # from the article record, normalised
    assert profiles["Wire Service"].known_leaning == "unknown"


def test_profiles_read_scores_not_whole_articles_and_annotations(store: Store, monkeypatch) -> None:
    # a store of a million articles must not be loaded whole to profile its outlets
    expected = outlet_profiles(store)

    def refuse(*args, **kwargs):
        raise AssertionError("outlet profiles loaded whole articles or annotations")

    monkeypatch.setattr(Store, "articles", refuse)
    monkeypatch.setattr(Store, "annotations", refuse)
    assert outlet_profiles(store) == expected
    _put(store, "l3", "Left Post", -0.5, 0.3, leaning="nonsense")  # an unusable leaning is passed over
    assert {p.outlet: p.known_leaning for p in outlet_profiles(store)}["Left Post"] == "left"


def test_known_leaning_is_shown_not_mixed_into_the_figures(store: Store, tmp_path) -> None:
    before = {p.outlet: p.mean_slant for p in outlet_profiles(store)}
    store.set_leanings({"Right Daily": "left", "Wire Service": "center"})
    after = {p.outlet: p for p in outlet_profiles(store)}
    assert {k: p.mean_slant for k, p in after.items()} == before
    assert after["Right Daily"].known_leaning == "left"
    assert after["Wire Service"].known_leaning == "center"


def test_order_and_empty_store(store: Store, tmp_path) -> None:
    names = [p.outlet for p in outlet_profiles(store)]
    assert names[0] == "Right Daily"  # most articles first
    with Store(tmp_path / "empty.db") as empty:
        assert outlet_profiles(empty) == []
        assert list(outlet_profiles_frame(empty).columns)[:3] == ["outlet", "articles", "mean_slant"]


def test_interval_is_narrower_with_more_articles(tmp_path) -> None:
    with Store(tmp_path / "n.db") as s:
        rng = np.random.default_rng(0)
        for i, v in enumerate(rng.normal(0.1, 0.3, 40).clip(-1, 1)):
            _put(s, f"a{i}", "Many", float(v), 0.3)
        for i, v in enumerate((0.1, 0.4, -0.2)):
            _put(s, f"b{i}", "Few", v, 0.3)
        p = {q.outlet: q for q in outlet_profiles(s)}
    width = {k: q.interval[1] - q.interval[0] for k, q in p.items()}
    assert width["Many"] < width["Few"]
    assert p["Many"].interval[0] <= p["Many"].mean_slant <= p["Many"].interval[1]
    assert p["Many"].share_hyperpartisan == 0.0


def test_frame_matches_profiles(store: Store) -> None:
    df = outlet_profiles_frame(store)
    row = df.set_index("outlet").loc["Right Daily"]
    assert row["articles"] == 3 and row["mean_slant"] == pytest.approx(0.4)
    assert row["low"] < row["mean_slant"] < row["high"]
    assert math.isnan(df.set_index("outlet").loc["Left Post", "low"])


def test_cli_outlets_json_and_table(store: Store) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["outlets", "--db", store.path, "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [r["outlet"] for r in rows][0] == "Right Daily"
    assert rows[0]["articles"] == 3 and rows[0]["known_leaning"] == "right"
    assert len(rows[0]["interval"]) == 2
    res = runner.invoke(app, ["outlets", "--db", store.path])
    assert res.exit_code == 0 and "Left Post" in res.stdout
    # the article with no outlet name is not silently dropped (review 9)
    assert "1 article with no outlet name not profiled" in res.stderr
    low, high = rows[0]["interval"]
    few = 1.0 in (low, high) or -1.0 in (low, high) or rows[0]["articles"] < 5
    shown = f"{low:+.2f}…{high:+.2f}".replace("-", "−") + ("*" if few else "")
    assert shown in res.stdout


def test_cli_outlets_marks_an_interval_cut_at_the_score_range(tmp_path) -> None:
    with Store(tmp_path / "two.db") as s:
        _put(s, "a1", "Two Times", -0.9, 0.1)
        _put(s, "a2", "Two Times", 0.8, 0.1)
    res = CliRunner().invoke(app, ["outlets", "--db", str(tmp_path / "two.db")], env={"COLUMNS": "80"})
    assert res.exit_code == 0 and "−1.00…+1.00*" in res.stdout and "too few to tell" in " ".join(res.stdout.split())
    assert "hyper-" in res.stdout and "…" not in res.stdout.split("Two Times")[0]  # no header cut at 80 columns
    # a share of articles, not a probability: "0%" here read as contradicting a story's "Hyperpartisan 40%"
    head = res.stdout.split("Two Times")[0].splitlines()
    row = next(i for i, ln in enumerate(head) if "partisan" in ln)
    assert head[row + 1][head[row].index("partisan"):].startswith("articles"), head
    assert "Hyperpartisan articles: the share whose probability is over 50%" in " ".join(res.stdout.split())
    # the note under the table reads from the left edge: centred, its second line began at column 9
    note = res.stdout[res.stdout.index("95% interval"):].splitlines()
    assert len(note) >= 2 and all(not ln.startswith("   ") for ln in note), note


def test_cli_outlets_filters_sorts_and_exports_what_it_lists(store: Store, tmp_path) -> None:
    import pandas as pd

    runner = CliRunner()
    res = runner.invoke(app, ["outlets", "--db", store.path, "--json", "--sort", "slant"])
    assert [json.loads(line)["outlet"] for line in res.stdout.splitlines()] == ["Left Post", "Wire Service", "Right Daily"]
    res = runner.invoke(app, ["outlets", "--db", store.path, "--json", "--sort", "hyperpartisan"])
    # Wire Service 1 of 1, Right Daily 2 of 3, Left Post 0 of 1
    assert [json.loads(line)["outlet"] for line in res.stdout.splitlines()] == ["Wire Service", "Right Daily", "Left Post"]
    out, also = tmp_path / "outlets.csv", tmp_path / "outlets.parquet"
    res = runner.invoke(app, ["outlets", "--db", store.path, "--min-articles", "2", "--export", str(out),
                              "--export", str(also)])  # both written, as analyze's --export does
    assert res.exit_code == 0, res.output
    assert "2 outlets with fewer than 2 scored articles left out" in res.stdout and "Left Post" not in res.stdout
    table = pd.read_csv(out)
    assert list(table["outlet"]) == ["Right Daily"] and table.loc[0, "articles"] == 3
    assert list(pd.read_parquet(also)["outlet"]) == ["Right Daily"]
    assert table.loc[0, "low"] < table.loc[0, "mean_slant"] < table.loc[0, "high"]
    bad = runner.invoke(app, ["outlets", "--db", store.path, "--sort", "colour"])
    assert bad.exit_code == 2 and "articles, slant, hyperpartisan, outlet" in bad.output
    bad = runner.invoke(app, ["outlets", "--db", store.path, "--export", str(tmp_path / "o.txt")])
    assert bad.exit_code == 2 and ".csv or .parquet" in bad.output


def test_cli_outlets_says_why_there_is_no_outlet(tmp_path) -> None:
    with Store(tmp_path / "anon.db") as s:
        _put(s, "n1", None, 0.2, 0.3)
    res = CliRunner().invoke(app, ["outlets", "--db", str(tmp_path / "anon.db")])
    assert res.exit_code == 0 and "no stored article names its outlet" in res.output


def test_cli_outlets_without_a_store_says_what_to_do(tmp_path) -> None:
    res = CliRunner().invoke(app, ["outlets", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0
    assert "manysides analyze" in res.output


def test_known_leanings_can_be_given_for_the_listing(store: Store, tmp_path) -> None:
    """A leanings table given to `outlets` names the known leaning beside the figures,
    over the store's, and changes no figure."""
    table = tmp_path / "lean.csv"
    table.write_text("outlet,leaning\nLeft Post,lean left\nRight Daily,center\n", encoding="utf-8")
    before = {p.outlet: p for p in outlet_profiles(store)}
    res = CliRunner().invoke(app, ["outlets", "--db", store.path, "--json", "--leanings", str(table)])
    assert res.exit_code == 0, res.output
    rows = {r["outlet"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["Left Post"]["known_leaning"] == "left" and rows["Right Daily"]["known_leaning"] == "center"
    assert rows["Wire Service"]["known_leaning"] == before["Wire Service"].known_leaning
    assert rows["Right Daily"]["mean_slant"] == before["Right Daily"].mean_slant
    assert {p.outlet: p.known_leaning for p in outlet_profiles(store)}["Right Daily"] == "right"  # the store's, unchanged


@pytest.fixture()
def variants(tmp_path):
    """Sections of two AllSides outlets (one the slant model was trained on, one held out
    of training) and an outlet the model never saw."""
    with Store(tmp_path / "v.db") as s:
        _put(s, "n1", "New York Times - News", -0.2, 0.1)
        _put(s, "n2", "New York Times - News", -0.1, 0.2)
        _put(s, "n3", "New York Times - Opinion", -0.6, 0.9, leaning="left")
        _put(s, "n4", "New York Times - Opinion", -0.9, 0.9, duplicate_of="n3")  # a copy: not counted
        _put(s, "w1", "Wall Street Journal - News", 0.0, 0.1, leaning="center")
        _put(s, "w2", "Wall Street Journal - Editorial", 0.5, 0.8, leaning="right")
        _put(s, "w3", "wall street journal - editorial", 0.3, None)
        _put(s, "g1", "Own Local Gazette", 0.1, 0.3)
        _put(s, "g2", "The Own Local Gazette (Opinion)", None)
        yield s


def test_outlets_the_slant_model_was_trained_on_are_marked(variants: Store) -> None:
    flags = {p.outlet: p.in_training for p in outlet_profiles(variants)}
    assert flags == {"New York Times - News": True, "New York Times - Opinion": True,
                     "Wall Street Journal - News": False, "Wall Street Journal - Editorial": False,
                     "Own Local Gazette": False, "The Own Local Gazette (Opinion)": False}
    runner = CliRunner()
    res = runner.invoke(app, ["outlets", "--db", variants.path], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    assert "New York Times - News†" in res.stdout and "Own Local Gazette†" not in res.stdout
    assert "† the slant model was trained on this outlet's articles" in " ".join(res.stdout.split())
    rows = {r["outlet"]: r for r in map(json.loads, runner.invoke(app, ["outlets", "--db", variants.path,
                                                                         "--json"]).stdout.splitlines())}
    assert rows["New York Times - Opinion"]["in_training"] is True and rows["Own Local Gazette"]["in_training"] is False


def test_no_legend_without_a_training_outlet(store: Store) -> None:
    res = CliRunner().invoke(app, ["outlets", "--db", store.path])
    assert res.exit_code == 0 and "†" not in res.stdout


def test_families_pool_the_variants_articles(variants: Store, tmp_path) -> None:
    pooled = {p.outlet: p for p in outlet_profiles(variants, families=True)}
    assert set(pooled) == {"New York Times", "Wall Street Journal", "Own Local Gazette"}
    nyt = pooled["New York Times"]
    assert nyt.articles == 3  # two News, one Opinion; the Opinion copy is skipped
    # the mean of the three articles, not of the two sections' means (-0.375)
    assert nyt.mean_slant == pytest.approx(-0.3)
    half = 4.302653 * math.sqrt(((-0.2 + 0.3) ** 2 + (-0.1 + 0.3) ** 2 + (-0.6 + 0.3) ** 2) / 2) / math.sqrt(3)
    assert nyt.interval == pytest.approx((-0.3 - half, min(-0.3 + half, 1.0)), abs=1e-4)
    assert nyt.share_hyperpartisan == pytest.approx(1 / 3)
    assert nyt.variants == ("New York Times - News", "New York Times - Opinion") and nyt.in_training
    assert nyt.known_leaning == "left"  # given for one variant only
    wsj = pooled["Wall Street Journal"]
    assert (wsj.articles, wsj.known_leaning) == (3, "mixed")  # News center, Editorial right
    assert set(wsj.variants) == {"Wall Street Journal - News", "Wall Street Journal - Editorial"}
    gazette = pooled["Own Local Gazette"]
    assert (gazette.articles, gazette.unscored) == (1, 1) and len(gazette.variants) == 2
    # the default listing keeps them apart
    assert len(outlet_profiles(variants)) == 6


def test_families_take_a_leaning_given_for_the_outlet_and_carry_the_variants(variants: Store, tmp_path) -> None:
    table = tmp_path / "lean.csv"
    table.write_text("outlet,leaning\nThe Own Local Gazette,right\n", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["outlets", "--db", variants.path, "--families", "--json", "--leanings", str(table)])
    assert res.exit_code == 0, res.output
    rows = {r["outlet"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["Own Local Gazette"]["known_leaning"] == "right"
    assert rows["Wall Street Journal"]["known_leaning"] == "mixed"
    assert rows["New York Times"]["variants"] == ["New York Times - News", "New York Times - Opinion"]
    assert rows["New York Times"]["in_training"] is True
    out = tmp_path / "families.csv"
    res = runner.invoke(app, ["outlets", "--db", variants.path, "--families", "--export", str(out)],
                        env={"COLUMNS": "120"})
    assert res.exit_code == 0 and "New York Times† (2 variants)" in res.stdout
    import pandas as pd

    frame = pd.read_csv(out).set_index("outlet")
    assert frame.loc["New York Times", "articles"] == 3 and bool(frame.loc["New York Times", "in_training"])
    assert frame.loc["New York Times", "variants"] == "New York Times - News; New York Times - Opinion"


def test_cli_outlets_says_the_unnamed_articles_on_one_line_of_standard_error(store: Store) -> None:
    """Standard error not a terminal (piped, `--json 2> log`): the line was cut at 80 columns
    into two, the second starting "`outlet`, a text file's front matter) to count it"."""
    res = CliRunner().invoke(app, ["outlets", "--db", store.path, "--json"], env={"COLUMNS": "80"})
    assert res.exit_code == 0
    assert res.stderr == ("1 article with no outlet name not profiled: give each an outlet (a JSON record's `outlet`, "
                          "a text file's front matter) to count it\n")
    assert len(res.stdout.splitlines()) == 3  # control: the profiles on stdout as before, one JSON object a line
