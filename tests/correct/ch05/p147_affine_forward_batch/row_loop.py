"""p147.

style: one row at a time, stacked with np.vstack
"""
import numpy as np


def forward(X, W, b):
    rows = [np.dot(x, W) + b[0] for x in X]
    return np.vstack(rows)
