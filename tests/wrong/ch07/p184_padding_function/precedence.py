"""Mistake: only FH is halved: / binds before - and +.

expect: Operator precedence: / binds before -
"""


def padding(H, S, OH, FH):
    return (OH - 1) * S - H + FH / 2
