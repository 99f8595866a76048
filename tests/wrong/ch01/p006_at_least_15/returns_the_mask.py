"""Mistake: returns the condition itself (a boolean mask) instead of the elements it selects.

expect: That is the True/False mask of the condition
"""


def at_least_15(a):
    return a >= 15
