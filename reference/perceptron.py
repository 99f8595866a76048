"""Perceptrons (book chapter 2): a weighted sum plus a bias, through a step; the learning rule; logic gates."""
from __future__ import annotations

import numpy as np


# -- the weighted sum and the step, with NumPy arrays (the book's notation) -------------------------

def weighted_sum(x: np.ndarray, w: np.ndarray, b: float = 0.0) -> float:
    """b + x1*w1 + x2*w2 + ...: the bias b shifts the sum, so the threshold becomes 0."""
    return float(np.sum(w * x) + b)


def perceptron(x: np.ndarray, w: np.ndarray, b: float) -> int:
    """1 when w·x + b > 0, else 0."""
    return int(weighted_sum(x, w, b) > 0)


# -- the course notes' perceptron: inputs and weights as dictionaries --------------------------------
# An input is {'x0': -1, 'x1': ..., 'x2': ..., 't': target}; the weights are {'w0': ..., 'w1': ..., 'w2': ...}.
# x0 is always -1, so w0 plays the part of a threshold (the bias is -w0).

def x_w_sum(input_dic: dict[str, float], w_dic: dict[str, float]) -> float:
    """k = x0*w0 + x1*w1 + x2*w2 (every weight wi meets the input xi of the same number)."""
    return sum(input_dic["x" + key[1:]] * w for key, w in w_dic.items())


def active_func(input_dic: dict[str, float], w_dic: dict[str, float]) -> int:
    """f(k): 1 when k >= 0, else 0 (the notes' step: the boundary k = 0 fires)."""
    return 1 if x_w_sum(input_dic, w_dic) >= 0 else 0


def learning_epoch(inputs: list[dict[str, float]], w_dic: dict[str, float],
                   lr: float) -> tuple[list[int], dict[str, float]]:
    """One pass of the rule w_i <- w_i + lr * (t - f(k)) * x_i over the inputs, in order.

    The weights change after every input (not once per pass), so the next input already sees them.
    Returns the errors t - f(k) met on the way, and the new weights (the caller's dict is left alone).
    """
    errors = []
    w = dict(w_dic)
    for input_dic in inputs:
        error = input_dic["t"] - active_func(input_dic, w)  # computed once, with the weights before the update
        w = {key: value + lr * error * input_dic["x" + key[1:]] for key, value in w.items()}
        errors.append(error)
    return errors, w


def train_perceptron(inputs: list[dict[str, float]], w_dic: dict[str, float], lr: float = 0.05,
                     max_epochs: int = 100) -> dict[str, float]:
    """Repeat passes until one makes no error (the weights then stop changing), at most max_epochs."""
    w = dict(w_dic)
    for _ in range(max_epochs):
        errors, w = learning_epoch(inputs, w, lr)
        if not any(errors):
            break
    return w


# -- logic gates ------------------------------------------------------------------------------------

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


def truth_rows(gate, input_data: np.ndarray) -> list[tuple[int, int, int]]:
    """(x1, x2, gate(x1, x2)) for every row of input_data: the table the notes print as `[x1 x2] ==> y`."""
    return [(int(x1), int(x2), gate(x1, x2)) for x1, x2 in input_data]
