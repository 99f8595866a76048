import matplotlib.pyplot as plt
import numpy as np


def line_plot(x: np.ndarray, y: np.ndarray) -> None:
    plt.plot(x, y)  # with x given, the points are placed at x (not at 0, 1, 2, ...) and joined in order
    plt.show()
