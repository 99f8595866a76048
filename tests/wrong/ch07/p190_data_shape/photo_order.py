"""Mistake: the answer in a photo's (H, W, C) order.

expect: That is a photo's order
"""


def data_shape(data):
    c, h, w = data.shape
    return (h, w, c)
