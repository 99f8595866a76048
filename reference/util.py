"""im2col and col2im (book: common/util.py): convolution and pooling as one matrix product.

im2col lays every filter-sized window of a batch of images out as one row, so that a convolution becomes
`im2col(x) @ W.reshape(FN, -1).T`. col2im is its adjoint: it puts each row back where its window came from,
*adding* where windows overlap (that sum is what makes it the backward pass of im2col).

Arrays are channels-first as in the book: images (N, C, H, W), filters (FN, C, FH, FW). A row of im2col's
result lists the window's values channel by channel, then row by row, then column by column — the same order as
one filter's `W[f].reshape(-1)` — and the rows go image by image, output row by output row.

window_columns is im2col image by image, one column per window (the layout the Convolution layer multiplies), and
add_windows_back the scatter-add both col2im and Convolution.backward end with. Floating inputs keep their dtype
(float32 stays float32); integer images become float64, as in the book (float_dtype, reference/layers.py).
"""
from __future__ import annotations

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


def window_columns(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) -> (N, C * FH * FW, OH * OW): im2col image by image, one *column* per window.

    The book's formula, per image n: col[n][(c, y, x), (i, j)] = img[n, c, i*S + y, j*S + x], img being the input
    zero-padded by P. sliding_window_view gives every window as a view of img (no copy); one copy lays the values
    out, filter offset by filter offset, in rows of OW values that are read and written in a line (the order of
    the book's (N, C, FH, FW, OH, OW) buffer, which it fills with one strided copy per offset (y, x)).
    """
    x = np.asarray(input_data)
    N, C, H, W = x.shape
    out_h = output_size(H, filter_h, stride, pad)
    out_w = output_size(W, filter_w, stride, pad)
    dtype = float_dtype(x)
    if out_h <= 0 or out_w <= 0:  # no window fits: an empty result (np.zeros refuses negative sizes, as the book's does)
        return np.zeros((N, C * filter_h * filter_w, out_h, out_w), dtype).reshape(N, C * filter_h * filter_w, -1)
    img = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant") if pad else x
    # windows[n, c, i, j, y, x] = img[n, c, i*S + y, j*S + x]
    windows = sliding_window_view(img, (filter_h, filter_w), axis=(2, 3))[:, :, ::stride, ::stride]
    col = np.empty((N, C, filter_h, filter_w, out_h, out_w), dtype)
    col[...] = windows.transpose(0, 1, 4, 5, 2, 3)
    return col.reshape(N, C * filter_h * filter_w, out_h * out_w)


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) -> (N * OH * OW, C * FH * FW): one row per window (book: common/util.py).

    col[(n, i, j), (c, y, x)] = img[n, c, i*S + y, j*S + x]: window_columns, each image's matrix transposed. The
    book transposes its whole buffer at once; image by image, each (C*FH*FW, OH*OW) block stays in the CPU cache
    while it is turned, which makes the transpose several times faster.
    """
    columns = window_columns(input_data, filter_h, filter_w, stride, pad)
    return columns.transpose(0, 2, 1).reshape(-1, columns.shape[1])


# add_windows_back runs over this many bytes of windows at a time: the block stays in the CPU's cache through all
# FH * FW passes over it, where passes over the whole array would each read it from memory again.
BLOCK_BYTES = 1 << 20


def add_windows_back(windows: np.ndarray, input_shape: tuple[int, int, int, int], stride: int = 1,
                     pad: int = 0) -> np.ndarray:
    """(N, C, FH, FW, OH, OW) window values (any memory layout) -> (N, C, H, W), overlaps added up.

    img[n, c, i*S + y, j*S + x] += windows[n, c, y, x, i, j] for every window (n, i, j) and offset (y, x), then the
    padding cut off: one strided += per filter offset, as in the book, over a block of images at a time.
    """
    N, C, filter_h, filter_w, out_h, out_w = windows.shape
    _, _, H, W = input_shape
    # The padded image, plus stride - 1 spare rows and columns so every strided slice below has room.
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1), dtype=float_dtype(windows))
    images_per_block = max(1, BLOCK_BYTES // max(windows[0].nbytes, 1)) if N else 1
    for first in range(0, N, images_per_block):
        block, target = windows[first:first + images_per_block], img[first:first + images_per_block]
        for y in range(filter_h):
            y_max = y + stride * out_h
            for x in range(filter_w):
                x_max = x + stride * out_w
                # += : a pixel that lies in several windows receives the sum of all of them.
                target[:, :, y:y_max:stride, x:x_max:stride] += block[:, :, y, x]
    return img[:, :, pad:H + pad, pad:W + pad]


def col2im(col: np.ndarray, input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int,
           stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N * OH * OW, C * FH * FW) -> (N, C, H, W): every window's values added back into place (book: common/util.py).

    The book's formula: img[n, c, i*S + y, j*S + x] += col[(n, i, j), (c, y, x)], then the padding cut off.
    The reshape and transpose are views; add_windows_back reads them a block of images at a time.
    """
    N, C, H, W = input_shape
    out_h = output_size(H, filter_h, stride, pad)
    out_w = output_size(W, filter_w, stride, pad)
    windows = np.asarray(col).reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    return add_windows_back(windows, input_shape, stride, pad)
