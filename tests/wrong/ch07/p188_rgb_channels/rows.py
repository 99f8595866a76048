"""Mistake: img[0], img[1], img[2]: the top three rows, not the channels.

expect: the top three rows of pixels
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def rgb_channels(path):
    img = np.array(Image.open(path))
    for i in range(3):
        plt.subplot(1, 3, i + 1)
        plt.imshow(img[i])
    return img[0], img[1], img[2]
