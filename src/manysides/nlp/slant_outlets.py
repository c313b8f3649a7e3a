"""The outlets the shipped slant model was trained on, and outlet names as text.

One list (`data/slant/training_outlets.json`, written by scripts/train_slant.py from the
same family split as the weights: the AllSides outlet names of the training families and
of the held-out ones), three uses:

- a store outlet of a training family is marked, because its profile then agrees with its
  known leaning partly by construction, not as an out-of-sample test;
- `family_key` pools an outlet's variants ("New York Times - News" / "- Opinion");
- the scorer masks outlet names in an article, so a mention of an outlet ("the Times",
  "Fox News") neither scores nor shows as evidence: the training outlets' names exactly as
  training stripped them, and those held-out names that are a news medium's by their words
  ("Washington Post", "ABC News"). A mention of the Washington Post is no more the
  article's slant than one of Fox; but the held-out families also hold people ("Barack
  Obama") and common words ("vice", "the week") that training did not strip, and masking
  them would take words away where the model learnt them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .slant_features import _names_regex, name_variants

TRAINING_FILE = "training_outlets.json"

# A trailing " - News", " (Opinion)", " (Online News)"...: a section or an edition of one
# outlet, not another outlet. Places, people and leanings ("- UK", "(Wall Street Journal)",
# "Guest Writer - Left") are not in the list, so those stay apart.
_FORMATS = (
    "news", "opinion", "opinions", "editorial", "editorials", "op-ed", "op-eds", "opinion/editorial",
    "online", "online news", "web", "web news", "blog", "analysis", "commentary",
)
_SUFFIX_RE = re.compile(
    r"\s*(?:[-–—]\s+(?:" + "|".join(map(re.escape, _FORMATS)) + r")|\((?:" + "|".join(map(re.escape, _FORMATS))
    + r")\))\s*$",
    re.IGNORECASE,
)
# How a paper is named once its full name has been given: "the Times", "the Post". Only
# these masthead words, and only capitalised, so "three times" or "the Atlantic Ocean" stay.
_MASTHEADS = frozenset(
    "Post Times Journal Globe Tribune Herald Examiner Chronicle Gazette Inquirer Observer Telegraph "
    "Register Courant Bee Dispatch Enquirer".split()
)
# A name with one of these words (and another) is a news medium's, not a person's.
_MEDIA_WORDS = _MASTHEADS | frozenset("News Daily Magazine Press Radio Review Report Wire Media Network".split())


def family_name(name: str) -> str:
    """`name` without a trailing section or edition suffix, spaces collapsed:
    'New York Times - Opinion' -> 'New York Times', 'New York Post (News)' -> 'New York Post'."""
    name = " ".join(name.split())
    while True:
        cut = _SUFFIX_RE.sub("", name)
        if cut == name or not cut:
            return name
        name = cut


def family_key(name: str) -> str:
    """The key variants of one outlet share: `family_name`, case-folded, without a leading
    "The" ('The Week - News' and 'the week' -> 'week')."""
    key = family_name(name).casefold().replace("’", "'")
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    return key


@dataclass(frozen=True)
class TrainingOutlets:
    """The outlet names and families whose articles trained the slant weights (and those
    held out of training); `name in outlets` is True for a training outlet's name."""

    families: dict[str, tuple[str, ...]]  # training family -> its outlet names
    held_out: dict[str, tuple[str, ...]]  # held-out family -> its outlet names
    keys: frozenset[str]  # family_key of every training name and family

    @property
    def names(self) -> list[str]:
        """Every training outlet and family name: what training's outlet stripper took."""
        return sorted({n for f, ns in self.families.items() for n in (f, *ns)})

    @property
    def held_out_names(self) -> list[str]:
        """Every held-out outlet and family name."""
        return sorted({n for f, ns in self.held_out.items() for n in (f, *ns)})

    def __contains__(self, outlet: object) -> bool:
        return isinstance(outlet, str) and family_key(outlet) in self.keys


def read_training_outlets(path: Path) -> TrainingOutlets | None:
    """The list in `path` (a model folder or the file), or None when there is none (an
    artifact from before the list was written)."""
    file = path / TRAINING_FILE if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        from ..errors import ModelError

        raise ModelError(f"the slant model's outlet list {file} is unreadable: {exc}; reinstall manysides") from exc
    families, held_out = ({str(f): tuple(map(str, ns)) for f, ns in data.get(side, {}).items()}
                          for side in ("families", "held_out"))
    keys = frozenset(family_key(n) for f, ns in families.items() for n in (f, *ns))
    return TrainingOutlets(families, held_out, keys)


@lru_cache(maxsize=1)
def training_outlets() -> TrainingOutlets:
    """The shipped model's list (empty if the package lacks it)."""
    from .slant import default_path

    return read_training_outlets(default_path()) or TrainingOutlets({}, {}, frozenset())


class OutletMask:
    """Finds outlet names in a text and blanks them without moving any offset.

    `names` are matched as training's outlet stripper matched them (the variants of
    `OutletStripper`, all caps, a possessive); of `other_names` only the capitalised
    spellings of two words or more with a news medium's word ("Washington Post", "ABC
    News"). Plus "the Post"-style short forms of the papers among them. A blanked span becomes \\x00
    characters: a break for the tokenizer, as the stripper's removed spans were, so no word
    or bigram is read there.
    """

    def __init__(self, names: Iterable[str], other_names: Iterable[str] = ()) -> None:
        names, other_names = list(names), list(other_names)
        short = set()
        for name in names + other_names:
            words = family_name(name).split()
            if words and words[0] == "The":
                words = words[1:]
            if len(words) >= 2 and words[-1] in _MASTHEADS:
                short.update((f"the {words[-1]}", f"The {words[-1]}"))
        variants = name_variants(names) | name_variants(sorted(short)) | {
            v for v in name_variants(other_names)
            if v[0].isupper() and " " in v and _MEDIA_WORDS & set(v.replace("-", " ").split())
        }
        _, self._re = _names_regex(variants)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each outlet name in `text`."""
        return [m.span() for m in self._re.finditer(text)] if self._re is not None and text else []

    def mask(self, text: str) -> str:
        """`text` with every outlet name replaced by as many \\x00 characters."""
        if self._re is None or not text:
            return text
        return self._re.sub(lambda m: "\x00" * (m.end() - m.start()), text)
