from manysides.compare import coverage, normalize_leaning

from compare_fixtures import Draft, election_drafts, make_fixture


def test_coverage_counts_outlets_not_articles():
    drafts = election_drafts()
    drafts.append(Draft("a-ledger-2", "HARBOR LEDGER", [("A second Ledger piece on turnout in town.", "z")]))
    drafts.append(Draft("d-anon", None, [("An unnamed blog also covered the special election.", "w")]))
    drafts[1].leaning = "Lean Right"  # the article's own leaning...
    fx = make_fixture(drafts)
    leanings = {"harbor ledger": "Left", "Plains Courier": "center", "Summit Dispatch": "RIGHT"}
    # ...is overruled by the caller's table; the second Ledger article adds no outlet.
    assert coverage(fx.articles, leanings) == {"left": 1, "center": 1, "right": 1, "unknown": 1}


def test_article_leaning_used_when_no_table(election):
    arts = election.articles
    from dataclasses import replace

    arts = [replace(arts[0], leaning="lean left"), replace(arts[1], leaning=None), arts[2]]
    assert coverage(arts) == {"left": 1, "center": 0, "right": 0, "unknown": 2}


def test_normalize_leaning():
    assert normalize_leaning("Lean Left") == "left"
    assert normalize_leaning("right") == "right"
    assert normalize_leaning(" Centre ") == "center"
    assert normalize_leaning("mixed") is None
    assert normalize_leaning(None) is None
