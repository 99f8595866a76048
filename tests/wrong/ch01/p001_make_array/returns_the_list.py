"""Mistake: hands the Python list back unchanged: it prints the same, but it is not a NumPy array.

expect: Wrap it in np.array(...) to return a NumPy array.
"""


def to_array(rows):
    return rows
