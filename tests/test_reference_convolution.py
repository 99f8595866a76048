"""reference/convolution.py: the loop-based convolution of chapter 7 against the notes' numbers, an independent
sliding-window computation, and the output-size and padding formulas."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from numpy.lib.stride_tricks import sliding_window_view

from reference.convolution import conv2d, conv3d, output_size, pad, padding_for

A = np.array([[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]])
K = np.array([[2, 0, 1], [0, 1, 2], [1, 0, 2]])


def windows_truth(x: np.ndarray, w: np.ndarray, stride: int, p: int) -> np.ndarray:
    x = np.pad(x, ((0, 0), (p, p), (p, p)))
    view = sliding_window_view(x, w.shape[1:], axis=(1, 2))[:, ::stride, ::stride]
    return np.einsum("cijhw,chw->ij", view, w)


def test_the_notes_2d_example_with_and_without_bias():
    np.testing.assert_array_equal(conv2d(A, K), [[15, 16], [6, 15]])
    np.testing.assert_array_equal(conv2d(A, K, bias=3), [[18, 19], [9, 18]])


def test_the_filter_is_not_flipped():
    x = np.arange(9).reshape(3, 3)
    w = np.array([[1, 0], [0, 0]])  # picks the window's top-left element
    np.testing.assert_array_equal(conv2d(x, w), [[0, 1], [3, 4]])


def test_padding_goes_on_every_side_of_height_and_width_only():
    np.testing.assert_array_equal(pad(np.array([[15, 16], [6, 15]]), 1),
                                  [[0, 0, 0, 0], [0, 15, 16, 0], [0, 6, 15, 0], [0, 0, 0, 0]])
    assert pad(np.zeros((3, 5, 5)), 1).shape == (3, 7, 7)


def test_the_notes_3d_data_recomputed():
    data = np.array([[[2, 2, 1, 1, 0], [0, 0, 1, 0, 0], [0, 2, 0, 0, 1], [1, 2, 1, 1, 1], [1, 0, 1, 0, 1]],
                     [[2, 0, 0, 0, 1], [0, 2, 2, 0, 1], [0, 0, 0, 0, 2], [0, 1, 2, 0, 1], [2, 0, 2, 2, 2]],
                     [[4, 2, 1, 2, 2], [0, 1, 0, 4, 2], [3, 0, 6, 2, 2], [4, 2, 4, 5, 2], [3, 4, 1, 0, 0]]])
    filt = np.array([[1, 1, -1, -1, 0, 0, 1, 1, 0], [-1, -1, 0, 0, -1, 1, 0, -1, 0],
                     [-1, 1, 1, -1, 1, -1, 0, 0, -1]]).reshape(3, 3, 3)
    out = conv3d(data, filt, p=1)
    assert out.shape == (5, 5)
    assert out[0, 0] == -1 and out[0, 1] == -7  # the catalog's corrections of p204 (-3) and p205 (-4)


@pytest.mark.parametrize("n, f, s, p, expected", [(4, 3, 1, 0, 2), (4, 3, 1, 1, 4), (5, 3, 1, 2, 7), (7, 3, 2, 0, 3),
                                                  (5, 2, 2, 0, 2)])
def test_output_size(n, f, s, p, expected):
    assert output_size(n, f, s, p) == expected


@pytest.mark.parametrize("h, fh, oh, s, expected", [(4, 3, 4, 1, 1.0), (6, 3, 6, 1, 1.0), (7, 3, 4, 2, 1.0), (5, 5, 5, 1, 2.0)])
def test_padding_for(h, fh, oh, s, expected):
    assert padding_for(h, fh, oh, s) == expected
    assert output_size(h, fh, s, int(expected)) == oh


@st.composite
def cases(draw):
    c, h, w, p, s = (draw(st.integers(1, 3)), draw(st.integers(1, 6)), draw(st.integers(1, 6)), draw(st.integers(0, 2)),
                     draw(st.integers(1, 3)))
    fh, fw = draw(st.integers(1, h + 2 * p)), draw(st.integers(1, w + 2 * p))
    ints = st.integers(-5, 5)
    return draw(hnp.arrays(np.int64, (c, h, w), elements=ints)), draw(hnp.arrays(np.int64, (c, fh, fw), elements=ints)), s, p


@settings(max_examples=60, deadline=None)
@given(cases())
def test_conv3d_agrees_with_sliding_windows(case):
    x, w, s, p = case
    out = conv3d(x, w, s, p)
    np.testing.assert_array_equal(out, windows_truth(x, w, s, p))
    assert out.shape == (output_size(x.shape[1], w.shape[1], s, p), output_size(x.shape[2], w.shape[2], s, p))


@settings(max_examples=30, deadline=None)
@given(cases())
def test_conv2d_is_conv3d_of_one_channel(case):
    x, w, s, p = case
    np.testing.assert_array_equal(conv2d(x[0], w[0], s, p, bias=2), conv3d(x[:1], w[:1], s, p) + 2)
