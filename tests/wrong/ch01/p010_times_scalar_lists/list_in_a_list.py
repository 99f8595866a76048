"""Mistake: takes m2[0] (the list [10]) as the number: v * [10] repeats that list v times.

expect: m2 is [[10]] (a list in a list)
"""


def times_scalar_lists(m, m2):
    return [[v * m2[0] for v in row] for row in m]
