"""Gradient-descent optimizers (book: common/optimizer.py): `update(params, grads)` changes params in place.

In place (`params[key] -= ...`) matters: the network's Affine layers hold the very same arrays, so a rebinding
(`params[key] = params[key] - ...`) would leave the layers computing with the old weights.
Each optimizer keeps its state (velocity, squared-gradient sums, moments) between calls, keyed like params.
"""
from __future__ import annotations

import numpy as np

Arrays = dict[str, np.ndarray]


class SGD:
    """W ← W − lr · ∂L/∂W."""

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = lr

    def update(self, params: Arrays, grads: Arrays) -> None:
        for key in params:
            params[key] -= self.lr * grads[key]


class Momentum:
    """v ← momentum · v − lr · ∂L/∂W;  W ← W + v. v starts at zero once, then carries over from step to step."""

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        self.lr = lr
        self.momentum = momentum
        self.v: Arrays | None = None

    def update(self, params: Arrays, grads: Arrays) -> None:
        if self.v is None:  # only on the first call: resetting it every call would make this plain SGD
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        for key in params:
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class AdaGrad:
    """h ← h + (∂L/∂W)²;  W ← W − lr · ∂L/∂W / (√h + 1e-7). The 1e-7 keeps 0/0 away where a gradient is still 0."""

    def __init__(self, lr: float = 0.01) -> None:
        self.lr = lr
        self.h: Arrays | None = None

    def update(self, params: Arrays, grads: Arrays) -> None:
        if self.h is None:
            self.h = {key: np.zeros_like(value) for key, value in params.items()}
        for key in params:
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + 1e-7)


class Adam:
    """Adam (Kingma & Ba, 2014) in the book's form: moving averages m, v and the bias correction folded into lr_t."""

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m: Arrays | None = None
        self.v: Arrays | None = None

    def update(self, params: Arrays, grads: Arrays) -> None:
        if self.m is None:
            self.m = {key: np.zeros_like(value) for key, value in params.items()}
            self.v = {key: np.zeros_like(value) for key, value in params.items()}
        self.iter += 1
        # m and v start at 0, so early on they underestimate; dividing by (1 - beta**iter) corrects that.
        lr_t = self.lr * np.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)
        for key in params:
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)


def watch_updates(optimizer: SGD | Momentum | AdaGrad | Adam, params: Arrays, grads_list: list[Arrays]) -> list[Arrays]:
    """optimizer.update(params, grads) for each grads in turn; the arrays params held at the start, after each call.

    The exercises give this helper to the learner: it is how the grader watches an optimizer work in place.
    """
    arrays = dict(params)  # the array objects themselves: a rebinding update would leave them unchanged
    seen = []
    for grads in grads_list:
        optimizer.update(params, grads)
        seen.append({key: np.array(value, dtype=float) for key, value in arrays.items()})
    return seen
