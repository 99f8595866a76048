import matplotlib.pyplot as plt
import numpy as np


def plot_with_grid(t: np.ndarray) -> None:
    plt.plot(t)  # one argument: t gives the y values, and x is 0, 1, 2, ... (the index)
    plt.grid()
    plt.show()
