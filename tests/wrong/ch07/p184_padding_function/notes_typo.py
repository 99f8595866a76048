"""Mistake: the notes' formula with its typo, ((OH-1)S - (1-F)H) / 2.

expect: has a typo
"""


def padding(H, S, OH, FH):
    return ((OH - 1) * S - (1 - FH) * H) / 2
