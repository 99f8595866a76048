"""Mistake: len(x) gives the number of rows only.

expect: len(x) counts only the rows
"""


def shape_of(x):
    return len(x)
