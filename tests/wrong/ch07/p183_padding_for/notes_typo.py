"""Mistake: the notes' formula with its typo, ((OH-1)S - (1-F)H) / 2.

expect: has a typo
"""


def padding_for(h, fh, oh, s):
    return ((oh - 1) * s - (1 - fh) * h) / 2
