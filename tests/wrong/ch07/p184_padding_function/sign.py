"""Mistake: -(H - FH) expanded as -H - FH.

expect: A sign is wrong
"""


def padding(H, S, OH, FH):
    return ((OH - 1) * S - H - FH) / 2
