"""Mistake: the padding of both sides, not divided by 2.

expect: It is not divided by 2
"""


def padding_for(h, fh, oh, s):
    return (oh - 1) * s - h + fh
