"""Mistake: 2P taken for P.

expect: It is not divided by 2
"""


def padding(H, S, OH, FH):
    return (OH - 1) * S - H + FH
