"""One window at a time: the rows built in a loop over images and output positions.

style: python loops, a zero array filled in place of np.pad, ravel of each (C, FH, FW) window
"""
import numpy as np


def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    n, c, h, w = input_data.shape
    out_h = (h + 2 * pad - filter_h) // stride + 1
    out_w = (w + 2 * pad - filter_w) // stride + 1
    padded = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=input_data.dtype)
    padded[:, :, pad:pad + h, pad:pad + w] = input_data
    rows = []
    for image in range(n):
        for i in range(out_h):
            for j in range(out_w):
                top, left = i * stride, j * stride
                rows.append(padded[image, :, top:top + filter_h, left:left + filter_w].ravel())
    return np.array(rows).reshape(n * out_h * out_w, c * filter_h * filter_w)
