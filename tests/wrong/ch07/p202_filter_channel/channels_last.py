"""Mistake: filt[:, :, c], as for a photo.

expect: The channel axis was taken as the last one
"""


def filter_channel(filt, c):
    return filt[:, :, c]
