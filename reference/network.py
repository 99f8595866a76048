"""The 3-layer network of chapter 3: the book's weights, the course notes' weights, and the forward pass."""
from __future__ import annotations

from typing import Callable

import numpy as np

from reference.functions import identity_function, sigmoid


def init_network() -> dict[str, np.ndarray]:
    """The book's hand-picked weights (section 3.4.3): 2 inputs -> 3 -> 2 -> 2 outputs, with biases."""
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
        "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
        "b3": np.array([0.1, 0.2]),
    }


def init_course_network() -> dict[str, np.ndarray]:
    """The course notes' weights (problems 44-61): the same 2-3-2-2 shape, integer weights and no biases."""
    return {
        "W1": np.array([[1, 3, 5], [4, 5, 6]]),
        "W2": np.array([[1, 2], [3, 4], [5, 6]]),
        "W3": np.array([[1, 2], [3, 4]]),
    }


def forward(
    network: dict[str, np.ndarray],
    x: np.ndarray,
    output: Callable[[np.ndarray], np.ndarray] = identity_function,
) -> np.ndarray:
    """Sigmoid on the two hidden layers, `output` on the last one (identity: regression, softmax: classification).

    `x` is one sample (shape (n,)) or a batch (one sample per row): `x @ W` treats each row as a sample and the
    1-D biases broadcast over the rows, so the same code serves both. A network without biases (the course
    notes') counts them as 0.
    """
    a1 = np.dot(x, network["W1"]) + network.get("b1", 0)
    z1 = sigmoid(a1)
    a2 = np.dot(z1, network["W2"]) + network.get("b2", 0)
    z2 = sigmoid(a2)
    a3 = np.dot(z2, network["W3"]) + network.get("b3", 0)
    return output(a3)
