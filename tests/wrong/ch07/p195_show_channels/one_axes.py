"""Mistake: the notes' three imshow calls without separate places.

expect: Several imshow calls on one axes show only the last picture
"""
import matplotlib.pyplot as plt


def show_channels(filt):
    plt.imshow(filt[0, :, :])
    plt.imshow(filt[1, :, :])
    plt.imshow(filt[2, :, :])
