import numpy as np


class Network:
    """The stub's given stand-in for TwoLayerNet."""

    def __init__(self, W):
        self.W = np.array(W, dtype=float)

    def loss(self, x, t):
        return float(np.sum((np.dot(x, self.W) - t) ** 2))


def make_f(network, x: np.ndarray, t: np.ndarray):
    # W is ignored on purpose: the loss reads network.W, which numerical_gradient shifts in place.
    f = lambda W: network.loss(x, t)  # noqa: E731 (the point of the exercise)
    return f


def f_at(W0: np.ndarray, x: np.ndarray, t: np.ndarray, W: np.ndarray) -> tuple:
    network = Network(W0)
    f = make_f(network, x, t)
    before = f(W)
    network.W[0, 0] += 1.0
    return f.__name__, before, f(W)
