"""Mistake: the red matrix is returned, but the whole photo is shown.

expect: The whole photo is shown
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path):
    img = np.array(Image.open(path))
    plt.imshow(img)
    return img[:, :, 0]
