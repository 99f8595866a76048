"""
style: plt.subplots(1, 3) and a loop over the axes.
"""
import matplotlib.pyplot as plt
import numpy as np


def show_channels(filt: np.ndarray) -> None:
    _, axes = plt.subplots(1, 3)
    for ax, sheet in zip(axes, filt):
        ax.imshow(sheet, cmap="gray")
