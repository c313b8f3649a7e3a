"""Records to and from JSON text, and numpy arrays to and from bytes, for the store."""

from __future__ import annotations

import dataclasses
import json
import typing
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np

from ..records import as_dict

T = TypeVar("T")


def dumps(record: Any) -> str:
    return json.dumps(as_dict(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    return decode(cls, json.loads(text))


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(tp: Any, data: Any) -> Any:
    """Rebuild a (nested) record of type `tp` from builtins written by `as_dict`."""
    if data is None:
        return None
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: decode(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data}
        return tp(**kwargs)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is tuple:
        return tuple(decode(args[0], d) for d in data)
    if origin is list:
        return [decode(args[0], d) for d in data]
    if origin is dict:
        return {k: decode(args[1], v) for k, v in data.items()}
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        inner = [a for a in args if a is not type(None)]
        return decode(inner[0], data) if len(inner) == 1 else data
    return data


def array_to_bytes(arr: np.ndarray) -> bytes:
    """float32 matrix -> compact float16 bytes (cosines change by < 1e-3)."""
    return np.ascontiguousarray(arr, dtype=np.float16).tobytes()


def bytes_to_array(blob: bytes, dim: int) -> np.ndarray:
    arr = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
    return arr.reshape(-1, dim)
