"""Mistake: the notes' formula with its typo, with OH = H = N.

expect: has a typo
"""


def same_size_padding(n, s, f):
    return ((n - 1) * s - (1 - f) * n) / 2
