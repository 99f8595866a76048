"""
style: Pillow splits the bands; the red band becomes the matrix, shown through the axes object.
"""
import matplotlib.pyplot as plt
import numpy as np
from PIL import Image


def red_channel(path: str) -> np.ndarray:
    red_band, _, _ = Image.open(path).convert("RGB").split()
    red = np.array(red_band)
    fig, ax = plt.subplots()
    ax.imshow(red)
    return red
