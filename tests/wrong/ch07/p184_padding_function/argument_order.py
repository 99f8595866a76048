"""Mistake: the arguments read as (H, FH, OH, S), not the notes' (H, S, OH, FH).

expect: The arguments are in another order
"""


def padding(H, FH, OH, S):
    return ((OH - 1) * S - H + FH) / 2
