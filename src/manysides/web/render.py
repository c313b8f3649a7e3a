"""HTML fragments built in Python: highlighted article text and the coverage chart.

Both escape every piece of untrusted text themselves (markupsafe.escape) and return
`Markup`, so templates can insert them; nothing user-supplied becomes markup, an
attribute name or a style.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from ..present._view import safe, with_details
from .queries import Span

_PRIORITY = ("disputed", "unique", "shared", "slant-left", "slant-right", "loaded", "partisan", "quote", "claim", "entity")


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` escaped, cut at every span boundary; each piece inside spans becomes a
    <mark> whose classes name the kinds covering it, and each finding's anchor
    (c-START-END) is an empty element where its span starts, so links land on it."""
    n = len(text)
    clean = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n} | {s.start for s in clean} | {s.end for s in clean})
    anchors: dict[int, list[str]] = {}
    for s in clean:
        if s.anchor:
            anchors.setdefault(s.start, [])
            if s.anchor not in anchors[s.start]:
                anchors[s.start].append(s.anchor)
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:]):
        for a in anchors.get(lo, ()):
            out.append(f'<span class="anchor" id="{escape(a)}"></span>')
        piece = escape(safe(text[lo:hi]))
        covering = [s for s in clean if s.start <= lo and hi <= s.end]
        if not covering:
            out.append(str(piece))
            continue
        kinds = sorted({s.kind for s in covering}, key=lambda k: _PRIORITY.index(k) if k in _PRIORITY else 99)
        title = "; ".join(dict.fromkeys(safe(s.label) for s in covering))
        finding = " ".join(dict.fromkeys(s.anchor for s in covering if s.anchor))
        attrs = f' class="{" ".join("k-" + k for k in kinds)}" title="{escape(title)}"'
        if finding:
            attrs += f' data-findings="{escape(finding)}"'
        out.append(f"<mark{attrs}>{piece}</mark>")
    return Markup("".join(out))


def unique_item(item, limit: int | None = None) -> Markup:
    """A unique item's sentence on one line, escaped piece by piece, with its new details
    (the figures and names no other outlet gives) in <mark class="detail">."""
    return Markup("".join(f'<mark class="detail">{escape(text)}</mark>' if new else str(escape(text))
                          for text, new in with_details(item, limit)))


_COLOURS = ("left", "center", "right", "unknown")


# The narrowest a chart is drawn: a 320 px screen less the page's margins. Labels are
# chosen to fit at this width, so they never overflow their segment on a phone.
_NARROWEST = 280
_CHAR_PX = 7.5  # the width of a 13 px label character, about


def coverage_svg(counts: dict[str, int], *, width: int = 480, label: str = "coverage by leaning") -> Markup:
    """A stacked horizontal bar of outlets per leaning, as inline SVG (no script, no
    style attribute: colours come from the stylesheet's .lean-* classes).

    `width` is the widest it is drawn; on a narrower screen it shrinks. Segments are
    laid out in percentages rather than scaled through a viewBox, so labels keep their
    size at any width (a 480 px chart scaled to a phone once had 9.5 px labels). A
    segment too narrow for "left 3" shows "3"; the legend beside names every count."""
    items = [(k, int(counts.get(k, 0))) for k in _COLOURS if counts.get(k)]
    total = sum(n for _, n in items)
    desc = ", ".join(f"{k} {n}" for k, n in items) or "no outlets"
    h = 28
    parts = [f'<svg class="coverage" role="img" width="{width}" height="{h}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}: {escape(desc)}</title>']
    x = 0.0
    for k, n in items:
        share = 100.0 * n / total
        room = min(width, _NARROWEST) * n / total - 8
        text = next((t for t in (f"{k} {n}", str(n)) if _CHAR_PX * len(t) <= room), "")
        # a nested <svg> is a viewport of its own: it clips what does not fit its segment
        parts.append(f'<svg class="segment" x="{x:.2f}%" y="0" width="{share:.2f}%" height="{h}">'
                     f'<rect class="lean-{k}" width="100%" height="100%" stroke="#fff" stroke-width="2"></rect>')
        if text:
            parts.append(f'<text x="6" y="{h - 9}">{escape(text)}</text>')
        parts.append("</svg>")
        x += share
    if not items:
        parts.append(f'<rect class="lean-unknown" x="0" y="0" width="100%" height="{h}"></rect>')
    parts.append("</svg>")
    return Markup("".join(parts))


def mini_bar(counts: dict[str, int]) -> Markup:
    """The small at-a-glance version for the story list."""
    return coverage_svg(counts, width=200, label="outlets by leaning")
