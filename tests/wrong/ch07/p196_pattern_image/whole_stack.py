"""Mistake: the (1, H, W) array itself given to imshow.

expect: imshow takes only 2-D (H, W) or (H, W, 3) as a picture
"""
import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows):
    a = np.array([rows])
    print(a)
    plt.imshow(a)
    return a
