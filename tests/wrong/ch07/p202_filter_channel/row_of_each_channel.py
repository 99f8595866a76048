"""Mistake: filt[:, c] gathers row c of every channel, not channel c's matrix.

expect: That gathers row c of every channel
"""


def filter_channel(filt, c):
    return filt[:, c]
