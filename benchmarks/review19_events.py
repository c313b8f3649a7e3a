"""The 6 events of review 19: every summary, shared point, figure, unique item, voice and slant label, to read.

    nice -n 10 .venv/bin/python benchmarks/review19_events.py                 # this checkout
    nice -n 10 .venv/bin/python benchmarks/review19_events.py --src /old/src  # another version

FINDINGS
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _review_corpus import Marks, run_review  # noqa: E402

EVENTS = {
    "The Supreme Court rules for same-sex marriage (2015)": ["PpB42A7lKYy9efeq", "hedkWjQ0NU6I9LaF",
                                                              "FS7IFI90Xdnytncy"],
    "The Las Vegas shooting and the gun debate (2017)": ["pJGtDgwkOrYNLIpK", "tamJPlgT7S7tJcuO", "UKg39ya6PgGXjALd",
                                                         "hLDdcG8ukxccIwHJ"],
    "The US missile strike on Syria (2017)": ["NfXo6LQ4RA5AV26Z", "kxf4oCih977S1jY1", "pp88z0j16iremYZt"],
    "Trump's steel and aluminum tariffs (2018)": ["XxkldZD7dB2dmRZD", "Bcok1Vmli5usKNPi", "1irh89dc1OcgcAzx"],
    "Michael Flynn resigns (2017)": ["sCSnFNrU6GOrH3OP", "sabu40jCSpIPVwNs", "KEl3HdNvH4DLUCcu"],
    "Super Tuesday's results (2016)": ["PY8rGv27x813ldnC", "SqGGRXEH2cGysg2t", "TmRGFyMmLTffeNWl"],
}
# 2 near misses (Fox on Trump heading to Las Vegas two days after the shooting; CNN on Haley at the UN the day after
# the strike), 8 others
OTHERS = ["YMIg2bWhSUs8AndE", "44MQqr7YozfYMHbc", "CbppdjBJMhYxfQiA", "iTzwlMmPlSUynsTN", "4wD54bmJtJOkxwZA",
          "NSRxjUAbl1T882gs", "LVmrLlzxymDZyoav", "3LhjqqWq5NSy5QsD", "K7bY8YrqFBchjDaQ", "whF4kCcFoh0Ag0rn"]
SHARED_WRONG = r"(?!)"
UNIQUE_WRONG = r"(?!)"
WRONG_QUOTES: dict[str, str] = {}
DISPUTE_WRONG = r"(?!)"
MAIN_FACT = {
    "The Supreme Court rules for same-sex marriage (2015)":
        r"(?i)\b(Supreme Court|justices|court)\b.{0,200}\b(marr\w+)",
    "The Las Vegas shooting and the gun debate (2017)":
        r"(?i)\b(gunman|shooter|Paddock|shooting|opened fire)\b.{0,200}\b(killed|dead|died|deadliest|wounded)\b|"
        r"\b(killed|dead)\b.{0,200}\b(shooting|gunman|opened fire)\b",
    "The US missile strike on Syria (2017)": r"(?i)\b(strike|missiles?|struck|attack)\b.{0,200}\b(Syria\w*|air ?base)\b|"
                                             r"\bSyria\w*\b.{0,200}\b(strike|missiles?|struck)\b",
    "Trump's steel and aluminum tariffs (2018)": r"(?i)\btariffs?\b.{0,200}\b(steel|aluminum)\b|"
                                                 r"\b(steel|aluminum)\b.{0,200}\btariffs?\b",
    "Michael Flynn resigns (2017)": r"(?i)Flynn.{0,200}\b(resign\w*|ouster|ousted|quit|stepped down|forced out)\b|"
                                    r"\b(resign\w*|ouster|ousted)\b.{0,200}Flynn",
    "Super Tuesday's results (2016)": r"(?i)\b(Trump|Clinton)\b.{0,200}\b(won|wins?|victor\w*|swept|sweep\w*)\b",
}
SLANT_WRONG: dict[str, str] = {}
FURNITURE = r"(?!)"

if __name__ == "__main__":
    marks = Marks(SHARED_WRONG, UNIQUE_WRONG, WRONG_QUOTES, DISPUTE_WRONG, FURNITURE, MAIN_FACT, SLANT_WRONG)
    raise SystemExit(run_review(__doc__, "review19", EVENTS, OTHERS, marks))
