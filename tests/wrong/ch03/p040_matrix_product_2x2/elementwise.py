"""Mistake: A * B, which for ndarrays multiplies element by element ([[5, 12], [21, 32]]).

expect: `*` multiplies element by element
"""


def matrix_product(A, B):
    return A * B
