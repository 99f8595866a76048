"""im2col and col2im (book: common/util.py): convolution and pooling as one matrix product.

im2col lays every filter-sized window of a batch of images out as one row, so that a convolution becomes
`im2col(x) @ W.reshape(FN, -1).T`. col2im is its adjoint: it puts each row back where its window came from,
*adding* where windows overlap (that sum is what makes it the backward pass of im2col).

Arrays are channels-first as in the book: images (N, C, H, W), filters (FN, C, FH, FW). A row of im2col's
result lists the window's values channel by channel, then row by row, then column by column — the same order as
one filter's `W[f].reshape(-1)` — and the rows go image by image, output row by output row.

window_columns is im2col image by image, one column per window (the layout the Convolution layer multiplies), and
add_windows_back the scatter-add both col2im and Convolution.backward end with (one np.add.at over a cached pixel
index). Floating inputs keep their dtype (float32 stays float32); integer images become float64, as in the book
(float_dtype, reference/layers.py).
"""
from __future__ import annotations

import functools
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

try:  # the chapter's own size formula, where the first half of chapter 7 is installed
    from reference.convolution import output_size
except ImportError:  # pragma: no cover
    def output_size(n: int, f: int, stride: int = 1, pad: int = 0) -> int:
        """OH = (H + 2P - FH) / S + 1 (a partial last window is dropped, hence //)."""
        return (n + 2 * pad - f) // stride + 1


def float_dtype(*arrays: Any) -> np.dtype:
    """NumPy's promotion of a layer's inputs and parameters, made float where the book's buffers make it float.

    float32 data with float32 parameters stays float32 (half the memory traffic of float64); float32 data
    against float64 parameters is float64, as `x @ W` would be in plain NumPy. Integer and bool inputs (images
    of uint8, say) become float64, as the book's np.zeros buffers make them (the policy: reference/layers.py).
    """
    # Lists become arrays; Python numbers stay as they are (NumPy lets them take the array's dtype).
    dtype = np.result_type(*(np.asarray(a) if isinstance(a, (list, tuple)) else a for a in arrays))
    return dtype if dtype.kind in "fc" else np.dtype(np.float64)


def window_columns(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0,
                   ones_row: bool = False) -> np.ndarray:
    """(N, C, H, W) -> (N, C * FH * FW, OH * OW): im2col image by image, one *column* per window.

    The book's formula, per image n: col[n][(c, y, x), (i, j)] = img[n, c, i*S + y, j*S + x], img being the input
    zero-padded by P. sliding_window_view gives every window as a view of img (no copy); one copy lays the values
    out, filter offset by filter offset, in rows of OW values that are read and written in a line (the order of
    the book's (N, C, FH, FW, OH, OW) buffer, which it fills with one strided copy per offset (y, x)).
    ones_row=True adds one more row, of ones, under each image's windows (C * FH * FW + 1 rows): what a bias
    multiplies (see Convolution).
    """
    x = np.asarray(input_data)
    N, C, H, W = x.shape
    out_h = output_size(H, filter_h, stride, pad)
    out_w = output_size(W, filter_w, stride, pad)
    rows = C * filter_h * filter_w
    dtype = float_dtype(x)
    if out_h <= 0 or out_w <= 0:  # no window fits: an empty result (np.zeros refuses negative sizes, as the book's does)
        return np.zeros((N, rows + ones_row, out_h, out_w), dtype).reshape(N, rows + ones_row, -1)
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant") if pad else x
    # windows[n, c, i, j, y, x] = img[n, c, i*S + y, j*S + x]
    windows = sliding_window_view(img, (filter_h, filter_w), axis=(2, 3))[:, :, ::stride, ::stride]
    col = np.empty((N, rows + ones_row, out_h * out_w), dtype)
    col[:, :rows].reshape(N, C, filter_h, filter_w, out_h, out_w)[...] = windows.transpose(0, 1, 4, 5, 2, 3)  # a view
    col[:, rows:] = 1
    return col


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) -> (N * OH * OW, C * FH * FW): one row per window (book: common/util.py).

    col[(n, i, j), (c, y, x)] = img[n, c, i*S + y, j*S + x]: window_columns, each image's matrix transposed. The
    book transposes its whole buffer at once; image by image, each (C*FH*FW, OH*OW) block stays in the CPU cache
    while it is turned, which makes the transpose several times faster.
    """
    columns = window_columns(input_data, filter_h, filter_w, stride, pad)
    return columns.transpose(0, 2, 1).reshape(-1, columns.shape[1])


# The index of one batch shape is reused by every step of a training run; a few shapes are live at a time (a
# network's layers, col2im's and the convolution's layouts), and each index is as large as the col it adds back.
@functools.lru_cache(maxsize=8)
def pixel_index(input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int, stride: int, pad: int,
                layout: str) -> np.ndarray:
    """For every window value, the flat position of its pixel in the zero-padded image (N, C, H + 2P, W + 2P).

    index[n, c, y, x, i, j] = position of img[n, c, i*S + y, j*S + x], flattened with the axes in the order
    `layout` names them: "ncyxij" for window_columns' layout, "nijcyx" for im2col's rows. Read-only: it is shared.
    """
    N, C, H, W = input_shape
    sizes = {"n": N, "c": C, "y": filter_h, "x": filter_w,
             "i": output_size(H, filter_h, stride, pad), "j": output_size(W, filter_w, stride, pad)}
    axes = dict(zip(layout, np.ix_(*(np.arange(sizes[axis]) for axis in layout))))  # each range along its own axis
    n, c, y, x, i, j = (axes[axis] for axis in "ncyxij")
    index = (((n * C + c) * (H + 2 * pad) + i * stride + y) * (W + 2 * pad) + j * stride + x).ravel()
    index.flags.writeable = False
    return index


def add_windows_back(values: np.ndarray, input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int,
                     stride: int, pad: int, layout: str) -> np.ndarray:
    """Window values laid out as `layout` says (see pixel_index) -> (N, C, H, W), overlaps added up.

    img[n, c, i*S + y, j*S + x] += value[n, c, y, x, i, j] for every window (n, i, j) and offset (y, x), then the
    padding cut off. The book does this with one strided += per offset (y, x); np.add.at does every += in one
    pass, in the values' memory order (in "ncyxij", offset by offset, as the book adds them).
    """
    N, C, H, W = input_shape = tuple(int(d) for d in input_shape)
    img = np.zeros(N * C * (H + 2 * pad) * (W + 2 * pad), dtype=float_dtype(values))
    np.add.at(img, pixel_index(input_shape, filter_h, filter_w, stride, pad, layout), np.ravel(values))
    return img.reshape(N, C, H + 2 * pad, W + 2 * pad)[:, :, pad:H + pad, pad:W + pad]


def col2im(col: np.ndarray, input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int,
           stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N * OH * OW, C * FH * FW) -> (N, C, H, W): every window's values added back into place (book: common/util.py).

    The book's formula: img[n, c, i*S + y, j*S + x] += col[(n, i, j), (c, y, x)], then the padding cut off.
    col's rows are in "nijcyx" order already: add_windows_back reads it as it lies, with no transpose.
    """
    return add_windows_back(col, input_shape, filter_h, filter_w, stride, pad, "nijcyx")
