"""Mistake: the padding left out of the formula (it only shows when P > 0).

expect: The padding P is left out
"""


def conv_output_size(h, fh, s=1, p=0):
    return (h - fh) // s + 1
