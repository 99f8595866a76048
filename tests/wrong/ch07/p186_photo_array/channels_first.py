"""Mistake: moving the channels first, as for the (C, H, W) data of this chapter.

expect: The channels were moved to the front
"""
import numpy as np
from PIL import Image


def photo_array(path):
    return np.array(Image.open(path)).transpose(2, 0, 1)
