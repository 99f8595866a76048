"""Mistake: the notes' answer: only the starts 0, 100, ..., 10000.

expect: It returns only the start numbers
"""


def batch_ranges(total, size):
    return list(range(0, total + 1, size))
