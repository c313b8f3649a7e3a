"""Which of two twin leads a summary opens with (review 25, session 38).

Twin leads are two outlets' opening sentences each of which is the other's match (`shared.lead_points`): one event,
told each its own way.

* A lead that tells the event only as the time of a reaction ("When the judge ruled that the firm must hand over
  its records, the industry shuddered.": a long opening clause of time, then a main clause of a few words with no
  object) gives way to a twin that states an act in its main clause ("The firm will fight the judge's order to
  hand over its records."), whether or not that twin is stated as widely: the reaction's sentence says what
  happened only as its setting.
* Of twins neither of which is an outlet's first sentence (so no outlet leads with either; `summary._twin_first`
  orders first sentences), the one whose words the other outlets' headlines give more goes first: a headline states
  its story's main fact ("Mayor praises the rescuers at the memorial" over a twin describing the crowd).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..records import Article, Evidence, SharedPoint

# an opening clause of time, then a main clause of at most five words and no comma ("..., the tech world shuddered.")
_SETTING = re.compile(r"^(?:When|As|Once|After)\s[^\"“”]{30,}?,\s+(?P<main>[^,;:\"“”]+?)[.!]?$")
MAX_REACTION_WORDS = 5


def setting_only(text: str) -> bool:
    """Whether `text` tells its event in an opening clause of time and a short reaction after it (`_SETTING`)."""
    m = _SETTING.match(text.strip())
    return m is not None and len(m.group("main").split()) <= MAX_REACTION_WORDS and not re.search(
        r"\d", m.group("main"))


def _at(e: Evidence) -> tuple[str, int]:
    return e.article, e.start


def are_twins(p: SharedPoint, q: SharedPoint, outlet_of: Mapping[str, str]) -> bool:
    """Whether leads `p` and `q` are twins: other outlets' sentences, each among the other's matches."""
    return outlet_of.get(p.evidence[0].article) != outlet_of.get(q.evidence[0].article) \
        and _at(q.evidence[0]) in {_at(e) for e in p.evidence[1:]} \
        and _at(p.evidence[0]) in {_at(e) for e in q.evidence[1:]}


def stated_twin(widest: list[SharedPoint], leads: Sequence[SharedPoint], outlet_of: Mapping[str, str],
                shown: Callable[[str], str]) -> list[SharedPoint]:
    """`widest` with its first lead replaced by a twin of it among `leads` that states the event, when the first
    only sets the time of a reaction (`setting_only`)."""
    if not widest or not setting_only(shown(widest[0].summary) or ""):
        return widest
    twin = next((q for q in leads if q is not widest[0] and are_twins(widest[0], q, outlet_of)
                 and not setting_only(shown(q.summary) or "")), None)
    return widest if twin is None else [twin, *(p for p in widest[1:] if p is not twin)]


def headline_twin(widest: list[SharedPoint], articles: Sequence[Article], outlet_of: Mapping[str, str],
                  starts: Mapping[str, int], plainness) -> list[SharedPoint]:
    """`widest` (ordered), with its first lead replaced by an as plain twin (`plainness`) whose words the other
    outlets' headlines give more, when neither is an outlet's first sentence."""
    from .unique import _content as stems

    if not widest or starts.get(widest[0].evidence[0].article) == widest[0].evidence[0].start:
        return widest

    def echoed(p: SharedPoint) -> int:
        own = outlet_of.get(p.evidence[0].article)
        said = stems(p.evidence[0].text)
        return sum(len(said & stems(a.title)) for a in articles if a.title and outlet_of.get(a.id) != own)

    top = widest[0]
    twins = [q for q in widest[1:] if are_twins(top, q, outlet_of) and plainness(q) == plainness(top)
             and starts.get(q.evidence[0].article) != q.evidence[0].start]
    best = max(twins, key=echoed, default=None)
    if best is None or echoed(best) <= echoed(top):
        return widest
    return [best, *(p for p in widest if p is not best)]
