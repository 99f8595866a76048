"""p036: plot the sigmoid (the title in Korean: see p033b about the font)."""
import matplotlib.pyplot as plt
import numpy as np

from reference.functions import sigmoid

__all__ = ["sigmoid", "plot_sigmoid"]


def plot_sigmoid(x: np.ndarray) -> None:
    plt.plot(x, sigmoid(x))
    plt.title("시그모이드 함수")
    plt.ylim(-0.1, 1.1)  # the same frame as the step function's plot, to compare the two shapes
