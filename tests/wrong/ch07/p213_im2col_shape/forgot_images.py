"""Mistake: the rows count one image's windows only.

expect: number of images N
"""
def im2col_shape(n, c, h, w, fh, fw):
    return (h - fh + 1) * (w - fw + 1), c * fh * fw
