"""Mistake: the output size without its + 1.

expect: The output size lacks the + 1
"""


def im2col_shape(n, c, h, w, fh, fw):
    return n * (h - fh) * (w - fw), c * fh * fw
