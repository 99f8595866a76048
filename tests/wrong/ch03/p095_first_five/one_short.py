"""Mistake: x[:4], thinking the slice end is included.

expect: One short
"""


def first_five(x):
    return x[:4]
