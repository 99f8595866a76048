"""Recognising MNIST digits with the book's pretrained network (book sections 3.6.2 and 3.6.3).

The network is the 3-layer pass of `reference.network` with a softmax output; these functions feed it
the test set one image at a time or in batches, and count how often its answer is the label.
"""
from __future__ import annotations

import numpy as np

from dataset.mnist import load_mnist
from dataset.sample_weight import load_sample_weight
from reference.functions import softmax
from reference.network import forward


def get_data() -> tuple[np.ndarray, np.ndarray]:
    """The test set as the network expects it: rows of 784 pixels scaled to 0-1, and the digits."""
    (_, _), (x_test, t_test) = load_mnist(normalize=True, flatten=True, one_hot_label=False)
    return x_test, t_test


def init_network() -> dict[str, np.ndarray]:
    """The book's pretrained weights W1, b1, W2, b2, W3, b3 (784-50-100-10)."""
    return load_sample_weight()


def predict(network: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Class probabilities: one row of 10 per image (x is one image of 784, or a batch of rows)."""
    return forward(network, x, output=softmax)


def batches(x: np.ndarray, batch_size: int) -> list[np.ndarray]:
    """x cut into consecutive slices of batch_size rows; the last one is shorter when the sizes do not divide."""
    return [x[i:i + batch_size] for i in range(0, len(x), batch_size)]


def count_correct_loop(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray) -> int:
    """Images recognised, one image at a time (the book's first loop)."""
    correct = 0
    for image, label in zip(x, t):
        if np.argmax(predict(network, image)) == label:
            correct += 1
    return correct


def predict_digits(network: dict[str, np.ndarray], x: np.ndarray, batch_size: int) -> np.ndarray:
    """The digit chosen for every image, computed batch_size images per matrix product."""
    # axis=1: the argmax of each row (one image), not of each column (one class over the batch).
    return np.concatenate([np.argmax(predict(network, batch), axis=1) for batch in batches(x, batch_size)])


def correct_per_batch(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> list[int]:
    """How many images of each batch are recognised; the labels are sliced exactly like the images."""
    return [int(np.sum(np.argmax(predict(network, xb), axis=1) == tb))
            for xb, tb in zip(batches(x, batch_size), batches(t, batch_size))]


def count_correct_batched(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int = 100) -> int:
    """Images recognised, batch_size at a time: the same count as the loop, with far fewer Python steps."""
    return sum(correct_per_batch(network, x, t, batch_size))


def accuracy_percent(correct: int, total: int) -> float:
    """The share of images recognised, in percent, rounded to 2 decimals as the notes print it."""
    return round(correct / total * 100, 2)
