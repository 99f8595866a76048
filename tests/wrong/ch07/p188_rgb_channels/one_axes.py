"""Mistake: the notes' three imshow calls on one axes: only the last one can be seen.

expect: Several imshow calls on one axes show only the last picture
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def rgb_channels(path):
    img = np.array(Image.open(path))
    for i in range(3):
        plt.imshow(img[:, :, i])
    return img[:, :, 0], img[:, :, 1], img[:, :, 2]
