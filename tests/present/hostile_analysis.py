"""A small hand-built Analysis for the presenters, full of hostile text.

Every string an outlet controls carries markup, an event handler, a javascript: URL or
terminal control codes, so the tests can check each view treats them as data.
"""

from __future__ import annotations

from manysides.analysis import Analysis, Failure
from manysides.records import (
    Annotation,
    Article,
    Claim,
    Dispute,
    DisputedClaim,
    Evidence,
    FramingTerm,
    Quote,
    SharedPoint,
    Story,
    Storyline,
    StoryReport,
    UniquePoint,
    Voice,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
BREAKOUT = '"><b>'

TEXT_A = (
    "Floods killed 12 people in Riverton on Monday.\n\n"
    f'"We lost everything {IMG}," said Mayor Ann Lee. '
    "The damage cost nearly $30 million. Officials blamed the old levee. "
    "[red]not markup[/red] \x1b[2J end."
)
TEXT_B = (
    "At least 15 people died in Riverton floods on Monday. "
    'Mayor Ann Lee said "help is coming". Damage was about $25 million. '
    "Residents blamed the <unclosed <b>bold tag & the dam."
)
RESIDENTS = "Residents blamed the <unclosed <b>bold tag & the dam."
TEXT_D = "Riverton began rebuilding its levee a month after the floods."


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def ev(article: str, text: str, part: str) -> Evidence:
    s, e = span(text, part)
    return Evidence(article, s, e, part)


def build_analysis() -> Analysis:
    """Two outlets and a wire copy on one story, a one-outlet follow-up, a storyline, a failure."""
    a1 = Article(
        id="a1", source="feeds/herald.html", outlet=f'The {BREAKOUT} Herald', url="javascript:alert(1)",
        title=f"Flood hits {SCRIPT} town", byline="By Jo <i>Smith", published="2024-03-04",
        language="en", text=TEXT_A, removed=("cookie banner", "share buttons"), leaning="left",
    )
    a2 = Article(
        id="a2", source="https://post.example/flood", outlet=f"Morning {IMG} Post",
        url='https://post.example/flood?a=1&b="2"', title="Riverton flood: 15 dead [bold]x[/bold]",
        byline=None, published="2024-03-05", language="en", text=TEXT_B, leaning="right",
    )
    a3 = Article(
        id="a3", source="wire/copy.txt", outlet="Wire Daily", url="https://wire.example/x",
        title=f"Flood hits {SCRIPT} town", byline=None, published="2024-03-04", language="en",
        text=TEXT_A, duplicate_of="a1", leaning="center",
    )
    a4 = Article(
        id="a4", source="gazette.txt", outlet="Gazette", url=None, title="Riverton rebuilds its levee",
        byline=None, published="2024-04-04", language="en", text=TEXT_D,
    )
    c1s, c1e = span(TEXT_A, "12")
    c2s, c2e = span(TEXT_B, "At least 15")
    c3s, c3e = span(TEXT_A, "nearly $30 million")
    c4s, c4e = span(TEXT_B, "about $25 million")
    q1s, q1e = span(TEXT_A, f"We lost everything {IMG},")
    ann1 = Annotation(
        "a1", (), (),
        (Quote(f"We lost everything {IMG},", "Ann Lee", "said", q1s, q1e),),
        (
            Claim("12", "people killed", 12, "count", None, 12, 12, c1s, c1e, "Floods killed 12 people."),
            Claim("nearly $30 million", "damage", 30e6, "USD", "nearly", 27e6, 30e6, c3s, c3e),
        ),
    )
    ann2 = Annotation(
        "a2", (), (),
        (Quote("help is coming", "Ann Lee", "said", *span(TEXT_B, "help is coming")),),
        (
            Claim("At least 15", "people killed", 15, "count", "at least", 15, None, c2s, c2e),
            Claim("about $25 million", "damage", 25e6, "USD", "about", 22.5e6, 27.5e6, c4s, c4e),
        ),
    )
    report = StoryReport(
        story_id="s1",
        outlets={"a1": a1.outlet, "a2": a2.outlet},
        shared=(
            SharedPoint(
                "Floods struck Riverton on Monday, killing people",
                ("a1", "a2"),
                (
                    ev("a1", TEXT_A, "Floods killed 12 people in Riverton on Monday."),
                    ev("a2", TEXT_B, "At least 15 people died in Riverton floods on Monday."),
                ),
                differing=(DisputedClaim("a1", "12", 12, "count", 12, 12, c1s, c1e),
                           DisputedClaim("a2", "At least 15", 15, "count", 15, None, c2s, c2e)),
            ),
            SharedPoint(
                f"Mayor Ann Lee spoke {SCRIPT}",
                ("a1", "a2"),
                (ev("a2", TEXT_B, 'Mayor Ann Lee said "help is coming".'),),
            ),
        ),
        unique=(
            ev("a1", TEXT_A, "Officials blamed the old levee."),
            # its new detail is markup too
            UniquePoint("a2", *span(TEXT_B, RESIDENTS), RESIDENTS, details=(ev("a2", TEXT_B, "<unclosed <b>bold tag"),)),
        ),
        disputed=(
            Dispute(
                "people killed",
                (
                    DisputedClaim("a1", "12", 12, "count", 12, 12, c1s, c1e),
                    DisputedClaim("a2", "At least 15", 15, "count", 15, None, c2s, c2e),
                ),
            ),
            Dispute(
                "damage",
                (
                    DisputedClaim("a1", "nearly $30 million", 30e6, "USD", 27e6, 30e6, c3s, c3e),
                    DisputedClaim("a2", "about $25 million", 25e6, "USD", 22.5e6, 27.5e6, c4s, c4e),
                ),
            ),
        ),
        voices=(
            Voice("Ann Lee", ("a1", "a2"), 2, "person"),
            Voice(f"Chief {IMG}", ("a2",), 1, "person"),
            Voice("residents", ("a2",), 1, "group"),
        ),
        framing={
            "a1": (FramingTerm("levee", 2.5), FramingTerm(SCRIPT, 1.2)),
            "a2": (FramingTerm("dam", 1.9),),
        },
        coverage={"left": 1, "right": 1},
        summary=f"Floods in Riverton killed between 12 and 15 people {SCRIPT}.",
    )
    s1 = Story("s1", f"Riverton floods {SCRIPT}", ("a1", "a3", "a2"), "sl1", "2024-03-04", "2024-03-05")
    s2 = Story('s2"<x>', "Riverton rebuilds its levee", ("a4",), "sl1", "2024-04-04", "2024-04-04")
    return Analysis(
        articles=[a1, a2, a3, a4],
        annotations={"a1": ann1, "a2": ann2},
        stories=[s1, s2],
        storylines=[Storyline("sl1", f"Riverton flood and after {IMG}", ("s1", 's2"<x>'))],
        reports={"s1": report},
        failures=[Failure(f"bad{SCRIPT}.html", "no article text left (is it a login page?) \x1b]0;pwned\x07")],
    )
