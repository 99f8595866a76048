"""Mistake: no brackets around the numerator: only FH is halved.

expect: Operator precedence
"""


def padding_for(h, fh, oh, s):
    return (oh - 1) * s - h + fh / 2
