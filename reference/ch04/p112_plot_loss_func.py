import matplotlib.pyplot as plt
import numpy as np

from reference.ch04.p111_numerical_diff import loss_func

__all__ = ["loss_func", "plot_loss_func"]


def plot_loss_func() -> None:
    x = np.arange(0.0, 20.0, 0.1)
    plt.plot(x, loss_func(x))  # loss_func works element-wise, so one call gives the whole curve
    plt.xlabel("x")
    plt.ylabel("f(x)")
    plt.show()
