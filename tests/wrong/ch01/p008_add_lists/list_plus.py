"""Mistake: + on two Python lists concatenates them instead of adding the numbers.

expect: + between lists joins them (more rows)
"""


def add_lists(m, m2):
    return m + m2
