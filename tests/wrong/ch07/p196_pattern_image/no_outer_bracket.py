"""Mistake: the notes' unbalanced brackets "fixed" by dropping one: (3, 3).

expect: One outer bracket is missing
"""
import matplotlib.pyplot as plt
import numpy as np


def pattern_image(rows):
    a = np.array(rows)
    plt.imshow(a)
    return a
