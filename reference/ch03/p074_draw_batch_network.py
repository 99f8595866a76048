"""A drawing on paper; its shapes, written out: each product's inner dimensions meet.

    X (10000, 784) · W1 (784, 50) → (10000, 50) · W2 (50, 100) → (10000, 100) · W3 (100, 10) → Y (10000, 10)
"""
import numpy as np

from reference.mnist_inference import predict


def batch_shapes(network: dict[str, np.ndarray], n_images: int = 10000) -> list[tuple[int, ...]]:
    """The shapes the drawing shows, from the input batch to the output (checked by running the network)."""
    x = np.zeros((n_images, network["W1"].shape[0]))
    return [x.shape, network["W1"].shape, network["W2"].shape, network["W3"].shape, predict(network, x).shape]
