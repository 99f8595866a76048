"""Your own digit through the network (not graded: the photo is yours).

The notes flatten one colour channel of the photo: white paper, black ink, the digit anywhere. MNIST is the
opposite (white ink on black, 0-1, centred in 20x20), so the network mostly guesses. to_mnist converts first.
"""
from pathlib import Path

import numpy as np

from dataset.handwriting import to_mnist
from reference.mnist_inference import init_network, predict


def recognise_photo(path: str | Path) -> tuple[np.ndarray, int]:
    """The probabilities for the digit in the photo, and the digit the network picks."""
    y = predict(init_network(), to_mnist(path).reshape(784))
    return y, int(np.argmax(y))
