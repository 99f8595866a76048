"""Mini-batch training (book: ch04/train_neuralnet.py), for any network with `params`, `loss` and `accuracy`."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np


def random_batch(x: np.ndarray, t: np.ndarray, batch_size: int) -> tuple[np.ndarray, np.ndarray]:
    """batch_size rows drawn at random (with replacement); one index array for both, so pairs stay together."""
    mask = np.random.choice(x.shape[0], batch_size)
    return x[mask], t[mask]


def train(network: Any, x_train: np.ndarray, t_train: np.ndarray, x_test: np.ndarray, t_test: np.ndarray,
          iters: int, batch_size: int, lr: float,
          grad: Callable[[np.ndarray, np.ndarray], dict[str, np.ndarray]] | None = None,
          optimizer: Any = None) -> dict[str, list[float]]:
    """Stochastic gradient descent on network.params; returns the loss of every step and accuracies per epoch.

    grad defaults to network.numerical_gradient (chapter 4); pass network.gradient for backprop (chapter 5).
    optimizer (chapter 6: reference.optimizer's SGD, Momentum, AdaGrad, Adam) replaces the plain step with
    optimizer.update(network.params, grads); lr is then unused.
    """
    grad = grad or network.numerical_gradient
    history: dict[str, list[float]] = {"train_loss": [], "train_acc": [], "test_acc": []}
    iter_per_epoch = max(x_train.shape[0] // batch_size, 1)
    for i in range(iters):
        x_batch, t_batch = random_batch(x_train, t_train, batch_size)
        grads = grad(x_batch, t_batch)
        if optimizer is not None:
            optimizer.update(network.params, grads)
        else:
            for key, g in grads.items():
                network.params[key] -= lr * g
        history["train_loss"].append(network.loss(x_batch, t_batch))
        if i % iter_per_epoch == 0:
            history["train_acc"].append(network.accuracy(x_train, t_train))
            history["test_acc"].append(network.accuracy(x_test, t_test))
    return history


def train_on_mnist(network: Any, iters: int, batch_size: int, lr: float = 0.1, optimizer: Any = None) -> dict[str, list[float]]:
    """`train` a backprop network (chapters 5, 6) on MNIST as the notes load it: normalised, one-hot labels."""
    from dataset.mnist import load_mnist

    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)
    return train(network, x_train, t_train, x_test, t_test, iters, batch_size, lr, grad=network.gradient, optimizer=optimizer)


def fit(network: Any, iters: int, batch_size: int, lr: float = 0.1, optimizer: Any = None) -> tuple[dict, dict[str, list[float]]]:
    """`train_on_mnist`, returning what the exercises return: (network.params, history)."""
    history = train_on_mnist(network, iters, batch_size, lr, optimizer)
    return network.params, history
