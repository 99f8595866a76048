"""Mistake: the largest value (0.4) instead of its position.

expect: It returns the largest value itself
"""


def index_of_max(x):
    return max(x)
