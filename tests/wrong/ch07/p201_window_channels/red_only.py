"""Mistake: only the red channel's window.

expect: Only one channel came back
"""


def window_channels(x, row, col, size):
    return x[0, row:row + size, col:col + size]
