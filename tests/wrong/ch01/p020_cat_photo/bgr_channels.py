"""Mistake: OpenCV habits: the channels are reversed to BGR, so the orange cat turns blue.

expect: Red and blue are swapped (OpenCV reads BGR).
"""
import matplotlib.pyplot as plt
from matplotlib.image import imread


def show_photo(path):
    img = imread(path)
    plt.imshow(img[:, :, ::-1])
