"""Mistake: the PIL Image itself, not an array.

expect: np.array(img)
"""
from PIL import Image


def photo_array(path):
    return Image.open(path)
