"""Mistake: x[row:row+size, col:col+size], as for a photo: slices the channel axis.

expect: The channel axis was taken as the last one
"""


def window_channels(x, row, col, size):
    return x[row:row + size, col:col + size]
