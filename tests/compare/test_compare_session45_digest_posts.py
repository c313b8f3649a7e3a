"""What a digest's section is (session 45, helper C; review 14's CNN markets wrap, which quotes traders' posts one a
line, "ItsMeexD: well $HPQ over here going parabolic #wtf": read as a heading, the paragraph under it was taken for a
digest's item on other news, and the slant label was said to be a digest's). A line quoting a post or a pull quote
heads no section; a heading, a heading with a label and a colon, a name and a colon, and a heading opening with a
quoted phrase stay headings. Sentences invented."""

from __future__ import annotations

from manysides.compare.unique import _quoting_line, _sections

from test_compare_session43_unique_digest import DIGEST, _listed
from test_compare_session44_digest_slant import _sections as _other_news_of

BUDGET = DIGEST[3]
ROOF = DIGEST[5]


def _with(line: str) -> list[tuple[str, str]]:
    """The story's two sentences, `line` on a line of its own, then the budget's and the roof's sentences."""
    return [*DIGEST[:2], (line, "h-line"), BUDGET, ROOF]


def test_a_quoted_post_or_pull_quote_heads_no_section():
    """A post opened by its account's name and a colon (a handle's shape, or a cashtag or hashtag in it), a line naming
    an account, a pull quote opened by a quotation mark: the sentences under them are the article's own, so there is
    no section on other news (no digest note) and the unique stage lists them as it does an article without
    headings."""
    for line in ("RiverFan88: council going nowhere #wtf",
                 "TownWatcher: well $ACME over here going parabolic",
                 "Budget talk again with @RiverFan tonight",
                 "“We will not give up on this bridge",
                 "“Not again.” — Mayor Lena Ortiz"):
        assert _quoting_line(line), line
        text, found = _other_news_of(_with(line))
        assert found == {}, line
        assert len(_sections(text)) == 1, line
        assert any("budget" in t for t in _listed(_with(line))), line


def test_headings_stay_headings():
    """Controls: a plain heading, a label and a colon ("Update: ..."), a name and a colon ("McCain: ...", no post's
    mark), and a heading opening with a quoted phrase ("‘Not again’: council ...", review 31's digest heads an item
    "'Everything is burning': History ablaze at Notre Dame") still head a section; the budget's and the roof's sections
    are other news, as in session 44's test."""
    for line in ("Council budget vote due Friday", "Update: council budget vote due Friday",
                 "McCain: council budget vote due Friday", "‘Not again’: council budget vote due Friday",
                 "'Everyone' is asked to vote on the budget"):
        assert not _quoting_line(line), line
        text, found = _other_news_of(_with(line))
        assert any("$40 million budget" in text[lo:hi] for lo, hi in found["a"]), line
        assert not any("budget" in t for t in _listed(_with(line))), line


def test_an_embedded_posts_lines_head_no_section():
    """Review 12: a post saved over lines, "Pungo River is raging across Belhaven, NC" above its signature line ("Stay
    safe y'all! pic.twitter.com/... — Michelle (@...) September 14, 2018"): once the signature line heads nothing, the
    line above it read as a heading with the signature under it, a section on other news. The post's lines above its
    signature, up to a line closed as a sentence, head none; a heading above a sentence stays one."""
    post = ("Harbor River is raging across Belhaven", "h-post")
    signed = ("Stay safe! pic.twitter.com/abc123 — Jo Roe (@joroe) September 14, 2018", "h-signed")
    text, _ = _other_news_of([*DIGEST[:2], DIGEST[2], BUDGET, post, signed, ROOF])
    assert not any(text[lo:hi].lstrip().startswith(("Harbor River", "Stay safe")) for lo, hi in _sections(text))
    assert any(text[lo:hi].lstrip().startswith("Council budget vote") for lo, hi in _sections(text))
