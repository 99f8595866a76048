"""Mistake: the stride is never used: every window one step apart, as if stride were 1.

expect: The stride was ignored
"""
import numpy as np


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    N, C, H, W = input_data.shape
    out_h = H + 2 * pad - filter_h + 1
    out_w = W + 2 * pad - filter_w + 1
    img = np.pad(input_data, [(0, 0), (0, 0), (pad, pad), (pad, pad)], 'constant')
    col = np.zeros((N, C, filter_h, filter_w, out_h, out_w))
    for y in range(filter_h):
        y_max = y + out_h
        for x in range(filter_w):
            x_max = x + out_w
            col[:, :, y, x, :, :] = img[:, :, y:y_max, x:x_max]
    return col.transpose(0, 4, 5, 1, 2, 3).reshape(N * out_h * out_w, -1)


