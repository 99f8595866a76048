"""Layers (book: common/layers.py): plain classes with forward / backward, state kept as attributes.

forward remembers what backward will need (its inputs, a mask, its output); backward(dout) takes dL/d(output)
and returns dL/d(input) — one gradient per input, as a tuple when forward takes several.
"""
from __future__ import annotations

from typing import Any


class MulLayer:
    """The multiplication node (book 5.4.1): out = x * y."""

    def __init__(self) -> None:
        self.x: Any = None
        self.y: Any = None

    def forward(self, x: Any, y: Any) -> Any:
        self.x, self.y = x, y
        return x * y

    def backward(self, dout: Any) -> tuple[Any, Any]:
        # d(xy)/dx = y and d(xy)/dy = x: each input's gradient is the *other* input times dout.
        return dout * self.y, dout * self.x


class AddLayer:
    """The addition node (book 5.4.2): out = x + y."""

    def forward(self, x: Any, y: Any) -> Any:
        return x + y

    def backward(self, dout: Any) -> tuple[Any, Any]:
        # d(x+y)/dx = d(x+y)/dy = 1: dout flows on unchanged. `* 1` gives each input its own array, not one shared.
        return dout * 1, dout * 1
