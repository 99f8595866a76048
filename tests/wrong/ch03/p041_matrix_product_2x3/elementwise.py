"""Mistake: the notes' A*B kept after switching to np.array: (2, 3) * (3, 2) cannot broadcast.

expect: `*` multiplies element by element
"""


def matrix_product(A, B):
    return A * B
