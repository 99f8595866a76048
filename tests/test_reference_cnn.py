"""The reference CNN library (reference/util.py, Convolution and Pooling, reference/simple_convnet.py) against
independent truths: loop convolutions, the adjoint identity of im2col and col2im, and numerical gradients."""
from __future__ import annotations

import numpy as np
import pytest

from grader.gradcheck import numerical_gradient, relative_error
from reference.convolution import conv3d
from reference.layers import Convolution, Pooling
from reference.simple_convnet import BatchNormConvNet, DeeperConvNet, SimpleConvNet
from reference.util import col2im, im2col

CASES = [((2, 3, 7, 7), 5, 5, 1, 0), ((1, 2, 5, 6), 3, 2, 2, 1), ((3, 1, 4, 4), 2, 2, 2, 0), ((1, 1, 5, 5), 3, 3, 3, 2)]


@pytest.mark.parametrize("shape, fh, fw, stride, pad", CASES)
def test_im2col_shape_and_col2im_is_its_adjoint(shape, fh, fw, stride, pad):
    rng = np.random.default_rng(0)
    x = rng.normal(size=shape)
    col = im2col(x, fh, fw, stride, pad)
    oh, ow = (shape[2] + 2 * pad - fh) // stride + 1, (shape[3] + 2 * pad - fw) // stride + 1
    assert col.shape == (shape[0] * oh * ow, shape[1] * fh * fw)
    c = rng.normal(size=col.shape)
    # <im2col(x), c> = <x, col2im(c)>: col2im adds every window back, which is exactly im2col's transpose.
    assert np.isclose(np.sum(col * c), np.sum(x * col2im(c, shape, fh, fw, stride, pad)))


def test_book_example_shapes():
    assert im2col(np.random.rand(1, 3, 7, 7), 5, 5).shape == (9, 75)
    assert im2col(np.random.rand(10, 3, 7, 7), 5, 5).shape == (90, 75)
    assert im2col(np.random.rand(100, 1, 28, 28), 5, 5).shape == (57600, 25)


@pytest.mark.parametrize("stride, pad", [(1, 0), (2, 1), (1, 2)])
def test_convolution_forward_equals_loop_convolution(stride, pad):
    rng = np.random.default_rng(1)
    x, w, b = rng.normal(size=(2, 3, 6, 5)), rng.normal(size=(4, 3, 3, 2)), rng.normal(size=4)
    out = Convolution(w, b, stride, pad).forward(x)
    expected = np.array([[conv3d(x[n], w[f], stride, pad, b[f]) for f in range(4)] for n in range(2)])
    assert np.allclose(out, expected)


def _layer_gradients(layer, x: np.ndarray, params: dict[str, np.ndarray]) -> None:
    dout = np.random.default_rng(2).normal(size=layer.forward(x).shape)
    dx = layer.backward(dout)
    loss = lambda: float(np.sum(layer.forward(x) * dout))  # noqa: E731

    def numeric(array: np.ndarray) -> np.ndarray:
        def f(value: np.ndarray) -> float:
            saved = array.copy()
            array[...] = value
            result = loss()
            array[...] = saved
            return result
        return numerical_gradient(f, array)

    assert relative_error(dx, numeric(x)) < 1e-6
    for name, array in params.items():
        assert relative_error(getattr(layer, name), numeric(array)) < 1e-6


def test_convolution_backward():
    rng = np.random.default_rng(3)
    w, b = rng.normal(size=(2, 2, 3, 3)), rng.normal(size=2)
    layer = Convolution(w, b, 2, 1)
    _layer_gradients(layer, rng.normal(size=(2, 2, 5, 5)), {"dW": w, "db": b})


def test_pooling_backward_routes_to_the_maxima():
    x = np.random.default_rng(4).permutation(32).reshape(1, 2, 4, 4).astype(float)
    layer = Pooling(2, 2, stride=2)
    assert np.array_equal(layer.forward(x), x.reshape(1, 2, 2, 2, 2, 2).max(axis=(3, 5)))
    dx = layer.backward(np.ones((1, 2, 2, 2)))
    assert dx.sum() == 8 and set(np.unique(dx)) == {0.0, 1.0}  # one position per window, nothing elsewhere
    assert np.array_equal(np.sort(x[dx == 1]), np.sort(layer.forward(x).ravel()))
    _layer_gradients(Pooling(2, 2, stride=1), x, {})


TINY = {"filter_num": 2, "filter_size": 3, "pad": 0, "stride": 1}
NETS = {
    "simple": lambda: SimpleConvNet((1, 6, 6), TINY, 4, 3, 0.3),
    "xavier": lambda: SimpleConvNet((1, 6, 6), TINY, 4, 3, "xavier"),
    "batchnorm": lambda: BatchNormConvNet((1, 6, 6), TINY, 4, 3, 0.3),
    "deeper": lambda: DeeperConvNet((1, 8, 8), {**TINY, "pad": 1}, {**TINY, "pad": 1}, 4, 3, 0.3),
}


@pytest.mark.parametrize("name", NETS)
def test_network_gradient_equals_numerical_gradient(name):
    np.random.seed(0)
    net = NETS[name]()
    rng = np.random.default_rng(5)
    x, t = rng.normal(size=(4, *((1, 8, 8) if name == "deeper" else (1, 6, 6)))), rng.integers(0, 3, size=4)
    grads = net.gradient(x, t)
    for key, value in net.params.items():
        def f(v: np.ndarray, key: str = key) -> float:
            saved = net.params[key].copy()
            net.params[key][...] = v
            result = net.loss(x, t)
            net.params[key][...] = saved
            return result
        assert relative_error(grads[key], numerical_gradient(f, value)) < 1e-4, key


def test_save_and_load_params(tmp_path):
    np.random.seed(1)
    net, other = SimpleConvNet((1, 6, 6), TINY, 4, 3, 0.3), SimpleConvNet((1, 6, 6), TINY, 4, 3, 0.3)
    x = np.random.default_rng(6).normal(size=(2, 1, 6, 6))
    net.save_params(str(tmp_path / "params.pkl"))
    other.load_params(str(tmp_path / "params.pkl"))
    assert np.allclose(net.predict(x), other.predict(x))
