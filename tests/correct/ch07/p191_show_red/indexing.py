"""
style: data[0, :, :] with the axes object's imshow.
"""
import matplotlib.pyplot as plt
import numpy as np


def show_red(data: np.ndarray) -> np.ndarray:
    red = data[0, :, :]
    _, ax = plt.subplots()
    ax.imshow(red)
    return red
