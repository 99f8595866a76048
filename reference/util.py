"""im2col and col2im (book: common/util.py): convolution and pooling as one matrix product.

im2col lays every filter-sized window of a batch of images out as one row, so that a convolution becomes
`im2col(x) @ W.reshape(FN, -1).T`. col2im is its adjoint: it puts each row back where its window came from,
*adding* where windows overlap (that sum is what makes it the backward pass of im2col).

Arrays are channels-first as in the book: images (N, C, H, W), filters (FN, C, FH, FW). A row of im2col's
result lists the window's values channel by channel, then row by row, then column by column — the same order as
one filter's `W[f].reshape(-1)` — and the rows go image by image, output row by output row.
"""
from __future__ import annotations

import numpy as np

try:  # the chapter's own size formula, where the first half of chapter 7 is installed
    from reference.convolution import output_size
except ImportError:  # pragma: no cover
    def output_size(n: int, f: int, stride: int = 1, pad: int = 0) -> int:
        """OH = (H + 2P - FH) / S + 1 (a partial last window is dropped, hence //)."""
        return (n + 2 * pad - f) // stride + 1


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N, C, H, W) -> (N * OH * OW, C * FH * FW): one row per window."""
    N, C, H, W = input_data.shape
    out_h = output_size(H, filter_h, stride, pad)
    out_w = output_size(W, filter_w, stride, pad)
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], "constant")
    # col[n, c, y, x, i, j] = img[n, c, i*S + y, j*S + x]: one strided slice per filter offset (y, x), so the
    # loop runs FH * FW times, not once per window.
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w), dtype=np.result_type(input_data, float))
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max:stride, x:x_max:stride]
    # Windows (n, i, j) become rows; (c, y, x) become the columns, in the order of W[f].reshape(-1).
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)


def col2im(col: np.ndarray, input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int,
           stride: int = 1, pad: int = 0) -> np.ndarray:
    """(N * OH * OW, C * FH * FW) -> (N, C, H, W): every window's values added back into place."""
    N, C, H, W = input_shape
    out_h = output_size(H, filter_h, stride, pad)
    out_w = output_size(W, filter_w, stride, pad)
    col = col.reshape(N, out_h, out_w, C, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    # The padded image, plus stride - 1 spare rows and columns so every strided slice below has room.
    img = np.zeros((N, C, H + 2 * pad + stride - 1, W + 2 * pad + stride - 1), dtype=col.dtype)
    for y in range(filter_h):
        y_max = y + stride * out_h
        for x in range(filter_w):
            x_max = x + stride * out_w
            # += : a pixel that lies in several windows receives the sum of all of them.
            img[:, :, y:y_max:stride, x:x_max:stride] += col[:, :, y, x, :, :]
    return img[:, :, pad:H + pad, pad:W + pad]
