"""im2col by loops over the windows, then called with the problem's 5 x 5 filter.

style: python loops, keyword arguments
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


def photos_to_columns(photos):
    return im2col(photos, filter_h=5, filter_w=5, stride=1, pad=0)
