"""manysides: one news story from every side.

    >>> import manysides
    >>> result = manysides.analyze(["sample/articles"], db="demo.db")
    >>> result.to_json()["stories"][0]["shared"]

`analyze` runs the whole pipeline; each stage is also usable alone from its module
(see docs/architecture.md).
"""

from .analysis import Analysis, Failure
from .compare import compare_story
from .errors import ConfigError, InputError, ManysidesError, ModelError, StoreError
from .ingest.clean import clean_document
from .ingest.dedupe import DuplicateIndex
from .ingest.readers import read_inputs
from .nlp.annotate import annotate
from .nlp.slant import SlantModel
from .outlets import OutletProfile, outlet_profiles, outlet_profiles_frame
from .pipeline import analyze, iter_analysis, load_leanings, open_analysis
from .reannotate import Reannotation, reannotate
from .records import (
    Annotation,
    Article,
    Claim,
    Dispute,
    DisputedClaim,
    Document,
    Entity,
    Evidence,
    FramingTerm,
    Hyperpartisan,
    Quote,
    Sentence,
    SharedPoint,
    Slant,
    SlantEvidence,
    Story,
    Storyline,
    StoryReport,
    UniquePoint,
    Voice,
)
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Annotation",
    "Article",
    "Claim",
    "ConfigError",
    "Dispute",
    "DisputedClaim",
    "Document",
    "DuplicateIndex",
    "Entity",
    "Evidence",
    "Failure",
    "FramingTerm",
    "Hyperpartisan",
    "InputError",
    "ManysidesError",
    "ModelError",
    "OutletProfile",
    "Quote",
    "Reannotation",
    "Sentence",
    "SharedPoint",
    "Slant",
    "SlantEvidence",
    "SlantModel",
    "Store",
    "Story",
    "StoryReport",
    "Storyline",
    "StoreError",
    "UniquePoint",
    "Voice",
    "analyze",
    "annotate",
    "clean_document",
    "compare_story",
    "iter_analysis",
    "load_leanings",
    "open_analysis",
    "outlet_profiles",
    "outlet_profiles_frame",
    "read_inputs",
    "reannotate",
]
