"""Mistake: len(x), the number of rows, taken for the number of dimensions.

expect: len(x) is the length of the first axis
"""


def ndim_of(x):
    return len(x)
