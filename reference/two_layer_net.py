"""The book's TwoLayerNet (ch04/two_layer_net.py): affine -> sigmoid -> affine -> softmax.

Chapter 4 trains it with numerical gradients; chapter 5 adds a backprop `gradient(x, t)` with the same
params dict and the same return shape, so either can be handed to `reference.trainer.train`.
`BackpropTwoLayerNet` is the book's chapter 5 network (ch05/two_layer_net.py): a ReLU hidden layer, and
`predict` returns the scores before softmax.
"""
from __future__ import annotations

from collections import OrderedDict

import numpy as np

from reference.functions import softmax
from reference.gradient import numerical_gradient
from reference.layers import Affine, Relu, Sigmoid, SoftmaxWithLoss

PARAMS = ("W1", "b1", "W2", "b2")


class TwoLayerNet:
    activation: type = Sigmoid  # the hidden layer's activation: chapter 4 uses sigmoid

    def __init__(self, input_size: int, hidden_size: int, output_size: int, weight_init_std: float = 0.01) -> None:
        # Small random weights break the symmetry between hidden units; biases may start at zero.
        self.params = {
            "W1": weight_init_std * np.random.randn(input_size, hidden_size),
            "b1": np.zeros(hidden_size),
            "W2": weight_init_std * np.random.randn(hidden_size, output_size),
            "b2": np.zeros(output_size),
        }
        # The layers, in forward order (an OrderedDict keeps it). Each Affine holds the very arrays of
        # self.params, so updating params in place (params[key] -= lr * grad) updates the layers too.
        self.layers = OrderedDict()
        self.layers["Affine1"] = Affine(self.params["W1"], self.params["b1"])
        self.layers["Activation1"] = self.activation()
        self.layers["Affine2"] = Affine(self.params["W2"], self.params["b2"])
        self.lastLayer = SoftmaxWithLoss()

    def scores(self, x: np.ndarray) -> np.ndarray:
        """The last Affine layer's output, before softmax."""
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per sample (softmax along each row, not over the whole batch)."""
        return softmax(self.scores(x))

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return self.lastLayer.forward(self.scores(x), t)

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = 1000) -> float:
        """Share of rows whose most probable class is the target; t is one-hot, so compare its argmax.

        Computed batch_size rows at a time (the last partial batch included): the same answer as all rows at
        once, without (N, hidden) temporaries the size of the data set (60,000 rows: hundreds of MB).
        """
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        correct = 0
        for start in range(0, x.shape[0], batch_size):
            y = np.argmax(self.predict(x[start:start + batch_size]), axis=1)
            correct += int(np.sum(y == t[start:start + batch_size]))
        return float(correct / x.shape[0])

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        # The lambda ignores W: numerical_gradient shifts self.params[key] in place, and loss() reads it.
        loss_w = lambda W: self.loss(x, t)  # noqa: E731
        return {key: numerical_gradient(loss_w, self.params[key]) for key in PARAMS}

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """The same gradient as numerical_gradient, by backpropagation: one forward and one backward pass."""
        self.loss(x, t)  # forward: every layer keeps what its backward needs
        dout = self.lastLayer.backward(1)  # dL/dL = 1
        first, *rest = self.layers.values()
        for layer in reversed(rest):
            dout = layer.backward(dout)
        first.backward(dout, needs_dx=False)  # dL/dx of the data is never used: skip that product
        # The Affine layers kept dW and db on the way back.
        first, second = self.layers["Affine1"], self.layers["Affine2"]
        return {"W1": first.dW, "b1": first.db, "W2": second.dW, "b2": second.db}


class BackpropTwoLayerNet(TwoLayerNet):
    """The book's chapter 5 network (ch05/two_layer_net.py): Affine -> Relu -> Affine, then SoftmaxWithLoss."""

    activation = Relu

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The scores (softmax left out: it does not change which class is largest, and the loss applies it)."""
        return self.scores(x)
