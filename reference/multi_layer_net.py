"""A fully connected network of any depth (book: common/multi_layer_net.py and multi_layer_net_extend.py).

Layers, for each hidden size: Affine → [BatchNorm] → Relu or Sigmoid → [Dropout]; then Affine → SoftmaxWithLoss.
Parameters are W1, b1, ..., W{n+1}, b{n+1} (and gamma{i}, beta{i} with batch norm); `gradient(x, t)` is backprop.
The Affine and BatchNormalization layers hold the very arrays in `params`, so an optimizer must update them in place.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np

from reference.layers import (
    Affine,
    BatchNormalization,
    Dropout,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
)

ACTIVATIONS = {"relu": Relu, "sigmoid": Sigmoid}


def init_scale(weight_init_std: float | str, fan_in: int) -> float:
    """The standard deviation of a layer's start weights: a number as given, or He / Xavier from the fan-in.

    He (for ReLU) is sqrt(2 / n): ReLU zeroes half of its inputs, so twice the variance keeps the signal's size.
    Xavier (for sigmoid, tanh) is sqrt(1 / n): the sum of n inputs then keeps the variance of one.
    """
    if isinstance(weight_init_std, str):
        name = weight_init_std.lower()
        if name in ("relu", "he"):
            return float(np.sqrt(2.0 / fan_in))
        if name in ("sigmoid", "xavier"):
            return float(np.sqrt(1.0 / fan_in))
        raise ValueError(f"unknown weight_init_std {weight_init_std!r}")
    return float(weight_init_std)


class MultiLayerNet:
    def __init__(self, input_size: int, hidden_size_list: list[int], output_size: int, activation: str = "relu",
                 weight_init_std: float | str = "relu", weight_decay_lambda: float = 0.0,
                 use_dropout: bool = False, dropout_ratio: float = 0.5, use_batchnorm: bool = False) -> None:
        self.hidden_layer_num = len(hidden_size_list)
        self.weight_decay_lambda = weight_decay_lambda
        self.use_batchnorm = use_batchnorm
        sizes = [input_size, *hidden_size_list, output_size]
        self.params: dict[str, np.ndarray] = {}
        for i in range(1, len(sizes)):
            scale = init_scale(weight_init_std, sizes[i - 1])
            self.params[f"W{i}"] = scale * np.random.randn(sizes[i - 1], sizes[i])
            self.params[f"b{i}"] = np.zeros(sizes[i])

        self.layers: OrderedDict[str, Any] = OrderedDict()
        for i in range(1, self.hidden_layer_num + 1):
            self.layers[f"Affine{i}"] = Affine(self.params[f"W{i}"], self.params[f"b{i}"])
            if use_batchnorm:
                # gamma and beta are parameters too: in params, so the optimizer trains them.
                self.params[f"gamma{i}"] = np.ones(sizes[i])
                self.params[f"beta{i}"] = np.zeros(sizes[i])
                self.layers[f"BatchNorm{i}"] = BatchNormalization(self.params[f"gamma{i}"], self.params[f"beta{i}"])
            self.layers[f"Activation_function{i}"] = ACTIVATIONS[activation]()
            if use_dropout:
                self.layers[f"Dropout{i}"] = Dropout(dropout_ratio)
        last = self.hidden_layer_num + 1
        self.layers[f"Affine{last}"] = Affine(self.params[f"W{last}"], self.params[f"b{last}"])
        self.last_layer = SoftmaxWithLoss()

    def predict(self, x: np.ndarray, train_flg: bool = False) -> np.ndarray:
        """The scores before softmax. train_flg=False (the default) for evaluation: dropout keeps every unit
        (scaled) and batch norm uses its running averages rather than the batch's statistics."""
        for layer in self.layers.values():
            x = layer.forward(x, train_flg) if isinstance(layer, (BatchNormalization, Dropout)) else layer.forward(x)
        return x

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = False) -> float:
        """Cross entropy plus the weight decay 0.5 · λ · ΣW² over every weight matrix (not the biases)."""
        weight_decay = sum(0.5 * self.weight_decay_lambda * np.sum(self.params[f"W{i}"] ** 2)
                           for i in range(1, self.hidden_layer_num + 2))
        return self.last_layer.forward(self.predict(x, train_flg), t) + weight_decay

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        y = np.argmax(self.predict(x, train_flg=False), axis=1)
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        return float(np.sum(y == t) / x.shape[0])

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Backprop through the layers in reverse; the decay term adds λ·W to each weight's gradient."""
        self.loss(x, t, train_flg=True)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers.values()):
            dout = layer.backward(dout)
        grads = {}
        for i in range(1, self.hidden_layer_num + 2):
            affine = self.layers[f"Affine{i}"]
            grads[f"W{i}"] = affine.dW + self.weight_decay_lambda * affine.W
            grads[f"b{i}"] = affine.db
            if self.use_batchnorm and i <= self.hidden_layer_num:
                grads[f"gamma{i}"] = self.layers[f"BatchNorm{i}"].dgamma
                grads[f"beta{i}"] = self.layers[f"BatchNorm{i}"].dbeta
        return grads


class TwoLayersNet(MultiLayerNet):
    """The notes' 3-layer network (they name it TwoLayersNet): two hidden layers of the sizes given.

    options go to MultiLayerNet: activation, weight_decay_lambda, use_batchnorm, use_dropout, dropout_ratio.
    """

    def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int,
                 weight_init_std: float | str = 0.02, **options: Any) -> None:
        super().__init__(input_size, [hidden_size_1, hidden_size_2], output_size, weight_init_std=weight_init_std, **options)


def with_init(weight_init_std: str) -> type[TwoLayersNet]:
    """TwoLayersNet whose constructor takes the four sizes only and starts each layer by the rule named ('he', 'xavier')."""

    class Initialised(TwoLayersNet):
        def __init__(self, input_size: int, hidden_size_1: int, hidden_size_2: int, output_size: int) -> None:
            super().__init__(input_size, hidden_size_1, hidden_size_2, output_size, weight_init_std=weight_init_std)

    Initialised.__name__ = Initialised.__qualname__ = "TwoLayersNet"
    return Initialised
