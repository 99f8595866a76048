"""Mistake: averages the channels into a grey picture, which imshow paints with a colour map.

expect: single-channel image
"""
import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_photo(path):
    img = imread(path)
    plt.imshow(img.mean(axis=2))
