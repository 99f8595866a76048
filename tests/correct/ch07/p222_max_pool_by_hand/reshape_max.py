"""Window maxima with a reshape: (H/2, 2, W/2, 2), the largest over the two window axes.

style: reshape + max(axis=(1, 3))
"""
import numpy as np


def max_pool_by_hand(image):
    h, w = image.shape
    return image.reshape(h // 2, 2, w // 2, 2).max(axis=(1, 3))
