"""The notes' own variable names, a1 ... y.

style: step-by-step variables
"""
import numpy as np


def identity_function(x):
    return x


def network_output(x, W1, W2, W3):
    a1 = np.dot(x, W1)
    z1 = 1 / (1 + np.exp(-a1))
    a2 = np.dot(z1, W2)
    z2 = 1 / (1 + np.exp(-a2))
    a3 = np.dot(z2, W3)
    return identity_function(a3)
