"""Mistake: the notes' loop, but with > 15, so the boundary value 15 is dropped.

expect: 15 itself is missing
"""


def at_least_15_list(m):
    found = []
    for row in m:
        for value in row:
            if value > 15:
                found.append(value)
    return found
