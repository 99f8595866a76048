import matplotlib.pyplot as plt
import numpy as np


def scatter_plot(x: np.ndarray, y: np.ndarray) -> None:
    plt.scatter(x, y)  # one dot per (x[i], y[i]), nothing joining them
    plt.show()
