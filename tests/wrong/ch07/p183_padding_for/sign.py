"""Mistake: -(H - FH) expanded as -H - FH.

expect: A sign is wrong
"""


def padding_for(h, fh, oh, s):
    return ((oh - 1) * s - h - fh) / 2
