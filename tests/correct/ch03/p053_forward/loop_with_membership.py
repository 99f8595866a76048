"""A loop over the layers; a bias added when its key is in the dict.

style: loop, `in` test for biases, identity inline
"""
import numpy as np


def sigmoid(x):
    # 1/(1+e^-x) = (1 + tanh(x/2)) / 2: no overflow warning for large |x|
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def forward(network, x):
    z = np.asarray(x, dtype=float)
    for layer in (1, 2, 3):
        a = z @ network[f"W{layer}"]
        if f"b{layer}" in network:
            a = a + network[f"b{layer}"]
        z = sigmoid(a) if layer < 3 else a
    return z
