"""The slant model's outlet list: variants of one outlet, the shipped training list (and that
it is the split's), and outlet names masked when scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from manysides.nlp.slant import SlantModel, default_path
from manysides.nlp.slant_outlets import TRAINING_FILE, OutletMask, family_key, family_name, training_outlets

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_variants_of_one_outlet_share_a_key_and_other_outlets_do_not() -> None:
    # the AllSides spellings of one outlet's sections and editions
    for variants in (
        ("New York Times - News", "New York Times - Opinion", "New York Times (Online News)", "the new york times"),
        ("New York Post", "New York Post (News)", "New York Post (Opinion)"),
        ("The Week - News", "The Week - Opinion", "the week", "THE WEEK"),
        ("CNN (Web News)", "CNN - Editorial", "CNN"),
        ("Scriberr Media - Opinion/Editorial", "Scriberr Media - News"),
    ):
        assert len({family_key(v) for v in variants}) == 1, variants
    # a place, a person or a leaning after the name is another outlet, not a section
    for apart in (("Guest Writer - Left", "Guest Writer - Right"), ("The Telegraph - UK", "The Telegraph"),
                  ("Allysia Finley (Wall Street Journal)", "Wall Street Journal"),
                  ("Chicago Sun-Times", "Chicago Sun"), ("Newsmax", "News")):
        assert family_key(apart[0]) != family_key(apart[1]), apart
    assert family_name("  New York Times -  Opinion ") == "New York Times"
    assert family_name("The Week (Online News)") == "The Week"
    assert family_name("News") == "News"  # nothing is left without a name


def test_the_shipped_list_names_training_outlets_only() -> None:
    trained = training_outlets()
    assert len(trained.families) == 368  # model.json's data: 368 training families
    assert len(trained.held_out) == 92
    for name in ("New York Times - Opinion", "The New York Times", "Fox News (Online)", "CNN", "Reason"):
        assert name in trained, name
    # held out of training (benchmarks measure on them), or never in the data
    for name in ("Washington Post", "Wall Street Journal - News", "MSNBC", "Own Local Gazette", ""):
        assert name not in trained, name
    assert not set(trained.families) & set(trained.held_out)


def test_the_shipped_list_is_the_training_split() -> None:
    """The file is what slant_train.family_split gives on the AllSides data, so it names
    exactly the families the shipped weights were fitted on."""
    path = DATA / "allsides" / "articles.jsonl.xz"
    if not path.exists():
        pytest.skip(f"{path} not present (see ../shared/data/README.md)")
    from manysides.nlp import slant_train as T

    rows = T.load_allsides(path)
    shipped = json.loads((default_path() / TRAINING_FILE).read_text(encoding="utf-8"))
    assert shipped == T.training_outlets_record(rows, T.sha256_of(path))
    meta = json.loads((default_path() / "model.json").read_text(encoding="utf-8"))["data"]["allsides"]
    assert meta["sha256"] == shipped["data"]["sha256"]
    assert meta["trained_on_families"] == len(shipped["families"])
    assert sum(r["outlet_family"] in shipped["families"] for r in rows) == meta["trained_on_articles"]


def test_mask_blanks_outlet_names_in_place() -> None:
    mask = OutletMask(["New York Times - News", "fox news", "New York Post (Opinion)"],
                      other_names=["vice", "Vice", "washington post", "ABC News", "the week", "The Week - News",
                                   "barack obama", "Barack Obama"])
    text = ("Fox News said the Times erred; The Post agreed with the Washington Post and ABC News. "
            "Three times the vice president spoke this week; the week before, Barack Obama and "
            "FOX NEWS's host left.")
    masked = mask.mask(text)
    assert len(masked) == len(text)
    found = [text[s:e] for s, e in mask.spans(text)]
    assert found == ["Fox News", "the Times", "The Post", "Washington Post", "ABC News", "FOX NEWS's"]
    assert all(set(masked[s:e]) == {"\x00"} for s, e in mask.spans(text))
    # words stay, even where a held-out family is called so: a person, "Vice", "The Week"
    assert "Three times the vice president spoke this week; the week before, Barack Obama and" in masked
    assert OutletMask([]).mask(text) == text


def _overlaps(ev, spans) -> bool:
    return any(ev.start < e and s < ev.end for s, e in spans)


def test_outlet_names_neither_score_nor_show_as_evidence() -> None:
    model = SlantModel.load()
    plain = SlantModel.load(default_path())
    plain.outlet_mask = None  # the scorer as it was before the mask
    text = ("The Times reported on Tuesday that the bill stalled. The Post said the senator's office "
            "declined to comment, and the Times added that the vote could slip to next month. "
            "Lawmakers said the border wall money and the tax cuts remain in dispute.")
    names = model.outlet_mask.spans(text)
    assert [text[s:e] for s, e in names] == ["The Times", "The Post", "the Times"]
    # what the review found: unmasked, the names were read (and shown as phrases, which a
    # name piece no longer is, masked or not: slant._name_word)
    assert plain.score(text)[0].score != model.score(text)[0].score
    slant, hyper = model.score(text)
    for ev in slant.evidence + hyper.evidence:
        assert ev.kind == "sentence" or not _overlaps(ev, names), ev
    # which outlet an article names does not move its score
    named = {other: model.score(text.replace("The Times", other).replace("the Times", other))[0].score
             for other in ("Fox News", "CNN", "Breitbart")}
    assert len(set(named.values())) == 1, named
    assert len({plain.score(text.replace("The Times", o).replace("the Times", o))[0].score for o in named}) > 1
