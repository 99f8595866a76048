"""The book's simpleNet (ch04/gradient_simplenet.py): one 2x3 weight matrix, softmax and cross entropy."""
from __future__ import annotations

import numpy as np

from reference.functions import cross_entropy_error, softmax


class simpleNet:  # noqa: N801 (the book's name)
    def __init__(self) -> None:
        self.W = np.random.randn(2, 3)  # standard normal, as in the book

    def predict(self, x: np.ndarray) -> np.ndarray:
        return np.dot(x, self.W)

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return cross_entropy_error(softmax(self.predict(x)), t)
