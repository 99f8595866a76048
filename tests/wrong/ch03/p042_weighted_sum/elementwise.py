"""Mistake: x * w, an element-wise product: (2,) and (2, 3) do not even broadcast.

expect: `*` multiplies element by element
"""


def weighted_sum(x, w):
    return x * w
