"""Mistake: filt[:, :, i], as for a photo.

expect: The channel axis was taken as the last one
"""
import matplotlib.pyplot as plt


def show_channels(filt):
    for i in range(3):
        plt.subplot(1, 3, i + 1)
        plt.imshow(filt[:, :, i])
