"""Mistake: the weighted sum is right but returned as (H, W): the channel axis of (H, W, 1) is missing.

expect: The channel axis is missing
"""
import numpy as np


def to_grayscale(img):
    return 0.299 * img[:, :, 0] + 0.587 * img[:, :, 1] + 0.114 * img[:, :, 2]
