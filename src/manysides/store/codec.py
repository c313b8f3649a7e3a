"""Records to and from JSON text, and numpy arrays to and from bytes, for the store."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

import numpy as np

from ..records import as_dict

T = TypeVar("T")


def dumps(record: Any) -> str:
    return json.dumps(as_dict(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    return decode(cls, json.loads(text))


def decode(tp: Any, data: Any) -> Any:
    """Rebuild a (nested) record of type `tp` from builtins written by `as_dict`."""
    decoder = _decoder(tp)
    return data if decoder is None else decoder(data)


@lru_cache(maxsize=None)
def _decoder(tp: Any) -> Callable[[Any], Any] | None:
    """A function rebuilding values of type `tp`, or None when they are stored as they are.

    Built once per type: reading the type hints on every value cost more than the JSON
    parsing itself (an annotation holds thousands of nested records)."""
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp)]

        def record(data: Any) -> Any:
            if data is None:
                return None
            kwargs = {}
            for name, sub in fields:
                if name in data:
                    value = data[name]
                    kwargs[name] = value if sub is None or value is None else sub(value)
            return tp(**kwargs)

        return record
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (tuple, list):
        item = _decoder(args[0])
        kind = tuple if origin is tuple else list
        if item is None:
            return lambda data: None if data is None else kind(data)
        return lambda data: None if data is None else kind(None if d is None else item(d) for d in data)
    if origin is dict:
        value = _decoder(args[1])
        if value is None:
            return lambda data: None if data is None else dict(data)
        return lambda data: None if data is None else {k: None if v is None else value(v) for k, v in data.items()}
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0]) if len(inner) == 1 else None
    return None


def array_to_bytes(arr: np.ndarray) -> bytes:
    """float32 matrix -> compact float16 bytes (cosines change by < 1e-3)."""
    return np.ascontiguousarray(arr, dtype=np.float16).tobytes()


def bytes_to_array(blob: bytes, dim: int) -> np.ndarray:
    arr = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
    return arr.reshape(-1, dim)
