"""Mistake: channel 2 (OpenCV's BGR habit): the blue matrix.

expect: That is the blue channel
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path):
    red = np.array(Image.open(path))[:, :, 2]
    plt.imshow(red)
    return red
