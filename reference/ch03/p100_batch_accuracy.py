import numpy as np

from reference.mnist_inference import accuracy_percent, count_correct_batched, predict


def batch_accuracy(network: dict[str, np.ndarray], x: np.ndarray, t: np.ndarray, batch_size: int) -> tuple[int, float]:
    """Right answers counted batch_size images per matrix product, and the accuracy in percent."""
    correct = count_correct_batched(network, x, t, batch_size)
    return correct, accuracy_percent(correct, len(x))


__all__ = ["batch_accuracy", "predict"]
