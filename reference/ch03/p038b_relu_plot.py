"""p038b: plot ReLU. The notes load calibri.ttf by a Windows path; an English title needs no special font."""
import matplotlib.pyplot as plt
import numpy as np

from reference.functions import relu as Relu

__all__ = ["Relu", "plot_relu"]


def plot_relu(x: np.ndarray) -> None:
    plt.plot(x, Relu(x))
    plt.title("Relu function")
    plt.xlim(-6, 6)  # wider than the data (-5..5), so the line does not touch the frame
    plt.ylim(-1, 5.5)
