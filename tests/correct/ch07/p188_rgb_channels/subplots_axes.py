"""
style: plt.subplots(1, 3) and the axes' own imshow; channels taken with np.moveaxis.
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def rgb_channels(path: str) -> tuple:
    pixels = np.array(Image.open(path))
    red, green, blue = np.moveaxis(pixels, -1, 0)[:3]
    fig, axes = plt.subplots(1, 3)
    for ax, channel, name in zip(axes, (red, green, blue), ("R", "G", "B")):
        ax.imshow(channel, cmap="gray")
        ax.set_title(name)
    return red, green, blue
