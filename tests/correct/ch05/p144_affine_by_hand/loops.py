"""p144.

style: three nested Python loops over rows, columns and the inner index (integers kept)
"""
import numpy as np


def dot_plus_bias(X, W, b):
    rows, inner = X.shape
    cols = W.shape[1]
    Y = np.zeros((rows, cols), dtype=np.result_type(X, W, b))
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += X[i, k] * W[k, j]
            Y[i, j] = total + b[0, j]
    return Y
