"""Mistake: the loop runs up to total inclusive and adds a last range past the end.

expect: One line too many
"""


def batch_ranges(total, size):
    return [f"{i} ~ {i + size}" for i in range(0, total + 1, size)]
