"""Mistake: (columns, rows).

expect: Rows and columns are swapped
"""


def shape_of(x):
    return (len(x[0]), len(x))
