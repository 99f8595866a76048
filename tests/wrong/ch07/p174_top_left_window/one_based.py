"""Mistake: counting from 1, as people do: rows 1..3.

expect: Python counts from 0
"""


def top_left_window(a, size):
    return a[1:size + 1, 1:size + 1]
