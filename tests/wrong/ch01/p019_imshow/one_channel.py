"""Mistake: shows only the red channel, which imshow paints with a colour map instead of the real colours.

expect: Picking one channel (img[:, :, 0]) drops the colours
"""
import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_image(path):
    img = imread(path)
    plt.imshow(img[:, :, 0])
