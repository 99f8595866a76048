"""Mistake: hands back the list itself: no NumPy array was made.

expect: Wrap it in np.array(...)
"""


def to_array(x):
    return list(x)
