"""One self-contained, static HTML report of an analysis.

The page carries no script and loads nothing: inline CSS only, locked down by a
Content-Security-Policy. Every string that came from an article (text, titles, outlets,
URLs, speakers, terms) is escaped with `html.escape(quote=True)`; URLs become links only
for http(s). Evidence is highlighted inside each article's text by slicing the text on
its offsets and escaping each slice, so offsets never meet markup.
"""

from __future__ import annotations

import hashlib
import re
from html import escape

from ..analysis import Analysis
from ..records import Article, Dispute, Slant, SlantEvidence, UniquePoint
from ._view import (
    OTHER_SECTION_NOTE, Catalog, StoryView, digest_note, fmt_interval, fmt_quantity, fmt_slant, in_sections, locate,
    one_line, outlet_label, safe, voice_count, web_url, with_details,
)
from ._view import plural as _plural

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
:root{--fg:#1a1a1a;--muted:#555;--line:#c8c8c8;--bg:#fff;--alt:#f4f4f4;--link:#0b57a4}
*{box-sizing:border-box}
body{font:100%/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
 background:var(--bg);margin:0 auto;padding:1rem 1.5rem 3rem;max-width:80rem;overflow-wrap:break-word}
a{color:var(--link)}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.45rem;margin:2.5rem 0 .3rem;border-bottom:2px solid var(--fg)}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
.meta,.muted{color:var(--muted)}
.differ{display:block;font-weight:normal;color:#8a4b00;margin-top:.3em}
.note{display:block;font-weight:normal;color:var(--muted);margin-top:.3em}
nav ol{padding-left:1.4rem}
section.story{break-before:auto}
/* positioned, so that a hidden label inside stays in the box; its padding keeps a focused
   cell clear of the sticky row heading */
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);position:relative;scroll-padding-left:14rem}
table{border-collapse:collapse;margin:.3rem 0 1rem}
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top}
thead th{background:var(--alt)}
caption{text-align:left;font-style:italic;padding:.2rem 0}
table.side{table-layout:fixed;margin:0}
table.side th,table.side td{width:18rem;min-width:14rem}
table.side th[scope=row]{width:14rem;background:var(--alt);position:sticky;left:0;font-weight:600}
/* the report has no script to scroll a focused link clear of the sticky row heading (the web UI's does):
   a link that Tab reaches under it, the first of the next row, is drawn above it instead */
table.side td:focus-within{position:relative;z-index:1;background-color:var(--bg)}
table.side thead th.col-head:focus-within{position:relative;z-index:1}
table.side td.omit{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f1f1f1 6px,#f1f1f1 12px)}
table.side ul{margin:0;padding-left:1.1rem}
.col-head .outlet{font-weight:700;display:block}
/* an outlet's name of one unbroken string breaks anywhere, not widening its column past the screen */
table.side .col-head .outlet,table.side .differ{overflow-wrap:anywhere}
.col-head .title{font-weight:400;display:block}
.leaning{display:inline-block;padding:0 .4rem;border-radius:.2rem;font-size:.85rem;color:#fff;background:#595959}
.bar{display:flex;height:1.6rem;border:1px solid var(--fg);max-width:40rem;margin:.3rem 0;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar>span{display:flex;color:#fff;font-size:.85rem;line-height:1.6rem;padding:0 .3rem;
 white-space:nowrap;overflow:hidden;background:#595959}
/* a narrow segment keeps its count and cuts its leaning's name short (the legend names it) */
.bar .name{overflow:hidden;text-overflow:ellipsis;min-width:0;margin-right:.25rem}
.bar .n{flex-shrink:0}
.swatch{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle;background:#595959;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
/* after `.bar>span`, and as specific, so a segment takes its leaning's colour */
.l-left,.bar>span.l-left{background:#1d4f91}.l-lean-left,.bar>span.l-lean-left{background:#2f6db3}
.l-center,.bar>span.l-center{background:#5b3a8c}.l-lean-right,.bar>span.l-lean-right{background:#a8462b}
.l-right,.bar>span.l-right{background:#a61b1b}
.legend{list-style:none;padding:0;margin:.2rem 0;display:flex;gap:1rem;flex-wrap:wrap}
.summary{font-size:1.05rem;border-left:4px solid var(--line);padding-left:.8rem}
dl.framing,dl.facts{display:grid;grid-template-columns:fit-content(18rem) minmax(0,1fr);gap:.2rem 1rem}
dl.framing dt,dl.facts dt{font-weight:600;overflow-wrap:anywhere}
dl.framing dd,dl.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
.terms{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem}
.terms li{border:1px solid var(--line);border-radius:.2rem;padding:0 .35rem}
details.article{border:1px solid var(--line);margin:.4rem 0;padding:.3rem .6rem}
details.article summary{cursor:pointer;font-weight:600}
details.whole summary{cursor:pointer;font-size:.85em}
.text{white-space:pre-wrap;max-width:46rem;font-family:Georgia,"Times New Roman",serif}
/* a property per kind, so that a phrase of several kinds shows each */
mark{color:inherit;background:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.shared{background:#fff0a0}mark.unique{background:#cfe8ff}
mark.disputed{background:#ffd2d2;outline:2px solid #c00}
mark.detail{background:#cfe8ff;font-weight:600}
mark.slant{text-decoration:underline double #7a4b00;text-underline-offset:.2em}
mark.loaded{border-bottom:2px dashed #8b0000}
.ev-kind{font-size:.8rem;font-variant:small-caps;border:1px solid var(--line);border-radius:.2rem;padding:0 .25rem}
.slant{display:inline-block;padding:0 .4rem;border:1px solid var(--line);border-radius:.2rem;font-size:.85rem}
.timeline time{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.6rem}
.failures li{color:#8b0000}
.sr-only{position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){
 body{padding:0 .7rem 2rem}
 .scroll{scroll-padding-left:9rem}
 dl.framing,dl.facts{grid-template-columns:minmax(0,1fr)}dl.framing dd,dl.facts dd{margin-bottom:.6rem}
 table.side th,table.side td{width:14rem;min-width:11rem}
 table.side tr>:first-child{width:9rem;min-width:9rem;font-size:.85rem}
}
@media print{
 body{max-width:none;padding:0;font-size:11pt}
 nav{display:none}
 .scroll{overflow:visible;border:0}
 table.side th[scope=row]{position:static}
 a{color:inherit}
 h2{break-after:avoid}
}
"""

_SLANT_LEGEND = (
    "Slant of the text: the label the model finds most likely (left, center or right) with how sure it "
    "is, and a score from −1 (left) to +1 (right), the model’s P(right) − P(left). When center is most "
    "likely, the score can lean further than a right or left label’s does."
)


def render_html(analysis: Analysis, *, title: str = "manysides report") -> str:
    """The whole report as one HTML page (a str; the caller writes it)."""
    catalog = Catalog(analysis)
    views = catalog.views()
    page = _Page(catalog)
    body: list[str] = [f"<header><h1>{_e(one_line(title))}</h1>", _counts(analysis, views), "</header>"]
    body.append(_toc(analysis, views))
    body.append('<main>')
    for v in views:
        body.append(page.story(v))
    orphans = [a for a in analysis.articles if a.id not in page.rendered]
    if orphans:
        body.append('<section id="other-articles" aria-labelledby="h-other-articles">')
        body.append('<h2 id="h-other-articles">Articles in no story</h2>')
        body.extend(page.article(a, set()) for a in orphans)
        body.append("</section>")
    if analysis.storylines:
        body.append(_storylines(analysis, catalog))
    if analysis.failures:
        body.append('<section id="failures" aria-labelledby="h-failures"><h2 id="h-failures">Failed inputs</h2>')
        body.append('<ul class="failures">')
        for f in analysis.failures:
            body.append(f"<li><strong>{_e(one_line(f.source))}</strong>: {_e(one_line(f.message))}</li>")
        body.append("</ul></section>")
    body.append("</main>")
    head = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="manysides">\n'
        f"<title>{_e(one_line(title))}</title>\n<style>{_CSS}</style>\n</head>\n"
    )
    return head + "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"


# -- helpers -------------------------------------------------------------------------------


def _e(text: str | None) -> str:
    return escape(safe(text), quote=True)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ID_OK = re.compile(r"[^A-Za-z0-9_-]")


def anchor(prefix: str, raw: str) -> str:
    """An HTML id for `raw` (an article or story id): safe characters only, and distinct
    ids stay distinct (a short hash is appended whenever characters had to go)."""
    clean = _ID_OK.sub("", raw)[:64]
    if clean != raw:
        clean += "-" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{prefix}-{clean}"


# a bare "center" beside "slant of the text: left" read as the article's own label
KNOWN_LEANING_TIP = "the outlet's leaning as you gave it (--leanings), not read from this article"


def _leaning_badge(leaning: str | None, named: bool = False) -> str:
    """The outlet's known leaning; `named`: said to be that, where the text's slant stands beside it."""
    if not leaning:
        return ""
    cls = "l-" + re.sub(r"[^a-z]+", "-", leaning.lower()).strip("-")
    if named:
        return f' <span class="leaning {cls}" title="{_e(KNOWN_LEANING_TIP)}">known leaning: {_e(leaning)}</span>'
    return f' <span class="leaning {cls}">{_e(leaning)}</span>'


def _slant_badge(slant: Slant | None, partisan: float | None) -> str:
    """The slant read from the text, shown apart from the outlet's known leaning."""
    if slant is None:
        return ""
    label = f"slant of the text: {fmt_slant(slant)}"
    if partisan is not None:
        label += f" · hyperpartisan {100 * partisan:.0f}%"
    return f' <span class="slant">{_e(label)}</span>'


def _digest(sections: tuple[tuple[int, int], ...]) -> str:
    """Beside a digest's label: what it is read from (session 44, helper C)."""
    note = digest_note(sections)
    return f' <span class="muted digest">{_e(note)}</span>' if note else ""


# What each evidence kind is, in the report's words (kinds not listed show no label).
EVIDENCE_KINDS = {
    "phrase": "phrase",
    "sentence": "sentence",
    "source": "whom it quotes",
    "loaded": "loaded wording",
}


def _evidence_list(evidence: tuple[SlantEvidence, ...], elsewhere: tuple[tuple[int, int], ...] = ()) -> str:
    """The evidence as a list; an item in one of `elsewhere` (a digest's sections on other news) says so."""
    if not evidence:
        return ""
    items = []
    for ev in evidence:
        where = (f'<span class="muted digest">{_e(OTHER_SECTION_NOTE)}</span> '
                 if in_sections(ev.start, elsewhere) else "")
        label = EVIDENCE_KINDS.get(ev.kind)
        kind = f'<span class="ev-kind ev-{ev.kind}">{_e(label)}</span> ' if label else ""
        # a source span's weight is a share of the quoted words, not a model weight: say so
        weight = (f"{abs(ev.weight):.0%} of the party-identified quoting" if ev.kind == "source"
                  else f"model weight {ev.weight:+.3f}")
        # notes up to 320 characters: a judgement verb's ends with whom it characterises
        items.append(
            f'<li>{kind}{where}{_e(one_line(ev.text, 200))} <span class="muted">({weight}'
            f'{"; " + _e(one_line(ev.note, 320)) if ev.note else ""})</span></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


# What a slant without phrase evidence is read from, said rather than left as a gap (review 11:
# 11 of 29 articles showed no phrase; 3 of them hold no loaded word at all)
NO_LOADED_WORDING = ("no loaded wording found in the text (no word the subjectivity lexicon rates as loaded, "
                     "no judgement verb such as “slammed” or “claimed” in its narration): the score is read "
                     "from its other words, topic words and house style")
NO_LOADED_PHRASE = ("none of its loaded wording is among what moved the score most (each loaded word is listed "
                    "with what it added): the score is read from its other words, topic words and house style")


def _slant_reading(evidence: tuple[SlantEvidence, ...]) -> str:
    """A line saying so when no phrase evidence is shown: no loaded wording at all, or none
    among what pushed the score the way it went most (slant._evidence)."""
    if any(ev.kind == "phrase" for ev in evidence):
        return ""
    note = NO_LOADED_PHRASE if any(ev.kind == "loaded" for ev in evidence) else NO_LOADED_WORDING
    return f'<p class="muted no-loaded">{_e(note)}</p>'


def _link(url: str | None, text: str | None = None) -> str:
    """A link for an http(s) URL; any other URL is shown as plain text."""
    if not url:
        return ""
    label = _e(one_line(text or url, 120))
    ok = web_url(url)
    if ok is None:
        return f'<span class="url">{label}</span>'
    return f'<a href="{_e(ok)}" rel="noopener noreferrer nofollow">{label}</a>'


def _counts(analysis: Analysis, views: list[StoryView]) -> str:
    compared = sum(1 for v in views if v.compared)
    outlets = len({o for v in views for o in v.outlet_names})
    return (
        f'<p class="meta">{_plural(len(analysis.articles), "article")} · {_plural(len(views), "story", "stories")} '
        f"({compared} compared across outlets) · {_plural(outlets, 'outlet')} · "
        f"{_plural(len(analysis.storylines), 'storyline')} · {_plural(len(analysis.failures), 'failed input')}</p>"
    )


def _toc(analysis: Analysis, views: list[StoryView]) -> str:
    out = ['<nav aria-labelledby="h-toc"><h2 id="h-toc">Contents</h2><ol>']
    for v in views:
        n = len(v.outlet_names)
        out.append(
            f'<li><a href="#{anchor("s", v.story.id)}">{_e(v.title)}</a> '
            f'<span class="muted">{_e(v.dates)} · {_plural(n, "outlet")}</span></li>'
        )
    if analysis.storylines:
        out.append('<li><a href="#storylines">Storylines</a></li>')
    if analysis.failures:
        out.append('<li><a href="#failures">Failed inputs</a></li>')
    out.append("</ol></nav>")
    return "".join(out)


def _time(date: str | None) -> str:
    when = one_line(date)
    if _ISO_DATE.fullmatch(when):
        return f'<time datetime="{when}">{when}</time>'
    return f'<time>{_e(when) or "date unknown"}</time>'


def _storylines(analysis: Analysis, catalog: Catalog) -> str:
    out = ['<section id="storylines" aria-labelledby="h-storylines"><h2 id="h-storylines">Storylines</h2>']
    for sl in analysis.storylines:
        out.append(f'<h3 id="{anchor("l", sl.id)}">{_e(one_line(sl.title)) or "Untitled storyline"}</h3>')
        out.append('<ol class="timeline">')
        for sid in sl.stories:
            story = catalog.stories.get(sid)
            if story is None:  # a stored story this report does not show: its row, no link
                other = analysis.storyline_stories.get(sid)
                if other is not None:
                    out.append(f'<li>{_time(other.first_date)}{_e(one_line(other.title)) or _e(sid)} '
                               f'<span class="muted">(not in this report: manysides stories show '
                               f'{_e(sid)})</span></li>')
                continue
            v = catalog.story_view(story)
            n = len(v.outlet_names)
            out.append(
                f'<li>{_time(v.first_date)}<a href="#{anchor("s", sid)}">{_e(v.title)}</a> '
                f'<span class="muted">({_plural(n, "outlet")})</span></li>'
            )
        out.append("</ol>")
    out.append("</section>")
    return "".join(out)


class _Page:
    """Renders stories, remembering which articles already have their <details>."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.rendered: set[str] = set()

    # -- a story -------------------------------------------------------------------------
    def story(self, v: StoryView) -> str:
        sid = anchor("s", v.story.id)
        out = [f'<section class="story" id="{sid}" aria-labelledby="h-{sid}">']
        out.append(f'<h2 id="h-{sid}">{_e(v.title)}</h2>')
        n = len(v.outlet_names)
        meta = f"{_e(v.dates)} · {_plural(n, 'independent outlet')}"
        if v.copies:
            meta += f" · {_plural(len(v.copies), 'copy', 'copies')} not counted"
        if not v.compared:
            meta += f" · {', '.join(_e(o) for o in v.outlet_names) or 'no outlet'}"
        out.append(f'<p class="meta">{meta}</p>')
        if v.copies:
            items = "".join(
                f'<li><a href="#{anchor("a", c.article_id)}">{_e(c.outlet)}</a>: copy of {_e(c.original_outlet)}</li>'
                for c in v.copies
            )
            out.append(f'<p class="muted">Wire copies, not counted as independent coverage:</p><ul>{items}</ul>')
        if v.compared:
            out.append(self._coverage(v))
        if v.report and v.report.summary.strip():
            out.append(f'<h3>Summary</h3><p class="summary">{_e(one_line(v.report.summary))}</p>')
        if v.compared:
            out.append(self._side_by_side(v))
        if v.disputed:
            out.append("<h3>Disputed numbers</h3>")
            out.extend(self._dispute(v, d) for d in v.disputed)
        if v.voices:
            out.append(self._voices(v))
        framing = v.report.framing if v.report else {}
        if any(framing.values()):
            out.append(self._framing(v, framing))
        marks = _marks_by_article(v, self.catalog.articles)
        ids = [c.article_id for c in v.columns] + [c.article_id for c in v.copies]
        arts = [self.catalog.articles[a] for a in ids if a in self.catalog.articles and a not in self.rendered]
        if arts:
            out.append(f"<h3>The articles ({len(arts)})</h3>")
            out.append(
                '<p class="muted">Highlighted: <mark class="shared">reported by several outlets</mark> '
                '<mark class="unique">reported by this outlet only</mark> '
                '<mark class="disputed">a disputed number</mark> '
                '<mark class="slant">wording that moved the text-based slant</mark> '
                '<mark class="loaded">loaded wording (a subjectivity lexicon, judgement verbs)</mark></p>'
            )
            out.extend(self.article(a, marks.get(a.id, set()), v.other_news(a.id)) for a in arts)
        out.append("</section>")
        return "\n".join(out)

    def _coverage(self, v: StoryView) -> str:
        out = _bar(v.coverage, "outlets, by the leaning you gave")
        if not out:
            return ""
        text = _bar(v.text_coverage, "articles, by the slant read from their text")
        return "<h3>Coverage by leaning</h3>" + out + text

    def _side_by_side(self, v: StoryView) -> str:
        cols = v.columns
        out = ["<h3>Side by side</h3>"]
        if v.shared:
            out.append(
                '<p class="muted">One row per point two or more outlets report, in each outlet\'s own '
                "words; an empty, hatched cell means that outlet does not report it.</p>"
            )
        if any(c.slant for c in cols):
            out.append(f'<p class="muted">{_e(_SLANT_LEGEND)}</p>')
        out.append(f'<div class="scroll" tabindex="0" role="region" aria-label="outlets side by side: {_e(v.title)}">')
        out.append('<table class="side"><thead><tr><th scope="col">Point</th>')
        for c in cols:
            art = c.article
            title = _e(one_line(art.title)) if art and art.title else '<span class="muted">untitled</span>'
            date = _e(one_line(art.published)) if art and art.published else "date unknown"
            out.append(
                f'<th scope="col" class="col-head"><a class="outlet" href="#{anchor("a", c.article_id)}">'
                f"{_e(c.shown)}</a><span class=\"title\">{title}</span>"
                f'<span class="muted">{date}</span>{_leaning_badge(c.leaning, named=True)}'
                f"{_slant_badge(c.slant, c.partisan)}{_digest(v.other_news(c.article_id)) if c.slant else ''}</th>"
            )
        out.append("</tr></thead><tbody>")
        for sp in v.shared:
            differ = (f'<span class="differ">figures differ: {_e(v.differing(sp))}</span>'
                      if sp.differing else "")
            out.append(f'<tr><th scope="row">{_e(one_line(sp.summary, 300))}{differ}</th>')
            for c in cols:
                evs = [ev for ev in sp.evidence if ev.article == c.article_id]
                if evs:
                    quotes = " … ".join(_e(one_line(ev.text, 500)) for ev in evs)
                    out.append(f'<td><a href="#{anchor("a", c.article_id)}">{quotes}</a></td>')
                elif c.article_id in sp.articles:
                    out.append("<td>reports it</td>")
                elif v.outlet_reports(c, sp):
                    out.append('<td class="muted">in its other article</td>')
                else:
                    out.append('<td class="omit"><span class="sr-only">not reported</span></td>')
            out.append("</tr>")
        if v.unique_by_article:
            out.append('<tr><th scope="row">Only this outlet reports' + (
                ' <span class="note"><mark class="detail">marked</mark>: a figure or a name no other outlet gives</span>'
                if v.marks_details else "") + "</th>")
            for c in cols:
                evs = v.unique_by_article.get(c.article_id, ())
                if evs:
                    items = "".join(
                        f'<li><a href="#{anchor("a", c.article_id)}">{_details(ev, 500)}</a>'
                        + (f' <span class="muted">— {_e(who)}</span>' if (who := v.speaker_of(ev)) else "")
                        + (' <span class="muted">(a detail it adds to a shared point)</span>' if v.adds_detail(ev) else "")
                        + "</li>"
                        for ev in evs
                    )
                    out.append(f"<td><ul>{items}</ul></td>")
                else:
                    out.append('<td><span class="muted">nothing of its own</span></td>')
            out.append("</tr>")
        out.append("</tbody></table></div>")
        return "".join(out)

    def _dispute(self, v: StoryView, d: Dispute) -> str:
        about = one_line(d.about) or "a number"
        out = [f'<div class="scroll" tabindex="0" role="region" aria-label="disputed: {_e(about)}">'
               f"<table><caption>{_e(about)}</caption>"]
        out.append(
            '<thead><tr><th scope="col">Outlet</th><th scope="col">In its words</th>'
            '<th scope="col">Interval</th></tr></thead><tbody>'
        )
        for c in d.claims:
            before, figure, after = v.in_sentence(c)
            whole = v.whole_sentence(c)
            more = (f'<details class="whole"><summary>the whole sentence</summary>{_e(whole[0])}'
                    f"<strong>{_e(whole[1])}</strong>{_e(whole[2])}</details>" if whole else "")
            out.append(
                f'<tr><th scope="row"><a href="#{anchor("a", c.article)}">{_e(v.dispute_label(d, c))}</a></th>'
                f"<td>{_e(before)}<strong>{_e(figure)}</strong>{_e(after)}{more}</td>"
                f"<td>{_e(fmt_interval(c.low, c.high, c.unit))}</td></tr>"
            )
        out.append("</tbody></table></div>")
        return "".join(out)

    def _voices(self, v: StoryView) -> str:
        out = [f'<h3>Voices</h3><div class="scroll" tabindex="0" role="region" aria-label="voices: {_e(v.title)}">'
               "<table><caption>Who is quoted, by whom (direct quotes, + reported speech)</caption>"]
        out.append(
            '<thead><tr><th scope="col">Speaker</th><th scope="col">Kind</th>'
            '<th scope="col">Outlets</th><th scope="col">Quotes</th></tr></thead><tbody>'
        )
        for voice in v.voices:
            outlets = ", ".join(_e(o) for o in v.outlets_of(voice.articles))
            out.append(
                f'<tr><th scope="row">{_e(one_line(voice.speaker, 120)) or "unnamed"}</th>'
                f"<td>{_e(one_line(voice.kind)) or ''}</td><td>{outlets}</td><td>{_e(voice_count(voice))}</td></tr>"
            )
        out.append("</tbody></table></div>")
        return "".join(out)

    def _framing(self, v: StoryView, framing: dict) -> str:
        out = ['<h3>Framing terms</h3><p class="muted">Words each outlet uses markedly more than the others, '
               'each with its score (how much more).</p>']
        out.append('<dl class="framing">')
        for c in v.columns:
            terms = framing.get(c.article_id, ())
            if not terms:
                continue
            items = "".join(
                f'<li>{_e(one_line(t.term, 60))} <span class="muted">{t.score:.2f}</span></li>' for t in terms
            )
            out.append(f'<dt>{_e(c.shown)}</dt><dd><ul class="terms">{items}</ul></dd>')
        out.append("</dl>")
        return "".join(out)

    # -- an article ----------------------------------------------------------------------
    def article(self, a: Article, marks: set[tuple[int, int, str]],
                other_news: tuple[tuple[int, int], ...] = ()) -> str:
        """One article's facts and marked text; `other_news`: its sections on other news than the story's."""
        self.rendered.add(a.id)
        aid = anchor("a", a.id)
        head = f"{_e(outlet_or(a))} — {_e(one_line(a.title)) or 'untitled'}"
        if a.published:
            head += f' <span class="muted">({_e(one_line(a.published))})</span>'
        if a.duplicate_of:
            head += ' <span class="muted">copy</span>'
        facts = [("Outlet", _e(outlet_or(a)) + _leaning_badge(a.leaning and one_line(a.leaning).lower()))]
        if a.byline:
            facts.append(("Byline", _e(one_line(a.byline))))
        if a.published:
            facts.append(("Published", _e(one_line(a.published))))
        if a.url:
            facts.append(("URL", _link(a.url)))
        facts.append(("Source", _e(one_line(a.source))))
        if a.duplicate_of:
            orig = self.catalog.articles.get(a.duplicate_of)
            facts.append(
                ("Copy of", f'<a href="#{anchor("a", a.duplicate_of)}">{_e(outlet_or(orig))}</a>' if orig else _e(a.duplicate_of))
            )
        ann = self.catalog.analysis.annotations.get(a.id)
        if ann is not None and ann.slant is not None:
            facts.append(("Slant (from the text)", _slant_badge(ann.slant, None) + _digest(other_news)
                          + _evidence_list(ann.slant.evidence, other_news) + _slant_reading(ann.slant.evidence)))
            # phrases and loaded words are marked in the text; whole sentences and quotes
            # would hide the other marks
            marks = set(marks) | {
                (ev.start, ev.end, "slant" if ev.kind == "phrase" else "loaded")
                for ev in ann.slant.evidence
                if ev.kind in ("phrase", "loaded")
            }
        if ann is not None and ann.hyperpartisan is not None:
            hp = ann.hyperpartisan
            way = "towards" if hp.probability >= 0.5 else "away from"
            why = f' <span class="muted">(what pushed it {way} hyperpartisan)</span>' if hp.evidence else ""
            facts.append(("Hyperpartisan", f"{100 * hp.probability:.0f}% likely{why}" + _evidence_list(hp.evidence)))
        dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in facts)
        return (
            # the links' target is inside the <details>, so that following one opens it
            f'<details class="article"><summary>{head}</summary>'
            f'<dl class="facts" id="{aid}">{dl}</dl>'
            f'<div class="text">{highlight(a.text, marks)}</div></details>'
        )


def _details(item: UniquePoint, limit: int) -> str:
    """A unique item's sentence, escaped piece by piece, its new details in <mark class="detail">."""
    return "".join(f'<mark class="detail">{_e(text)}</mark>' if new else _e(text)
                   for text, new in with_details(item, limit))


def outlet_or(a: Article | None) -> str:
    return outlet_label(a)


def _marks_by_article(v: StoryView, articles: dict[str, Article]) -> dict[str, set[tuple[int, int, str]]]:
    """Evidence spans per article: (start, end, kind) with kind shared/unique/disputed."""
    spans: dict[str, set[tuple[int, int, str]]] = {}

    def add(article_id: str, start: int, end: int, quoted: str, kind: str) -> None:
        art = articles.get(article_id)
        if art is None:
            return
        start, end = locate(art.text, start, end, quoted)
        if end > start:
            spans.setdefault(article_id, set()).add((start, end, kind))

    for sp in v.shared:
        for ev in sp.evidence:
            add(ev.article, ev.start, ev.end, ev.text, "shared")
    for evs in v.unique_by_article.values():
        for ev in evs:
            add(ev.article, ev.start, ev.end, ev.text, "unique")
    for d in v.disputed:
        for c in d.claims:
            add(c.article, c.start, c.end, c.text, "disputed")
    return spans


def highlight(text: str, spans: set[tuple[int, int, str]] | list[tuple[int, int, str]]) -> str:
    """`text` escaped, with each (start, end, kind) span wrapped in <mark class=kind>.

    Overlapping spans are cut at every boundary, so marks never interleave; a piece inside
    spans of several kinds has a class for each (the stylesheet shows each kind with its own
    property). Spans outside the text are clipped or dropped. Each slice is escaped on its own.
    """
    n = len(text)
    clean: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        s, e = max(0, int(start)), min(n, int(end))
        if s < e:
            clean.append((s, e, kind))
    if not clean:
        return _e(text)
    cuts = sorted({0, n} | {s for s, _, _ in clean} | {e for _, e, _ in clean})
    priority = {"disputed": 0, "slant": 1, "loaded": 2, "unique": 3, "shared": 4}
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = _e(text[lo:hi])
        kinds = {k for s, e, k in clean if s <= lo and hi <= e}
        if kinds:
            classes = " ".join(sorted(kinds, key=lambda k: (priority.get(k, 5), k)))
            out.append(f'<mark class="{_e(classes)}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _bar(rows: list[tuple[str, int]], label: str) -> str:
    total = sum(n for _, n in rows)
    if not total:
        return ""
    segs, legend = [], []
    for leaning, n in rows:
        cls = "l-" + re.sub(r"[^a-z]+", "-", leaning.lower()).strip("-")
        legend.append(f'<li><span class="swatch {_e(cls)}"></span>{_e(leaning)}: {n}</li>')
        if n:
            pct = 100.0 * n / total
            segs.append(f'<span class="{_e(cls)}" style="width:{pct:.1f}%">'
                        f'<span class="name">{_e(leaning)}</span><span class="n">{n}</span></span>')
    return (
        f'<p class="muted">{_e(label)}</p>'
        f'<div class="bar" role="img" aria-label="{_e(label)}: '
        f'{_e(", ".join(f"{k} {n}" for k, n in rows))}">{"".join(segs)}</div>'
        f'<ul class="legend">{"".join(legend)}</ul>'
    )
