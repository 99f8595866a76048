"""Mistake: row and column swapped: the window moves down instead of right.

expect: Row and column are swapped
"""


def window(a, row, col, size):
    return a[col:col + size, row:row + size]
