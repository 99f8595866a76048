"""Compare a learner's (plain) result with the expected one, in a fixed order: type → shape → dtype → values.

The first step that fails raises `Fail` naming that step, so the learner reads "wrong shape (3, 2),
expected (2, 3)" rather than a wall of numbers.
"""
from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from grader.plain import Opaque, SubclassArray
from grader.spec import Text, text


class Fail(Exception):
    """A wrong answer: which step failed, a message, and what was expected against what came back."""

    def __init__(self, step: str, message: Text, *, expected: Any = None, actual: Any = None,
                 hint: Text | None = None, show_values: bool = True) -> None:
        super().__init__(message.en)
        self.step = step
        self.message = message
        self.expected = expected
        self.actual = actual
        self.hint = hint
        self.show_values = show_values
        self.input: Any = None
        self.seed: int | None = None


class Named(dict):
    """The input of a failing check as a person reads it: {"x": array, "t": labels, ...}, one line per name."""


def show(value: Any, limit: int = 400) -> str:
    """A short, printable rendering of a plain value (arrays with their shape and dtype, inputs by name)."""
    if isinstance(value, Named):
        return "\n".join(f"{name} = {show(item, limit)}" for name, item in value.items())
    if isinstance(value, SubclassArray):
        return f"{value.type_name}({show(value.array, limit)})"
    if isinstance(value, np.ndarray):
        body = np.array2string(value, threshold=60, edgeitems=3, precision=8, max_line_width=76)
        rendered = f"{body}  (shape={value.shape}, dtype={value.dtype})" if value.ndim else body
    elif isinstance(value, tuple) and any(isinstance(v, np.ndarray) for v in value):
        rendered = "(" + ",\n ".join(show(v, limit) for v in value) + ")"
    else:
        rendered = repr(value)
    return rendered if len(rendered) <= limit else rendered[:limit] + " …"


def worst_elements(actual: np.ndarray, expected: np.ndarray, count: int = 3) -> Text:
    """The elements that differ most, `[i, j] expected e, got a`: where to look first in a large array."""
    actual, expected = np.asarray(actual, dtype=float), np.asarray(expected, dtype=float)
    gap = np.abs(actual - expected)
    gap[np.isnan(gap)] = np.inf
    differ = int(np.sum(~np.isclose(actual, expected, equal_nan=True)))
    ko, en = [], []
    for flat in np.argsort(gap, axis=None)[::-1][:count]:
        if not gap.flat[flat]:
            break
        index = [int(i) for i in np.unravel_index(flat, actual.shape)] if actual.ndim else []
        ko.append(f"{index} 기대 {expected.flat[flat]:.6g}, 실제 {actual.flat[flat]:.6g}")
        en.append(f"{index} expected {expected.flat[flat]:.6g}, got {actual.flat[flat]:.6g}")
    return text(f"{actual.size}개 중 {differ}개가 다름; 가장 큰 차이: " + "; ".join(ko),
                f"{differ} of {actual.size} elements differ; largest: " + "; ".join(en))


def describe_type(value: Any) -> str:
    if isinstance(value, Opaque):
        return value.type_name
    if isinstance(value, SubclassArray):
        return f"{value.type_name} (a subclass of numpy.ndarray)"
    kind = type(value)
    return "numpy.ndarray" if kind is np.ndarray else f"{kind.__module__}.{kind.__name__}".removeprefix("builtins.")


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, (bool, np.bool_))


Label = str | Text  # a value's name in a message: code reads the same in both languages; words need a Text
RESULT = text("결과", "result")


def label(what: str | Text) -> Text:
    """The name of a value in both languages: a str is code (a name, an expression), except the default "result"."""
    if isinstance(what, Text):
        return what
    return RESULT if what == "result" else Text(what, what)


def _suffixed(what: Text, suffix: str) -> Text:
    return Text(what.ko + suffix, what.en + suffix)


# The most common first mistake: the answer was printed, so the function handed back None.
RETURNED_NOTHING = text("아무것도 돌려주지 않았습니다 (None). print는 화면에 보여 줄 뿐이니 return으로 값을 돌려주세요.",
                        "It returned nothing (None). print only shows the value: hand it back with return.")


def _type_fail(actual: Any, expected: Any, what: Text, extra: Text | None = None) -> Fail:
    message = text(f"{what.ko}: {describe_type(expected)} 이(가) 필요한데 {describe_type(actual)} 을(를) 돌려주었습니다.",
                   f"{what.en}: expected a {describe_type(expected)}, got a {describe_type(actual)}.")
    if extra:
        message = Text(f"{message.ko} {extra.ko}", f"{message.en} {extra.en}")
    return Fail("type", message, expected=expected, actual=actual, hint=RETURNED_NOTHING if actual is None else None)


def expect_equal(actual: Any, expected: Any, *, what: Label = "result", rtol: float = 1e-6, atol: float = 1e-8,
                 dtype: str | None = "kind") -> None:
    """Raise `Fail` unless `actual` matches `expected` (numbers within rtol/atol).

    dtype: "kind" checks the family (bool / integer / float), "exact" the exact dtype, None nothing.
    what: the value's name in messages: code (a str, the same in both languages) or a Text.
    """
    what = label(what)
    if isinstance(expected, np.ndarray):
        _expect_array(actual, expected, what, rtol, atol, dtype)
    elif isinstance(expected, (bool, np.bool_)):
        if not isinstance(actual, (bool, np.bool_)):
            raise _type_fail(actual, expected, what)
        if bool(actual) != bool(expected):
            raise _value_fail(actual, expected, what)
    elif isinstance(expected, numbers.Integral) and dtype is not None:
        if isinstance(actual, (bool, np.bool_)):
            raise _type_fail(actual, expected, what, text("True/False 대신 정수 0 또는 1을 돌려주세요 (int(...)).",
                                                         "Return the integer 0 or 1 instead of True/False (int(...))."))
        if not _is_number(actual):
            raise _type_fail(actual, expected, what)
        if actual != expected:
            raise _value_fail(actual, expected, what)
    elif _is_number(expected):
        if not _is_number(actual):
            raise _type_fail(actual, expected, what)
        if np.iscomplexobj(actual) or not np.isclose(float(actual), float(expected), rtol=rtol, atol=atol):
            raise _value_fail(actual, expected, what)
    elif isinstance(expected, str):
        if not isinstance(actual, str):
            raise _type_fail(actual, expected, what)
        if actual != expected:
            raise _value_fail(actual, expected, what)
    elif isinstance(expected, (list, tuple)):
        _expect_sequence(actual, expected, what, rtol, atol, dtype)
    elif isinstance(expected, dict):
        if type(actual) is not dict:
            raise _type_fail(actual, expected, what)
        if set(actual) != set(expected):
            raise Fail("shape", text(f"{what.ko}: 키가 {sorted(map(str, expected))} 여야 하는데 {sorted(map(str, actual))} 입니다.",
                                     f"{what.en}: keys should be {sorted(map(str, expected))}, got {sorted(map(str, actual))}."),
                       expected=expected, actual=actual)
        for key in expected:
            expect_equal(actual[key], expected[key], what=_suffixed(what, f"[{key!r}]"), rtol=rtol, atol=atol, dtype=dtype)
    elif expected is None:
        if actual is not None:
            raise _type_fail(actual, expected, what)
    else:
        raise TypeError(f"cannot compare with expected value of type {type(expected)}")


def _expect_sequence(actual: Any, expected: list | tuple, what: Text, rtol: float, atol: float, dtype: str | None) -> None:
    # A list is asked for where the problem says "without NumPy"; a tuple where a function returns several values.
    wanted = list if isinstance(expected, list) else (tuple, list)
    if not isinstance(actual, wanted):
        hint = text("NumPy 없이 파이썬 리스트로 만드세요.", "Build it as a plain Python list, without NumPy.") \
            if isinstance(expected, list) and isinstance(actual, np.ndarray) else None
        raise _type_fail(actual, expected, what, hint)
    if len(actual) != len(expected):
        raise Fail("shape", text(f"{what.ko}: 길이가 {len(expected)} 이어야 하는데 {len(actual)} 입니다.",
                                 f"{what.en}: length should be {len(expected)}, got {len(actual)}."),
                   expected=expected, actual=actual)
    for i, (a, e) in enumerate(zip(actual, expected)):
        expect_equal(a, e, what=_suffixed(what, f"[{i}]"), rtol=rtol, atol=atol, dtype=dtype)


_KINDS = {"b": "bool", "i": "integer", "u": "integer", "f": "float", "c": "complex"}


def expect_form(actual: Any, expected: np.ndarray, what: Label = "result") -> None:
    """The type and shape steps alone: a plain ndarray of the expected shape."""
    what = label(what)
    if isinstance(actual, SubclassArray):
        raise _type_fail(actual, expected, what, text("np.asarray(...)로 평범한 ndarray를 돌려주세요.",
                                                      "Return a plain ndarray (np.asarray(...))."))
    if not isinstance(actual, np.ndarray):
        hint = text("np.array(...)로 감싸 NumPy 배열을 돌려주세요.", "Wrap it in np.array(...) to return a NumPy array.") \
            if isinstance(actual, (list, tuple)) else None
        raise _type_fail(actual, expected, what, hint)
    if actual.shape != expected.shape:
        hint = text("축이 뒤바뀌었습니다: 전치(.T)나 축 순서를 확인하세요.", "The axes are swapped: check a transpose (.T) or the axis order.") \
            if actual.shape == expected.shape[::-1] and actual.ndim > 1 else None
        raise Fail("shape", text(f"{what.ko}: 형상(shape)이 {expected.shape} 이어야 하는데 {actual.shape} 입니다.",
                                 f"{what.en}: shape should be {expected.shape}, got {actual.shape}."),
                   expected=expected, actual=actual, hint=hint)


def _expect_array(actual: Any, expected: np.ndarray, what: Text, rtol: float, atol: float, dtype: str | None) -> None:
    expect_form(actual, expected, what)
    if dtype == "exact" and actual.dtype != expected.dtype or \
            dtype == "kind" and _KINDS.get(actual.dtype.kind) != _KINDS.get(expected.dtype.kind):
        raise Fail("dtype", text(f"{what.ko}: dtype이 {expected.dtype} 계열이어야 하는데 {actual.dtype} 입니다.",
                                 f"{what.en}: dtype should be {expected.dtype} ({_KINDS.get(expected.dtype.kind)}), got {actual.dtype}."),
                   expected=expected, actual=actual)
    if actual.dtype.kind not in "biufc":
        raise _type_fail(actual, expected, what)
    if expected.dtype.kind in "fc" or actual.dtype.kind in "fc":
        if not np.isfinite(actual).all() and np.isfinite(expected).all():
            raise Fail("values", text(f"{what.ko}: 결과에 nan 또는 inf가 있습니다 (오버플로나 0으로 나누기를 확인하세요).",
                                      f"{what.en}: the result contains nan or inf (look for an overflow or a division by zero)."),
                       expected=expected, actual=actual)
        close = np.isclose(actual, expected, rtol=rtol, atol=atol, equal_nan=True)
    else:
        close = actual == expected
    if not np.all(close):
        raise _value_fail(actual, expected, what, first_bad=tuple(int(i) for i in np.argwhere(~close)[0]))


def _value_fail(actual: Any, expected: Any, what: Text, first_bad: tuple[int, ...] | None = None) -> Fail:
    where = f" {list(first_bad)}" if first_bad else ""
    message = text(f"{what.ko}: 값이 다릅니다{where}.", f"{what.en}: wrong value{where}.")
    if isinstance(actual, np.ndarray) and isinstance(expected, np.ndarray) and actual.size > 4 \
            and actual.dtype.kind in "biuf" and expected.dtype.kind in "biuf":
        worst = worst_elements(actual, expected)
        message = text(f"{what.ko}: 값이 다릅니다{where} ({worst.ko}).", f"{what.en}: wrong value{where} ({worst.en}).")
    return Fail("values", message, expected=expected, actual=actual)
