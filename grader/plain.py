"""Plain data between the learner's worker and the grader: JSON plus NumPy's .npy format, never pickle.

The worker encodes whatever learner code returned; the grader decodes it into builtins and plain
`np.ndarray`s only. Anything else arrives as an `Opaque` stand-in, so an object with a lying `__eq__`
never reaches a comparison.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_DEPTH = 24
MAX_ITEMS = 200_000
MAX_ARRAY_BYTES = 64 * 2**20
MAX_TEXT = 100_000


class ProtocolError(Exception):
    """The worker sent something that is not plain data in our format."""


@dataclass(frozen=True)
class Opaque:
    """A value that is not plain data (a learner object, a function, an object array...)."""

    type_name: str
    text: str

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


@dataclass(frozen=True)
class SubclassArray:
    """An ndarray subclass, delivered as its plain data plus the subclass name."""

    array: np.ndarray
    type_name: str


def _type_name(value: Any) -> str:
    try:
        kind = type(value)
        return f"{kind.__module__}.{kind.__qualname__}".removeprefix("builtins.")
    except Exception:  # a learner type can make even this fail
        return "?"


def _safe_repr(value: Any) -> str:
    try:
        text = object.__repr__(value) if isinstance(value, type) else repr(value)
        return str.__str__(text)[:200] if isinstance(text, str) else "?"
    except BaseException:
        return "?"


def encode(value: Any) -> tuple[Any, list[bytes]]:
    """Turn a value into (JSON-able tree, list of .npy blobs)."""
    blobs: list[bytes] = []
    budget = [MAX_ITEMS]

    def array_blob(array: np.ndarray) -> int:
        buffer = io.BytesIO()
        np.save(buffer, array if array.flags.c_contiguous else array.copy(), allow_pickle=False)
        blobs.append(buffer.getvalue())
        return len(blobs) - 1

    def walk(v: Any, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0 or depth > MAX_DEPTH:
            raise ProtocolError("value too large or too deeply nested")
        kind = type(v)
        if v is None or kind is bool:
            return v
        if isinstance(v, np.generic) and not isinstance(v, np.object_):
            return {"$scalar": array_blob(np.asarray(v))}
        # Base-class methods read subclasses of str, int and float, so overrides are never called.
        if isinstance(v, str):
            return str.__getitem__(v, slice(0, MAX_TEXT))
        if isinstance(v, int) and not isinstance(v, bool):
            number = int.__index__(v)
            return number if abs(number) < 2**63 else {"$bigint": str(number)}
        if isinstance(v, float):
            number = float.__float__(v)
            return number if math.isfinite(number) else {"$float": repr(number)}
        if kind is complex:
            return {"$complex": [walk(v.real, depth + 1), walk(v.imag, depth + 1)]}
        if isinstance(v, np.ndarray):
            plain = v.view(np.ndarray)
            if plain.dtype.hasobject or plain.nbytes > MAX_ARRAY_BYTES:
                return {"$opaque": _type_name(v), "text": f"array dtype={plain.dtype} shape={plain.shape}"}
            tag = {"$array": array_blob(plain)}
            if kind is not np.ndarray:
                tag["subclass"] = _type_name(v)
            return tag
        # Subclasses of containers are read through the base type, so overridden methods are never used.
        if isinstance(v, tuple):
            return {"$tuple": [walk(x, depth + 1) for x in tuple.__iter__(v)]}
        if isinstance(v, list):
            return {"$list": [walk(x, depth + 1) for x in list.__iter__(v)]}
        if isinstance(v, dict):
            return {"$dict": [[walk(k, depth + 1), walk(x, depth + 1)] for k, x in dict.items(v)]}
        return {"$opaque": _type_name(v), "text": _safe_repr(v)}

    return walk(value, 0), blobs


def decode(tree: Any, blobs: list[bytes]) -> Any:
    """Rebuild a value from `encode`'s output, accepting nothing but our own tags."""

    def load_array(index: Any) -> np.ndarray:
        if type(index) is not int or not 0 <= index < len(blobs):
            raise ProtocolError("bad array reference")
        try:
            array = np.load(io.BytesIO(blobs[index]), allow_pickle=False)
        except Exception as error:
            raise ProtocolError(f"bad array data: {error}") from None
        if type(array) is not np.ndarray:
            raise ProtocolError("bad array data")
        return array

    def walk(t: Any) -> Any:
        kind = type(t)
        if t is None or kind in (bool, int, float, str):
            return t
        if kind is not dict or len(t) == 0:
            raise ProtocolError(f"unexpected {kind.__name__} in message")
        if "$array" in t:
            array = load_array(t["$array"])
            return SubclassArray(array, str(t["subclass"])) if "subclass" in t else array
        if "$scalar" in t:
            return load_array(t["$scalar"])[()]
        if "$float" in t:
            return float(t["$float"])
        if "$bigint" in t:
            return int(t["$bigint"])
        if "$complex" in t:
            real, imag = t["$complex"]
            return complex(walk(real), walk(imag))
        if "$tuple" in t:
            return tuple(walk(x) for x in t["$tuple"])
        if "$list" in t:
            return [walk(x) for x in t["$list"]]
        if "$dict" in t:
            result = {}
            for key, value in t["$dict"]:
                key = walk(key)
                if isinstance(key, (list, dict, np.ndarray, SubclassArray)):
                    raise ProtocolError("unhashable dict key")
                result[key] = walk(value)
            return result
        if "$opaque" in t:
            return Opaque(str(t["$opaque"])[:200], str(t.get("text", ""))[:200])
        raise ProtocolError("unknown tag in message")

    return walk(tree)
