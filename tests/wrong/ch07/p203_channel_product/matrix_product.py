"""Mistake: the matrix product.

expect: That is a matrix product
"""


def channel_product(window, filt, c):
    return window[c] @ filt[c]
