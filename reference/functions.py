"""Activation functions, softmax and losses (book: common/functions.py)."""
from __future__ import annotations

import numpy as np


def identity_function(x: np.ndarray) -> np.ndarray:
    return x


def step_function(x: np.ndarray) -> np.ndarray:
    return np.array(x > 0, dtype=int)


def sigmoid(x: np.ndarray) -> np.ndarray:
    # Written with exp(-|x|) so that neither branch overflows for large |x|.
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + z), z / (1 + z))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    y = sigmoid(x)
    return (1.0 - y) * y


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(0, x)


def relu_grad(x: np.ndarray) -> np.ndarray:
    return (np.asarray(x) > 0).astype(float)


def softmax(x: np.ndarray) -> np.ndarray:
    """Along the last axis, for one sample or a batch; subtracting the max keeps exp from overflowing."""
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def mean_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    return 0.5 * float(np.sum((np.asarray(y) - np.asarray(t)) ** 2))


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """Mean over the batch; t may be one-hot or class labels. The 1e-7 keeps log(0) = -inf away."""
    y = np.asarray(y, dtype=float)
    t = np.asarray(t)
    if y.ndim == 1:
        y, t = y.reshape(1, -1), t.reshape(1, -1)
    if t.size == y.size:  # one-hot targets -> labels
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return float(-np.sum(np.log(y[np.arange(batch_size), t.ravel()] + 1e-7)) / batch_size)
