"""Mistake: the total padding of both sides, FH - 1, instead of the padding of one side.

expect: both sides together (2P)
"""


def needed_padding(h, fh, oh):
    return oh - h + fh - 1
