"""Mistake: the notes' second method (a loop appending to a list): right numbers, but not a NumPy array.

expect: Wrap it in np.array(...) to return a NumPy array.
"""


def at_least_15(a):
    found = []
    for value in a.flatten():
        if value >= 15:
            found.append(value)
    return found
