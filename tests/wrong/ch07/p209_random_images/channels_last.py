"""Mistake: (N, H, W, C), as for photos.

expect: The channels are last (N, H, W, C)
"""
import numpy as np


def random_images(n, c, h, w):
    return np.random.rand(n, h, w, c)
