import matplotlib.pyplot as plt
import numpy as np


def show_channels(filt: np.ndarray) -> None:
    for i, name in enumerate(("Red", "Green", "Blue")):
        plt.subplot(1, 3, i + 1)  # its own place: a second imshow on one axes would cover the first
        plt.imshow(filt[i], cmap="gray")
        plt.title(name)
