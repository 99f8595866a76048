"""The book's formula as written on page 234, with true division and int() at the end.

style: int(1 + (H + 2P - FH) / S) as the book's Convolution computes out_h
"""


def conv_output_size(h, fh, s=1, p=0):
    return int(1 + (h + 2 * p - fh) / s)
