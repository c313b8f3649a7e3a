"""Slant evidence on neutral words (session 38, helper F, review 25's leftovers): a scene or a sight described by what
those there saw. Invented sentences, each with a control that still counts; every plain sentence was listed before."""

from __future__ import annotations

import pytest

from slant_helpers import loaded as _loaded


@pytest.mark.parametrize("tags", [False, True])
def test_a_gruesome_scene_is_what_those_there_saw(tags: bool) -> None:
    """"turned the square into a gruesome scene", "a gruesome sight met the firefighters": a scene of the dead and
    wounded, as those there saw it; "a gruesome killing" and "the gruesome crime" are still judged."""
    for plain in ("The explosion turned the crowded market square into a gruesome scene.",
                  "A gruesome sight met the firefighters when they reached the second floor."):
        assert _loaded(plain, tags) == [], plain
    assert _loaded("Prosecutors described a gruesome killing in the old mill.", tags) == ["gruesome"]
    assert _loaded("Police are still investigating the gruesome crime in the old mill.", tags) == ["gruesome"]
