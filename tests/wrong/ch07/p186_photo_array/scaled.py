"""Mistake: scaled to 0-1.

expect: It was scaled to 0-1
"""
import numpy as np
from PIL import Image


def photo_array(path):
    return np.array(Image.open(path)) / 255
