"""Mistake: filters each row into its own list, so the result is nested.

expect: It made one list per row
"""


def at_least_15_list(m):
    return [[value for value in row if value >= 15] for row in m]
