"""Mistake: the padding taken as OH - H.

expect: The size difference OH - H leaves out
"""


def needed_padding(h, fh, oh):
    return oh - h
