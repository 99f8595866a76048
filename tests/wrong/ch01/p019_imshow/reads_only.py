"""Mistake: reads the image but never shows it.

expect: Nothing was drawn
"""
from matplotlib.image import imread


def show_image(path):
    img = imread(path)
    return img.shape
