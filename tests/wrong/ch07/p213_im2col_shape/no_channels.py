"""Mistake: the columns count one channel's window only.

expect: The columns leave out the channels C
"""


def im2col_shape(n, c, h, w, fh, fw):
    return n * (h - fh + 1) * (w - fw + 1), fh * fw
