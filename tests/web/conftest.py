"""A store built once per session from sample/articles plus hostile articles, and apps over it.

Building runs the real pipeline (spaCy + MiniLM), so it happens once; tests that add
articles work on a copy, so the shared store stays as built.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample"

PWN = "window.__pwned=1"

# Two outlets report the same (invented) event; every field they control attacks the page.
HOSTILE_RECORDS = [
    {
        "outlet": f"<script>{PWN}</script>Gazette",
        "title": f'Dam breach floods Lake Pomona <img src=x onerror="{PWN}"> valley \u202eyellav',  # reversed
        "url": f"javascript:{PWN}",
        "published": "2024-05-02",
        "leaning": "left",
        "text": (
            "A dam above Lake Pomona gave way on Thursday night, flooding 240 homes in the valley, "
            f"county officials said. <script>{PWN}</script> Sheriff Dana Ruiz said rescuers pulled "
            "31 people from rooftops before dawn.\n\n"
            f'"We were not warned," said resident Omar Haddad. <img src=x onerror="{PWN}"> '
            f'<a href="javascript:{PWN}">click</a> The repair will cost about $12 million, the '
            "county engineer estimated. Engineers had flagged cracks in the dam in 2021.\n\n"
            f'Malformed markup follows: <div <b>unclosed "><svg onload={PWN}> & stray </i> tags.'
        ),
    },
    {
        # ends in one unbroken 120-character string: it once widened a story page's
        # list of outlets so far that the findings beside it had no width left
        "outlet": f'Valley "Daily" \'><svg onload={PWN}>' + "ValleyDailyNewsNetwork" * 5 + "Online.",
        "title": f"Lake Pomona dam fails, homes flooded </title><script>{PWN}</script>",
        "url": "https://valley-daily.example/dam?x=\"><script>alert(1)</script>",
        "published": "2024-05-03",
        "leaning": "right",
        "text": (
            "The Lake Pomona dam failed on Thursday night and flood water reached 300 homes in the "
            "valley, county officials said. Sheriff Dana Ruiz said 31 people were rescued from "
            f"rooftops. <iframe src=\"javascript:{PWN}\"></iframe>\n\n"
            "The repair will cost more than $20 million, according to the state. "
            f"<body onload=\"{PWN}\"> Engineers had flagged cracks in the dam in 2021, records show."
        ),
    },
]

HOSTILE_HTML = f"""<!DOCTYPE html>
<html><head><title>Pomona valley residents return <script>{PWN}</script></title>
<script>{PWN}</script></head>
<body onload="{PWN}"><article>
<h1>Pomona valley residents return after the dam breach</h1>
<p>Residents of the Pomona valley began returning to their flooded homes on Saturday, two days
after the Lake Pomona dam gave way, county officials said. Sheriff Dana Ruiz said 31 people had
been rescued and nobody died.</p>
<p>&lt;script&gt;{PWN}&lt;/script&gt; The county said the repair of the dam will take a year and
cost about $12 million. <a href="javascript:{PWN}">More</a> <img src=x onerror="{PWN}"></p>
<p>Volunteers from nearby towns handed out water and food at the valley school, where many
families slept in the gym <b>unclosed <i>markup <p>continues
</article></body></html>
"""


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in HOSTILE_RECORDS) + "\n", encoding="utf-8"
    )
    (folder / "hostile-page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """The session's store: the sample corpus and the hostile articles, analysed."""
    from manysides.pipeline import analyze, load_leanings

    root = tmp_path_factory.mktemp("webstore")
    hostile = write_hostile(root / "hostile")
    db = root / "web.db"
    analysis = analyze([SAMPLE / "articles", hostile], db=db, leanings=load_leanings(SAMPLE / "leanings.csv"))
    assert analysis.articles, analysis.failures
    return db


@pytest.fixture()
def db_copy(built_db, tmp_path) -> Path:
    """A private copy of the session store, for tests that write."""
    target = tmp_path / "copy.db"
    shutil.copy(built_db, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(built_db) + suffix)
        if side.exists():
            shutil.copy(side, Path(str(target) + suffix))
    return target


@pytest.fixture(scope="session")
def client(built_db):
    """A TestClient over the session store (read-only use)."""
    from fastapi.testclient import TestClient

    from manysides.web import create_app

    with TestClient(create_app(built_db), base_url="http://127.0.0.1:8000") as c:
        yield c
