"""The public Python API: what `import manysides` promises."""

from __future__ import annotations

import dataclasses

import pytest

import manysides


def test_public_names_are_pinned():
    # Adding a name is a decision; removing or renaming one breaks users' code.
    assert sorted(manysides.__all__) == sorted([
        "Analysis", "Annotation", "Article", "Claim", "ConfigError", "Dispute", "DisputedClaim",
        "Document", "DuplicateIndex", "Entity", "Evidence", "Failure", "FramingTerm",
        "Hyperpartisan", "InputError", "ManysidesError", "ModelError", "OutletProfile", "Quote", "Reannotation", "Sentence",
        "SharedPoint", "Slant", "SlantEvidence", "SlantModel", "Store", "Story", "StoryReport",
        "Storyline", "StoreError", "UniquePoint", "Voice", "analyze", "annotate", "clean_document",
        "compare_story", "iter_analysis", "load_leanings", "open_analysis", "outlet_profiles", "outlet_profiles_frame",
        "read_inputs", "reannotate",
    ])
    for name in manysides.__all__:
        assert getattr(manysides, name) is not None


def test_records_are_frozen_dataclasses():
    for name in ("Article", "Annotation", "Claim", "Quote", "Slant", "Story", "StoryReport", "UniquePoint"):
        record = getattr(manysides, name)
        assert dataclasses.is_dataclass(record) and record.__dataclass_params__.frozen, name


def test_errors_share_one_base_and_carry_an_exit_code():
    for name in ("InputError", "StoreError", "ModelError", "ConfigError"):
        err = getattr(manysides, name)
        assert issubclass(err, manysides.ManysidesError)
    assert manysides.InputError("a.txt", "file is empty", "give an article").exit_code != 0
    assert "a.txt" in str(manysides.InputError("a.txt", "file is empty", "give an article"))


def test_open_analysis_with_wrong_arguments_raises_a_manysides_error(sample_db_copy):
    import manysides
    from manysides.errors import ManysidesError

    for args in ((None,), (sample_db_copy, [None]), (sample_db_copy, [7])):
        with pytest.raises(ManysidesError):
            manysides.open_analysis(*args)
