"""The sigmoid through tanh: 1/(1+e^-x) = (1 + tanh(x/2)) / 2.

style: tanh identity, float64 cast
"""
import numpy as np


def sigmoid(x):
    # 1/(1+e^-x) = (1 + tanh(x/2)) / 2: no overflow warning for large |x|
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))
