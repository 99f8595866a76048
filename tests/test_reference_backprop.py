"""The chapter 5 reference layers and the backprop gradient against the grader's own numerical gradient."""
from __future__ import annotations

import numpy as np
import pytest

from grader.gradcheck import numerical_gradient, relative_error
from reference.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss
from reference.two_layer_net import BackpropTwoLayerNet, TwoLayerNet

RNG = np.random.default_rng(5)


def away_from_zero(shape: tuple[int, ...]) -> np.ndarray:
    return RNG.choice([-1.0, 1.0], size=shape) * RNG.uniform(0.1, 2, size=shape)


@pytest.mark.parametrize("layer_class", [Relu, Sigmoid])
@pytest.mark.parametrize("shape", [(4,), (3, 5)])
def test_activation_backward_matches_the_numerical_gradient(layer_class, shape):
    x, dout = away_from_zero(shape), RNG.normal(size=shape)
    layer = layer_class()
    layer.forward(x)
    dx = layer.backward(dout)
    numeric = numerical_gradient(lambda v: float(np.sum(layer_class().forward(v) * dout)), x)
    assert relative_error(dx, numeric) < 1e-8


def test_relu_leaves_its_inputs_alone():
    x, dout = np.array([[1.0, -0.5], [-2.0, 3.0]]), np.ones((2, 2))
    layer = Relu()
    assert np.array_equal(layer.forward(x), [[1.0, 0.0], [0.0, 3.0]])
    assert np.array_equal(layer.backward(dout), [[1.0, 0.0], [0.0, 1.0]])
    assert np.array_equal(x, [[1.0, -0.5], [-2.0, 3.0]]) and np.array_equal(dout, np.ones((2, 2)))


def test_affine_gradients_match_the_numerical_ones_and_db_is_summed_over_the_batch():
    x, W, b, dout = RNG.normal(size=(4, 3)), RNG.normal(size=(3, 2)), RNG.normal(size=2), RNG.normal(size=(4, 2))
    layer = Affine(W, b)
    layer.forward(x)
    dx = layer.backward(dout)
    loss = lambda x_, W_, b_: float(np.sum(Affine(W_, b_).forward(x_) * dout))  # noqa: E731
    assert relative_error(dx, numerical_gradient(lambda v: loss(v, W, b), x)) < 1e-8
    assert relative_error(layer.dW, numerical_gradient(lambda v: loss(x, v, b), W)) < 1e-8
    assert relative_error(layer.db, numerical_gradient(lambda v: loss(x, W, v), b)) < 1e-8
    assert layer.db.shape == (2,)


def test_affine_keeps_the_shape_of_image_batches():
    x = RNG.normal(size=(2, 1, 2, 3))
    layer = Affine(RNG.normal(size=(6, 4)), np.zeros(4))
    assert layer.forward(x).shape == (2, 4)
    assert layer.backward(np.ones((2, 4))).shape == x.shape


def test_the_notes_affine_example():
    layer = Affine(np.array([[1, 3, 5], [2, 4, 6]]), np.array([[1, 1, 1]]))
    assert np.array_equal(layer.forward(np.array([[1, 2], [3, 4]])), [[6, 12, 18], [12, 26, 40]])
    assert np.array_equal(layer.backward(np.array([[1, 1, 1], [2, 2, 2]])), [[9, 12], [18, 24]])
    assert np.array_equal(layer.dW, [[7, 7, 7], [10, 10, 10]]) and np.array_equal(layer.db, [3, 3, 3])


@pytest.mark.parametrize("labels", [False, True])
def test_softmax_with_loss_is_a_batch_mean_and_its_gradient_matches(labels):
    x, classes = RNG.normal(size=(5, 4)), RNG.integers(0, 4, size=5)
    t = classes if labels else np.eye(4)[classes]
    layer = SoftmaxWithLoss()
    loss = layer.forward(x, t)
    y = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    assert np.isclose(loss, -np.mean(np.log(y[np.arange(5), classes] + 1e-7)))
    dx = layer.backward(1)
    assert np.allclose(dx, (y - np.eye(4)[classes]) / 5)
    # The loss's log(y + 1e-7) moves its numerical gradient by about 1e-7 / y.
    assert relative_error(dx, numerical_gradient(lambda v: SoftmaxWithLoss().forward(v, t), x)) < 1e-5


def test_softmax_with_loss_does_not_overflow():
    layer = SoftmaxWithLoss()
    assert np.isfinite(layer.forward(np.array([[1000.0, 990.0, 0.0]]), np.array([[1, 0, 0]])))
    assert np.all(np.isfinite(layer.backward(1)))


@pytest.mark.parametrize("net_class", [TwoLayerNet, BackpropTwoLayerNet])
def test_backprop_gradient_matches_the_numerical_gradient(net_class):
    np.random.seed(4)
    net = net_class(4, 5, 3, weight_init_std=1.0)
    x, t = RNG.normal(size=(6, 4)), np.eye(3)[RNG.integers(0, 3, size=6)]
    grads = net.gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        numeric = numerical_gradient(lambda v, key=key: _loss_with(net, key, v, x, t), net.params[key])
        assert grads[key].shape == net.params[key].shape
        assert relative_error(grads[key], numeric) < 1e-5, key


def _loss_with(net: TwoLayerNet, key: str, value: np.ndarray, x: np.ndarray, t: np.ndarray) -> float:
    """net.loss with params[key] replaced by value, in place (the layers hold the very arrays), then put back."""
    saved = net.params[key].copy()
    net.params[key][...] = value
    try:
        return net.loss(x, t)
    finally:
        net.params[key][...] = saved


def test_an_in_place_update_reaches_the_layers():
    np.random.seed(0)
    net = BackpropTwoLayerNet(3, 4, 2)
    x, t = RNG.normal(size=(5, 3)), np.eye(2)[RNG.integers(0, 2, size=5)]
    before = net.loss(x, t)
    for _ in range(50):
        for key, g in net.gradient(x, t).items():
            net.params[key] -= 0.5 * g
    assert net.loss(x, t) < before
