"""Times of day two outlets give differently for one moment of the event (`nlp.clock`'s claims).

Two outlets' times are of one moment only when the claims stage read both as the moment of one event
(`nlp.clock.EVENTS`: "took off" and "departed", "lost contact"), both planned or both not ("scheduled to land at
11:39 a.m." is no landing), on one weekday when both name one, with proper nouns of the verb's subject and object
that meet when both name some ("left Barcelona", "left Madrid": two departures), from articles at most a day
apart when neither names a weekday. Each article gives at most one time of a moment (an article giving two
times of one event verb tells two moments or changes its mind: neither is compared). The times are compared in
one time zone: both as written when neither names a zone ("local time" is none), converted when both do ("5 p.m.
ET" and "2 p.m. PT" are one moment; a zone that keeps summer time counts both of its offsets), never a zoned one
against one without. A hedge is an interval ("around 1 p.m." 12:45-1:15, "just after 10 a.m." 10:00-10:15); the
times are disputed when no two intervals meet. Not caught: two moments of one event verb in one story told by
outlets that name no one ("the first blast went off at 2:49 p.m." and "the second went off at 2:50 p.m." are told
apart only by the ordinal); an hour written "10:55 GMT" without "a.m."/"p.m.".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping, Sequence

from ..nlp.clock import TIME_UNIT, time_subject
from ..records import Annotation, Article, Claim, Dispute, DisputedClaim
from ._text import outlet_key

DAY = 1440
# a zone's offset from UTC in minutes, and whether it is a zone of summer time too (the offset one hour more)
_ZONES: dict[str, tuple[int, bool]] = {
    "et": (-300, True), "eastern": (-300, True), "est": (-300, False), "edt": (-240, False),
    "eastern standard": (-300, False), "eastern daylight": (-240, False),
    "ct": (-360, True), "central": (-360, True), "cst": (-360, False), "cdt": (-300, False),
    "central standard": (-360, False), "central daylight": (-300, False),
    "mt": (-420, True), "mountain": (-420, True), "mst": (-420, False), "mdt": (-360, False),
    "mountain standard": (-420, False), "mountain daylight": (-360, False),
    "pt": (-480, True), "pacific": (-480, True), "pst": (-480, False), "pdt": (-420, False),
    "pacific standard": (-480, False), "pacific daylight": (-420, False),
    "gmt": (0, False), "utc": (0, False), "bst": (60, False), "cet": (60, False), "cest": (120, False),
    "aest": (600, False), "aedt": (660, False),
}
# the zone at the end of a time's text: an abbreviation or a US zone's name (`_ZONES`), or a place's time ("Singapore
# time": no offset known, compared only with the same place's)
_ZONE_AT_END = re.compile(r"[\s,](ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|AEST|AEDT|"
                          r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?:\s+[Tt]ime)?$")
# zones whose summer time begins and ends together: both read in summer time or both not
_US = frozenset(k for k, (off, _) in _ZONES.items() if -480 <= off <= -240)
_LABELS = {"depart": "took off", "land": "landed", "lose contact": "lost contact", "crash": "went down",
           "begin": "began", "explode": "went off", "strike": "struck", "arrest": "was arrested", "end": "ended",
           "storm": "was stormed", "reopen": "reopened", "die": "died"}


def _zone(c: Claim) -> str | None:
    """The zone a time names, lowercase ("et", "pacific standard", "singapore"), None for none or "local time"."""
    m = _ZONE_AT_END.search(c.text)
    if not m or m.group(1).lower() == "local" or re.fullmatch(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day",
                                                              m.group(1)):
        return None
    return " ".join(m.group(1).lower().split())


def _offsets(za: str, zb: str) -> list[tuple[int, int]]:
    """The pairs of UTC offsets two zones may have at one moment."""
    (oa, sa), (ob, sb) = _ZONES[za], _ZONES[zb]
    pairs = [(oa + 60 * x, ob + 60 * y) for x in ((0, 1) if sa else (0,)) for y in ((0, 1) if sb else (0,))]
    if sa and sb and za in _US and zb in _US:  # one summer or one winter for both
        pairs = [(a, b) for a, b in pairs if (a - oa) == (b - ob)]
    return pairs


def _meet(a: Claim, b: Claim, shift: int = 0) -> bool:
    """Whether a's interval meets b's moved by `shift` minutes, over midnight too."""
    lo_a, hi_a = a.low if a.low is not None else a.value, a.high if a.high is not None else a.value
    lo_b, hi_b = b.low if b.low is not None else b.value, b.high if b.high is not None else b.value
    return any(lo_a <= hi_b + shift + k * DAY and lo_b + shift + k * DAY <= hi_a for k in (-1, 0, 1))


def times_meet(a: Claim, b: Claim) -> bool | None:
    """Whether two times of one moment agree (None: not comparable, one zoned and the other not)."""
    za, zb = _zone(a), _zone(b)
    if za is None and zb is None:
        return _meet(a, b)
    if za is None or zb is None:
        return None
    if za not in _ZONES or zb not in _ZONES:  # a place's time: the same place's only
        return _meet(a, b) if za == zb else None
    # b's local time minus its offset is UTC; plus a's offset is a's local time
    return any(_meet(a, b, oa - ob) for oa, ob in _offsets(za, zb))


def _day(article: Article) -> datetime.date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", article.published or "")
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


def _one_moment(a: tuple, b: tuple) -> bool:
    """Whether two (article, outlet, day, claim) items may be times of one moment."""
    (_, outlet_a, day_a, ca), (_, outlet_b, day_b, cb) = a, b
    if outlet_a == outlet_b:
        return False
    event_a, weekday_a, names_a = time_subject(ca.subject)
    event_b, weekday_b, names_b = time_subject(cb.subject)
    if event_a != event_b:
        return False
    if weekday_a and weekday_b:
        if weekday_a != weekday_b:
            return False
    elif day_a and day_b and abs((day_a - day_b).days) > 1:
        return False
    return not (names_a and names_b and not names_a & names_b)


def disputed_times(articles: Sequence[Article], annotations: Mapping[str, Annotation],
                   skip: Callable[[Article, Claim], bool] | None = None) -> list[Dispute]:
    """The moments of the event outlets give different times of day for (see the module); `skip`: times the
    caller leaves out (in a heading)."""
    items: list[tuple[Article, str, datetime.date | None, Claim]] = []
    for art in articles:
        ann = annotations.get(art.id)
        times = [c for c in getattr(ann, "times", ()) or () if isinstance(c, Claim) and c.unit == TIME_UNIT
                 and not (skip and skip(art, c))]
        by_event: dict[str, list[Claim]] = {}
        for c in times:
            by_event.setdefault(time_subject(c.subject)[0], []).append(c)
        for event, cs in by_event.items():
            if len({(c.low, c.high) for c in cs}) == 1:  # one time, maybe told twice
                items.append((art, outlet_key(art), _day(art), cs[0]))
    disputes = []
    done: set[int] = set()
    for i, a in enumerate(items):
        if i in done:
            continue
        group = [i]
        for j in range(i + 1, len(items)):
            if j not in done and all(_one_moment(items[k], items[j]) for k in group) \
                    and all(times_meet(items[k][3], items[j][3]) is not None for k in group):
                group.append(j)
        if len(group) < 2:
            continue
        done.update(group)
        members = [items[k] for k in group]
        if all(times_meet(x[3], y[3]) for n, x in enumerate(members) for y in members[n + 1:]):
            continue
        event = time_subject(members[0][3].subject)[0]
        planned = event.startswith("planned ")
        label = _LABELS.get(event.removeprefix("planned "), event)
        about = f"time of day: {'planned, ' if planned else ''}{label}"
        disputes.append(Dispute(about, tuple(
            DisputedClaim(art.id, c.text, c.value, c.unit, c.low, c.high, c.start, c.end)
            for art, _, _, c in members)))
    return disputes
