"""Mistake: the padding of both sides, not divided by 2.

expect: It is not divided by 2
"""


def same_size_padding(n, s, f):
    return (n - 1) * s - n + f
