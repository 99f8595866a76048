"""
style: the formula with OH = H = n written out inline (no call to p184's function).
"""


def same_size_padding(n: int, s: int, f: int) -> float:
    return ((n - 1) * s - n + f) / 2
