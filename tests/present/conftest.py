from __future__ import annotations

import pytest
from hostile_analysis import build_analysis

from manysides.analysis import Analysis


@pytest.fixture
def analysis() -> Analysis:
    return build_analysis()
