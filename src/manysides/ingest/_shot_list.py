"""A news agency's video script saved as an article's text (AP's and Reuters' shot lists, which
outlets publish under their videos: "RESTRICTION SUMMARY: AP CLIENTS ONLY ... London - 24 June 2016
1. British Prime Minister David Cameron approaching the lectern ... 2. SOUNDBITE (English) David
Cameron, British Prime Minister: “Good morning everyone. ...” ++FRAMES OF BLACK++ ..."). Its header,
shot numbers, shots' descriptions and soundbite labels are the editors' markup, not reporting; the
soundbites' words, under their speakers' names, are kept."""

from __future__ import annotations

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a soundbite's label with its language ("SOUNDBITE (English)", Reuters' "(SOUNDBITE) (Russian)"), or AP's
# restriction header: only a line holding one is read as a script (prose says neither)
_LABEL = re.compile(r"\(?\bSOUNDBITE\)?\s*\([A-Z][a-z]+\)\s*")
_AP_HEADER = re.compile(rf"\bRESTRICTION SUMMARY:.{{0,200}}?\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b\s*")
# Reuters' "SHOWS: WASHINGTON, DC, UNITED STATES (APRIL 30, 2015) (REUTERS - ACCESS ALL)": place, date, access
_REUTERS_HEADER = re.compile(r"(?:\bSHOWS:\s+)?\b[A-Z][A-Z .,'-]{2,80}\((?:[A-Z]+ \d{1,2},? \d{4})\)"
                             r"(?:\s*\([^()]{0,60}\))*\s*")
_EDIT_NOTE = re.compile(r"\+\+[A-Z ]{3,40}\+\+\s*")  # "++FRAMES OF BLACK++"
# a shot's number at the text's start or after a space: "... 24 June 2016 1. British ..." (no year, no price)
_SHOT = re.compile(r"(?:^|(?<=\s))\d{1,2}\.\s+(?=[A-Z(“\"])")


def is_script(text: str) -> bool:
    """Whether a line is (or holds) an agency's video script."""
    return bool(_LABEL.search(text) or _AP_HEADER.search(text))


def strip_script(text: str, removed: list[str]) -> str:
    """`text` without a video script's markup (a note for each piece in `removed`): its header, edit
    notes and soundbite labels, and each numbered shot that only describes a picture (no quotation, no
    speaker's colon); numbered soundbites keep their words, without their numbers."""
    if not is_script(text):
        return text
    for pattern, rule in ((_AP_HEADER, "video script header"), (_REUTERS_HEADER, "video script header"),
                          (_EDIT_NOTE, "video script note"), (_LABEL, "video script label")):
        for m in pattern.finditer(text):
            removed.append(f"{rule}: {m.group(0).strip()[:80]}")
        text = pattern.sub(" ", text)
    parts = _SHOT.split(text)
    kept = [parts[0].strip()]
    for shot in (p.strip() for p in parts[1:]):
        if shot and not re.search(r"[“”\"]|:\s", shot):
            removed.append(f"video shot: {shot[:80]}")
            continue
        kept.append(shot)
    return " ".join(p for p in kept if p)
