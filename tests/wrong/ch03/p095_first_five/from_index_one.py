"""Mistake: x[1:6], counting the first element as 1.

expect: It slices from index 1
"""


def first_five(x):
    return x[1:6]
