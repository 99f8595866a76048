"""p044: the blackboard's 3-layer network: no biases, sigmoid on the two hidden layers, identity at the output.

The notes print [3.99985709 5.99972663]; their code (and this one) gives [3.99985815 5.9997286].
"""
import numpy as np

from reference.functions import identity_function as identity_func
from reference.functions import sigmoid

__all__ = ["sigmoid", "identity_func", "three_layer"]


def three_layer(x: np.ndarray, W1: np.ndarray, W2: np.ndarray, W3: np.ndarray) -> np.ndarray:
    z1 = sigmoid(np.dot(x, W1))    # hidden layer 1
    z2 = sigmoid(np.dot(z1, W2))   # hidden layer 2
    return identity_func(np.dot(z2, W3))  # output layer: a regression output, so no squashing
