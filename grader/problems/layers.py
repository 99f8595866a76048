"""Chapter 5: the multiplication and addition layers (problems 136-139 all drive them)."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import (
    Check,
    Custom,
    Fail,
    LayerGradient,
    Mistake,
    expect_equal,
    text,
)

# -- chapter 5: the multiplication and addition layers (problems 136-139 all drive them) -----------
# The skeletons go into every stub that needs the layers, so the learner finds the same class each time.

MUL_LAYER_STUB = '''
class MulLayer:
    """The multiplication node: forward(x, y) = x * y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        self.x = None  # forward keeps its inputs here: backward needs them
        self.y = None

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
'''

ADD_LAYER_STUB = '''
class AddLayer:
    """The addition node: forward(x, y) = x + y. backward(dout) returns (dx, dy)."""

    def __init__(self) -> None:
        pass  # nothing to keep: d(x + y)/dx = d(x + y)/dy = 1, whatever x and y were

    def forward(self, x, y):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError
'''

# Two inputs of one shape (a shape with at least one axis, so that a scalar gradient shows as a mistake).
# No zeros: dout * 0 = 0 would make "multiplied by the other input" look like "returned 0".
_NONZERO = st.floats(0.5, 3, width=64) | st.floats(-3, -0.5, width=64)
_LAYER_INPUTS = hnp.array_shapes(min_dims=1, max_dims=2, max_side=3).flatmap(
    lambda shape: st.tuples(*[hnp.arrays(np.float64, shape, elements=_NONZERO)] * 2))


def _is_dout_times_an_input(args: tuple, actual: Any) -> bool:
    (inputs, dout), actual = args, np.asarray(actual, dtype=float)
    return actual.shape == dout.shape and any(np.allclose(actual, dout * x) for x in inputs)


def _is_mul_backward_in_add(args: tuple, actual: Any) -> bool:
    """dout times an input, and not dout itself (an input of ones makes the two equal: the add node's right answer)."""
    return _is_dout_times_an_input(args, actual) and not np.allclose(np.asarray(actual, dtype=float), args[1])


SHARED_STATE = text("다른 계층 객체의 입력을 썼습니다: 입력은 클래스나 전역 변수가 아니라 객체마다 self.x, self.y 에 저장하세요.",
                    "The layer holds another layer object's inputs: keep them per object in self.x, self.y, "
                    "not in a class or global variable.")


def layer_drive(cls: str, forward: Callable, backward: Callable, state: tuple[str, ...] = (),
                forward_mistakes: tuple[Mistake, ...] = ()) -> Custom:
    """Two objects of `cls` used in turn, as in the apple-orange graph: forward on both, then backward on both.

    Scalars (the book's prices), not arrays. Each object must answer from its own state: backward of the first
    layer must not use the inputs the second one saw. `state` names the attributes forward fills (x, y).
    """
    first, second, dout = (100, 2), (150, 3), 1.1

    def run(ctx: Any) -> None:
        session = ctx.session
        layers = [session.new(cls), session.new(cls)]
        for layer, inputs in zip(layers, (first, second)):
            out = session.method(layer, "forward", *inputs)
            try:
                expect_equal(out, forward(*inputs), what=f"{cls}().forward{inputs}", dtype=None)
            except Fail as error:
                error.hint = next((m.says for m in forward_mistakes if m.matches(inputs, out)), error.hint)
                raise
        for name, value, others in zip(state, first, second):
            kept = session.attr(layers[0], name)
            try:
                expect_equal(kept, value, what=f"layer.{name}", dtype=None)
            except Fail as error:
                error.hint = SHARED_STATE if _same(kept, others) else text(
                    f"forward는 입력을 self.{name}에 저장해야 합니다: backward가 그 값을 씁니다.",
                    f"forward must keep its input in self.{name}: backward uses it.")
                raise
        for layer, inputs, other in ((layers[0], first, second), (layers[1], second, first)):
            grads = session.method(layer, "backward", dout)
            try:
                expect_equal(grads, backward(inputs, dout), what=f"backward({dout}) after forward{inputs}", dtype=None)
            except Fail as error:
                error.actual = grads
                if _same(grads, backward(other, dout)):
                    error.hint = SHARED_STATE
                raise

    return Custom(run, title=text(f"{cls} 두 개를 번갈아 사용 (각 객체가 자기 입력을 기억)",
                                  f"two {cls} objects used in turn (each remembers its own inputs)"), mistakes=forward_mistakes)


def _same(actual: Any, expected: Any) -> bool:
    try:
        expect_equal(actual, expected, dtype=None)
        return True
    except Fail:
        return False


def mul_layer_checks() -> tuple[Check, ...]:
    not_swapped = Mistake(text("곱셈 노드의 역전파는 입력을 서로 바꿔 곱합니다: dx = dout * y, dy = dout * x.",
                               "The multiplication node swaps its inputs going back: dx = dout * y, dy = dout * x."),
                          when=_is_dout_times_an_input)
    return (
        LayerGradient("MulLayer", _LAYER_INPUTS, mistakes=[not_swapped],
                      title=text("MulLayer: 역전파 = 수치 미분", "MulLayer: backward matches the numerical gradient")),
        layer_drive("MulLayer", lambda x, y: x * y, lambda inputs, dout: (dout * inputs[1], dout * inputs[0]),
                    state=("x", "y")),
    )


FORWARD_MULTIPLIES = Mistake(text("AddLayer.forward 가 곱했습니다: 덧셈 노드의 순전파는 x + y 입니다 (x * y 는 곱셈 노드).",
                                  "AddLayer.forward multiplies: the addition node's forward is x + y (x * y is the multiplication node)."),
                             when=lambda inputs, out: _same(out, inputs[0] * inputs[1]))


def add_layer_checks() -> tuple[Check, ...]:
    mistakes = [
        Mistake(text("덧셈 노드는 dout을 두 입력 모두에 그대로 흘려보냅니다: dx = dout, dy = dout (0이 아니라).",
                     "The addition node passes dout on to both inputs unchanged: dx = dout and dy = dout (not 0)."),
                when=lambda args, actual: not np.any(np.asarray(actual, dtype=float))),
        Mistake(text("덧셈 노드에 곱셈 노드의 역전파를 썼습니다: d(x + y)/dx = 1 이므로 dx = dout * 1 입니다.",
                     "That is the multiplication node's backward: d(x + y)/dx = 1, so dx = dout * 1."),
                when=_is_mul_backward_in_add),
    ]
    return (
        LayerGradient("AddLayer", _LAYER_INPUTS, mistakes=mistakes,
                      title=text("AddLayer: 역전파 = 수치 미분", "AddLayer: backward matches the numerical gradient")),
        layer_drive("AddLayer", lambda x, y: x + y, lambda inputs, dout: (dout, dout), forward_mistakes=(FORWARD_MULTIPLIES,)),
    )
