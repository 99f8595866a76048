"""Mistake: -(N - F) expanded as -N - F.

expect: A sign is wrong
"""


def same_size_padding(n, s, f):
    return ((n - 1) * s - n - f) / 2
