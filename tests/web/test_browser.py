"""The web UI used as a person would, in Debian's headless Chromium driven by Playwright.

The server runs in a thread over a copy of the session store (one test adds articles).
Every page is watched: a dialog, a CSP violation, or `window.__pwned` set by the hostile
articles' markup fails the test, so "nothing executes" is checked in a real browser.
Screenshots of each page land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")


@pytest.fixture(scope="session")
def server_url(built_db, tmp_path_factory):
    import uvicorn

    from manysides.web import create_app

    db = tmp_path_factory.mktemp("browser") / "browser.db"
    shutil.copy(built_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page that records anything that would mean hostile text ran or was blocked."""

    def __init__(self, page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog opened: {dialog.message}")
        dialog.dismiss()

    def _console(self, msg) -> None:
        if "Content Security Policy" in msg.text or msg.type == "error" and "favicon" not in msg.text:
            self.problems.append(f"console {msg.type}: {msg.text}")

    def check(self) -> None:
        assert self.page.evaluate("window.__pwned") is None, "hostile markup executed"
        assert not self.problems, self.problems

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def web(browser, server_url):
    context = browser.new_context(base_url=server_url, viewport={"width": 1280, "height": 900})
    watched = Watched(context.new_page())
    yield watched
    watched.check()
    context.close()


def test_story_list_search_and_filter(web):
    page = web.page
    page.goto("/")
    items = page.locator("li.story-item")
    assert items.count() >= 5
    assert page.locator("li.story-item svg.coverage").count() == items.count()
    assert page.locator("li.story-item").first.locator("ul.outlets li").count() >= 1
    web.shot("01-stories")

    page.fill("input[name=q]", "evacuation homes")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"q=evacuation"))
    titles = page.locator("li.story-item h2").all_inner_texts()
    assert any("Saddle Gap" in t for t in titles)
    assert all(("Saddle Gap" in t) or ("Pomona" in t) for t in titles)
    web.shot("02-search")

    page.goto("/")
    page.select_option("select[name=outlet]", "Ironwood Sentinel")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"outlet=Ironwood"))
    listed = page.locator("li.story-item")
    assert listed.count() >= 1
    for i in range(listed.count()):
        assert "Ironwood Sentinel" in listed.nth(i).locator("ul.outlets").inner_text()
    web.shot("03-filter-outlet")


def test_open_a_story_and_follow_a_shared_point_to_its_article(web):
    page = web.page
    page.goto("/")
    page.get_by_role("link", name=re.compile("Okafor")).first.click()
    page.wait_for_url(re.compile(r"/stories/s-"))
    table = page.locator("table.side")
    assert table.locator("thead th.col-head").count() >= 3
    assert page.locator("tr.shared-point").count() >= 1
    assert page.locator("svg.coverage").count() == 1
    web.shot("04-story")

    link = page.locator("tr.shared-point a.finding").first
    quoted = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#c-\d+-\d+$"))
    fragment = page.url.split("#", 1)[1]
    assert page.locator(f"#{fragment}").count() == 1
    target = page.locator("mark.target")  # our script outlines the linked span
    target.first.wait_for()
    marked = " ".join(target.all_inner_texts())
    assert quoted[:40].rstrip("…") in " ".join(marked.split()) or marked.strip() in quoted
    web.shot("05-article-from-shared-point")


def test_hostile_articles_never_execute(web):
    page = web.page
    page.goto("/?q=Pomona")
    web.shot("06-hostile-list")
    page.get_by_role("link", name=re.compile("Pomona")).first.click()
    page.wait_for_url(re.compile(r"/stories/s-"))
    assert "<script>window.__pwned=1</script>Gazette" in page.inner_text("main")
    web.shot("07-hostile-story")
    hrefs = page.eval_on_selector_all("main a[href^='/articles/']", "els => els.map(e => e.getAttribute('href'))")
    for href in sorted({h.split("#")[0] for h in hrefs}):
        page.goto(href)
        assert page.locator("#text").count() == 1
        assert not page.eval_on_selector_all("a[href]", "els => els.filter(e => !/^(https?:|\\/|#)/.test(e.getAttribute('href'))).length")
        web.check()
    web.shot("08-hostile-article")
    page.goto("/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    web.check()


def test_add_an_article_by_pasting_text(web):
    page = web.page
    page.goto("/add")
    web.shot("09-add-form")
    page.fill("textarea[name=text]", (
        "Crews began rebuilding the Lake Pomona dam on Monday, county officials said. Sheriff Dana Ruiz "
        "said the valley road would stay closed for a month. <img src=x onerror=\"window.__pwned=1\"> "
        "The county engineer said the work would cost about $13 million and take a year."
    ))
    page.fill("input[name=title]", "Pomona dam rebuild begins <script>window.__pwned=1</script>")
    page.fill("input[name=outlet]", "Browser Test Bulletin")
    page.click("form.add button[type=submit]")
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f]+$"))
    web.shot("10-job-running")
    page.locator("#job[data-status=done]").wait_for(timeout=300_000)
    assert page.locator(".failures li").count() == 0
    web.shot("11-job-done")
    page.locator("ul.job-articles a").first.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+"))
    assert "Pomona dam rebuild begins <script>window.__pwned=1</script>" in page.inner_text("h1")
    assert "Browser Test Bulletin" in page.inner_text("dl.facts")
    web.shot("12-added-article")


def test_a_form_posted_from_elsewhere_is_refused(web, server_url):
    page = web.page
    page.goto("/add")
    # Lose the CSRF field, as a form on another site would: the server refuses it.
    page.evaluate("document.querySelector('input[name=csrf_token]').value = 'forged-token-0000000000'")
    page.fill("textarea[name=text]", "A forged submission.")
    page.click("form.add button[type=submit]")
    page.wait_for_load_state()
    assert "security token" in page.inner_text("main")
    expected = [p for p in web.problems if "status of 403" in p]
    assert len(expected) == 1  # the refused POST itself; nothing else went wrong
    web.problems.remove(expected[0])
    web.shot("13-csrf-refused")


@pytest.mark.parametrize("width", [1366, 390, 320])
def test_no_page_scrolls_sideways(browser, server_url, width):
    """Wide tables scroll inside their own box; the page itself never does (a hidden
    screen-reader label once made a story page 1,615 px wide at any screen size; at 320 px,
    the width of 400% zoom, two-column lists squeezed their text to nothing)."""
    context = browser.new_context(base_url=server_url, viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto("/")
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        page.goto(stories[0])
        article = page.locator("a.finding").first.get_attribute("href").split("#")[0]
        for url in ("/", *stories, article, "/add"):
            page.goto(url)
            wide = page.evaluate("document.documentElement.scrollWidth")
            culprits = page.evaluate(f"""[...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > {width} + 1).slice(0, 4)
                .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 50))""")
            assert wide <= width, (url, wide, culprits)
    finally:
        context.close()


# Every word (2 to 15 letters between spaces, punctuation around it aside) the browser lays
# out on more than one line: split mid-word ("manyside/s", "unemployme/nt"). A longer
# unbroken string (a URL, a hostile outlet name) may break; an ordinary word never.
SPLIT_WORDS = r"""() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const word = /(?<=^|\s[(“"‘']*)[A-Za-z\u00C0-\u024F’']{2,15}(?=[)”"’',.;:!?]*(\s|$))/g;
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || el.closest('.sr-only, a.skip, script, style, select, [hidden]')) continue;
    let m;
    while ((m = word.exec(node.data))) {
      const r = document.createRange();
      r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
      const lines = new Set([...r.getClientRects()].filter(x => x.width > 0.5).map(x => Math.round(x.top)));
      if (lines.size > 1) out.push(el.tagName + ': ' + m[0]);
    }
  }
  return out.slice(0, 10);
}"""


@pytest.mark.parametrize("width", [390, 320])
def test_no_word_is_split_across_lines_on_a_phone(browser, server_url, width):
    """The header wraps as whole links and table cells keep their words whole (a stylesheet
    rule once let every word break anywhere under 40rem: "manyside/s", "AP/I", "unemployme/nt")."""
    context = browser.new_context(base_url=server_url, viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto("/")
        for link in page.locator("header.site a").all():  # each header link on one line
            box = link.bounding_box()
            line = page.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)", link.element_handle())
            assert box["height"] <= line * 1.2, (link.inner_text(), box, line)
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        page.goto(stories[0])
        article = page.locator("a.finding").first.get_attribute("href").split("#")[0]
        for url in ("/", *stories, article, "/add", "/api-docs"):
            page.goto(url)
            assert page.evaluate(SPLIT_WORDS) == [], url
    finally:
        context.close()


def _poll(page, script: str, done, timeout: float = 10.0):
    """The value of `script` in the page once `done` holds for it (or at the timeout).

    Polled from Python: `page.evaluate` runs over the DevTools protocol, which the page's
    CSP (no 'unsafe-eval') does not cover, while `wait_for_function` re-evaluates a string
    predicate with eval inside the page once its first check fails, and the CSP refuses it.
    On a slow machine a resize or a link's effect may land a moment after the call returns.
    """
    deadline = time.monotonic() + timeout
    while True:
        now = page.evaluate(script)
        if done(now) or time.monotonic() > deadline:
            return now
        page.wait_for_timeout(50)


def test_a_wide_side_by_side_table_shows_a_scroll_cue_only_while_it_overflows(browser, server_url):
    context = browser.new_context(base_url=server_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    state = """() => { const box = document.querySelector('section[aria-labelledby=h-side] .scroll');
        const hint = document.querySelector('[data-scroll-hint]');
        return {over: box.scrollWidth > box.clientWidth + 1, cue: !!hint && hint.offsetParent !== null,
                cols: box.querySelectorAll('th.col-head').length}; }"""
    try:
        page.goto("/")
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        seen = set()
        for url in stories:
            page.set_viewport_size({"width": 1280, "height": 900})
            page.goto(url)
            wide = page.evaluate(state)
            assert wide["cue"] == wide["over"], (url, wide)
            page.set_viewport_size({"width": 390, "height": 900})
            narrow = _poll(page, state, lambda now: now["over"] == now["cue"])
            assert narrow["over"] == (narrow["cols"] > 1) and narrow["cue"] == narrow["over"], (url, narrow)
            seen.add((wide["cue"], narrow["cue"]))
        assert (False, True) in seen  # a table that fits a wide window, not a phone
    finally:
        context.close()


@pytest.mark.parametrize("width", [1366, 390, 320])
def test_the_html_report_fits_the_screen_and_its_links_open_the_article(browser, sample_run, tmp_path, width):
    """The self-contained report (no script) never scrolls sideways (its hidden "not
    reported" labels once made it 1,604 px wide at any size), wide tables scroll in their
    own box, and following a link to an article opens that article's collapsed text."""
    from manysides.present import render_html

    report = tmp_path / "report.html"
    report.write_text(render_html(sample_run.analysis), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(report.as_uri())
        wide = page.evaluate("document.documentElement.scrollWidth")
        culprits = page.evaluate(f"""[...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > {width} + 1 && !e.closest('.scroll')).slice(0, 4)
            .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 50))""")
        assert wide <= width and culprits == [], (wide, culprits)
        link = page.locator('table.side a[href^="#a-"]').first
        target = link.get_attribute("href")
        assert page.evaluate(f"document.querySelector('{target}').closest('details').open") is False
        link.click()
        opened = f"document.querySelector('{target}').closest('details').open"
        assert _poll(page, opened, lambda now: now is True) is True
    finally:
        context.close()


MARK_CUES = r"""() => {
  const wants = {
    'k-slant-left': s => s.textDecorationLine.includes('underline') && s.textDecorationStyle === 'solid',
    'k-slant-right': s => s.textDecorationLine.includes('underline') && s.textDecorationStyle === 'wavy',
    'k-quote': s => s.fontStyle === 'italic',
    'k-claim': s => s.boxShadow !== 'none',
    'k-partisan': s => s.borderTopStyle === 'dotted',
    'k-shared': s => s.backgroundColor !== 'rgba(0, 0, 0, 0)',
    'k-unique': s => s.backgroundColor !== 'rgba(0, 0, 0, 0)',
  };
  const seen = {}, hidden = [];
  for (const m of document.querySelectorAll('#text mark')) {
    const s = getComputedStyle(m);
    for (const c of m.classList) {
      if (!(c in wants)) continue;
      seen[c] = (seen[c] || 0) + 1;
      if (!wants[c](s)) hidden.push(m.className + ': ' + m.textContent.slice(0, 30));
    }
  }
  return {seen, hidden: hidden.slice(0, 5)};
}"""


def test_every_kind_of_highlight_shows_where_kinds_overlap(browser, server_url):
    """A phrase that is slant evidence, a quote and a shared point shows all three (each
    kind has its own property and shape; one background per kind once hid most slant
    evidence under the shared points' colour)."""
    context = browser.new_context(base_url=server_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen: dict[str, int] = {}
    overlapping = 0
    try:
        page.goto("/")
        for story in [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()][:3]:
            page.goto(story)
            articles = {h.split("#")[0] for h in (a.get_attribute("href") for a in page.locator("a.finding").all())}
            for url in sorted(articles):
                page.goto(url)
                got = page.evaluate(MARK_CUES)
                assert got["hidden"] == [], (url, got["hidden"])
                for k, n in got["seen"].items():
                    seen[k] = seen.get(k, 0) + n
                overlapping += page.evaluate("document.querySelectorAll('#text mark.k-shared.k-quote').length")
    finally:
        context.close()
    assert {"k-quote", "k-claim", "k-shared"} <= set(seen) and overlapping > 0, (seen, overlapping)


COVERAGE_LABELS = r"""() => [...document.querySelectorAll('svg.coverage text')].map(t => {
  const r = t.getBoundingClientRect(), seg = t.closest('svg.segment').getBoundingClientRect();
  return {text: t.textContent, height: r.height, inside: r.left >= seg.left - 0.5 && r.right <= seg.right + 0.5};
})"""


def test_coverage_chart_labels_keep_their_size_and_fit_their_segment_on_a_phone(browser, server_url):
    """A story's coverage chart drawn at 480 px once shrank as a picture on a phone, to
    9.5 px labels; now its labels keep their size and each stays inside its segment."""
    context = browser.new_context(base_url=server_url, viewport={"width": 375, "height": 900})
    page = context.new_page()
    try:
        page.goto("/")
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        labels = []
        for url in ("/", *stories):
            page.goto(url)
            labels += page.evaluate(COVERAGE_LABELS)
        assert labels
        assert all(x["height"] >= 12 and x["inside"] for x in labels), [x for x in labels if not x["inside"]][:3]
    finally:
        context.close()


REPORT_BAR_COUNTS = r"""() => [...document.querySelectorAll('.bar > span')].map(s => {
  const r = s.getBoundingClientRect(), n = s.querySelector('.n');
  const c = n && n.getBoundingClientRect();
  return {seg: s.textContent, width: r.width, count: n ? n.textContent : null,
          shown: !!c && c.left >= r.left - 0.5 && c.right <= r.right + 0.5};
})"""


def test_a_narrow_leaning_bar_segment_in_the_report_keeps_its_count(browser, sample_run, tmp_path):
    """A segment too narrow for "center 1" shows its count and cuts the name short (it
    once clipped the whole label); the legend under the bar names each colour."""
    import dataclasses

    from manysides.present import render_html

    analysis = sample_run.analysis
    sid, report = next((k, r) for k, r in analysis.reports.items() if r is not None)
    wide = dataclasses.replace(report, coverage={"left": 9, "center": 1, "right": 7})
    analysis = dataclasses.replace(analysis, reports={**analysis.reports, sid: wide})
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(analysis), encoding="utf-8")
    context = browser.new_context(viewport={"width": 320, "height": 900})
    page = context.new_page()
    try:
        page.goto(page_file.as_uri())
        segs = page.evaluate(REPORT_BAR_COUNTS)
        assert any(s["count"] == "1" and s["width"] < 40 for s in segs)  # too narrow for "center 1"
        assert all(s["shown"] for s in segs), segs
        legend = page.locator("ul.legend li", has=page.locator("span.swatch.l-center")).first
        assert legend.inner_text().strip() == "center: 1"
    finally:
        context.close()


# The side-by-side tables' columns: each table's box, its first (row heads') column and its widest column, in px.
SIDE_COLUMNS = r"""() => [...document.querySelectorAll('table.side')].map(t => {
  const cells = [...t.querySelector('tr').children].map(c => c.getBoundingClientRect().width);
  return {box: t.closest('.scroll').clientWidth, first: cells[0], widest: Math.max(...cells.slice(1)),
          title: (t.closest('section.story') || document).querySelector('h1, h2').textContent.slice(0, 40)};
})"""


@pytest.mark.parametrize("width", [1366, 390, 320])
def test_the_html_report_of_hostile_articles_fits_the_screen(browser, db_copy, tmp_path, width):
    """An outlet's name of one unbroken string (the hostile store's 120 letters) and a title's word longer
    than a phone's line once made the report 1,472-1,528 px wide at any size (its `<summary>` and `<h2>`
    kept them whole), and its side-by-side table 3,188 px wide at 390 px with a sticky "Point" column of
    1,117 px, wider than the phone, so the outlets' cells slid under it. Now a string too long for its
    line breaks, and a column of the table is never wider than its box."""
    from manysides.pipeline import open_analysis
    from manysides.present import render_html

    report = tmp_path / "report.html"
    report.write_text(render_html(open_analysis(db_copy)), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(report.as_uri())
        assert "ValleyDailyNewsNetworkValleyDailyNewsNetwork" in page.content()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        tables = page.evaluate(SIDE_COLUMNS)
        assert tables
        for t in tables:
            # at 320 px a cell's own unbroken string of 33 characters (the hostile text's "<script>...")
            # may still make its column wider than the box: it scrolls in the box, clear of the row heads
            assert t["first"] <= t["box"] / 2 and (width < 390 or t["widest"] <= t["box"]), t
            if width < 640:  # the narrow layout's row heads: 9rem, as the web UI's, where they were 11rem
                assert t["first"] <= 9 * 16 + 1, t
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 320])
def test_a_story_table_column_is_never_wider_than_its_box_on_a_phone(browser, server_url, width):
    """The web UI's side-by-side table with an outlet named by one unbroken string (the hostile story's):
    its column and the "figures differ" line naming it once widened the table to 3,188 px at 390 px and
    the sticky row heads to 1,117 px, covering every outlet's cells; now the name breaks where it must."""
    context = browser.new_context(base_url=server_url, viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto("/")
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        seen = []
        for url in stories:
            page.goto(url)
            for t in page.evaluate(SIDE_COLUMNS):
                seen.append(t["title"])
                assert t["first"] <= t["box"] / 2 and (width < 390 or t["widest"] <= t["box"]), (url, t)
        assert any("Pomona" in s for s in seen)  # the hostile story was measured
    finally:
        context.close()


def test_a_story_of_one_article_leaves_its_column_room_for_a_long_word_at_320px(browser, server_url):
    """A story of one article has one column beside the row heads; at 320 px (400% zoom) the row heads'
    9rem left it 151 px, and "advertisements" in a headline split over two lines. Its row heads take 6rem,
    which leaves the column 11rem or more, and no word of the page is split."""
    context = browser.new_context(base_url=server_url, viewport={"width": 320, "height": 900})
    page = context.new_page()
    try:
        page.goto("/")
        stories = [a.get_attribute("href") for a in page.locator("li.story-item h2 a").all()]
        singles = 0
        for url in stories:
            page.goto(url)
            if not page.locator("table.side.single").count():
                continue
            singles += 1
            column = page.evaluate("document.querySelector('table.side.single tr.col-facts td').clientWidth")
            assert column >= 11 * 16, (url, column)
            assert page.evaluate(SPLIT_WORDS) == [], url
        assert singles >= 1
    finally:
        context.close()


# The share of the focused link that its row's sticky heading covers (null: focus is not in a table box).
FOCUS_UNDER_ROW_HEAD = r"""() => {
  const e = document.activeElement;
  if (!e || !e.closest('.scroll') || e.classList.contains('scroll')) return null;
  let covered = 0, total = 0;
  for (const r of e.getClientRects()) for (let x = r.left + 2; x < r.right - 2; x += 6) {
    const y = r.top + r.height / 2;
    if (x < 0 || x >= innerWidth || y < 0 || y >= innerHeight) continue;
    total++;
    const top = document.elementFromPoint(x, y);
    if (top && top.closest('th[scope=row]') && !top.contains(e)) covered++;
  }
  return total ? covered / total : 0;
}"""


def test_a_link_focused_in_the_reports_table_is_never_hidden_under_its_row_heading(browser, sample_run, tmp_path):
    """The report has no script (the web UI's scrolls a focused link clear): Tab from a row's last outlet
    to the next row's first once left that link under the sticky row heading, its focus unseen (3 in the
    sample's report at 390 px; 16 of 351 in a report of the sample and review 30's articles); now the
    focused cell is drawn above the heading."""
    from manysides.present import render_html

    report = tmp_path / "report.html"
    report.write_text(render_html(sample_run.analysis), encoding="utf-8")
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(report.as_uri())
        links = page.locator("table.side a").count()
        seen, hidden = 0, []
        for _ in range(page.locator("a, [tabindex='0']").count()):
            page.keyboard.press("Tab")
            share = page.evaluate(FOCUS_UNDER_ROW_HEAD)
            if share is None:
                continue
            seen += 1
            if share > 0.5:
                hidden.append(page.evaluate("document.activeElement.textContent.slice(0, 40)"))
        assert seen >= links > 20
        assert hidden == []
    finally:
        context.close()


def test_the_reports_text_follows_the_readers_font_size(browser, sample_run, tmp_path):
    """A reader who sets the browser's font size to 24 px gets the report's text at 24 px, as the web UI's:
    its body was set in px (16 px), so only its rem-sized headings grew (43 px headings over 16 px text)."""
    from manysides.present import render_html

    report = tmp_path / "report.html"
    report.write_text(render_html(sample_run.analysis), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        cdp = context.new_cdp_session(page)
        cdp.send("Page.enable")
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 24, "fixed": 20}})
        page.goto(report.as_uri())
        sizes = page.evaluate("""() => ['body', 'details.article summary', '.text', 'table.side td']
            .map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))""")
        assert sizes == [24, 24, 24, 24], sizes
    finally:
        context.close()
