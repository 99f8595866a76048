"""Perceptrons as logic gates (book chapter 2): a weighted sum plus a bias, through a step."""
from __future__ import annotations

import numpy as np


def perceptron(x: np.ndarray, w: np.ndarray, b: float) -> int:
    """1 when w·x + b > 0, else 0."""
    return int(np.sum(w * x) + b > 0)


def AND(x1: int, x2: int) -> int:
    return perceptron(np.array([x1, x2]), np.array([0.5, 0.5]), -0.7)


def NAND(x1: int, x2: int) -> int:
    # AND with every weight and the bias negated: the same line, the other side.
    return perceptron(np.array([x1, x2]), np.array([-0.5, -0.5]), 0.7)


def OR(x1: int, x2: int) -> int:
    return perceptron(np.array([x1, x2]), np.array([0.5, 0.5]), -0.2)


def XOR(x1: int, x2: int) -> int:
    # No single line separates XOR; two layers do: XOR = AND(NAND, OR).
    return AND(NAND(x1, x2), OR(x1, x2))
