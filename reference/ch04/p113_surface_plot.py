import matplotlib.pyplot as plt
import numpy as np


def plot_surface() -> None:
    x0, x1 = np.meshgrid(np.linspace(-3, 3, 61), np.linspace(-3, 3, 61))  # a grid of points, one z per point
    ax = plt.figure().add_subplot(projection="3d")
    ax.plot_surface(x0, x1, x0 ** 2 + x1 ** 2, cmap="viridis")
    ax.set_xlabel("x0")
    ax.set_ylabel("x1")
    ax.set_zlabel("f(x)")
    plt.show()
