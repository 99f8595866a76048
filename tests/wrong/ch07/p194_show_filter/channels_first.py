"""Mistake: the notes' plt.imshow(Filter): the channels-first array read as (H, W, 3).

expect: move the channels last with Filter.transpose(1, 2, 0)
"""
import matplotlib.pyplot as plt


def show_filter(filt):
    plt.imshow(filt)
