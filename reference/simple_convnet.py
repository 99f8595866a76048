"""SimpleConvNet (book: ch07/simple_convnet.py): conv - relu - pool - affine - relu - affine - softmax.

Two variants the course adds (problems 229-231) are options here: Xavier initial weights, batch normalisation
after the convolution and after the first affine layer, and a second convolution + pooling block.
"""
from __future__ import annotations

import pickle
from collections import OrderedDict
from typing import Any

import numpy as np

from reference.layers import Affine, BatchNormalization, Convolution, Pooling, Relu, SoftmaxWithLoss
from reference.trainer import train
from reference.util import output_size

BOOK_CONV = {"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1}


def _conv_output(size: int, conv_param: dict[str, int]) -> int:
    return output_size(size, conv_param["filter_size"], conv_param["stride"], conv_param["pad"])


class SimpleConvNet:
    """The book's network for (C, H, W) images; `weight_init_std` is a number or "xavier"."""

    def __init__(self, input_dim: tuple[int, int, int] = (1, 28, 28), conv_param: dict[str, int] | None = None,
                 hidden_size: int = 100, output_size: int = 10, weight_init_std: float | str = 0.01) -> None:
        conv_param = dict(conv_param or BOOK_CONV)
        filter_num, filter_size = conv_param["filter_num"], conv_param["filter_size"]
        conv_out = _conv_output(input_dim[1], conv_param)
        pool_output_size = filter_num * (conv_out // 2) * (conv_out // 2)  # 2x2 pooling, stride 2, halves each side
        shapes = {"W1": (filter_num, input_dim[0], filter_size, filter_size),
                  "W2": (pool_output_size, hidden_size), "W3": (hidden_size, output_size)}
        # Xavier as the course writes it: std sqrt(1 / n) with n = the image side, the pooled features, the hidden size.
        fan_in = {"W1": input_dim[1], "W2": pool_output_size, "W3": hidden_size}
        self.params: dict[str, np.ndarray] = {}
        for i, key in enumerate(("W1", "W2", "W3"), start=1):
            std = np.sqrt(1 / fan_in[key]) if weight_init_std == "xavier" else weight_init_std
            self.params[key] = std * np.random.randn(*shapes[key])
            self.params[f"b{i}"] = np.zeros(shapes[key][0] if key == "W1" else shapes[key][1])
        self.conv_param = conv_param
        self.layers = self._build_layers()
        self.last_layer = SoftmaxWithLoss()

    def _build_layers(self) -> OrderedDict[str, Any]:
        layers: OrderedDict[str, Any] = OrderedDict()
        layers["Conv1"] = Convolution(self.params["W1"], self.params["b1"], self.conv_param["stride"], self.conv_param["pad"])
        layers["Relu1"] = Relu()
        layers["Pool1"] = Pooling(pool_h=2, pool_w=2, stride=2)
        layers["Affine1"] = Affine(self.params["W2"], self.params["b2"])
        layers["Relu2"] = Relu()
        layers["Affine2"] = Affine(self.params["W3"], self.params["b3"])
        return layers

    # Which layer holds which parameters (gradient() reads dW, db from them; load_params() writes W, b).
    PARAM_LAYERS = {"1": "Conv1", "2": "Affine1", "3": "Affine2"}

    def predict(self, x: np.ndarray) -> np.ndarray:
        for layer in self.layers.values():
            x = layer.forward(x)
        return x

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return self.last_layer.forward(self.predict(x), t)

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = 100) -> float:
        """The share of correct answers, computed batch_size images at a time (memory), the last partial batch included."""
        if t.ndim != 1:
            t = np.argmax(t, axis=1)
        correct = 0
        for start in range(0, x.shape[0], batch_size):
            y = self.predict(x[start:start + batch_size])
            correct += int(np.sum(np.argmax(y, axis=1) == t[start:start + batch_size]))
        return correct / x.shape[0]

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Backpropagation: forward once (the layers keep what backward needs), then every layer's backward in reverse."""
        self.loss(x, t)
        dout = self.last_layer.backward(1)
        first, *rest = self.layers.values()
        for layer in reversed(rest):
            dout = layer.backward(dout)
        first.backward(dout, needs_dx=False)  # dL/dx of the images is never used: skip its product and col2im
        grads = {}
        for i, name in self.PARAM_LAYERS.items():
            grads[f"W{i}"], grads[f"b{i}"] = self.layers[name].dW, self.layers[name].db
        return grads

    def save_params(self, file_name: str = "params.pkl") -> None:
        with open(file_name, "wb") as f:
            pickle.dump(dict(self.params), f)

    def load_params(self, file_name: str = "params.pkl") -> None:
        with open(file_name, "rb") as f:
            self.params.update(pickle.load(f))
        for i, name in self.PARAM_LAYERS.items():  # the layers hold their own references: point them at the new arrays
            self.layers[name].W, self.layers[name].b = self.params[f"W{i}"], self.params[f"b{i}"]


class BatchNormConvNet(SimpleConvNet):
    """SimpleConvNet with BatchNormalization(gamma=1.0, beta=0.) after the convolution and after the first affine layer.

    The layers' forward is called without train_flg, so batch normalisation always uses the batch's own statistics.
    """

    def _build_layers(self) -> OrderedDict[str, Any]:
        plain = super()._build_layers()
        layers: OrderedDict[str, Any] = OrderedDict()
        for name, layer in plain.items():
            if name == "Relu1":
                layers["BatchNorm1"] = BatchNormalization(gamma=1.0, beta=0.)
            if name == "Relu2":
                layers["BatchNorm2"] = BatchNormalization(gamma=1.0, beta=0.)
            layers[name] = layer
        return layers


class DeeperConvNet(SimpleConvNet):
    """conv - relu - pool - conv - relu - pool - affine - relu - affine - softmax: parameters W1 ... b4."""

    PARAM_LAYERS = {"1": "Conv1", "2": "Conv2", "3": "Affine1", "4": "Affine2"}

    def __init__(self, input_dim: tuple[int, int, int] = (1, 28, 28), conv_param: dict[str, int] | None = None,
                 conv_param2: dict[str, int] | None = None, hidden_size: int = 100, output_size: int = 10,
                 weight_init_std: float = 0.01) -> None:
        self.conv_param = dict(conv_param or BOOK_CONV)
        self.conv_param2 = dict(conv_param2 or {"filter_num": 30, "filter_size": 3, "pad": 1, "stride": 1})
        fn, fs = self.conv_param["filter_num"], self.conv_param["filter_size"]
        fn2, fs2 = self.conv_param2["filter_num"], self.conv_param2["filter_size"]
        side = _conv_output(input_dim[1], self.conv_param) // 2  # after Conv1 and Pool1
        side = _conv_output(side, self.conv_param2) // 2  # after Conv2 and Pool2
        shapes = {"W1": (fn, input_dim[0], fs, fs), "W2": (fn2, fn, fs2, fs2),  # Conv2's channels are Conv1's filters
                  "W3": (fn2 * side * side, hidden_size), "W4": (hidden_size, output_size)}
        self.params = {}
        for i, (key, shape) in enumerate(shapes.items(), start=1):
            self.params[key] = weight_init_std * np.random.randn(*shape)
            self.params[f"b{i}"] = np.zeros(shape[0] if i <= 2 else shape[1])
        self.layers = OrderedDict()
        self.layers["Conv1"] = Convolution(self.params["W1"], self.params["b1"], self.conv_param["stride"], self.conv_param["pad"])
        self.layers["Relu1"] = Relu()
        self.layers["Pool1"] = Pooling(pool_h=2, pool_w=2, stride=2)
        self.layers["Conv2"] = Convolution(self.params["W2"], self.params["b2"], self.conv_param2["stride"], self.conv_param2["pad"])
        self.layers["Relu2"] = Relu()
        self.layers["Pool2"] = Pooling(pool_h=2, pool_w=2, stride=2)
        self.layers["Affine1"] = Affine(self.params["W3"], self.params["b3"])
        self.layers["Relu3"] = Relu()
        self.layers["Affine2"] = Affine(self.params["W4"], self.params["b4"])
        self.last_layer = SoftmaxWithLoss()


def train_on_mnist(network: SimpleConvNet, iters_num: int, batch_size: int,
                   learning_rate: float) -> tuple[dict[str, np.ndarray], dict[str, list[float]]]:
    """The notes' training loop on MNIST images (flatten=False), every parameter updated (the notes forget W3, b3)."""
    from dataset.mnist import load_mnist

    (x_train, t_train), (x_test, t_test) = load_mnist(flatten=False)
    history = train(network, x_train, t_train, x_test, t_test, iters_num, batch_size, learning_rate, grad=network.gradient)
    return network.params, history
