"""Find wire copies and other near-duplicates, so they are not counted as independent.

Texts become word 5-shingles of lower-cased, punctuation-free text. A MinHash LSH index
(datasketch) proposes candidates at a deliberately low Jaccard level; each candidate is
then verified on the stored shingle hashes:

* near-copy: Jaccard >= `threshold` (a republished story with small edits), or
* containment: the shorter text's shingles are mostly (>= `containment`) inside the
  longer one's, which catches a wire story republished with a new headline, a trimmed
  ending or an added paragraph. Two independently written reports of one event share at
  most a few quoted sentences, far below that level.

A signature (`DuplicateIndex.signature`) packs the MinHash values and the shingle hashes
(all of them for ordinary articles; a consistent hash-based sample above `max_shingles`),
so a persisted index can be rebuilt without the texts.

A store does not rebuild the index on every run: it keeps each article's LSH band keys
(`band_keys`, the same bands datasketch's index uses, as 64-bit integers) in a table,
looks up an incoming article's candidates there and verifies them with `first_copy`.
Either way the answer is the same; the store's way costs the candidates, not the store.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..errors import StoreError

SHINGLE_WORDS = 5
SEED = 1
_MAGIC = b"MSD1"
_HEADER = struct.Struct("<4sHBxI")  # magic, num_perm, sample shift, pad, total shingles
_CANDIDATE_JACCARD = 0.25  # LSH recall level, weighted to favour recall; verification decides
_CANDIDATE_WEIGHTS = (0.2, 0.8)  # (false positive, false negative)
_MIN_SHINGLES_FOR_CONTAINMENT = 10
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio)


class DuplicateIndex:
    """Incremental near-duplicate index; `add` in arrival order, earliest copy wins."""

    def __init__(
        self,
        threshold: float = 0.8,
        num_perm: int = 128,
        *,
        containment: float = 0.65,
        max_shingles: int = 512,
    ) -> None:
        if not 0 < threshold <= 1 or not 0 < containment <= 1:
            raise ValueError("threshold and containment must be in (0, 1]")
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        self.max_shingles = max_shingles
        level = min(threshold, _CANDIDATE_JACCARD)
        self._lsh = MinHashLSH(threshold=level, num_perm=num_perm, params=_band_params(level, num_perm))
        self._shingles: dict[str, tuple[int, np.ndarray, int]] = {}  # id -> (shift, hashes, total)
        self._order: dict[str, int] = {}
        self._duplicate_of: dict[str, str | None] = {}
        self._permutations = _new_minhash(num_perm).permutations  # made once: costly

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def add(self, article_id: str, text: str) -> str | None:
        """Register an article; return the id of the earliest-added article it
        near-duplicates (verified directly, see module doc), or None."""
        if article_id in self._order:
            return self._duplicate_of[article_id]
        return self.add_signature(article_id, self.signature(text))

    def signature(self, text: str) -> bytes:
        """Compact bytes holding all this index needs about `text` (see module doc)."""
        hashes = shingle_hashes(text)
        shift = _sample_shift(len(hashes), self.max_shingles)
        sample = _subsample(hashes, shift)
        minhash = _minhash(self.num_perm, hashes, self._permutations)
        header = _HEADER.pack(_MAGIC, self.num_perm, shift, len(hashes))
        return header + minhash.astype("<u4").tobytes() + sample.astype("<u4").tobytes()

    def add_signature(self, article_id: str, sig: bytes) -> str | None:
        """Register an article from its stored signature; same result as `add`."""
        if article_id in self._order:
            return self._duplicate_of[article_id]
        values, shift, sample, total = self._unpack(article_id, sig)
        minhash = _new_minhash(self.num_perm, self._permutations, values)
        first = self._first_match(minhash, shift, sample, total)
        self._lsh.insert(article_id, minhash)
        self._shingles[article_id] = (shift, sample, total)
        self._order[article_id] = len(self._order)
        self._duplicate_of[article_id] = first
        return first

    def band_config(self) -> str:
        """What band keys depend on ("bands x rows/perms"): keys made under another
        configuration cannot be compared and must be recomputed."""
        return f"{self._lsh.b}x{self._lsh.r}/{self.num_perm}"

    def band_keys(self, sig: bytes) -> list[int]:
        """The signature's LSH band keys: two texts are candidates when any key is shared.

        Band i of datasketch's index holds MinHash values [i*r, (i+1)*r); its key here is
        a 64-bit hash of the band number and those values (signed, to fit SQLite).
        """
        values, _, _, _ = self._unpack("signature", sig)
        raw = values.astype("<u4").tobytes()
        r = self._lsh.r
        out = []
        for band in range(self._lsh.b):
            digest = hashlib.blake2b(raw[4 * r * band : 4 * r * (band + 1)], digest_size=8,
                                     salt=band.to_bytes(16, "little")).digest()
            out.append(int.from_bytes(digest, "little", signed=True))
        return out

    def first_copy(self, sig: bytes, candidates: Iterable[tuple[str, bytes]]) -> str | None:
        """The first candidate (id, signature), in the order given, that the text of `sig`
        is a verified copy of: give them earliest first, as `add` would have met them."""
        _, shift, sample, total = self._unpack("signature", sig)
        for cand_id, cand_sig in candidates:
            _, c_shift, c_sample, c_total = self._unpack(cand_id, cand_sig)
            if self._is_copy((shift, sample, total), (c_shift, c_sample, c_total)):
                return cand_id
        return None

    # ------------------------------------------------------------------ internals
    def _first_match(self, minhash: MinHash, shift: int, sample: np.ndarray, total: int) -> str | None:
        matches = [
            cand
            for cand in self._lsh.query(minhash)
            if self._is_copy((shift, sample, total), self._shingles[cand])
        ]
        if not matches:
            return None
        # The earliest *verified* copy, not the root of its chain: chains through
        # boilerplate-heavy pages could otherwise link texts that share nothing.
        return min(matches, key=self._order.__getitem__)

    def _is_copy(self, a: tuple[int, np.ndarray, int], b: tuple[int, np.ndarray, int]) -> bool:
        jaccard, overlap, smaller = similarity(a, b)
        if jaccard >= self.threshold:
            return True
        return smaller >= _MIN_SHINGLES_FOR_CONTAINMENT and overlap >= self.containment

    def _unpack(self, article_id: str, sig: bytes) -> tuple[np.ndarray, int, np.ndarray, int]:
        if len(sig) < _HEADER.size:
            raise StoreError(f"duplicate signature of {article_id} is truncated; rebuild the database")
        magic, num_perm, shift, total = _HEADER.unpack_from(sig)
        body = sig[_HEADER.size :]
        if magic != _MAGIC or num_perm != self.num_perm or len(body) < 4 * num_perm or len(body) % 4:
            raise StoreError(
                f"duplicate signature of {article_id} was made with other settings or is "
                "corrupt; rebuild the database"
            )
        values = np.frombuffer(body[: 4 * num_perm], dtype="<u4").astype(np.uint64)
        sample = np.frombuffer(body[4 * num_perm :], dtype="<u4").astype(np.uint32)
        return values, shift, sample, total


# ---------------------------------------------------------------------- pure helpers
@functools.lru_cache(maxsize=None)
def _band_params(level: float, num_perm: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for this recall level, found once per process: its
    search integrates error probabilities for every split (10 ms, which every ingest of
    a long-running process such as the web app would otherwise pay again)."""
    lsh = MinHashLSH(threshold=level, num_perm=num_perm, weights=_CANDIDATE_WEIGHTS)
    return lsh.b, lsh.r


def normalise(text: str) -> list[str]:
    """Lower-cased words with punctuation stripped (apostrophes vanish: "don't" -> "dont")."""
    text = re.sub(r"['’ʼ]", "", text.lower())
    return re.sub(r"[^\w\s]|_", " ", text).split()


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word k-shingles (one shingle for short texts).

    Each word is hashed once (CRC-32); a shingle's hash mixes its k word hashes by
    position (vectorised), so long texts stay cheap. Deterministic across runs.
    """
    words = normalise(text)
    if not words:
        return np.zeros(0, dtype=np.uint32)
    word_hashes = np.array([zlib.crc32(w.encode("utf-8")) for w in words], dtype=np.uint64)
    n = max(1, len(words) - k + 1)
    with np.errstate(over="ignore"):  # wrap-around multiplication is the point
        mixed = np.zeros(n, dtype=np.uint64)
        for offset in range(min(k, len(words))):
            mixed = (mixed + word_hashes[offset : offset + n]) * _MIX
        mixed = _finalise(mixed)
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def _finalise(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the output."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def similarity(a: tuple[int, np.ndarray, int], b: tuple[int, np.ndarray, int]) -> tuple[float, float, int]:
    """(Jaccard, overlap on the smaller side, shingles of the smaller side) of two stored
    shingle sets, brought to a common sampling rate first."""
    shift = max(a[0], b[0])
    sa, sb = _subsample(a[1], shift), _subsample(b[1], shift)
    if not len(sa) or not len(sb):
        return 0.0, 0.0, 0
    inter = len(np.intersect1d(sa, sb, assume_unique=True))
    union = len(sa) + len(sb) - inter
    return inter / union, inter / min(len(sa), len(sb)), min(a[2], b[2])


def _sample_shift(count: int, limit: int) -> int:
    """Smallest s so that keeping hashes divisible by 2**s leaves about `limit` of them."""
    shift = 0
    while count >> shift > limit:
        shift += 1
    return shift


def _subsample(hashes: np.ndarray, shift: int) -> np.ndarray:
    """Consistent sample: the same shingle is kept in every text, so overlaps stay fair."""
    if shift == 0:
        return hashes
    return hashes[(hashes & np.uint32((1 << shift) - 1)) == 0]


def _minhash(num_perm: int, hashes: np.ndarray, permutations: object) -> np.ndarray:
    m = _new_minhash(num_perm, permutations)
    if len(hashes):
        m.update_batch(hashes.tolist())
    return np.asarray(m.hashvalues)


def _new_minhash(num_perm: int, permutations: object = None, hashvalues: np.ndarray | None = None) -> MinHash:
    """A MinHash over pre-hashed 32-bit shingles, fixed seed; works on datasketch 1.x and 2.x."""
    kwargs: dict[str, object] = {"num_perm": num_perm, "seed": SEED, "hashfunc": int}
    if permutations is not None:
        kwargs["permutations"] = permutations
    try:
        m = MinHash(scheme="affine32", **kwargs)
    except TypeError:  # datasketch < 2 has no schemes
        m = MinHash(**kwargs)
    if hashvalues is not None:
        m.hashvalues = hashvalues.astype(np.asarray(m.hashvalues).dtype)
    return m


__all__ = ["DuplicateIndex", "normalise", "shingle_hashes", "similarity"]
