"""Mistake: the channel taken from the last axis.

expect: The channel axis was taken as the last
"""
import numpy as np


def channel_product(window, filt, c):
    return window[:, :, c] * filt[:, :, c]
