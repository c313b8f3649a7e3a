"""Cross-outlet comparison of one story: what outlets share, dispute, omit, quote, frame.

`compare_story` runs every part; each part is usable alone.
"""

from .coverage import coverage, normalize_leaning, outlet_leanings
from .framing import framing_terms
from .names import strip_titles, unify_names
from .numbers import disputed_numbers, intervals_overlap
from .report import CompareError, compare_story
from .shared import echoed_sentences, lead_points, shared_points
from .summary import neutral_summary
from .terms import term_counts
from .unique import unique_points
from .voices import voices

__all__ = [
    "CompareError",
    "compare_story",
    "coverage",
    "disputed_numbers",
    "echoed_sentences",
    "framing_terms",
    "intervals_overlap",
    "lead_points",
    "neutral_summary",
    "normalize_leaning",
    "outlet_leanings",
    "shared_points",
    "strip_titles",
    "term_counts",
    "unify_names",
    "unique_points",
    "voices",
]
