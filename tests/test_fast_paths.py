"""The reference library's fast paths agree with plain loops written here, on random shapes, strides and paddings.

Each loop is the book's formula written out one element at a time. The cases cover the shapes the fast paths
take (pooling with stride == window and no padding) and the general ones they leave to im2col (other strides,
padding, windows that do not tile the image), ties in max pooling, and the dtype policy.
"""
from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reference.layers import Affine, Convolution, Pooling, Relu, SoftmaxWithLoss
from reference.simple_convnet import SimpleConvNet
from reference.two_layer_net import BackpropTwoLayerNet
from reference.util import col2im, im2col, window_columns

DTYPES = st.sampled_from([np.float64, np.float32])


def out_size(n: int, f: int, stride: int, pad: int) -> int:
    return (n + 2 * pad - f) // stride + 1


def padded(x: np.ndarray, pad: int) -> np.ndarray:
    return np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)])


@st.composite
def window_cases(draw, max_c: int = 3) -> dict:
    """Images (N, C, H, W), a window FH x FW, stride and pad such that at least one window fits."""
    n, c = draw(st.integers(1, 3)), draw(st.integers(1, max_c))
    h, w = draw(st.integers(1, 8)), draw(st.integers(1, 8))
    pad, stride = draw(st.integers(0, 2)), draw(st.integers(1, 3))
    fh, fw = draw(st.integers(1, min(4, h + 2 * pad))), draw(st.integers(1, min(4, w + 2 * pad)))
    seed = draw(st.integers(0, 2**16))
    return {"shape": (n, c, h, w), "fh": fh, "fw": fw, "stride": stride, "pad": pad, "seed": seed}


def values(shape: tuple[int, ...], seed: int, dtype=np.float64, ties: bool = False) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if ties:  # a few distinct values: many windows hold their maximum twice or more
        return rng.integers(-2, 3, size=shape).astype(dtype)
    return rng.normal(size=shape).astype(dtype)


# -- the loops --------------------------------------------------------------------------------------------------

def loop_im2col(x: np.ndarray, fh: int, fw: int, stride: int, pad: int) -> np.ndarray:
    n, c, h, w = x.shape
    oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
    img = padded(x, pad)
    col = np.zeros((n * oh * ow, c * fh * fw))
    for a, i, j, k, y, z in itertools.product(range(n), range(oh), range(ow), range(c), range(fh), range(fw)):
        col[(a * oh + i) * ow + j, (k * fh + y) * fw + z] = img[a, k, i * stride + y, j * stride + z]
    return col


def loop_col2im(col: np.ndarray, shape: tuple, fh: int, fw: int, stride: int, pad: int) -> np.ndarray:
    n, c, h, w = shape
    oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
    img = np.zeros((n, c, h + 2 * pad, w + 2 * pad))
    for a, i, j, k, y, z in itertools.product(range(n), range(oh), range(ow), range(c), range(fh), range(fw)):
        img[a, k, i * stride + y, j * stride + z] += col[(a * oh + i) * ow + j, (k * fh + y) * fw + z]
    return img[:, :, pad:pad + h, pad:pad + w]


def loop_convolution(x, W, b, dout, stride, pad):
    """out, dx, dW, db of out[n, f, i, j] = sum over c, y, z of W[f, c, y, z] * img[n, c, i*S + y, j*S + z] + b[f]."""
    n, c, h, w = x.shape
    fn, _, fh, fw = W.shape
    oh, ow = out_size(h, fh, stride, pad), out_size(w, fw, stride, pad)
    img = padded(x, pad)
    out, dimg, dW = np.zeros((n, fn, oh, ow)), np.zeros(img.shape), np.zeros(W.shape)
    for a, f, i, j in itertools.product(range(n), range(fn), range(oh), range(ow)):
        window = img[a, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
        out[a, f, i, j] = np.sum(window * W[f]) + b[f]
        dimg[a, :, i * stride:i * stride + fh, j * stride:j * stride + fw] += W[f] * dout[a, f, i, j]
        dW[f] += window * dout[a, f, i, j]
    return out, dimg[:, :, pad:pad + h, pad:pad + w], dW, dout.sum(axis=(0, 2, 3))


def loop_max_pool(x, ph, pw, stride, pad, dout):
    """out and dx of max pooling: each window's gradient goes to its first maximum in row-major order."""
    n, c, h, w = x.shape
    oh, ow = out_size(h, ph, stride, pad), out_size(w, pw, stride, pad)
    img = padded(x.astype(np.float64), pad)
    out, dimg = np.zeros((n, c, oh, ow)), np.zeros(img.shape)
    for a, k, i, j in itertools.product(range(n), range(c), range(oh), range(ow)):
        window = img[a, k, i * stride:i * stride + ph, j * stride:j * stride + pw]
        best = (0, 0)
        for y, z in itertools.product(range(ph), range(pw)):
            if window[y, z] > window[best]:
                best = (y, z)
        out[a, k, i, j] = window[best]
        dimg[a, k, i * stride + best[0], j * stride + best[1]] += dout[a, k, i, j]
    return out, dimg[:, :, pad:pad + h, pad:pad + w]


# -- im2col, window_columns, col2im -----------------------------------------------------------------------------

@given(window_cases(), DTYPES)
def test_im2col_agrees_with_the_loop(case, dtype):
    x = values(case["shape"], case["seed"], dtype)
    col = im2col(x, case["fh"], case["fw"], case["stride"], case["pad"])
    expected = loop_im2col(x, case["fh"], case["fw"], case["stride"], case["pad"])
    assert col.dtype == dtype  # float32 images give float32 rows
    np.testing.assert_array_equal(col, expected.astype(dtype))


@given(window_cases())
def test_window_columns_are_im2col_image_by_image(case):
    x = values(case["shape"], case["seed"])
    columns = window_columns(x, case["fh"], case["fw"], case["stride"], case["pad"])
    rows = loop_im2col(x, case["fh"], case["fw"], case["stride"], case["pad"]).reshape(x.shape[0], -1, columns.shape[1])
    np.testing.assert_array_equal(columns, rows.transpose(0, 2, 1))


def test_im2col_makes_integer_images_float64_as_the_book_does():
    x = np.arange(2 * 1 * 4 * 4).reshape(2, 1, 4, 4)
    col = im2col(x, 3, 3, 1, 1)
    assert col.dtype == np.float64
    np.testing.assert_array_equal(col, loop_im2col(x, 3, 3, 1, 1))


@given(window_cases(), DTYPES)
def test_col2im_agrees_with_the_loop(case, dtype):
    n, c, h, w = case["shape"]
    fh, fw, stride, pad = case["fh"], case["fw"], case["stride"], case["pad"]
    rows = n * out_size(h, fh, stride, pad) * out_size(w, fw, stride, pad)
    col = values((rows, c * fh * fw), case["seed"], dtype)
    img = col2im(col, case["shape"], fh, fw, stride, pad)
    assert img.dtype == dtype
    rtol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(img, loop_col2im(col.astype(np.float64), case["shape"], fh, fw, stride, pad), rtol=rtol, atol=rtol)


def test_col2im_index_is_cached_per_shape_and_layout_without_mixing_them_up():
    """The same shape in both layouts, then again: each call gets its own layout's index, which nobody can change."""
    from reference.util import add_windows_back, pixel_index
    col = values((2 * 3 * 3, 2 * 2 * 2), 1)
    for _ in range(2):
        np.testing.assert_allclose(col2im(col, (2, 2, 4, 4), 2, 2, 1, 0), loop_col2im(col, (2, 2, 4, 4), 2, 2, 1, 0))
        columns = col.reshape(2, 9, 8).transpose(0, 2, 1)  # the same windows, one column each
        np.testing.assert_allclose(add_windows_back(columns, (2, 2, 4, 4), 2, 2, 1, 0, "ncyxij"),
                                   loop_col2im(col, (2, 2, 4, 4), 2, 2, 1, 0))
    assert not pixel_index((2, 2, 4, 4), 2, 2, 1, 0, "nijcyx").flags.writeable


# -- Convolution ------------------------------------------------------------------------------------------------

@given(window_cases(), st.integers(1, 3), DTYPES)
def test_convolution_agrees_with_the_loop(case, filters, dtype):
    n, c, _, _ = case["shape"]
    fh, fw, stride, pad = case["fh"], case["fw"], case["stride"], case["pad"]
    x = values(case["shape"], case["seed"], dtype)
    W, b = values((filters, c, fh, fw), case["seed"] + 1, dtype), values((filters,), case["seed"] + 2, dtype)
    layer = Convolution(W, b, stride, pad)
    out = layer.forward(x)
    dout = values(out.shape, case["seed"] + 3, dtype)
    dx = layer.backward(dout)
    expected = loop_convolution(*(a.astype(np.float64) for a in (x, W, b, dout)), stride, pad)
    rtol = 1e-4 if dtype == np.float32 else 1e-10
    for name, actual, truth in zip(("out", "dx", "dW", "db"), (out, dx, layer.dW, layer.db), expected):
        assert actual.dtype == dtype, name  # float32 data with float32 filters stays float32
        np.testing.assert_allclose(actual, truth, rtol=rtol, atol=rtol, err_msg=name)


def test_convolution_promotes_float32_images_against_float64_filters():
    x = values((2, 1, 5, 5), 0, np.float32)
    layer = Convolution(values((2, 1, 3, 3), 1), np.zeros(2))
    out = layer.forward(x)
    assert out.dtype == np.float64
    np.testing.assert_allclose(out, loop_convolution(x.astype(np.float64), layer.W, layer.b, out, 1, 0)[0])


def test_convolution_takes_one_bias_for_every_filter_as_the_book_does():
    x, W = values((1, 2, 4, 4), 0), values((3, 2, 2, 2), 1)
    out = Convolution(W, 1.5).forward(x)
    np.testing.assert_allclose(out, loop_convolution(x, W, np.full(3, 1.5), np.zeros((1, 3, 3, 3)), 1, 0)[0])


def test_a_first_layer_that_needs_no_dx_returns_none_and_still_its_gradients():
    x, W, b = values((2, 1, 5, 5), 0), values((2, 1, 3, 3), 1), values((2,), 2)
    layer = Convolution(W, b)
    dout = values(layer.forward(x).shape, 3)
    assert layer.backward(dout, needs_dx=False) is None
    _, _, dW, db = loop_convolution(x, W, b, dout, 1, 0)
    np.testing.assert_allclose(layer.dW, dW)
    np.testing.assert_allclose(layer.db, db)
    affine = Affine(values((4, 3), 4), np.zeros(3))
    affine.forward(values((2, 4), 5))
    assert affine.backward(values((2, 3), 6), needs_dx=False) is None and affine.dW.shape == (4, 3)


# -- Pooling: the reshape path and the im2col path --------------------------------------------------------------

@st.composite
def pool_cases(draw) -> dict:
    """Either windows that tile the image (stride == window, no pad: the reshape path, H and W not always
    multiples of it) or any other stride and padding (the im2col path)."""
    n, c = draw(st.integers(1, 2)), draw(st.integers(1, 3))
    tiles = draw(st.booleans())
    pool = draw(st.integers(1, 3))
    if tiles:
        ph = pw = stride = pool
        pad = 0
    else:
        ph, pw = pool, draw(st.integers(1, 3))
        stride, pad = draw(st.integers(1, 3)), draw(st.integers(0, 1))
    h, w = draw(st.integers(max(ph - 2 * pad, 1), 7)), draw(st.integers(max(pw - 2 * pad, 1), 7))
    return {"shape": (n, c, h, w), "ph": ph, "pw": pw, "stride": stride, "pad": pad,
            "seed": draw(st.integers(0, 2**16)), "ties": draw(st.booleans())}


@given(pool_cases(), DTYPES)
def test_pooling_agrees_with_the_loop(case, dtype):
    x = values(case["shape"], case["seed"], dtype, ties=case["ties"])
    layer = Pooling(case["ph"], case["pw"], case["stride"], case["pad"])
    out = layer.forward(x)
    dout = values(out.shape, case["seed"] + 1, dtype)
    dx = layer.backward(dout)
    expected_out, expected_dx = loop_max_pool(x, case["ph"], case["pw"], case["stride"], case["pad"],
                                              dout.astype(np.float64))
    assert out.dtype == dtype and dx.dtype == dtype and dx.shape == x.shape
    np.testing.assert_array_equal(out, expected_out.astype(dtype))
    np.testing.assert_allclose(dx, expected_dx, rtol=1e-6)


def test_pooling_backward_blocks_cover_every_image(monkeypatch):
    """A batch larger than one block (a small block here) is sent back block by block, none left out, ties too."""
    import reference.layers as layers
    monkeypatch.setattr(layers, "POOL_BLOCK_BYTES", 64)
    x = values((5, 2, 5, 4), 0, ties=True)  # an odd row left over at the edge, in no window
    layer = Pooling(2, 2, 2)
    out = layer.forward(x)
    dout = values(out.shape, 1)
    expected_out, expected_dx = loop_max_pool(x, 2, 2, 2, 0, dout)
    np.testing.assert_array_equal(out, expected_out)
    np.testing.assert_array_equal(layer.backward(dout), expected_dx)


def test_pooling_on_a_transposed_view_takes_the_reshape_path_without_copying_x():
    x = values((2, 4, 4, 3), 0, ties=True).transpose(0, 3, 1, 2)  # (N, C, H, W) in channels-last memory
    layer = Pooling(2, 2, 2)
    out = layer.forward(x)
    assert layer.tiles(x) is not None and np.shares_memory(layer.tiles(x), x)
    dout = values(out.shape, 1)
    expected_out, expected_dx = loop_max_pool(np.ascontiguousarray(x), 2, 2, 2, 0, dout)
    np.testing.assert_array_equal(out, expected_out)
    np.testing.assert_allclose(layer.backward(dout), expected_dx)


def test_pooling_integer_images_gives_float64_as_the_book_does():
    x = np.arange(16).reshape(1, 1, 4, 4)
    for layer in (Pooling(2, 2, 2), Pooling(2, 2, 1)):
        out = layer.forward(x)
        assert out.dtype == np.float64
        np.testing.assert_array_equal(out, loop_max_pool(x, layer.pool_h, layer.pool_w, layer.stride, 0,
                                                         np.zeros(out.shape))[0])


# -- ReLU, the dtype policy through whole networks, batched accuracy -------------------------------------------

@given(st.integers(0, 2**16), DTYPES)
def test_relu_agrees_with_the_loop_and_leaves_its_arguments_alone(seed, dtype):
    x, dout = values((3, 4), seed, dtype, ties=True), values((3, 4), seed + 1, dtype)
    x_before, dout_before = x.copy(), dout.copy()
    layer = Relu()
    out, dx = layer.forward(x), layer.backward(dout)
    for (r, s), value in np.ndenumerate(x):
        assert out[r, s] == (value if value > 0 else 0)
        assert dx[r, s] == (dout[r, s] if value > 0 else 0)
    assert out.dtype == dtype and dx.dtype == dtype
    np.testing.assert_array_equal(x, x_before)
    np.testing.assert_array_equal(dout, dout_before)


SPECIALS = st.lists(st.sampled_from([np.inf, -np.inf, np.nan, 0.0, -0.0, 1.5, -1.5, 1e308]), min_size=8, max_size=8)


@given(SPECIALS, SPECIALS, DTYPES)
def test_relu_passes_inf_nan_and_signed_zeros_as_the_book_does(x_values, dout_values, dtype):
    """out = x where not x <= 0, else 0.0; dx = dout there, else 0.0 (the book's masked writes), for inf, NaN, -0.0."""
    with np.errstate(over="ignore"):
        x, dout = np.array(x_values, dtype).reshape(2, 4), np.array(dout_values, dtype).reshape(2, 4)
    layer = Relu()
    out, dx = layer.forward(x), layer.backward(dout)
    for (r, s), value in np.ndenumerate(x):
        cut = value <= 0
        for actual, kept in ((out[r, s], value), (dx[r, s], dout[r, s])):
            expected = dtype(0.0) if cut else kept
            assert actual == expected or (np.isnan(actual) and np.isnan(expected)), (value, actual, expected)
            assert np.signbit(actual) == np.signbit(expected), (value, actual, expected)  # no -0.0 where the book has 0.0


def test_relu_and_affine_keep_integers_as_the_book_does():
    x = np.array([[1, -2], [3, 4]])
    assert Relu().forward(x).dtype.kind == "i"
    assert Affine(np.array([[1, 2], [3, 4]]), np.array([1, 1])).forward(x).dtype.kind == "i"


def small_convnet(dtype) -> SimpleConvNet:
    np.random.seed(0)
    net = SimpleConvNet(input_dim=(1, 10, 10), conv_param={"filter_num": 3, "filter_size": 3, "pad": 0, "stride": 1},
                        hidden_size=5, output_size=4)
    for key in net.params:
        net.params[key] = net.params[key].astype(dtype)
    for i, name in net.PARAM_LAYERS.items():
        net.layers[name].W, net.layers[name].b = net.params[f"W{i}"], net.params[f"b{i}"]
    return net


def test_float32_data_with_float32_params_stays_float32_through_the_gradient():
    net = small_convnet(np.float32)
    x, t = values((4, 1, 10, 10), 0, np.float32), np.array([0, 1, 2, 3])
    grads = net.gradient(x, t)
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float32)}
    assert net.predict(x).dtype == np.float32
    expected = small_convnet(np.float64).gradient(x.astype(np.float64), t)
    for key in grads:
        np.testing.assert_allclose(grads[key], expected[key], rtol=2e-3, atol=1e-6, err_msg=key)


def test_float32_data_against_float64_params_is_float64():
    grads = small_convnet(np.float64).gradient(values((4, 1, 10, 10), 0, np.float32), np.array([0, 1, 2, 3]))
    assert {g.dtype for g in grads.values()} == {np.dtype(np.float64)}
    layer = SoftmaxWithLoss()
    layer.forward(values((2, 3), 0, np.float32), np.array([0, 2]))
    assert layer.backward().dtype == np.float32


@given(st.integers(1, 2500), st.integers(0, 2**16))
def test_accuracy_in_batches_counts_as_all_rows_at_once(rows, seed):
    np.random.seed(seed % 1000)
    net = BackpropTwoLayerNet(6, 4, 3, weight_init_std=1.0)
    x, labels = values((rows, 6), seed), np.random.default_rng(seed).integers(0, 3, rows)
    scores = net.predict(x)  # all rows at once
    expected = sum(int(np.argmax(scores[r]) == labels[r]) for r in range(rows)) / rows
    assert net.accuracy(x, np.eye(3)[labels]) == expected
    assert net.accuracy(x, labels, batch_size=7) == expected


def test_python_numbers_take_the_arrays_dtype_and_lists_still_work():
    x = values((1, 1, 3, 3), 0, np.float32)
    assert Convolution(np.ones((2, 1, 2, 2), np.float32), 1.5).forward(x).dtype == np.float32
    from reference.layers import Sigmoid
    np.testing.assert_allclose(Sigmoid().forward([0.0, 2.0]), 1 / (1 + np.exp(-np.array([0.0, 2.0]))))
    assert SoftmaxWithLoss().forward([[1.0, 2.0]], [1]) > 0
