"""Mistake: img[0], channels-first thinking: the top row of pixels.

expect: img[0] is the top row of pixels
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path):
    img = np.array(Image.open(path))
    plt.imshow(img[:, :, 0])
    return img[0]
