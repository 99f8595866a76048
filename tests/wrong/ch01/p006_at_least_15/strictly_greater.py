"""Mistake: > instead of >=, so the boundary value 15 is dropped.

expect: 15 itself is missing
"""


def at_least_15(a):
    return a[a > 15]
