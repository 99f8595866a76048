"""Convolution the way chapter 7 teaches it first: clear loops over every window, before im2col.

The book's (and every deep-learning library's) "convolution" is a cross-correlation: the filter is laid on
the window as it is, not flipped. Arrays are channels-first, as in the book: an image is (C, H, W), a filter
(C, FH, FW); a single-channel image is a plain (H, W) matrix.
"""
from __future__ import annotations

import numpy as np


def output_size(n: int, f: int, stride: int = 1, pad: int = 0) -> int:
    """OH = (H + 2P - FH) / S + 1: how many windows fit (a partial last window is dropped, hence //)."""
    return (n + 2 * pad - f) // stride + 1


def padding_for(h: int, fh: int, oh: int, stride: int = 1) -> float:
    """OH = (H + 2P - FH) / S + 1 solved for P: P = ((OH - 1) S - H + FH) / 2 (half on each side)."""
    return ((oh - 1) * stride - h + fh) / 2


def pad(x: np.ndarray, p: int) -> np.ndarray:
    """Zero padding of p on every side of the last two (height, width) axes; channels are never padded."""
    widths = [(0, 0)] * (x.ndim - 2) + [(p, p), (p, p)]
    return np.pad(x, widths, mode="constant", constant_values=0)


def conv2d(x: np.ndarray, w: np.ndarray, stride: int = 1, p: int = 0, bias: float = 0) -> np.ndarray:
    """One (H, W) matrix and one (FH, FW) filter -> the (OH, OW) feature map, bias added once per output."""
    return conv3d(x[np.newaxis], w[np.newaxis], stride, p, bias)


def conv3d(x: np.ndarray, w: np.ndarray, stride: int = 1, p: int = 0, bias: float = 0) -> np.ndarray:
    """A (C, H, W) image and a (C, FH, FW) filter -> one (OH, OW) feature map: every channel is summed in."""
    assert x.shape[0] == w.shape[0], "the filter needs one channel per image channel"
    x = pad(x, p)
    _, fh, fw = w.shape
    oh = output_size(x.shape[1], fh, stride)
    ow = output_size(x.shape[2], fw, stride)
    out = np.zeros((oh, ow), dtype=np.result_type(x, w, bias))
    for i in range(oh):  # output row i looks at input rows i*S .. i*S + FH - 1
        for j in range(ow):
            window = x[:, i * stride:i * stride + fh, j * stride:j * stride + fw]
            out[i, j] = np.sum(window * w) + bias  # element-wise product over all channels, then one sum
    return out
