"""Mistake: multiplies each row (a list) by the number, which repeats the row instead of scaling it.

expect: A list times a number repeats the list
"""


def times_scalar_lists(m, m2):
    return [row * m2[0][0] for row in m]
