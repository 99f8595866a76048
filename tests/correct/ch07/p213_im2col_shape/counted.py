"""The windows counted by sliding, as one would by hand.

style: counting loop positions with range
"""


def im2col_shape(n, c, h, w, fh, fw):
    out_h = len(range(0, h - fh + 1))
    out_w = len(range(0, w - fw + 1))
    return (n * out_h * out_w, c * fh * fw)
