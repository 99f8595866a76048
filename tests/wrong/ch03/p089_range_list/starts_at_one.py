"""Mistake: counts 1 to n.

expect: It starts at 1
"""


def numbers_below(n):
    return list(range(1, n + 1))
