"""Mistake: the + 1 left out, so the first window's place is not counted.

expect: The + 1 is missing
"""


def conv_output_size(h, fh, s=1, p=0):
    return (h + 2 * p - fh) // s
