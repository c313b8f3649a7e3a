import pytest

from compare_fixtures import Fixture, election_drafts, make_fixture


@pytest.fixture
def election() -> Fixture:
    return make_fixture(election_drafts())
