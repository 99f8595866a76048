"""The reference layers against the grader's own numerical gradient (grader.gradcheck), as the book checks them."""
from __future__ import annotations

import numpy as np
import pytest

from grader.gradcheck import numerical_gradient, relative_error
from reference.layers import AddLayer, MulLayer

RNG = np.random.default_rng(0)


def backward_against_numerical(layer_class: type, x: np.ndarray, y: np.ndarray) -> list[float]:
    """Relative errors of dx and dy, with L = sum(forward(x, y) * dout) so that dL/dout = dout."""
    dout = RNG.normal(size=x.shape)
    layer = layer_class()
    layer.forward(x, y)
    dx, dy = layer.backward(dout)
    loss = lambda a, b: float(np.sum(layer_class().forward(a, b) * dout))  # noqa: E731
    return [relative_error(dx, numerical_gradient(lambda a: loss(a, y), x)),
            relative_error(dy, numerical_gradient(lambda b: loss(x, b), y))]


@pytest.mark.parametrize("layer_class", [MulLayer, AddLayer])
@pytest.mark.parametrize("shape", [(3,), (2, 4)])
def test_backward_matches_the_numerical_gradient(layer_class, shape):
    x, y = RNG.normal(size=shape), RNG.normal(size=shape)
    assert max(backward_against_numerical(layer_class, x, y)) < 1e-7


def test_mul_layer_swaps_its_inputs_going_back():
    layer = MulLayer()
    assert layer.forward(100, 2) == 200
    assert layer.backward(1.1) == (1.1 * 2, 1.1 * 100)


def test_mul_layers_keep_their_own_inputs():
    apples, oranges = MulLayer(), MulLayer()
    apples.forward(100, 2)
    oranges.forward(150, 3)
    assert (apples.x, apples.y) == (100, 2)
    assert apples.backward(1) == (2, 100)


def test_add_layer_passes_dout_on_as_separate_arrays():
    dout = np.array([1.0, 2.0])
    dx, dy = AddLayer().backward(dout)
    np.testing.assert_array_equal(dx, dout)
    np.testing.assert_array_equal(dy, dout)
    assert dx is not dout and dy is not dx  # a caller changing one must not change the others


def test_apple_orange_graph_matches_the_book():
    # Book p.151: price 715, dapple_num 110, dapple 2.2, dorange 3.3, dorange_num 165, dtax 650.
    from reference.ch05.p139_apple_orange_backward import buy_apple_orange_backward

    grads = buy_apple_orange_backward(100, 2, 150, 3, 1.1, 1)
    assert grads["dtax"] == pytest.approx(650)
    assert [grads[k] for k in ("dapple", "dapple_num", "dorange", "dorange_num")] == pytest.approx([2.2, 110, 3.3, 165])
