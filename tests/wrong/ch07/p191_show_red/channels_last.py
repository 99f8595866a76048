"""Mistake: data[:, :, 0], as for a photo.

expect: The channel axis was taken as the last one
"""
import matplotlib.pyplot as plt


def show_red(data):
    plt.imshow(data[:, :, 0])
    return data[:, :, 0]
