"""The book's TwoLayerNet (ch04/two_layer_net.py): affine -> sigmoid -> affine -> softmax.

Chapter 4 trains it with numerical gradients; chapter 5 adds a backprop `gradient(x, t)` with the same
params dict and the same return shape, so either can be handed to `reference.trainer.train`.
"""
from __future__ import annotations

import numpy as np

from reference.functions import cross_entropy_error, sigmoid, softmax
from reference.gradient import numerical_gradient

PARAMS = ("W1", "b1", "W2", "b2")


class TwoLayerNet:
    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01) -> None:
        # Small random weights break the symmetry between hidden units; biases may start at zero.
        self.params = {
            "W1": weight_init_std * np.random.randn(input_size, hidden_size),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * np.random.randn(hidden_size, output_size),
            "b2": np.zeros(output_size),
        }

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per sample (softmax along each row, not over the whole batch)."""
        z1 = sigmoid(np.dot(x, self.params["W1"]) + self.params["b1"])
        return softmax(np.dot(z1, self.params["W2"]) + self.params["b2"])

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Share of rows whose most probable class is the target; t is one-hot, so compare its argmax."""
        y = np.argmax(self.predict(x), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t) / x.shape[0])

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        # The lambda ignores W: numerical_gradient shifts self.params[key] in place, and loss() reads it.
        loss_w = lambda W: self.loss(x, t)  # noqa: E731
        return {key: numerical_gradient(loss_w, self.params[key]) for key in PARAMS}
